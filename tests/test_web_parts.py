"""The web app's parts that need no server: secrets, sessions, throttling, the log, filters,
field checks, evidence marking, the timeline and the security headers."""

from __future__ import annotations

import io
import json
import logging

import pytest

from sitrep.model import Evidence
from sitrep.web.audit import UTCFormatter, audit, clean
from sitrep.web.fields import FieldError, check_changes, check_sub_type, coerce, taxonomy
from sitrep.web.filters import BadFilter, parse_filters, query_string
from sitrep.web.headers import content_security_policy, security_headers
from sitrep.web.highlight import blocks, cut
from sitrep.web.overview import timeline, type_class
from sitrep.web.passwords import (
    check_secret,
    hash_secret,
    new_token,
    password_problem,
    split_token,
)
from sitrep.web.reviewing import find_words
from sitrep.web.sessions import Sessions, Throttle


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_passwords_are_argon2id_hashes_that_check():
    stored = hash_secret("a long enough password")
    assert stored.startswith("$argon2id$")
    assert "a long enough password" not in stored
    assert check_secret(stored, "a long enough password")
    assert not check_secret(stored, "a long enough passworD")
    assert not check_secret(None, "anything")
    assert not check_secret("not a hash", "anything")


def test_password_rules():
    assert password_problem("short") is not None
    assert password_problem("x" * 300) is not None
    assert password_problem("a" * 20) is not None  # repeats
    assert password_problem("password1234") is not None  # among the most common
    assert password_problem("sitrep123456") is not None  # leans on the app's name
    assert password_problem("ana-the-coder", "ana-the-coder") is not None
    assert password_problem("violet harbour lantern") is None
    assert password_problem("ß" * 3 + " plain unicode pass phrase ✓") is None  # any character


def test_tokens_are_random_and_split_back():
    one, two = new_token(), new_token()
    assert one.text != two.text and len(one.secret) >= 40
    assert split_token(one.text) == (one.token_id, one.secret)
    assert split_token("Bearer nonsense") is None
    assert split_token("srt_only") is None


def test_sessions_renew_ids_and_time_out():
    clock = Clock()
    sessions = Sessions(idle=60, absolute=300, clock=clock)
    sid, session = sessions.start("ana", "hash-1")
    sid2, _ = sessions.start("ana", "hash-1")
    assert sid != sid2 and len(sid) >= 40 and session.csrf
    assert sessions.get(sid) is not None
    clock.now += 59
    assert sessions.get(sid) is not None  # touched: idle time starts again
    clock.now += 59
    assert sessions.get(sid) is not None
    clock.now += 61
    assert sessions.get(sid) is None  # idle too long
    sid3, _ = sessions.start("ana", "hash-1")
    for _ in range(7):  # kept busy, it still ends at the absolute timeout
        clock.now += 50
        sessions.get(sid3)
    assert sessions.get(sid3) is None


def test_sessions_end_one_or_all_of_a_user():
    sessions = Sessions(idle=60, absolute=300)
    a1, _ = sessions.start("ana", None)
    a2, _ = sessions.start("ana", None)
    b1, _ = sessions.start("ben", None)
    sessions.end(a1)
    assert sessions.get(a1) is None and sessions.get(a2) is not None
    assert sessions.end_user("ana") == 1
    assert sessions.get(a2) is None and sessions.get(b1) is not None
    assert sessions.count("ben") == 1


def test_throttle_locks_after_the_limit_and_unlocks_later():
    clock = Clock()
    throttle = Throttle(limit=3, window=60, lockout=120, clock=clock)
    assert not throttle.fail("user:ana")
    assert not throttle.fail("user:ana")
    assert throttle.fail("user:ana")
    assert throttle.locked("user:ana") and not throttle.locked("user:ben")
    clock.now += 119
    assert throttle.locked("user:ana")
    clock.now += 2
    assert not throttle.locked("user:ana")


def test_failures_outside_the_window_do_not_count():
    clock = Clock()
    throttle = Throttle(limit=3, window=60, lockout=120, clock=clock)
    throttle.fail("k")
    throttle.fail("k")
    clock.now += 61
    assert not throttle.fail("k")
    throttle.succeed("k")
    assert not throttle.fail("k")


def test_log_lines_are_utc_and_cannot_be_forged():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(UTCFormatter("%(asctime)s %(message)s"))
    logger = logging.getLogger("sitrep.web")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        audit("login.failed", who="eve\n2025-01-01T00:00:00Z login who='admin'", where="10.0.0.1")
    finally:
        logger.removeHandler(handler)
    text = stream.getvalue()
    assert text.count("\n") == 1, text
    assert text[:20].endswith("Z") or text[19:24].endswith("Z")
    assert "\\n2025" in text and "where='10.0.0.1'" in text
    assert clean("a\rb\x1bc\u2028") == "a\\rb\\x1bc\\u2028"


def test_filters_parse_and_reject_bad_values():
    query = parse_filters({"since": "2025-01-02", "country": " Sudan ", "type": "", "limit": "20"})
    assert query.since == "2025-01-02" and query.country == "Sudan" and query.type is None
    assert query.limit == 20
    for bad in (
        {"since": "yesterday"},
        {"min_fatalities": "-1"},
        {"review": "maybe"},
        {"sort": "password"},
        {"limit": "0"},
        {"bbox": "1,2,3"},
        {"bbox": "0,50,10,40"},
        {"q": "x" * 500},
    ):
        with pytest.raises(BadFilter):
            parse_filters(bad)
    text = query_string(parse_filters({"country": "Côte d'Ivoire", "sort": "-fatalities"}))
    assert "country=C%C3%B4te+d%27Ivoire" in text and "sort=-fatalities" in text


def test_fields_are_coerced_or_refused():
    assert coerce("fatalities", "12") == 12
    assert coerce("event_date", "2025-03-04") == "2025-03-04"
    assert coerce("latitude", "13.5") == 13.5
    assert coerce("civilian_targeting", "true") is True
    assert coerce("actor1", "") is None
    assert coerce("event_type", "Battles") == "Battles"
    for field, value in (
        ("fatalities", "-3"),
        ("fatalities", True),
        ("event_date", "2025-13-01"),
        ("latitude", "91"),
        ("event_type", "Picnic"),
        ("certainty", "sure"),
        ("evidence", "[]"),
        ("event_id", "x"),
        ("notes", "a\x00b"),
    ):
        with pytest.raises(FieldError):
            coerce(field, value)
    with pytest.raises(FieldError):
        check_changes({})
    with pytest.raises(FieldError):
        check_sub_type("Protests", "Air/drone strike")
    check_sub_type("Explosions/Remote violence", "Air/drone strike")
    assert len(taxonomy().types) == 6 and len(taxonomy().all_sub_types) == 25


def test_words_are_found_with_original_offsets():
    text = "İstanbul: Troops SHELLED the town."
    span = find_words(text, "shelled", "event_type")
    assert text[span.start : span.end] == "SHELLED"
    with pytest.raises(FieldError):
        find_words(text, "bombed", "event_type")


def test_marks_cut_text_at_every_boundary():
    pieces = cut("abcdefgh", [(1, 4, "actor1"), (3, 6, "location")], [(0, 100, 8)])
    assert [(p.text, p.fields, p.origin) for p in pieces] == [
        ("a", (), 100),
        ("bc", ("actor1",), 101),
        ("d", ("actor1", "location"), 103),
        ("ef", ("location",), 104),
        ("gh", (), 106),
    ]


def test_article_blocks_mark_evidence_in_text_and_captions():
    original = "Shelling in Kaleva\n\nTroops shelled the market.\n\nSmoke over Kaleva. AFP"
    caption = original.index("Smoke")
    shelled = original.index("shelled")
    evidence = [
        Evidence("event_type", "shelled", shelled, shelled + 7),
        Evidence("location", "Kaleva", caption + 11, caption + 17),
    ]
    out = blocks(original, evidence, [{"start": caption, "end": len(original)}])
    assert [b.kind for b in out] == ["text", "caption"]
    assert "".join(p.text for b in out for p in b.pieces) == original
    marked = [(p.text, p.fields, p.origin) for b in out for p in b.pieces if p.fields]
    assert marked == [
        ("shelled", ("event_type",), shelled),
        ("Kaleva", ("location",), caption + 11),
    ]
    # a caption outside the text is ignored, the text still shown whole
    assert (
        "".join(p.text for b in blocks(original, [], [{"start": 5, "end": 999}]) for p in b.pieces)
        == original
    )


def test_timeline_stacks_days_by_type():
    line = timeline(
        [
            ("2025-01-01", "Battles", 2),
            ("2025-01-01", "Protests", 1),
            ("2025-01-03", "Riots", 3),
            ("not a date", "Riots", 9),
        ]
    )
    assert line.days == 3 and line.top == 3
    assert line.first == "2025-01-01" and line.last == "2025-01-03"
    layers = {layer.css: layer for layer in line.layers}
    assert set(layers) == {type_class("Battles"), type_class("Protests"), type_class("Riots")}
    # day 0: Battles (t0) from the bottom up to 2/3 of the height, Protests (t3) above it
    assert layers["t0"].path == "M0 33.33h0.9v66.67h-0.9z"
    assert layers["t3"].path == "M0 0.00h0.9v33.33h-0.9z"
    assert layers["t4"].path == "M2 0.00h0.9v100.00h-0.9z" and "3 events" in layers["t4"].label
    assert timeline([]).empty


def test_csp_is_strict_and_names_a_tile_server():
    policy = content_security_policy(None)
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    assert "https://tiles.example.org" in content_security_policy(
        "https://tiles.example.org/{z}/{x}/{y}.png"
    )
    names = {k.decode() for k, _ in security_headers(None)}
    assert {"x-content-type-options", "referrer-policy", "x-frame-options"} <= names
    assert "strict-transport-security" in names


def test_map_type_classes_are_stable():
    assert type_class("Battles") == "t0"
    assert type_class("nonsense") == "t6"
    assert json.dumps(type_class(None)) == '"t6"'


def test_store_pool_lends_a_bounded_number_of_handles(tmp_path):
    from sitrep.store import StoreError, open_store
    from sitrep.web.stores import StorePool

    opened = []

    def opener():
        opened.append(open_store(tmp_path / "pool.db"))
        return opened[-1]

    pool = StorePool(opener, size=2, wait=0.1)
    first, second = pool.acquire(), pool.acquire()
    assert first is not second and len(opened) == 2
    with pytest.raises(StoreError):
        pool.acquire()  # both lent: a third waits, then gives up with one line
    pool.release(first)
    assert pool.acquire() is first and len(opened) == 2  # reused, not reopened
    pool.close()
