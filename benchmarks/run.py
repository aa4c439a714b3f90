"""`make bench`: end-to-end speed and memory of sitrep against spaCy's own nlp.pipe.

Prints tables for the README. Every run of `sitrep extract` is a separate process, measured
from outside (wall time, peak RSS of the largest process, i.e. per worker).
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
from _generate import articles, write_jsonl  # noqa: E402

BIN = Path(sys.executable).parent
MEASURE = """
import resource, subprocess, sys, time, json
t = time.perf_counter()
code = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)
wall = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"code": code, "wall": wall, "rss_mb": rss}))
"""


def measure(command: list[str]) -> dict[str, float]:
    """Wall time and peak RSS (MiB, largest single process) of a command."""
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, *command], capture_output=True, text=True, check=True
    )
    result: dict[str, float] = json.loads(done.stdout)
    if result["code"] != 0:
        raise SystemExit(f"bench: {' '.join(command)} exited {result['code']}")
    return result


def bare_spacy(count: int, matmul: bool = False) -> float:
    """Articles per second of spaCy's nlp.pipe, all components, same model and texts; with
    `matmul`, on the same matrix products sitrep uses (numpy's BLAS, one thread)."""
    from sitrep.language import load_nlp, use_matmul

    nlp = use_matmul(load_nlp(exclude=())) if matmul else load_nlp(exclude=())
    texts = [a["text"] for a in articles(count)]
    list(nlp.pipe(texts[:5]))  # warm up
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    return count / (time.perf_counter() - started)


def stage_times(count: int) -> tuple[dict[str, float], float]:
    """Milliseconds per article in each stage, in one process; and the gazetteer load time."""
    from sitrep.intake import Capture
    from sitrep.pipeline import Pipeline, capture_from_string
    from sitrep.places import Gazetteer
    from sitrep.store import Stored, open_store

    started = time.perf_counter()
    Gazetteer.open()
    gazetteer_s = time.perf_counter() - started
    pipeline = Pipeline.load()
    items: list[Capture] = [
        capture_from_string(a["text"], id=a["id"], published=a["published"])
        for a in articles(count)
    ]
    done = [pipeline.extract_capture(item) for item in items]
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "bench.db")
        started = time.perf_counter()
        store.add(Stored(x, c.raw, c.source) for x, c in zip(done, items, strict=True))
        pipeline.seconds["store"] = time.perf_counter() - started
        store.close()
    return {k: 1000 * v / count for k, v in pipeline.seconds.items()}, gazetteer_s


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000", help="article counts, e.g. 1000,10000")
    parser.add_argument("--no-scale", action="store_true", help="skip Spark, ingest and load")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    console = Console()
    machine = f"{os.cpu_count()} cores, {_memory_gib():.0f} GiB, load {os.getloadavg()[0]:.1f}"
    with tempfile.TemporaryDirectory() as tmp:
        runs = _runs(Path(tmp), sizes)
        base = min(sizes[0], 1000)  # the rate of nlp.pipe does not depend on the count
        baseline, matmul = bare_spacy(base), bare_spacy(base, matmul=True)
        cold = _cold_start(Path(tmp))
        console.print(_speed_table(runs, baseline, matmul, base, machine))
        if not args.no_scale:
            from scale import scale_tables

            for table in scale_tables(Path(tmp), max(sizes), machine):
                console.print(table)
    stages, gazetteer_s = stage_times(min(sizes[0], 100))
    console.print(_stage_table(stages, gazetteer_s, cold, machine))
    from neardup import evaluate

    console.print(_copies_table(evaluate(400)))
    real_pages(console)


def real_pages(console: Console) -> None:
    """Big inputs through the command, linear growth, and extraction quality on saved pages
    (`big_inputs.py`, `extraction/score.py`)."""
    import big_inputs

    sys.path.insert(0, str(Path(__file__).resolve().parent / "extraction"))
    import score

    with tempfile.TemporaryDirectory() as tmp:
        console.print(big_inputs.command_table(Path(tmp)))
    console.print(big_inputs.scaling_table([25, 50, 100]))
    table = Table(title="article bodies on saved pages (benchmarks/extraction)")
    for name in ("set", "pages", "sitrep F1", "trafilatura F1", "titles w/o site", "outlet"):
        table.add_column(name, justify="right")
    for which in ("tuned", "heldout"):
        s = score.summary(score.run(which))
        table.add_row(
            which, str(s["pages"]), f"{s['sitrep_f1']:.3f}", f"{s['trafilatura_f1']:.3f}",
            f"{s['titles_without_site_name']:.0%}", f"{s['outlets_right']:.0%}",
        )  # fmt: skip
    console.print(table)


def _runs(tmp: Path, sizes: list[int]) -> list[tuple[int, int, dict[str, float]]]:
    runs = []
    for size in sizes:
        data = write_jsonl(tmp / f"gen-{size}.jsonl", size)
        for jobs in (1, 2):
            cmd = [str(BIN / "sitrep"), "extract", "--input", str(data), "--format", "jsonl"]
            runs.append((size, jobs, measure([*cmd, "--jobs", str(jobs)])))
    return runs


def _cold_start(tmp: Path) -> float:
    one = tmp / "one.txt"
    one.write_text(next(iter(articles(1)))["text"], encoding="utf-8")
    cmd = [str(BIN / "sitrep"), "extract", str(one), "--format", "json"]
    return measure(cmd)["wall"]


def _speed_table(
    runs: list[tuple[int, int, dict[str, float]]],
    baseline: float,
    matmul: float,
    base: int,
    machine: str,
) -> Table:
    table = Table(title=f"sitrep extract --input, end to end ({machine})", title_justify="left")
    columns = ("articles", "jobs", "seconds", "articles/s", "x nlp.pipe",
               "x nlp.pipe (same BLAS)", "peak RSS/worker")  # fmt: skip
    for name in columns:
        table.add_column(name, justify="right")
    for size, jobs, r in runs:
        rate = size / r["wall"]
        table.add_row(
            str(size), str(jobs), f"{r['wall']:.1f}", f"{rate:.1f}", f"{rate / baseline:.2f}",
            f"{rate / matmul:.2f}", f"{r['rss_mb']:.0f} MiB",
        )  # fmt: skip
    table.caption = (
        f"bare spaCy nlp.pipe, all components, 1 process, first {base} texts: {baseline:.1f} "
        f"articles/s as installed, {matmul:.1f} articles/s on numpy's BLAS like sitrep"
    )
    return table


def _copies_table(r: dict[str, float]) -> Table:
    table = Table(title="near-duplicates: generated reprints (benchmarks/neardup.py)")
    for column in r:
        table.add_column(column, justify="right")
    table.add_row(*(f"{v:.3f}" if isinstance(v, float) else str(v) for v in r.values()))
    return table


def _stage_table(stages: dict[str, float], gazetteer_s: float, cold: float, machine: str) -> Table:
    table = Table(title=f"time per 800-word article, --jobs 1 ({machine})", title_justify="left")
    table.add_column("stage")
    table.add_column("ms/article", justify="right")
    for stage, ms in stages.items():
        table.add_row(stage, f"{ms:.1f}")
    table.add_row("gazetteer load (once)", f"{1000 * gazetteer_s:.0f}")
    table.add_row("cold start: sitrep extract, one article", f"{1000 * cold:.0f}")
    return table


def _memory_gib() -> float:
    return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30


if __name__ == "__main__":
    main()
