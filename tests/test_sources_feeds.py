"""Feeds (RSS, Atom, JSON Feed) into items and captures; feed files through intake."""

from __future__ import annotations

import json

import pytest

from sitrep.intake.read import Capture, IntakeError, read_paths
from sitrep.sources.feeds import feed_kind, item_capture, parse_feed

STORY = (
    "Militants attacked an army post near Dori on Tuesday, killing four soldiers, "
    "the regional governor said."
)

RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Sahel Wire</title><link>https://sahel.example/</link>
<item>
  <title>Army post attacked near Dori</title>
  <link>https://sahel.example/2024/03/dori-attack</link>
  <guid isPermaLink="false">sahel-1001</guid>
  <pubDate>Wed, 06 Mar 2024 10:00:00 GMT</pubDate>
  <description>Short teaser.</description>
  <content:encoded><![CDATA[<p>{STORY}</p><p>Residents fled.</p>]]></content:encoded>
</item>
<item>
  <title>Market reopens</title>
  <link>https://sahel.example/2024/03/market</link>
  <pubDate>Thu, 07 Mar 2024 08:00:00 GMT</pubDate>
  <description>&lt;p&gt;Traders returned to the central market.&lt;/p&gt;</description>
</item>
</channel></rss>
"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<!-- a comment before the root -->
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Lake Chad Monitor</title>
  <link href="https://chad.example/"/>
  <entry>
    <title>Attack near Dori</title>
    <id>tag:chad.example,2024:77</id>
    <link href="https://chad.example/77"/>
    <updated>2024-03-06T21:30:00Z</updated>
    <content type="html">&lt;p&gt;{STORY}&lt;/p&gt;</content>
  </entry>
</feed>
"""

JSON_FEED = json.dumps(
    {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Desert Dispatch",
        "home_page_url": "https://desert.example/",
        "items": [
            {
                "id": "d-9",
                "url": "https://desert.example/9",
                "title": "Soldiers killed",
                "content_text": STORY,
                "date_published": "2024-03-06T23:10:00+01:00",
            },
            {"id": "d-10", "url": "https://desert.example/10"},  # nothing to read
            "not an object",
        ],
    }
)


def test_rss_items_with_their_fullest_content():
    feed = parse_feed(RSS.encode(), "wire.xml")
    assert feed.title == "Sahel Wire" and feed.format == "rss20" and feed.listed == 2
    first, second = feed.items
    assert first.key == "sahel-1001" and first.link.endswith("dori-attack")
    assert first.published == "2024-03-06" and STORY in first.content  # content:encoded wins
    assert second.key == second.link  # no guid: the link identifies it
    assert second.content == "<p>Traders returned to the central market.</p>"


def test_atom_entries():
    feed = parse_feed(ATOM.encode(), "chad.atom")
    (entry,) = feed.items
    assert feed.format == "atom10" and entry.key == "tag:chad.example,2024:77"
    assert entry.published == "2024-03-06" and STORY in entry.content and entry.is_html


def test_json_feed_items():
    feed = parse_feed(JSON_FEED.encode(), "desert.json")
    assert feed.format == "json11" and feed.listed == 3
    (item,) = feed.items  # the empty item and the non-object are left out
    assert item.key == "d-9" and item.content == STORY and not item.is_html
    assert item.published == "2024-03-06"


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        (RSS, "RSS"),
        (ATOM, "Atom"),
        (JSON_FEED, "JSON Feed"),
        ('<?xml version="1.0"?><rdf:RDF xmlns:rdf="x"></rdf:RDF>', "RSS"),
        ("<!doctype html><html><body><feed-widget/></body></html>", None),
        ('{"items": []}', None),
        ("Plain text mentioning <rss> later", None),
    ],
)
def test_feeds_are_recognised_by_their_root(raw, kind):
    assert feed_kind(raw.encode()) == kind


@pytest.mark.parametrize(
    "raw",
    [b"<html><body>not a feed</body></html>", b"\x00\x01\x02", b"", b'{"version": 1}'],
)
def test_what_is_not_a_feed_is_one_line(raw):
    with pytest.raises(IntakeError) as caught:
        parse_feed(raw, "odd.xml")
    assert caught.value.source == "odd.xml" and "\n" not in caught.value.reason


def test_a_broken_json_feed_is_one_line():
    raw = b'{"version": "https://jsonfeed.org/version/1", "items": [ {'
    with pytest.raises(IntakeError, match="not a JSON Feed"):
        parse_feed(raw, "cut.json")


def test_external_entities_are_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    raw = f"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>
<rss version="2.0"><channel><title>T</title>
<item><title>a &x;</title><link>https://n.example/a</link><description>b &x;</description></item>
</channel></rss>"""
    feed = parse_feed(raw.encode(), "xxe.xml")
    assert all("TOP-SECRET" not in (i.title or "") + i.content for i in feed.items)


def test_a_feed_of_ten_thousand_items_is_cut_at_the_limit():
    items = "".join(
        f"<item><title>Item {i}</title><link>https://n.example/{i}</link>"
        f"<description>Story {i}</description></item>"
        for i in range(10_000)
    )
    raw = f'<rss version="2.0"><channel><title>Big</title>{items}</channel></rss>'.encode()
    feed = parse_feed(raw, "big.xml", max_items=500)
    assert len(feed.items) == 500 and feed.listed == 10_000
    assert feed.items[-1].link == "https://n.example/499"


def test_an_item_becomes_a_capture_of_its_own_words():
    item = parse_feed(RSS.encode(), "https://sahel.example/feed").items[0]
    capture = item_capture(item, "https://sahel.example/feed", captured_at="2024-03-06T11:00:00Z")
    assert capture.kind == "html" and capture.url == item.link and capture.key == item.link
    assert capture.published == "2024-03-06" and capture.captured_at == "2024-03-06T11:00:00Z"
    assert capture.source == "https://sahel.example/feed#sahel-1001" == capture.record
    assert STORY in capture.text and "<title>Army post attacked near Dori</title>" in capture.text
    assert capture.raw == capture.text.encode()


def test_a_feed_file_is_read_as_one_capture_per_item(tmp_path):
    (tmp_path / "wire.rss").write_text(RSS, "utf-8")
    (tmp_path / "desert.json").write_text(JSON_FEED, "utf-8")
    items = list(read_paths([tmp_path]))
    captures = [i for i in items if isinstance(i, Capture)]
    failures = [i for i in items if isinstance(i, IntakeError)]
    assert sorted(c.url for c in captures) == [
        "https://desert.example/9",
        "https://sahel.example/2024/03/dori-attack",
        "https://sahel.example/2024/03/market",
    ]
    assert len({c.id for c in captures}) == 3
    assert failures == []  # the JSON item without text was not an item to read


def test_a_feed_file_extracts_one_article_per_item(tmp_path):
    from typer.testing import CliRunner

    from sitrep.cli import app

    path = tmp_path / "chad.atom"
    path.write_text(ATOM, "utf-8")
    result = CliRunner().invoke(app, ["extract", str(path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    (line,) = [json.loads(x) for x in result.output.splitlines() if x.startswith("{")]
    assert line["article"]["title"] == "Attack near Dori"
    assert any(e["fatalities"] == 4 for e in line["events"])
