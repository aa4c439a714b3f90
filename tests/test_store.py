import sqlite3

import pytest

from _records import extraction
from sitrep.store import Stored, open_store
from sitrep.store.base import migrations


def stored():
    x = extraction()
    return Stored(x, x.article.original.encode(), "kaleva.txt")


def test_store_keeps_events_mentions_and_evidence(tmp_path):
    store = open_store(tmp_path / "s.db")
    assert store.add([stored()]).added == 1
    events = list(store.events())
    mentions = list(store.events(mentions=True))
    assert [e.event_id for e in events] == ["e1"]
    assert [m.event_id for m in mentions] == ["m1"]
    assert events[0].evidence[0].text == "shelled"
    assert events[0].fatalities == 4 and events[0].latitude == 10.5
    store.close()


def test_same_bytes_add_nothing(tmp_path):
    store = open_store(tmp_path / "s.db")
    store.add([stored()])
    again = store.add([stored()])
    assert (again.added, again.duplicates) == (0, 1)
    assert store.count() == {"articles": 1, "events": 1, "mentions": 1}
    store.close()


def test_schema_is_versioned_and_wal(tmp_path):
    path = tmp_path / "s.db"
    open_store(path).close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == migrations()[-1][0]
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # reopening migrates nothing twice
    assert open_store(path).schema_version == migrations()[-1][0]


def test_raw_capture_is_kept_with_its_hash(tmp_path):
    store = open_store(tmp_path / "s.db")
    store.add([stored()])
    store.close()
    db = sqlite3.connect(tmp_path / "s.db")
    raw, sha = db.execute("SELECT raw, sha256 FROM articles").fetchone()
    import hashlib

    assert hashlib.sha256(raw).hexdigest() == sha


def test_a_file_that_is_no_store_is_named_in_the_error(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Field notes from the checkpoint, not a database.\n" * 50)
    with pytest.raises(sqlite3.DatabaseError, match="notes.txt: not a sitrep store"):
        open_store(path)


def test_a_stream_is_stored_in_batches(tmp_path):
    from sitrep.store import add_stream

    store = open_store(tmp_path / "s.db")
    counts = add_stream(store, (stored() for _ in range(5)), batch_size=2)
    assert (counts.added, counts.duplicates) == (1, 4)
    store.close()
