"""`sitrep feeds`, `watch`, `follow` end to end against real servers on loopback: a feed
server, a webhook receiver and an SMTP server (aiosmtpd). Every article is invented."""

from __future__ import annotations

import json
import socket
import time

import pytest
from typer.testing import CliRunner

from _webserver import answer, redirect, serving
from sitrep.cli import app
from sitrep.sources.outbox import SIGNATURE_HEADER, verify_signature

SECRET = "test-webhook-secret"

HERALD_PAGE = """<!doctype html><html><head>
<title>Drone strike kills six at Kadugli fuel depot</title>
<meta name="date" content="2025-03-04"></head><body><article>
<h1>Drone strike kills six at Kadugli fuel depot</h1>
<p>March 4, 2025</p>
<p>A drone strike by the Rapid Support Forces hit a fuel depot in Kadugli, the capital
of Sudan's South Kordofan state, on Tuesday, killing six people, local officials said.</p>
<p>Thick black smoke rose over the city for most of the afternoon.</p>
</article></body></html>"""

TIMES_PAGE = """<!doctype html><html><head><title>Seven dead as drone hits Kadugli depot</title>
<meta name="date" content="2025-03-04"></head><body><article>
<h1>Seven dead as drone hits Kadugli depot</h1>
<p>March 4, 2025</p>
<p>At least seven people were killed on Tuesday when an RSF drone hit the fuel depot in the
city of Kadugli, in Sudan, a hospital director told reporters.</p>
<p>Residents said fuel queues had already stretched for days.</p>
</article></body></html>"""

MARKET_PAGE = """<!doctype html><html><head><title>Kadugli market reopens</title></head><body>
<article><h1>Kadugli market reopens</h1><p>March 5, 2025</p>
<p>Traders in Kadugli reopened the central market on Wednesday after a week of closures.</p>
</article></body></html>"""


def rss(title: str, items: list[tuple[str, str]]) -> str:
    entries = "".join(
        f"<item><title>{t}</title><link>{link}</link><guid>{link}</guid>"
        f"<pubDate>Tue, 04 Mar 2025 18:00:00 GMT</pubDate><description>{t}</description></item>"
        for t, link in items
    )
    channel = f"<channel><title>{title}</title>{entries}</channel>"
    return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'


def with_etag(body: str, tag: str):
    """A feed route answering 304 to its own ETag."""

    def route(h):
        if h.headers.get("If-None-Match") == tag:
            answer(304, b"", headers={"ETag": tag})(h)
        else:
            answer(body=body, content_type="application/rss+xml", headers={"ETag": tag})(h)

    return route


def _slow(h):
    h.send_response(200)
    h.send_header("Content-Type", "application/rss+xml")
    h.end_headers()
    for _ in range(600):
        h.wfile.write(b" ")
        h.wfile.flush()
        time.sleep(0.05)


class Mailbox:
    """An SMTP server on loopback keeping what it receives."""

    def __init__(self) -> None:
        self.messages: list[object] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        self.messages.append(envelope)
        return "250 OK"


@pytest.fixture
def mailbox():
    from aiosmtpd.controller import Controller

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    box = Mailbox()
    controller = Controller(box, hostname="127.0.0.1", port=port)
    controller.start()
    box.port = port
    yield box
    controller.stop()


def test_watch_follow_and_alert_end_to_end(tmp_path, mailbox):
    db = str(tmp_path / "watch.db")
    with serving("127.0.0.2", {"/inside": answer(body="internal")}) as inside, serving() as site:
        base = site.url("")
        site.routes.update({
            "/herald/feed.xml": with_etag(rss("Coastal Herald", [
                ("Drone strike kills six", f"{base}/herald/strike"),
                ("Market reopens", f"{base}/herald/market"),
            ]), '"h1"'),
            "/herald/strike": answer(body=HERALD_PAGE),
            "/herald/market": answer(body=MARKET_PAGE),
            "/times/feed.xml": with_etag(rss("Savanna Times", [
                ("Seven dead in Kadugli", f"{base}/times/kadugli"),
                ("Moved story", f"{base}/times/moved"),
            ]), '"t1"'),
            "/times/kadugli": answer(body=TIMES_PAGE),
            "/times/moved": redirect(inside.url("/inside")),
            "/slow/feed.xml": _slow,
            "/garbage/feed.xml": answer(body=b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
                                        content_type="application/rss+xml"),
            "/hook": answer(204, b""),
        })  # fmt: skip
        env = {
            "SITREP_ALLOW_NETS": "127.0.0.1/32",
            "SITREP_FETCH_TIMEOUT": "2",
            "SITREP_FETCH_INTERVAL": "0",
            "SITREP_SMTP": f"127.0.0.1:{mailbox.port}",
            "SITREP_WEBHOOK_SECRET": SECRET,
        }
        runner = CliRunner(env=env)

        def sitrep(*args: str):
            return runner.invoke(app, [*args, "--db", db], catch_exceptions=False)

        for path, name in [
            ("/herald/feed.xml", "Coastal Herald"), ("/times/feed.xml", "Savanna Times"),
            ("/slow/feed.xml", "Slow Wire"), ("/garbage/feed.xml", "Broken Wire"),
        ]:  # fmt: skip
            assert sitrep("feeds", "add", site.url(path), "--name", name).exit_code == 0
        added = sitrep(
            "follow", "add", "sudan", "--country", "Sudan", "--webhook", site.url("/hook"),
            "--email", "analyst@example.org",
        )  # fmt: skip
        assert added.exit_code == 0, added.output

        first = sitrep("watch", "--once")
        assert first.exit_code == 1, first.output  # two feeds failed; the others went on
        assert "Slow Wire" in first.output and "time limit" in first.output
        assert "Broken Wire: not an RSS or Atom feed" in first.output
        assert "127.0.0.2" in first.output and "loopback" in first.output
        assert inside.seen == []  # the redirect to a private address was refused
        assert "alerts: 2 delivered" in first.output

        hooks = [s for s in site.seen if s.path == "/hook"]
        assert len(hooks) == 1 and len(mailbox.messages) == 1
        signature = hooks[0].headers[SIGNATURE_HEADER]
        assert verify_signature(SECRET.encode(), hooks[0].body, signature)
        payload = json.loads(hooks[0].body)
        assert payload["topic"] == "sudan" and payload["event"]["country"] == "Sudan"
        assert payload["event"]["evidence"], "the alert carries its evidence"
        mail = mailbox.messages[0]
        assert mail.rcpt_tos == ["analyst@example.org"]
        assert b"Kadugli" in mail.content

        # one event, two sources: the two outlets' reports of the strike are merged
        from sitrep.store import EventQuery, open_store

        with open_store(db) as store:
            strikes = [
                r for r in store.iter_events(EventQuery(country="Sudan", limit=50))
                if r.event.event_type == "Explosions/Remote violence" and r.merged_into is None
            ]  # fmt: skip
        assert len(strikes) == 1, [(r.event.event_id, r.event.fatalities) for r in strikes]
        strike = strikes[0]
        assert len(set(strike.sources) | {strike.document}) == 2
        assert strike.event.source == "Coastal Herald; Savanna Times"
        assert strike.event.fatalities == 6  # the lowest reported, not 13

        served = len(site.seen)
        second = sitrep("watch", "--once")
        feeds_again = [s for s in site.seen[served:] if s.path.endswith("feed.xml")]
        herald = next(s for s in feeds_again if s.path == "/herald/feed.xml")
        assert herald.headers.get("If-None-Match") == '"h1"'
        assert "Coastal Herald: not modified" in second.output
        assert len([s for s in site.seen if s.path == "/hook"]) == 1  # nothing sent again
        assert len(mailbox.messages) == 1
        assert not any(s.path in {"/herald/strike", "/times/kadugli"} for s in site.seen[served:])

        health = {
            f["name"]: f for f in json.loads(sitrep("feeds", "list", "--format", "json").output)
        }
        assert (
            health["Coastal Herald"]["last_success"] and health["Coastal Herald"]["items_seen"] == 2
        )
        assert "time limit" in health["Slow Wire"]["last_error"]
        assert health["Slow Wire"]["last_success"] is None
        assert health["Broken Wire"]["last_error"].startswith("not an RSS or Atom feed")

        atom = sitrep("follow", "feed", "sudan")
        assert atom.exit_code == 0 and atom.output.count("<entry>") == 1
        assert "urn:sitrep:alert:sudan/" in atom.output


def test_a_failed_delivery_stays_queued_and_is_retried_once(tmp_path, mailbox):
    db = str(tmp_path / "retry.db")
    calls = {"n": 0}

    def flaky(h):
        calls["n"] += 1
        answer(503 if calls["n"] <= 3 else 200, b"")(h)

    with serving() as site:
        site.routes.update({
            "/feed.xml": answer(body=rss("Coastal Herald", [("Strike", site.url("/strike"))]),
                                content_type="application/rss+xml"),
            "/strike": answer(body=HERALD_PAGE),
            "/hook": flaky,
        })  # fmt: skip
        env = {
            "SITREP_ALLOW_NETS": "127.0.0.1/32",
            "SITREP_FETCH_INTERVAL": "0", "SITREP_WEBHOOK_SECRET": SECRET,
        }  # fmt: skip
        runner = CliRunner(env=env)

        def sitrep(*args: str):
            return runner.invoke(app, [*args, "--db", db], catch_exceptions=False)

        sitrep("feeds", "add", site.url("/feed.xml"))
        sitrep("follow", "add", "kadugli", "--near", "Kadugli", "--webhook", site.url("/hook"))
        first = sitrep("watch", "--once")
        assert "1 still queued" in first.output and "HTTP 503" in first.output
        assert calls["n"] == 3  # three tries with backoff, then left queued
        listed = json.loads(sitrep("follow", "list", "--format", "json").output)
        assert listed[0]["pending"] == 1
        retried = sitrep("follow", "retry")
        assert retried.exit_code == 0 and "1 delivered" in retried.output
        again = sitrep("follow", "retry")
        assert "0 delivered, 0 still queued" in again.output
        assert calls["n"] == 4  # delivered once, never twice


def test_ingest_reads_a_feed_url(tmp_path):
    from sitrep.store import open_store

    db = str(tmp_path / "url.db")
    with serving() as site:
        site.routes["/feed.xml"] = answer(
            body=rss("Coastal Herald", [("Strike", site.url("/strike")), ("Gone", site.url("/x"))]),
            content_type="application/rss+xml",
        )
        site.routes["/strike"] = answer(body=HERALD_PAGE)
        env = {"SITREP_ALLOW_NETS": "127.0.0.1/32", "SITREP_FETCH_INTERVAL": "0"}
        result = CliRunner(env=env).invoke(app, ["ingest", site.url("/feed.xml"), "--db", db])
    assert result.exit_code == 1, result.output  # one item's page is missing
    assert f"{site.url('/x')}: HTTP 404" in result.output
    with open_store(db) as store:
        (version,) = store.document_versions(site.url("/strike"))
    assert version.source == site.url("/strike") and version.url == site.url("/strike")
