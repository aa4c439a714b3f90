"""One event, many sources: which events of different articles tell the same occurrence,
and the one event they become (sources listed, fatalities by the coding rule, never a sum).

The rules are data (`data/corroboration.toml`). Grouping is conservative: an event joins a
group only when it agrees with every member, so one loose pair cannot chain two distinct
occurrences together.
"""

from __future__ import annotations

import dataclasses
import math
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from importlib import resources

from sitrep.model import Event

EARTH_RADIUS_KM = 6371.0


@dataclass(frozen=True)
class Rules:
    families: dict[str, int]  # event type -> family number
    max_km: float
    region_km: float
    date_slack: dict[int, int]  # coarser time precision -> days
    generic_actors: tuple[str, ...]
    support: dict[str, int]  # weight of each kind of agreement; "needed" to merge
    copy_threshold: float
    shingle_words: int


def load_rules(text: str | None = None) -> Rules:
    """The rules of `data/corroboration.toml` (or of `text`, in the same form)."""
    if text is None:
        text = (resources.files("sitrep") / "data" / "corroboration.toml").read_text("utf-8")
    data = tomllib.loads(text)
    return Rules(
        families={kind: n for n, family in enumerate(data["families"]) for kind in family},
        max_km=float(data["max_km"]),
        region_km=float(data["region_km"]),
        date_slack={int(k): int(v) for k, v in data["date_slack"].items()},
        generic_actors=tuple(data["generic_actors"]),
        support={k: int(v) for k, v in data["support"].items()},
        copy_threshold=float(data["copy_threshold"]),
        shingle_words=int(data["shingle_words"]),
    )


@dataclass(frozen=True)
class Report:
    """One event as one article tells it."""

    event: Event
    document: str  # the article's key
    outlet: str  # who published it ("Coastal Herald", "Reuters")
    url: str | None = None
    copy_of: str | None = None  # the document this one republishes, when it is a copy


@dataclass(frozen=True)
class Source:
    outlet: str
    document: str
    url: str | None
    event_id: str
    copy_of: str | None = None


@dataclass(frozen=True)
class Corroborated:
    """The one event a group of reports becomes, and who reported it."""

    event: Event
    sources: tuple[Source, ...]
    independent: int  # outlets that reported it on their own (copies not counted)


# ---------------------------------------------------------------- one pair


def same_occurrence(a: Event, b: Event, rules: Rules) -> str | None:
    """Why `a` and `b` tell one occurrence ("same place and day, ..."), or None."""
    if not a.is_event or not b.is_event:
        return None
    if rules.families.get(a.event_type, -1) != rules.families.get(b.event_type, -2):
        return None
    place = _same_place(a, b, rules)
    if place is None or not _same_time(a, b, rules):
        return None
    points = _support(a, b, rules)
    if sum(rules.support[p] for p in points) < rules.support["needed"]:
        return None
    return f"{a.event_type} {place}, {a.event_date} / {b.event_date}; {', '.join(points)}"


def _support(a: Event, b: Event, rules: Rules) -> list[str]:
    """The kinds of agreement and disagreement between two reports of one place and time."""
    points = []
    if a.sub_event_type == b.sub_event_type:
        points.append("same_sub_event_type")
    mine, theirs = _named(a, rules), _named(b, rules)
    if mine and theirs:
        points.append("actors_shared" if mine & theirs else "actors_disjoint")
    low, high = sorted((a.fatalities, b.fatalities))
    if high == 0 or (low > 0 and low * 2 >= high):
        points.append("fatalities_close")
    elif low > 0 and low * 3 < high:
        points.append("fatalities_far")
    return points


def _same_place(a: Event, b: Event, rules: Rules) -> str | None:
    if not a.country or a.country != b.country:
        return None
    regional = (a.geo_precision or 1) >= 3 or (b.geo_precision or 1) >= 3
    if a.admin2 and a.admin2 == b.admin2 and not regional:
        return f"in {a.admin2}"
    if regional and a.admin1 and a.admin1 == b.admin1:
        return f"in {a.admin1}"
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    km = haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)  # type: ignore[arg-type]
    return f"{km:.0f} km apart" if km <= (rules.region_km if regional else rules.max_km) else None


def _same_time(a: Event, b: Event, rules: Rules) -> bool:
    if not a.event_date or not b.event_date:
        return False
    try:
        days = abs((date.fromisoformat(a.event_date) - date.fromisoformat(b.event_date)).days)
    except ValueError:
        return False
    coarser = max(a.time_precision or 1, b.time_precision or 1)
    return days <= rules.date_slack.get(coarser, 0)


def _named(event: Event, rules: Rules) -> set[str]:
    """The named actors on either side (roles may differ between outlets: one says the army
    attacked, the other that the army was attacked), in a comparable form."""
    names = (event.actor1, event.actor2, event.assoc_actor_1, event.assoc_actor_2)
    found: set[str] = set()
    for name in names:
        for part in (name or "").split(";"):
            part = part.strip()
            if part and not part.startswith(rules.generic_actors):
                found.add(_comparable(part))
    return found


def _comparable(actor: str) -> str:
    """ "Military Forces of the Democratic Republic of Congo (2019-)" and "Military Forces of
    Democratic Republic of Congo" alike: no period in brackets, no articles, folded case."""
    words = actor.split(" (")[0].casefold().split()
    return " ".join(w for w in words if w not in {"the", "a", "an"})


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


# ---------------------------------------------------------------- groups


def group(reports: Sequence[Report], rules: Rules) -> list[list[int]]:
    """Indexes of `reports` grouped by occurrence, in order of first appearance. A report
    joins the first group whose every member it agrees with and whose documents are not its
    own (one article's distinct events were already kept apart by the article's own merge)."""
    groups: list[list[int]] = []
    for i, report in enumerate(reports):
        for members in groups:
            if any(reports[m].document == report.document for m in members):
                continue
            if all(same_occurrence(reports[m].event, report.event, rules) for m in members):
                members.append(i)
                break
        else:
            groups.append([i])
    return groups


def combine(reports: Sequence[Report]) -> Corroborated:
    """The one event `reports` (of one occurrence) become.

    The most precise report gives date and place, the fullest one the rest; missing fields
    are filled from the others; fatalities are the lowest count any independent report gives
    (a report of none is no report of a count); `source` lists the independent outlets.
    """
    events = [r.event for r in reports]
    base = max(events, key=_completeness)
    when = min(events, key=lambda e: (e.time_precision or 9, e.event_date or "9"))
    where = min(events, key=lambda e: (e.geo_precision or 9, -_completeness(e)))
    merged = dataclasses.replace(
        base,
        event_date=when.event_date,
        time_precision=when.time_precision,
        **{f: getattr(where, f) for f in _PLACE_FIELDS},
    )
    merged = _fill(merged, events)
    independent = [r for r in reports if r.copy_of is None]
    counts = [r.event.fatalities for r in independent or reports if r.event.fatalities > 0]
    outlets = list(dict.fromkeys(r.outlet for r in independent or reports))
    merged = dataclasses.replace(
        merged, fatalities=min(counts) if counts else 0, source="; ".join(outlets)
    )
    sources = tuple(
        Source(r.outlet, r.document, r.url, r.event.event_id, r.copy_of) for r in reports
    )
    return Corroborated(merged, sources, len(outlets))


_PLACE_FIELDS = (
    "country", "iso", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
    "geonameid",
)  # fmt: skip
_FILLABLE = ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "notes")


def _completeness(event: Event) -> int:
    return sum(bool(getattr(event, f)) for f in (*_FILLABLE, *_PLACE_FIELDS, "event_date"))


def _fill(merged: Event, events: Sequence[Event]) -> Event:
    missing = {
        f: next((getattr(e, f) for e in events if getattr(e, f)), None)
        for f in _FILLABLE
        if not getattr(merged, f)
    }
    return dataclasses.replace(merged, **{f: v for f, v in missing.items() if v})


def material_change(before: Event, after: Event) -> bool:
    """Whether a merged event changed enough to tell followers again: more dead, or another
    type of event."""
    return after.fatalities > before.fatalities or (after.event_type, after.sub_event_type) != (
        before.event_type,
        before.sub_event_type,
    )
