"""Broken input people really have: each gets a clear answer in one line, or is read right.

Library-level and fast; `test_hostile_input.py` runs the same cases through the command.
"""

from __future__ import annotations

import gzip
import json
import logging
import os
import pickle
import socket
from pathlib import Path

import pytest

from sitrep.intake import Capture, IntakeError, decode, read_file, read_jsonl, read_paths
from sitrep.intake import to_article as _to_article
from sitrep.intake._sniff import container_kind
from sitrep.intake.published import DateError, parse_published
from sitrep.pipeline import capture_from_string

STORY = "Gunmen killed three villagers in Kaya on Monday, the mayor said."


def one(items: object) -> Capture | IntakeError:
    (item,) = list(items)  # type: ignore[call-overload]
    assert isinstance(item, Capture | IntakeError)
    return item


def failure(items: object) -> IntakeError:
    item = one(items)
    assert isinstance(item, IntakeError), item
    assert "\n" not in item.reason
    return item


# ---------------------------------------------------------------- not files


def test_a_fifo_is_refused_without_being_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # opening it would block until a writer came: the test would hang
    assert "named pipe" in failure(read_paths([fifo])).reason
    assert "named pipe" in failure(read_jsonl(fifo)).reason


def test_a_socket_and_a_device_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.sock"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        assert "socket" in failure(read_paths([path])).reason
    assert "character device" in failure(read_paths([Path("/dev/zero")])).reason


@pytest.mark.parametrize("name", ["missing.jsonl", "folder"])
def test_jsonl_input_that_is_no_file_is_one_error(tmp_path: Path, name: str) -> None:
    (tmp_path / "folder").mkdir()
    err = failure(read_jsonl(tmp_path / name))
    assert err.reason in ("no such file", "is a directory") and err.source.endswith(name)


def test_an_html_page_given_as_jsonl_is_one_error(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<!DOCTYPE html>\n<html>\n" + "<p>line</p>\n" * 1000 + "</html>\n")
    assert "HTML page" in failure(read_jsonl(page)).reason
    text = tmp_path / "notes.jsonl"
    text.write_text("just some notes\n" * 50)
    assert "not JSON Lines" in failure(read_jsonl(text)).reason


def test_intake_errors_cross_process_boundaries() -> None:
    err = pickle.loads(pickle.dumps(IntakeError("a.html", "no article text")))
    assert (err.source, err.reason) == ("a.html", "no article text")
    assert str(err) == "a.html: no article text"


# ---------------------------------------------------------------- JSONL fields


@pytest.mark.parametrize(
    ("record", "named"),
    [
        ({"id": "a", "text": 12345}, '"text" must be a string, not a number'),
        ({"id": "a", "html": ["<p>x</p>"]}, '"html" must be a string, not a list'),
        ({"id": "a", "text": STORY, "url": 7}, '"url" must be a string'),
        ({"id": ["a"], "text": STORY}, '"id" must be a string'),
        ({"id": "a", "text": STORY, "published": "9999-99-99"}, '"published" is not a date'),
        ({"id": "a", "text": STORY, "published": "2024-02-30"}, '"published" is not a date'),
        ({"id": "a", "text": STORY, "published": 20240306}, '"published" must be a string'),
        ({"id": "a", "text": STORY, "published": "1066-10-14"}, '"published" is out of range'),
        ({"id": "a"}, 'no "text" or "html"'),
    ],
)
def test_jsonl_fields_of_the_wrong_type_are_named(
    tmp_path: Path, record: dict[str, object], named: str
) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps({"id": "ok", "text": STORY}) + "\n" + json.dumps(record) + "\n")
    good, bad = list(read_jsonl(path))
    assert isinstance(good, Capture)
    assert isinstance(bad, IntakeError) and bad.source.endswith("docs.jsonl:2")
    assert named in bad.reason


def test_a_numeric_id_is_a_fine_id(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps({"id": 17, "text": STORY}))
    item = one(read_jsonl(path))
    assert isinstance(item, Capture) and item.id == "17"


@pytest.mark.parametrize(
    ("given", "iso"),
    [
        ("Wed, 06 Mar 2024 10:00:00 GMT", "2024-03-06"),
        ("Wed, 06 Mar 2024 23:30:00 -0500", "2024-03-06"),  # the day as the outlet states it
        ("2024-03-06", "2024-03-06"),
        ("2024-03-06T10:00:00Z", "2024-03-06"),
        ("2024-03-06T23:30:00+05:30", "2024-03-06"),
        ("2024-03-06 10:00", "2024-03-06"),
        ("6 March 2024", "2024-03-06"),
        ("March 6, 2024", "2024-03-06"),
        ("Wednesday, March 6, 2024 10:00 AM", "2024-03-06"),
        ("06.03.2024", "2024-03-06"),
        ("2024/03/06", "2024-03-06"),
        ("03/26/2024", "2024-03-26"),  # only month-first can be
        (None, None),
        ("  ", None),
    ],
)
def test_published_dates_in_every_common_form(given: str | None, iso: str | None) -> None:
    assert parse_published(given) == iso


@pytest.mark.parametrize(
    "given", ["9999-99-99", "2024-13-01", "2024-03-06T25:99", "yesterday", "Mar 6", "06.03.24"]
)
def test_impossible_or_partial_dates_are_refused_naming_the_field(given: str) -> None:
    with pytest.raises(DateError, match='^"when" '):
        parse_published(given, field="when")


def test_extract_from_a_string_reads_an_rss_date_and_refuses_a_bad_one() -> None:
    capture = capture_from_string(STORY, published="Wed, 06 Mar 2024 10:00:00 GMT")
    assert capture.published == "2024-03-06"
    with pytest.raises(IntakeError, match='"published" is not a date'):
        capture_from_string(STORY, published="9999-99-99")


# ---------------------------------------------------------------- bytes


def test_utf8_with_one_stray_byte_stays_utf8(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    text = "“Calm has returned,” said the mayor of Ségou — “for now.” " * 5
    raw = text.encode("utf-8") + b" \xe9t\xe9 " + text.encode("utf-8")  # Latin-1 "été" pasted in
    decoded, encoding = decode(raw)
    assert decoded.count("“") == 20 and "Ségou" in decoded and "\ufffdt\ufffd" in decoded
    assert encoding == "utf-8 (2 invalid bytes replaced)"
    path = tmp_path / "mixed.txt"
    path.write_bytes(raw)
    with caplog.at_level(logging.WARNING, logger="sitrep"):
        capture = read_file(path)
    assert capture.text == decoded
    assert any(str(path) in r.getMessage() and "UTF-8" in r.getMessage() for r in caplog.records)


def test_a_truncated_utf8_file_stays_utf8() -> None:
    raw = ("Kaya — " + STORY + " «Ségou» ").encode("utf-8")[:-2]  # cut inside "»"
    decoded, encoding = decode(raw)
    assert decoded.startswith("Kaya — Gunmen") and encoding.startswith("utf-8 (")


def test_latin1_text_without_utf8_is_still_detected() -> None:
    text = "Soldiers entered Ségou, said Aïssata Koné, and the market reopened."
    assert decode(text.encode("cp1252")) == (text, "cp1252")


# ---------------------------------------------------------------- containers


RSS = b'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>N</title>'
ATOM = b'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>N</title>'
JSON_FEED = b'{"version": "https://jsonfeed.org/version/1.1", "title": "N", "items": []}'
WARC = b"WARC/1.1\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n"


@pytest.mark.parametrize(
    ("name", "raw", "said"),
    [
        ("news.xml", RSS, "this is an RSS feed, not an article: use sitrep feeds add"),
        ("news.atom", ATOM, "this is an Atom feed, not an article: use sitrep feeds add"),
        ("feed.json", JSON_FEED, "this is a JSON feed, not an article: use sitrep feeds add"),
        ("crawl.warc", WARC, "this is a WARC archive (many captures), not an article"),
        ("crawl.warc.gz", gzip.compress(WARC, mtime=0), "this is a WARC archive (many captures)"),
        ("crawl.bin", gzip.compress(WARC, mtime=0), "this is a WARC archive (many captures)"),
    ],
)
def test_feeds_and_archives_are_refused_as_one_article_and_read_as_many(
    tmp_path: Path, name: str, raw: bytes, said: str
) -> None:
    path = tmp_path / name
    path.write_bytes(raw + b"<item><title>x</title></item></channel></rss>" * 3)
    with pytest.raises(IntakeError) as refused:
        read_file(path)  # the one-article reader names what it is
    assert refused.value.reason.startswith(said)
    results = list(read_paths([path]))  # intake hands it to its reader (sitrep.sources)
    assert results and all("\n" not in getattr(r, "reason", "") for r in results)
    assert not any(getattr(r, "reason", "").startswith(said) for r in results)


def test_html_and_xhtml_are_no_feeds() -> None:
    assert container_kind(b'<?xml version="1.0"?>\n<!DOCTYPE html><html><body>') is None
    assert container_kind(b'{"id": "a", "text": "version"}') is None


# ---------------------------------------------------------------- pages


def _html(body: str) -> Capture:
    return capture_from_string(f"<!DOCTYPE html><html><head><title>Kaya</title></head>{body}")


@pytest.mark.parametrize("depth", [300, 3_000, 20_000])
def test_deep_html_keeps_its_text(depth: int, caplog: pytest.LogCaptureFixture) -> None:
    page = "<body>" + "<div>" * depth + f"<p>{STORY}</p>" + "</div>" * depth + "</body></html>"
    with caplog.at_level(logging.WARNING, logger="sitrep"):
        article = _to_article(_html(page))
    assert STORY in article.body
    assert any("nested more than" in r.getMessage() for r in caplog.records) == (depth > 400)


@pytest.mark.parametrize(
    "body",
    ["<body> </body></html>", "<body><script>var x = 1;</script></body></html>", "<body>"],
)
def test_a_page_without_text_is_no_article(body: str) -> None:
    with pytest.raises(IntakeError, match="no article text"):
        _to_article(_html(body))


def test_a_text_of_only_furniture_is_no_article() -> None:
    with pytest.raises(IntakeError, match="no article text"):
        _to_article(capture_from_string("Share\n\nAdvertisement\n\nSign up\n"))
