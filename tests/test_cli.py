"""The CLI contract, run as a user runs it: the installed `sitrep` command in a subprocess."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SITREP = shutil.which("sitrep", path=str(Path(sys.executable).parent)) or "sitrep"
STORY = (
    "Fighting near Kaleva\n\n"
    "KALEVA, Ruritania (Newswire) - Government troops recaptured the town of Kaleva from rebel "
    "fighters on Tuesday after two days of heavy fighting, the army said.\n"
)


def run(*args: str, cwd: Path | None = None, stdin: str | None = None):
    return subprocess.run(
        [SITREP, *args], capture_output=True, text=True, cwd=cwd, input=stdin, timeout=300
    )


def test_extract_json_has_the_article_contract(shared_dir):
    done = run("extract", str(shared_dir / "samples" / "aleppo-2016.txt"), "--format", "json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    for key in ("title", "standfirst", "authors", "published", "published_inferred", "body",
                "captions", "related", "url", "sha256"):  # fmt: skip
        assert key in data["article"]
    assert data["events"] and all(e["evidence"] for e in data["events"])


def test_jsonl_in_order_with_bad_lines_listed(tmp_path):
    lines = [
        json.dumps({"id": "first", "text": STORY}),
        "{not json",
        json.dumps({"id": "third", "text": STORY.replace("Tuesday", "Monday")}),
    ]
    docs = tmp_path / "docs.jsonl"
    docs.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = run("extract", "--input", str(docs), "--format", "jsonl")
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert [o.get("id") for o in out][0] == "first" and out[2]["id"] == "third"
    assert "error" in out[1] and "docs.jsonl:2" in out[1]["id"]
    assert done.returncode == 1  # some failed, the good ones were still extracted
    assert "docs.jsonl:2" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("name", "content"),
    [("empty.txt", b""), ("binary.txt", b"\x00\x01\x02\xff" * 50)],
)
def test_bad_file_gets_one_line_and_exit_2(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    done = run("extract", str(path), "--format", "json")
    assert done.returncode == 2
    assert name in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_missing_path_and_no_input_are_usage_errors(tmp_path):
    missing = run("extract", str(tmp_path / "nope.txt"))
    assert missing.returncode == 2 and "nope.txt" in missing.stderr
    nothing = run("extract")
    assert nothing.returncode == 2 and "Traceback" not in nothing.stderr


def test_ingest_is_idempotent_and_exports_acled_csv(tmp_path):
    (tmp_path / "kaleva.txt").write_text(STORY, encoding="utf-8")
    db = str(tmp_path / "s.db")
    first = run("ingest", str(tmp_path / "kaleva.txt"), "--db", db, "--jobs", "1")
    assert first.returncode == 0, first.stderr
    again = run("ingest", str(tmp_path / "kaleva.txt"), "--db", db, "--jobs", "1")
    assert "stored 0 new" in again.stderr
    exported = run("export", "--format", "csv", "--db", db)
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert "Government regains territory" in {r["sub_event_type"] for r in rows}
    listed = run("events", "--db", db, "--format", "json")
    assert [e["event_id"] for e in json.loads(listed.stdout)] == [r["event_id_cnty"] for r in rows]


def test_version():
    done = run("--version")
    assert done.returncode == 0 and done.stdout.startswith("sitrep ")


def test_places_jsonl_contract(tmp_path):
    docs = tmp_path / "docs.jsonl"
    text = "Shells fell on Kharkiv and on the outskirts of Odesa overnight."
    docs.write_text(json.dumps({"id": "a1", "text": text}) + "\n", encoding="utf-8")
    done = run("places", "--input", str(docs), "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["id"] == "a1"
    names = {p["text"] for p in record["places"]}
    assert {"Kharkiv", "Odesa"} <= names
    for p in record["places"]:
        assert text[p["start"] : p["end"]] == p["text"]
        for key in ("name", "latitude", "longitude", "geonameid", "country", "iso", "admin1",
                    "admin2", "feature", "geo_precision"):  # fmt: skip
            assert key in p


def test_verbose_logs_each_article_and_quiet_does_not(tmp_path):
    (tmp_path / "kaleva.txt").write_text(STORY, encoding="utf-8")
    loud = run("--verbose", "extract", str(tmp_path / "kaleva.txt"), "--format", "json")
    assert "DEBUG" in loud.stderr and "kaleva" in loud.stderr
    quiet = run("--quiet", "extract", str(tmp_path / "kaleva.txt"), "--format", "json")
    assert quiet.stderr == ""


def test_mentions_of_the_sample_are_kept_apart_with_their_class(tmp_path, shared_dir):
    db = str(tmp_path / "s.db")
    sample = str(shared_dir / "samples" / "aleppo-2016.txt")
    assert run("ingest", sample, "--db", db, "--jobs", "1").returncode == 0
    mentions = json.loads(run("mentions", "--db", db, "--format", "json").stdout)
    classes = {(m["factuality"], m["location"]) for m in mentions}
    assert ("future", "Idleb") in classes  # the coming offensive (ACLED spells the region so)
    assert any(f == "negated" for f, _ in classes)  # the air battle Israel avoided
    assert any(f == "historical" and loc == "Rwanda" for f, loc in classes)
    events = json.loads(run("events", "--db", db, "--format", "json").stdout)
    assert not {e["event_id"] for e in events} & {m["event_id"] for m in mentions}
