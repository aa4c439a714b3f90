"""Batch commands: `sitrep batch` (archives to Parquet, locally or on Spark), `sitrep load`."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from sitrep.cli._common import Db, Jobs, app, err, fail, open_db, resolve_jobs


class Engine(StrEnum):
    local = "local"
    spark = "spark"


@app.command()
def batch(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Inputs (JSONL, JSONL.gz, Parquet, WARC, WARC.gz, folders), then OUTPUT."
        ),
    ],
    engine: Annotated[
        Engine, typer.Option("--engine", help="local (this machine) or spark.")
    ] = Engine.local,
    master: Annotated[
        str, typer.Option("--master", help="Spark master URL (spark engine).")
    ] = "local[*]",
    jobs: Jobs = 0,
    partitions: Annotated[
        int, typer.Option("--partitions", help="Spark partitions to code in (default: 4 per core).")
    ] = 0,
) -> None:
    """Code archives into Parquet datasets: articles, events and mentions (by event month and
    country), failures. Republished copies are found first and not coded again.

    Example: sitrep batch crawl/*.warc.gz news.jsonl out/ --engine spark --master local[2]
    """
    if len(paths) < 2:
        raise fail("give at least one INPUT and the OUTPUT folder")
    *inputs, output = paths
    if output.exists() and any(output.iterdir()):
        raise fail(f"{output}: exists and is not empty; give a new output folder")
    missing = [p for p in inputs if not p.exists()]
    if missing:
        raise fail(f"{missing[0]}: no such file or folder")
    if engine is Engine.spark:
        from sitrep.batch.spark import run_spark

        report = run_spark(inputs, output, master=master, partitions=partitions)
    else:
        from sitrep.batch.run import run_local

        report = run_local(inputs, output, jobs=resolve_jobs(jobs))
    err.print(f"sitrep: {report.line()}; written to {output}", markup=False, highlight=False)
    if report.failures:
        raise typer.Exit(2 if report.failures == report.documents else 1)


@app.command()
def load(
    output: Annotated[Path, typer.Argument(help="A sitrep batch output folder.")],
    db: Db = "sitrep.db",
) -> None:
    """Store a batch output (articles, events, evidence, copies) through the ingest service;
    loading twice adds nothing. Example: sitrep load out/ --db sitrep.db
    """
    from sitrep.batch.load import load_output

    if not (output / "articles").is_dir():
        raise fail(f"{output}: not a sitrep batch output (no articles/ folder)")
    with open_db(db, create=True) as store:
        report = load_output(output, store)
    err.print(
        f"sitrep: loaded {report.added} new document(s), {report.versions} new version(s), "
        f"{report.duplicates} already stored; {report.events} events",
        markup=False,
        highlight=False,
    )
    for failure in report.failures:
        err.print(f"sitrep: error: {failure}", markup=False, highlight=False)
    if report.failures:
        raise typer.Exit(1)
