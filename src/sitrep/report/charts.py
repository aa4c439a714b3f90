"""The report's pictures, drawn offline with matplotlib: a map of the period's events over
country outlines (from the countryinfo package's data), and events and fatalities per day."""

from __future__ import annotations

import functools
import io
import math
import threading
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

from sitrep.report.gather import Report

# One colour per ACLED event type, told apart also in grey print.
COLOURS = {
    "Battles": "#c0392b",
    "Explosions/Remote violence": "#e67e22",
    "Violence against civilians": "#8e44ad",
    "Protests": "#2980b9",
    "Riots": "#16a085",
    "Strategic developments": "#7f8c8d",
}
OTHER = "#34495e"
_LOADING = threading.Lock()


def _load() -> None:
    """Import matplotlib's parts under a lock: two threads importing them for the first time
    at once (the app's map and chart requests) trip on matplotlib's circular imports."""
    with _LOADING:
        import matplotlib.backends.backend_agg
        import matplotlib.collections
        import matplotlib.dates
        import matplotlib.figure
        import matplotlib.ticker  # noqa: F401


def _figure(width: float, height: float, dpi: int) -> Any:
    """A figure of its own, outside pyplot's global list of figures: the app draws reports in
    several worker threads at once, and pyplot is not thread-safe. Nothing opens a window."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), dpi=dpi)
    FigureCanvasAgg(figure)  # draws to memory only
    return figure


@functools.cache
def outlines() -> tuple[tuple[str, tuple[tuple[tuple[float, float], ...], ...]], ...]:
    """Every country's outer rings as (name, rings of (lon, lat)), read once."""
    from countryinfo import all_countries

    found = []
    for country in all_countries():
        try:
            shape = country.geo_json()
        except Exception:  # noqa: BLE001 (a country without an outline is left out)
            continue
        rings = tuple(_rings(shape))
        if rings:
            found.append((str(country.name()), rings))
    return tuple(found)


def _rings(shape: dict[str, Any]) -> Iterator[tuple[tuple[float, float], ...]]:
    for feature in shape.get("features", []):
        geometry = feature.get("geometry") or {}
        polygons = geometry.get("coordinates") or []
        if geometry.get("type") == "Polygon":
            polygons = [polygons]
        for polygon in polygons:
            if polygon:
                yield tuple((float(x), float(y)) for x, y, *_ in polygon[0])


def extent(points: Sequence[tuple[float, float]]) -> tuple[float, float, float, float]:
    """(west, east, south, north) around the points, padded; a sensible view of one point."""
    if not points:
        return (-20.0, 60.0, -35.0, 40.0)  # Africa and the Middle East, where most events are
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    pad_x = max(2.0, (max(lons) - min(lons)) * 0.15)
    pad_y = max(2.0, (max(lats) - min(lats)) * 0.15)
    west, east = max(-180.0, min(lons) - pad_x), min(180.0, max(lons) + pad_x)
    south, north = max(-85.0, min(lats) - pad_y), min(85.0, max(lats) + pad_y)
    return west, east, south, north


def map_png(report: Report, *, dpi: int = 110) -> bytes:
    """The period's events over country outlines; size by fatalities, colour by type."""
    _load()
    from matplotlib.collections import PolyCollection

    located = [r.event for r in report.events if r.event.latitude is not None]
    points = [(float(e.longitude), float(e.latitude)) for e in located]  # type: ignore[arg-type]
    west, east, south, north = extent(points)
    figure = _figure(8, 6, dpi)
    axes = figure.subplots()
    axes.set_facecolor("#dfe9f3")
    shown = [ring for ring, box in _boxed() if _overlaps(box, (west, east, south, north))]
    # one collection for every outline: drawn in one pass, many times faster than patches
    axes.add_collection(PolyCollection(shown, closed=True, facecolors="#f4f1ea",
                                       edgecolors="#8a8a8a", linewidths=0.6, zorder=1))  # fmt: skip
    for kind in sorted({e.event_type for e in located}):
        mine = [e for e in located if e.event_type == kind]
        axes.scatter(
            [e.longitude for e in mine], [e.latitude for e in mine],
            s=[24 + 14 * math.sqrt(e.fatalities) for e in mine],
            c=COLOURS.get(kind, OTHER), alpha=0.75, edgecolors="white", linewidths=0.6,
            label=f"{kind} ({len(mine)})", zorder=3,
        )  # fmt: skip
    for e in sorted(located, key=lambda e: -e.fatalities)[:6]:
        axes.annotate(e.location or "", (e.longitude, e.latitude), xytext=(5, 4),
                      textcoords="offset points", fontsize=7, zorder=4)  # fmt: skip
    axes.set_xlim(west, east)
    axes.set_ylim(south, north)
    axes.set_aspect(1 / max(0.2, math.cos(math.radians((south + north) / 2))))
    axes.set_xlabel("longitude")
    axes.set_ylabel("latitude")
    axes.set_title(f"Events, {report.scope.since} to {report.scope.until} (size: fatalities)")
    if located:
        axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=3, fontsize=7,
                    frameon=False)  # fmt: skip
    else:
        axes.text(0.5, 0.5, "no located events in the period", transform=axes.transAxes,
                  ha="center", fontsize=11)  # fmt: skip
    figure.text(0.99, 0.01, "outlines: countryinfo (offline)", ha="right", fontsize=6,
                color="#666666")  # fmt: skip
    figure.tight_layout()
    return _png(figure)


def _overlaps(box: Box, view: Box) -> bool:
    west, east, south, north = box
    return not (east < view[0] or west > view[1] or north < view[2] or south > view[3])


Ring = tuple[tuple[float, float], ...]
Box = tuple[float, float, float, float]


@functools.cache
def _boxed() -> tuple[tuple[Ring, Box], ...]:
    """Every outline ring with its bounding box (west, east, south, north), worked out once."""
    found = []
    for _name, rings in outlines():
        for ring in rings:
            xs, ys = [p[0] for p in ring], [p[1] for p in ring]
            found.append((ring, (min(xs), max(xs), min(ys), max(ys))))
    return tuple(found)


def bins(days: list[date]) -> tuple[str, list[date]]:
    """Days for a period up to two months, weeks up to a year, months beyond: "day", "week"
    or "month", and each bin's first day."""
    if len(days) <= 62:
        return "day", days
    if len(days) <= 370:
        return "week", [d for d in days if d == days[0] or d.weekday() == 0]
    return "month", [d for d in days if d == days[0] or d.day == 1]


def chart_png(report: Report, *, dpi: int = 110) -> bytes:
    """Events per day (week, month) by type as stacked bars, and fatalities as a line."""
    _load()
    from matplotlib.ticker import MaxNLocator

    unit, starts = bins(report.scope.days)
    index = {d: i for i, d in enumerate(starts)}
    kinds = [k for k, _, _ in report.by_type]
    counts = {k: [0] * len(starts) for k in kinds}
    dead = [0] * len(starts)
    for day, by_kind in report.by_day.items():
        when = date.fromisoformat(day)
        slot = index.get(max((s for s in starts if s <= when), default=starts[0]), 0)
        for kind, (count, fatal) in by_kind.items():
            counts[kind][slot] += count
            dead[slot] += fatal
    width = {"day": 0.8, "week": 5.5, "month": 24.0}[unit]
    figure = _figure(8, 3.6, dpi)
    axes = figure.subplots()
    bottom = [0] * len(starts)
    for kind in kinds:
        axes.bar(starts, counts[kind], bottom=bottom, color=COLOURS.get(kind, OTHER),
                 label=kind, width=width, align="edge")  # fmt: skip
        bottom = [b + c for b, c in zip(bottom, counts[kind], strict=True)]
    axes.set_ylabel(f"events per {unit}")
    axes.set_ylim(0, max([*bottom, 1]) * 1.25)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    line = axes.twinx()
    import matplotlib.dates as mdates

    middle = [mdates.date2num(s) + width / 2 for s in starts]
    line.plot(middle, dead, color="#222222", marker="o", markersize=3 if len(starts) < 70 else 0,
              linewidth=1.2, label="fatalities")  # fmt: skip
    line.set_ylabel(f"fatalities per {unit}")
    line.set_ylim(0, max([*dead, 1]) * 1.25)
    line.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_title(f"Events and fatalities per {unit}")
    _date_axis(axes, starts, width)
    handles = axes.get_legend_handles_labels()
    extra = line.get_legend_handles_labels()
    if kinds:
        axes.legend(handles[0] + extra[0], handles[1] + extra[1], fontsize=7, loc="upper left")
    figure.tight_layout()
    return _png(figure)


def _date_axis(axes: Any, starts: list[date], width: float) -> None:
    import matplotlib.dates as mdates

    locator = mdates.AutoDateLocator(minticks=3, maxticks=9)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    if starts:
        first, last = mdates.date2num(starts[0]), mdates.date2num(starts[-1])
        axes.set_xlim(first - width * 0.3, last + width * 1.3)


def _png(figure: Any) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
