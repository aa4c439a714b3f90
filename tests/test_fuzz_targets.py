"""The fuzz targets (`fuzz/targets.py`) under hypothesis, and every input a fuzzer ever kept.

`make fuzz` runs the same targets coverage-guided for a fixed budget; what it finds lands in
`tests/fuzz_regressions/<target>/` and is replayed here on every `make test`.
"""

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "fuzz"))

from targets import TARGETS  # noqa: E402

KEPT = sorted(
    (target.name, path)
    for folder in (ROOT / "tests" / "fuzz_regressions", ROOT / "fuzz" / "seeds")
    for target in folder.glob("*")
    if target.is_dir()
    for path in target.iterdir()
)

# Text with the things scraped news really holds: markup, dates, numbers, other scripts.
_news_text = st.lists(
    st.sampled_from(
        [*"abcdefghij ABCXYZ0123456789.,:;-()\n\t<>/=\"'", "é", "ш", "ب", "中", "\u200f", "\x00",
        "\x1b[31m", "<p>", "</p>", "<figcaption>", "<title>", " - ", "| ", "(AFP)", "Photo:",
        "killed", "on Monday", "13.12.2016", "Dec 132016", "\ufeff", "\r\n"],
    ),
    max_size=120,
).map("".join)  # fmt: skip


@pytest.mark.parametrize(("target", "path"), KEPT, ids=[f"{t}/{p.name}" for t, p in KEPT])
def test_kept_inputs_never_crash(target, path):
    TARGETS[target](path.read_bytes())


@pytest.mark.parametrize("target", sorted(TARGETS))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.one_of(st.binary(max_size=2000), _news_text.map(lambda t: t.encode("utf-8"))))
def test_targets_take_any_bytes(target, data):
    TARGETS[target](data)
