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
    """Points `[lat, lon, type index, event id]` for the view; beyond `limit` points, cells of
    a grid sized to the zoom `[lat, lon, count, counts by type index]` instead."""
    types = taxonomy().types
    index = {t: i for i, t in enumerate(types)}
    points: list[list[Any]] = []
    cells: dict[tuple[int, int], list[Any]] = {}
    size = 360.0 / (2 ** max(0, min(zoom, 18)) * 8)  # about 32 px per cell on screen
    for event_id, lat, lon, event_type in store.points(query):
        kind = index.get(event_type, len(types))
        if cells or len(points) >= limit:
            if not cells:  # switch to the grid: move the points gathered so far into it
                for p in points:
                    _add(cells, size, p[0], p[1], p[2], len(types))
                points = []
            _add(cells, size, lat, lon, kind, len(types))
        else:
            points.append([round(lat, 5), round(lon, 5), kind, event_id])
    grid = [[round(c[0] / c[2], 5), round(c[1] / c[2], 5), c[2], c[3]] for c in cells.values()]
    return {"types": [*types, "Other"], "points": points, "grid": grid}


def _add(cells: dict[tuple[int, int], list[Any]], size: float, lat: float, lon: float,
         kind: int, kinds: int) -> None:  # fmt: skip
    key = (int(lat // size), int(lon // size))
    cell = cells.get(key)
    if cell is None:
        cell = cells[key] = [0.0, 0.0, 0, [0] * (kinds + 1)]
    cell[0] += lat
    cell[1] += lon
    cell[2] += 1
    cell[3][kind] += 1


@dataclass(frozen=True)
class Bar:
    x: int
    y: float
    height: float
    css: str
    label: str  # "2025-02-03: 2 Battles"


@dataclass(frozen=True)
class Timeline:
    bars: tuple[Bar, ...]
    days: int  # width in days
    top: int  # the largest daily total
    first: str | None
    last: str | None

    @property
    def empty(self) -> bool:
        return not self.bars


HEIGHT = 100.0


def timeline(rows: Iterable[tuple[str, str, int]]) -> Timeline:
    """Stacked daily bars from `(date, type, count)` rows: one unit of width per day."""
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
    bars: list[Bar] = []
    for date, counts in sorted(by_day.items()):
        base = HEIGHT
        for event_type, count in sorted(counts, key=lambda c: type_class(c[0])):
            height = HEIGHT * count / top
            base -= height
            label = f"{date.isoformat()}: {count} {event_type or 'untyped'}"
            bars.append(Bar((date - first).days, base, height, type_class(event_type), label))
    return Timeline(tuple(bars), (last - first).days + 1, top, first.isoformat(), last.isoformat())
