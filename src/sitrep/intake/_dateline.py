"""Wire datelines: "KHARTOUM, March 3 (Reuters) -" at the start of a story."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.intake._dates import make_iso, month_day
from sitrep.intake._rules import Rules


@dataclass(frozen=True)
class Dateline:
    """What a dateline says: the place ("Goma, Congo"), the agency and the date."""

    place: str | None = None
    agency: str | None = None
    month_day: tuple[int, int] | None = None
    iso: str | None = None


def find_dateline(first_paragraph: str, rules: Rules) -> Dateline:
    """ "KHARTOUM, March 3 (Reuters) -" -> place, agency and the (year-less) date."""
    match = _dateline_match(first_paragraph, rules)
    if not match:
        return Dateline()
    place = match["place"].strip()
    if place.isupper():
        place = place.title()
    if match["region"]:
        place = f"{place}, {match['region'].strip()}"
    agency = match["agency"]
    date_text = match["date"] or ""
    day = month_day(date_text, rules) if date_text else None
    return Dateline(
        place=place,
        agency=rules.agencies.get(agency.lower(), agency) if agency else None,
        month_day=day,
        iso=_dateline_iso(date_text, day),
    )


def _dateline_iso(date_text: str, day: tuple[int, int] | None) -> str | None:
    """The full date of "3 March 2025", "March 3, 2025" or "3 JAN 90" (two-digit year)."""
    numbers = re.findall(r"\d+", date_text)
    if day is None or len(numbers) != 2:
        return None
    year = int(numbers[1])
    if year < 100:
        year += 1900 if year >= 50 else 2000
    return make_iso(year, *day)


def is_dateline(paragraph: str, rules: Rules) -> bool:
    """True if `paragraph` opens with a wire dateline."""
    return _dateline_match(paragraph, rules) is not None


def _dateline_match(paragraph: str, rules: Rules) -> re.Match[str] | None:
    match = rules.dateline.regex.match(paragraph)
    return match if match and _plausible_dateline(match, rules) else None


def _plausible_dateline(match: re.Match[str], rules: Rules) -> bool:
    place = match["place"].strip()
    letters = [c for c in place if c.isalpha()]
    shouting = len(letters) >= 3 and all(c.isupper() for c in letters)
    known_agency = bool(match["agency"]) and match["agency"].lower() in rules.agencies
    if match["dash"] == ":":
        return shouting and bool(match["agency"] or match["date"])
    return shouting or known_agency or bool(match["date"] and match["agency"])
