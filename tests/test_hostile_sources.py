"""Feeds, WARC archives and fatality counts against the issue's hostile inputs: empty, binary,
truncated UTF-8, UTF-16 with and without a BOM, a 50 MB file, a 5 MB single line, nesting
10,000 levels deep, right-to-left and mixed scripts, control characters, a feed of 100,000
items and a WARC whose last record is cut off.

Each gives captures or one-line errors. The big cases run in a child process under a memory
limit and a hang guard (the bounds `docs/security.md` states); how long they take is measured
by `benchmarks/hostile_bench.py`, not here.
"""

from __future__ import annotations

import io
import json
import resource
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from sitrep.events.fatalities import count_fatalities
from sitrep.intake.read import Capture, IntakeError
from sitrep.sources.feeds import MAX_ITEMS, read_feed
from sitrep.sources.warc import read_warc

STORY = "Gunmen burned the grain store in Kemi on Monday, killing two guards, the mayor said."
MEMORY_LIMIT = 2 * 1024**3  # bytes of address space for a big case (the stated bound)
HANG_GUARD = 600  # seconds: far above the measured times, so only a hang trips it


def rss(items: int, *, title: str = "Kemi", body: str = STORY, encoding: str = "utf-8") -> bytes:
    entries = "".join(
        f"<item><title>{title} {i}</title><link>https://paper.example/{i}</link>"
        f"<guid>k{i}</guid><description>{body}</description></item>"
        for i in range(items)
    )
    text = (
        f'<?xml version="1.0" encoding="{encoding}"?>\n<rss version="2.0"><channel>'
        f"<title>Kemi Post</title>{entries}</channel></rss>\n"
    )
    return text.encode(encoding)


def one_line(items: list) -> list[str]:
    """The errors among `items`, each checked to be one line; everything else a capture."""
    errors = []
    for item in items:
        assert isinstance(item, Capture | IntakeError), item
        if isinstance(item, IntakeError):
            assert item.reason and "\n" not in item.reason, item.reason
            errors.append(item.reason)
    return errors


# ---------------------------------------------------------------- feeds

FEEDS: dict[str, bytes] = {
    "empty": b"",
    "binary": bytes(range(256)) * 64,
    "truncated UTF-8": rss(2, title="Kémi")[:-40] + "é".encode()[:1],
    "UTF-16 with BOM": rss(2, encoding="utf-16"),
    "UTF-16 without BOM": rss(2, encoding="utf-16")[2:],
    "5 MB single line": rss(1, body="word " * 1_000_000),
    "nested 10,000 levels": rss(1, body="<b>" * 10_000 + STORY + "</b>" * 10_000),
    "right-to-left and mixed": rss(2, title="\u202eحلب\u202c Kemi 中文", body="قُتل اثنان " + STORY),
    "control characters": rss(2, title="Kemi\x00\x07\x1b[31m", body=STORY + "\x0b\x0c"),
}


@pytest.mark.parametrize("name", sorted(FEEDS))
def test_hostile_feeds_give_items_or_one_line(tmp_path, name):
    path = tmp_path / "feed.xml"
    path.write_bytes(FEEDS[name])
    items = list(read_feed(path))
    errors = one_line(items)
    captures = [i for i in items if isinstance(i, Capture)]
    if name in ("empty", "binary"):
        assert not captures and errors
    if name.startswith(("UTF-16", "right-to-left")):
        assert len(captures) == 2, errors
    if name == "right-to-left and mixed":  # the words kept as the item gave them
        assert "قُتل اثنان" in captures[0].text and "\u202eحلب" in captures[0].text
    for capture in captures:
        assert capture.raw == capture.text.encode("utf-8")


def test_a_feed_over_the_size_limit_is_one_line_without_being_read(tmp_path):
    path = tmp_path / "big.xml"
    with path.open("wb") as out:  # 50 MB, written without holding it in memory
        out.write(b'<?xml version="1.0"?><rss version="2.0"><channel>')
        out.seek(50 * 1024 * 1024)
        out.write(b"</channel></rss>")
    (error,) = list(read_feed(path))
    assert isinstance(error, IntakeError) and "too large" in error.reason


def _in_child(code: str, tmp_path: Path) -> dict:
    """Run `code` in a child under the memory limit; it prints one JSON line."""
    script = tmp_path / "case.py"
    script.write_text(textwrap.dedent(code))

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))

    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=HANG_GUARD,
        preexec_fn=limited, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_feed_of_100000_items_is_read_to_its_limit_within_the_memory_bound(tmp_path):
    (tmp_path / "feed.xml").write_bytes(rss(100_000, body="Clashes near Kemi."))
    found = _in_child(
        """
        import json
        from pathlib import Path
        from sitrep.intake.read import Capture
        from sitrep.sources.feeds import read_feed
        items = list(read_feed(Path("feed.xml")))
        captures = [i for i in items if isinstance(i, Capture)]
        errors = [i.reason for i in items if not isinstance(i, Capture)]
        print(json.dumps({"captures": len(captures), "errors": errors,
                          "last": captures[-1].source}))
        """,
        tmp_path,
    )
    assert found["captures"] == MAX_ITEMS
    (error,) = found["errors"]
    assert error.endswith(f"only the first {MAX_ITEMS} of 100000 items read"), error
    assert found["last"].endswith(f"#k{MAX_ITEMS - 1}")  # the first items, in order


# ---------------------------------------------------------------- WARC


def warc_records(pages: list[bytes], kinds: list[str] | None = None) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    for i, page in enumerate(pages):
        kind = (kinds or [])[i] if kinds and i < len(kinds) else "text/html; charset=utf-8"
        http = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            f"https://paper.example/{i}", "response", payload=io.BytesIO(page), http_headers=http
        )
        writer.write_record(record)
    return buffer.getvalue()


def page(words: str = STORY) -> bytes:
    return f"<html><head><title>Kemi</title></head><body><p>{words}</p></body></html>".encode()


WARCS: dict[str, bytes] = {
    "empty": b"",
    "binary": bytes(range(256)) * 64,
    "truncated UTF-8": warc_records([page("Kémi " + STORY)])[:-37],
    "UTF-16 with BOM": warc_records(
        [page().decode().encode("utf-16")], ["text/html; charset=utf-16"]
    ),
    "UTF-16 without BOM": warc_records(
        [page().decode().encode("utf-16-le")], ["text/html; charset=utf-16le"]
    ),
    "5 MB single line": warc_records([page("word " * 1_000_000)]),
    "nested 10,000 levels": warc_records([page("<div>" * 10_000 + STORY + "</div>" * 10_000)]),
    "right-to-left and mixed": warc_records([page("\u202eقُتل اثنان\u202c 中文 " + STORY)]),
    "control characters": warc_records([page("Kemi\x07\x1b[31m\x0b " + STORY)]),
    "NUL bytes": warc_records([page("Kemi\x00 " + STORY)]),
    "headers without a target": b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 4\r\n\r\n"
    + b"abcd\r\n\r\n",
}


@pytest.mark.parametrize("name", sorted(WARCS))
def test_hostile_archives_give_pages_or_one_line(tmp_path, name):
    path = tmp_path / "crawl.warc"
    path.write_bytes(WARCS[name])
    items = list(read_warc(path))
    errors = one_line(items)
    captures = [i for i in items if isinstance(i, Capture)]
    if name == "NUL bytes":  # a page with a stray NUL: read with a warning, or one line
        assert len(items) == 1, items
    elif name in ("empty", "binary", "truncated UTF-8", "headers without a target"):
        assert not captures and errors, items
    else:
        assert len(captures) == 1 and not errors, errors
    if name.startswith("UTF-16"):
        assert STORY in captures[0].text


def test_a_50_mb_archive_with_its_last_record_cut_off_is_streamed(tmp_path):
    body = page(STORY * 300)  # about 25 KB a page
    count = 50 * 1024 * 1024 // len(body) + 1
    one = warc_records([body])
    with (tmp_path / "crawl.warc").open("wb") as out:
        for _ in range(count):
            out.write(one)
        out.write(one[: len(one) // 2])  # the crawler died in the middle of the last record
    found = _in_child(
        """
        import json, resource
        from pathlib import Path
        from sitrep.intake.read import Capture
        from sitrep.sources.warc import read_warc
        pages = errors = 0
        reasons = []
        for item in read_warc(Path("crawl.warc")):
            if isinstance(item, Capture):
                pages += 1
            else:
                reasons.append(item.reason)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        print(json.dumps({"pages": pages, "errors": reasons, "peak_mb": peak}))
        """,
        tmp_path,
    )
    assert found["pages"] == count
    assert len(found["errors"]) == 1 and "truncated" in found["errors"][0]
    assert found["peak_mb"] < 1024  # read a record at a time, never the whole file


# ---------------------------------------------------------------- fatality counts

NO_FIGURE = None  # the number is not read: 0, or the codebook's value for "people were killed"
COUNTS = [
    ("Gunmen killed " + "9" * 5000 + " people in Kemi.", NO_FIGURE),  # int() stops at 4,300
    ("The attack killed 99999999999999999999999 civilians.", NO_FIGURE),
    ("At least 4 thousand million people were killed in the war.", NO_FIGURE),
    ("Gunmen killed 3000000000 people.", NO_FIGURE),
    ("Officials said 12,000,000 people were killed.", NO_FIGURE),
    ("Gunmen killed ٣ villagers in Kemi.", 3),  # Arabic-Indic digits are digits
    ("Gunmen killed 10,000,000 people.", 10_000_000),  # the largest count the rules read
]


@pytest.mark.parametrize(("sentence", "expected"), COUNTS)
def test_numbers_no_store_can_hold_are_no_toll(language, knowledge, sentence, expected):
    doc = language.parse([sentence])[0]
    count = count_fatalities(doc[:], knowledge.numbers).count
    if expected is NO_FIGURE:
        assert count in (0, knowledge.numbers.plural_unspecified)
    else:
        assert count == expected


def test_a_huge_number_in_an_article_is_stored_on_both_backends(tmp_path, store_address):
    from typer.testing import CliRunner

    from sitrep.cli import app
    from sitrep.store import open_store

    article = tmp_path / "kemi.txt"
    article.write_text(
        "Raid on Kemi\n\nGunmen killed 99999999999999999999999 civilians and 3000000000 "
        "soldiers in Kemi on Monday, police said. They killed four guards in Salo.\n",
        encoding="utf-8",
    )
    done = CliRunner().invoke(app, ["ingest", str(article), "--db", store_address])
    assert done.exit_code == 0, done.output
    with open_store(store_address) as store:
        assert store.count()["documents"] == 1
        tolls = [r.event.fatalities for r in store.iter_events()]
    assert tolls and all(0 <= t <= 10_000_000 for t in tolls), tolls
