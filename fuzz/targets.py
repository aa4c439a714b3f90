"""Fuzz targets: each reads untrusted bytes the way sitrep does and must either give a result
or raise the one error its stage documents. Anything else is a crash worth keeping.

The same targets run under atheris (`make fuzz`, coverage-guided, a fixed budget each) and
under pytest, which replays every input kept in `tests/fuzz_regressions/<target>/`.
"""

from __future__ import annotations

import functools
import hashlib
import tempfile
from collections.abc import Callable
from pathlib import Path

from sitrep.intake import Capture, IntakeError, decode, read_jsonl, read_paths, to_article
from sitrep.intake._pagedate import page_date
from sitrep.intake._rules import Rules, load_rules
from sitrep.intake._sniff import container_kind
from sitrep.intake._title import name_title
from sitrep.intake._tree import flat_text, parse_html
from sitrep.intake.published import DateError, parse_published
from sitrep.time import TimeWords, load_time_words
from sitrep.time.anchor import header_date
from sitrep.time.expressions import scan

Target = Callable[[bytes], object]


@functools.cache
def _rules() -> Rules:
    return load_rules()


def _capture(raw: bytes, kind: str) -> Capture | None:
    try:
        text, encoding = decode(raw)
    except IntakeError:
        return None
    sha = hashlib.sha256(raw).hexdigest()
    return Capture(
        id="fuzz", source="<fuzz>", raw=raw, text=text, sha256=sha, encoding=encoding, kind=kind
    )


def clean(raw: bytes, kind: str) -> object:
    capture = _capture(raw, kind)
    if capture is None:
        return None
    try:
        article = to_article(capture, _rules())
    except IntakeError:
        return None
    for span in article.body_offsets.segments:  # offsets must stay inside the original
        assert 0 <= span[1] <= len(article.original), span
    return article


def scraped_text(raw: bytes) -> object:
    return clean(raw, "text")


def html_page(raw: bytes) -> object:
    return clean(raw, "html")


def _through_file(raw: bytes, name: str, read: Callable[[Path], object]) -> object:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(raw)
        return read(path)


def jsonl(raw: bytes) -> object:
    items = _through_file(raw, "docs.jsonl", lambda p: list(read_jsonl(p)))
    assert all(isinstance(i, Capture | IntakeError) for i in items)  # type: ignore[union-attr]
    return items


def any_file(raw: bytes) -> object:
    items = _through_file(raw, "document", lambda p: list(read_paths([p])))
    for item in items:  # type: ignore[union-attr]
        if isinstance(item, IntakeError):
            assert "\n" not in item.reason, "an error is one line"
    return items


def time_words(raw: bytes) -> object:
    return scan(raw.decode("utf-8", errors="replace"), _time_words())


@functools.cache
def _time_words() -> TimeWords:
    return load_time_words()


def published(raw: bytes) -> object:
    """A given publication date: an ISO day in range, or `DateError`."""
    try:
        day = parse_published(raw.decode("utf-8", errors="replace"))
    except DateError as err:
        assert "\n" not in str(err), "an error is one line"
        return None
    assert day is None or (len(day) == 10 and "1900" <= day[:4] <= "2100"), day
    return day


def container(raw: bytes) -> object:
    return container_kind(raw[:4096], "file")


def page_parts(raw: bytes) -> object:
    """The page readers that take markup apart: tree, plain text, title, date."""
    text = raw.decode("utf-8", errors="replace")
    tree = parse_html(text)
    title, blocks = flat_text(text)
    named = name_title([title, text[:200]], blocks[:3], [text[:40]], text[:80], _rules())
    return page_date(tree, None, _rules()), named


def header(raw: bytes) -> object:
    text = raw.decode("utf-8", errors="replace")
    return header_date(text[:400], text, _time_words())


TARGETS: dict[str, Target] = {
    "scraped_text": scraped_text,
    "html_page": html_page,
    "jsonl": jsonl,
    "any_file": any_file,
    "time_words": time_words,
    "published": published,
    "container": container,
    "page_parts": page_parts,
    "header_date": header,
}

# feeds (RSS, Atom, JSON Feed), WARC (plain and gzipped), fatality counts, the API's bodies
from more_targets import MORE  # noqa: E402

TARGETS.update(MORE)
