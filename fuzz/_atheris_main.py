"""One atheris process for one target: `python _atheris_main.py TARGET CORPUS [libFuzzer flags]`."""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent))

with atheris.instrument_imports(include=["sitrep", "targets", "more_targets"]):
    from targets import TARGETS

target = TARGETS[sys.argv.pop(1)]
for seed in sorted(Path(sys.argv[1]).glob("*")):  # warm up: imports are not a slow input
    target(seed.read_bytes())
atheris.Setup(sys.argv, target)
atheris.Fuzz()
