"""The watcher against hostile feeds (issue 17 item 3), and the feed and WARC readers against
arbitrary bytes: a result or a one-line failure, within limits, never a traceback."""

from __future__ import annotations

import io
import ipaddress

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from _webserver import answer, serving
from sitrep.ingestion import Ingest
from sitrep.intake.read import Capture, IntakeError
from sitrep.sources.feeds import parse_feed
from sitrep.sources.fetch import Fetcher, Limits
from sitrep.sources.guard import Policy
from sitrep.sources.ledger import Ledger
from sitrep.sources.remote import read_url
from sitrep.sources.warc import read_warc
from sitrep.sources.watch import Watcher
from sitrep.store import open_store

HERE = Policy(allow=(ipaddress.ip_network("127.0.0.1/32"),))
FAST = Limits(host_interval=0, attempts=1, total_seconds=3, read_seconds=2)
PAGE = (
    "<!doctype html><html><head><title>Clashes near Dori</title></head><body><article>"
    "<p>March 9, 2025</p><p>Militants attacked an army post near Dori in Burkina Faso on "
    "Sunday, killing four soldiers, the governor said.</p></article></body></html>"
)


JSON_HEAD = '{"version": "https://jsonfeed.org/version/1", "items": ['


def big_feed(base: str, count: int) -> str:
    items = "".join(
        f"<item><title>Story {i}</title><link>{base}/story?n={i}</link><guid>g{i}</guid></item>"
        for i in range(count)
    )
    return f'<rss version="2.0"><channel><title>Flood</title>{items}</channel></rss>'


@pytest.fixture(scope="module")
def pipeline():
    from sitrep.pipeline import Pipeline

    return Pipeline.load()


def test_a_feed_of_ten_thousand_items_is_read_a_few_at_a_time(tmp_path, pipeline):
    with serving() as site, open_store(tmp_path / "w.db") as store:
        site.routes["/feed.xml"] = answer(
            body=big_feed(site.url(""), 10_000), content_type="application/rss+xml"
        )
        site.routes["/story"] = answer(body=PAGE)
        site.routes["/odd.xml"] = answer(
            body=f'<rss version="2.0"><channel><title>Odd</title>'
            f"<item><title>Picture</title><link>{site.url('/picture')}</link></item>"
            f"<item><title>Binary</title><link>{site.url('/binary')}</link></item>"
            f"</channel></rss>",
            content_type="application/rss+xml",
        )
        site.routes["/picture"] = answer(body=b"\x89PNG\r\n\x1a\n" * 4, content_type="image/png")
        site.routes["/binary"] = answer(body=bytes(range(256)) * 20)  # says text/html
        ledger = Ledger.open(store)
        ledger.add_feed(site.url("/feed.xml"), "Flood")
        ledger.add_feed(site.url("/odd.xml"), "Odd")
        with Fetcher(policy=HERE, limits=FAST) as fetcher:
            watcher = Watcher(ledger, fetcher, Ingest(store, pipeline=pipeline), max_items=5)
            flood, odd = watcher.poll()
        stories = [s for s in site.seen if s.path.startswith("/story")]
    assert flood.status == "new items" and flood.items == 5 and flood.skipped == 9_995
    assert len(stories) == 5  # no more pages fetched than the limit
    assert odd.items == 0 and len(odd.failures) == 2
    assert "not a web page (image/png)" in odd.failures[0]
    assert "binary data" in odd.failures[1]


def test_a_url_given_to_ingest_is_read_as_a_feed_or_a_page(tmp_path):
    env = {"SITREP_ALLOW_NETS": "127.0.0.1/32", "SITREP_FETCH_INTERVAL": "0"}
    with serving() as site:
        site.routes["/feed.xml"] = answer(
            body=big_feed(site.url(""), 3), content_type="application/rss+xml"
        )
        site.routes["/story"] = answer(body=PAGE)
        from_feed = list(read_url(site.url("/feed.xml"), env=env))
        page = list(read_url(site.url("/story?n=9"), env=env))
        missing = list(read_url(site.url("/gone"), env=env))
        refused = list(read_url(site.url("/story"), env={}))
    assert [c.url for c in from_feed] == [site.url(f"/story?n={i}") for i in range(3)]
    assert all(isinstance(c, Capture) and c.kind == "html" for c in from_feed + page)
    assert isinstance(missing[0], IntakeError) and missing[0].reason == "HTTP 404"
    assert isinstance(refused[0], IntakeError) and "loopback" in refused[0].reason


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.binary(max_size=3000),
        st.text(max_size=2000).map(lambda t: f'<rss version="2.0"><channel>{t}').map(str.encode),
        st.text(max_size=2000)
        .map(lambda t: f'{{"version": "https://jsonfeed.org/version/1", "items": [{t}')
        .map(str.encode),
    )
)
def test_any_bytes_give_a_feed_or_one_line(raw):
    try:
        feed = parse_feed(raw, "fuzz.xml")
    except IntakeError as error:
        assert "\n" not in error.reason
    else:
        assert feed.listed >= len(feed.items)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=4000), st.integers(min_value=0, max_value=1500), st.booleans())
@example(junk=b"", cut=345, gz=False)  # once an AttributeError inside warcio
def test_any_cut_or_garbled_archive_gives_captures_or_one_line_each(
    tmp_path_factory, junk, cut, gz
):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gz)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    for i in range(2):
        page = f"<html><body><p>Page {i} about Dori.</p></body></html>".encode()
        writer.write_record(writer.create_warc_record(
            f"https://n.example/{i}", "response", payload=io.BytesIO(page), http_headers=http
        ))  # fmt: skip
    data = buffer.getvalue()
    data = data[: max(0, len(data) - cut)] + junk
    path = tmp_path_factory.mktemp("warc") / ("f.warc.gz" if gz else "f.warc")
    path.write_bytes(data)
    for item in read_warc(path):
        assert isinstance(item, Capture | IntakeError)
        if isinstance(item, IntakeError):
            assert "\n" not in item.reason
