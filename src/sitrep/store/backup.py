"""Restoring a backup: an SQLite copy into a new file, a pg_dump into an empty database.

Backups themselves are made by each backend's `backup` (`VACUUM INTO`, `pg_dump`), which
can run while an ingest writes. A restore never writes over a store that holds anything.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sitrep.store.contract import StoreError

SQLITE_HEADER = b"SQLite format 3\x00"
PG_DUMP_HEADER = b"PGDMP"


def restore(backup: Path, address: str) -> None:
    from sitrep.store import is_url

    try:
        with backup.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise StoreError(f"{backup}: cannot read the backup ({error.strerror})") from None
    if head == SQLITE_HEADER:
        if is_url(address):
            raise StoreError(f"{backup}: an SQLite backup restores into an SQLite file, not a URL")
        _restore_sqlite(backup, Path(address))
    elif head.startswith(PG_DUMP_HEADER):
        if not is_url(address):
            raise StoreError(f"{backup}: a pg_dump backup restores into a postgresql:// database")
        _restore_postgres(backup, address)
    else:
        raise StoreError(f"{backup}: not a sitrep backup (neither SQLite nor pg_dump)")


def _restore_sqlite(backup: Path, target: Path) -> None:
    from sitrep.store.sqlite import SQLiteStore

    if target.exists() and target.stat().st_size > 0:
        raise StoreError(f"{target}: holds a store already; a restore never writes over one")
    if not target.parent.is_dir():
        raise StoreError(f"{target}: no such folder {target.parent}")
    try:
        source = sqlite3.connect(f"file:{backup.resolve().as_posix()}?mode=ro", uri=True)
        with source, sqlite3.connect(target) as copy:
            source.backup(copy)
        source.close()
        copy.close()
    except sqlite3.Error as error:
        raise StoreError(f"{backup}: cannot restore ({error})") from None
    SQLiteStore(target).close()  # WAL mode and any newer schema


def _restore_postgres(backup: Path, url: str) -> None:
    import psycopg

    from sitrep.store.postgres import PostgresStore, _tool, safe_url

    try:
        with psycopg.connect(url, autocommit=True, connect_timeout=10) as db:
            row = db.execute("SELECT to_regclass('schema_migrations')").fetchone()
    except psycopg.Error as error:
        raise StoreError(f"{safe_url(url)}: cannot connect ({error})") from None
    if row and row[0] is not None:
        raise StoreError(
            f"{safe_url(url)}: holds a store already; a restore never writes over one"
            " (give an empty database)"
        )
    _tool("pg_restore", "--no-owner", "--exit-on-error", "--single-transaction",
          f"--dbname={url}", str(backup))  # fmt: skip
    PostgresStore(url).close()  # any newer schema
