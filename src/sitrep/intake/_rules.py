"""Loads the cleaning patterns of `data/boilerplate.toml` into one immutable object."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from sitrep.intake._dates import date_patterns, month_day_pattern

DEFAULT_RULES = "boilerplate.toml"


@dataclass(frozen=True)
class Pattern:
    id: str
    kind: str
    regex: re.Pattern[str]
    max_words: int = 0
    clauses: bool = False  # a byline whose names sit in "reporting by X; writing by Y" clauses


@dataclass(frozen=True)
class Rules:
    """Every pattern the scraped-text cleaner uses, compiled once and passed in."""

    line: tuple[Pattern, ...]
    contains: tuple[Pattern, ...]
    related: tuple[Pattern, ...]
    tags: tuple[Pattern, ...]
    byline: tuple[Pattern, ...]
    stamp: tuple[Pattern, ...]
    timestamp: tuple[Pattern, ...]
    credit: tuple[Pattern, ...]
    caption_prefix: tuple[Pattern, ...]
    credit_line: tuple[Pattern, ...]
    dateline: Pattern
    agencies: dict[str, str]  # lower-case spelling -> canonical name
    months: dict[str, int]  # lower-case month name or abbreviation -> 1..12
    weekdays: tuple[str, ...]
    time_words: frozenset[str]  # "gmt", "am": words a date stamp may carry
    organisation_words: frozenset[str] = frozenset()  # credits naming an organisation
    name_particles: frozenset[str] = frozenset()  # "al", "van": lower-case parts of names
    name_stopwords: frozenset[str] = frozenset()  # words no personal name contains
    title_sections: frozenset[str] = frozenset()  # section names a page title may carry
    # compiled from `months` once, not per line
    date_patterns: tuple[re.Pattern[str], ...] = field(init=False)
    month_day_pattern: re.Pattern[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "date_patterns", date_patterns(self.months))
        object.__setattr__(self, "month_day_pattern", month_day_pattern(self.months))


def load_rules(path: Path | None = None) -> Rules:
    """Read the pattern file (the packaged one unless `path` is given)."""
    if path is None:
        text = (resources.files("sitrep") / "data" / DEFAULT_RULES).read_text("utf-8")
    else:
        text = path.read_text("utf-8")
    data = tomllib.loads(text)
    return Rules(
        line=_patterns(data, "line", whole=True),
        contains=_patterns(data, "contains", flags=re.IGNORECASE),
        related=_patterns(data, "related", whole=True),
        tags=_patterns(data, "tags", whole=True),
        byline=_patterns(data, "byline", whole=True),
        stamp=_patterns(data, "stamp", flags=re.IGNORECASE),
        timestamp=_patterns(data, "timestamp", whole=True),
        credit=_patterns(data, "credit", flags=0),
        caption_prefix=_patterns(data, "caption_prefix"),
        credit_line=_patterns(data, "credit_line", whole=True),
        dateline=_pattern(data["dateline"], "dateline", 0, whole=False),
        agencies=_agencies(data["agencies"]),
        months=_months(data["dates"]["months"]),
        weekdays=tuple(data["dates"]["weekdays"]),
        time_words=frozenset(data["dates"]["time_words"]),
        organisation_words=frozenset(data.get("credit_organisations", {}).get("words", [])),
        name_particles=frozenset(data["names"]["particles"]),
        name_stopwords=frozenset(data["names"]["stopwords"]),
        title_sections=frozenset(s.lower() for s in data.get("titles", {}).get("sections", [])),
    )


def _patterns(
    data: dict[str, Any], section: str, *, whole: bool = False, flags: int = re.IGNORECASE
) -> tuple[Pattern, ...]:
    return tuple(_pattern(item, section, flags, whole=whole) for item in data.get(section, []))


def _pattern(item: dict[str, Any], section: str, flags: int, *, whole: bool) -> Pattern:
    source = f"(?:{item['regex']})\\Z" if whole else item["regex"]
    return Pattern(
        id=item["id"],
        kind=item.get("kind", section),
        regex=re.compile(source, flags),
        max_words=int(item.get("max_words", 0)),
        clauses=bool(item.get("clauses", False)),
    )


def _agencies(table: dict[str, list[str]]) -> dict[str, str]:
    return {alias.lower(): name for name, aliases in table.items() for alias in [name, *aliases]}


def _months(names: list[list[str]]) -> dict[str, int]:
    return {name: number for number, group in enumerate(names, start=1) for name in group}
