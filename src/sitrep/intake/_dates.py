"""Finds calendar dates written out in a line ("December 13, 2016", "13 Dec 2016", ISO)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # `_rules` compiles the patterns below when it loads
    from sitrep.intake._rules import Rules


@dataclass(frozen=True)
class FoundDate:
    iso: str
    start: int
    end: int


def _month_alternation(months: Mapping[str, int]) -> str:
    names = sorted(months, key=len, reverse=True)
    return "|".join(re.escape(n) for n in names)


def date_patterns(months: Mapping[str, int]) -> tuple[re.Pattern[str], ...]:
    """Month-first, day-first and ISO patterns; the weekday before a date is allowed."""
    month = rf"(?P<month>{_month_alternation(months)})\.?"
    day = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    year = r"(?P<year>(?:19|20)\d{2})"
    return (  # "Dec 132016": a scraper glued the year on; the day is still one or two digits
        re.compile(rf"\b{month}\s+{day},?\s*{year}\b", re.IGNORECASE),
        re.compile(rf"\b{day}\s+(?:of\s+)?{month},?\s+{year}\b", re.IGNORECASE),
        re.compile(rf"\b{year}[-/](?P<month_n>\d{{2}})[-/](?P<day>\d{{2}})(?!\d)"),
    )


def numeric_date(text: str) -> str | None:
    """A day-first numeric date ("13.12.2016", "13/12/2016", "13-12-2016"); month-first only
    if it must be.

    Only for stamp lines: in running text such numbers are too ambiguous to trust.
    """
    match = re.search(r"(?<!\d)(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d{2})(?!\d)", text)
    if not match:
        return None
    first, second, year = int(match[1]), int(match[3]), int(match[4])
    day, month = (second, first) if second > 12 else (first, second)
    return make_iso(year, month, day)


def find_dates(text: str, rules: Rules) -> list[FoundDate]:
    """Every full date (with a year) in `text`, in reading order, without overlaps."""
    found: list[FoundDate] = []
    for pattern in rules.date_patterns:
        for match in pattern.finditer(text):
            iso = _iso(match, rules)
            if iso and not any(f.start < match.end() and match.start() < f.end for f in found):
                found.append(FoundDate(iso, match.start(), match.end()))
    return sorted(found, key=lambda f: f.start)


def _iso(match: re.Match[str], rules: Rules) -> str | None:
    groups = match.groupdict()
    if groups.get("month"):
        month = rules.months.get(groups["month"].lower().rstrip("."))
    else:
        month = int(groups["month_n"])
    return make_iso(int(groups["year"]), month, int(groups["day"]))


def make_iso(year: int, month: int | None, day: int) -> str | None:
    if month is None:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def month_day_pattern(months: Mapping[str, int]) -> re.Pattern[str]:
    """A month name with a day before or after it (or neither: `month_day` checks)."""
    month = rf"(?P<month>{_month_alternation(months)})\.?"
    return re.compile(rf"(?:(?P<d1>\d{{1,2}})\s+)?{month}(?:\s+(?P<d2>\d{{1,2}}))?", re.IGNORECASE)


def month_day(text: str, rules: Rules) -> tuple[int, int] | None:
    """(month, day) of a year-less date such as "March 3" or "3 March"."""
    match = rules.month_day_pattern.search(text)
    if not match or not (match["d1"] or match["d2"]):
        return None
    month = rules.months.get(match["month"].lower())
    return (month, int(match["d1"] or match["d2"])) if month else None
