"""The seed check: the sample article against its hand coding (`<sample>.expected.json`).

Matching follows the coding's own `about` field: a required event is found when one extracted
event has the same event_type (and sub_event_type where given), lies within `max_km` of the
coded point, and is dated inside the window (or at month precision, where `month_level_ok`).
A forbidden event is hit when any extracted event lies within its `max_km` and is dated after
its `after` date (and names an actor like `actors_like`, where given).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from sitrep.model import Event, Extraction, TimePrecision

EARTH_RADIUS_KM = 6371.0


@dataclass(frozen=True)
class Check:
    id: str
    kind: str  # "required" | "forbidden"
    passed: bool
    detail: str  # the matching event, or why none matched


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def _near(event: Event, spec: dict[str, Any]) -> bool:
    if event.latitude is None or event.longitude is None:
        return False
    distance = haversine_km(event.latitude, event.longitude, spec["lat"], spec["lon"])
    return distance <= spec["max_km"]


def _dated(event: Event, spec: dict[str, Any]) -> bool:
    if not event.event_date:
        return False
    first, last = spec["date_window"]
    day = event.event_date[:10]
    if first <= day <= last:
        return True
    month_ok = spec.get("month_level_ok") and event.time_precision == TimePrecision.MONTH
    return bool(month_ok and first[:7] <= day[:7] <= last[:7])


def matches_required(event: Event, spec: dict[str, Any]) -> bool:
    if event.event_type != spec["event_type"]:
        return False
    if spec.get("sub_event_type") and event.sub_event_type != spec["sub_event_type"]:
        return False
    return _near(event, spec) and _dated(event, spec)


def matches_forbidden(event: Event, spec: dict[str, Any]) -> bool:
    if not _near(event, spec):
        return False
    if event.event_date and event.event_date[:10] < spec.get("after", "0000"):
        return False
    likes = [w.lower() for w in spec.get("actors_like", [])]
    if likes:
        names = " ".join(filter(None, (event.actor1, event.actor2))).lower()
        return any(w in names for w in likes)
    return True


def _likeness(event: Event, spec: dict[str, Any]) -> int:
    """How many of the coded actor hints the event's actors share (to pick among matches)."""
    score = 0
    for field, hints in (("actor1", "actor1_like"), ("actor2", "actor2_like")):
        name = (getattr(event, field) or "").lower()
        score += any(h.lower() in name for h in spec.get(hints, []))
    return score


def describe(event: Event) -> str:
    return (
        f"{event.event_date} {event.sub_event_type or event.event_type} @ {event.location} "
        f"({event.actor1 or '-'} / {event.actor2 or '-'})"
    )


def check_events(events: Sequence[Event], expected: dict[str, Any]) -> list[Check]:
    """One check per required and forbidden event of the coding."""
    checks: list[Check] = []
    used: set[int] = set()  # one extracted event answers one required event
    for spec in expected.get("required", []):
        options = [i for i, e in enumerate(events) if i not in used and matches_required(e, spec)]
        options.sort(key=lambda i: -_likeness(events[i], spec))
        hit = events[options[0]] if options else None
        if options:
            used.add(options[0])
        detail = describe(hit) if hit else _closest_miss(events, spec)
        checks.append(Check(spec["id"], "required", hit is not None, detail))
    for spec in expected.get("forbidden", []):
        hit = next((e for e in events if matches_forbidden(e, spec)), None)
        detail = f"matched by {describe(hit)}" if hit else spec.get("why", "")
        checks.append(Check(spec["id"], "forbidden", hit is None, detail))
    return checks


def _closest_miss(events: Sequence[Event], spec: dict[str, Any]) -> str:
    same = [e for e in events if e.event_type == spec["event_type"]]
    if not same:
        return f"no {spec['event_type']} event"
    reasons = []
    for e in same[:3]:
        why = []
        if spec.get("sub_event_type") and e.sub_event_type != spec["sub_event_type"]:
            why.append(e.sub_event_type)
        if not _near(e, spec):
            why.append(f"at {e.location}")
        if not _dated(e, spec):
            why.append(f"dated {e.event_date}")
        reasons.append(", ".join(why) or "?")
    return "nearest: " + "; ".join(reasons)


def evaluate_sample(path: Path, pipeline: Any = None) -> tuple[Extraction, list[Check]]:
    """Run the sample through the pipeline; the checks against `<stem>.expected.json`."""
    from sitrep.intake import read_file
    from sitrep.pipeline import Pipeline

    pipeline = pipeline or Pipeline.load()
    expected = json.loads(path.with_suffix(".expected.json").read_text("utf-8"))
    extraction = pipeline.extract_capture(read_file(path))
    return extraction, check_events(extraction.events, expected)


def main(path: Path, console: Console, *, pipeline: Any = None) -> int:
    """Print each check; exit status 0 when at least 7 of the required pass and no forbidden hit."""
    extraction, checks = evaluate_sample(path, pipeline)
    table = Table(title=f"Seed check: {path.name}")
    for column in ("check", "kind", "result", "detail"):
        table.add_column(column)
    for check in checks:
        result = "[green]pass[/green]" if check.passed else "[red]FAIL[/red]"
        table.add_row(check.id, check.kind, result, check.detail)
    console.print(table)
    required = [c for c in checks if c.kind == "required"]
    forbidden = [c for c in checks if c.kind == "forbidden"]
    found = sum(c.passed for c in required)
    clean = sum(c.passed for c in forbidden)
    console.print(
        f"required found: {found}/{len(required)}; forbidden avoided: {clean}/{len(forbidden)}; "
        f"events: {len(extraction.events)}, mentions: {len(extraction.mentions)}"
    )
    return 0 if found >= len(required) - 1 and clean == len(forbidden) else 1
