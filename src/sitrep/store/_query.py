"""An `EventQuery` as plain SQL conditions, sort order and keyset cursor, for every backend."""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sitrep.store.contract import REVIEW_STATES, SORTABLE, VIEWS, EventQuery, InvalidQuery

MAX_LIMIT = 10_000
# The conditions each view reads; literal so that the partial indexes apply.
VIEW_CONDITION = {
    "current": "c.shown = 1",
    "reviewed": "c.shown = 1 AND c.review IN ('accepted', 'edited')",
    "machine": "c.machine = 1",
}
_EQUALS = (
    ("country", "country"), ("admin1", "admin1"), ("location", "location"),
    ("type", "event_type"), ("sub_type", "sub_event_type"), ("certainty", "certainty"),
)  # fmt: skip

TextMatch = Callable[[list[str]], tuple[str, Any]]  # words -> (condition with one ?, its value)


@dataclass(frozen=True)
class Plan:
    where: str  # conditions joined with AND, `?` placeholders
    params: tuple[Any, ...]
    column: str  # the sort column
    descending: bool

    @property
    def keys(self) -> tuple[str, ...]:
        """The sort columns: the one asked for, then the date, then the id (the indexes hold
        every filter column followed by date and id, so they serve these orders too)."""
        return tuple(dict.fromkeys((self.column, "event_date", "event_id")))[
            : 1 if self.column == "event_id" else 3
        ]

    @property
    def order(self) -> str:
        way = " DESC" if self.descending else ""
        return ", ".join(f"c.{k}{way}" for k in self.keys)


def plan(query: EventQuery, text_match: TextMatch) -> Plan:
    """The conditions and order of `query`; raises `InvalidQuery` for a value that does not fit."""
    check(query)
    conditions = [VIEW_CONDITION[query.view], "c.is_event = ?"]
    params: list[Any] = [0 if query.mentions else 1]
    for given, column in _EQUALS:
        value = getattr(query, given)
        if value is not None:
            conditions.append(f"c.{column} = ?")
            params.append(value)
    if query.since:
        conditions.append("c.event_date >= ?")
        params.append(query.since)
    if query.until:
        conditions.append("c.event_date <> '' AND c.event_date <= ?")
        params.append(query.until)
    if query.actor:  # a look-up in (actor, coding): cheap even if the planner guesses badly
        conditions.append("c.id IN (SELECT x.coding FROM coding_actors x WHERE x.actor = ?)")
        params.append(query.actor)
    if query.min_fatalities is not None:
        conditions.append("c.fatalities >= ?")
        params.append(query.min_fatalities)
    if query.review:
        if query.view == "machine":  # the machine's rows are unreviewed: ask the latest one
            conditions.append(
                "c.event_id IN (SELECT l.event_id FROM codings l WHERE l.latest = 1"
                " AND l.review = ?)"
            )
        else:
            conditions.append("c.review = ?")
        params.append(query.review)
    if query.bbox:
        west, south, east, north = query.bbox
        conditions.append("c.longitude BETWEEN ? AND ? AND c.latitude BETWEEN ? AND ?")
        params.extend([west, east, south, north])
    if query.document is not None:
        conditions.append("c.event_id IN (SELECT d.event_id FROM events d WHERE d.document = ?)")
        params.append(query.document)
    words = re.findall(r"\w+", (query.q or "").lower())
    if words:
        condition, value = text_match(words)
        conditions.append(condition)
        params.append(value)
    result = Plan("", (), query.sort.removeprefix("-"), query.sort.startswith("-"))
    if query.cursor:
        after = decode_cursor(query.cursor, query.sort, len(result.keys))
        way = "<" if result.descending else ">"
        columns = ", ".join(f"c.{k}" for k in result.keys)
        conditions.append(f"({columns}) {way} ({', '.join('?' * len(after))})")
        params.extend(after)
    return replace(result, where=" AND ".join(conditions), params=tuple(params))


def by_id_lists(query: EventQuery) -> bool:
    """Whether the query's only filters are an actor or words, each a list of row ids: a
    backend whose planner would rather scan a whole index and test each entry against those
    lists (SQLite, for a count or a grouping) should start from the lists instead."""
    if not (query.actor or re.findall(r"\w+", query.q or "")):
        return False
    others = (*(g for g, _ in _EQUALS), "since", "until", "min_fatalities", "review", "bbox",
              "document")  # fmt: skip
    return all(getattr(query, name) is None for name in others)


def narrowed_by_a_column(query: EventQuery) -> bool:
    """Whether an equality filter other than the type's narrows the query: the index on that
    column should then drive a grouping, not an index on the grouped columns (SQLite takes the
    one that saves a sort and checks the filter row by row)."""
    names = ("country", "admin1", "location", "sub_type", "certainty", "review", "document")
    return query.bbox is not None or any(getattr(query, n) is not None for n in names)


def check(query: EventQuery) -> None:
    if query.view not in VIEWS:
        raise InvalidQuery(f"view: {query.view!r} is not one of {', '.join(VIEWS)}")
    if query.sort.removeprefix("-") not in SORTABLE:
        raise InvalidQuery(f"sort: {query.sort!r} is not one of {', '.join(SORTABLE)}")
    if query.review is not None and query.review not in REVIEW_STATES:
        raise InvalidQuery(f"review: {query.review!r} is not one of {', '.join(REVIEW_STATES)}")
    if not 1 <= query.limit <= MAX_LIMIT:
        raise InvalidQuery(f"limit: {query.limit} is not between 1 and {MAX_LIMIT}")
    if query.min_fatalities is not None and query.min_fatalities < 0:
        raise InvalidQuery("min_fatalities: must not be negative")
    for name in ("since", "until"):
        value = getattr(query, name)
        if value is not None:
            try:
                date.fromisoformat(value)
            except (TypeError, ValueError):
                raise InvalidQuery(f"{name}: {value!r} is not an ISO date") from None
    if query.bbox is not None and len(query.bbox) != 4:
        raise InvalidQuery("bbox: four numbers, west, south, east, north")


def encode_cursor(sort: str, values: list[Any]) -> str:
    """An opaque cursor: the sort and the last row's sort key."""
    text = json.dumps([sort, *values], separators=(",", ":"))
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def decode_cursor(cursor: str, sort: str, size: int) -> list[Any]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        given, *values = json.loads(base64.urlsafe_b64decode(padded.encode()))
    except (ValueError, TypeError, binascii.Error):
        raise InvalidQuery("cursor: not a cursor this store gave") from None
    if given != sort:
        raise InvalidQuery("cursor: made for another sort order")
    if len(values) != size or not all(isinstance(v, str | int | float) for v in values):
        raise InvalidQuery("cursor: not a cursor this store gave")
    return list(values)
