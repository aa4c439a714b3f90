"""Hostile and broken input through the real command: a result or one-line errors, within
bounds of time and memory, never a traceback and never a hang.

Each case runs `sitrep extract` as a separate process and measures its wall time and peak
memory; the bounds are those docs/security.md ("Input bounds") states. The big inputs (50 MB,
5 MB on one line) run in `make fuzz` (`fuzz/big.py`), not here.
"""

from __future__ import annotations

import gzip
import os
import random
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

SITREP = [str(Path(sys.executable).with_name("sitrep"))]
STORY = "Gunmen killed three villagers in Kaya on Monday, the mayor said. "
PEAK_BYTES = 2 * 1024**3  # 2 GiB for any single document
BOUND_S = 60  # seconds for any one small document, start-up included, on a shared machine


@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str
    seconds: float
    peak_bytes: int


def run(*args: str, timeout: float = 120) -> Run:
    """Run sitrep, reading its output as it comes; its own peak RSS from wait4."""
    started = time.monotonic()
    child = subprocess.Popen(
        [*SITREP, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL
    )
    chunks: dict[str, bytes] = {}
    readers = [
        threading.Thread(target=lambda n=n, s=s: chunks.__setitem__(n, s.read()))
        for n, s in (("out", child.stdout), ("err", child.stderr))
    ]
    for reader in readers:
        reader.start()
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() - started > timeout:
            child.kill()
            os.wait4(child.pid, 0)
            pytest.fail(f"sitrep {' '.join(args)} still running after {timeout} s")
        time.sleep(0.05)
    child.returncode = os.waitstatus_to_exitcode(status)
    for reader in readers:
        reader.join()
    return Run(
        child.returncode, chunks["out"].decode(errors="replace"),
        chunks["err"].decode(errors="replace"), time.monotonic() - started,
        usage.ru_maxrss * 1024,
    )  # fmt: skip


def assert_clean(result: Run, *, bound_s: float = BOUND_S) -> None:
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    assert result.code in (0, 1, 2), result
    for line in result.stderr.splitlines():
        assert line.startswith("sitrep:"), f"not a sitrep message: {line[:200]!r}"
    assert result.seconds < bound_s, f"took {result.seconds:.1f} s (bound {bound_s} s)"
    assert result.peak_bytes < PEAK_BYTES


def one_error_naming(result: Run, path: Path, said: str) -> None:
    """Exit 2, one line on stderr naming the file and saying `said`."""
    assert result.code == 2, result
    (line,) = result.stderr.splitlines()
    assert str(path) in line and said in line, line


def test_empty_file_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    result = run("extract", str(path), "--format", "json")
    assert_clean(result)
    one_error_naming(result, path, "empty file")


def test_binary_file_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "blob.bin"
    path.write_bytes(random.Random(1).randbytes(20_000))
    result = run("extract", str(path), "--format", "json")
    assert_clean(result)
    one_error_naming(result, path, "binary data")


ODD = {
    "truncated-utf8.txt": ("Kaya — " + STORY * 20).encode("utf-8")[:-1] + "é".encode()[:1],
    "utf16-bom.txt": (STORY * 20).encode("utf-16"),
    "utf16-nobom.txt": (STORY * 20).encode("utf-16-le"),
    "rtl-mixed.txt": ("مقتل ثلاثة في كايا. " + STORY + "Кая. 卡亚。\u200f").encode() * 10,
    "controls.txt": ("\x1b[2J\x1b[31m" + STORY + "\x07\x08\x00").encode() * 10,
}


def test_odd_encodings_and_scripts_give_a_result(tmp_path: Path) -> None:
    import json

    for name, raw in ODD.items():
        (tmp_path / name).write_bytes(raw)
    result = run("extract", *(str(tmp_path / n) for n in ODD), "--format", "jsonl")
    assert_clean(result)
    assert result.code == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == [Path(n).stem for n in ODD]
    assert all("events" in line and "error" not in line for line in lines)
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout


def test_control_characters_never_reach_the_terminal_raw(tmp_path: Path) -> None:
    path = tmp_path / "ansi\x1b[31m.txt"  # the file name is outside text too
    path.write_bytes(("\x1b]0;owned\x07\x1b[31mKaya attack\n\n" + STORY).encode() * 5)
    for format in ("table", "json", "jsonl"):
        result = run("extract", str(path), "--format", format)
        assert_clean(result)
        assert result.code == 0, result.stderr
        for stream in (result.stdout, result.stderr):
            assert "\x1b" not in stream and "\x07" not in stream and "\x9b" not in stream


def test_html_nested_ten_thousand_levels(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    depth = 10_000
    path.write_text(
        "<html><body>" + "<div>" * depth + f"<p>{STORY}</p>" + "</div>" * depth + "</body></html>"
    )
    result = run("extract", str(path), "--format", "json")
    assert_clean(result)
    assert result.code == 0 and STORY.strip() in result.stdout
    (warning,) = result.stderr.splitlines()
    assert str(path) in warning and "nested more than" in warning


def test_five_thousand_captions(tmp_path: Path) -> None:
    path = tmp_path / "captions.html"
    figures = "".join(
        f"<figure><img src='p{i}.jpg'><figcaption>Picture {i} of the market</figcaption></figure>"
        for i in range(5_000)
    )
    path.write_text(f"<html><body><article><p>{STORY * 5}</p>{figures}</article></body></html>")
    result = run("extract", str(path), "--format", "json")
    assert_clean(result, bound_s=120)
    assert result.code == 0
    (warning,) = result.stderr.splitlines()
    assert str(path) in warning and "size limits" in warning


def test_a_fifo_is_refused_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    for args in (["extract", str(path)], ["extract", "--input", str(path)]):
        result = run(*args, "--format", "json", timeout=30)
        assert_clean(result, bound_s=20)
        one_error_naming(result, path, "named pipe")


@pytest.mark.parametrize("case", ["folder", "missing.jsonl", "page.html"])
def test_input_that_is_no_jsonl_is_one_line(tmp_path: Path, case: str) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "page.html").write_text("<html>\n" + "<p>Kaya</p>\n" * 1000 + "</html>\n")
    path = tmp_path / case
    result = run("extract", "--input", str(path), "--format", "json")
    assert_clean(result)
    one_error_naming(result, path, {"folder": "directory", "missing.jsonl": "no such file",
                                    "page.html": "HTML page"}[case])  # fmt: skip


def test_jsonl_fields_of_the_wrong_type_are_named_one_line_each(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text(
        '{"id": "good", "text": "' + STORY + '"}\n'
        '{"id": "number", "text": 12345}\n'
        '{"id": "when", "text": "' + STORY + '", "published": "9999-99-99"}\n'
    )
    result = run("extract", "--input", str(path), "--format", "jsonl")
    assert_clean(result)
    assert result.code == 1  # the good one was extracted
    lines = result.stderr.splitlines()
    assert len(lines) == 2
    assert "docs.jsonl:2" in lines[0] and '"text" must be a string, not a number' in lines[0]
    assert "docs.jsonl:3" in lines[1] and '"published" is not a date' in lines[1]


def test_a_feed_of_a_hundred_thousand_items_is_read_in_bounds(tmp_path: Path) -> None:
    items = "".join(
        f"<item><title>Item {i}</title><link>https://news.example/{i}</link>"
        f"<pubDate>Wed, 06 Mar 2024 10:00:00 GMT</pubDate></item>"
        for i in range(100_000)
    )
    path = tmp_path / "big.xml"
    path.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{items}')
    result = run("places", str(path), "--format", "json")  # any command reads through intake
    assert_clean(result)
    # sources read its first 10,000 items; none has text of its own: one line says so
    one_error_naming(result, path, "RSS feed")
    assert "only the first 10000 of 100000 items read" in result.stderr


def _warc_record(uri: str, html: str) -> bytes:
    http = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{html}".encode()
    head = (
        f"WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\n"
        f"WARC-Date: 2024-03-06T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:{abs(hash(uri))}>\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    )
    return head.encode() + http + b"\r\n\r\n"


def test_a_warc_is_read_by_sources_or_refused_by_name(tmp_path: Path) -> None:
    page = f"<html><body><p>{STORY * 4}</p></body></html>"
    records = [gzip.compress(_warc_record(f"https://news.example/{i}", page)) for i in range(3)]
    data = b"".join(records)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(data[: len(data) - len(records[-1]) // 2])  # the last record cut short
    result = run("extract", str(path), "--format", "jsonl")
    assert_clean(result)
    try:
        import sitrep.sources.warc  # noqa: F401  (the sources work reads WARC files)
    except ImportError:
        one_error_naming(result, path, "WARC archive")
        return
    assert result.code == 1
    good = [line for line in result.stdout.splitlines() if '"error"' not in line]
    assert len(good) == 2


def test_places_reads_the_article_not_the_markup(tmp_path: Path) -> None:
    import json

    path = tmp_path / "page.html"
    path.write_text(
        '<html><head><title>Attack near Kaya</title><script>var edition = "Kharkiv";</script>'
        '<meta name="geo.placename" content="Mariupol"></head><body><article>'
        f"<h1>Attack near Kaya</h1><p>{STORY * 2}</p></article></body></html>"
    )
    result = run("places", str(path), "--format", "jsonl")
    assert_clean(result)
    assert result.code == 0, result.stderr
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    names = {p["text"] for p in record["places"]}
    assert "Kaya" in names and not names & {"Kharkiv", "Mariupol"}
