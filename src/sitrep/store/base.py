"""The storage interface every backend implements (SQLite now, PostgreSQL later)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Protocol

from sitrep.model import Event, Extraction

EVENT_COLUMNS = (
    "event_id", "article_id", "factuality", "certainty", "event_date", "time_precision",
    "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2",
    "civilian_targeting", "country", "iso", "admin1", "admin2", "location", "latitude",
    "longitude", "geo_precision", "fatalities", "notes", "source", "geonameid",
)  # fmt: skip


@dataclass(frozen=True)
class Stored:
    """One document handed to the store: its extraction and where it came from."""

    extraction: Extraction
    raw: bytes
    source: str


@dataclass(frozen=True)
class AddResult:
    added: int  # documents stored
    duplicates: int  # documents whose bytes were stored before


class Store(Protocol):
    schema_version: int

    def add(self, items: Iterable[Stored]) -> AddResult:
        """Store documents in one transaction; bytes already stored add nothing."""
        ...

    def events(self, *, mentions: bool = False, limit: int | None = None) -> Iterator[Event]:
        """Events (or, with `mentions`, the mentions kept apart), by date then id."""
        ...

    def count(self) -> dict[str, int]: ...

    def close(self) -> None: ...


def migrations() -> list[tuple[int, str]]:
    """The versioned migration scripts, `(version, sql)`, in order."""
    folder = resources.files("sitrep.store") / "migrations"
    scripts = sorted((p for p in folder.iterdir() if p.name.endswith(".sql")), key=lambda p: p.name)
    return [(int(p.name.split("_", 1)[0]), p.read_text(encoding="utf-8")) for p in scripts]
