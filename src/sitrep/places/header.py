"""The countries named in header lines the text passages leave out ("Hasakah - 11-10-2019").

Local outlets head a report with its place and date on a line of its own, which the intake
keeps as a stamp, outside every passage. Its place still tells where the story happens: each
name there that stands for one country only (a region, a capital, a large town, or a news
agency) votes for that country, as an armed group's home does, with twice its weight.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sitrep.model import Passage
from sitrep.places._normalize import name_key
from sitrep.places.gazetteer import Entry, Gazetteer

HEAD_CHARS = 400  # a header sits in the first lines of the capture
# a header's place is where the outlet says the story is: it counts as much as two mentions
# of an armed group's home or a people qualifying forces
HEADER_WEIGHT = 2
LARGE_TOWN = 100_000  # a town this large is what a bare header name most likely means
_NAME = re.compile(r"[A-Z][^\W\d_]+(?:[ '’-][A-Z][^\W\d_]+)*")  # stops at a glued date
_KEY_FEATURES = ("ADM1", "PPLC", "PPLA")


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


def _loose_lines(original: str, passages: Sequence[Passage]) -> list[str]:
    """The lines of the capture's head that no passage was cleaned from."""
    covered = [(o, o + n) for p in passages for _, o, n in p.offsets.segments]
    lines, start = [], 0
    for line in original[:HEAD_CHARS].split("\n"):
        end = start + len(line)
        if line.strip() and not any(s < end and start < e for s, e in covered):
            lines.append(line)
        start = end + 1
    return lines


def _country(name: str, gazetteer: Gazetteer) -> str | None:
    """The one country `name` stands for, if it does."""
    agency = gazetteer.lexicon.agencies.get(name)
    if agency is not None:
        return agency
    key = name_key(name)
    entries = [e for e in gazetteer.lookup([key]).get(key, []) if _prominent(e)]
    countries = {e.cc for e in entries}
    return countries.pop() if len(countries) == 1 else None


def _prominent(entry: Entry) -> bool:
    return entry.feature.startswith(_KEY_FEATURES) or entry.population >= LARGE_TOWN
