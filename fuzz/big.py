"""`make fuzz`: big hostile inputs through the real command, each within the bounds that
docs/security.md ("Input bounds") states, else exit 1.

    python fuzz/big.py [--only NAME ...]

Each case runs `sitrep extract` as its own process, measuring wall time and peak memory
(wait4); it must end with a result or one-line errors, never a traceback, within its bound.
Too slow for `make test`; small versions of the same cases are in tests/test_hostile_input.py.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

SITREP = str(Path(sys.executable).with_name("sitrep"))
STORY = "Gunmen killed three villagers in Kaya on Monday, the mayor said. "
MB = 1024 * 1024
PEAK_BYTES = 2 * 1024**3  # per document, as docs/security.md states


@dataclass(frozen=True)
class Case:
    name: str
    file: str
    write: Callable[[Path], None]
    bound_s: float
    args: tuple[str, ...] = ()


def _paragraphs(path: Path, size: int) -> None:
    paragraph = (STORY * 8 + "\n\n").encode()
    with path.open("wb") as handle:
        for _ in range(size // len(paragraph) + 1):
            handle.write(paragraph)


def _one_line(path: Path, size: int) -> None:
    with path.open("wb") as handle:
        sentence = STORY.encode()
        for n in range(size // (len(sentence) + 8) + 1):  # distinct sentences: no repeats
            handle.write(sentence.replace(b"three", str(n).encode()))


def _jsonl_line(path: Path, size: int) -> None:
    text = STORY * (size // len(STORY))
    path.write_text(json.dumps({"id": "big", "text": text}) + "\n", encoding="utf-8")


def _deep(path: Path, depth: int) -> None:
    path.write_text("<html><body>" + "<div>" * depth + f"<p>{STORY}</p>" + "</div>" * depth)


def _captions(path: Path, count: int) -> None:
    figures = "".join(
        f"<figure><img src='p{i}.jpg'><figcaption>Picture {i} of the market</figcaption></figure>"
        for i in range(count)
    )
    path.write_text(f"<html><body><article><p>{STORY * 5}</p>{figures}</article></body></html>")


CASES = [
    Case("50 MB of paragraphs (refused)", "huge.txt", lambda p: _paragraphs(p, 50 * MB), 60),
    Case("15 MB of paragraphs", "large.txt", lambda p: _paragraphs(p, 15 * MB), 240),
    Case("5 MB on one line", "one-line.txt", lambda p: _one_line(p, 5 * MB), 240),
    Case(
        "15 MB JSONL line",
        "big.jsonl",
        lambda p: _jsonl_line(p, 15 * MB),
        240,
        ("--input",),
    ),  # fmt: skip
    Case("HTML nested 100,000 deep", "deep.html", lambda p: _deep(p, 100_000), 120),
    Case("page with 50,000 captions", "captions.html", lambda p: _captions(p, 50_000), 240),
]


def run(case: Case, folder: Path) -> tuple[bool, str]:
    path = folder / case.file
    case.write(path)
    command = [SITREP, "extract", *case.args, str(path), "--format", "json"]
    started = time.monotonic()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert child.stderr is not None
    stderr = b""
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            stderr = child.stderr.read()
            break
        if time.monotonic() - started > case.bound_s:
            child.kill()
            os.wait4(child.pid, 0)
            return False, f"still running after {case.bound_s} s"
        time.sleep(0.1)
    seconds, peak = time.monotonic() - started, usage.ru_maxrss * 1024
    code = os.waitstatus_to_exitcode(status)
    lines = stderr.decode(errors="replace").splitlines()
    problems = []
    if code not in (0, 1, 2):
        problems.append(f"exit {code}")
    if any(not line.startswith("sitrep:") for line in lines):
        problems.append("a line that is not a sitrep message (traceback?)")
    if peak >= PEAK_BYTES:
        problems.append(f"peak memory {peak / MB:.0f} MiB")
    said = lines[-1][:90] if lines else "-"
    note = f"exit {code}, {seconds:.1f} s, {peak / MB:.0f} MiB, {said}"
    return not problems, note + ("; " + "; ".join(problems) if problems else "")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="case names containing these words")
    args = parser.parse_args()
    cases = [c for c in CASES if not args.only or any(w in c.name for w in args.only)]
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        for case in cases:
            passed, note = run(case, Path(tmp))
            ok &= passed
            verdict = "ok  " if passed else "FAIL"
            print(f"{verdict} {case.name:32} (bound {case.bound_s:.0f} s) {note}", flush=True)
            for leftover in Path(tmp).iterdir():
                leftover.unlink()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
