"""The places and countries of header lines the text passages leave out ("Hasakah - 11-10-2019").

Local outlets head a report with its place and date on a line of its own, which the intake
keeps as a stamp, outside every passage. Its place still tells where the story happens: each
name there that stands for one country only (a region, a capital, a large town, or a news
agency) votes for that country, as an armed group's home does, with twice its weight; and
the town (or region) it names is a place of the article, where an event stands that its text
places nowhere else. A name glued to a date ("Hama13 December 2016") counts even on a line a
passage holds (a title), as the parse cannot see it there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sitrep.model import Passage, Place
from sitrep.places._normalize import name_key
from sitrep.places.gazetteer import Entry, Gazetteer

HEAD_CHARS = 400  # a header sits in the first lines of the capture
# a header's place is where the outlet says the story is: it counts as much as two mentions
# of an armed group's home or a people qualifying forces
HEADER_WEIGHT = 2
LARGE_TOWN = 100_000  # a town this large is what a bare header name most likely means
_NAME = re.compile(r"[A-Z][^\W\d_]+(?:[ '’-][A-Z][^\W\d_]+)*")  # stops at a glued date
_KEY_FEATURES = ("ADM1", "PPLC", "PPLA")
# a name glued to the date after it ("Hama13 December 2016"): the parse sees one word, so
# the passages find no place there even where the line is one of theirs
_GLUED_DIGIT = re.compile(r"\d")


def header_countries(
    original: str, passages: Sequence[Passage], gazetteer: Gazetteer
) -> dict[str, int]:
    """Country code -> the weight of the names in the header lines outside `passages` that
    stand for it (`HEADER_WEIGHT` each)."""
    found: dict[str, int] = {}
    for line in _loose_lines(original, passages):
        for match in _NAME.finditer(line):
            cc = _country(match.group(), gazetteer)
            if cc is not None:
                found[cc] = found.get(cc, 0) + HEADER_WEIGHT
    return found


def header_places(
    original: str, passages: Sequence[Passage], gazetteer: Gazetteer
) -> tuple[Place, ...]:
    """The places named in the header lines outside `passages` (offsets into `original`): a
    name that stands for one country only, read as its town before its region."""
    found = []
    for offset, line, loose in _head_lines(original, passages):
        for match in _NAME.finditer(line):
            if not loose and not _GLUED_DIGIT.match(line, match.end()):
                continue  # a name in a passage is the passages' business
            entry = _entry(match.group(), gazetteer)
            if entry is not None:
                start = offset + match.start()
                found.append(_place(entry, match.group(), start, gazetteer))
    return tuple(found)


def _entry(name: str, gazetteer: Gazetteer) -> Entry | None:
    if name in gazetteer.lexicon.agencies:
        return None  # "SANA": an agency, never a place
    entries = _readings(name, gazetteer)
    if len({e.cc for e in entries}) != 1:
        return None
    return max(entries, key=lambda e: (e.feature.startswith("PPL"), e.population))


def _place(entry: Entry, text: str, start: int, gazetteer: Gazetteer) -> Place:
    country = gazetteer.countries.get(entry.cc)
    region = entry.feature.startswith(("ADM", "PCL"))
    return Place(
        start=start, end=start + len(text), text=text, name=entry.name, latitude=entry.lat,
        longitude=entry.lon, geonameid=entry.geonameid, country=country.name if country else None,
        iso=country.isonumeric if country else None,
        admin1=entry.admin1 if not entry.feature.startswith("PCL") else None,
        admin2=entry.admin2, feature=entry.feature, geo_precision=3 if region else 1,
        parent=entry.parent, seat_latitude=entry.seat_lat, seat_longitude=entry.seat_lon,
    )  # fmt: skip


def _loose_lines(original: str, passages: Sequence[Passage]) -> list[str]:
    return [line for _, line, loose in _head_lines(original, passages) if loose]


def _head_lines(original: str, passages: Sequence[Passage]) -> list[tuple[int, str, bool]]:
    """The lines of the capture's head with their offsets, and whether no passage was cleaned
    from them."""
    covered = [(o, o + n) for p in passages for _, o, n in p.offsets.segments]
    lines, start = [], 0
    for line in original[:HEAD_CHARS].split("\n"):
        end = start + len(line)
        if line.strip():
            lines.append((start, line, not any(s < end and start < e for s, e in covered)))
        start = end + 1
    return lines


def _country(name: str, gazetteer: Gazetteer) -> str | None:
    """The one country `name` stands for, if it does."""
    agency = gazetteer.lexicon.agencies.get(name)
    if agency is not None:
        return agency
    entries = _readings(name, gazetteer)
    countries = {e.cc for e in entries}
    return countries.pop() if len(countries) == 1 else None


def _readings(name: str, gazetteer: Gazetteer) -> list[Entry]:
    """The prominent places `name` may stand for; those it is the own name of first ("Homs"
    is Homs in Syria before Al Khums in Libya, also called Homs)."""
    key = name_key(name)
    entries = [e for e in gazetteer.lookup([key]).get(key, []) if _prominent(e)]
    return [e for e in entries if name_key(e.name) == key] or entries


def _prominent(entry: Entry) -> bool:
    return entry.feature.startswith(_KEY_FEATURES) or entry.population >= LARGE_TOWN
