"""Faults: the app and the watcher killed with SIGKILL in the middle of their writes and
started again, and a disk that fills up in the middle of an ingest.

After the kills no acknowledged edit is lost or stored twice, no article of a feed is lost,
no alert is lost, an alert reaches its receiver twice only when a kill came inside its send
(the ledger shows the send begun and never finished) and `sitrep verify` passes. Everything
runs as real processes on loopback; the articles are invented.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from sitrep.places.gazetteer import default_path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "load"))

from loadtest import (  # noqa: E402
    SITREP,
    Result,
    Settings,
    _reviewers,
    check_revisions,
    free_port,
    prepare,
    start,
    stop,
    verify,
    wait_until_served,
)

from _webserver import answer, serving  # noqa: E402
from sitrep.store import EventQuery, open_store  # noqa: E402


def kill(process: subprocess.Popen) -> None:
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def wait_for(condition, timeout: float = 180.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("waited too long")
        time.sleep(0.05)


# ---------------------------------------------------------------- the app


def test_the_app_killed_during_edits_loses_no_acknowledged_edit(store_address, tmp_path):
    settings = Settings(reviewers=4, seconds=600, think=(0.0, 0.05), seed_events=40, hot=4)
    tokens = prepare(store_address, settings)
    token = next(iter(tokens.values()))
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    result = Result(store_address, settings)
    server = start(["serve", "--db", store_address, "--port", str(port)], tmp_path / "serve.log")
    wait_until_served(base, token, server)
    team = threading.Thread(target=lambda: asyncio.run(_reviewers(base, tokens, result)))
    team.start()
    rng = random.Random(20260306)
    acknowledged_at_kill = []
    try:
        for _ in range(3):
            done = sum(1 for w in result.writes if w.status == 200)
            wait_for(lambda d=done: sum(1 for w in result.writes if w.status == 200) > d + 5)
            time.sleep(rng.uniform(0.0, 0.2))  # somewhere in the next edits
            kill(server)
            acknowledged_at_kill.append(sum(1 for w in result.writes if w.status == 200))
            server = start(["serve", "--db", store_address, "--port", str(port)],
                           tmp_path / "serve.log")  # fmt: skip
            wait_until_served(base, token, server)
        after = acknowledged_at_kill[-1]
        wait_for(lambda: sum(1 for w in result.writes if w.status == 200) > after + 5)
    finally:
        result.stopped = True
        team.join()
        stop(server)
    check_revisions(store_address, result)
    verify(store_address, result)
    assert result.server_5xx == 0, result.statuses()
    assert result.no_answer > 0  # the reviewers went on through the kills and felt them
    assert not result.lost and not result.duplicated, (result.lost, result.duplicated)
    assert not result.leftovers, result.leftovers
    # an edit in flight at a kill got no answer: it was stored once or not at all
    assert all(u.endswith((", 0 stored", ", 1 stored")) for u in result.unknown), result.unknown
    assert result.verified, result.verify_line


# ---------------------------------------------------------------- the watcher

TOWNS = ("Kano", "Kaduna", "Maiduguri", "Jos", "Sokoto", "Zaria", "Bauchi", "Yola", "Gombe",
         "Katsina", "Minna", "Ilorin")  # fmt: skip
ITEMS = 18


def article(i: int) -> str:
    """An invented report: its own town and day, so no two tell one occurrence."""
    town, day = TOWNS[i % len(TOWNS)], i + 1
    killed = i % 5 + 2
    return (
        f"<!doctype html><html><head><title>Gunmen kill {killed} in {town}</title>"
        f'<meta name="date" content="2025-03-{day:02d}"></head><body><article>'
        f"<h1>Gunmen kill {killed} in {town}</h1><p>March {day}, 2025</p>"
        f"<p>Gunmen killed {killed} villagers in {town}, in northern Nigeria, on March {day}, "
        f"police said. Residents said the attackers arrived on motorcycles.</p>"
        f"</article></body></html>"
    )


class GrowingFeed:
    """A feed listing the items released so far, newest first."""

    def __init__(self, base: str) -> None:
        self.base, self.shown = base, 0

    def release(self, count: int) -> None:
        self.shown = min(ITEMS, self.shown + count)

    def __call__(self, h) -> None:  # noqa: ANN001
        entries = "".join(
            f"<item><title>Report {i}</title><link>{self.base}/a/{i}</link><guid>r{i}</guid>"
            f"<description>Report {i}</description></item>"
            for i in reversed(range(self.shown))
        )
        body = '<?xml version="1.0"?><rss version="2.0"><channel><title>Kano Wire</title>'
        answer(body=f"{body}{entries}</channel></rss>", content_type="application/rss+xml")(h)


def documents(address: str) -> int:
    try:
        with open_store(address) as store:
            return store.count()["documents"]
    except Exception:  # not created yet
        return -1


def test_the_watcher_killed_while_storing_and_alerting_loses_nothing(store_address, tmp_path):
    env = {
        **os.environ, "SITREP_ALLOW_NETS": "127.0.0.1/32", "SITREP_FETCH_INTERVAL": "0",
        "SITREP_WEBHOOK_SECRET": "fault-test-secret", "SITREP_HOME": str(tmp_path / "home"),
    }  # fmt: skip
    shutil.copytree(
        default_path().parent,
        env["SITREP_HOME"],
        dirs_exist_ok=True,
    )  # fmt: skip  (the gazetteer index, built once)

    def sitrep(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([SITREP, *args, "--db", store_address], capture_output=True,
                              text=True, env=env, timeout=600)  # fmt: skip

    def watching() -> subprocess.Popen[bytes]:
        log = (tmp_path / "watch.log").open("ab")
        return subprocess.Popen(
            [SITREP, "watch", "--interval", "1s", "--db", store_address], stdout=log,
            stderr=subprocess.STDOUT, env=env, start_new_session=True,
        )  # fmt: skip

    with serving() as site:
        feed = GrowingFeed(site.url(""))
        site.routes.update({"/feed.xml": feed, "/hook": answer(204, b"")})
        site.routes.update({f"/a/{i}": answer(body=article(i)) for i in range(ITEMS)})
        assert sitrep("feeds", "add", site.url("/feed.xml")).returncode == 0
        followed = sitrep("follow", "add", "nigeria", "--country", "Nigeria",
                          "--webhook", site.url("/hook"))  # fmt: skip
        assert followed.returncode == 0, followed.stderr
        rng = random.Random(1503)
        at_kill = []
        for _ in range(4):
            watcher = watching()
            before = documents(store_address)
            feed.release(4)
            wait_for(lambda b=before, w=watcher: documents(store_address) > b or w.poll())
            time.sleep(rng.uniform(0.0, 1.0))  # in what follows a commit: items, alerts
            kill(watcher)
            at_kill.append(documents(store_address))
        feed.release(ITEMS)
        final = sitrep("watch", "--once")
        assert final.returncode == 0, (final.stdout, final.stderr)
        retried = sitrep("follow", "retry")
        assert retried.returncode == 0, retried.stderr
        hooks = [s.headers.get("X-Sitrep-Delivery") for s in site.seen if s.path == "/hook"]

    assert any(0 < n < ITEMS for n in at_kill), at_kill  # the kills came in the middle
    from sitrep.sources.ledger import Ledger

    with open_store(store_address) as store:
        for i in range(ITEMS):  # no article lost
            assert store.document_versions(site.url(f"/a/{i}")), f"item {i} was never stored"
        events = [
            r for r in store.iter_events(EventQuery(country="Nigeria", limit=500))
            if r.merged_into is None
        ]  # fmt: skip
        ledger = Ledger.open(store)
    alerts = list(ledger.alerts.values())
    told = Counter(a.event_id for a in alerts if a.payload.get("kind") == "new")
    assert len(events) >= ITEMS
    for record in events:  # no alert lost, none queued twice
        assert told[record.event.event_id] == 1, (record.event.event_id, told)
    assert not ledger.pending(), [a.id for a in ledger.pending()]
    received = Counter(hooks)
    assert set(received) == {a.id for a in alerts}  # each delivered, none unknown
    for alert_id, times in received.items():  # twice only when a kill came inside its send
        interrupted = ledger.alerts[alert_id].interrupted
        assert times <= 1 + interrupted, (alert_id, times, interrupted)
    checked = subprocess.run([SITREP, "verify", "--db", store_address], capture_output=True,
                             text=True, env=env)  # fmt: skip
    assert checked.returncode == 0, checked.stderr


# ---------------------------------------------------------------- a full disk


@contextlib.contextmanager
def small_disk(folder: Path, size: str):
    """A tmpfs of `size` mounted at `folder` (root only): a disk that really fills up."""
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True, text=True)  # fmt: skip
    if done.returncode != 0:
        pytest.skip(f"no tmpfs to fill (mount: {done.stderr.strip()}); the file-size-limit "
                    "test in test_store_crash.py covers the same path")  # fmt: skip
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_a_disk_that_fills_up_mid_ingest_gives_one_line_and_a_store_that_verifies(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    for i in range(60):
        town = TOWNS[i % len(TOWNS)]
        (news / f"raid-{i:03d}.txt").write_text(
            f"Raid on {town}, report {i}\n\nGunmen killed {i % 6 + 2} villagers in {town}, "
            f"Nigeria, on Monday, police said. " + "Residents fled to nearby towns. " * 150,
            encoding="utf-8",
        )
    with small_disk(tmp_path / "disk", "1600k") as disk:
        address = str(disk / "s.db")
        # transactions of 5 (about 0.3 MB here), so the disk fills after some commit however
        # fast the machine codes (50 at a time, a fast one filled it in the first)
        ingest = [SITREP, "ingest", str(news), "--db", address, "--jobs", "1", "--batch", "5"]
        done = subprocess.run(ingest, capture_output=True, text=True, timeout=600)
        errors = [line for line in done.stderr.splitlines() if line.startswith("sitrep: error:")]
        assert done.returncode != 0 and "Traceback" not in done.stderr, done.stderr
        assert len(errors) == 1 and "disk" in errors[0] and address in errors[0], done.stderr
        with open_store(address) as store:
            kept = store.count()["documents"]
        assert 0 < kept < 60, kept  # the disk filled in the middle
        checked = subprocess.run([SITREP, "verify", "--db", address], capture_output=True,
                                 text=True)  # fmt: skip
        assert checked.returncode == 0, checked.stderr
        again = subprocess.run(ingest, capture_output=True, text=True, timeout=600)
        assert again.returncode != 0 and "Traceback" not in again.stderr  # still full: one line
        with open_store(address) as store:
            assert store.count()["documents"] >= kept  # nothing stored was lost


def test_recovery_alerts_what_an_alerting_command_stored_and_not_a_backfill(tmp_path):
    from dataclasses import replace

    from _store_docs import doc, text_of
    from sitrep.sources.alerts import Alerter
    from sitrep.sources.ledger import ALERTS_TAG, Ledger, Topic

    with open_store(tmp_path / "s.db") as store:
        Ledger.open(store).add_topic(Topic("north", country="Ruritania"))
        store.add([doc("archive/oulu.txt", text_of("Oulu"), events=[{"town": "Oulu"}])])
        owed = doc("feed/kotka", text_of("Kotka"), events=[{"town": "Kotka"}])
        tagged = {**owed.provenance, ALERTS_TAG: "yes"}  # as `sitrep watch` and `ingest` tag
        store.add([replace(owed, provenance=tagged)])  # stored; the process died before alerts
        (kotka,) = [r.event.event_id for r in store.iter_events() if r.document == "feed/kotka"]
        first = Alerter(store, merge=False)
        assert first.recover() == 1
        assert [a.event_id for a in first.ledger.alerts.values()] == [kotka]
        first.close()
        again = Alerter(store, merge=False)  # noted as handled: nothing twice
        assert again.recover() == 0 and len(again.ledger.alerts) == 1
        again.close()
