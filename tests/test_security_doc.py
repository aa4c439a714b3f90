"""docs/security.md cannot rot: every test its ASVS table names exists."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_test_named_in_the_asvs_table_exists():
    page = (ROOT / "docs" / "security.md").read_text("utf-8")
    named = set(re.findall(r"`([a-z_]+)::(test_[a-z0-9_]+)`", page))
    assert len(named) >= 25
    for short, test in sorted(named):
        module = ROOT / "tests" / f"test_{short}.py"
        assert module.is_file(), f"docs/security.md names tests/test_{short}.py"
        assert f"def {test}(" in module.read_text("utf-8"), f"{short}::{test} does not exist"
    for short in ("routes", "browser", "schema"):
        assert f"`{short}`" in page and (ROOT / "tests" / f"test_web_{short}.py").is_file()
