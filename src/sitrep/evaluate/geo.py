"""The LGL geoparsing benchmark (Lieberman, Samet & Sankaranarayanan 2010), scored end to end
as in Gritta et al. (2019), "A pragmatic guide to geoparsing evaluation":

- recognition: precision, recall and F1 of exact toponym spans;
- resolution, over gold toponyms with coordinates that a prediction overlaps: accuracy within
  161 km, mean and median error (km), and the AUC of the log error (lower is better).

The corpus is read from the caller's path (it is GPL and stays outside this repository).
Documents are split by order: the first half is where weights were looked at ("tune"), the
second half is held out ("test").
"""

from __future__ import annotations

import math
import statistics
import time
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.table import Table

from sitrep.language import Language
from sitrep.model import OffsetMap, Passage, PassageKind, Place
from sitrep.places import Gazetteer, locate
from sitrep.places.resolve import haversine_km

ACCURACY_KM = 161.0
EARTH_HALF_CIRCUMFERENCE_KM = 20039.0


@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    phrase: str
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class GeoArticle:
    docid: str
    text: str
    toponyms: tuple[GoldToponym, ...]


@dataclass
class ArticleResult:
    docid: str
    gold: int
    predicted: int
    matched: int
    errors_km: list[float] = field(default_factory=list)


@dataclass(frozen=True)
class GeoScores:
    articles: int
    gold: int
    predicted: int
    matched: int
    precision: float
    recall: float
    f1: float
    resolved: int  # gold toponyms with coordinates that a prediction overlaps
    accuracy_161: float
    mean_km: float
    median_km: float
    auc: float


def load_lgl(path: Path) -> list[GeoArticle]:
    root = ET.parse(path).getroot()
    return [_article(node) for node in root.iter("article")]


def _article(node: ET.Element) -> GeoArticle:
    toponyms = []
    for top in node.iter("toponym"):
        gaz = top.find("gaztag")
        lat = gaz.findtext("lat") if gaz is not None else None
        lon = gaz.findtext("lon") if gaz is not None else None
        toponyms.append(
            GoldToponym(
                int(top.findtext("start") or 0),
                int(top.findtext("end") or 0),
                top.findtext("phrase") or "",
                float(lat) if lat else None,
                float(lon) if lon else None,
            )
        )
    return GeoArticle(node.get("docid", ""), node.findtext("text") or "", tuple(toponyms))


def score_article(article: GeoArticle, places: Sequence[Place]) -> ArticleResult:
    spans = {(p.start, p.end) for p in places}
    gold_spans = {(t.start, t.end) for t in article.toponyms}
    result = ArticleResult(article.docid, len(gold_spans), len(spans), len(spans & gold_spans))
    for gold in article.toponyms:
        if gold.lat is None or gold.lon is None:
            continue
        overlapping = [p for p in places if p.start < gold.end and gold.start < p.end]
        if not overlapping:
            continue
        place = min(overlapping, key=lambda p: abs(p.start - gold.start) + abs(p.end - gold.end))
        if place.latitude is None or place.longitude is None:
            result.errors_km.append(EARTH_HALF_CIRCUMFERENCE_KM)
        else:
            result.errors_km.append(
                haversine_km(gold.lat, gold.lon, place.latitude, place.longitude)
            )
    return result


def aggregate(results: Sequence[ArticleResult]) -> GeoScores:
    gold = sum(r.gold for r in results)
    predicted = sum(r.predicted for r in results)
    matched = sum(r.matched for r in results)
    precision = matched / predicted if predicted else 0.0
    recall = matched / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    errors = sorted(e for r in results for e in r.errors_km)
    return GeoScores(
        articles=len(results),
        gold=gold,
        predicted=predicted,
        matched=matched,
        precision=precision,
        recall=recall,
        f1=f1,
        resolved=len(errors),
        accuracy_161=sum(e <= ACCURACY_KM for e in errors) / len(errors) if errors else 0.0,
        mean_km=statistics.fmean(errors) if errors else 0.0,
        median_km=statistics.median(errors) if errors else 0.0,
        auc=log_error_auc(errors),
    )


def log_error_auc(errors: Sequence[float]) -> float:
    """Area under the sorted, log-scaled error curve, in [0, 1] (Gritta et al. 2019)."""
    if len(errors) < 2:
        return 0.0
    top = math.log(EARTH_HALF_CIRCUMFERENCE_KM + 1)
    scaled = [math.log(min(e, EARTH_HALF_CIRCUMFERENCE_KM) + 1) / top for e in sorted(errors)]
    area = sum((a + b) / 2 for a, b in zip(scaled, scaled[1:], strict=False))
    return area / (len(scaled) - 1)


@dataclass(frozen=True)
class Evaluation:
    full: GeoScores
    tune: GeoScores  # first half of the documents, by order
    test: GeoScores  # second half
    parse_seconds: float
    place_seconds: float
    results: tuple[ArticleResult, ...]

    @property
    def articles_per_second(self) -> float:
        total = self.parse_seconds + self.place_seconds
        return self.full.articles / total if total else 0.0


def evaluate(
    articles: Sequence[GeoArticle], language: Language, gazetteer: Gazetteer
) -> Evaluation:
    started = time.perf_counter()
    docs = language.parse(a.text for a in articles)
    parsed = time.perf_counter()
    results = []
    for article, doc in zip(articles, docs, strict=True):
        passage = Passage(PassageKind.BODY, article.text, OffsetMap.identity(len(article.text)))
        results.append(score_article(article, locate([passage], [doc], gazetteer)))
    done = time.perf_counter()
    half = (len(results) + 1) // 2
    return Evaluation(
        full=aggregate(results),
        tune=aggregate(results[:half]),
        test=aggregate(results[half:]),
        parse_seconds=parsed - started,
        place_seconds=done - parsed,
        results=tuple(results),
    )


def main(path: Path, console: Console, *, limit: int | None = None) -> int:
    """Run the LGL benchmark at `path` and print its table; 0 on success, 1 if unreadable."""
    try:
        articles = load_lgl(Path(path))
    except (OSError, ET.ParseError) as err:
        console.print(f"[red]cannot read {path}: {err}[/red]")
        return 1
    if limit is not None:
        articles = articles[:limit]
    evaluation = evaluate(articles, Language.load(), Gazetteer.open())
    console.print(_table(evaluation))
    console.print(
        f"{evaluation.full.articles} articles: parse {evaluation.parse_seconds:.1f} s, "
        f"places {evaluation.place_seconds:.2f} s, "
        f"{evaluation.articles_per_second:.1f} articles/s end to end"
    )
    return 0


def _table(evaluation: Evaluation) -> Table:
    table = Table(title="LGL geoparsing (Gritta et al. 2019 metrics)")
    for column in ("split", "docs", "gold", "pred", "P", "R", "F1", "n geo", "acc@161"):
        table.add_column(column, justify="right")
    for column in ("mean km", "median km", "AUC"):
        table.add_column(column, justify="right")
    for name, s in (
        ("tune (1st half)", evaluation.tune),
        ("test (2nd half)", evaluation.test),
        ("all", evaluation.full),
    ):
        table.add_row(
            name, str(s.articles), str(s.gold), str(s.predicted), f"{s.precision:.3f}",
            f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.resolved), f"{s.accuracy_161:.3f}",
            f"{s.mean_km:.0f}", f"{s.median_km:.1f}", f"{s.auc:.3f}",
        )  # fmt: skip
    return table


__all__ = [
    "ArticleResult",
    "Evaluation",
    "GeoArticle",
    "GeoScores",
    "GoldToponym",
    "aggregate",
    "evaluate",
    "load_lgl",
    "log_error_auc",
    "main",
    "score_article",
]
