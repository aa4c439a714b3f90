"""The ingest service and the store's commands, run as a user runs them (the real pipeline)."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import sitrep
from _cli import sitrep as cli
from sitrep.ingestion import Ingest, document_key, keyed_captures
from sitrep.intake import Capture
from sitrep.intake.read import read_file
from sitrep.store import EventQuery, open_store

SITREP = shutil.which("sitrep", path=str(Path(sys.executable).parent)) or "sitrep"
STORY = (
    "Fighting near Kaleva\n\n"
    "KALEVA, Ruritania (Newswire) - Government troops recaptured the town of Kaleva from rebel "
    "fighters on Tuesday after two days of heavy fighting, the army said.\n"
)
UPDATED = STORY.replace("Tuesday after two days", "Wednesday after three days")
RAID = "Raid on Oulu\n\nGunmen killed four villagers in Oulu on Monday, police said.\n"


def run(*args: str, cwd: Path | None = None):
    return subprocess.run(
        [SITREP, *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture(scope="module")
def pipeline():
    from sitrep.pipeline import Pipeline

    return Pipeline.load()


def test_a_changed_document_keeps_both_versions_and_the_export_shows_the_new_one(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "kaleva.txt").write_text(STORY, encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert cli("ingest", str(news), "--db", db, "--jobs", "1").returncode == 0
    (news / "kaleva.txt").write_text(UPDATED, encoding="utf-8")
    again = cli("ingest", str(news), "--db", db, "--jobs", "1")
    assert again.returncode == 0 and "1 new version" in again.stderr, again.stderr
    versions = json.loads(
        cli("article", "history", "kaleva.txt", "--db", db, "--format", "json").stdout
    )
    assert [(v["number"], v["events"] > 0) for v in versions] == [(1, True), (2, True)]
    exported = cli("export", "--format", "jsonl", "--db", db)
    rows = [json.loads(line) for line in exported.stdout.splitlines()]
    assert rows and {(r["document"], r["version"]) for r in rows} == {("kaleva.txt", 2)}
    with open_store(db) as store:
        old = store.article("kaleva.txt", 1)
        assert old.event_ids and not set(old.event_ids) & {r["event_id"] for r in rows}
    verified = cli("verify", "--db", db)
    assert verified.returncode == 0, verified.stderr
    assert verified.stdout.startswith("verified 2 captures, ")


def test_a_batch_on_two_processes_stores_the_good_and_names_each_bad_one(tmp_path):
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "kaleva.txt").write_text(STORY, encoding="utf-8")
    (batch / "oulu.txt").write_text(RAID, encoding="utf-8")
    (batch / "blank.html").write_text("<html><body> </body></html>", encoding="utf-8")
    (batch / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 64)
    (batch / "empty.txt").write_bytes(b"")
    lines = [json.dumps({"id": "wire-1", "text": RAID.replace("Oulu", "Vaasa")}), "{broken"]
    (batch / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = str(tmp_path / "s.db")
    done = run("ingest", str(batch), "--db", db, "--jobs", "2")
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("sitrep: error:")]
    named = sorted(Path(line.split(": ")[2].split(":")[0]).name for line in errors)
    assert named == ["binary.txt", "blank.html", "empty.txt", "feed.jsonl"], errors
    assert "feed.jsonl:2" in done.stderr
    with open_store(db) as store:
        keys = {r.document for r in store.iter_events()}
        assert {"kaleva.txt", "oulu.txt", "wire-1"} <= keys
        assert store.count()["documents"] == 3


def test_an_edit_shows_in_the_export_and_the_history_keeps_the_machines_value(tmp_path):
    (tmp_path / "oulu.txt").write_text(RAID, encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert cli("ingest", str(tmp_path / "oulu.txt"), "--db", db, "--jobs", "1").returncode == 0
    listed = json.loads(cli("events", "--db", db, "--format", "json").stdout)
    event_id, machine = listed[0]["event_id"], listed[0]["fatalities"]
    edit = cli("event", "edit", event_id, "--set", f"fatalities={machine + 2}", "--set",
               "notes=Four villagers and two police officers.", "--reason", "police statement",
               "--as", "ana", "--db", db)  # fmt: skip
    assert edit.returncode == 0, edit.stderr
    history = json.loads(cli("event", "history", event_id, "--format", "json", "--db", db).stdout)
    assert [h["kind"] for h in history] == ["coded", "edit"]
    assert history[1]["changes"]["fatalities"] == [machine, machine + 2]
    assert history[1]["user"] == "ana" and history[1]["reason"] == "police statement"
    current = list(csv.DictReader(io.StringIO(cli("export", "--db", db).stdout)))
    by_id = {r["event_id_cnty"]: r for r in current}
    assert (
        by_id[event_id]["fatalities"] == str(machine + 2) and by_id[event_id]["review"] == "edited"
    )
    machine_view = list(
        csv.DictReader(io.StringIO(cli("export", "--view", "machine", "--db", db).stdout))
    )
    assert {r["event_id_cnty"]: r for r in machine_view}[event_id]["fatalities"] == str(machine)
    reviewed = list(
        csv.DictReader(io.StringIO(cli("export", "--view", "reviewed", "--db", db).stdout))
    )
    assert [r["event_id_cnty"] for r in reviewed] == [event_id]
    stale = cli("event", "edit", event_id, "--set", "fatalities=1", "--reason", "r", "--base", "1",
                "--db", db)  # fmt: skip
    assert stale.returncode == 1 and "based on revision 1, latest is 2" in stale.stderr
    bad = cli("event", "edit", event_id, "--set", "fatalities=lots", "--reason", "r", "--db", db)
    assert bad.returncode == 1 and "fatalities" in bad.stderr and "Traceback" not in bad.stderr
    shown = json.loads(cli("event", "show", event_id, "--db", db, "--format", "json").stdout)
    assert shown["revision"] == 2 and shown["evidence"]
    out = tmp_path / "export.csv"
    assert cli("export", "--db", db, "-o", str(out)).returncode == 0
    refused = cli("export", "--db", db, "-o", str(out))
    assert refused.returncode == 2 and "exists already" in refused.stderr
    with open_store(db) as store:
        exports = [e for e in store.log_entries() if e.kind == "export"]
    assert exports[-1].subject == str(out)
    assert (
        exports[-1].detail["sha256"] == __import__("hashlib").sha256(out.read_bytes()).hexdigest()
    )
    assert cli("verify", "--db", db).returncode == 0


def test_reading_commands_never_create_a_store(tmp_path):
    for args in (["events"], ["export"], ["verify"], ["event", "show", "x"]):
        done = cli(*args, "--db", str(tmp_path / "none.db"))
        assert done.returncode == 2 and "no such store" in done.stderr, args
    assert not (tmp_path / "none.db").exists()


def test_the_service_calls_back_per_event_and_skips_what_is_stored(tmp_path, pipeline):
    news = tmp_path / "news"
    news.mkdir()
    (news / "kaleva.txt").write_text(STORY, encoding="utf-8")
    (news / "oulu.txt").write_text(RAID, encoding="utf-8")
    heard = []

    def shout(record):
        heard.append(record.event.event_id)
        raise RuntimeError("the alert service is down")  # must not stop the ingest

    with open_store(tmp_path / "s.db") as store:
        service = Ingest(store, pipeline=pipeline, on_event=shout)
        report = service.paths([news])
        assert (report.added, report.duplicates, report.failures) == (2, 0, [])
        assert sorted(heard) == sorted(r.event.event_id for r in store.iter_events())
        record = store.event(heard[0])
        assert record.coded_by == {"sitrep": sitrep.__version__, "knowledge": pipeline.digest}
        again = Ingest(store, pipeline=lambda: pytest.fail("nothing new: no need to load"))
        assert again.paths([news]).duplicates == 2


def test_the_library_entry_point(tmp_path, pipeline):
    import sitrep

    (tmp_path / "oulu.txt").write_text(RAID, encoding="utf-8")
    report = sitrep.ingest([tmp_path / "oulu.txt"], db=tmp_path / "s.db", pipeline=pipeline)
    assert report.added == 1 and report.events >= 1
    with sitrep.open_store(tmp_path / "s.db") as store:
        assert store.count_events(EventQuery(document="oulu.txt")) == report.events


class _Fragile:
    """A real pipeline that breaks on two documents the way bugs do: an exception, a crash."""

    def __init__(self, pipeline) -> None:
        self.pipeline = pipeline
        self.provenance = pipeline.provenance

    def extract_capture(self, capture: Capture):
        if "explode" in capture.text:
            raise ValueError("a bug in a rule\nwith a second line")
        if "vanish" in capture.text:
            os._exit(9)  # the worker dies
        return self.pipeline.extract_capture(capture)

    def extract_batch(self, items):  # a batch holding a bad document breaks as a whole
        for item in items:
            if isinstance(item, Capture) and ("explode" in item.text or "vanish" in item.text):
                self.extract_capture(item)  # raises, or kills the worker
        return self.pipeline.extract_batch(items)


@pytest.mark.parametrize("jobs", [1, 2])
def test_any_exception_in_one_document_fails_that_document_only(tmp_path, pipeline, jobs):
    news = tmp_path / "news"
    news.mkdir()
    for name, text in (("a.txt", STORY), ("b.txt", RAID + " explode"), ("c.txt", RAID)):
        (news / name).write_text(text, encoding="utf-8")
    if jobs > 1:
        (news / "d.txt").write_text(RAID + " vanish", encoding="utf-8")
    with open_store(tmp_path / "s.db") as store:
        report = Ingest(store, pipeline=_Fragile(pipeline), jobs=jobs).paths([news])
    reasons = {Path(f.source).name: f.reason for f in report.failures}
    assert reasons["b.txt"] == "ValueError: a bug in a rule"
    if jobs > 1:
        assert reasons["d.txt"] == "the worker process coding it died"
    assert report.added == 2


def test_document_keys(tmp_path):
    folder = tmp_path / "news"
    (folder / "2024").mkdir(parents=True)
    (folder / "2024" / "a.txt").write_text(RAID, encoding="utf-8")
    (folder / "b.txt").write_text(RAID, encoding="utf-8")
    jsonl = tmp_path / "feed.jsonl"
    records = [
        {"id": "wire-7", "text": RAID},
        {"id": "x", "url": "https://news.example/1", "text": RAID},
    ]
    jsonl.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    keys = [c.key for c in keyed_captures([folder, folder / "b.txt"], [jsonl])]
    assert keys == ["wire-7", "https://news.example/1", "2024/a.txt", "b.txt", "b.txt"]
    assert document_key(read_file(folder / "b.txt")) == "b.txt"


def test_every_store_command_works_on_postgresql_through_sitrep_db(tmp_path, postgres):
    url = postgres.create_database()
    (tmp_path / "oulu.txt").write_text(RAID, encoding="utf-8")

    def sitrep_(*args: str):
        return cli(*args, env={"SITREP_DB": url})

    assert sitrep_("ingest", str(tmp_path / "oulu.txt"), "--jobs", "1").returncode == 0
    listed = json.loads(sitrep_("events", "--format", "json").stdout)
    event_id = listed[0]["event_id"]
    edited = sitrep_("event", "edit", event_id, "--set", "fatalities=9", "--reason", "r")
    assert edited.returncode == 0, edited.stderr
    history = json.loads(sitrep_("event", "history", event_id, "--format", "json").stdout)
    assert [h["number"] for h in history] == [1, 2]
    assert (
        json.loads(sitrep_("event", "show", event_id, "--format", "json").stdout)["fatalities"] == 9
    )
    versions = json.loads(sitrep_("article", "history", "oulu.txt", "--format", "json").stdout)
    assert [v["number"] for v in versions] == [1]
    exported = list(csv.DictReader(io.StringIO(sitrep_("export").stdout)))
    assert [r["fatalities"] for r in exported if r["event_id_cnty"] == event_id] == ["9"]
    verified = sitrep_("verify")
    assert verified.returncode == 0 and verified.stdout.startswith("verified 1 captures")
    assert sitrep_("backup", str(tmp_path / "pg.dump")).returncode == 0
    wrong = sitrep_("events", "--db", url.rsplit("/", 1)[0] + "/no_such_database")
    assert (
        wrong.returncode == 2
        and "cannot connect" in wrong.stderr
        and "Traceback" not in wrong.stderr
    )
