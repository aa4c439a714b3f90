"""What the map and the timeline show: event points (or a grid of counts) and daily counts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sitrep.store.contract import EventQuery, Store
from sitrep.web.fields import taxonomy


def type_class(event_type: str | None) -> str:
    """A CSS class per ACLED type (`t0` to `t5`; `t6` for anything else)."""
    types = taxonomy().types
    return f"t{types.index(event_type)}" if event_type in types else f"t{len(types)}"


def map_data(store: Store, query: EventQuery, *, zoom: int, limit: int) -> dict[str, Any]:
    """Points `[lat, lon, type index, event id]` when the view holds at most `limit` events;
    else the store's grid of counts for a cell size fitting the zoom, as
    `[lat, lon, count, counts by type index]` (the browser clusters the points itself)."""
    types = taxonomy().types
    index = {t: i for i, t in enumerate(types)}
    if store.count_events(query) <= limit:
        points = [
            [
                round(p.latitude, 5),
                round(p.longitude, 5),
                index.get(p.event_type, len(types)),
                p.event_id,
            ]
            for p in store.points(query, limit=limit)
        ]
        return {"types": [*types, "Other"], "points": points, "grid": []}
    size = 360.0 / (2 ** max(0, min(zoom, 18)) * 8)  # about 32 pixels a cell on screen
    cells: dict[tuple[int, int], list[Any]] = {}
    for row, column, kind, count, lat, lon in store.map_cells(query, size):
        cell = cells.setdefault((row, column), [0.0, 0.0, 0, [0] * (len(types) + 1)])
        cell[0] += lat * count
        cell[1] += lon * count
        cell[2] += count
        cell[3][index.get(kind, len(types))] += count
    grid = [[round(c[0] / c[2], 5), round(c[1] / c[2], 5), c[2], c[3]] for c in cells.values()]
    return {"types": [*types, "Other"], "points": [], "grid": grid}


@dataclass(frozen=True)
class Layer:
    css: str  # the type's colour class
    label: str  # "Battles: 120 events"
    path: str  # SVG path data: one rectangle per day, stacked under the types before it


@dataclass(frozen=True)
class Timeline:
    layers: tuple[Layer, ...]
    days: int  # width in days
    top: int  # the largest daily total
    first: str | None
    last: str | None

    @property
    def empty(self) -> bool:
        return not self.layers


HEIGHT = 100.0


def timeline(rows: Iterable[tuple[str, str, int]]) -> Timeline:
    """Daily counts stacked by type, one SVG path per type (a page of thousands of days stays
    small); one unit of width per day, 100 units of height for the busiest day."""
    by_day: dict[dt.date, list[tuple[str, int]]] = {}
    for day, event_type, count in rows:
        try:
            date = dt.date.fromisoformat(day)
        except (TypeError, ValueError):
            continue
        by_day.setdefault(date, []).append((event_type, count))
    if not by_day:
        return Timeline((), 0, 0, None, None)
    first, last = min(by_day), max(by_day)
    top = max(sum(n for _, n in v) for v in by_day.values())
    paths: dict[str, list[str]] = {}
    totals: dict[str, int] = {}
    names: dict[str, str] = {}
    for date, counts in by_day.items():
        base, x = HEIGHT, (date - first).days
        for event_type, count in sorted(counts, key=lambda c: type_class(c[0])):
            css, height = type_class(event_type), HEIGHT * count / top
            base = max(base - height, 0.0)  # no -0.00 from rounding at the top
            paths.setdefault(css, []).append(f"M{x} {base:.2f}h0.9v{height:.2f}h-0.9z")
            totals[css] = totals.get(css, 0) + count
            names.setdefault(css, event_type or "untyped")
    layers = tuple(
        Layer(
            css,
            f"{names[css]}: {totals[css]:,} event{'' if totals[css] == 1 else 's'}",
            "".join(paths[css]),
        )  # fmt: skip
        for css in sorted(paths)
    )
    return Timeline(layers, (last - first).days + 1, top, first.isoformat(), last.isoformat())
