"""Storage behind one small interface; `open_store` picks the backend from the address."""

from __future__ import annotations

from pathlib import Path

from sitrep.store.base import AddResult, Store, Stored
from sitrep.store.sqlite import SQLiteStore


def open_store(address: str | Path = "sitrep.db") -> Store:
    """Open (and migrate) the store at `address`: a SQLite file path."""
    return SQLiteStore(address)


__all__ = ["AddResult", "SQLiteStore", "Store", "Stored", "open_store"]
