"""Score sitrep against short one-event reports coded by hand in ACLED's fields.

Input: a JSON Lines file, one `{"id", "text", "published"?, "gold": {...} | null}` a line
(`tests/notes/README.md`). Each text is run through the whole pipeline as one document; only
its events (not its mentions) count.

Matching. An item whose gold is an event is *found* when sitrep yields at least one event for
it. The event scored against the gold one is the best-matching event of that item: the one
agreeing on most of the scored fields below (sub-type and type count double, so a right-kind
event beats a wrong-kind one with a lucky place); ties go to the event found first. Every other
event of the item is an *extra* event, counted apart (they lower no field, but the table shows
how many there are). An item whose gold is `null` belongs to the no-event group: any event
there is a *false event*, and the false-event rate is the share of those items with one.

Field agreement is counted over all gold events, so an item with no event disagrees on every
field; the "of found" column gives the same agreement over found items only.
- type, sub-type: equal to gold (or to a listed alternative).
- actor1, actor2: equal after normalising case and whitespace (casefold, runs of whitespace
  as one space, ends stripped); an empty actor equals a missing one. A listed alternative
  also agrees (`null` in the list accepts "no actor"). For an Armed clash, which has no
  direction in ACLED, the predicted pair swapped also agrees.
- location: the predicted coordinates lie within 25 km of gold's (great-circle distance).
- fatalities: equal (or a listed alternative).
- date: equal; when gold's time_precision is 2 (a few days) within 3 days; 3 (a month) in the
  same month.
Informational rows (not in the issue's targets): country equal (normalised as actors),
geo_precision equal, and actor1 equal once a trailing period "(2019-)" is dropped from both.
"""

from __future__ import annotations

import json
import math
import re
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table

from sitrep.model import Event

if TYPE_CHECKING:
    from sitrep.pipeline import Pipeline

MAX_KM = 25.0
FIELDS = ("type", "sub-type", "actor1", "actor2", "location", "fatalities", "date")
INFO_FIELDS = ("country", "geo_precision", "actor1 (no period)")
WEIGHTS = {"type": 2, "sub-type": 2}
PERIOD = re.compile(r"\s*\(\d{4}-(\d{4})?\)")
WHITESPACE = re.compile(r"\s+")
NONE = "(none)"


class NotesError(ValueError):
    """A line of the notes file that cannot be read; the message names the file and line."""


@dataclass(frozen=True)
class Item:
    id: str
    text: str
    published: str | None
    gold: Mapping[str, Any] | None


@dataclass
class ItemResult:
    id: str
    gold: Mapping[str, Any] | None
    events: int  # how many events sitrep found
    best: Event | None  # the event scored against gold (None: nothing found / no-event item)
    agree: dict[str, bool] = field(default_factory=dict)
    error: str | None = None


@dataclass
class Report:
    items: list[ItemResult] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def gold(self) -> list[ItemResult]:
        return [r for r in self.items if r.gold is not None]

    @property
    def no_event(self) -> list[ItemResult]:
        return [r for r in self.items if r.gold is None]


def read_items(path: Path) -> tuple[list[Item], list[str]]:
    """The items of a notes file, and one error line per line that could not be read."""
    items: list[Item] = []
    errors: list[str] = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            items.append(parse_item(line))
        except NotesError as problem:
            errors.append(f"{path}:{number}: {problem}")
    return items, errors


def parse_item(line: str) -> Item:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as problem:
        raise NotesError(f"not JSON ({problem.msg})") from None
    if not isinstance(record, dict):
        raise NotesError("not a JSON object")
    if not isinstance(record.get("id"), str) or not isinstance(record.get("text"), str):
        raise NotesError('needs a string "id" and a string "text"')
    gold = record.get("gold")
    if gold is not None and not (isinstance(gold, dict) and gold.get("event_type")):
        raise NotesError('"gold" must be null or an object with an "event_type"')
    published = record.get("published")
    return Item(
        record["id"], record["text"], published if isinstance(published, str) else None, gold
    )


# ---------------------------------------------------------------- field rules


def norm(name: str | None) -> str:
    return WHITESPACE.sub(" ", name or "").strip().casefold()


def no_period(name: str | None) -> str:
    return norm(PERIOD.sub("", name or ""))


def options(gold: Mapping[str, Any], key: str) -> list[Any]:
    """Gold's value for `key` and its listed alternatives."""
    extra = (gold.get("alternatives") or {}).get(key) or []
    return [gold.get(key), *extra]


def same_actor(predicted: str | None, accepted: Iterable[str | None]) -> bool:
    return norm(predicted) in {norm(a) for a in accepted}


def actors_agree(event: Event, gold: Mapping[str, Any]) -> tuple[bool, bool]:
    one, two = options(gold, "actor1"), options(gold, "actor2")
    straight = same_actor(event.actor1, one), same_actor(event.actor2, two)
    if gold.get("sub_event_type") == "Armed clash" and not all(straight):
        swapped = same_actor(event.actor2, one), same_actor(event.actor1, two)
        if all(swapped):
            return swapped
    return straight


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def location_agrees(event: Event, gold: Mapping[str, Any]) -> bool:
    if event.latitude is None or event.longitude is None or gold.get("latitude") is None:
        return False
    return km(event.latitude, event.longitude, gold["latitude"], gold["longitude"]) <= MAX_KM


def date_agrees(event: Event, gold: Mapping[str, Any]) -> bool:
    predicted = _day(event.event_date)
    if predicted is None:
        return False
    precision = gold.get("time_precision") or 1
    for value in options(gold, "event_date"):
        wanted = _day(value)
        if wanted is None:
            continue
        if predicted == wanted:
            return True
        if precision == 2 and abs((predicted - wanted).days) <= 3:
            return True
        if precision == 3 and (predicted.year, predicted.month) == (wanted.year, wanted.month):
            return True
    return False


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def agreement(event: Event, gold: Mapping[str, Any]) -> dict[str, bool]:
    """Which fields of `event` agree with the gold coding (scored and informational)."""
    actor1, actor2 = actors_agree(event, gold)
    return {
        "type": event.event_type in options(gold, "event_type"),
        "sub-type": event.sub_event_type in options(gold, "sub_event_type"),
        "actor1": actor1,
        "actor2": actor2,
        "location": location_agrees(event, gold),
        "fatalities": event.fatalities in options(gold, "fatalities"),
        "date": date_agrees(event, gold),
        "country": norm(event.country) == norm(gold.get("country")),
        "geo_precision": event.geo_precision == gold.get("geo_precision"),
        # an actor that agrees with its period agrees without it (a clash's sides swapped too)
        "actor1 (no period)": actor1
        or no_period(event.actor1) in {no_period(a) for a in options(gold, "actor1")},
    }


def best_match(
    events: Sequence[Event], gold: Mapping[str, Any]
) -> tuple[Event | None, dict[str, bool]]:
    """The event agreeing on most scored fields (type and sub-type double); first on ties."""
    best: tuple[Event | None, dict[str, bool]] = (None, {})
    best_score = -1
    for event in events:
        agree = agreement(event, gold)
        score = sum(WEIGHTS.get(name, 1) for name in FIELDS if agree[name])
        if score > best_score:
            best, best_score = (event, agree), score
    return best


def score_item(item: Item, events: Sequence[Event], error: str | None = None) -> ItemResult:
    if item.gold is None:
        return ItemResult(item.id, None, len(events), None, error=error)
    best, agree = best_match(events, item.gold)
    if best is None:
        agree = dict.fromkeys((*FIELDS, *INFO_FIELDS), False)
    return ItemResult(item.id, item.gold, len(events), best, agree, error)


def score(items: Sequence[Item], predicted: Mapping[str, Sequence[Event]]) -> Report:
    """Score each item against the events predicted for it (missing id: no events)."""
    return Report([score_item(i, predicted.get(i.id, ())) for i in items])


# ---------------------------------------------------------------- figures


def rate(hits: int, total: int) -> float:
    return hits / total if total else 0.0


def field_rows(results: Sequence[ItemResult]) -> list[dict[str, Any]]:
    """One row per field: agreement over all gold events and over the found ones."""
    found = [r for r in results if r.best is not None]
    rows = [_row("event found", len(found), len(results), len(found), len(found))]
    for name in (*FIELDS, *INFO_FIELDS):
        hits = sum(r.agree.get(name, False) for r in results)
        rows.append(_row(name, hits, len(results), hits, len(found)))
    return rows


def _row(name: str, hits: int, total: int, found_hits: int, found: int) -> dict[str, Any]:
    return {
        "field": name,
        "agree": hits,
        "of": total,
        "rate": round(rate(hits, total), 3),
        "rate_of_found": round(rate(found_hits, found), 3),
        "informational": name in INFO_FIELDS,
    }


def by_type(results: Sequence[ItemResult]) -> dict[str, dict[str, Any]]:
    groups: dict[str, list[ItemResult]] = {}
    for r in results:
        assert r.gold is not None
        groups.setdefault(r.gold["event_type"], []).append(r)
    out = {}
    for name, group in sorted(groups.items()):
        row: dict[str, Any] = {
            "n": len(group),
            "found": rate(sum(r.best is not None for r in group), len(group)),
        }
        for f in FIELDS:
            row[f] = rate(sum(r.agree.get(f, False) for r in group), len(group))
        out[name] = {k: round(v, 3) if isinstance(v, float) else v for k, v in row.items()}
    return out


def confusions(
    results: Sequence[ItemResult], top: int = 10
) -> dict[str, list[tuple[str, str, int]]]:
    """The most frequent gold -> predicted disagreements for type, sub-type and actor1."""
    pairs: dict[str, Counter[tuple[str, str]]] = {
        k: Counter() for k in ("type", "sub-type", "actor1")
    }
    for r in results:
        assert r.gold is not None
        e = r.best
        for key, gold_key, value in (
            ("type", "event_type", e.event_type if e else None),
            ("sub-type", "sub_event_type", e.sub_event_type if e else None),
            ("actor1", "actor1", e.actor1 if e else None),
        ):
            if not r.agree.get(key):
                pairs[key][(r.gold.get(gold_key) or NONE, value or NONE)] += 1
    return {k: [(g, p, n) for (g, p), n in c.most_common(top)] for k, c in pairs.items()}


def summary(report: Report) -> dict[str, Any]:
    gold, empty = report.gold, report.no_event
    extra = sum(max(r.events - 1, 0) for r in gold)
    false_events = sum(r.events > 0 for r in empty)
    return {
        "items": len(report.items),
        "gold_events": len(gold),
        "no_event_items": len(empty),
        "fields": field_rows(gold),
        "extra_events": extra,
        "extra_events_per_gold_item": round(rate(extra, len(gold)), 3),
        "false_event_rate": round(rate(false_events, len(empty)), 3),
        "false_events": sum(r.events for r in empty),
        "by_type": by_type(gold),
        "confusions": confusions(gold),
        "errors": [f"{r.id}: {r.error}" for r in report.items if r.error],
        "seconds": round(report.seconds, 1),
        "per_item": [_item_json(r) for r in report.items],
    }


def _item_json(r: ItemResult) -> dict[str, Any]:
    e = r.best
    predicted = None
    if e is not None:
        predicted = {
            "event_date": e.event_date, "event_type": e.event_type,
            "sub_event_type": e.sub_event_type, "actor1": e.actor1, "actor2": e.actor2,
            "country": e.country, "location": e.location, "latitude": e.latitude,
            "longitude": e.longitude, "geo_precision": e.geo_precision,
            "fatalities": e.fatalities,
        }  # fmt: skip
    return {"id": r.id, "events": r.events, "agree": r.agree, "predicted": predicted}


# ---------------------------------------------------------------- running


def predict(
    items: Sequence[Item], jobs: int, pipeline: Pipeline | None = None
) -> Iterator[tuple[Item, tuple[Event, ...], str | None]]:
    """Each item with the events sitrep extracts from its text (in input order), by the
    given pipeline (a new one loaded when none is given)."""
    from sitrep._parallel import extract_stream
    from sitrep.model import Extraction
    from sitrep.pipeline import capture_from_string

    captures = [capture_from_string(i.text, id=i.id, published=i.published) for i in items]
    for item, (_, result) in zip(items, extract_stream(captures, jobs, pipeline), strict=True):
        if not isinstance(result, Extraction):
            yield item, (), result.reason
        else:
            yield item, result.events, None


def evaluate(items: Sequence[Item], jobs: int = 1) -> Report:
    started = time.perf_counter()
    results = [score_item(item, events, error) for item, events, error in predict(items, jobs)]
    return Report(results, time.perf_counter() - started)


def render(data: Mapping[str, Any], console: Console, title: str) -> None:
    table = Table(
        title=f"{title}: {data['gold_events']} gold events, {data['no_event_items']} no-event items"
    )
    for column in ("field", "agree", "of", "rate", "of found"):
        table.add_column(column, justify="right" if column != "field" else "left")
    for row in data["fields"]:
        name = row["field"] + (" (info)" if row["informational"] else "")
        table.add_row(
            name,
            str(row["agree"]),
            str(row["of"]),
            f"{row['rate']:.3f}",
            f"{row['rate_of_found']:.3f}",
        )
    console.print(table)
    console.print(
        f"no-event group: false-event rate {data['false_event_rate']:.3f} "
        f"({data['false_events']} events in {data['no_event_items']} items); "
        f"extra events beside the matched one: {data['extra_events']} "
        f"({data['extra_events_per_gold_item']:.2f} per gold item)"
    )
    kinds = Table(title="per event type (share of gold events)")
    for column in ("event type", "n", "found", *FIELDS):
        kinds.add_column(column, justify="right" if column != "event type" else "left")
    for name, row in data["by_type"].items():
        kinds.add_row(name, str(row["n"]), *(f"{row[k]:.2f}" for k in ("found", *FIELDS)))
    console.print(kinds)
    for key, rows in data["confusions"].items():
        if not rows:
            continue
        top = Table(title=f"top {key} confusions (gold -> predicted)")
        for column in ("gold", "predicted", "n"):
            top.add_column(column, justify="right" if column == "n" else "left")
        for g, p, n in rows:
            top.add_row(g, p, str(n))
        console.print(top)
    console.print(f"extraction and scoring took {data['seconds']:.0f} s")


def main(path: Path, console: Console, err: Console, *, jobs: int = 1, fmt: str = "table") -> int:
    """Run and print; 2 when the file cannot be read at all, 1 when some lines were bad."""
    try:
        items, errors = read_items(path)
    except (OSError, UnicodeDecodeError) as problem:
        err.print(
            f"sitrep: error: {path}: {getattr(problem, 'strerror', None) or problem}",
            markup=False,
            highlight=False,
        )
        return 2
    for line in errors:
        err.print(f"sitrep: error: {line}", markup=False, highlight=False)
    if not items:
        err.print(f"sitrep: error: {path}: no items to score", markup=False, highlight=False)
        return 2
    data = summary(evaluate(items, jobs))
    if fmt == "json":
        console.out(json.dumps(data, indent=1, ensure_ascii=False), highlight=False)
    else:
        render(data, console, path.name)
    for line in data["errors"]:
        err.print(f"sitrep: error: {path}: {line}", markup=False, highlight=False)
    return 1 if errors or data["errors"] else 0
