"""Rich tables for people; machines get JSON."""

from __future__ import annotations

from collections.abc import Iterable

from rich.table import Table
from rich.text import Text

from sitrep._terminal import printable
from sitrep.model import Event, Place


def events_table(events: Iterable[Event], title: str) -> Table:
    table = Table(title=_cell(title), title_justify="left", show_lines=False)
    for name in ("date", "p", "type / sub-type", "actor1", "actor2", "location", "deaths", "how"):
        table.add_column(name, overflow="fold")
    for e in events:
        how = str(e.certainty) if e.is_event else str(e.factuality)
        cells = (
            e.event_date or "?", str(e.time_precision or ""),
            f"{e.event_type} / {e.sub_event_type}",
            _actors(e.actor1, e.assoc_actor_1), _actors(e.actor2, e.assoc_actor_2),
            e.location or "", str(e.fatalities), how,
        )  # fmt: skip
        table.add_row(*map(_cell, cells))
    return table


def _actors(main: str | None, associated: str | None) -> str:
    return f"{main or ''}{f' (with {associated})' if associated else ''}"


def places_table(places: Iterable[Place], title: str) -> Table:
    table = Table(title=_cell(title), title_justify="left")
    for name in ("text", "at", "name", "country", "admin1", "lat", "lon", "feature", "prec"):
        table.add_column(name, overflow="fold")
    for p in places:
        cells = (
            p.text, str(p.start), p.name, p.country or "", p.admin1 or "",
            _coord(p.latitude), _coord(p.longitude), p.feature or "", str(p.geo_precision),
        )  # fmt: skip
        table.add_row(*map(_cell, cells))
    return table


def _cell(text: str) -> Text:
    """Outside text as it is: no rich markup read in it, no control character obeyed."""
    return Text(printable(text))


def _coord(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"
