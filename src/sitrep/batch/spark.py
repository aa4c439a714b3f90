"""The Spark engine of `sitrep batch`: the batch steps as Spark tasks, on any cluster.

Files are read one task each (sitrep's own readers) and numbered in reading order; the
executors compute near-duplicate signatures, which the driver scans in order (first seen is
the original; memory: one signature per original); the executors then code the originals
with one `Pipeline` per executor process, loaded once from the knowledge bundle the driver
ships and checked against its digest (never rebuilt there: the gazetteer index must exist on
every executor, as `sitrep gazetteer build` leaves it). Rows are written as Parquet.
"""

from __future__ import annotations

import functools
import logging
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from sitrep.batch.inputs import batch_files, read_batch_file
from sitrep.batch.rows import PARTITIONS, SCHEMAS, TABLES, document_rows
from sitrep.batch.run import BatchReport, cleaned, find_copies
from sitrep.intake import IntakeError
from sitrep.knowledge import Knowledge, bundle_digest
from sitrep.model import Copy, Extraction, Failure
from sitrep.neardup import NearDuplicates, Signature
from sitrep.pipeline import BATCH, Pipeline

log = logging.getLogger(__name__)
Numbered = tuple[int, Any]  # (place in the batch, Capture or Failure)

# One pipeline per executor process, by knowledge digest: Spark reuses its Python workers,
# so each loads spaCy and the gazetteer once for all the tasks it runs.
_PIPELINES: dict[str, Pipeline] = {}


def run_spark(
    paths: Sequence[Path], output: Path, *, master: str = "local[*]", partitions: int = 0
) -> BatchReport:
    from pyspark import StorageLevel
    from pyspark.sql import SparkSession

    from sitrep.places.gazetteer import ensure_gazetteer

    ensure_gazetteer()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # executors run this Python
    knowledge = Knowledge.load()
    digest = _digest(knowledge)
    provenance = {"sitrep": _version(), "knowledge": digest}
    spark = (
        SparkSession.builder.master(master)
        .appName("sitrep batch")
        .config("spark.python.worker.reuse", "true")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    try:
        context = spark.sparkContext
        shipped = context.broadcast(knowledge)
        files = [str(f) for f in batch_files(paths)]
        numbered = (
            context.parallelize(files, max(1, len(files)))
            .flatMap(_read)
            .zipWithIndex()
            .map(lambda pair: (pair[1], pair[0]))
            .persist(StorageLevel.MEMORY_AND_DISK)
        )
        log.debug("reading and signing %d files", len(files))
        signed = numbered.mapPartitions(functools.partial(_signatures, shipped))
        copies = dict(
            (order, copy)
            for order, copy in find_copies(signed.toLocalIterator(), NearDuplicates())
            if copy is not None
        )
        log.debug("%d copies found; coding", len(copies))
        shipped_copies = context.broadcast(copies)
        count = partitions or 4 * context.defaultParallelism
        coded = (
            numbered.repartition(count)
            .mapPartitions(functools.partial(_code, shipped, digest, shipped_copies, provenance))
            .persist(StorageLevel.MEMORY_AND_DISK)
        )
        report = _write(spark, coded, output)
        coded.unpersist()
        numbered.unpersist()
        return report
    finally:
        spark.stop()


def _version() -> str:
    from sitrep import __version__

    return __version__


def _digest(knowledge: Knowledge) -> str:
    """The digest a pipeline on this machine would have (`Pipeline.digest`), without spaCy."""
    from sitrep.places import Gazetteer

    gazetteer = Gazetteer.open(lexicon=knowledge.places, build=False)
    return bundle_digest(knowledge.files, gazetteer.identity())


def _read(path: str) -> Iterator[Any]:
    """One file's documents; failures as plain values (exceptions do not travel well)."""
    for item in read_batch_file(Path(path)):
        yield Failure(item.source, item.reason) if isinstance(item, IntakeError) else item


def _signatures(shipped: Any, items: Iterable[Numbered]) -> Iterator[tuple[int, str, Any]]:
    rules = shipped.value.intake
    for order, item in items:
        if isinstance(item, Failure):
            yield order, "", None
            continue
        article = cleaned(item, rules)
        yield order, item.key, Signature.of(article.body) if article else None


def executor_pipeline(knowledge: Knowledge, digest: str) -> Pipeline:
    """This process's pipeline for `digest`, loaded on first use from the shipped bundle."""
    if digest not in _PIPELINES:
        pipeline = Pipeline.load(knowledge=knowledge)
        if pipeline.digest != digest:
            raise RuntimeError(
                f"knowledge digest {pipeline.digest[:12]} on this executor, {digest[:12]} on "
                "the driver: install the same sitrep and gazetteer on every machine"
            )
        _PIPELINES[digest] = pipeline
    return _PIPELINES[digest]


def _code(
    shipped: Any, digest: str, copies: Any, provenance: dict[str, str], items: Iterable[Numbered]
) -> Iterator[tuple[str, tuple[Any, ...]]]:
    """`(table, row)` of every document of a partition; the originals coded in batches."""
    pipeline = executor_pipeline(shipped.value, digest)
    known: dict[int, Copy] = copies.value
    stream = iter(items)
    while chunk := [pair for _, pair in zip(range(BATCH), stream, strict=False)]:
        todo = [(o, i) for o, i in chunk if o not in known or isinstance(i, Failure)]
        results = iter(pipeline.extract_batch([i for _, i in todo]))
        for order, item in chunk:
            if isinstance(item, Failure):
                next(results)
                rows = document_rows(order, None, item, provenance)
            elif order in known:
                article = cleaned(item, pipeline.knowledge.intake)
                result: Extraction | Failure = (
                    Extraction(article) if article else Failure(item.source, "unreadable")
                )
                rows = document_rows(order, item, result, provenance, known[order])
            else:
                rows = document_rows(order, item, next(results), provenance)
            for name, row in rows:
                yield name, _ordered(name, row)


def _ordered(name: str, row: dict[str, Any]) -> tuple[Any, ...]:
    values = []
    for field in SCHEMAS[name]:
        value = row.get(field.name)
        if field.name == "evidence" and value is not None:
            value = [(e["field"], e["text"], e["start"], e["end"]) for e in value]
        values.append(value)
    return tuple(values)


def _write(spark: Any, coded: Any, output: Path) -> BatchReport:
    from pyspark.sql.pandas.types import from_arrow_schema

    for name in TABLES:
        log.debug("writing %s", name)
        rows = coded.filter(lambda pair, n=name: pair[0] == n).map(lambda pair: pair[1])
        frame = spark.createDataFrame(rows, from_arrow_schema(SCHEMAS[name]))
        if name == "articles":
            frame = frame.orderBy("order")  # parts in reading order, for `sitrep load`
        writer = frame.write.mode("errorifexists")
        if name in PARTITIONS:
            writer = writer.partitionBy(*PARTITIONS[name])
        writer.parquet(str(output / name))
    return _report(coded)


def _report(coded: Any) -> BatchReport:
    copy_of = SCHEMAS["articles"].names.index("copy_of")
    counts = coded.map(lambda pair: pair[0]).countByValue()
    copies = coded.filter(lambda pair: pair[0] == "articles" and pair[1][copy_of]).count()
    return BatchReport(
        documents=counts.get("articles", 0) + counts.get("failures", 0),
        coded=counts.get("articles", 0) - copies, copies=copies,
        failures=counts.get("failures", 0), events=counts.get("events", 0),
        mentions=counts.get("mentions", 0),
    )  # fmt: skip
