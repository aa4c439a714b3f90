"""Storage behind one contract (`contract.py`); `open_store` picks the backend from the address:
a file path for SQLite, a `postgresql://` URL for PostgreSQL."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from pathlib import Path

from sitrep.store.contract import (
    AddResult,
    ConflictError,
    EventPage,
    EventQuery,
    EventRecord,
    InvalidChange,
    InvalidQuery,
    NotFoundError,
    OnEvent,
    Revision,
    Store,
    Stored,
    StoreError,
    VerifyReport,
)

URL_SCHEMES = ("postgresql://", "postgres://")


def is_url(address: str | Path) -> bool:
    return str(address).startswith(URL_SCHEMES)


def open_store(address: str | Path = "sitrep.db") -> Store:
    """Open (and migrate) the store at `address`: a SQLite file path or a PostgreSQL URL.

    Raises `StoreError` with one line naming the store and the reason.
    """
    if is_url(address):
        from sitrep.store.postgres import PostgresStore

        return PostgresStore(str(address))
    from sitrep.store.sqlite import SQLiteStore

    return SQLiteStore(address)


def add_stream(
    store: Store, items: Iterable[Stored], batch_size: int = 50, on_event: OnEvent | None = None
) -> AddResult:
    """Store a stream of documents in transactions of `batch_size`: memory stays flat, and
    what was stored stays stored if the stream breaks off."""
    totals = AddResult(0, 0)
    stream = iter(items)
    while batch := list(itertools.islice(stream, batch_size)):
        done = store.add(batch, on_event=on_event)
        totals = AddResult(
            totals.added + done.added, totals.duplicates + done.duplicates,
            totals.versions + done.versions, totals.event_ids + done.event_ids,
            totals.mentions + done.mentions, totals.failures + done.failures,
        )  # fmt: skip
    return totals


def restore(backup: Path, address: str | Path) -> None:
    """Restore a backup made by `Store.backup` into a new store at `address` (never over one
    that holds anything)."""
    from sitrep.store.backup import restore as _restore

    _restore(backup, str(address))


__all__ = [
    "AddResult",
    "ConflictError",
    "EventPage",
    "EventQuery",
    "EventRecord",
    "InvalidChange",
    "InvalidQuery",
    "NotFoundError",
    "Revision",
    "Store",
    "StoreError",
    "Stored",
    "VerifyReport",
    "add_stream",
    "is_url",
    "open_store",
    "restore",
]
