# ruff: noqa: F811  (pytest fixtures imported from _web are redefined as arguments)
"""Topics, deliveries, feeds and the situation report in the web app: what each role may do,
that the forms check what they are given, that a topic's Atom feed opens with its own key and
nothing else, that a failed delivery is retried for real, and that the report page shows what
`sitrep report --format html` shows, its pictures served as images under the strict CSP."""

from __future__ import annotations

import base64
import http.server
import re
import threading
from datetime import date

from _system import ensure_package
from _web import (  # noqa: F401  (fixtures)
    client,
    csrf_of,
    demo_master,
    first_event,
    free_port,
    log_in,
    open_db,
    team_db,
)

PERIOD = "since=2025-01-01&until=2025-12-31"  # the demo articles' year


def _session(db, name, **settings):
    web = client(db, **settings)
    if name:
        assert log_in(web, name).status_code == 303
    return web


def _post(web, path, page, **fields):
    return web.post(path, data={**fields, "csrf_token": csrf_of(web.get(page).text)})


def _ledger(db):
    from sitrep.sources.ledger import Ledger
    from sitrep.store import open_store

    with open_store(db) as store:
        return Ledger.open(store)


def test_a_coder_follows_a_topic_a_viewer_reads_it(team_db):
    db, _ = team_db
    ana = _session(db, "ana")
    page = ana.get("/topics")
    assert page.status_code == 200 and 'id="topic-form"' in page.text
    wrong = {
        "radius_km": ("near", "Khartoum", "radius_km", "-3"),
        "no such place": ("near", "Nowhere-in-particular-xq", "radius_km", "10"),
        "a number": ("min_fatalities", "many", "keyword", "x"),
        "e-mail": ("email", "not-an-address", "keyword", "x"),
        "http or https": ("webhook", "ftp://hooks.example/x", "keyword", "x"),
    }
    for reason, (k1, v1, k2, v2) in wrong.items():
        answer = _post(ana, "/topics", "/topics", name="sudan", **{k1: v1, k2: v2})
        assert answer.status_code == 422, reason
        assert 'role="alert"' in answer.text and v1[:20] in answer.text  # the form keeps it
    assert "sudan" not in _ledger(db).topics  # nothing half-made is stored
    answer = _post(ana, "/topics", "/topics", name="sudan", country="Sudan", near="Khartoum",
                   radius_km="50", type="Battles", min_fatalities="2",
                   webhook="https://hooks.example/sitrep")  # fmt: skip
    assert answer.status_code == 303
    topic = _ledger(db).topics["sudan"]  # the same ledger `sitrep follow list` reads
    assert (topic.country, topic.radius_km) == ("Sudan", 50.0) and "Khartoum" in topic.near
    assert (topic.type, topic.min_fatalities, topic.webhook) == (
        "Battles",
        2,
        "https://hooks.example/sitrep",
    )
    assert topic.latitude is not None
    again = _post(ana, "/topics", "/topics", name="sudan", country="Chad")
    assert again.status_code == 409 and _ledger(db).topics["sudan"].country == "Sudan"
    without_csrf = ana.post("/topics", data={"name": "nocsrf"})
    assert without_csrf.status_code == 403 and "nocsrf" not in _ledger(db).topics

    vic = _session(db, "vic")
    listed = vic.get("/topics").text
    assert 'id="topic-sudan"' in listed and "country: Sudan" in listed and "Battles" in listed
    assert 'id="topic-form"' not in listed and "/remove" not in listed
    assert _post(vic, "/topics", "/account", name="mine").status_code == 403

    assert _post(ana, "/topics/sudan/remove", "/topics").status_code == 303
    assert 'id="topic-sudan"' not in ana.get("/topics").text
    assert "sudan" not in _ledger(db).topics
    assert _post(ana, "/topics/sudan/remove", "/topics").status_code == 404


def _basic(key: str, user: str = "reader") -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{key}".encode()).decode()}


def test_a_topic_feed_opens_with_its_own_key_and_nothing_else(team_db):
    db, _ = team_db
    ana = _session(db, "ana")
    for name in ("sudan", "chad"):
        assert _post(ana, "/topics", "/topics", name=name, country=name.title()).status_code == 303
    _queue(db, "sudan", first_event(db), [])
    anon = client(db)
    locked = anon.get("/topics/sudan.atom")
    assert locked.status_code == 401 and locked.headers["www-authenticate"].startswith("Basic")
    mine = ana.get("/topics/sudan.atom")  # a login session reads it as any page
    assert mine.status_code == 200 and mine.headers["content-type"].startswith("application/atom")
    assert "urn:sitrep:alert:sudan/" in mine.text

    made = _post(ana, "/topics/sudan/feed-key", "/topics")
    assert made.status_code == 200
    key = re.search(r'id="feed-key">([^<]+)<', made.text).group(1)
    assert len(key) >= 40 and key not in str(_ledger(db).feed_keys)  # kept only as a digest
    keyed = anon.get("/topics/sudan.atom", headers=_basic(key))
    assert keyed.status_code == 200 and keyed.headers["etag"]
    again = {**_basic(key), "If-None-Match": keyed.headers["etag"]}
    assert anon.get("/topics/sudan.atom", headers=again).status_code == 304  # unchanged
    assert "urn:sitrep:alert:sudan/" in anon.get(f"/topics/sudan.atom?key={key}").text
    refused = [
        anon.get(
            "/topics/sudan.atom", headers=_basic(key[:-1] + ("B" if key.endswith("A") else "A"))
        ),  # a wrong key
        anon.get("/topics/chad.atom", headers=_basic(key)),  # another topic's
        anon.get("/topics/sudan.atom", headers={"Authorization": "Basic !!not base64"}),
        anon.get("/topics/sudan.atom?key="),
        anon.get("/api/events", headers=_basic(key)),  # the key opens nothing else
        anon.get("/topics/sudan.atom", headers={"Authorization": f"Bearer {key}"}),
    ]
    assert [r.status_code for r in refused] == [401] * 6

    newer = _post(ana, "/topics/sudan/feed-key", "/topics")
    assert re.search(r'id="feed-key">([^<]+)<', newer.text).group(1) != key
    assert anon.get("/topics/sudan.atom", headers=_basic(key)).status_code == 401  # replaced
    vic = _session(db, "vic")
    assert _post(vic, "/topics/sudan/feed-key", "/topics").status_code == 403
    newest = re.search(r'id="feed-key">([^<]+)<', newer.text).group(1)
    assert _post(ana, "/topics/sudan/remove", "/topics").status_code == 303
    assert _post(ana, "/topics", "/topics", name="sudan", country="Sudan").status_code == 303
    assert anon.get("/topics/sudan.atom", headers=_basic(newest)).status_code == 401  # void


def _queue(db, topic, event_id, channels):
    from sitrep.sources.ledger import Ledger
    from sitrep.store import open_store

    with open_store(db) as store:
        payload = {"title": "An invented alert", "event": {"event_id": event_id, "notes": "n"}}
        alert = Ledger.open(store).queue_alert(f"{topic}/{event_id}/0", topic, event_id,
                                               payload, channels)  # fmt: skip
    return alert.id


class _Hooks(http.server.BaseHTTPRequestHandler):
    received: list[tuple[dict[str, str], bytes]] = []

    def do_POST(self):  # noqa: N802  (the name http.server calls)
        body = self.rfile.read(int(self.headers.get("content-length", 0)))
        self.received.append((dict(self.headers), body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_a_failed_delivery_is_retried_from_the_outbox(team_db, monkeypatch):
    from sitrep.sources.outbox import sign

    monkeypatch.setenv("SITREP_WEBHOOK_SECRET", "an invented secret")
    db, _ = team_db
    port = free_port()  # nothing listens there yet
    guarded = _session(db, "ana")  # `sitrep serve` without --allow-private
    hook = f"http://127.0.0.1:{port}/hook"
    assert _post(guarded, "/topics", "/topics", name="hooked", webhook=hook).status_code == 303
    alert_id = _queue(db, "hooked", first_event(db), ["webhook"])
    assert ">queued<" in guarded.get("/outbox?state=queued").text
    tried = _post(guarded, "/outbox/retry", "/outbox", alert=alert_id)
    assert tried.status_code == 303 and tried.headers["location"].endswith("sent=0&still=1")
    refused = _ledger(db).alerts[alert_id]  # the fetch guard stops it: no request to loopback
    assert refused.pending == ("webhook",) and "loopback" in refused.last_error

    ana = _session(db, "ana", allow_private=True)
    _post(ana, "/outbox/retry", "/outbox", alert=alert_id)  # allowed now, but nobody listens
    failed = _ledger(db).alerts[alert_id]
    assert failed.attempts == 2 and failed.pending == ("webhook",) and failed.last_error
    page = ana.get("/outbox?state=failed").text
    assert ">failed<" in page and alert_id in page and 'name="alert"' in page

    _Hooks.received = []
    server = http.server.HTTPServer(("127.0.0.1", port), _Hooks)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        again = _post(ana, "/outbox/retry", "/outbox")
    finally:
        server.shutdown()
        thread.join(5)
    assert again.headers["location"].endswith("sent=1&still=0")
    assert _ledger(db).alerts[alert_id].pending == ()
    ((headers, body),) = _Hooks.received
    assert headers["X-Sitrep-Signature"] == sign(b"an invented secret", body)
    assert ">delivered<" in ana.get("/outbox").text

    vic = _session(db, "vic")
    assert alert_id in vic.get("/outbox").text and "/outbox/retry" not in vic.get("/outbox").text
    assert _post(vic, "/outbox/retry", "/outbox").status_code == 403
    assert _post(ana, "/outbox/retry", "/outbox", alert="no/such/0").status_code == 404

    # one click retries the oldest few: the page answers even when hundreds wait
    monkeypatch.setattr("sitrep.web.follow.RETRY_BATCH", 2)  # one request per host per second
    many = [_queue(db, "hooked", f"invented-{n:02}", ["webhook"]) for n in range(3)]
    batch = _post(guarded, "/outbox/retry", "/outbox")
    assert batch.headers["location"].endswith("sent=0&still=2")
    assert [_ledger(db).alerts[a].attempts for a in many] == [1, 1, 0]


def test_an_admin_watches_a_feed_and_everyone_sees_its_health(team_db):
    from sitrep.sources.ledger import Ledger
    from sitrep.store import open_store

    db, _ = team_db
    root = _session(db, "root")
    url = "https://news.example/world.rss"
    assert _post(root, "/feeds", "/feeds", url=url, name="World desk").status_code == 303
    assert _post(root, "/feeds", "/feeds", url=url).status_code == 409
    assert _post(root, "/feeds", "/feeds", url="file:///etc/passwd").status_code == 422
    assert _post(root, "/feeds", "/feeds", url="javascript:alert(1)").status_code == 422
    with open_store(db) as store:
        ledger = Ledger.open(store)
        ledger.record_fetch(url, feed=url, detail={"status": 200, "sha256": "ab" * 32})
        ledger.record_fetch(url, feed=url, detail={"error": "timed out after 10 s"})

    ana = _session(db, "ana")
    page = ana.get("/feeds").text
    assert "World desk" in page and "timed out after 10 s" in page and "never" not in page
    assert 'id="feed-form"' not in page and "/feeds/remove" not in page
    assert _post(ana, "/feeds", "/feeds", url="https://other.example/x.rss").status_code == 403
    assert _post(ana, "/feeds/remove", "/feeds", url=url).status_code == 403

    assert _post(root, "/feeds/remove", "/feeds", url=url).status_code == 303
    assert url not in _ledger(db).feeds and "World desk" not in root.get("/feeds").text


def test_the_report_page_shows_the_report_with_its_pictures(team_db):
    from sitrep.report.gather import gather, parse_scope
    from sitrep.report.render import headline
    from sitrep.store import open_store

    db, _ = team_db
    vic = _session(db, "vic")
    page = vic.get(f"/report?{PERIOD}")
    assert page.status_code == 200
    with open_store(db) as store:
        scope = parse_scope("2025-01-01", "2025-12-31", country=None, topic=None,
                            today=date(2026, 1, 1))  # fmt: skip
        report = gather(store, scope, record=False)
    assert report.events  # the demo's events are in the period
    for line in headline(report):
        assert line.replace("'", "&#39;") in page.text
    for row in report.main:
        assert f"/events/{row.event.event_id}" in page.text
    pictures = re.findall(r'<img class="picture" src="([^"]+)"', page.text)
    assert [p.split("?")[0] for p in pictures] == ["/report/map.png", "/report/chart.png"]
    for path in pictures:
        image = vic.get(path.replace("&amp;", "&"))
        assert image.status_code == 200 and image.headers["content-type"] == "image/png"
        assert image.content.startswith(b"\x89PNG") and len(image.content) > 5000
    policy = page.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("script-src")[1]
    assert all("src=" in tag for tag in re.findall(r"<script[^>]*>", page.text))
    markdown = vic.get(f"/report/download?{PERIOD}&format=md")
    assert markdown.status_code == 200 and "attachment" in markdown.headers["content-disposition"]
    assert headline(report)[0] in markdown.text
    ensure_package("libpango-1.0-0", provides="/usr/lib/*/libpango-1.0.so.0")
    ensure_package("libpangoft2-1.0-0", provides="/usr/lib/*/libpangoft2-1.0.so.0")
    printable = vic.get(f"/report/download?{PERIOD}&format=pdf")
    assert printable.headers["content-type"] == "application/pdf"
    assert printable.content.startswith(b"%PDF") and len(printable.content) > 20_000

    assert vic.get("/report?since=tomorrow").status_code == 422
    assert vic.get("/report?since=1990-01-01").status_code == 422  # over ten years
    assert vic.get(f"/report?{PERIOD}&topic=nobody").status_code == 422
    assert vic.get(f"/report/download?{PERIOD}&format=exe").status_code == 422
    assert _post(vic, "/report/record", "/account", since="2025-01-01").status_code == 403


def test_the_open_mode_reads_topics_and_their_feeds_and_changes_nothing(open_db):
    from sitrep.sources.ledger import Ledger
    from sitrep.sources.topics import make_topic
    from sitrep.store import open_store

    with open_store(open_db) as store:
        Ledger.open(store).add_topic(make_topic("sudan", country="Sudan"))
    web = client(open_db)  # no users, loopback: anyone here reads, nobody writes
    assert 'id="topic-sudan"' in web.get("/topics").text
    assert web.get("/topics/sudan.atom").status_code == 200
    assert web.get("/feeds").status_code == 200 and web.get("/outbox").status_code == 200
    page = web.get("/topics").text
    assert 'id="topic-form"' not in page and "/remove" not in page
    answer = _post(web, "/topics/sudan/remove", "/login")
    assert answer.status_code == 303 and "/login" in answer.headers["location"]
    assert "sudan" in _ledger(open_db).topics


def test_the_outbox_pages_through_every_alert_newest_first(team_db):
    from sitrep.sources.ledger import Ledger
    from sitrep.store import open_store
    from sitrep.web.follow import OUTBOX_ROWS

    db, _ = team_db
    with open_store(db) as store:
        ledger = Ledger.open(store)
        for n in range(OUTBOX_ROWS + 5):
            ledger.queue_alert(f"paged/e{n:04d}/0", "paged", f"e{n:04d}", {"title": f"t{n}"}, ())
    ana = _session(db, "ana")
    first, second = ana.get("/outbox?topic=paged").text, ana.get("/outbox?topic=paged&page=2").text
    shown = [re.findall(r"paged/e\d{4}/0", page) for page in (first, second)]
    assert len(set(shown[0])) == OUTBOX_ROWS and len(set(shown[1])) == 5
    assert not set(shown[0]) & set(shown[1])  # every alert on exactly one page
    assert 'rel="next" href="/outbox?topic=paged&amp;page=2"' in first
    assert 'rel="prev"' in second and 'rel="next"' not in second
    assert ana.get("/outbox?topic=paged&page=99").text.count("paged/e") == 5  # the last page


def test_the_apps_ledger_follows_the_log_and_counts_each_entry_once(team_db):
    from sitrep.sources.ledger import LedgerCache
    from sitrep.store import open_store

    db, _ = team_db
    cache = LedgerCache()
    with open_store(db) as store:
        first = cache.current(store)
        first.queue_alert("once/e1/0", "once", "e1", {"title": "t"}, ("webhook",))
        first.alert_failed("once/e1/0", "webhook", "refused")
        assert cache.current(store).alerts["once/e1/0"].attempts == 1  # replayed, not doubled
        first.alert_failed("once/e1/0", "webhook", "refused again")
        again = cache.current(store)
        assert again.alerts["once/e1/0"].attempts == 2 and again is not cache.current(store)
