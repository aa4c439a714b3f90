"""What the map and the timeline show: event points (or a grid of counts) and daily counts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sitrep.store.contract import EventQuery, Store
from sitrep.web.fields import taxonomy
from sitrep.web.summaries import Summaries, summary_key


def type_class(event_type: str | None) -> str:
    """A CSS class per ACLED type (`t0` to `t5`; `t6` for anything else)."""
    types = taxonomy().types
    return f"t{types.index(event_type)}" if event_type in types else f"t{len(types)}"


FINE_ZOOM = 8  # the cached grid's cells are those of this zoom; coarser views merge them
_ROW = 1 << 32  # a cell's key: row * _ROW + column (columns stay far below 2**32)


def cell_size(zoom: int) -> float:
    """Degrees per grid cell at `zoom`: about 32 pixels on screen."""
    return 360.0 / (2 ** max(0, min(zoom, 18)) * 8)


@dataclass(frozen=True)
class FineGrid:
    """Matching located events counted per cell of `cell_size(FINE_ZOOM)` degrees: cell
    numbers, events, mean position and events per type index, one array row per cell."""

    rows: Any  # numpy arrays, all of one length
    columns: Any
    counts: Any
    latitudes: Any
    longitudes: Any
    kinds: Any  # shape (cells, types + 1)

    @classmethod
    def of(cls, store: Store, query: EventQuery) -> FineGrid:
        import numpy as np

        types = taxonomy().types
        index = {t: i for i, t in enumerate(types)}
        found = store.map_cells(query, cell_size(FINE_ZOOM))  # a row per cell and type
        rows, columns, kinds, counts, lats, lons = zip(*found, strict=True) if found else [()] * 6
        number = np.array(counts, dtype=np.int64)
        keys = np.array(rows, dtype=np.int64) * _ROW + np.array(columns, dtype=np.int64)
        cells, group = np.unique(keys, return_inverse=True)
        total = np.bincount(group, weights=number, minlength=len(cells))
        by_type = np.zeros((len(cells), len(types) + 1), dtype=np.int64)
        kind = np.array([index.get(k, len(types)) for k in kinds], dtype=np.int64)
        np.add.at(by_type, (group, kind), number)
        mean = np.maximum(total, 1)
        return cls(
            rows=cells // _ROW,
            columns=cells % _ROW,
            counts=total.astype(np.int64),
            latitudes=np.bincount(group, np.array(lats) * number, len(cells)) / mean,
            longitudes=np.bincount(group, np.array(lons) * number, len(cells)) / mean,
            kinds=by_type,
        )

    def inside(self, bbox: tuple[float, float, float, float] | None) -> Any:
        """Which cells have their mean position in the view (all of them without one)."""
        import numpy as np

        if bbox is None:
            return np.ones(len(self.counts), dtype=bool)
        west, south, east, north = bbox
        return (
            (self.longitudes >= west)
            & (self.longitudes <= east)
            & (self.latitudes >= south)
            & (self.latitudes <= north)
        )

    def merged(self, inside: Any, zoom: int) -> list[list[Any]]:
        """The cells in view merged into those of `zoom` (at most FINE_ZOOM): `[lat, lon,
        count, counts by type index]`, the position being the events' mean."""
        import numpy as np

        shift = FINE_ZOOM - max(0, min(zoom, FINE_ZOOM))
        counts = self.counts[inside]
        if not len(counts):
            return []
        keys = (self.rows[inside] >> shift) * _ROW + (self.columns[inside] >> shift)
        unique, group = np.unique(keys, return_inverse=True)
        total = np.bincount(group, weights=counts, minlength=len(unique))
        lat = np.bincount(group, weights=self.latitudes[inside] * counts, minlength=len(unique))
        lon = np.bincount(group, weights=self.longitudes[inside] * counts, minlength=len(unique))
        kinds = np.zeros((len(unique), self.kinds.shape[1]), dtype=np.int64)
        np.add.at(kinds, group, self.kinds[inside])
        return [
            [round(float(y / n), 5), round(float(x / n), 5), int(n), [int(k) for k in by_type]]
            for y, x, n, by_type in zip(lat, lon, total, kinds, strict=True)
        ]


def map_data(
    store: Store, query: EventQuery, *, zoom: int, limit: int, summaries: Summaries
) -> dict[str, Any]:
    """Points `[lat, lon, type index, event id]` when the view holds at most `limit` events;
    else a grid of counts for a cell size fitting the zoom, as `[lat, lon, count, counts by
    type index]` (the browser clusters the points itself). The grid comes from the filters'
    fine grid, computed once per store revision whatever the view: panning and zooming out
    cost no query; only views zoomed in past FINE_ZOOM and still crowded ask the store."""
    types = taxonomy().types
    labels = [*types, "Other"]
    base = summary_key(query, bbox=False)
    fine = summaries.get(store, ("grid", base), lambda: FineGrid.of(store, base))
    inside = fine.inside(query.bbox)
    if int(fine.counts[inside].sum()) <= limit:  # about as many as in view: read them
        found = store.points(query, limit=limit + 1)
        if len(found) <= limit:
            index = {t: i for i, t in enumerate(types)}
            points = [
                [round(p.latitude, 5), round(p.longitude, 5),
                 index.get(p.event_type, len(types)), p.event_id]
                for p in found
            ]  # fmt: skip
            return {"types": labels, "points": points, "grid": []}
    if zoom <= FINE_ZOOM:
        return {"types": labels, "points": [], "grid": fine.merged(inside, zoom)}
    return {"types": labels, "points": [], "grid": _store_grid(store, query, zoom)}


def _store_grid(store: Store, query: EventQuery, zoom: int) -> list[list[Any]]:
    """The grid of a view zoomed in past the fine grid, asked of the store (a small area)."""
    cells = _cells(store, query, cell_size(zoom))
    return [[round(c[0] / c[2], 5), round(c[1] / c[2], 5), c[2], c[3]] for c in cells.values()]


def _cells(store: Store, query: EventQuery, size: float) -> dict[tuple[int, int], list[Any]]:
    """The store's cells of `size` degrees, the types of each merged: (row, column) to
    [latitude sum, longitude sum, events, events per type index]."""
    types = taxonomy().types
    index = {t: i for i, t in enumerate(types)}
    cells: dict[tuple[int, int], list[Any]] = {}
    for row, column, kind, count, lat, lon in store.map_cells(query, size):
        cell = cells.setdefault((row, column), [0.0, 0.0, 0, [0] * (len(types) + 1)])
        cell[0] += lat * count
        cell[1] += lon * count
        cell[2] += count
        cell[3][index.get(kind, len(types))] += count
    return cells


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
