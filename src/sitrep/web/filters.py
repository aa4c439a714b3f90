"""Query-string filters of the table, the map and the exports, checked into an `EventQuery`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import replace
from typing import Any
from urllib.parse import urlencode

from sitrep.model import Certainty
from sitrep.store import contract
from sitrep.store.contract import EventQuery

FILTERS = (
    "since", "until", "country", "admin1", "actor", "type", "sub_type", "min_fatalities",
    "certainty", "review", "q",
)  # fmt: skip
SORTABLE: tuple[str, ...] = contract.SORTABLE
REVIEW_STATES: tuple[str, ...] = contract.REVIEW_STATES
VIEWS: tuple[str, ...] = contract.VIEWS
CERTAINTIES = tuple(str(c) for c in Certainty)
MAX_LIMIT = 1000
MAX_TEXT = 200


class BadFilter(ValueError):
    """A filter value that cannot be used: names the parameter and the reason."""


def parse_filters(params: Mapping[str, str], *, default_limit: int = 50) -> EventQuery:
    """An `EventQuery` from query-string values; blank values mean "no filter"."""
    value = {k: params[k].strip() for k in params if params[k].strip()}
    for name, text in value.items():
        if len(text) > MAX_TEXT:
            raise BadFilter(f"{name}: at most {MAX_TEXT} characters")
    query = EventQuery(
        since=_date(value, "since"),
        until=_date(value, "until"),
        country=value.get("country"),
        admin1=value.get("admin1"),
        actor=value.get("actor"),
        type=value.get("type"),
        sub_type=value.get("sub_type"),
        min_fatalities=_count(value, "min_fatalities"),
        certainty=_choice(value, "certainty", CERTAINTIES),
        review=_choice(value, "review", REVIEW_STATES),  # type: ignore[arg-type]
        q=value.get("q"),
        bbox=_bbox(value.get("bbox")),
        view=_choice(value, "view", VIEWS) or "current",  # type: ignore[arg-type]
        sort=_sort(value.get("sort", "event_date")),
        limit=_limit(value.get("limit"), default_limit),
        cursor=value.get("cursor"),
    )
    return query


def _date(value: Mapping[str, str], name: str) -> str | None:
    text = value.get(name)
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise BadFilter(f"{name}: not a date (YYYY-MM-DD): {text!r}") from None


def _count(value: Mapping[str, str], name: str) -> int | None:
    text = value.get(name)
    if text is None:
        return None
    if not text.isdigit() or len(text) > 9:
        raise BadFilter(f"{name}: not a whole number: {text!r}")
    return int(text)


def _choice(value: Mapping[str, str], name: str, allowed: tuple[str, ...]) -> Any:
    text = value.get(name)
    if text is not None and text not in allowed:
        raise BadFilter(f"{name}: one of {', '.join(allowed)}")
    return text


def _sort(text: str) -> str:
    if text.lstrip("-") not in SORTABLE:
        raise BadFilter(f"sort: one of {', '.join(SORTABLE)} (with - for descending)")
    return text


def _limit(text: str | None, default: int) -> int:
    if text is None:
        return default
    if not text.isdigit() or not 1 <= int(text) <= MAX_LIMIT:
        raise BadFilter(f"limit: a number from 1 to {MAX_LIMIT}")
    return int(text)


def _bbox(text: str | None) -> tuple[float, float, float, float] | None:
    if text is None:
        return None
    try:
        west, south, east, north = (float(p) for p in text.split(","))
    except ValueError:
        raise BadFilter("bbox: west,south,east,north in degrees") from None
    if not (-90 <= south <= north <= 90 and all(-540 <= x <= 540 for x in (west, east))):
        raise BadFilter("bbox: west,south,east,north in degrees")
    return west, south, east, north


def query_string(query: EventQuery, **override: object) -> str:
    """The query string of `query` (with `override`), for links and the next page."""
    data = replace(query, **override)  # type: ignore[arg-type]
    pairs: list[tuple[str, str]] = []
    defaults = {"view": "current", "sort": "event_date"}
    for name in (*FILTERS, "sort", "view", "cursor"):
        item = getattr(data, name)
        if item is not None and item != "" and item != defaults.get(name):
            pairs.append((name, str(item)))
    if data.bbox:
        pairs.append(("bbox", ",".join(f"{x:.4f}" for x in data.bbox)))
    return urlencode(pairs)
