"""`make load`: 20 reviewers for 2 minutes against `sitrep serve` while 1,000 articles are
ingested, on SQLite and on PostgreSQL; prints the figures for `docs/reliability.md`.

    python load/run.py [--reviewers 20] [--seconds 120] [--articles 1000] [--backend sqlite]

Exits 1 when an acknowledged edit was lost or stored twice, a refused one left a revision, a
request got a 5xx or no answer, or `sitrep verify` failed. p95 above the 300 ms target is
reported (and fails the run only with --strict-latency): timings depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

from rich.console import Console
from rich.table import Table

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from loadtest import Result, Settings, run_load  # noqa: E402

P95_TARGET_MS = 300.0
READS, WRITES = ("list", "event"), ("edit", "reject", "restore")


def machine() -> str:
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (
        f"{os.cpu_count()} cores, {memory:.0f} GiB, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}; load average before the run {load}"
    )


def one(backend: str, settings: Settings, work: Path) -> Result:
    if backend == "sqlite":
        return run_load(str(work / "load.db"), work, settings)
    from _postgres import PostgresServer

    server = PostgresServer().start()
    try:
        return run_load(server.create_database(), work, settings)
    finally:
        server.stop()


def table(results: dict[str, Result]) -> Table:
    out = Table(title="Load: reviewers on the API while an ingest runs")
    out.add_column("")
    for backend in results:
        out.add_column(backend, justify="right")

    def row(name: str, value) -> None:  # noqa: ANN001
        out.add_row(name, *(str(value(r)) for r in results.values()))

    row("reviewers / seconds", lambda r: f"{r.settings.reviewers} / {r.elapsed:.0f}")
    row("requests", lambda r: len(r.calls))
    row("requests per second", lambda r: f"{len(r.calls) / max(r.elapsed, 1e-9):.1f}")
    for label, kinds in (("all", None), ("reads", READS), ("writes", WRITES)):
        row(f"p50 / p95 / p99 ms, {label}", lambda r, k=kinds: _percentiles(r, k))
    row("answers", lambda r: " ".join(f"{s}:{n}" for s, n in sorted(r.statuses().items())))
    row("5xx / no answer", lambda r: f"{r.server_5xx} / {r.no_answer}")
    row("writes acknowledged", lambda r: sum(1 for w in r.writes if w.status == 200))
    row("writes refused (409/422/404)", lambda r: sum(1 for w in r.writes if w.status in
                                                       (404, 409, 422)))  # fmt: skip
    row("lost / duplicated / left behind", lambda r: f"{len(r.lost)} / {len(r.duplicated)} / "
                                                     f"{len(r.leftovers)}")  # fmt: skip
    row("ingest: articles stored", lambda r: f"{r.ingested} of {r.settings.articles}")
    row("ingest: seconds (exit)", lambda r: f"{r.ingest_seconds:.0f} ({r.ingest_exit})")
    row("sitrep verify", lambda r: "ok" if r.verified else f"FAILED: {r.verify_line}")
    row("p95 under 300 ms", lambda r: "yes" if r.latency()["p95"] < P95_TARGET_MS else "no")
    return out


def _percentiles(result: Result, kinds: tuple[str, ...] | None) -> str:
    cut = result.latency(kinds)
    return f"{cut['p50']:.0f} / {cut['p95']:.0f} / {cut['p99']:.0f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], action="append")
    parser.add_argument("--reviewers", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--words", type=int, default=250)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--strict-latency", action="store_true")
    args = parser.parse_args()
    settings = Settings(args.reviewers, args.seconds, args.articles, args.words)
    console = Console()
    console.print(f"machine: {machine()}")
    results: dict[str, Result] = {}
    for backend in args.backend or ["sqlite", "postgresql"]:
        work = Path(tempfile.mkdtemp(prefix=f"sitrep-load-{backend}-"))
        try:
            results[backend] = one(backend, settings, work)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    console.print(table(results))
    for backend, result in results.items():
        for problem in [*result.lost, *result.duplicated, *result.leftovers, *result.unknown][:20]:
            console.print(f"{backend}: {problem}", markup=False)
    if args.json:
        data = {b: _figures(r) for b, r in results.items()}
        args.json.write_text(json.dumps({"machine": machine(), "runs": data}, indent=2))
    slow = any(r.latency()["p95"] >= P95_TARGET_MS for r in results.values())
    return 0 if all(r.ok for r in results.values()) and not (slow and args.strict_latency) else 1


def _figures(result: Result) -> dict:
    return {
        "settings": asdict(result.settings),
        "requests": len(result.calls),
        "seconds": result.elapsed,
        "statuses": dict(result.statuses()),
        "latency_ms": {k: result.latency(v) for k, v in (("all", None), ("reads", READS),
                                                         ("writes", WRITES))},  # fmt: skip
        "lost": result.lost, "duplicated": result.duplicated, "left_behind": result.leftovers,
        "unknown": result.unknown, "ingested": result.ingested,
        "ingest_seconds": result.ingest_seconds, "verified": result.verified,
    }  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
