"""WARC and WARC.gz archives, and gzipped JSONL, through intake."""

from __future__ import annotations

import functools
import gzip
import io
import re
import zlib

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from sitrep.intake.read import Capture, IntakeError, read_paths
from sitrep.sources.warc import read_warc

STORY = "Gunmen killed three villagers in Kaya on Monday, the mayor said. "


def warc_bytes(gz: bool, pages: int = 4, extra: bool = True) -> bytes:
    """An archive of `pages` HTML responses, plus (with `extra`) an image, a 404, a request
    and a resource record, as a crawler writes them."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gz)

    def response(uri: str, body: bytes, status: str = "200 OK", kind: str = "text/html") -> None:
        http = StatusAndHeaders(status, [("Content-Type", kind)], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http)
        )

    for i in range(pages):
        page = f"<html><head><title>Report {i}</title></head><body><p>{STORY * 3}</p></body>"
        response(f"https://news.example/kaya/{i}", f"{page}</html>".encode())
        if extra and i == 1:
            response("https://news.example/logo.png", b"\x89PNG....", kind="image/png")
            response("https://news.example/gone", b"<html>gone</html>", status="404 Not Found")
            writer.write_record(
                writer.create_warc_record(
                    "https://news.example/note", "resource",
                    payload=io.BytesIO(f"<html><body><p>{STORY}</p></body></html>".encode()),
                    warc_content_type="text/html",
                )
            )  # fmt: skip
    return buffer.getvalue()


def _outcome(items) -> list[str]:
    return [i.url if isinstance(i, Capture) else f"error: {i.reason}" for i in items]


@pytest.mark.parametrize("gz", [True, False])
def test_html_responses_become_captures_naming_their_record(tmp_path, gz):
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    path.write_bytes(warc_bytes(gz))
    items = list(read_warc(path))
    assert _outcome(items) == [
        "https://news.example/kaya/0",
        "https://news.example/kaya/1",
        "https://news.example/note",
        "https://news.example/kaya/2",
        "https://news.example/kaya/3",
    ]
    first = items[0]
    assert first.kind == "html" and first.key == first.url
    assert re.fullmatch(rf"{re.escape(str(path))}#urn:uuid:[0-9a-f-]+", first.source)
    assert first.record == first.source
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", first.captured_at)
    assert first.raw.startswith(b"<html><head><title>Report 0")
    assert len({i.source for i in items}) == 5


def _members(data: bytes) -> list[int]:
    """Where each gzip member starts (its magic bytes may also occur inside compressed data,
    so they are found by decompressing, not by searching)."""
    starts, position = [], 0
    while position < len(data):
        starts.append(position)
        member = zlib.decompressobj(16 + zlib.MAX_WBITS)
        member.decompress(data[position:])
        position = len(data) - len(member.unused_data)
    return starts


def _cut(data: bytes, gz: bool, which: int) -> bytes:
    """`data` with record `which` (of the four pages' records) cut in half."""
    starts = _members(data) if gz else [m.start() for m in re.finditer(b"WARC/1.0\r\n", data)]
    starts.append(len(data))
    a, b = starts[which], starts[which + 1]
    return data[: a + (b - a) // 2] + data[b:]


@pytest.mark.parametrize("gz", [True, False])
@pytest.mark.parametrize("which", [1, 3])  # one in the middle, the last one
def test_a_truncated_record_is_one_failure_and_the_rest_go_on(tmp_path, gz, which):
    path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    path.write_bytes(_cut(warc_bytes(gz, extra=False), gz, which))
    outcome = _outcome(read_warc(path))
    failures = [o for o in outcome if o.startswith("error:")]
    assert len(failures) == 1 and "broken WARC record" in failures[0]
    assert len(outcome) == 4
    assert f"https://news.example/kaya/{which}" not in outcome


@pytest.mark.parametrize("gz", [True, False])
def test_a_record_whose_bytes_changed_is_refused_by_its_digest(tmp_path, gz):
    data = bytearray(warc_bytes(False, extra=False))
    at = data.index(b"Report 2")
    data[at : at + 8] = b"Report X"
    raw = bytes(data)
    if gz:  # recompress record by record, as a .warc.gz holds them
        parts = re.split(rb"(?=WARC/1\.0\r\n)", raw)
        raw = b"".join(gzip.compress(p) for p in parts if p)
    path = tmp_path / ("edited.warc.gz" if gz else "edited.warc")
    path.write_bytes(raw)
    outcome = _outcome(read_warc(path))
    assert outcome.count("error: broken WARC record: its digest does not match its bytes") == 1
    assert "https://news.example/kaya/2" not in outcome and len(outcome) == 4


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"not a warc at all\n" * 10,
        gzip.compress(b"not a warc\n", mtime=0),
        b"\x1f\x8b\x08junk",
    ],
)
def test_what_is_not_an_archive_is_one_line(tmp_path, raw):
    path = tmp_path / "odd.warc.gz"
    path.write_bytes(raw)
    items = list(read_warc(path))
    assert len(items) == 1 and isinstance(items[0], IntakeError)
    assert "\n" not in items[0].reason


def test_intake_routes_archives_and_gzipped_jsonl(tmp_path):
    (tmp_path / "crawl.warc.gz").write_bytes(warc_bytes(True, pages=2, extra=False))
    lines = "".join(f'{{"id": "j{i}", "text": "{STORY}"}}\n' for i in range(3))
    (tmp_path / "docs.jsonl.gz").write_bytes(gzip.compress(lines.encode()))
    items = list(read_paths([tmp_path]))
    assert [i.id for i in items if isinstance(i, Capture)] == ["0", "1", "j0", "j1", "j2"]


def test_a_broken_gzipped_jsonl_keeps_the_lines_before_the_break(tmp_path):
    lines = "".join(f'{{"id": "j{i}", "text": "{STORY * 50}"}}\n' for i in range(40))
    data = gzip.compress(lines.encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) * 2 // 3])
    items = list(read_paths([path]))
    good = [i for i in items if isinstance(i, Capture)]
    assert 0 < len(good) < 40 and isinstance(items[-1], IntakeError)
    assert "broken gzip stream" in items[-1].reason


def test_a_small_warc_gz_is_ingested_and_each_article_names_its_record(tmp_path):
    from typer.testing import CliRunner

    from sitrep.cli import app
    from sitrep.store import open_store

    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc_bytes(True, pages=2, extra=False))
    db = tmp_path / "s.db"
    result = CliRunner().invoke(app, ["ingest", str(path), "--db", str(db)])
    assert result.exit_code == 0, result.output
    with open_store(db) as store:
        versions = [store.document_versions(f"https://news.example/kaya/{i}") for i in (0, 1)]
    assert [len(v) for v in versions] == [1, 1]
    for (version,) in versions:
        assert re.fullmatch(rf"{re.escape(str(path))}#urn:uuid:[0-9a-f-]+", version.source)
        assert version.url == version.document


def test_a_record_whose_headers_lost_their_length_is_one_failure_and_the_rest_go_on(tmp_path):
    # a record cut inside its headers reads on into the next record's bytes with no length
    good = warc_bytes(False, pages=2, extra=False)
    second = [m.start() for m in re.finditer(b"WARC/1.0\r\n", good)][1]
    headless = (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/cut\r\n\r\n"
    )
    path = tmp_path / "headless.warc"
    path.write_bytes(good[:second] + headless + good[second:])
    outcome = _outcome(read_warc(path))
    failures = [o for o in outcome if o.startswith("error:")]
    assert len(failures) == 1 and "broken WARC record" in failures[0]
    assert "https://news.example/kaya/0" in outcome and "https://news.example/kaya/1" in outcome


@functools.cache
def _archive(gz: bool) -> tuple[bytes, tuple[int, ...]]:
    """Four pages' records and where each starts (plus the archive's end)."""
    data = warc_bytes(gz, extra=False)
    starts = _members(data) if gz else [m.start() for m in re.finditer(b"WARC/1.0\r\n", data)]
    return data, (*starts, len(data))


def _page_of(capture: Capture) -> str:
    return capture.raw.decode().split("<title>")[1].split("</title>")[0]


@settings(max_examples=150, deadline=None)
@given(gz=st.booleans(), which=st.integers(0, 3), share=st.floats(0, 1, exclude_max=True))
@example(gz=False, which=1, share=0.01)  # "WARC/1." and nothing more of the cut record
@example(gz=False, which=0, share=0.05)  # inside its WARC-Type line
@example(gz=False, which=1, share=0.22)  # after its target URI: the next headers join its own
@example(gz=False, which=2, share=0.3)  # before its block digest: the next record's one passes
@example(gz=False, which=1, share=0.45)  # inside its Content-Length line
@example(gz=False, which=3, share=0.1)  # the last record, inside its headers
@example(gz=False, which=2, share=0.75)  # inside its page
@example(gz=False, which=1, share=0.997)  # only its closing blank lines
@example(gz=True, which=2, share=0.0)  # a member cut after its first bytes
def test_a_record_cut_anywhere_costs_only_itself(tmp_path_factory, gz, which, share):
    # an uncompressed record cut inside or just after its headers runs on into the next
    # record's bytes: the reader must find the boundary, not take the next record as its body
    data, starts = _archive(gz)
    start, end = starts[which], starts[which + 1]
    cut = data[: start + 1 + int(share * (end - start - 1))] + data[end:]
    path = tmp_path_factory.mktemp("cut") / ("cut.warc.gz" if gz else "cut.warc")
    path.write_bytes(cut)
    items = list(read_warc(path))
    failures = [i for i in items if isinstance(i, IntakeError)]
    pages = [_page_of(i) for i in items if isinstance(i, Capture)]
    others = [f"Report {i}" for i in range(4) if i != which]
    if f"Report {which}" in pages:  # only bytes after its block went (its digest passed)
        assert pages == [f"Report {i}" for i in range(4)] and len(failures) <= 1
    else:
        assert pages == others and len(failures) == 1
    for failure in failures:
        assert str(path) in failure.source and failure.reason.startswith("broken WARC record")


@pytest.mark.parametrize("gz", [True, False])
def test_bytes_read_as_an_old_arc_record_are_one_failure_and_the_rest_go_on(tmp_path, gz):
    # warcio takes a line of five words where no WARC record starts for an ARC record's header
    data, _ = _archive(gz)
    path = tmp_path / ("arc.warc.gz" if gz else "arc.warc")
    path.write_bytes(b"a b c d e\n" + data)
    items = list(read_warc(path))
    assert [_page_of(i) for i in items if isinstance(i, Capture)] == [
        f"Report {i}" for i in range(4)
    ]
    assert [i.reason for i in items if isinstance(i, IntakeError)] == [
        "broken WARC record: not a WARC record where one should start"
    ]


def _fixed_archive(pages: int, words: str) -> bytes:
    """A gzipped archive whose bytes are the same on every run (fixed record ids and dates)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    for i in range(pages):
        page = f"<html><title>Report {i}</title><p>{words}</p></html>"
        fixed = {"WARC-Record-ID": f"<urn:uuid:{i:08d}-0000-4000-8000-000000000000>",
                 "WARC-Date": "2026-12-01T00:00:00Z"}  # fmt: skip
        writer.write_record(writer.create_warc_record(
            f"https://news.example/kaya/{i}", "response", payload=io.BytesIO(page.encode()),
            http_headers=http, warc_headers_dict=fixed,
        ))  # fmt: skip
    return buffer.getvalue()


@pytest.mark.parametrize("lost", range(1, 20))
def test_a_gzip_member_cut_in_its_tail_costs_no_other_record(tmp_path, lost):
    # the page may still be whole (its digest passes) while its member reads on into the next
    # one, where warcio then reports nonsense offsets: with these bytes a negative record
    # length, once a negative seek and a traceback
    data = _fixed_archive(3, STORY[:58] * 2)
    second = _members(data)[1]
    path = tmp_path / "tail.warc.gz"
    path.write_bytes(data[: second - lost] + data[second:])
    items = list(read_warc(path))
    pages = [_page_of(i) for i in items if isinstance(i, Capture)]
    failures = [i for i in items if isinstance(i, IntakeError)]
    assert pages in (["Report 0", "Report 1", "Report 2"], ["Report 1", "Report 2"])
    assert len(failures) <= 1 if pages[0] == "Report 0" else len(failures) == 1


def test_a_page_that_holds_a_warc_record_is_read_whole_when_its_digest_vouches_for_it(tmp_path):
    # the boundary check must not cut a page that quotes an archive (a crawler's own docs)
    quoted = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n"
    page = b"<html><body><pre>" + quoted * 3 + b"</pre><p>" + STORY.encode() + b"</p></body></html>"
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    buffer.write(warc_bytes(False, pages=1, extra=False))
    writer = WARCWriter(buffer, gzip=False)
    writer.write_record(writer.create_warc_record(
        "https://docs.example/warc", "resource", payload=io.BytesIO(page),
        warc_content_type="text/html",
    ))  # fmt: skip
    two = warc_bytes(False, pages=2, extra=False)
    buffer.write(two[two.rindex(b"WARC/1.0\r\n") :])  # another page after it
    path = tmp_path / "quoting.warc"
    path.write_bytes(buffer.getvalue())
    items = list(read_warc(path))
    assert [i.url for i in items if isinstance(i, Capture)] == [
        "https://news.example/kaya/0", "https://docs.example/warc", "https://news.example/kaya/1"
    ]  # fmt: skip
    assert not [i for i in items if isinstance(i, IntakeError)]
    assert items[1].raw == page
