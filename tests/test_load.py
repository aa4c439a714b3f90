"""The load test in short (`make load` runs the full one): three reviewers for 15 seconds on a
real `sitrep serve` while 30 articles are ingested, on SQLite and on PostgreSQL. No 5xx, and
every acknowledged edit stored exactly once; every refused one left nothing behind."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "load"))

from loadtest import Settings, run_load  # noqa: E402

SHORT = Settings(reviewers=3, seconds=15, articles=30, words=150, seed_events=60, hot=3)


def test_reviewers_and_an_ingest_at_once_lose_nothing(store_address, tmp_path):
    result = run_load(store_address, tmp_path, SHORT)
    statuses = result.statuses()
    assert result.server_5xx == 0 and result.no_answer == 0, statuses
    assert result.server_errors == 0, (tmp_path / "serve.log").read_text()[-3000:]
    acknowledged = [w for w in result.writes if w.status == 200]
    assert len(result.calls) > 20 and acknowledged, statuses  # the reviewers really worked
    assert not result.lost and not result.duplicated, (result.lost, result.duplicated)
    assert not result.leftovers and not result.unknown, (result.leftovers, result.unknown)
    assert result.ingest_exit == 0, (tmp_path / "ingest.log").read_text()[-3000:]
    assert result.ingested == SHORT.articles
    assert result.verified, result.verify_line
    assert result.ok


def test_the_check_finds_lost_duplicated_and_left_behind_edits(tmp_path):
    from loadtest import Result, Write, check_revisions

    from _store_docs import doc
    from sitrep.store import open_store

    address = str(tmp_path / "s.db")
    with open_store(address) as store:
        store.add([doc("a")])
        (event_id,) = [r.event.event_id for r in store.iter_events()]
        kept = store.revise(event_id, {"fatalities": 5}, user="ana", reason="m1")
        store.revise(event_id, {"fatalities": 6}, user="ana", reason="twice")
        store.revise(event_id, {"fatalities": 7}, user="ana", reason="twice")
        store.revise(event_id, {"fatalities": 8}, user="ana", reason="refused yet stored")
    result = Result(address, Settings(seed_events=1))
    result.writes = [
        Write("ana", event_id, "edit", "m1", 200, kept.number),  # as acknowledged: fine
        Write("ana", event_id, "edit", "never stored", 200, 9),
        Write("ana", event_id, "edit", "twice", 200, 3),
        Write("ana", event_id, "edit", "refused yet stored", 409, None),
        Write("ana", event_id, "edit", "refused", 409, None),  # nothing stored: fine
        Write("bo", event_id, "edit", "m1", 200, kept.number),  # someone else's revision
    ]
    check_revisions(address, result)
    assert len(result.lost) == 2
    assert "(never stored)" in result.lost[0] and "by bo (m1): stored as" in result.lost[1]
    assert len(result.duplicated) == 1 and "(twice)" in result.duplicated[0]
    assert len(result.leftovers) == 1
    assert "(refused yet stored): answered 409" in result.leftovers[0]
    assert not result.unknown and not result.ok
