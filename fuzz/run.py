"""`make fuzz`: run every target under atheris for a fixed budget, one process each.

    python fuzz/run.py [--seconds 60] [TARGET ...]

A crashing input is copied into `tests/fuzz_regressions/<target>/`, where `make test`
replays it for ever after; the run exits 1 when any target crashed.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REGRESSIONS = ROOT / "tests" / "fuzz_regressions"
sys.path.insert(0, str(ROOT / "fuzz"))

from targets import TARGETS  # noqa: E402

# Per input: 10 s and 2 GiB at most (the bounds docs/security.md states); the budget is total.
LIMITS = ["-timeout=10", "-rss_limit_mb=2048", "-max_len=200000"]


def fuzz_one(name: str, seconds: int) -> bool:
    """True when the target survived its budget."""
    with tempfile.TemporaryDirectory() as work:
        corpus = Path(work) / "corpus"
        corpus.mkdir()
        for seed in sorted((REGRESSIONS / name).glob("*")) + sorted(_seeds(name)):
            shutil.copy(seed, corpus / seed.name)
        artifacts = Path(work) / "artifacts"
        artifacts.mkdir()
        command = [
            sys.executable, str(ROOT / "fuzz" / "_atheris_main.py"), name, str(corpus),
            f"-max_total_time={seconds}", f"-artifact_prefix={artifacts}/", *LIMITS,
        ]  # fmt: skip
        done = subprocess.run(command, capture_output=True, text=True)
        found = sorted(artifacts.iterdir())
        for crash in found:
            keep = REGRESSIONS / name
            keep.mkdir(parents=True, exist_ok=True)
            shutil.copy(crash, keep / crash.name)
        stats = [
            line for line in done.stderr.splitlines() if line.startswith("#") and "DONE" in line
        ]
        survived = not found and done.returncode == 0
        verdict = "ok" if survived else f"exit {done.returncode}"
        if found:
            verdict = f"{len(found)} crash(es) kept"
        print(
            f"{name:14} {verdict}  {stats[-1] if stats else done.stderr.strip().splitlines()[-1:]}"
        )
        return survived


def _seeds(name: str) -> list[Path]:
    folder = ROOT / "fuzz" / "seeds" / name
    return list(folder.glob("*")) if folder.is_dir() else []


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("targets", nargs="*", default=sorted(TARGETS))
    parser.add_argument("--seconds", type=int, default=60, help="budget per target")
    args = parser.parse_args()
    results = [fuzz_one(name, args.seconds) for name in args.targets]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
