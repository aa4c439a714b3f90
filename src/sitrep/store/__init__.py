"""Storage behind one small interface; `open_store` picks the backend from the address."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from pathlib import Path

from sitrep.store.base import AddResult, Store, Stored
from sitrep.store.sqlite import SQLiteStore


def add_stream(store: Store, items: Iterable[Stored], batch_size: int = 50) -> AddResult:
    """Store a stream of documents in transactions of `batch_size`: memory stays flat, and
    what was stored stays stored if the stream breaks off."""
    added = duplicates = 0
    stream = iter(items)
    while batch := list(itertools.islice(stream, batch_size)):
        counts = store.add(batch)
        added, duplicates = added + counts.added, duplicates + counts.duplicates
    return AddResult(added, duplicates)


def open_store(address: str | Path = "sitrep.db") -> Store:
    """Open (and migrate) the store at `address`: a SQLite file path."""
    return SQLiteStore(address)


__all__ = ["AddResult", "SQLiteStore", "Store", "Stored", "add_stream", "open_store"]
