"""The steps of a batch both engines share, and the local engine that runs them.

Read (numbered in input order) -> find copies (first seen is the original) -> code the
originals on `jobs` processes -> rows -> Parquet. Spark runs the same functions on its
executors (`batch/spark.py`); here they run in this process and its workers.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.batch.inputs import batch_files, read_batch_file
from sitrep.batch.rows import PARTITIONS, TABLES, Row, document_rows, table
from sitrep.intake import Capture, IntakeError, Rules, to_article
from sitrep.model import Article, Copy, Extraction, Failure
from sitrep.neardup import NearDuplicates, Signature

log = logging.getLogger(__name__)
Numbered = tuple[int, Capture | IntakeError]


@dataclass
class BatchReport:
    documents: int = 0
    coded: int = 0
    copies: int = 0
    failures: int = 0
    events: int = 0
    mentions: int = 0

    def line(self) -> str:
        share = self.copies / self.documents if self.documents else 0.0
        return (
            f"{self.documents} documents: {self.coded} coded, {self.copies} copies skipped "
            f"({share:.1%}), {self.failures} failed; {self.events} events, "
            f"{self.mentions} mentions"
        )

    def count(self, name: str, row: Row) -> None:
        if name == "articles":
            self.documents += 1
            self.copies += row["copy_of"] is not None
            self.coded += row["copy_of"] is None
        elif name == "failures":
            self.documents += 1
            self.failures += 1
        else:
            setattr(self, name, getattr(self, name) + 1)


def numbered(paths: Sequence[Path]) -> Iterator[Numbered]:
    """Every document of the inputs with its place in the batch (the reading order)."""
    items = (item for path in batch_files(paths) for item in read_batch_file(path))
    return enumerate(items)


def cleaned(capture: Capture, rules: Rules) -> Article | None:
    """The capture's cleaned article (None: intake fails, and coding will say why)."""
    try:
        return to_article(capture, rules)
    except Exception:  # the coding step reports this document's failure
        return None


def find_copies(
    signed: Iterable[tuple[int, str, Signature | None]], finder: NearDuplicates
) -> Iterator[tuple[int, Copy | None]]:
    """In reading order: which earlier document each one copies (None: it is an original)."""
    for order, key, sig in signed:
        if sig is None:
            yield order, None
            continue
        found = finder.match(key, sig)
        if found is None:
            finder.remember(key, sig)
        yield order, found


@dataclass
class ParquetWriter:
    """Buffers rows per table and writes them as Parquet parts; events and mentions are
    partitioned by month and country (hive layout: month=2025-03/country=Sudan/)."""

    output: Path
    every: int = 2000
    report: BatchReport = field(default_factory=BatchReport)
    _rows: dict[str, list[Row]] = field(default_factory=lambda: {t: [] for t in TABLES})

    def add(self, rows: Iterable[tuple[str, Row]]) -> None:
        for name, row in rows:
            self.report.count(name, row)
            self._rows[name].append(row)
            if len(self._rows[name]) >= self.every:
                self._flush(name)

    def close(self) -> BatchReport:
        for name in TABLES:
            self._flush(name, empty=True)
        return self.report

    def _flush(self, name: str, empty: bool = False) -> None:
        import pyarrow.parquet as pq

        rows, self._rows[name] = self._rows[name], []
        folder = self.output / name
        if not rows and (not empty or folder.exists()):
            return
        part = f"part-{uuid.uuid4().hex}-{{i}}.parquet"
        if name in PARTITIONS and rows:
            pq.write_to_dataset(
                table(name, rows), folder, partition_cols=PARTITIONS[name], basename_template=part
            )
        else:  # an empty table still gets its file, with the schema
            folder.mkdir(parents=True, exist_ok=True)
            pq.write_table(table(name, rows), folder / part.format(i=0))


def run_local(
    paths: Sequence[Path], output: Path, *, jobs: int, provenance: Mapping[str, str] | None = None
) -> BatchReport:
    """`sitrep batch --engine local`: this machine, `jobs` worker processes."""
    from sitrep._parallel import extract_stream
    from sitrep.ingestion import load_pipeline

    pipeline = load_pipeline()
    provenance = provenance or pipeline.provenance
    rules = pipeline.knowledge.intake
    writer = ParquetWriter(output)
    finder = NearDuplicates()
    orders: dict[int, int] = {}  # capture (by identity) -> its place in the batch

    def originals() -> Iterator[Capture | IntakeError]:
        for order, item in numbered(paths):
            if isinstance(item, IntakeError):
                writer.add(document_rows(order, None, Failure(item.source, item.reason), {}))
                continue
            article = cleaned(item, rules)
            sig = Signature.of(article.body) if article else None
            ((_, copy),) = find_copies([(order, item.key, sig)], finder)
            if copy is not None and article is not None:
                writer.add(document_rows(order, item, Extraction(article), provenance, copy))
                continue
            orders[id(item)] = order
            yield item

    for item, result in extract_stream(originals(), jobs, pipeline):
        order = orders.pop(id(item), -1)
        writer.add(
            document_rows(order, item if isinstance(item, Capture) else None, result, provenance)
        )
    return writer.close()
