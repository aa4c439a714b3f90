"""The server backend: PostgreSQL through psycopg 3, the same SQL as SQLite where it can be.

Writers take one advisory lock per transaction, so the custody log's chain is appended in
order; full-text search uses a GIN index over `to_tsvector('simple', ...)`.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg

from sitrep.store import _schema
from sitrep.store._sql import SQLStore, guarded
from sitrep.store.contract import StoreError

WRITE_LOCK = 7_262_001  # the advisory lock every sitrep writer holds for its transaction
ANALYZE_AFTER = 1000  # new coding rows after which statistics may be stale enough to matter


class PostgresStore(SQLStore):
    dialect = "postgresql"
    driver_errors = (psycopg.Error,)
    document_errors = (psycopg.DataError, psycopg.IntegrityError, ValueError, TypeError)

    def __init__(self, url: str, *, connect_timeout: int = 10) -> None:
        super().__init__(safe_url(url))
        self.url = url
        self._unanalyzed = 0  # coding rows this store added since it last ran ANALYZE
        try:
            self.db = psycopg.connect(url, autocommit=True, connect_timeout=connect_timeout)
        except psycopg.Error as error:
            raise StoreError(f"{self.address}: cannot connect ({self.explain(error)})") from None
        try:
            self.schema_version = self._migrate()
        except psycopg.Error as error:
            self.db.close()
            raise StoreError(f"{self.address}: {self.explain(error)}") from None
        except BaseException:
            self.db.close()
            raise

    # ------------------------------------------------------------ dialect

    def _run(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.db.execute(sql.replace("?", "%s"), params)

    def _run_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self.db.cursor() as cursor:
            cursor.executemany(sql.replace("?", "%s"), rows)

    def _begin_write(self) -> None:
        self.db.execute("BEGIN")
        self.db.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))

    @contextlib.contextmanager
    def _pipelined(self) -> Iterator[None]:
        with self.db.pipeline() as pipeline:
            self._pipeline: psycopg.Pipeline | None = pipeline
            try:
                yield
            finally:
                self._pipeline = None

    def _settle(self) -> None:
        if getattr(self, "_pipeline", None) is not None:
            self._pipeline.sync()  # type: ignore[union-attr]

    def _recover(self) -> None:
        with contextlib.suppress(psycopg.Error):
            self._settle()

    def _added(self, codings: int) -> None:
        """ANALYZE once the rows added since this store last did are many, and a tenth of what
        the planner believes the table holds: right after a bulk load, before autovacuum comes
        by, a planner without statistics guesses one row and picks nested loops over thousands."""
        self._unanalyzed += codings
        if self._unanalyzed < ANALYZE_AFTER:
            return
        row = self.db.execute("SELECT reltuples FROM pg_class WHERE oid = 'codings'::regclass")
        believed = max(0.0, float((row.fetchone() or (0,))[0]))
        if self._unanalyzed * 10 >= believed:
            with contextlib.suppress(psycopg.Error):  # only the tables' owner may; no harm else
                self.db.execute("ANALYZE codings, coding_actors, events, evidence")
            self._unanalyzed = 0

    def _text_match(self, words: list[str]) -> tuple[str, Any]:
        return "c.words @@ to_tsquery('simple', ?)", " & ".join(words)

    def explain(self, error: BaseException) -> str:
        if isinstance(error, psycopg.errors.DiskFull):
            return "the server's disk is full; the interrupted batch was not stored"
        if isinstance(
            error, psycopg.errors.ReadOnlySqlTransaction | psycopg.errors.InsufficientPrivilege
        ):
            return f"cannot write ({super().explain(error)})"
        if isinstance(error, psycopg.OperationalError) and self.db_closed():
            return f"connection lost ({super().explain(error)})"
        return super().explain(error)

    def db_closed(self) -> bool:
        return bool(getattr(self, "db", None) is None or self.db.closed)

    def _close(self) -> None:
        self.db.close()

    @guarded
    def backup(self, path: Path) -> None:
        """A consistent dump (pg_dump's custom format) while others go on writing."""
        if path.exists():
            raise StoreError(f"{path}: exists already; a backup never overwrites a file")
        _tool("pg_dump", "--format=custom", "--no-owner", f"--file={path}", f"--dbname={self.url}")
        self.log("backup", str(path), {"sha256": _schema.sha256(path.read_bytes())})

    # ------------------------------------------------------------ schema

    def _migrate(self) -> int:
        scripts = _schema.migrations(self.dialect)
        target = scripts[-1][0]
        current = self._applied()
        if current == target:
            return current
        if current > target:
            raise StoreError(f"{self.address}: store schema {current} is newer than this sitrep"
                             f" ({target}); upgrade sitrep")  # fmt: skip
        self._begin_write()
        try:
            self.db.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY,"
                ' name TEXT COLLATE "C" NOT NULL, applied_at TEXT COLLATE "C" NOT NULL)'
            )
            current = self._applied()  # another process may have migrated meanwhile
            for version, name, sql in scripts:
                if version > current:
                    self.db.execute(sql.encode())  # no parameters: the script as written
                    self.db.execute(
                        "INSERT INTO schema_migrations VALUES (%s, %s, %s)",
                        (version, name, _schema.now()),
                    )
                    current = version
            self.db.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise
        return current

    def _applied(self) -> int:
        exists = self.db.execute("SELECT to_regclass('schema_migrations')").fetchone()
        if not exists or exists[0] is None:
            return 0
        row = self.db.execute("SELECT max(version) FROM schema_migrations").fetchone()
        return int(row[0] or 0) if row else 0


def safe_url(url: str) -> str:
    """The URL without its password, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))


def tool_path(name: str) -> str:
    """A PostgreSQL client program: on the PATH, else the newest under /usr/lib/postgresql."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"))
    if not candidates:
        raise StoreError(f"{name} not found (install PostgreSQL's client programs)")
    return str(candidates[-1])


def _tool(name: str, *args: str) -> None:
    done = subprocess.run(
        [tool_path(name), *args], capture_output=True, text=True, timeout=3600, check=False
    )
    if done.returncode != 0:
        lines = (done.stderr or done.stdout).strip().splitlines() or ["failed"]
        raise StoreError(f"{name}: {lines[-1]}")
