"""Publication dates handed over with a document, parsed in one place for every entry point.

`sitrep.extract(published=...)`, a JSONL line's "published", a feed item's date and an HTML
page's metadata all come here: RFC 2822 ("Wed, 06 Mar 2024 10:00:00 GMT"), ISO 8601 with or
without a time and zone, and the common written forms ("6 March 2024", "March 6, 2024",
"06.03.2024", "2024/03/06"). The result is the ISO day as the document states it (a time zone
does not move the day). Anything else, or an impossible date, raises `DateError`, whose message
names the field, so a batch can report it in one line.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

FIRST_YEAR, LAST_YEAR = 1900, 2100  # a publication date outside these is a typing error
_ISO_LIKE = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?=$|[T\s])")
_NUMERIC = re.compile(r"\s*(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})\s*$")
_RFC_2822 = re.compile(r"\s*(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d")


class DateError(ValueError):
    """A date that cannot be read, or cannot be; the message names the field."""


def parse_published(value: object, field: str = "published") -> str | None:
    """The ISO day of a given publication date; None when none is given (None or blank)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise DateError(f'"{field}" must be a string, not {_type_name(value)}')
    day = _read(value.strip())
    if day is None:
        raise DateError(f'"{field}" is not a date: {_shown(value)}')
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise DateError(f'"{field}" is out of range: {_shown(value)}')
    return day.isoformat()


def _read(text: str) -> date | None:
    iso = _ISO_LIKE.match(text)
    if iso:  # looks ISO: it must be a real ISO date, never re-read another way
        return _iso(text, iso)
    if _RFC_2822.match(text):
        when = http_date(text)
        return when.date() if when else None
    numeric = _NUMERIC.match(text)
    if numeric:
        return _numeric(numeric)
    return _written(text)


def _iso(text: str, match: re.Match[str]) -> date | None:
    try:
        day = date(*(int(g) for g in match.groups()))
    except ValueError:
        return None  # "9999-99-99", "2024-02-30"
    rest = text[match.end() :].strip()
    if rest:
        try:
            datetime.fromisoformat(text.replace(" ", "T", 1) if "T" not in text else text)
        except ValueError:
            return None  # a time that is no time ("2024-03-06T25:99")
    return day


def _numeric(match: re.Match[str]) -> date | None:
    """ "06.03.2024" (day first, as most of the world writes it), "2024/03/06" (year first);
    month first only where the day-first reading is impossible ("03/26/2024")."""
    a, _, b, c = match.groups()
    first, second, third = int(a), int(b), int(c)
    if len(a) == 4:
        parts = [(first, second, third)]
    elif len(c) == 4:
        parts = [(third, second, first), (third, first, second)]
    else:
        return None  # two-digit years are too ambiguous to guess
    for year, month, day in parts:
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return None


def _written(text: str) -> date | None:
    """ "6 March 2024", "March 6, 2024", "Wednesday, 6 March 2024 10:00"."""
    import dateparser  # slow to import: only for the written-out forms

    if not re.search(r"\d{4}", text):
        return None  # no year: not a publication date
    settings = {"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"}
    parsed = dateparser.parse(text, languages=["en"], settings=settings)  # type: ignore[arg-type]
    return parsed.date() if parsed else None


def _type_name(value: object) -> str:
    names = {bool: "true/false", int: "a number", float: "a number", list: "a list"}
    return names.get(type(value), "an object" if isinstance(value, dict) else type(value).__name__)


def _shown(value: str) -> str:
    short = value if len(value) <= 40 else value[:37] + "..."
    return repr(short)


def http_date(text: str) -> datetime | None:
    """An RFC 2822 (HTTP, RSS) date, or None when it is none: out-of-range fields, or a number
    too big for any clock ("10**40 hours"), are no date rather than an exception."""
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
