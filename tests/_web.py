"""What the web tests share: a demo store (built once, copied per test), users with tokens,
the app over it, and a real uvicorn server on loopback for the browser."""

from __future__ import annotations

import contextlib
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "src" / "sitrep" / "data" / "demo"
PASSWORD = "correct horse battery staple"
ROLES = ("viewer", "coder", "admin")


@dataclass(frozen=True)
class People:
    tokens: dict[str, str]  # role -> bearer token text
    names: dict[str, str]  # role -> user name


def build_demo(path: Path, extra: Path | None = None) -> Path:
    from sitrep.cli import app

    paths = [str(DEMO)] + ([str(extra)] if extra else [])
    done = CliRunner().invoke(app, ["ingest", *paths, "--db", str(path), "--jobs", "1"])
    assert done.exit_code == 0, done.output
    return path


def copy_store(source: Path, target: Path) -> Path:
    """A private copy (the WAL folded in first, so the copy holds everything)."""
    from sitrep.store import open_store

    with open_store(source) as store:
        store.backup(target)
    return target


def add_people(db: Path) -> People:
    from sitrep.store import open_store
    from sitrep.web.passwords import hash_secret, new_token

    tokens, names = {}, {}
    with open_store(db) as store:
        for role in ROLES:
            name = {"viewer": "vic", "coder": "ana", "admin": "root"}[role]
            store.add_user(name, role, hash_secret(PASSWORD), by="test")  # type: ignore[arg-type]
            token = new_token()
            store.add_token(name, token.token_id, hash_secret(token.secret), by="test")
            tokens[role], names[role] = token.text, name
    return People(tokens, names)


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory) -> Path:
    """The demo articles coded once per test session (spaCy loads once)."""
    folder = tmp_path_factory.mktemp("demo")
    extra = folder / "extra"
    extra.mkdir()
    (extra / "markup.txt").write_text(HOSTILE_ARTICLE, "utf-8")
    return build_demo(folder / "master.db", extra)


@pytest.fixture
def open_db(demo_master, tmp_path) -> Path:
    """A store with the demo events and no users: the open read-only mode."""
    return copy_store(demo_master, tmp_path / "open.db")


@pytest.fixture
def team_db(demo_master, tmp_path) -> tuple[Path, People]:
    """A store with the demo events and a viewer, a coder and an admin, each with a token."""
    db = copy_store(demo_master, tmp_path / "team.db")
    return db, add_people(db)


def make_app(db: Path, **settings):
    from sitrep.store import open_store
    from sitrep.web import WebConfig, create_app

    return create_app(lambda: open_store(db), WebConfig(**settings))


def client(db: Path, *, https: bool = False, **settings):
    from fastapi.testclient import TestClient

    base = "https://testserver" if https else "http://testserver"
    return TestClient(make_app(db, **settings), base_url=base, follow_redirects=False)


def csrf_of(html: str) -> str:
    import re

    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "no CSRF field in the page"
    return found.group(1)


def log_in(web, name: str, password: str = PASSWORD):
    page = web.get("/login")
    return web.post(
        "/login",
        data={"username": name, "password": password, "csrf_token": csrf_of(page.text)},
    )


def first_event(db: Path) -> str:
    from sitrep.store import EventQuery, open_store

    with open_store(db) as store:
        return store.events(EventQuery(type="Explosions/Remote violence")).events[0].event.event_id


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def live_server(db: Path, **settings) -> Iterator[str]:
    """uvicorn serving the app on 127.0.0.1 in a thread; yields its base URL."""
    import uvicorn

    port = free_port()
    config = uvicorn.Config(make_app(db, **settings), host="127.0.0.1", port=port,
                            log_level="warning", access_log=False)  # fmt: skip
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


def fresh_copy(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    return target


# An invented article whose words look like markup: every page must show them as text.
HOSTILE_ARTICLE = """Gunmen attack village market <script>alert("x")</script>

KALEVA, March 3 - Gunmen killed four people when they attacked the market in Kaleva on
Monday, residents said. A note left at the scene read <img src=x onerror=alert(1)>.
"""


def routes(app) -> list:
    """Every route of the app, the included routers opened up."""
    out = []
    for route in app.routes:
        inner = getattr(route, "original_router", None)
        out.extend(inner.routes if inner is not None else [route])
    return out
