from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"../shared is missing beside the checkout ({SHARED})")
    return SHARED


@pytest.fixture(scope="session")
def language():
    from sitrep.language import Language

    return Language.load()


@pytest.fixture(scope="session")
def knowledge():
    from sitrep.events import load_event_knowledge

    return load_event_knowledge()


@pytest.fixture(scope="session")
def postgres():
    """One real PostgreSQL server for the session (see `_postgres.py`)."""
    from _postgres import PostgresServer

    server = PostgresServer().start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_address(request, tmp_path) -> str:
    """A new, empty store's address on each backend: an SQLite file, a PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    return request.getfixturevalue("postgres").create_database()
