"""The API's review acts against any JSON body: an answer the schema lists (or 400/413 for
bytes that are no JSON text, or too many of them), a JSON reason, and a store where an act
that was refused left nothing behind and one that was acknowledged left exactly its revisions.

The bodies are built by hypothesis from the real field names with hostile values; the same
acts are fuzzed from raw bytes by `fuzz/more_targets.py::api_body` (`make fuzz`).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from _store_docs import TOWNS, doc, text_of
from sitrep.store import open_store
from sitrep.web.fields import EDITABLE
from sitrep.web.limits import MAX_BODY

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fuzz"))

ANSWERS = {200, 404, 409, 422}


class Api:
    """A coder's client over a fresh store of five hand-coded events."""

    def __init__(self, address: str) -> None:
        from fastapi.testclient import TestClient

        from sitrep.web import WebConfig, create_app
        from sitrep.web.passwords import hash_secret, new_token

        self.db = address
        with open_store(self.db) as store:
            store.add([doc(f"news/{t}.txt", text_of(t), events=[{"town": t}]) for t in TOWNS])
            store.add_user("ana", "coder", hash_secret("unused long passphrase 1"), by="test")
            token = new_token()
            store.add_token("ana", token.token_id, hash_secret(token.secret), by="test")
            self.ids = [r.event.event_id for r in store.iter_events()]
        app = create_app(lambda: open_store(self.db), WebConfig())
        self.web = TestClient(app, raise_server_exceptions=False)
        self.auth = {"authorization": f"Bearer {token.text}", "content-type": "application/json"}

    def send(self, route: str, event: int, body: bytes):
        event_id = self.ids[event] if event < len(self.ids) else "no-such-event"
        path = {"patch": f"/api/events/{event_id}", "merge": "/api/events/merge"}.get(
            route, f"/api/events/{event_id}/{route}"
        )
        method = "PATCH" if route == "patch" else "POST"
        return self.web.request(method, path, content=body, headers=self.auth)

    def revisions(self) -> int:
        """Every revision of every event, counted by `verify`, which also checks the chain."""
        with open_store(self.db) as store:
            report = store.verify()
        assert report.ok, report.problems
        return report.revisions


@pytest.fixture
def api(store_address) -> Api:
    return Api(store_address)


# ---------------------------------------------------------------- bodies from hypothesis

_leaf = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=40)
    | st.sampled_from(["", " ", "\u202eevil", "ب", "中文", "\x00", "\x1b[2J", "2025-02-30"])
)
junk = st.recursive(
    _leaf,
    lambda kids: (
        st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=8), kids, max_size=3)
    ),
    max_leaves=12,
)
small = st.integers(min_value=-2, max_value=8)
value = (
    junk
    | small
    | st.sampled_from(["Battles", "Armed clash", "2025-03-04", "true", "asserted", "Kemi"])
    | st.floats(min_value=-200, max_value=200)
)
changes = st.dictionaries(st.sampled_from((*EDITABLE, "event_id", "nope")), value, max_size=4)
move = (
    st.fixed_dictionaries({"start": small, "end": st.integers(-1, 200)})
    | st.fixed_dictionaries({"words": st.text(max_size=20)})
    | st.just("judgement")
    | junk
)
reason = st.text(max_size=30) | junk
bodies = {
    "patch": st.fixed_dictionaries(
        {},
        optional={
            "changes": changes | junk,
            "base_revision": small | junk,
            "reason": reason,
            "evidence": st.dictionaries(st.sampled_from(EDITABLE), move, max_size=3),
        },
    ),  # fmt: skip
    "accept": st.fixed_dictionaries({}, optional={"base_revision": small | junk, "x": junk}),
    "reject": st.fixed_dictionaries({}, optional={"reason": reason, "base_revision": small}),
    "restore": st.fixed_dictionaries(
        {}, optional={"revision": small | junk, "reason": reason, "base_revision": small}
    ),
    "split": st.fixed_dictionaries(
        {},
        optional={
            "parts": st.lists(changes | junk, max_size=4),
            "reason": reason,
            "base_revision": small,
        },
    ),  # fmt: skip
    "merge": st.fixed_dictionaries(
        {},
        optional={
            "event_ids": st.lists(st.sampled_from(["0", "1", "2", "x"]), max_size=4),
            "reason": reason,
            "base_revisions": st.dictionaries(st.text(max_size=3), small),
        },
    ),  # fmt: skip
}


def _merge_ids(api: Api, body: dict) -> dict:
    """Event ids named by position ("0".."2") become real ids, so merges can succeed."""
    ids = body.get("event_ids")
    if isinstance(ids, list):
        body = {**body, "event_ids": [api.ids[int(i)] if i.isdigit() else i for i in ids]}
    return body


@pytest.mark.parametrize("route", sorted(bodies))
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_any_body_is_answered_and_only_an_acknowledged_act_leaves_revisions(api, route, data):
    body = data.draw(bodies[route])
    if route == "merge":
        body = _merge_ids(api, body)
    event = data.draw(st.integers(min_value=0, max_value=len(api.ids)))
    before = api.revisions()
    answer = api.send(route, event, json.dumps(body).encode())
    assert answer.status_code in ANSWERS, (body, answer.status_code, answer.text)
    data_out = answer.json()
    after = api.revisions()
    if answer.status_code != 200:
        assert data_out["detail"]
        assert after == before, "a refused act left revisions behind"
        return
    made = data_out["revisions"] if route == "split" else [data_out]
    assert made and all(r["user"] == "ana" for r in made)
    if route != "merge":  # a merge also writes a revision on each event merged away
        assert after == before + len(made)
    else:
        assert after >= before + len(made)


# ---------------------------------------------------------------- the hostile cases

HOSTILE: dict[str, bytes] = {
    "empty": b"",
    "binary": bytes(range(256)) * 4,
    "truncated UTF-8": '{"reason": "bombardement à'.encode()[:-1],
    "UTF-16 with BOM": '{"reason": "late"}'.encode("utf-16"),
    "UTF-16 without BOM": '{"reason": "late"}'.encode("utf-16-le"),
    "5 MB single line": b'{"reason": "' + b"x" * 5_000_000 + b'"}',
    "nested 10,000 levels": b'{"changes": ' + b"[" * 10_000 + b"]" * 10_000 + b"}",
    "right-to-left and mixed": json.dumps(
        {"reason": "\u202eredro\u202c الحسكة 中文 Ωmega", "base_revision": 1}
    ).encode(),
    "control characters": json.dumps(
        {"reason": "a\x00b\x07c\x1b[31m", "base_revision": 1}
    ).encode(),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
@pytest.mark.parametrize("route", ["patch", "reject"])
def test_hostile_bodies_get_a_reason_and_change_nothing_they_should_not(api, route, name):
    before = api.revisions()
    answer = api.send(route, 0, HOSTILE[name])
    assert answer.status_code in ANSWERS | {400, 413}, answer.text
    assert answer.headers["content-type"] == "application/json"
    assert "Traceback" not in answer.text
    if answer.status_code == 200:  # a reason in odd scripts, or in UTF-16, is a reason
        assert route == "reject" and json.loads(HOSTILE[name])["reason"]
        assert api.revisions() == before + 1
    else:
        assert answer.json()["detail"]
        assert api.revisions() == before
    if name == "control characters" and route == "reject":  # alike on both (PostgreSQL: no NUL)
        assert answer.status_code == 422 and "control characters" in answer.json()["detail"]
    if name == "5 MB single line":
        assert answer.status_code == 413 or len(answer.content) < 2000  # never echoed back


def test_a_body_over_the_limit_is_refused_before_it_is_read(api):
    huge = b'{"reason": "' + b"y" * (50 * 1024 * 1024) + b'"}'  # the 50 MB
    answer = api.send("reject", 0, huge)
    assert answer.status_code == 413 and str(MAX_BODY) in answer.json()["detail"]
    assert answer.headers["x-frame-options"] == "DENY"  # the security headers still apply

    def streamed():  # no Content-Length: counted as it arrives
        for _ in range(64):
            yield b"z" * 65536

    answer = api.web.post(f"/api/events/{api.ids[0]}/reject", content=streamed(), headers=api.auth)
    assert answer.status_code == 413
    ok = api.send("reject", 1, b'{"reason": "a duplicate report"}')
    assert ok.status_code == 200, ok.text  # the next request is served as usual


def test_a_textarea_line_break_is_text_and_a_control_character_is_not():
    from sitrep.web.fields import FieldError, coerce
    from sitrep.web.reviewing import check_reason

    assert coerce("notes", "two lines\r\nfrom a browser") == "two lines\nfrom a browser"
    assert check_reason("seen twice\r\nin the wire copy", required=True) == (
        "seen twice\nin the wire copy"
    )
    for bad in ("a\x00b", "late\x1b[2J", "bell\x07"):
        with pytest.raises(FieldError, match="control characters"):
            check_reason(bad, required=True)
        with pytest.raises(FieldError, match="control characters"):
            coerce("notes", bad)
