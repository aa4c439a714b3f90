"""`sitrep load`: a batch output into the store, through the ingest service.

Each article row holds the document's bytes and its extraction (lossless JSON), so the store
gets what `sitrep ingest` would have given it: the same versions, events and custody log.
Bytes already stored add nothing, so loading twice adds nothing. A copy (a republished
report, not coded) is stored with its cleaned article, no events, and `copy_of` (the key
of the original) in its provenance.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sitrep.batch.records import extraction_from_json
from sitrep.ingestion import Ingest, IngestReport
from sitrep.model import Failure
from sitrep.store.contract import Store, Stored

COPY_OF = "copy_of"  # the provenance entry naming the original of a stored copy


def load_output(output: Path, store: Store, *, batch_size: int = 200) -> IngestReport:
    service = Ingest(store, batch_size=batch_size)
    return service.add_coded(stored_items(output))


def stored_items(output: Path) -> Iterator[Stored | Failure]:
    """The documents of a batch output in reading order (file by file, each file in order);
    a row that cannot be rebuilt is a failure naming its file."""
    import pyarrow.parquet as pq

    folder = output / "articles"
    if not folder.is_dir():
        yield Failure(str(output), "not a sitrep batch output (no articles/ folder)")
        return
    for part in sorted(folder.glob("*.parquet")):
        try:
            rows = pq.read_table(part).sort_by("order").to_pylist()
        except (OSError, ValueError) as error:
            yield Failure(str(part), f"unreadable Parquet ({error})")
            continue
        for row in rows:
            yield _stored(row, part)


def _stored(row: dict[str, Any], part: Path) -> Stored | Failure:
    try:
        extraction = extraction_from_json(row["extraction"])
    except (KeyError, TypeError, ValueError) as error:
        return Failure(f"{part}#{row.get('order')}", f"unreadable extraction ({error})")
    provenance = {k: row[k] for k in ("sitrep", "knowledge") if row.get(k)}
    if row.get("copy_of"):
        provenance[COPY_OF] = row["copy_of"]
    return Stored(
        extraction, row["raw"], row["source"], key=row["key"], captured_at=row["captured_at"],
        url=row["url"], provenance=provenance,
    )  # fmt: skip
