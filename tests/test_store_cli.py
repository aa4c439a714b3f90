"""The review commands over a store built by hand (no model): accept, reject, restore, merge,
split, and what they print; plus the small helpers of the store package. The commands run in
this process (`_cli.py`)."""

from __future__ import annotations

import json

import pytest

from _cli import sitrep as run
from _store_docs import doc, text_of
from sitrep.store import StoreError, add_stream, open_store


@pytest.fixture
def two(tmp_path) -> tuple[str, str, str]:
    db = str(tmp_path / "s.db")
    with open_store(db) as store:
        store.add(
            [
                doc("a", text_of("Kaleva"), events=[{"source": "Outlet A"}]),
                doc("b", text_of("Kaleva", extra=" B."), events=[{"source": "Outlet B"}]),
            ]
        )
        return db, store.article("a").event_ids[0], store.article("b").event_ids[0]


def test_review_commands(two):
    db, first, second = two
    accepted = run("event", "accept", first, "--db", db, "--as", "ana")
    assert accepted.returncode == 0 and "(accept, accepted) by ana" in accepted.stderr
    rejected = run("event", "reject", second, "--reason", "a drill", "--db", db, "--as", "ben")
    assert rejected.returncode == 0 and "rejected" in rejected.stderr
    restored = run("event", "restore", second, "1", "--reason", "it was real", "--db", db)
    assert restored.returncode == 0 and "revision 3 (restore, accepted)" in restored.stderr
    merged = run(
        "event",
        "merge",
        first,
        second,
        "--reason",
        "same strike",
        "--db",
        db,
        "--set",
        "fatalities=5",
    )
    assert merged.returncode == 0, merged.stderr
    shown = json.loads(run("event", "show", first, "--db", db, "--format", "json").stdout)
    assert shown["sources"] == ["a", "b"] and shown["fatalities"] == 5
    assert shown["source"] == "Outlet A; Outlet B"
    parts = ['{"location": "Kaleva"}', '{"location": "Oulu", "fatalities": 1}']
    split = run(
        "event",
        "split",
        first,
        "--part",
        parts[0],
        "--part",
        parts[1],
        "--reason",
        "two strikes",
        "--db",
        db,
    )
    assert split.returncode == 0 and f"{first}.2" in split.stderr
    listed = {
        e["event_id"] for e in json.loads(run("events", "--db", db, "--format", "json").stdout)
    }
    assert listed == {f"{first}.1", f"{first}.2"}
    history = run("event", "history", first, "--db", db, "--format", "table")
    assert "split" in history.stdout and "merge" in history.stdout
    table = run("event", "show", f"{first}.2", "--db", db, "--format", "table")
    assert "Oulu" in table.stdout and "evidence" in table.stdout
    assert run("verify", "--db", db).returncode == 0


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["event", "split", "{id}", "--part", "nope", "--reason", "r"], "not JSON"),
        (["event", "split", "{id}", "--part", "[1]", "--reason", "r"], "JSON object"),
        (["event", "edit", "{id}", "--set", "fatalities", "--reason", "r"], "FIELD=VALUE"),
        (["event", "show", "nope"], "no event 'nope'"),
        (["event", "merge", "{id}", "--reason", "r"], "two events or more"),
        (["event", "restore", "{id}", "7"], "has no revision 7"),
        (["article", "history", "nope"], "no document 'nope'"),
        (["events", "--since", "March"], "not an ISO date"),
        (["export", "--format", "xlsx"], "not one of csv, jsonl"),
        (["restore", "{db}", "--db", "{db}"], "holds a store already"),
    ],
)
def test_mistakes_get_one_line(two, args, says):
    db, first, _ = two
    done = run(
        *(a.format(id=first, db=db) for a in args), *(["--db", db] if "--db" not in args else [])
    )
    assert done.returncode in (1, 2) and "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and says in lines[0], lines


def test_tables_for_people(two):
    db, first, _ = two
    for args in (["events"], ["article", "history", "a"], ["event", "history", first]):
        done = run(*args, "--db", db, "--format", "table")
        assert done.returncode == 0 and "┃" in done.stdout, args
    lines = run("events", "--db", db, "--format", "jsonl").stdout.splitlines()
    assert len(lines) == 2 and all(json.loads(line)["revision"] == 1 for line in lines)


def test_add_stream_commits_in_batches(tmp_path):
    with open_store(tmp_path / "s.db") as store:
        items = [doc(f"d{i}", text_of(extra=f" {i}.")) for i in range(5)] + [
            doc("d0", text_of(extra=" 0."))
        ]
        done = add_stream(store, iter(items), batch_size=2)
        assert (done.added, done.duplicates, len(done.event_ids)) == (5, 1, 5)
        assert store.count()["log_entries"] == 10


def test_store_helpers():
    from sitrep.store.contract import coerce_changes
    from sitrep.store.postgres import safe_url
    from sitrep.store.sqlite import _statements

    assert (
        safe_url("postgresql://ana:secret@db.example/sitrep")
        == "postgresql://ana:***@db.example/sitrep"
    )
    assert safe_url("postgresql://ana@db.example/sitrep") == "postgresql://ana@db.example/sitrep"
    script = (
        "CREATE TABLE t (a);\nCREATE TRIGGER x AFTER INSERT ON t\nBEGIN SELECT 1; END;\n-- end\n"
    )
    assert len(_statements(script)) == 2
    assert coerce_changes(
        {
            "civilian_targeting": "yes",
            "fatalities": 3.0,
            "latitude": "1.5",
            "country": "",
            "factuality": "Ongoing",
        }
    ) == {
        "civilian_targeting": True,
        "fatalities": 3,
        "latitude": 1.5,
        "country": None,
        "factuality": "ongoing",
    }
    assert doc("x").identity == "x"
    with pytest.raises(StoreError):
        open_store("postgresql://nobody@127.0.0.1:1/none")


def test_a_failing_export_writer_leaves_no_file(two, tmp_path, monkeypatch):
    from sitrep.export import FORMATS, Format, write_csv

    def half_then_fail(events, out):
        out.write("event_id_cnty\n" * 100)
        raise ValueError("the writer broke")

    monkeypatch.setitem(FORMATS, "broken", Format("broken", half_then_fail))
    db = two[0]
    out = tmp_path / "exports" / "events.csv"
    out.parent.mkdir()
    done = run("export", "--db", db, "--format", "broken", "-o", str(out))
    assert done.returncode == 1
    assert done.stderr.strip() == (
        f"sitrep: error: {out}: export failed, nothing written (the writer broke)"
    )
    assert list(out.parent.iterdir()) == []
    with open_store(db) as store:
        assert not [e for e in store.log_entries() if e.kind == "export"]
    monkeypatch.setitem(FORMATS, "broken", Format("broken", write_csv))
    assert run("export", "--db", db, "--format", "broken", "-o", str(out)).returncode == 0
    assert out.read_text().startswith("event_id_cnty,") and len(list(out.parent.iterdir())) == 1
