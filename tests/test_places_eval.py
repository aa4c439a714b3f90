"""The LGL-style geoparsing scorer, on a corpus written for this test."""

from __future__ import annotations

from sitrep.evaluate.geo import (
    ArticleResult,
    aggregate,
    load_lgl,
    log_error_auc,
    score_article,
)
from sitrep.model import Place

CORPUS = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="1">
    <text><![CDATA[Flooding closed roads near Dover and in Kent on Friday.]]></text>
    <toponyms>
      <toponym><start>27</start><end>32</end><phrase>Dover</phrase>
        <gaztag geonameid="1"><lat>51.1295</lat><lon>1.3089</lon></gaztag></toponym>
      <toponym><start>40</start><end>44</end><phrase>Kent</phrase>
        <gaztag geonameid="2"><lat>51.25</lat><lon>0.75</lon></gaztag></toponym>
      <toponym><start>0</start><end>8</end><phrase>Flooding</phrase></toponym>
    </toponyms>
  </article>
</articles>
"""


def test_load_and_score(tmp_path):
    path = tmp_path / "mini.xml"
    path.write_text(CORPUS, encoding="utf-8")
    (article,) = load_lgl(path)
    assert article.text[27:32] == "Dover" and len(article.toponyms) == 3
    places = [
        Place(27, 32, "Dover", "Dover", 51.13, 1.31),  # exact span, right place
        Place(40, 50, "Kent on Fr", "Kent", 39.16, -75.52),  # overlapping span, wrong place
    ]
    result = score_article(article, places)
    assert (result.gold, result.predicted, result.matched) == (3, 2, 1)
    assert len(result.errors_km) == 2
    assert min(result.errors_km) < 1 and max(result.errors_km) > 5000
    scores = aggregate([result])
    assert scores.precision == 0.5 and abs(scores.recall - 1 / 3) < 1e-9
    assert scores.accuracy_161 == 0.5


def test_auc_bounds():
    assert log_error_auc([0.0, 0.0, 0.0]) == 0.0
    assert abs(log_error_auc([20039.0, 20039.0]) - 1.0) < 1e-9


def test_aggregate_of_nothing():
    scores = aggregate([ArticleResult("x", 0, 0, 0)])
    assert scores.f1 == 0.0 and scores.resolved == 0
