"""The embedded backend: one SQLite file in WAL mode, FTS5 for search, `VACUUM INTO` backups."""

from __future__ import annotations

import os
import re
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sitrep.store import _query, _schema
from sitrep.store._sql import SQLStore, guarded
from sitrep.store.contract import EventQuery, StoreError

HEADER = b"SQLite format 3\x00"
BUSY_SECONDS = 30.0
FEW_IDS = 5000  # an actor or words matching at most this many rows: a page reads them by rowid
_REASONS = (  # the driver's words -> what a user can act on
    ("database is locked", "the store is busy (another sitrep is writing to it); try again"),
    ("database or disk is full", "the disk is full; nothing of the interrupted batch was stored"),
    (
        "disk i/o error",
        "cannot write (disk full or I/O error); the interrupted batch was not stored",
    ),
    ("readonly", "the store is read-only (no write permission)"),
    ("file is not a database", "not a sitrep store (not an SQLite database)"),
    ("malformed", "the store is corrupt (database disk image is malformed)"),
    ("unable to open", "cannot open the store file (missing or unwritable folder?)"),
)


class SQLiteStore(SQLStore):
    dialect = "sqlite"
    driver_errors = (sqlite3.Error,)
    document_errors = (
        sqlite3.IntegrityError, sqlite3.DataError, sqlite3.InterfaceError, ValueError, TypeError,
        OverflowError,
    )  # fmt: skip

    def __init__(self, path: Path | str, *, timeout: float = BUSY_SECONDS) -> None:
        self.path = Path(path)
        super().__init__(str(self.path))
        self.writable = _check_path(self.path)
        try:
            self.db = self._connect(timeout)
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: {self.explain(error)}") from None
        try:
            self._prepare(timeout)
        except sqlite3.Error as error:
            self.db.close()
            raise StoreError(f"{self.path}: {self.explain(error)}") from None
        except BaseException:
            self.db.close()
            raise

    def _connect(self, timeout: float) -> sqlite3.Connection:
        """A connection; read-only when the file or its folder cannot be written (a WAL store
        in a read-only folder can only be read as immutable: nothing can write it then)."""
        base = f"file:{self.path.resolve().as_posix()}"
        if self.writable:
            return _open(base, timeout)
        db = _open(f"{base}?mode=ro", timeout)
        try:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return db
        except sqlite3.OperationalError:
            db.close()
        return _open(f"{base}?mode=ro&immutable=1", timeout)

    def _prepare(self, timeout: float) -> None:
        self.db.execute("PRAGMA foreign_keys = ON")
        if self.writable:
            _retry_busy(lambda: self.db.execute("PRAGMA journal_mode = WAL").fetchone(), timeout)
        self.schema_version = self._migrate()

    # ------------------------------------------------------------ dialect

    def _run(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.db.execute(sql, params)

    def _run_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self.db.executemany(sql, rows)

    def _begin_write(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def _text_match(self, words: list[str]) -> tuple[str, Any]:
        return (
            "c.id IN (SELECT rowid FROM codings_fts WHERE codings_fts MATCH ?)",
            " ".join(f'"{w}"' for w in words),
        )

    def _all_of(self, query: EventQuery) -> str:
        # With no statistics SQLite scans a covering index and tests each entry against the
        # actor's or the words' row ids; reading those rows by rowid is 3 to 200 times less
        # work at 100,000 events (the bench's plans). Only when nothing else narrows.
        return "codings c NOT INDEXED" if _query.by_id_lists(query) else "codings c"

    def _page_of(self, query: EventQuery) -> str:
        # A page in date order walks the date index until it has its rows: long for a rare
        # actor or word (a town's name: 250 of 100,000 events, 40,000 entries walked), so a
        # short list of ids is read by rowid and sorted instead (bounded look-ups decide).
        if not _query.by_id_lists(query):
            return "codings c"
        lists = []
        if query.actor:
            lists.append(("SELECT 1 FROM coding_actors WHERE actor = ?", query.actor))
        words = re.findall(r"\w+", (query.q or "").lower())
        if words:
            match = self._text_match(words)[1]
            lists.append(("SELECT 1 FROM codings_fts WHERE codings_fts MATCH ?", match))
        sizes = [
            self._value(f"SELECT count(*) FROM ({sql} LIMIT ?)", (value, FEW_IDS + 1))
            for sql, value in lists
        ]
        return "codings c NOT INDEXED" if min(sizes) <= FEW_IDS else "codings c"

    def explain(self, error: BaseException) -> str:
        text = str(error).lower()
        for words, reason in _REASONS:
            if words in text:
                return reason
        return super().explain(error)

    def _close(self) -> None:
        self.db.close()

    @guarded
    def backup(self, path: Path) -> None:
        """A consistent copy of the store as it is now, while others go on writing."""
        if path.exists():
            raise StoreError(f"{path}: exists already; a backup never overwrites a file")
        self.db.execute("VACUUM INTO ?", (str(path),))
        if self.writable:
            self.log("backup", str(path), {"sha256": _schema.sha256(path.read_bytes())})

    # ------------------------------------------------------------ schema

    def _migrate(self) -> int:
        scripts = _schema.migrations(self.dialect)
        target = scripts[-1][0]
        current = int(self.db.execute("PRAGMA user_version").fetchone()[0])
        if current == target:
            return current
        if current > target:
            raise StoreError(
                f"{self.path}: store schema {current} is newer than this sitrep ({target});"
                " upgrade sitrep"
            )
        if not self.writable:
            raise StoreError(
                f"{self.path}: read-only store at schema {current}; this sitrep needs {target}"
            )
        self.db.execute("BEGIN IMMEDIATE")
        try:
            current = self._apply(scripts)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self._adopt_v1()
        return current

    def _apply(self, scripts: list[tuple[int, str, str]]) -> int:
        """Apply what is pending, inside the caller's write transaction (another process may
        have migrated while this one waited for the lock: the version is read again here)."""
        current = int(self.db.execute("PRAGMA user_version").fetchone()[0])
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations"
            " (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        for version, name, _ in scripts[:current]:  # stores made before the table existed
            self.db.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, 'before migrations were recorded')"
                " ON CONFLICT (version) DO NOTHING",
                (version, name),
            )
        for version, name, sql in scripts:
            if version <= current:
                continue
            for statement in _statements(sql):
                self.db.execute(statement)
            self.db.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, ?)", (version, name, _schema.now())
            )
            self.db.execute(f"PRAGMA user_version = {int(version)}")
            current = version
        return current

    def _adopt_v1(self) -> None:
        """Bring the rows of a version-1 store into the versioned tables (kept as they were)."""
        from sitrep.store._adopt import adopt_v1

        adopt_v1(self)


def _open(uri: str, timeout: float) -> sqlite3.Connection:
    return sqlite3.connect(
        uri, uri=True, timeout=timeout, isolation_level=None, check_same_thread=False
    )


def _check_path(path: Path) -> bool:
    """Whether the store can be written; raises `StoreError` for a path that cannot be a store."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise StoreError(f"{path}: no such folder {folder}")
    if path.exists():
        if not path.is_file():
            raise StoreError(f"{path}: not a file")
        try:
            with path.open("rb") as handle:
                head = handle.read(len(HEADER))
        except OSError as error:
            raise StoreError(f"{path}: cannot read ({error.strerror})") from None
        if head and head != HEADER:
            raise StoreError(f"{path}: not a sitrep store (not an SQLite database)")
        return os.access(path, os.W_OK) and os.access(folder, os.W_OK)
    if not os.access(folder, os.W_OK):
        raise StoreError(f"{path}: cannot create the store (folder {folder} is read-only)")
    return True


def _retry_busy(work: Any, timeout: float) -> Any:
    """Run `work`, retrying while another connection holds the lock it needs."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            return work()
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _statements(script: str) -> list[str]:
    """The statements of a migration script (triggers keep their inner semicolons)."""
    out, pending = [], ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip():
                out.append(pending.strip())
            pending = ""
    if pending.strip() and not all(
        part.strip().startswith("--") or not part.strip() for part in pending.splitlines()
    ):
        out.append(pending.strip())
    return out
