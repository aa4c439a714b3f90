"""The store under accidents: kill -9 and rerun, two ingests at once, Ctrl-C, backups taken
mid-ingest, and store paths that cannot work (missing, read-only, corrupt, a full disk).

Every run is the real `sitrep` command in a separate process, on small invented documents.
"""

from __future__ import annotations

import contextlib
import os
import random
import re
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from _cli import sitrep as cli
from sitrep.store import open_store

SITREP = shutil.which("sitrep", path=str(Path(sys.executable).parent)) or "sitrep"
TOWNS = ("Kaleva", "Oulu", "Vaasa", "Kotka", "Lahti", "Pori", "Kemi", "Salo")
DOCUMENTS = 120


def story(i: int) -> str:
    town = TOWNS[i % len(TOWNS)]
    return (
        f"Raid on {town}, report {i}\n\n"
        f"Gunmen killed {i % 6 + 2} villagers in {town} on Monday, police said. Report {i}.\n"
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus") / "news"
    folder.mkdir()
    for i in range(DOCUMENTS):
        (folder / f"raid-{i:03d}.txt").write_text(story(i), encoding="utf-8")
    return folder


def run(*args: str, **options) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [SITREP, *args], capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL,
        **options,
    )  # fmt: skip


def start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [SITREP, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        stdin=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip


def stored(address: str) -> int:
    """Documents versions committed so far, read from outside (-1 before the store exists)."""
    try:
        if address.startswith("postgresql"):
            import psycopg

            with psycopg.connect(address, autocommit=True) as db:
                return int(db.execute("SELECT count(*) FROM versions").fetchone()[0])
        db = sqlite3.connect(f"file:{address}?mode=ro", uri=True, timeout=5)
        try:
            return int(db.execute("SELECT count(*) FROM versions").fetchone()[0])
        finally:
            db.close()
    except Exception:  # not created or not migrated yet
        return -1


def wait_for(condition, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("waited too long")
        time.sleep(0.05)


def one_error_line(done) -> str:
    lines = done.stderr.strip().splitlines()
    assert "Traceback" not in done.stderr, done.stderr
    assert len(lines) == 1, lines
    return lines[0]


def assert_complete(address: str, count: int) -> None:
    """Every document once, with its events, and the store intact."""
    verified = run("verify", "--db", address)
    assert verified.returncode == 0, verified.stderr
    with open_store(address) as store:
        totals = store.count()
        assert totals["documents"] == totals["versions"] == count
        assert totals["events"] >= count
        assert store._value("SELECT count(*) FROM custody_log WHERE kind = 'coded'") == count
    if not address.startswith("postgresql"):
        db = sqlite3.connect(address)
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        db.close()


# ---------------------------------------------------------------- crashes


def test_killed_at_random_points_and_run_again_stores_each_document_once(corpus, store_address):
    rng = random.Random(20240306)
    counts = []
    for kill in range(4):
        child = start("ingest", str(corpus), "--db", store_address, "--jobs", "1", "--batch", "10")
        if kill == 0:
            time.sleep(rng.uniform(0.2, 2.0))  # somewhere in the start-up
        else:
            before = stored(store_address)
            wait_for(lambda b=before, c=child: stored(store_address) > b or c.poll() is not None)
            time.sleep(rng.uniform(0.0, 0.1))  # somewhere in the next batch, or its commit
        with contextlib.suppress(ProcessLookupError):  # a fast machine may have finished
            os.killpg(child.pid, signal.SIGKILL)
        child.wait()
        counts.append(stored(store_address))
    assert any(0 < c < DOCUMENTS for c in counts), counts  # the kills landed mid-way
    final = run("ingest", str(corpus), "--db", store_address, "--jobs", "1", "--batch", "10")
    assert final.returncode == 0, final.stderr
    assert_complete(store_address, DOCUMENTS)


def test_two_ingests_into_one_store_at_once_both_finish(tmp_path, corpus, store_address):
    halves = [tmp_path / "first", tmp_path / "second"]
    for n, half in enumerate(halves):
        half.mkdir()
        for i in range(n * 12, n * 12 + 12):
            shutil.copy(corpus / f"raid-{i:03d}.txt", half)
        shutil.copy(corpus / "raid-119.txt", half / "shared.txt")  # the same in both
    children = [
        start("ingest", str(h), "--db", store_address, "--jobs", "1", "--batch", "4")
        for h in halves
    ]
    for child in children:
        _, err = child.communicate(timeout=300)
        assert child.returncode == 0, err
        assert "Traceback" not in err
    assert_complete(store_address, 25)


def test_ctrl_c_says_how_far_it_got_and_loses_nothing(long_corpus, tmp_path):
    address = str(tmp_path / "s.db")  # the long corpus: still running when Ctrl-C comes
    child = start("ingest", str(long_corpus), "--db", address, "--jobs", "2", "--batch", "5")
    wait_for(lambda: stored(address) > 0 or child.poll() is not None)
    os.killpg(child.pid, signal.SIGINT)  # as a terminal does: the whole process group
    _, err = child.communicate(timeout=120)
    assert child.returncode == 130, err
    assert "Traceback" not in err
    line = one_error_line(subprocess.CompletedProcess([], 130, "", err))
    assert "interrupted:" in line and "stored" in line and "run the same command" in line
    count = stored(address)
    assert f"{count} document(s) stored" in line
    assert_complete(address, count)


# ---------------------------------------------------------------- backups


@pytest.fixture(scope="module")
def long_corpus(tmp_path_factory) -> Path:
    """Enough documents that the ingest is still running when the backup is taken, however
    fast coding gets (it codes 16 documents per pass of the model)."""
    folder = tmp_path_factory.mktemp("long") / "news"
    folder.mkdir()
    for i in range(LONG):
        (folder / f"raid-{i:04d}.txt").write_text(story(i), encoding="utf-8")
    return folder


LONG = 1000


def test_a_backup_taken_mid_ingest_restores_every_committed_document(
    tmp_path, long_corpus, store_address, request
):
    corpus = long_corpus
    child = start("ingest", str(corpus), "--db", store_address, "--jobs", "1", "--batch", "5")
    wait_for(lambda: stored(store_address) > 0 or child.poll() is not None)
    backup = tmp_path / "mid-ingest.backup"
    made = run("backup", str(backup), "--db", store_address)
    assert made.returncode == 0, made.stderr
    still_running = child.poll() is None
    os.killpg(child.pid, signal.SIGKILL)  # what the backup holds must not depend on the rest
    child.wait()
    assert still_running, "the ingest ended before the backup: nothing was tested"
    target = str(tmp_path / "restored.db")
    if store_address.startswith("postgresql"):
        target = request.getfixturevalue("postgres").create_database()
    restored = run("restore", str(backup), "--db", target)
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.startswith(f"restored {backup} into {target}: verified ")
    with open_store(target) as copy, open_store(store_address) as whole:
        ours, theirs = _by_document(copy), _by_document(whole)
    assert 0 < len(ours) <= len(theirs) <= LONG
    for key, events in ours.items():  # each one complete: the same events as in the store
        assert events and events == theirs[key], key
    again = run("restore", str(backup), "--db", target)
    line = one_error_line(again)
    assert again.returncode == 1 and "never writes over" in line


def _by_document(store) -> dict[str, list]:
    found: dict[str, list] = {}
    for record in store.iter_events():
        found.setdefault(record.document, []).append(record.event)
    return found


# ---------------------------------------------------------------- stores that cannot work


@pytest.fixture(scope="module")
def small_store(tmp_path_factory, corpus) -> Path:
    """A store holding three documents, made once; tests copy it."""
    folder = tmp_path_factory.mktemp("small")
    for i in range(3):
        shutil.copy(corpus / f"raid-{i:03d}.txt", folder)
    address = folder / "s.db"
    assert run("ingest", str(folder), "--db", str(address), "--jobs", "1").returncode == 0
    return address


def test_paths_that_cannot_be_a_store_give_one_line(tmp_path, corpus, small_store):
    text = tmp_path / "notes.txt"
    text.write_text("Field notes from the checkpoint, not a database.\n" * 50)
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(small_store.read_bytes()[:100] + os.urandom(8000))
    truncated = tmp_path / "truncated.db"
    truncated.write_bytes(small_store.read_bytes()[: 4096 * 3])
    damaged = ("corrupt", "not a sitrep store")
    cases = [
        (tmp_path / "missing" / "s.db", ("no such",)),
        (text, ("not a sitrep store",)),
        (corrupt, damaged),
        (truncated, damaged),
        (tmp_path, ("not a file",)),
    ]
    for address, reasons in cases:
        for command in (["ingest", str(corpus / "raid-000.txt")], ["verify"]):
            done = cli(*command, "--db", str(address))
            line = one_error_line(done)
            assert done.returncode in (1, 2), (command, address, line)  # 2: found on opening
            assert str(address) in line and any(r in line for r in reasons), (command, line)


def _without_write_rights() -> list[str]:
    """A prefix that runs a command without the right to write other users' files (root's
    capabilities to ignore file modes dropped); nothing for an ordinary user."""
    if os.geteuid() != 0:
        return []
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner"]


def test_a_read_only_store_can_be_read_but_not_written(tmp_path, corpus, small_store):
    folder = tmp_path / "ro"
    folder.mkdir()
    shutil.copy(small_store, folder / "s.db")
    address = str(folder / "s.db")
    os.chmod(address, 0o444)
    os.chmod(folder, 0o555)
    try:
        prefix = _without_write_rights()
        events = subprocess.run([*prefix, SITREP, "events", "--db", address, "--format", "jsonl"],
                                capture_output=True, text=True, timeout=300)  # fmt: skip
        assert events.returncode == 0 and len(events.stdout.splitlines()) >= 3, events.stderr
        export = subprocess.run([*prefix, SITREP, "export", "--db", address],
                                capture_output=True, text=True, timeout=300)  # fmt: skip
        assert export.returncode == 0 and len(export.stdout.splitlines()) >= 4
        assert "read-only" in export.stderr
        ingest = subprocess.run(
            [*prefix, SITREP, "ingest", str(corpus / "raid-010.txt"), "--db", address],
            capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        line = one_error_line(ingest)
        assert ingest.returncode == 2 and address in line and "read-only" in line
        new = str(folder / "new.db")
        create = subprocess.run(
            [*prefix, SITREP, "ingest", str(corpus / "raid-010.txt"), "--db", new],
            capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        line = one_error_line(create)
        assert create.returncode == 2 and new in line and "read-only" in line
    finally:
        os.chmod(folder, 0o755)
        os.chmod(address, 0o644)
    assert_complete(address, 3)


def _file_size_limit(limit: int):
    def limited() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return limited


def test_a_full_disk_stops_the_ingest_in_one_line_and_loses_nothing(tmp_path, corpus, small_store):
    address = tmp_path / "s.db"
    shutil.copy(small_store, address)
    more = tmp_path / "more"
    more.mkdir()
    for i in range(10, 40):
        shutil.copy(corpus / f"raid-{i:03d}.txt", more)
    done = run("ingest", str(more), "--db", str(address), "--jobs", "1",
               preexec_fn=_file_size_limit(address.stat().st_size + 16384))  # fmt: skip
    error = [line for line in done.stderr.splitlines() if line.startswith("sitrep: error:")]
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert len(error) == 1 and str(address) in error[0] and "disk" in error[0], done.stderr
    before = re.search(r"(\d+) document\(s\) stored before it", error[0])
    assert before, error[0]
    assert_complete(str(address), 3 + int(before.group(1)))


def test_an_export_that_cannot_be_finished_leaves_no_file(tmp_path, small_store):
    """The disk fills (a file size limit) half-way through the export: one line, exit 1, no
    output file and no partial one beside it, and the store unchanged."""
    address = tmp_path / "s.db"
    shutil.copy(small_store, address)
    out = tmp_path / "out" / "events.jsonl"
    out.parent.mkdir()
    entries = len(list(open_store(str(address)).log_entries()))
    done = run("export", "--db", str(address), "--format", "jsonl", "-o", str(out),
               preexec_fn=_file_size_limit(4096))  # fmt: skip
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert len(lines) == 1 and str(out) in lines[0] and "nothing written" in lines[0], lines
    assert list(out.parent.iterdir()) == []
    with open_store(str(address)) as store:
        assert len(list(store.log_entries())) == entries  # no export logged
    whole = run("export", "--db", str(address), "--format", "jsonl", "-o", str(out))
    assert whole.returncode == 0 and out.stat().st_size > 4096, whole.stderr
    assert [p.name for p in out.parent.iterdir()] == ["events.jsonl"]
