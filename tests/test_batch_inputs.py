"""Batch inputs: Parquet rows read like JSONL lines, gzipped JSONL, unknown files named."""

from __future__ import annotations

import gzip
import json

from sitrep.batch.inputs import batch_files, read_batch_file
from sitrep.batch.records import extraction_from_json, extraction_to_json
from sitrep.intake import Capture, IntakeError
from sitrep.pipeline import capture_from_string

TEXT = "Militiamen burned two villages near Velmora on Monday, residents said."


def test_parquet_rows_become_keyed_captures(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [
        {"id": "a", "text": TEXT, "url": None, "published": "2025-02-03"},
        {"id": "b", "text": None, "url": "https://news.example/b", "published": None},
        {"id": "c", "text": TEXT.upper(), "url": "https://news.example/c", "published": None},
    ]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "docs.parquet")
    items = list(read_batch_file(tmp_path / "docs.parquet"))
    assert [type(i).__name__ for i in items] == ["Capture", "IntakeError", "Capture"]
    assert isinstance(items[0], Capture) and items[0].published == "2025-02-03"
    assert items[0].key == "a" and items[0].source.endswith("docs.parquet:1")
    assert isinstance(items[2], Capture) and items[2].key == "https://news.example/c"
    assert isinstance(items[1], IntakeError) and "text" in items[1].reason


def test_parquet_without_a_text_column_is_one_failure(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist([{"body": TEXT}]), tmp_path / "x.parquet")
    (item,) = read_batch_file(tmp_path / "x.parquet")
    assert isinstance(item, IntakeError) and "column" in item.reason


def test_gzipped_jsonl_and_a_broken_stream(tmp_path):
    good = tmp_path / "a.jsonl.gz"
    with gzip.open(good, "wt", encoding="utf-8") as out:
        out.write(json.dumps({"id": "g1", "text": TEXT}) + "\n\n" + "{bad\n")
    items = list(read_batch_file(good))
    assert isinstance(items[0], Capture) and items[0].key == "g1"
    assert isinstance(items[1], IntakeError) and items[1].source.endswith("a.jsonl.gz:3")
    broken = tmp_path / "b.jsonl.gz"
    broken.write_bytes(good.read_bytes()[:-12])
    assert isinstance(list(read_batch_file(broken))[-1], IntakeError)


def test_folders_walked_for_known_suffixes_and_others_named(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.jsonl").write_text(json.dumps({"text": TEXT}), encoding="utf-8")
    (tmp_path / "in" / "notes.txt").write_text("not an input", encoding="utf-8")
    assert [p.name for p in batch_files([tmp_path / "in"])] == ["a.jsonl"]
    (item,) = read_batch_file(tmp_path / "in" / "notes.txt")
    assert isinstance(item, IntakeError) and "not a batch input" in item.reason


def test_an_extraction_survives_its_json_exactly():
    from sitrep.pipeline import Pipeline

    extraction = Pipeline.load().extract_capture(capture_from_string(TEXT, published="2025-02-04"))
    assert extraction.events
    assert extraction_from_json(extraction_to_json(extraction)) == extraction
