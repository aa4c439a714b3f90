"""Merging into the store, alert dedup, the ledger's replay and the Atom feed, on a real
SQLite store with hand-made extractions (no model needed)."""

from __future__ import annotations

import dataclasses
from xml.etree import ElementTree as ET

import pytest

from _records import article, event
from sitrep.model import Extraction
from sitrep.sources.alerts import Alerter
from sitrep.sources.atom import ATOM, topic_feed
from sitrep.sources.corroborate import load_rules
from sitrep.sources.ledger import Ledger, Topic
from sitrep.sources.topics import matches, valid_name
from sitrep.store import EventQuery, Stored, open_store
from sitrep.store.contract import NotFoundError

TELLINGS = {
    "herald": "Militia fighters shelled the market in Kaleva on Tuesday, killing four people.",
    "times": "Militia fighters shelled Kaleva market on Tuesday; five people died, medics said.",
    "copy": "Militia fighters shelled the market in Kaleva on Tuesday, killing four people.  ",
    "later": "Militia fighters shelled the market in Kaleva on Tuesday, killing nine people.",
}


def stored(key: str, **fields) -> Stored:
    text = TELLINGS[key]
    made = dataclasses.replace(article(text, id=key), id=key)
    coded = event(text, event_id="", article_id=key, country="Freedonia", **fields)
    return Stored(Extraction(made, events=(coded,)), text.encode(), f"{key}.txt",
                  key=f"https://{key}.example/kaleva")  # fmt: skip


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "s.db") as opened:
        yield opened


def add(store, alerter: Alerter, item: Stored):
    return store.add([item], on_event=alerter.on_event)


def current(store):
    return [r for r in store.iter_events(EventQuery(country="Freedonia")) if r.merged_into is None]


def test_a_second_report_merges_as_a_revision_and_alerts_once(store):
    Ledger.open(store).add_topic(Topic("kaleva", country="Freedonia"))
    alerter = Alerter(store, env={})
    add(store, alerter, stored("herald", fatalities=4))
    add(store, alerter, stored("times", fatalities=5))
    (merged,) = current(store)
    assert merged.event.fatalities == 4  # the lowest independent count
    assert merged.event.source == "herald.example; times.example"
    assert set(merged.sources) >= {"https://herald.example/kaleva", "https://times.example/kaleva"}
    history = store.history(merged.event.event_id)
    assert history[-1].kind == "merge" and history[-1].user == "sitrep"
    assert "same occurrence" in history[-1].reason
    ledger = Ledger.open(store)
    assert len(ledger.alerts) == 1  # the second source did not alert again
    assert [h.merged_into for h in alerter.handled] == [None, merged.event.event_id]


def test_a_material_change_alerts_again_and_a_copy_confirms_nothing(store):
    Ledger.open(store).add_topic(Topic("kaleva", country="Freedonia"))
    alerter = Alerter(store, env={})
    add(store, alerter, stored("herald", fatalities=0))  # no toll reported yet
    add(store, alerter, stored("copy", fatalities=4))
    (merged,) = current(store)
    assert merged.event.source == "herald.example"  # the copy adds no outlet
    assert merged.event.fatalities == 0  # and confirms no toll
    reason = store.history(merged.event.event_id)[-1].reason
    assert "a copy of https://herald.example/kaleva" in reason
    assert len(Ledger.open(store).alerts) == 1
    add(store, alerter, stored("times", fatalities=5))  # a toll at last: material
    add(store, alerter, stored("later", fatalities=9))  # the lowest stays 5: not material
    (merged,) = current(store)
    assert merged.event.fatalities == 5
    alerts = Ledger.open(store).alerts_of("kaleva")
    assert [a.payload["kind"] for a in alerts] == ["new", "update"]
    assert alerts[1].id.endswith("/2") and alerts[1].payload["title"].startswith("Update: ")


def test_a_merge_is_undone_by_restoring_revisions(store):
    alerter = Alerter(store, env={})
    add(store, alerter, stored("herald", fatalities=4))
    add(store, alerter, stored("times", fatalities=5))
    (merged,) = current(store)
    absorbed = store.event(alerter.handled[1].event_id)
    assert absorbed.merged_into == merged.event.event_id
    before = [h.number for h in store.history(merged.event.event_id) if h.kind != "merge"][-1]
    store.restore(absorbed.event.event_id, 1, user="reviewer", reason="two strikes")
    store.restore(merged.event.event_id, before, user="reviewer", reason="two strikes")
    apart = current(store)
    assert len(apart) == 2
    assert sorted(r.event.fatalities for r in apart) == [4, 5]


def test_mentions_and_other_places_are_left_alone(store):
    alerter = Alerter(store, env={})
    add(store, alerter, stored("herald"))
    add(store, alerter, stored("times", latitude=12.5, longitude=22.0))  # 300 km away
    assert len(current(store)) == 2
    no_merge = Alerter(store, env={}, merge=False)
    add(store, no_merge, stored("later"))
    assert len(current(store)) == 3


def test_the_ledger_replays_what_was_logged(store):
    ledger = Ledger.open(store)
    ledger.add_feed("https://a.example/rss", "A")
    ledger.add_feed("https://b.example/rss", None)
    feed_a = "https://a.example/rss"
    first = {"status": 200, "sha256": "ab", "etag": '"1"'}
    ledger.record_fetch(feed_a, feed=feed_a, detail=first, body=b"<rss/>")
    ledger.record_fetch(feed_a, feed=feed_a, detail={"status": 200, "sha256": "ab"}, body=b"<rss/>")
    ledger.record_fetch("https://b.example/rss", feed="https://b.example/rss",
                        detail={"error": "cannot connect"})  # fmt: skip
    ledger.record_item("https://a.example/rss", "item-1", "d1", {"document": "https://a.example/1"})
    ledger.record_item("https://a.example/rss", "item-1", "d2", {"document": "https://a.example/1"})
    ledger.remove_feed("https://b.example/rss")
    again = Ledger.open(store)
    feed = again.feeds["https://a.example/rss"]
    assert feed.etag == '"1"' and feed.last_success and feed.items_seen == 1
    assert "https://b.example/rss" not in again.feeds
    assert again.items[("https://a.example/rss", "item-1")] == "d2"
    assert again.documents["https://a.example/1"] == "https://a.example/rss"
    bodies = [e for e in store.log_entries() if e.kind == "fetch" and e.detail.get("body")]
    assert len(bodies) == 1  # the same feed bytes are kept once
    assert again.feed_body("ab") == b"<rss/>"


def test_topic_matching():
    strike = event(country="Syria", iso=760, admin1="Aleppo", fatalities=4,
                   notes="Shelling of the old market.", actor2="Civilians (Syria)")  # fmt: skip
    assert matches(Topic("t", country="syria"), strike)
    assert matches(Topic("t", country="SYR"), strike) and matches(Topic("t", country="sy"), strike)
    assert not matches(Topic("t", country="Iraq"), strike)
    assert matches(Topic("t", latitude=10.6, longitude=20.3, radius_km=25), strike)
    assert not matches(Topic("t", latitude=12.0, longitude=20.3, radius_km=25), strike)
    assert matches(Topic("t", actor="militia", keyword="market", min_fatalities=4), strike)
    assert not matches(Topic("t", min_fatalities=5), strike)
    assert not matches(Topic("t", keyword="mark"), strike)  # whole words
    assert matches(Topic("t", type="explosions/remote violence", admin1="aleppo"), strike)
    assert not matches(Topic("t", sub_type="Air/drone strike"), strike)
    from sitrep.model import Factuality

    assert not matches(Topic("t"), dataclasses.replace(strike, factuality=Factuality.FUTURE))
    assert valid_name("aleppo-2025") and not valid_name("../etc") and not valid_name("")


def test_the_topic_feed_is_atom(store):
    Ledger.open(store).add_topic(Topic("kaleva", country="Freedonia"))
    alerter = Alerter(store, env={})
    add(store, alerter, stored("herald", fatalities=4))
    document = ET.fromstring(topic_feed(store, "kaleva", base_url="https://app.example"))
    entries = document.findall(f"{{{ATOM}}}entry")
    assert len(entries) == 1
    title = entries[0].find(f"{{{ATOM}}}title").text
    assert title.startswith("Shelling/artillery/missile attack in Kaleva") and "4 killed" in title
    link = entries[0].find(f"{{{ATOM}}}link").get("href")
    assert link.startswith("https://app.example/events/")
    with pytest.raises(NotFoundError):
        topic_feed(store, "nobody")


def test_rules_are_shared():
    assert load_rules().copy_threshold > 0.5


def told(key: str, text: str, day: str, country: str = "Freedonia", **fields) -> Stored:
    made = dataclasses.replace(article(text, id=key), id=key)
    coded = event(text, event_id="", article_id=key, country=country, event_date=day, **fields)
    return Stored(Extraction(made, events=(coded,)), text.encode(), f"{key}.txt",
                  key=f"https://{key}.example/kaleva")  # fmt: skip


def _batch(tag: str, days: list[str]) -> list[Stored]:
    """The four tellings of the Kaleva shelling, on each day, in two countries."""
    return [
        told(f"{key}-{tag}-{n}-{c}", f"{text}{' ' * n}{tag * c}", day, country, fatalities=4 + n)
        for n, day in enumerate(days)
        for c, country in enumerate(("Freedonia", "Sylvania"))
        for key, text in TELLINGS.items()
    ]


def _state(store, event_ids: list[str]) -> list[tuple]:
    records = [store.event(i) for i in event_ids]
    return [
        (r.event.event_id, r.merged_into, r.event.fatalities, r.event.source, r.sources, r.latest)
        for r in records
    ]


def test_a_batch_merges_as_its_events_one_by_one_would(tmp_path):
    """`Alerter.on_events` reads the candidates of a whole batch at once (`attach.Pool`):
    the merges, survivors and alerts are those of one query per event, also when events of
    the batch merge into each other (the pool must follow each merge) and over stretches of
    days and countries that need several reads."""
    from sitrep.sources.attach import Pool, _candidates

    first = _batch("a", ["2025-03-04", "2025-03-20"])
    second = _batch("b", ["2025-03-05", "2025-03-04", "2025-03-21", "2025-04-30"])
    handled = []
    for batched in (False, True):
        with open_store(tmp_path / f"{batched}.db") as opened:
            Ledger.open(opened).add_topic(Topic("kaleva", country="Freedonia"))
            alerter = Alerter(opened, env={})
            ids = []
            for items in (first, second):
                heard: list = []
                opened.add(items, on_event=heard.append)
                ids += [r.event.event_id for r in heard]
                if batched:
                    alerter.on_events(heard)
                else:
                    for record in heard:
                        alerter.on_event(record)
            handled.append((_state(opened, ids), [dataclasses.astuple(h) for h in alerter.handled]))
            rules = load_rules()
            pool = Pool.read(opened, [r.event for r in heard], rules)
            for record in heard:  # the pool, read now, answers as each query does
                expected = _candidates(opened, record, rules)
                assert _candidates(opened, record, rules, pool) == expected
    (one_by_one, one_by_one_alerts), (pooled, pooled_alerts) = handled
    assert pooled == one_by_one and pooled_alerts == one_by_one_alerts
    merged = [s for s in pooled if s[1] is not None]
    assert len(pooled) >= 30 and len(merged) >= 20 and len({s[1] for s in merged}) >= 4
