"""`sitrep batch` on Spark local[2] and locally over WARC.gz and JSONL, then `sitrep load`:
exactly the events `sitrep ingest`'s service stores from the same articles, field for field;
a corrupt record lands in the failures dataset and the rest is coded."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from _system import ensure_package
from sitrep.model import as_dict

BIN = Path(sys.executable).parent
STORIES = [
    (
        "Gunmen kill police officers in Velmora",
        "VELMORA, Dastra (Wire) - Gunmen attacked a police post in Velmora on Monday, killing "
        "four officers, a regional official said.\n\nThe attackers fled toward the hills.",
    ),
    (
        "Air strike hits market in Port Serin",
        "An air strike hit the crowded fish market of Port Serin on Sunday, killing seven "
        "civilians and wounding twenty, hospital staff in Kaldonia said.",
    ),
    (
        "Teachers march in Orvik",
        "Hundreds of teachers marched through central Orvik on Tuesday to demand unpaid wages, "
        "and police fired tear gas to disperse them near the ministry of education.",
    ),
    (
        "Rebels seize border crossing near Tallis",
        "Fighters of the Crimson Banner Brigade seized the border crossing east of Tallis on "
        "Friday after a night of clashes with the army, residents told reporters.",
    ),
    (
        "Aid convoy ambushed outside Merrow",
        "Armed men ambushed an aid convoy on the road outside Merrow on Wednesday and abducted "
        "three drivers, the relief agency running it said in a statement.",
    ),
    (
        "Roadside bomb strikes bus near Caddon",
        "A roadside bomb struck a passenger bus near Caddon on Thursday, killing five people, "
        "including two children, the provincial governor said.",
    ),
]


def story(i: int) -> tuple[str, str]:
    """An invented report (title, body) with an event, a place, a day and a toll."""
    return STORIES[i]


def write_warc(path: Path) -> None:
    """Three HTML responses as separate gzip members; the second one is corrupted."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    members = []
    for i in range(3):
        buffer = io.BytesIO()
        writer = WARCWriter(buffer, gzip=True)
        title, body = story(i)
        paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
        page = f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{paragraphs}"
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            f"https://news.example/{i}", "response",
            payload=io.BytesIO(f"{page}</body></html>".encode()), http_headers=http,
        )  # fmt: skip
        writer.write_record(record)
        members.append(buffer.getvalue())
    broken = members[1]
    members[1] = broken[: len(broken) // 2] + bytes(b ^ 0x5A for b in broken[len(broken) // 2 :])
    path.write_bytes(b"".join(members))


def write_jsonl(path: Path) -> None:
    lines = []
    for i in range(3, 6):
        title, body = story(i)
        lines.append(json.dumps({"id": f"j{i}", "text": f"{title}\n\n{body}",
                                 "published": f"2025-04-0{i}"}))  # fmt: skip
    lines.insert(1, "{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def sitrep(*args: str, timeout: int = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / "sitrep"), *args], capture_output=True, text=True, timeout=timeout
    )


def stored_events(db: Path) -> list[dict[str, object]]:
    from sitrep.store import open_store

    with open_store(db) as store:
        events = [as_dict(r.event) for r in store.iter_events()]
    return sorted(events, key=lambda e: str(e["event_id"]))


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("batch-in")
    write_warc(folder / "crawl.warc.gz")
    write_jsonl(folder / "feed.jsonl")
    return [folder / "crawl.warc.gz", folder / "feed.jsonl"]


@pytest.fixture(scope="module")
def ingested(inputs: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What the ingest service stores from the same captures (as `sitrep ingest` does)."""
    from sitrep.batch.inputs import read_batch_file
    from sitrep.ingestion import Ingest
    from sitrep.store import open_store

    db = tmp_path_factory.mktemp("ingest") / "ingest.db"
    with open_store(db) as store:
        Ingest(store, jobs=1).run(item for path in inputs for item in read_batch_file(path))
    return db


def check_output(out: Path) -> None:
    import pyarrow.dataset as ds

    failures = ds.dataset(out / "failures").to_table().to_pylist()
    reasons = {f["source"].rsplit("/", 1)[-1]: f["reason"] for f in failures}
    assert set(reasons) == {"feed.jsonl:2", next(k for k in reasons if "crawl.warc.gz" in k)}
    events = ds.dataset(out / "events", partitioning="hive").to_table().to_pylist()
    assert events and all(e["evidence"] and e["knowledge"] and e["month"] for e in events)
    assert {e["country"] for e in events} <= {"unknown"} | {e["country"] for e in events}


def test_spark_batch_then_load_stores_the_events_of_ingest(inputs, ingested, tmp_path):
    ensure_package("openjdk-17-jre-headless", provides="java")
    from typer.testing import CliRunner

    from sitrep.cli import app

    out = tmp_path / "out"
    args = ["batch", *map(str, inputs), str(out), "--engine", "spark", "--master", "local[2]"]
    done = CliRunner().invoke(app, args)  # in this process: the driver's code is measured
    assert done.exit_code == 1, done.output[-2000:]  # some failed, the rest was coded
    assert done.exception is None or isinstance(done.exception, SystemExit)
    assert "7 documents: 5 coded, 0 copies skipped (0.0%), 2 failed" in done.output
    check_output(out)
    db = tmp_path / "loaded.db"
    first = sitrep("load", str(out), "--db", str(db))
    assert first.returncode == 0, first.stderr
    again = sitrep("load", str(out), "--db", str(db))
    assert "loaded 0 new document(s), 0 new version(s), 5 already stored" in again.stderr
    loaded, wanted = stored_events(db), stored_events(ingested)
    assert len(wanted) >= 6
    assert loaded == wanted  # every field, evidence included


def test_local_batch_codes_originals_and_stores_copies_as_copies(inputs, ingested, tmp_path):
    from sitrep.batch.load import load_output
    from sitrep.batch.run import run_local
    from sitrep.store import open_store

    reprint = tmp_path / "reprint.jsonl"  # the first JSONL story again, retitled and padded
    title, body = story(3)
    text = f"Update: {title}\n\n{body}\n\nSubscribe to our newsletter for more."
    reprint.write_text(json.dumps({"id": "r1", "text": text}) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    report = run_local([*inputs, reprint], out, jobs=2)
    assert (report.documents, report.coded, report.copies, report.failures) == (8, 5, 1, 2)
    check_output(out)
    db = tmp_path / "loaded.db"
    with open_store(db) as store:
        first = load_output(out, store)
        again = load_output(out, store)
        versions = store.document_versions("r1")
    assert (first.added, again.added, again.duplicates) == (6, 0, 6)
    assert stored_events(db) == stored_events(ingested)  # the copy adds no events
    assert len(versions) == 1 and versions[0].events == 0


def test_batch_refuses_a_used_output_folder(inputs, tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "x").write_text("", encoding="utf-8")
    done = sitrep("batch", str(inputs[1]), str(tmp_path / "out"))
    assert done.returncode == 2 and "not empty" in done.stderr and "Traceback" not in done.stderr
