"""Fuzz targets of the parsers beyond intake: feeds, WARC archives, fatality counts and the
JSON bodies of the API's review acts. Registered in `targets.TARGETS` with the others.

Each reads untrusted bytes the way sitrep does and either gives a result or the one error its
stage documents (an `IntakeError` of one line; an HTTP 404, 409 or 422 with a JSON reason).
"""

from __future__ import annotations

import functools
import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from sitrep.events.fatalities import count_fatalities, word_value
from sitrep.events.knowledge import load_event_knowledge
from sitrep.intake import Capture, IntakeError
from sitrep.language import load_nlp
from sitrep.sources.feeds import MAX_ITEMS, feed_kind, item_capture, parse_feed
from sitrep.sources.warc import read_warc
from sitrep.store import open_store
from sitrep.web import WebConfig, create_app
from sitrep.web.limits import MAX_BODY
from sitrep.web.passwords import hash_secret, new_token

ROOT = Path(__file__).resolve().parents[1]
Target = Callable[[bytes], object]


def _one_line(error: IntakeError) -> None:
    assert error.reason and "\n" not in error.reason and "\r" not in error.reason, error.reason


# ---------------------------------------------------------------- feeds


def feed(raw: bytes) -> object:
    """RSS, Atom or JSON Feed bytes: a feed whose items become captures, or one line."""
    feed_kind(raw)
    try:
        parsed = parse_feed(raw, "<fuzz>")
    except IntakeError as error:
        _one_line(error)
        return None
    assert len(parsed.items) <= min(MAX_ITEMS, parsed.listed), (len(parsed.items), parsed.listed)
    for item in parsed.items:
        capture = item_capture(item, "<fuzz>")
        assert capture.raw == capture.text.encode("utf-8")  # evidence offsets need this
    return parsed


# ---------------------------------------------------------------- WARC


def warc(raw: bytes) -> object:
    """A WARC file (gzipped when it starts like gzip): HTML captures and one line per broken
    record, ending whatever the bytes."""
    name = "fuzz.warc.gz" if raw[:2] == b"\x1f\x8b" else "fuzz.warc"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(raw)
        items = list(read_warc(path))
    for item in items:
        assert isinstance(item, Capture | IntakeError), item
        if isinstance(item, IntakeError):
            _one_line(item)
        else:
            assert item.raw and item.text
    return items


# ---------------------------------------------------------------- fatality counts


@functools.cache
def _counting() -> tuple[Any, Any]:
    numbers = load_event_knowledge().numbers
    assert numbers is not None
    return load_nlp(), numbers


MAX_COUNT_TEXT = 20_000  # characters parsed per input: the parse, not the count, is the cost


def counts(raw: bytes) -> object:
    """Text through the parser, then the fatality count of every sentence: a count between
    0 and the largest the rules allow, its words inside the sentence."""
    nlp, numbers = _counting()
    doc = nlp(raw.decode("utf-8", errors="replace")[:MAX_COUNT_TEXT])
    found = []
    for token in doc:
        value = word_value(token, numbers)
        assert value is None or 0 <= value <= 10**12, value
    for sentence in doc.sents:
        toll = count_fatalities(sentence, numbers)
        assert 0 <= toll.count <= numbers.largest_count, toll
        if toll.start is not None:
            assert toll.end is not None
            assert sentence.start_char <= toll.start < toll.end <= sentence.end_char, toll
        found.append(toll)
    return found


# ---------------------------------------------------------------- the API's JSON bodies

ROUTES = ("patch", "merge", "accept", "reject", "restore", "split")
ANSWERS = {200, 404, 409, 422}  # what the OpenAPI schema lists for these routes


@functools.cache
def _api() -> tuple[Any, dict[str, str], tuple[str, ...]]:
    """An app over a small store of hand-coded events, and a coder's bearer token."""
    sys.path.insert(0, str(ROOT / "tests"))
    from _store_docs import TOWNS, doc, text_of

    folder = Path(tempfile.mkdtemp(prefix="sitrep-fuzz-api-"))
    db = folder / "api.db"
    with open_store(db) as store:
        store.add([doc(f"news/{t}.txt", text_of(t), events=[{"town": t}]) for t in TOWNS])
        store.add_user("fuzz", "coder", hash_secret("unused long passphrase 1"), by="fuzz")
        token = new_token()
        store.add_token("fuzz", token.token_id, hash_secret(token.secret), by="fuzz")
        ids = tuple(r.event.event_id for r in store.iter_events())
    web = TestClient(create_app(lambda: open_store(db), WebConfig()), raise_server_exceptions=False)
    return web, {"authorization": f"Bearer {token.text}"}, ids


def api_request(route: str, event: int, body: bytes) -> Any:
    """Send `body` to one review act on event number `event` (an unknown id past the end)."""
    web, auth, ids = _api()
    event_id = ids[event] if event < len(ids) else "no-such-event"
    path = {"patch": f"/api/events/{event_id}", "merge": "/api/events/merge"}.get(
        route, f"/api/events/{event_id}/{route}"
    )
    method = "PATCH" if route == "patch" else "POST"
    headers = {**auth, "content-type": "application/json"}
    answer = web.request(method, path, content=body, headers=headers)
    allowed = ANSWERS | {400} if _undecodable(body) else ANSWERS  # bytes that are no text
    allowed = allowed | {413} if len(body) > MAX_BODY else allowed
    assert answer.status_code in allowed, (route, body[:200], answer.status_code, answer.text)
    data = answer.json()
    if answer.status_code == 200:
        assert "revisions" in data if route == "split" else data["event_id"], data
    else:
        assert data.get("detail"), data
    return answer


def _undecodable(body: bytes) -> bool:
    """Bytes JSON cannot even decode as text (it guesses UTF-8, -16 or -32 from the NULs),
    or nested deeper than Python's JSON decoder goes."""
    try:
        json.loads(body)
    except (UnicodeDecodeError, RecursionError):
        return True
    except ValueError:
        return False
    return False


def api_body(raw: bytes) -> object:
    """The first byte picks the act and the event; the rest is the JSON body as sent."""
    head = raw[0] if raw else 0
    return api_request(ROUTES[head % len(ROUTES)], head // len(ROUTES) % 7, raw[1:])


def as_body(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8", errors="surrogatepass")


MORE: dict[str, Target] = {
    "feed": feed,
    "warc": warc,
    "counts": counts,
    "api_body": api_body,
}
