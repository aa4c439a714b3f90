"""The store contract, run on SQLite and on a real PostgreSQL server alike."""

from __future__ import annotations

import json
import multiprocessing
import pickle
import sqlite3
from dataclasses import replace

import pytest

from _store_docs import TOWNS, behind_the_back, doc, text_of
from sitrep.store import (
    ConflictError,
    EventQuery,
    InvalidChange,
    InvalidQuery,
    NotFoundError,
    StoreError,
    open_store,
)
from sitrep.store._schema import migrations


@pytest.fixture
def store(store_address):
    with open_store(store_address) as opened:
        yield opened


def pg(store_address, request):
    return request.getfixturevalue("postgres") if store_address.startswith("postgresql") else None


def ids(page) -> list[str]:
    return [r.event.event_id for r in page.events]


# ---------------------------------------------------------------- documents and versions


def test_changed_bytes_add_a_version_and_keep_the_old_one(store):
    first = store.add([doc("news/kaleva.txt", text_of(killed=4), events=[{"fatalities": 4}])])
    second = store.add([doc("news/kaleva.txt", text_of(killed=6), events=[{"fatalities": 6}])])
    assert (first.added, second.added, second.versions) == (1, 0, 1)
    current = store.events()
    assert [r.event.fatalities for r in current.events] == [6]
    assert current.events[0].version == 2
    versions = store.document_versions("news/kaleva.txt")
    assert [(v.number, v.events) for v in versions] == [(1, 1), (2, 1)]
    assert versions[0].sha256 != versions[1].sha256
    old = store.article("news/kaleva.txt", 1)
    assert "killing 4 people" in old.original and old.event_ids
    assert store.event(old.event_ids[0]).event.fatalities == 4  # still readable by its id
    assert old.event_ids[0] not in ids(current)
    report = store.verify()
    assert report.ok, report.problems
    assert report.captures == 2


def test_the_same_bytes_add_nothing_under_any_key(store):
    store.add([doc("a", text_of())])
    again = store.add([doc("a", text_of()), doc("copy-of-a", text_of())])
    assert (again.added, again.duplicates, again.versions) == (0, 2, 0)
    assert store.known("a", doc("a").extraction.article.sha256)
    assert not store.known("a", "0" * 64)
    assert store.count()["documents"] == 1


def test_bytes_seen_in_an_older_version_come_back_as_a_new_version(store):
    store.add([doc("k", text_of(killed=1))])
    store.add([doc("k", text_of(killed=2))])
    back = store.add([doc("k", text_of(killed=1), events=[{"fatalities": 1}])])
    assert back.versions == 1
    assert [v.number for v in store.document_versions("k")] == [1, 2, 3]
    assert [r.event.fatalities for r in store.events().events] == [1]
    assert store.count()["captures"] == 2  # the bytes themselves are kept once


def test_event_ids_never_collide_across_documents_or_versions(store):
    same = [{"fatalities": 3}, {"fatalities": 3}]  # two identical events in one article
    store.add(
        [doc("a", text_of(extra=" A."), events=same), doc("b", text_of(extra=" B."), events=same)]
    )
    store.add([doc("a", text_of(extra=" A2."), events=same)])
    every = [r.event.event_id for r in store.iter_events(EventQuery(view="machine", limit=2))]
    all_ids = set(every) | set(store.article("a", 1).event_ids)
    assert len(all_ids) == 6


def test_mentions_are_kept_apart(store):
    store.add([doc("m", events=[{}], mentions=2)])
    assert len(store.events().events) == 1
    mentions = store.events(EventQuery(mentions=True)).events
    assert len(mentions) == 2 and all(not r.event.is_event for r in mentions)
    assert store.count()["mentions"] == 2


def test_a_document_the_store_refuses_fails_alone(store):
    result = store.add([doc("good"), doc("bad", text_of("Oulu"), events=[{"fatalities": 10**20}])])
    assert result.added == 1
    assert [f.source for f in result.failures] == ["bad.txt"]
    assert "not stored" in result.failures[0].reason
    assert store.count()["documents"] == 1
    assert store.verify().ok


def test_on_event_hears_of_each_new_event_after_the_commit(store_address):
    heard = []
    with open_store(store_address) as store:

        def listen(record):
            with open_store(store_address) as other:  # committed: another connection sees it
                heard.append((record.event.event_id, other.event(record.event.event_id).revision))

        result = store.add([doc("a", events=[{}, {"fatalities": 9}], mentions=1)], on_event=listen)
        assert [h[0] for h in heard] == list(result.event_ids) and len(heard) == 2
        assert {h[1] for h in heard} == {1}
        store.add([doc("a", events=[{}, {"fatalities": 9}], mentions=1)], on_event=listen)
        assert len(heard) == 2  # nothing new


# ---------------------------------------------------------------- revisions and review


def test_an_edit_is_a_revision_and_the_machines_value_stays(store):
    store.add([doc("a")])
    event_id = store.events().events[0].event.event_id
    revision = store.revise(
        event_id,
        {"fatalities": "5", "location": "Oulu"},
        user="ana",
        reason="hospital count",
        base_revision=1,
    )
    assert revision.number == 2 and revision.changes["fatalities"] == (4, 5)
    assert revision.user == "ana" and revision.at.endswith("Z")
    current = store.event(event_id)
    assert (current.event.fatalities, current.event.location, current.review) == (
        5,
        "Oulu",
        "edited",
    )
    assert store.event(event_id, view="machine").event.fatalities == 4
    assert store.event(event_id, view="machine").review == "edited"
    assert [r.event.fatalities for r in store.events(EventQuery(view="reviewed")).events] == [5]
    history = store.history(event_id)
    assert [(h.number, h.kind, h.user) for h in history] == [
        (1, "coded", "sitrep"),
        (2, "edit", "ana"),
    ]
    assert history[1].reason == "hospital count" and history[1].based_on == 1


def test_a_stale_edit_is_a_conflict_and_overwrites_nothing(store):
    store.add([doc("a")])
    event_id = store.events().events[0].event.event_id
    store.revise(event_id, {"fatalities": 5}, user="ana", reason="r", base_revision=1)
    with pytest.raises(ConflictError) as raised:
        store.revise(event_id, {"fatalities": 7}, user="ben", reason="r", base_revision=1)
    assert (raised.value.base, raised.value.latest) == (1, 2)
    copy = pickle.loads(pickle.dumps(raised.value))
    assert isinstance(copy, ConflictError) and copy.latest == 2
    assert store.event(event_id).event.fatalities == 5


@pytest.mark.parametrize(
    "changes",
    [
        {"nope": 1},
        {"fatalities": "many"},
        {"fatalities": -1},
        {"latitude": 91},
        {"event_date": "Tue"},
        {"certainty": "sure"},
        {"event_type": ""},
        {"civilian_targeting": "perhaps"},
        {"evidence": "x"},
    ],
)
def test_a_bad_field_or_value_is_refused(store, changes):
    store.add([doc("a")])
    event_id = store.events().events[0].event.event_id
    with pytest.raises(InvalidChange):
        store.revise(event_id, changes, user="ana", reason="r")
    assert len(store.history(event_id)) == 1


def test_reject_accept_restore_and_the_views(store):
    store.add([doc("a", events=[{}, {"location": "Oulu", "town": "Kaleva"}])])
    first, second = ids(store.events())
    store.accept(first, user="ana")
    with pytest.raises(InvalidChange):
        store.reject(second, user="ana", reason=" ")
    store.reject(second, user="ana", reason="a drill, not an attack")
    assert ids(store.events()) == [first]
    assert ids(store.events(EventQuery(view="reviewed"))) == [first]
    assert sorted(ids(store.events(EventQuery(view="machine")))) == sorted([first, second])
    assert ids(store.events(EventQuery(review="rejected"))) == []
    assert ids(store.events(EventQuery(view="machine", review="rejected"))) == [second]
    back = store.restore(second, 1, user="ben", reason="it was real")
    assert back.review == "accepted" and back.changes["review"] == ("rejected", "accepted")
    assert sorted(ids(store.events())) == sorted([first, second])
    store.revise(first, {"fatalities": 8}, user="ana", reason="r")
    restored = store.restore(first, 2, user="ana")
    assert restored.changes["fatalities"] == (8, 4)
    assert [h.kind for h in store.history(first)] == ["coded", "accept", "edit", "restore"]
    assert store.verify().ok


def test_merge_and_split_are_revisions_too(store):
    store.add(
        [
            doc("a", text_of("Kaleva"), events=[{"source": "Outlet A"}]),
            doc("b", text_of("Kaleva", extra=" B."), events=[{"source": "Outlet B"}]),
        ]
    )
    first, second = store.article("a").event_ids[0], store.article("b").event_ids[0]
    merged = store.merge([first, second], user="ana", reason="same strike")
    assert store.event(first).sources == ("a", "b")
    assert store.event(first).event.source == "Outlet A; Outlet B"
    assert merged.changes["sources"] == (["a"], ["a", "b"])
    assert store.event(second).merged_into == first and store.event(second).review == "merged"
    assert ids(store.events()) == [first]
    with pytest.raises(InvalidChange):
        store.revise(second, {"fatalities": 1}, user="ana", reason="r")
    made = store.split(
        first,
        [{"location": "Kaleva"}, {"location": "Oulu", "fatalities": 1}],
        user="ben",
        reason="two strikes",
    )
    parts = [r.event_id for r in made[1:]]
    assert parts == [f"{first}.1", f"{first}.2"]
    assert sorted(ids(store.events())) == sorted(parts)
    assert store.event(parts[1]).event.fatalities == 1
    assert store.event(parts[1]).event.evidence == store.event(first, view="machine").event.evidence
    assert store.history(parts[0])[0].kind == "split"
    store.restore(first, 2, user="ana", reason="one strike after all")
    assert first in ids(store.events())
    report = store.verify()
    assert report.ok, report.problems


def test_an_edit_can_point_evidence_at_other_words(store):
    store.add([doc("a")])
    event_id = store.events().events[0].event.event_id
    text = store.article("a").original
    start = text.index("killing")
    store.revise(
        event_id,
        {
            "evidence": [
                {"field": "fatalities", "text": "killing 4", "start": start, "end": start + 9}
            ]
        },
        user="ana",
        reason="the toll",
    )
    evidence = store.event(event_id).event.evidence
    assert [(e.field, text[e.start : e.end]) for e in evidence] == [("fatalities", "killing 4")]
    assert len(store.event(event_id, view="machine").event.evidence) == 2
    assert store.verify().ok


# ---------------------------------------------------------------- queries


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def many(request, tmp_path_factory):
    """30 events over 10 documents, fields varied on a pattern the tests can count (built
    once per backend: the query tests only read)."""
    if request.param == "sqlite":
        address = str(tmp_path_factory.mktemp("many") / "store.db")
    else:
        address = request.getfixturevalue("postgres").create_database()
    store = open_store(address)
    docs = []
    for d in range(10):
        events = [
            {
                "town": TOWNS[(d + e) % 5],
                "fatalities": (d * 3 + e) % 7,
                "event_date": f"2025-03-{d + 1:02d}",
                "country": "Ruritania" if d % 2 else "Borduria",
                "actor2": "Civilians (Ruritania)" if e == 2 else None,
                "event_type": "Battles" if e == 1 else "Explosions/Remote violence",
                "sub_event_type": "Armed clash" if e == 1 else "Shelling/artillery/missile attack",
                "certainty": "attributed" if d == 3 else "asserted",
            }
            for e in range(3)
        ]
        docs.append(doc(f"d{d}", text_of(" ".join(TOWNS), extra=f" Report {d}."), events=events))
    store.add(docs)
    yield store
    store.close()


@pytest.mark.parametrize(
    ("query", "count"),
    [
        (EventQuery(), 30),
        (EventQuery(country="Ruritania"), 15),
        (EventQuery(type="Battles"), 10),
        (EventQuery(sub_type="Armed clash", country="Borduria"), 5),
        (EventQuery(min_fatalities=5), 8),
        (EventQuery(since="2025-03-04", until="2025-03-05"), 6),
        (EventQuery(certainty="attributed"), 3),
        (EventQuery(actor="Civilians (Ruritania)"), 10),
        (EventQuery(actor="Militia fighters"), 30),
        (EventQuery(admin1="North"), 30),
        (EventQuery(review="unreviewed"), 30),
        (EventQuery(q="Oulu"), 6),
        (EventQuery(q="market KALEVA"), 6),
        (EventQuery(q="shelled oulu"), 6),
        (EventQuery(bbox=(20, 10, 21, 11)), 30),
        (EventQuery(bbox=(0, 0, 1, 1)), 0),
        (EventQuery(document="d4"), 3),
        (EventQuery(q="zeppelin"), 0),
    ],
)
def test_filters(many, query, count):
    assert many.count_events(query) == count
    assert len(list(many.iter_events(query))) == count


def test_the_actor_filter_finds_any_of_the_four_actors_in_the_view_asked_for(store):
    """Each of the four actor columns matches, an event naming the actor twice comes once, a
    mention only with mentions=True, a reviewer's edit counts in the current view and the
    machine's value in the machine view; combined with a filter, a sort, the count and a cursor."""
    ost = "Ost Brigade"
    columns = ["actor1", "actor2", "assoc_actor_1", "assoc_actor_2"]
    events = [{c: ost, "fatalities": i, "country": "Borduria" if i % 2 else "Ruritania"}
              for i, c in enumerate(columns)]  # fmt: skip
    events += [
        {"actor1": ost, "actor2": ost, "fatalities": 9, "country": "Borduria"},
        {"actor1": "West Front", "fatalities": 7, "country": "Borduria"},
        {"actor1": "West Front", "actor2": "Ost Brigadier", "fatalities": 8},
    ]
    added = store.add([doc("ost", text_of(extra=" Ost."), events=events, mentions=1)])
    mention = store.events(EventQuery(mentions=True)).events[0].event
    store.revise(mention.event_id, {"actor2": ost}, user="ana", reason="named later")
    first, *_, west, near = added.event_ids
    store.revise(first, {"actor1": "West Front"}, user="ana", reason="misread")
    store.revise(west, {"assoc_actor_2": ost}, user="ana", reason="joined")

    def found(**given):
        query = EventQuery(actor=ost, **given)
        found, page = [], store.events(replace(query, limit=2))
        while True:
            found += [r.event for r in page.events]
            if page.next is None:
                break
            page = store.events(replace(query, limit=2, cursor=page.next))
        assert store.count_events(query) == len(found)
        return found

    current = found(sort="-fatalities")
    assert [e.fatalities for e in current] == [9, 7, 3, 2, 1]
    assert all(ost in (e.actor1, e.actor2, e.assoc_actor_1, e.assoc_actor_2) for e in current)
    assert near not in {e.event_id for e in current}  # a longer name is another actor
    assert [e.fatalities for e in found(sort="fatalities", view="machine")] == [0, 1, 2, 3, 9]
    assert [e.event_id for e in found(mentions=True)] == [mention.event_id]
    assert [e.fatalities for e in found(country="Borduria", sort="-fatalities")] == [9, 7, 3, 1]
    assert found(type="Battles") == []
    assert store.count_events(EventQuery(actor="Nobody")) == 0
    for alone, total in ((EventQuery(actor=ost), 5), (EventQuery(q="Ost"), 6),
                         (EventQuery(actor=ost, q="Ost"), 5)):  # fmt: skip
        # a count and the groupings read the same rows as the pages ("Ost Brigadier" has "Ost")
        assert store.count_events(alone) == len(list(store.iter_events(alone))) == total
        assert sum(n for _, _, n in store.day_counts(alone)) == total
        assert sum(cell[3] for cell in store.map_cells(alone, 1.0)) == total
        points = store.points(alone)
        assert len(points) == total and points == sorted(points, key=lambda p: p.event_date or "")


def test_the_timeline_counts_days_and_types_with_any_filter(many):
    for query in (EventQuery(), EventQuery(country="Ruritania"), EventQuery(type="Battles"),
                  EventQuery(country="Borduria", type="Battles", min_fatalities=1)):  # fmt: skip
        days = many.day_counts(query)
        expected: dict[tuple[str, str], int] = {}
        for record in many.iter_events(query):
            key = (record.event.event_date or "", record.event.event_type)
            expected[key] = expected.get(key, 0) + 1
        assert [((d, t), n) for d, t, n in days] == sorted(expected.items()), query


def test_points_for_a_map(many):
    points = many.points(EventQuery(country="Ruritania"))
    assert len(points) == 15 and all(p.latitude == 10.5 for p in points)
    assert [p.event_date for p in points] == sorted(p.event_date for p in points)
    assert len(many.points(EventQuery(), limit=4)) == 4


def test_sorted_and_paged_by_cursor_without_gaps(many):
    for sort in ("event_date", "-event_date", "fatalities", "-fatalities", "country", "event_id"):
        query = EventQuery(sort=sort, limit=7)
        seen, page = [], many.events(query)
        while True:
            seen.extend(page.events)
            if page.next is None:
                break
            page = many.events(EventQuery(sort=sort, limit=7, cursor=page.next))
        assert len({r.event.event_id for r in seen}) == 30
        column = sort.removeprefix("-")
        order = dict.fromkeys((column, "event_date", "event_id")) if column != "event_id" else {}
        keys = [(*(_blank(getattr(r.event, c)) for c in order), r.event.event_id) for r in seen]
        assert keys == sorted(keys, reverse=sort.startswith("-")), sort


def _blank(value):
    return "" if value is None else value


def test_a_bad_query_is_refused_in_one_line(many):
    for query in (
        EventQuery(sort="notes"),
        EventQuery(limit=0),
        EventQuery(since="March"),
        EventQuery(cursor="garbage"),
        EventQuery(view="everything"),  # type: ignore[arg-type]
        EventQuery(cursor=many.events(EventQuery(limit=2)).next, sort="-fatalities"),
    ):
        with pytest.raises(InvalidQuery):
            many.events(query)


def test_evidence_comes_in_one_query_not_one_per_event(tmp_path):
    with open_store(tmp_path / "s.db") as store:
        store.add([doc(f"d{i}", text_of(extra=f" {i}."), events=[{}, {}]) for i in range(10)])
        statements = []
        store.db.set_trace_callback(statements.append)
        page = store.events(EventQuery(limit=20))
        store.db.set_trace_callback(None)
    assert len(page.events) == 20 and all(len(r.event.evidence) == 2 for r in page.events)
    assert sum("FROM evidence" in s for s in statements) == 1
    assert len(statements) <= 3


# ---------------------------------------------------------------- accounts


def test_users_and_tokens(store):
    store.add_user("ana", "coder", "argon2-hash-of-ana", by="admin")
    with pytest.raises(InvalidChange):
        store.add_user("ana", "admin", None, by="admin")
    with pytest.raises(InvalidChange):
        store.add_user("ben", "boss", None, by="admin")  # type: ignore[arg-type]
    user, password = store.user("ana")
    assert (user.role, user.disabled, password) == ("coder", False, "argon2-hash-of-ana")
    store.add_token("ana", "t1", "hash-of-t1", by="ana")
    assert store.token("t1")[0].name == "ana" and store.token("t1")[1] == "hash-of-t1"
    store.set_password("ana", "new-hash", by="ana")
    assert store.user("ana")[1] == "new-hash"
    store.revoke_token("t1", by="ana")
    with pytest.raises(NotFoundError):
        store.token("t1")
    store.add_token("ana", "t2", "hash-of-t2", by="ana")
    store.disable_user("ana", by="admin")
    with pytest.raises(NotFoundError):
        store.token("t2")
    assert [u.name for u in store.users()] == ["ana"] and store.users()[0].disabled
    kinds = [(e.kind, e.detail.get("action")) for e in store.log_entries()]
    assert kinds == [
        ("user", "add"),
        ("token", "create"),
        ("user", "password"),
        ("token", "revoke"),
        ("token", "create"),
        ("user", "disable"),
    ]
    assert all("hash" not in json.dumps(e.detail) for e in store.log_entries())


# ---------------------------------------------------------------- the custody log


def test_every_write_is_logged_in_a_hash_chain(store):
    store.add([doc("a")])
    event_id = store.events().events[0].event.event_id
    store.revise(event_id, {"fatalities": 5}, user="ana", reason="r")
    store.log("export", "events.csv", {"events": 1})
    entries = list(store.log_entries())
    assert [e.kind for e in entries] == ["capture", "coded", "revision", "export"]
    assert entries[0].subject == doc("a").extraction.article.sha256
    assert entries[0].detail["captured_at"].endswith("Z") and entries[0].detail["source"] == "a.txt"
    assert entries[0].previous_hash == "0" * 64
    assert all(b.previous_hash == a.hash for a, b in zip(entries, entries[1:], strict=False))
    assert [e.position for e in store.log_entries(since=2)] == [3, 4]
    report = store.verify()
    assert report.summary() == "verified 1 captures, 1 events, 2 revisions, 4 log entries"


def test_the_log_cannot_be_changed_through_the_apps_connection(store_address, request):
    with open_store(store_address) as store:
        store.add([doc("a")])
    if store_address.startswith("postgresql"):
        import psycopg

        with psycopg.connect(store_address, autocommit=True) as db:  # the role the app uses
            for sql in (
                "UPDATE custody_log SET kind = 'x'",
                "DELETE FROM custody_log",
                "TRUNCATE custody_log",
                "UPDATE captures SET raw = 'x'",
            ):
                with pytest.raises(psycopg.Error, match="append-only"):
                    db.execute(sql)
    else:
        db = sqlite3.connect(store_address)
        for sql in (
            "UPDATE custody_log SET kind = 'x'",
            "DELETE FROM custody_log",
            "UPDATE captures SET raw = x'00'",
        ):
            with pytest.raises(sqlite3.DatabaseError):
                db.execute(sql)
        db.close()
    with open_store(store_address) as store:
        assert store.verify().ok and store.count()["log_entries"] == 2


@pytest.mark.parametrize(
    ("statements", "named"),
    [
        (
            ["UPDATE captures SET raw = CAST('forged' AS {blob}) WHERE sha256 = '{sha}'"],
            "capture {sha}: its bytes do not match their sha256 (a version 1)",
        ),
        (
            ["UPDATE codings SET fatalities = 40 WHERE event_id = '{event}' AND revision = 1"],
            "event {event} revision 1: differs from what log position 2 recorded",
        ),
        (
            ["UPDATE evidence SET text = 'forged' WHERE event_id = '{event}'"],
            "event {event} revision 1: differs from what log position 2 recorded",
        ),
        (
            ["UPDATE custody_log SET subject = 'forged' WHERE position = 3"],
            "log position 3: altered",
        ),
        (["DELETE FROM custody_log WHERE position = 2"], "log position 2: missing"),
        (
            ["UPDATE versions SET original = 'forged' WHERE document = 'a'"],
            "document a version 1: differs from what log position 1 recorded",
        ),
        (
            ["UPDATE codings SET shown = 0 WHERE event_id = '{event}'"],
            "event {event} revision 2: its view flags disagree",
        ),
    ],
)
def test_verify_names_what_was_changed_behind_its_back(store_address, request, statements, named):
    with open_store(store_address) as store:
        store.add([doc("a")])
        event_id = store.events().events[0].event.event_id
        store.revise(event_id, {"fatalities": 5}, user="ana", reason="r")
        assert store.verify().ok
    sha = doc("a").extraction.article.sha256
    blob = "BLOB" if store_address.endswith(".db") else "BYTEA"
    fill = {"sha": sha, "event": event_id, "blob": blob}
    behind_the_back(
        store_address, pg(store_address, request), *(s.format(**fill) for s in statements)
    )
    with open_store(store_address) as store:
        report = store.verify()
    assert not report.ok
    assert any(p.startswith(named.format(**fill)) for p in report.problems), report.problems


# ---------------------------------------------------------------- backup, errors, schema


def test_backup_and_restore(store_address, request, tmp_path):
    from sitrep.store import restore

    with open_store(store_address) as store:
        store.add([doc("a"), doc("b", text_of("Oulu"), events=[{"town": "Oulu"}])])
        store.revise(
            store.events().events[0].event.event_id, {"fatalities": 2}, user="a", reason="r"
        )
        backup = tmp_path / "backup.bin"
        store.backup(backup)
        with pytest.raises(StoreError, match="exists already"):
            store.backup(backup)
        before = [(r.event.event_id, r.event.fatalities, r.revision) for r in store.iter_events()]
    target = str(tmp_path / "restored.db")
    if store_address.startswith("postgresql"):
        target = request.getfixturevalue("postgres").create_database()
    restore(backup, target)
    with open_store(target) as restored:
        assert restored.verify().ok
        after = [(r.event.event_id, r.event.fatalities, r.revision) for r in restored.iter_events()]
        assert after == before
        assert restored.events(EventQuery(q="Oulu")).events  # the search index came along
    with pytest.raises(StoreError, match="restore"):
        restore(backup, target)  # never over a store that holds something


def test_unknown_things_are_not_found(store):
    for call in (
        lambda: store.event("nope"),
        lambda: store.history("nope"),
        lambda: store.document_versions("nope"),
        lambda: store.article("nope"),
        lambda: store.capture("0" * 64),
        lambda: store.user("nope"),
        lambda: store.revise("nope", {"fatalities": 1}, user="a", reason="r"),
    ):
        with pytest.raises(NotFoundError):
            call()


def test_migrations_are_recorded_per_dialect(store_address):
    with open_store(store_address) as store:
        rows = store._rows(
            "SELECT version, name, applied_at FROM schema_migrations ORDER BY version"
        )
        dialect = store.dialect
    assert [r[0] for r in rows] == [v for v, _, _ in migrations(dialect)]
    assert [r[0] for r in rows] == [v for v, _, _ in migrations("sqlite")]  # the same history
    assert all(r[2] for r in rows)
    with open_store(store_address) as again:  # opening again applies nothing twice
        assert again.schema_version == rows[-1][0]


def test_a_store_made_before_the_actor_table_gets_its_actors(store_address, request):
    """Migration 4 fills `coding_actors` from the rows already stored (and 5 applies after)."""
    with open_store(store_address) as store:
        store.add([doc("old", events=[{"actor2": "Ost Brigade"}, {}])])
    postgres = pg(store_address, request)
    back = ["DROP TABLE coding_actors", "DELETE FROM schema_migrations WHERE version >= 4",
            "DROP INDEX codings_current_place",
            "CREATE INDEX codings_current_map ON codings"
            " (is_event, latitude, longitude, event_type, event_id) WHERE shown = 1"]  # fmt: skip
    back += [f"CREATE INDEX codings_current_{n} ON codings (is_event, {c}, event_date, event_id)"
             " WHERE shown = 1" for n, c in (("actor2", "actor2"), ("assoc1", "assoc_actor_1"),
                                            ("assoc2", "assoc_actor_2"))]  # fmt: skip
    if postgres:
        back += ["DROP FUNCTION sitrep_coding_actors CASCADE"]
    else:
        back += ["DROP TRIGGER codings_actors", "PRAGMA user_version = 3"]
    behind_the_back(store_address, postgres, *back)
    with open_store(store_address) as store:
        assert store.count_events(EventQuery(actor="Ost Brigade")) == 1
        assert store.count_events(EventQuery(actor="Militia fighters")) == 2
        store.add([doc("new", text_of(extra=" New."), events=[{"actor2": "Ost Brigade"}])])
        assert store.count_events(EventQuery(actor="Ost Brigade")) == 2


def test_a_version_1_store_is_adopted_with_nothing_lost(tmp_path):
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.executescript(migrations("sqlite")[0][2] + "PRAGMA user_version = 1;")
    text = text_of()
    db.execute(
        "INSERT INTO articles (sha256, id, source, raw, original, article_json, ingested_at)"
        " VALUES (?, 'kaleva', 'kaleva.txt', ?, ?, '{}', '2024-03-06T10:00:00+00:00')",
        (doc("x", text).extraction.article.sha256, text.encode(), text),
    )
    db.execute(
        "INSERT INTO events (event_id, article_sha256, article_id, is_event, factuality, certainty,"
        " event_type, sub_event_type, fatalities) VALUES ('e1', ?, 'kaleva', 1, 'happened',"
        " 'asserted', 'Battles', 'Armed clash', 3)",
        (doc("x", text).extraction.article.sha256,),
    )
    db.execute("INSERT INTO evidence VALUES ('e1', 'event_type', 'shelled', 17, 24)")
    db.commit()
    db.close()
    with open_store(path) as store:
        events = store.events().events
        assert [(r.document, r.event.fatalities, r.event.evidence[0].text) for r in events] == [
            ("kaleva", 3, "shelled")
        ]
        assert store.verify().ok
        assert store._value("SELECT count(*) FROM v1_articles") == 1  # kept as it was


# ---------------------------------------------------------------- concurrency


def _writer(address: str, name: str, count: int) -> None:
    with open_store(address) as store:
        for start in range(0, count, 5):
            store.add(
                [
                    doc(f"{name}-{i}", text_of(extra=f" {name} {i}."), events=[{}, {}])
                    for i in range(start, start + 5)
                ]
            )


def _reviewer(address: str, edits: int, done: multiprocessing.Queue) -> None:
    made = 0
    with open_store(address) as store:
        while made < edits:
            page = store.events(EventQuery(limit=50))
            for record in page.events[:3]:
                try:
                    store.revise(
                        record.event.event_id,
                        {"fatalities": record.event.fatalities + 1},
                        user="rev",
                        reason="count",
                        base_revision=record.revision,
                    )
                    made += 1
                except ConflictError:
                    pass  # someone else changed it: read again
    done.put(made)


def test_two_writers_and_a_reviewer_at_once_lose_nothing(store_address):
    open_store(store_address).close()
    with open_store(store_address) as store:
        store.add([doc("seed", events=[{}, {}, {}])])
    context = multiprocessing.get_context("spawn")
    done = context.Queue()
    workers = [
        context.Process(target=_writer, args=(store_address, "w1", 60)),
        context.Process(target=_writer, args=(store_address, "w2", 60)),
        context.Process(target=_reviewer, args=(store_address, 40, done)),
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
        assert worker.exitcode == 0
    edits = done.get(timeout=5)
    with open_store(store_address) as store:
        counts = store.count()
        assert counts["documents"] == 121 and counts["events"] == 243
        assert counts["revisions"] == 243 + edits
        report = store.verify()
        assert report.ok, report.problems
        assert report.log_entries == 2 * 121 + edits
