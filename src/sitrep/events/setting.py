"""Where an event happened: the place mentions of its sentence, else of the text before it."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sitrep.model import Place

COORDINATION = re.compile(r"^\s*(?:,|and|or|&|as well as|, and|, or)\s*(?:in\s+|at\s+)?$", re.I)
BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:\w+\s+of\s+)?$", re.I)
COUNTRY_FEATURES = ("PCL", "PCLI", "PCLD", "PCLF", "PCLS", "TERR")


@dataclass(frozen=True)
class Setting:
    """The place an event takes, how it was found, and the evidence span (original offsets)."""

    place: Place | None
    explicit: bool  # named in the event's own sentence
    start: int | None = None
    end: int | None = None


def is_country(place: Place) -> bool:
    return (place.feature or "").startswith(COUNTRY_FEATURES)


def location_name(place: Place) -> str:
    """ACLED's location string: 'City - District' for a district, else the place name."""
    if place.parent and place.parent != place.name:
        return f"{place.parent} - {place.name}"
    return place.name


def contains(outer: Place, inner: Place) -> bool:
    """`outer` is a container of `inner` (its city, province or country)."""
    if outer is inner or outer.name == inner.name:
        return False
    if inner.parent and inner.parent == outer.name:
        return True
    if is_country(outer):
        return outer.country is not None and outer.country == inner.country
    names = {inner.admin1, inner.admin2}
    return outer.name in names and (outer.feature or "").startswith("ADM")


def most_specific(places: Sequence[Place]) -> list[Place]:
    """Drop the places that only contain another one named beside them."""
    return [p for p in places if not any(contains(p, q) for q in places if q is not p)]


def coordinated_groups(places: Sequence[Place], original: str) -> list[list[Place]]:
    """Runs of places joined by 'and' or commas ('in Homs and Hama')."""
    groups: list[list[Place]] = []
    for place in sorted(places, key=lambda p: p.start):
        last = groups[-1][-1] if groups else None
        between = original[last.end : place.start] if last is not None else ""
        if last is not None and place.start >= last.end and COORDINATION.match(between):
            groups[-1].append(place)
        else:
            groups.append([place])
    return groups


def sentence_settings(
    places: Sequence[Place], start: int, end: int, trigger: int, original: str
) -> list[Setting]:
    """The place(s) of an event in the sentence `[start, end)`: the group nearest the trigger."""
    inside = [p for p in places if p.start >= start and p.end <= end]
    if not inside:
        return []
    specific = [p for p in most_specific(inside) if not is_country(p)] or most_specific(inside)
    groups = coordinated_groups(specific, original)
    nearest = min(groups, key=lambda g: min(abs(p.start - trigger) for p in g))
    if BETWEEN.search(original[max(0, nearest[0].start - 40) : nearest[0].start]):
        nearest = nearest[:1]  # "on the road between Kaya and Dori": one event, at the first
    return [Setting(p, True, p.start, p.end) for p in nearest]


def preceding_setting(places: Sequence[Place], passage_start: int, before: int) -> Setting | None:
    """The last specific place named earlier in the same passage."""
    earlier = [p for p in places if passage_start <= p.start and p.end <= before]
    specific = [p for p in earlier if not is_country(p)] or earlier
    if not specific:
        return None
    place = specific[-1]
    return Setting(place, False, place.start, place.end)


def main_setting(places: Sequence[Place]) -> Setting | None:
    """The article's main place (most named), with its precision raised one step."""
    if not places:
        return None
    local = [p for p in places if not is_country(p)] or list(places)
    counts = Counter(p.name for p in local)
    name, _ = counts.most_common(1)[0]
    place = next(p for p in local if p.name == name)
    raised = replace(place, geo_precision=min(3, place.geo_precision + 1))
    return Setting(raised, False, place.start, place.end)


def main_country(places: Sequence[Place]) -> str | None:
    countries = Counter(p.country for p in places if p.country)
    return countries.most_common(1)[0][0] if countries else None
