"""A country's capital named by its role: "Senegal's capital", "the Somali capital".

ACLED codes the city, so the words stand for the capital's record; a country named as the
capital's owner is no setting of its own ("capital markets", "capital punishment" name no
town).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from sitrep.model import Passage, Place
from sitrep.places._normalize import name_key
from sitrep.places.gazetteer import Entry, Gazetteer

_NOT_A_CITY = r"(?!\s+(?:markets?|gains|flight|flows|spending|expenditure|investment|punishment|"
_NOT_A_CITY += r"offences?|crimes?|cases?|goods|budget|controls?|requirements?|adequacy))"
OWNED = re.compile(r"['’]?s\s+capital\b" + _NOT_A_CITY)
PEOPLES = re.compile(r"\b[Tt]he\s+(?P<people>[A-Z][\w'-]+)\s+capital\b" + _NOT_A_CITY)


def with_capitals(
    passages: Sequence[Passage], places: Sequence[Place], gazetteer: Gazetteer
) -> list[Place]:
    """`places`, with "X's capital" (X a country) read as X's capital city, and each "the
    Kenyan capital" added as one."""
    out = [_owned(p, passages, gazetteer) or p for p in places]
    for passage in passages:
        for m in PEOPLES.finditer(passage.text):
            cc = gazetteer.demonyms.get(name_key(m["people"]))
            entry = gazetteer.capital(cc) if cc else None
            start, end = passage.original_span(m.start("people"), m.end())
            if entry is None or end - start != m.end() - m.start("people"):
                continue
            if _named_after(passage, m.end()) or any(p.start < end and start < p.end for p in out):
                continue  # "the Sudanese capital Khartoum": the city's own name is there
            out.append(
                entry_place(entry, gazetteer, start, end, passage.text[m.start("people") : m.end()])
            )
    return sorted(out, key=lambda p: p.start)


def _owned(place: Place, passages: Sequence[Passage], gazetteer: Gazetteer) -> Place | None:
    """The capital a country mention owns ("Senegal's capital"), else None."""
    if not (place.feature or "").startswith("PCL"):
        return None
    for passage in passages:
        at = passage.offsets.clean_end(place.end)
        if at is None:
            continue
        m = OWNED.match(passage.text, at)
        if m is not None and _named_after(passage, m.end()):
            return None  # "Sudan's capital, Khartoum": the country stays a country
        cc = _code(place, gazetteer)
        entry = gazetteer.capital(cc) if m is not None and cc else None
        if entry is None or m is None:
            return None
        end, text = place.end + m.end() - at, place.text + m.group()
        if end - place.start != len(text):
            return None  # the original text differs in length: no span to point at
        return entry_place(entry, gazetteer, place.start, end, text)
    return None


NAMED_AFTER = re.compile(r",?\s+(?:city\s+(?:of\s+)?)?[A-Z][a-z]")


def _named_after(passage: Passage, end: int) -> bool:
    """A capitalised name follows "capital" ("the Kenyan capital Nairobi")."""
    return NAMED_AFTER.match(passage.text, end) is not None


def _code(place: Place, gazetteer: Gazetteer) -> str | None:
    return next((c.cc for c in gazetteer.countries.values() if c.name == place.country), None)


def entry_place(entry: Entry, gazetteer: Gazetteer, start: int, end: int, text: str) -> Place:
    country = gazetteer.countries.get(entry.cc)
    place = Place(start, end, text, entry.name, entry.lat, entry.lon, entry.geonameid)
    return replace(
        place, country=country.name if country else None,
        iso=country.isonumeric if country else None, admin1=entry.admin1,
        admin2=entry.admin2, feature=entry.feature, parent=entry.parent,
    )  # fmt: skip
