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
