"""`make bench`: big and pathological inputs through the real command, and linear growth.

    .venv/bin/python benchmarks/big_inputs.py [--scaling 25,50,100]

Prints two tables. The first runs `sitrep extract FILE --format json` as a separate process
on a 1 MB text on one line (varied generated news, and one paragraph repeated) and on a page
with 5,000 figure captions: wall time, CPU time, peak memory. Over the size limits
(docs/security.md, "Input bounds") the text is set aside with a warning, so these finish in
seconds. The second times the whole pipeline in one process on single-line texts of growing
size with the limits lifted: time per 100 KB stays flat when every stage is linear.
Timings on a shared machine are noisy: the lead re-runs them on a quiet one.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _generate import article  # noqa: E402

BIN = Path(sys.executable).parent
MB = 1024 * 1024
STORY = "Gunmen killed three villagers in Kaya on Monday, the mayor said. "
MEASURE = """
import resource, subprocess, sys, time, json
t = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
wall = time.perf_counter() - t
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"code": done.returncode, "wall": wall, "cpu": usage.ru_utime + usage.ru_stime,
                  "rss_mb": usage.ru_maxrss / 1024, "stderr": done.stderr}))
"""


def varied_line(size: int) -> str:
    """Generated news (invented templates) joined into one line of `size` characters."""
    parts, length, index = [], 0, 0
    while length < size:
        text = article(index)["text"].replace("\n\n", " ")
        parts.append(text)
        length += len(text) + 1
        index += 1
    return " ".join(parts)[:size].strip()


def caption_page(count: int) -> str:
    figures = "".join(
        f"<figure><img src='p{i}.jpg'><figcaption>Picture {i} of the market</figcaption></figure>"
        for i in range(count)
    )
    return f"<html><body><article><p>{STORY * 5}</p>{figures}</article></body></html>"


def measure(path: Path) -> dict[str, object]:
    command = [str(BIN / "sitrep"), "extract", str(path), "--format", "json"]
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, *command], capture_output=True, text=True, check=True
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def command_table(folder: Path) -> Table:
    inputs = {
        "1 MB on one line, varied news": ("one-line-varied.txt", varied_line(MB)),
        "1 MB on one line, one paragraph repeated": (
            "one-line-repeated.txt", (STORY * (MB // len(STORY) + 1))[:MB]
        ),
        "page with 5,000 captions": ("captions.html", caption_page(5000)),
    }  # fmt: skip
    table = Table(title="sitrep extract FILE --format json, one process", title_justify="left")
    for name in ("input", "size", "exit", "wall s", "CPU s", "peak RSS", "warnings"):
        table.add_column(name, justify="left" if name in ("input", "warnings") else "right")
    for label, (name, text) in inputs.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        r = measure(path)
        warnings = sum("warning" in line.lower() for line in str(r["stderr"]).splitlines())
        table.add_row(
            label, f"{path.stat().st_size / MB:.2f} MB", str(r["code"]), f"{r['wall']:.1f}",
            f"{r['cpu']:.1f}", f"{r['rss_mb']:.0f} MiB", str(warnings),
        )  # fmt: skip
    return table


def scaling_table(sizes_kb: list[int]) -> Table:
    """Seconds per stage on growing single-line texts, the limits lifted (one process)."""
    from sitrep.intake import Limits, to_article
    from sitrep.pipeline import Pipeline, capture_from_string

    pipeline = Pipeline.load()
    lifted = Limits(max_scan=10**9, max_chars=10**9, max_captions=10**6)
    table = Table(
        title="one line of varied news, size limits lifted: time grows linearly",
        title_justify="left",
    )
    for name in ("size", "intake s", "language s", "places s", "time s", "events s", "s/100 KB"):
        table.add_column(name, justify="right")
    for kb in sizes_kb:
        capture = capture_from_string(varied_line(kb * 1024))
        pipeline.seconds.clear()
        started = time.perf_counter()
        article = to_article(capture, pipeline.knowledge.intake, lifted)
        pipeline.seconds["intake"] += time.perf_counter() - started
        pipeline.extract_article(article)
        total = sum(pipeline.seconds.values())
        s = pipeline.seconds
        table.add_row(
            f"{kb} KB", f"{s['intake']:.2f}", f"{s['language']:.2f}", f"{s['places']:.2f}",
            f"{s['time']:.2f}", f"{s['events']:.2f}", f"{100 * total / kb:.2f}",
        )  # fmt: skip
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scaling", default="25,50,100", help="sizes in KB ('' to skip)")
    args = parser.parse_args()
    console = Console()
    machine = f"{os.cpu_count()} cores"
    with tempfile.TemporaryDirectory() as tmp:
        console.print(command_table(Path(tmp)))
    if args.scaling:
        console.print(scaling_table([int(s) for s in args.scaling.split(",")]))
    console.print(f"({machine}; shared machines give noisy timings)")


if __name__ == "__main__":
    main()
