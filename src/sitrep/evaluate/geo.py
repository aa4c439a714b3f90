"""The LGL geoparsing benchmark (Lieberman, Samet & Sankaranarayanan 2010), scored end to end
as in Gritta et al. (2019), "A pragmatic guide to geoparsing evaluation":

- recognition: precision, recall and F1 of exact toponym spans;
- resolution, over gold toponyms with coordinates that a prediction overlaps: accuracy within
  161 km, mean and median error (km), and the AUC of the log error (lower is better).

The corpus is read from the caller's path (it is GPL and stays outside this repository).
Documents are split by order: the first half is where weights were looked at ("tune"), the
second half is held out ("test"). `--half first|second` runs one half alone; `--missed` lists
the first half's missed and spurious toponyms (never the held-out half's).

LGL counts as toponyms the names that say whose rather than where ("Sudanese", "the
Gainesville Police Department"): places are located with `owners=True` here, as `modifier`
places that no event ever takes for its setting.
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
from spacy.tokens import Doc

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
    missed: list[Miss] = field(default_factory=list)  # gold spans no prediction equals
    spurious: list[Miss] = field(default_factory=list)  # predicted spans that are not gold


@dataclass(frozen=True)
class Miss:
    """A toponym span one side has and the other lacks, with what spaCy called it."""

    start: int
    end: int
    phrase: str
    context: str
    entity: str  # spaCy's labels of entities overlapping the span, "" for none


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


def score_article(
    article: GeoArticle, places: Sequence[Place], doc: Doc | None = None
) -> ArticleResult:
    spans = {(p.start, p.end) for p in places}
    gold_spans = {(t.start, t.end) for t in article.toponyms}
    result = ArticleResult(article.docid, len(gold_spans), len(spans), len(spans & gold_spans))
    if doc is not None:
        result.missed.extend(_miss(article.text, doc, s) for s in sorted(gold_spans - spans))
        result.spurious.extend(_miss(article.text, doc, s) for s in sorted(spans - gold_spans))
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


def _miss(text: str, doc: Doc, span: tuple[int, int]) -> Miss:
    start, end = span
    labels = [  # "=" the entity is the span itself, "~" it only overlaps the span
        e.label_ + ("=" if (e.start_char, e.end_char) == span else "~")
        for e in doc.ents
        if e.start_char < end and start < e.end_char
    ]
    context = text[max(0, start - 50) : end + 50].replace("\n", " ")
    return Miss(start, end, text[start:end], context, ",".join(labels))


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
    articles: Sequence[GeoArticle],
    language: Language,
    gazetteer: Gazetteer,
    *,
    explain: bool = False,
) -> Evaluation:
    """Score `articles`; with `explain`, each result lists its missed and spurious spans."""
    started = time.perf_counter()
    docs = language.parse(a.text for a in articles)
    parsed = time.perf_counter()
    results = []
    for article, doc in zip(articles, docs, strict=True):
        passage = Passage(PassageKind.BODY, article.text, OffsetMap.identity(len(article.text)))
        places = locate([passage], [doc], gazetteer, owners=True)  # LGL counts "Sudanese"
        results.append(score_article(article, places, doc if explain else None))
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


def halve(articles: Sequence[GeoArticle], half: str | None) -> list[GeoArticle]:
    """The corpus's first or second half by document order (both for None)."""
    middle = (len(articles) + 1) // 2
    if half == "first":
        return list(articles[:middle])
    if half == "second":
        return list(articles[middle:])
    return list(articles)


def main(
    path: Path,
    console: Console,
    *,
    limit: int | None = None,
    half: str | None = None,
    missed: bool = False,
) -> int:
    """Run the LGL benchmark at `path` and print its table; 0 on success, 1 if unreadable.

    `half` ("first" or "second") keeps one half of the corpus; `missed` (first half only: the
    second is held out) also prints every missed and spurious span with spaCy's label.
    """
    if missed and half != "first":
        console.print("[red]--missed needs --half first: the second half is held out[/red]")
        return 1
    try:
        articles = load_lgl(Path(path))
    except (OSError, ET.ParseError) as err:
        console.print(f"[red]cannot read {path}: {err}[/red]")
        return 1
    articles = halve(articles, half)
    if limit is not None:
        articles = articles[:limit]
    evaluation = evaluate(articles, Language.load(), Gazetteer.open(), explain=missed)
    console.print(_table(evaluation, half))
    if missed:
        _print_misses(evaluation.results, console)
    console.print(
        f"{evaluation.full.articles} articles: parse {evaluation.parse_seconds:.1f} s, "
        f"places {evaluation.place_seconds:.2f} s, "
        f"{evaluation.articles_per_second:.1f} articles/s end to end"
    )
    return 0


def _print_misses(results: Sequence[ArticleResult], console: Console) -> None:
    for result in results:
        for kind, misses in (("MISS", result.missed), ("SPUR", result.spurious)):
            for m in misses:
                console.print(
                    f"{kind} | {result.docid} | {m.phrase} | {m.entity or '-'} | {m.context}",
                    markup=False,
                    highlight=False,
                    soft_wrap=True,
                )


def _table(evaluation: Evaluation, half: str | None = None) -> Table:
    table = Table(title="LGL geoparsing (Gritta et al. 2019 metrics)")
    for column in ("split", "docs", "gold", "pred", "P", "R", "F1", "n geo", "acc@161"):
        table.add_column(column, justify="right")
    for column in ("mean km", "median km", "AUC"):
        table.add_column(column, justify="right")
    rows = [
        ("tune (1st half)", evaluation.tune),
        ("test (2nd half)", evaluation.test),
        ("all", evaluation.full),
    ]
    if half is not None:  # one half alone: its own halves would mislead
        rows = [("tune (1st half)" if half == "first" else "test (2nd half)", evaluation.full)]
    for name, s in rows:
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
    "Miss",
    "aggregate",
    "evaluate",
    "halve",
    "load_lgl",
    "log_error_auc",
    "main",
    "score_article",
]
