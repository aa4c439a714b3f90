"""A real PostgreSQL server for the tests: `initdb` and `pg_ctl` in a temporary folder, on a
free loopback port, stopped at the end of the session. Debian's `postgresql` package is
installed when missing; as root the server runs as the `postgres` user (initdb refuses root).
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

from _system import ensure_package


class PostgresServer:
    def __init__(self) -> None:
        initdb = ensure_package("postgresql", provides="/usr/lib/postgresql/*/bin/initdb")
        self.bin = initdb.parent
        self.root = Path(tempfile.mkdtemp(prefix="sitrep-pg-"))
        self.user = "postgres" if os.geteuid() == 0 else None
        if self.user:
            entry = pwd.getpwnam(self.user)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
        self.port = _free_port()
        self._names = itertools.count(1)

    def _run(self, *command: str) -> None:
        done = subprocess.run(
            [str(self.bin / command[0]), *command[1:]],
            capture_output=True, text=True, timeout=120, user=self.user, cwd=self.root,
        )  # fmt: skip
        if done.returncode != 0:
            raise RuntimeError(f"{command[0]} failed: {done.stderr.strip() or done.stdout.strip()}")

    def start(self) -> PostgresServer:
        data = self.root / "data"
        self._run("initdb", "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")  # fmt: skip
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={self.root}"
            " -c fsync=off -c full_page_writes=off -c max_connections=200"
        )
        self._run("pg_ctl", "-D", str(data), "-o", options, "-l", str(self.root / "log"),
                  "-w", "-t", "60", "start")  # fmt: skip
        return self

    def url(self, database: str = "postgres", user: str = "postgres") -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        """A new empty database; its URL."""
        import psycopg

        name = f"sitrep_test_{next(self._names)}"
        with psycopg.connect(self.url(), autocommit=True) as db:
            db.execute(f"CREATE DATABASE {name}")
        return self.url(name)

    def execute(self, url: str, sql: str) -> list[tuple[object, ...]]:
        """Run SQL as the superuser, behind sitrep's back (for tamper tests)."""
        import psycopg

        with psycopg.connect(url, autocommit=True) as db:
            cursor = db.execute(sql.encode())
            return list(cursor.fetchall()) if cursor.description else []

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.root / "data"), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
