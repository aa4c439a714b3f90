"""The records that cross every stage boundary, and nothing else.

All offsets (`start`, `end`) in records that leave a stage are character offsets into
`Article.original`, the decoded text of the capture, so `original[start:end] == text`.
Stages that work on cleaned text (a `Passage`) map their offsets back with `Passage.offsets`.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, fields, is_dataclass
from enum import StrEnum
from operator import itemgetter
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from _typeshed import DataclassInstance


@dataclass(frozen=True)
class OffsetMap:
    """Maps character positions in a cleaned text back to the original capture text.

    `segments` holds `(clean_start, original_start, length)` runs, sorted by `clean_start`;
    inside a run, clean and original characters correspond one to one. Characters that the
    cleaner inserted (paragraph joins) belong to no run and map to the end of the run before.
    """

    segments: tuple[tuple[int, int, int], ...]

    @classmethod
    def identity(cls, length: int, offset: int = 0) -> OffsetMap:
        return cls(((0, offset, length),) if length else ())

    def position(self, clean: int) -> int:
        """Original position of clean character `clean` (or of the gap it sits in)."""
        if not self.segments:
            return clean
        i = max(bisect.bisect_right(self.segments, clean, key=itemgetter(0)) - 1, 0)
        cstart, ostart, length = self.segments[i]
        return ostart + min(max(clean - cstart, 0), length)

    def clean_end(self, original: int) -> int | None:
        """The clean position of an original end position (a span's exclusive end), or None
        when the character before it is none the cleaner kept."""
        for cstart, ostart, length in self.segments:
            if ostart < original <= ostart + length:
                return cstart + original - ostart
        return None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original `(start, end)` of the clean span `[start, end)`."""
        if end <= start:
            pos = self.position(start)
            return pos, pos
        return self.position(start), self.position(end - 1) + 1


class PassageKind(StrEnum):
    TITLE = "title"
    STANDFIRST = "standfirst"
    BODY = "body"
    CAPTION = "caption"


@dataclass(frozen=True)
class Passage:
    """A piece of cleaned text to analyse, with its way back to the original."""

    kind: PassageKind
    text: str
    offsets: OffsetMap
    date: str | None = None  # ISO date the passage itself carries (a caption's date)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self.offsets.span(start, end)


@dataclass(frozen=True)
class Caption:
    text: str  # the caption without its credit
    credit: str | None  # "STRINGER/AFP"
    agency: str | None  # "AFP"
    photographer: str | None  # "STRINGER"
    date: str | None  # ISO date named in the caption
    start: int  # span of `text` in the original
    end: int


@dataclass(frozen=True)
class Link:
    """A related-article link or other headline that is not part of the story."""

    title: str
    start: int
    end: int


@dataclass(frozen=True)
class Removed:
    """A stretch of the original that cleaning set aside, and why."""

    kind: str  # "boilerplate", "byline", "caption-repeat", "related", "tags", ...
    start: int
    end: int
    rule: str = ""  # the pattern id from data/boilerplate.toml that matched


@dataclass(frozen=True)
class Article:
    id: str
    original: str  # decoded capture; every evidence offset points into it
    sha256: str  # of the raw bytes
    body: str
    body_offsets: OffsetMap
    title: str | None = None
    title_span: tuple[int, int] | None = None
    standfirst: str | None = None
    standfirst_span: tuple[int, int] | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None  # ISO date
    published_inferred: bool = False
    published_reason: str = ""
    dateline: str | None = None  # place named in a "CITY (Agency) -" dateline
    agency: str | None = None  # agency named in the dateline
    captions: tuple[Caption, ...] = ()
    related: tuple[Link, ...] = ()
    tags: tuple[str, ...] = ()
    removed: tuple[Removed, ...] = ()
    url: str | None = None
    format: str = "text"  # "text" | "html"
    encoding: str = "utf-8"
    outlet: str | None = None  # the site that published it ("The Daily X"), never in `title`

    def passages(self) -> tuple[Passage, ...]:
        """The texts to analyse: title, standfirst, body, then each caption."""
        out: list[Passage] = []
        if self.title and self.title_span:
            out.append(_contiguous(PassageKind.TITLE, self.title, self.title_span[0]))
        if self.standfirst and self.standfirst_span:
            out.append(
                _contiguous(PassageKind.STANDFIRST, self.standfirst, self.standfirst_span[0])
            )
        if self.body:
            out.append(Passage(PassageKind.BODY, self.body, self.body_offsets))
        for cap in self.captions:
            out.append(_contiguous(PassageKind.CAPTION, cap.text, cap.start, cap.date))
        return tuple(out)


def _contiguous(kind: PassageKind, text: str, start: int, date: str | None = None) -> Passage:
    return Passage(kind, text, OffsetMap.identity(len(text), start), date)


@dataclass(frozen=True)
class Evidence:
    """The words of the original behind one field."""

    field: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Place:
    """A place mention, resolved. Offsets point into the original."""

    start: int
    end: int
    text: str
    name: str
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None
    country: str | None = None
    iso: int | None = None  # ISO 3166-1 numeric, as ACLED's `iso` column
    admin1: str | None = None
    admin2: str | None = None
    feature: str | None = None  # GeoNames feature code: PPL, PPLA, ADM1, PCLI, PPLX, RGN, ...
    geo_precision: int = 1  # ACLED: 1 town/district, 2 near it or part of a region, 3 region
    parent: str | None = None  # city of a district ("Aleppo" for al-Salihin)
    # a region's capital: ACLED puts an event known only to lie in a region there
    seat_latitude: float | None = None
    seat_longitude: float | None = None
    # a country's abbreviation before a noun ("U.S. embassy"): a toponym, but it says whose
    # the thing is, not where anything happens (no event's setting, no vote for the story)
    modifier: bool = False


class TimePrecision:
    DAY = 1
    WEEK = 2
    MONTH = 3


@dataclass(frozen=True)
class TimeExpr:
    """A temporal expression, resolved against the document's anchor date."""

    start: int
    end: int
    text: str
    date: str  # ISO date the expression stands for (middle of a week, 15th of a month)
    precision: int  # ACLED time_precision: 1 day, 2 week/few days, 3 month
    first: str | None = None  # for ranges and durations: first ISO day
    last: str | None = None  # and last ISO day
    kind: str = "date"  # "date" | "range" | "duration" | "relative" | "year"


class Factuality(StrEnum):
    HAPPENED = "happened"
    ONGOING = "ongoing"
    FUTURE = "future"
    HYPOTHETICAL = "hypothetical"
    NEGATED = "negated"
    HISTORICAL = "historical"
    DISPUTED = "disputed"

    @property
    def is_event(self) -> bool:
        return self in (Factuality.HAPPENED, Factuality.ONGOING)


class Certainty(StrEnum):
    ASSERTED = "asserted"
    ATTRIBUTED = "attributed"
    DISPUTED = "disputed"


@dataclass(frozen=True)
class Event:
    """One ACLED-style event (or, with a non-event factuality, a mention kept apart)."""

    event_date: str | None = None
    time_precision: int | None = None
    event_type: str = ""
    sub_event_type: str = ""
    actor1: str | None = None
    assoc_actor_1: str | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    civilian_targeting: bool = False
    country: str | None = None
    iso: int | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    fatalities: int = 0
    notes: str = ""
    source: str | None = None
    geonameid: int | None = None
    certainty: Certainty = Certainty.ASSERTED
    factuality: Factuality = Factuality.HAPPENED
    evidence: tuple[Evidence, ...] = ()
    article_id: str = ""
    event_id: str = ""

    @property
    def is_event(self) -> bool:
        return self.factuality.is_event


@dataclass(frozen=True)
class Extraction:
    """What sitrep makes of one article."""

    article: Article
    events: tuple[Event, ...] = ()
    mentions: tuple[Event, ...] = ()  # future, hypothetical, negated, historical, disputed
    places: tuple[Place, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    anchor: str | None = None  # the document date every relative time was resolved against


@dataclass(frozen=True)
class Copy:
    """A document that republishes an earlier one (a wire copy): not coded on its own, it is
    another source of the original's report."""

    document: str  # the copy's key
    original: str  # the key of the first copy seen, which was coded
    resemblance: float  # estimated share of the shorter body found in the other (0-1)


@dataclass(frozen=True)
class Failure:
    """A document that could not be coded or stored: where it came from and why, in one line.

    A plain value (never an exception object), so it crosses process boundaries intact.
    """

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def as_dict(record: DataclassInstance, skip: Iterable[str] = ()) -> dict[str, Any]:
    """A record as plain JSON-ready data (enums as strings, tuples as lists)."""
    skipped = set(skip)
    return {
        f.name: _plain(getattr(record, f.name)) for f in fields(record) if f.name not in skipped
    }


def _plain(value: object) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return as_dict(value)
    if isinstance(value, StrEnum):
        return str(value)
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


__all__ = [
    "Article",
    "Caption",
    "Certainty",
    "Event",
    "Evidence",
    "Extraction",
    "Factuality",
    "Copy",
    "Failure",
    "Link",
    "OffsetMap",
    "Passage",
    "PassageKind",
    "Place",
    "Removed",
    "TimeExpr",
    "TimePrecision",
    "as_dict",
]
