# ruff: noqa: F811  (pytest fixtures imported from _web are redefined as arguments)
"""The home page's summaries (count, timeline, map grid): kept per store revision, computed
again after any write, from this app or another process; the cached map grid merges into the
same cells as the store's own grid."""

from __future__ import annotations

import re
import threading

from fastapi.testclient import TestClient

from _web import client, demo_master, first_event, open_db  # noqa: F401  (fixtures)
from sitrep.store import EventQuery, open_store
from sitrep.web.overview import FINE_ZOOM, FineGrid, _store_grid
from sitrep.web.summaries import Summaries, WarmAfterWrites, Warmer, summary_key


def test_last_change_grows_with_every_write(store_address):
    with open_store(store_address) as store:
        before = store.last_change()
        assert before >= 0
        store.add_user("tess", "viewer", None, by="test")
        after = store.last_change()
        assert after > before
        assert after == max(entry.position for entry in store.log_entries())
        store.users()
        assert store.last_change() == after  # reading is not a change


def test_a_summary_is_computed_once_per_revision(open_db):
    summaries, calls = Summaries(), []

    def compute() -> int:
        calls.append(1)
        return len(calls)

    with open_store(open_db) as store:
        assert summaries.get(store, "k", compute) == 1
        assert summaries.get(store, "k", compute) == 1  # nothing written: not computed again
        assert summaries.get(store, "other", compute) == 2
        store.add_user("tess", "viewer", None, by="test")
        assert summaries.get(store, "k", compute) == 3


def test_requests_asking_at_once_share_one_computation(open_db):
    summaries, calls = Summaries(), []
    started, finish = threading.Event(), threading.Event()

    def slow() -> str:
        calls.append(1)
        started.set()
        assert finish.wait(10)
        return "new"

    with open_store(open_db) as store, open_store(open_db) as other:
        assert summaries.get(store, "k", lambda: "old") == "old"
        store.add_user("tess", "viewer", None, by="test")
        results: list[str] = []
        first = threading.Thread(target=lambda: results.append(summaries.get(store, "k", slow)))
        first.start()
        assert started.wait(10)
        second = threading.Thread(target=lambda: results.append(summaries.get(other, "k", slow)))
        second.start()
        second.join(0.3)
        assert second.is_alive() and results == []  # it waits: no value from before the write
        finish.set()
        first.join(10)
        second.join(10)
        assert results == ["new", "new"] and len(calls) == 1


def test_a_write_through_the_app_prepares_the_home_page_again(open_db):
    from fastapi import FastAPI, HTTPException

    inner = FastAPI()
    inner.get("/read")(lambda: {})
    inner.post("/write")(lambda: {})

    @inner.post("/refused")
    def refused() -> None:
        raise HTTPException(422, "no")

    warmed = threading.Event()
    warmer = Warmer(lambda: open_store(open_db), [lambda store: warmed.set()])
    web = TestClient(WarmAfterWrites(inner, warmer))
    assert web.get("/read").status_code == 200
    assert web.post("/refused").status_code == 422
    assert not warmed.wait(0.3)  # neither reading nor a refused request prepares anything
    assert web.post("/write").status_code == 200
    assert warmed.wait(10)
    warmer.join(10)


def test_summaries_keep_a_bounded_number_of_values(open_db):
    summaries = Summaries(entries=2)
    with open_store(open_db) as store:
        for key in ("a", "b", "c"):
            summaries.get(store, key, lambda key=key: key)
        assert summaries.get(store, "a", lambda: "again") == "again"  # the oldest went
        assert summaries.get(store, "c", lambda: "never") == "c"


def test_the_page_and_the_map_follow_a_write_made_elsewhere(open_db):
    web = client(open_db, map_points=2)

    def shown() -> tuple[int, int]:
        page = web.get("/").text
        count = int(re.search(r"([\d,]+) events match", page).group(1).replace(",", ""))  # type: ignore[union-attr]
        grid = web.get("/api/map?zoom=1").json()["grid"]
        return count, sum(cell[2] for cell in grid)

    count, mapped = shown()
    assert shown() == (count, mapped)  # served from the summaries
    with open_store(open_db) as store:  # another process's write: the ingest service, the CLI
        store.reject(first_event(open_db), user="test", reason="a duplicate")
    assert shown() == (count - 1, mapped - 1)


def test_summary_keys_ignore_the_page_and_the_order():
    one = EventQuery(country="Sudan", sort="-fatalities", limit=10, cursor="abc")
    two = EventQuery(country="Sudan")
    assert summary_key(one) == summary_key(two)
    boxed = EventQuery(country="Sudan", bbox=(0, 0, 1, 1))
    assert summary_key(boxed, bbox=False) == summary_key(two, bbox=False) != summary_key(boxed)
    assert summary_key(one) != summary_key(EventQuery(country="Mali"))


def test_the_fine_grid_merges_into_the_stores_own_cells(open_db):
    with open_store(open_db) as store:
        query = EventQuery()
        fine = FineGrid.of(store, query)
        everywhere = fine.inside(None)
        assert int(fine.counts.sum()) == len(store.points(query))
        for zoom in (0, 2, 5, FINE_ZOOM):
            ours = sorted((c[2], tuple(c[3])) for c in fine.merged(everywhere, zoom))
            theirs = sorted((c[2], tuple(c[3])) for c in _store_grid(store, query, zoom))
            assert ours == theirs, zoom
        north = fine.inside((-30.0, 0.0, 60.0, 60.0))
        assert 0 < int(fine.counts[north].sum()) < int(fine.counts.sum())
        assert all(0 <= c[0] <= 60 and -30 <= c[1] <= 60 for c in fine.merged(north, 3))
