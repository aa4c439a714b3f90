"""`make bench`, past one process: Spark local[2] against `sitrep ingest --jobs 2` on the same
generated articles, `sitrep load` into SQLite and PostgreSQL, and a 100-million-article
backfill estimated from the measured rates. Prints tables; each run is a separate process.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from rich.table import Table
from run import BIN, measure

ROOT = Path(__file__).resolve().parents[1]
BACKFILL = 100_000_000
CORE_HOUR = 0.04  # USD per vCPU-hour: an assumed on-demand cloud price, not a measurement


def scale_tables(tmp: Path, size: int, machine: str) -> list[Table]:
    import pyarrow.dataset as ds

    data = tmp / f"gen-{size}.jsonl"
    sitrep = str(BIN / "sitrep")
    ingest = measure([sitrep, "ingest", "--input", str(data), "--db", str(tmp / "i.db"), "-j", "2"])
    out = tmp / "spark-out"
    spark = measure([sitrep, "batch", str(data), str(out), "--engine", "spark", "--master",
                     "local[2]"])  # fmt: skip
    rows = ds.dataset(out / "articles").to_table(columns=["copy_of"]).to_pylist()
    copies = sum(r["copy_of"] is not None for r in rows)
    loads = {"SQLite": measure([sitrep, "load", str(out), "--db", str(tmp / "load.db")])}
    server = _postgres()
    if server is not None:
        try:
            url = server.create_database()
            loads["PostgreSQL"] = measure([sitrep, "load", str(out), "--db", url])
        finally:
            server.stop()
    table = Table(title=f"Spark and the store, {size} articles ({machine})", title_justify="left")
    for name in ("run", "seconds", "documents/s", "coded/s", "x ingest -j 2", "peak RSS"):
        table.add_column(name, justify="right")
    base = size / ingest["wall"]
    table.add_row("sitrep ingest --jobs 2 (SQLite)", *_cells(ingest, size, size, base))
    table.add_row("sitrep batch --engine spark local[2]", *_cells(spark, size, size - copies,
                                                                  base))  # fmt: skip
    for name, run in loads.items():
        table.add_row(f"sitrep load into {name}", *_cells(run, size - copies, 0, None))
    table.caption = (
        f"near-duplicates skipped by the batch: {copies} of {size} ({copies / size:.1%}); "
        "peak RSS: the largest process waited for (Spark's JVM and Python workers may be "
        "left out); the Spark run includes starting the JVM and loading a pipeline per worker"
    )
    return [table, _backfill(spark["wall"], size - copies, size)]


def _cells(run: dict[str, float], documents: int, coded: int, base: float | None) -> list[str]:
    rate = documents / run["wall"]
    return [f"{run['wall']:.1f}", f"{rate:.1f}", f"{coded / run['wall']:.1f}" if coded else "",
            f"{rate / base:.2f}" if base else "", f"{run['rss_mb']:.0f} MiB"]  # fmt: skip


def _backfill(seconds: float, coded: int, documents: int) -> Table:
    """Core-hours for 100 million articles at the measured per-core rate (Spark local[2],
    so two cores); scaling is linear in documents and in cores (tasks share nothing)."""
    per_core = coded / seconds / 2
    skipped = 1 - coded / documents
    table = Table(title="a 100-million-article backfill, from the measured per-core rate")
    for name in ("per-core rate", "copies skipped", "core-hours", "on 100 cores", "cost"):
        table.add_column(name, justify="right")
    core_hours = BACKFILL * (1 - skipped) / per_core / 3600
    table.add_row(f"{per_core:.1f} articles/s", f"{skipped:.1%}", f"{core_hours:,.0f}",
                  f"{core_hours / 100:,.0f} h", f"${core_hours * CORE_HOUR:,.0f}")  # fmt: skip
    table.caption = f"cost at an assumed ${CORE_HOUR}/vCPU-hour; the skip share is the set's own"
    return table


def _postgres() -> Any:
    """A PostgreSQL server started for the bench (the tests' helper: fsync off), or None."""
    sys.path.insert(0, str(ROOT / "tests"))
    try:
        from _postgres import PostgresServer

        return PostgresServer().start()
    except Exception as error:  # the bench goes on without PostgreSQL
        print(f"bench: no PostgreSQL ({error})", file=sys.stderr)
        return None
