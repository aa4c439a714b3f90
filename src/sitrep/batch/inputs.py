"""The documents of a batch: JSONL (.gz), Parquet (a `text` or `html` column), WARC (.gz).

Each file is read by sitrep's own readers, so a batch sees the very captures `sitrep ingest`
would; a Parquet row is read like a JSONL line. Every capture gets its document key.
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path

from sitrep.ingestion import document_key
from sitrep.intake import Capture, IntakeError
from sitrep.intake.read import _jsonl_capture, read_jsonl  # one line, one capture: as ingest

JSONL = (".jsonl", ".ndjson")
PARQUET = (".parquet", ".parq")
WARC = (".warc", ".warc.gz")
SUFFIXES = (*JSONL, *(s + ".gz" for s in JSONL), *PARQUET, *WARC)
PARQUET_COLUMNS = ("id", "text", "html", "url", "published")

Item = Capture | IntakeError


def batch_files(paths: Sequence[Path]) -> list[Path]:
    """The input files: given files as they are, folders walked for known suffixes."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = (p for p in sorted(path.rglob("*")) if p.is_file() and _known(p))
            out.extend(p for p in found if not any(s.startswith(".") for s in p.parts))
        else:
            out.append(path)
    return out


def _known(path: Path) -> bool:
    return path.name.lower().endswith(SUFFIXES)


def read_batch_file(path: Path) -> Iterator[Item]:
    """Every document of one file, in order, keyed; an unreadable part is an `IntakeError`."""
    for item in _read(path):
        yield item if isinstance(item, IntakeError) else _keyed(item)


def _keyed(capture: Capture) -> Capture:
    return dataclasses.replace(capture, key=document_key(capture))


def _read(path: Path) -> Iterator[Item]:
    name = path.name.lower()
    if not path.is_file():
        yield IntakeError(str(path), "no such file")
    elif name.endswith(WARC):
        from sitrep.sources.warc import read_warc

        yield from read_warc(path)
    elif name.endswith(PARQUET):
        yield from read_parquet(path)
    elif name.endswith(".gz"):
        yield from read_jsonl_gz(path)
    elif name.endswith(JSONL):
        yield from read_jsonl(path)
    else:
        yield IntakeError(str(path), f"not a batch input (one of {', '.join(SUFFIXES)})")


def read_jsonl_gz(path: Path) -> Iterator[Item]:
    """Gzipped JSONL; a break in the compressed stream ends the file with one failure."""
    number = 0
    try:
        with gzip.open(path, "rt", encoding="utf-8", errors="replace") as lines:
            for number, line in enumerate(lines, start=1):
                if line.strip():
                    yield _line(line, f"{path}:{number}")
    except (OSError, EOFError, zlib.error) as error:
        yield IntakeError(f"{path}:{number + 1}", f"broken gzip stream ({error})")


def _line(line: str, source: str) -> Item:
    try:
        return _jsonl_capture(json.loads(line), source)
    except json.JSONDecodeError as error:
        return IntakeError(source, f"bad JSON ({error.msg})")
    except IntakeError as error:
        return error


def read_parquet(path: Path) -> Iterator[Item]:
    """One capture per row of a Parquet file with a `text` or `html` column."""
    import pyarrow.parquet as pq

    try:
        handle = pq.ParquetFile(path)
        names = set(handle.schema_arrow.names)
        if not names & {"text", "html"}:
            yield IntakeError(str(path), 'no "text" or "html" column')
            return
        columns = [c for c in PARQUET_COLUMNS if c in names]
        rows = (
            r for b in handle.iter_batches(columns=columns, batch_size=256) for r in b.to_pylist()
        )
        for number, record in enumerate(rows, start=1):
            try:
                yield _jsonl_capture(_dated(record), f"{path}:{number}")
            except IntakeError as error:
                yield error
    except (OSError, ValueError) as error:  # pyarrow's errors derive from these
        yield IntakeError(str(path), f"unreadable Parquet ({type(error).__name__}: {error})")


def _dated(record: dict[str, object]) -> dict[str, object]:
    """Parquet dates and timestamps as the ISO text a JSONL line would carry."""
    published = record.get("published")
    if published is not None and not isinstance(published, str):
        record = {**record, "published": str(published)[:10]}
    return record
