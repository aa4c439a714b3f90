"""Held-out geoparsing check on international and conflict news written for sitrep.

`places_heldout/world_news.jsonl` holds short invented news items (our own words), each with
its gold toponyms: exact span and the intended place's approximate point. Conventions:
- a span is the name as written; a lower-case type word after it is not part of it
  ("Idlib" in "Idlib province"), a capitalised one is ("Borno State", "North Waziristan");
- metonymy is still a place: "Moscow said", "Washington warned" are tagged and resolved to the
  city (as in LGL and GeoWebNews' "toponym" tag), since an event coder wants them located;
- demonyms ("Syrian", "Jordanian"), people named like places ("Paris Hilton") and place
  names inside an organisation's name ("Kenya Red Cross Society") are not toponyms.

Scored as `sitrep eval geo` scores LGL: exact-span P/R/F1, accuracy within 161 km.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.evaluate.geo import GeoArticle, GeoScores, GoldToponym, aggregate, score_article
from sitrep.places import Gazetteer, places_in_text

CORPUS = Path(__file__).parent / "places_heldout" / "world_news.jsonl"
FLOOR_F1 = 0.97
FLOOR_ACC161 = 0.96


def load_corpus(path: Path = CORPUS) -> list[GeoArticle]:
    articles = []
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        toponyms = tuple(
            GoldToponym(p["start"], p["end"], p["text"], p["lat"], p["lon"]) for p in item["places"]
        )
        articles.append(GeoArticle(item["id"], item["text"], toponyms))
    return articles


def score_corpus(language, gazetteer: Gazetteer) -> GeoScores:
    results = []
    for article in load_corpus():
        places = places_in_text(article.text, language, gazetteer)
        results.append(score_article(article, places))
    return aggregate(results)


def test_corpus_spans_slice_the_text():
    for article in load_corpus():
        for toponym in article.toponyms:
            assert article.text[toponym.start : toponym.end] == toponym.phrase, article.docid


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.open()


def test_heldout_world_news_floors(language, gazetteer):
    scores = score_corpus(language, gazetteer)
    print(
        f"\nheld-out world news: P {scores.precision:.3f} R {scores.recall:.3f} "
        f"F1 {scores.f1:.3f} acc@161 {scores.accuracy_161:.3f} (n geo {scores.resolved})"
    )
    assert scores.f1 >= FLOOR_F1
    assert scores.accuracy_161 >= FLOOR_ACC161
