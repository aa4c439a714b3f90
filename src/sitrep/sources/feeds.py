"""RSS, Atom and JSON Feed documents into items, and items into captures (one article each).

feedparser reads RSS and Atom (never fetching anything: it is handed bytes, and external
entities stay unresolved); JSON Feed is plain JSON. An item's capture is a small HTML page
made of the item's title and content as the feed gave them (not sanitised, not rewritten),
so the evidence offsets point into text the item really held.
"""

from __future__ import annotations

import hashlib
import html
import itertools
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sitrep.intake._sniff import container_kind
from sitrep.intake.read import Capture, IntakeError, capture_id

MAX_ITEMS = 10_000  # items read from one feed document; the rest are counted, not kept


@dataclass(frozen=True)
class FeedItem:
    key: str  # the item's identity: guid/id, else link, else a hash of its text
    link: str | None
    title: str | None
    published: str | None  # ISO date
    content: str  # HTML (or text, see `is_html`) as the feed gave it
    is_html: bool = True


@dataclass(frozen=True)
class Feed:
    title: str | None
    link: str | None
    format: str  # "rss20", "atom10", "json1", ... (feedparser's names)
    items: tuple[FeedItem, ...]
    listed: int  # items the document held; more than `len(items)` when over the limit


def feed_kind(raw: bytes) -> str | None:
    """ "RSS", "Atom" or "JSON Feed" when the first bytes are one (intake's sniffing)."""
    found = container_kind(raw[:4096])
    return _FEED_NAMES.get(found.kind) if found else None


_FEED_NAMES = {"rss": "RSS", "atom": "Atom", "json-feed": "JSON Feed"}


def parse_feed(raw: bytes, source: str, *, max_items: int = MAX_ITEMS) -> Feed:
    """The feed in `raw`; `IntakeError` naming `source` when it is not a readable feed."""
    if feed_kind(raw) == "JSON Feed":
        return _json_feed(raw, source, max_items)
    return _xml_feed(raw, source, max_items)


def _xml_feed(raw: bytes, source: str, max_items: int) -> Feed:
    import feedparser

    listed = len(_ITEM_END.findall(raw))
    try:
        parsed = feedparser.parse(
            _first_items(raw, max_items), sanitize_html=False, resolve_relative_uris=False
        )
    except Exception as error:  # noqa: BLE001 (feedparser on hostile bytes may raise anything)
        raise IntakeError(source, f"not a readable feed ({type(error).__name__})") from None
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        detail = f" ({str(problem).splitlines()[0]})" if problem else ""
        raise IntakeError(source, f"not an RSS or Atom feed{detail}")
    items = tuple(_xml_item(e) for e in parsed.entries[:max_items])
    head = parsed.feed
    return Feed(
        head.get("title"), head.get("link"), parsed.get("version") or "xml", items,
        max(listed, len(parsed.entries)),
    )  # fmt: skip


_ITEM_END = re.compile(rb"</(?:item|entry)\s*>", re.I)
_CLOSERS = {"rss": b"</channel></rss>", "atom": b"</feed>"}


def _first_items(raw: bytes, max_items: int) -> bytes:
    """The document cut after its `max_items`-th item and closed again, so a feed of
    100,000 items costs the parser no more than its first `max_items`."""
    ends = _ITEM_END.finditer(raw)
    last = next(itertools.islice(ends, max_items - 1, None), None) if max_items > 0 else None
    if last is None or next(ends, None) is None:
        return raw
    kind = container_kind(raw[:4096])
    closer = (
        b"</rdf:RDF>" if b"<rdf:RDF" in raw[:4096] else _CLOSERS.get(kind.kind if kind else "", b"")
    )
    return raw[: last.end()] + closer


def _xml_item(entry: Mapping[str, Any]) -> FeedItem:
    content, is_html = _best_content(entry)
    link = entry.get("link") or None
    title = entry.get("title") or None
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    published = f"{stamp.tm_year:04d}-{stamp.tm_mon:02d}-{stamp.tm_mday:02d}" if stamp else None
    key = entry.get("id") or link or _digest(title, content)
    return FeedItem(str(key), link, title, published, content, is_html)


def _best_content(entry: Mapping[str, Any]) -> tuple[str, bool]:
    """The fullest text the item carries: content:encoded / Atom content, else the summary."""
    candidates = [(c.get("value") or "", c.get("type") or "") for c in entry.get("content", [])]
    detail = entry.get("summary_detail") or {}
    candidates.append((entry.get("summary") or "", detail.get("type") or "text/html"))
    value, kind = max(candidates, key=lambda c: len(c[0]))
    return value, kind != "text/plain"


def _json_feed(raw: bytes, source: str, max_items: int) -> Feed:
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise IntakeError(source, f"not a JSON Feed ({err})") from None
    listed = data.get("items") if isinstance(data, dict) else None
    if not isinstance(listed, list):
        raise IntakeError(source, 'not a JSON Feed (no "items" list)')
    items = tuple(
        item for item in (_json_item(x) for x in listed[:max_items] if isinstance(x, dict)) if item
    )
    version = str(data.get("version", "")).rstrip("/").rsplit("/", 1)[-1]
    return Feed(
        _text(data.get("title")), _text(data.get("home_page_url")),
        f"json{version.replace('.', '')}", items, len(listed),
    )  # fmt: skip


def _json_item(item: Mapping[str, Any]) -> FeedItem | None:
    link = _text(item.get("url"))
    title = _text(item.get("title"))
    if _text(item.get("content_html")):
        content, is_html = str(item["content_html"]), True
    else:
        content = _text(item.get("content_text")) or _text(item.get("summary")) or ""
        is_html = False
    if not content and not title:
        return None
    published = _iso_day(_text(item.get("date_published")) or _text(item.get("date_modified")))
    key = _text(item.get("id")) or link or _digest(title, content)
    return FeedItem(key, link, title, published, content, is_html)


def _text(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _iso_day(value: str | None) -> str | None:
    """The day of an RFC 3339 date-time (JSON Feed's dates)."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        return None


def _digest(*parts: str | None) -> str:
    return hashlib.sha256("\n".join(p or "" for p in parts).encode()).hexdigest()[:16]


# ---------------------------------------------------------------- items as captures


def item_page(item: FeedItem) -> str:
    """The item as a small HTML page: its title, and its content as the feed gave it."""
    title = f"<title>{html.escape(item.title)}</title>" if item.title else ""
    body = item.content if item.is_html else f"<pre>{html.escape(item.content)}</pre>"
    return (
        f"<!doctype html>\n<html><head>{title}</head>\n"
        f"<body><article>\n{body}\n</article></body></html>\n"
    )


def item_capture(item: FeedItem, source: str, *, captured_at: str | None = None) -> Capture:
    """One item as a capture; `source` names the feed (a file or URL)."""
    text = item_page(item)
    raw = text.encode("utf-8")
    sha256 = hashlib.sha256(raw).hexdigest()
    stem = (item.link or item.key).rstrip("/").rsplit("/", 1)[-1]
    return Capture(
        id=capture_id(stem, sha256), source=f"{source}#{item.key}", raw=raw, text=text,
        sha256=sha256, kind="html", url=item.link, published=item.published,
        key=item.link or f"{source}#{item.key}", captured_at=captured_at,
        record=f"{source}#{item.key}",
    )  # fmt: skip


def read_feed(path: Path, *, max_bytes: int = 20_000_000) -> Iterator[Capture | IntakeError]:
    """A feed file given to `sitrep ingest`: one capture per item with content."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield IntakeError(str(path), f"too large ({size} bytes > {max_bytes})")
            return
        raw = path.read_bytes()
        feed = parse_feed(raw, str(path))
    except IntakeError as err:
        yield err
        return
    except OSError as err:
        yield IntakeError(str(path), f"unreadable ({err.strerror or err})")
        return
    read_at = datetime.now(UTC).isoformat(timespec="seconds")
    empty = 0
    for item in feed.items:
        if item.content.strip():
            yield item_capture(item, str(path), captured_at=read_at)
        else:
            empty += 1
    notes = []
    if empty:
        notes.append(f"{empty} item(s) without text of their own (sitrep feeds add fetches pages)")
    if feed.listed > MAX_ITEMS:
        notes.append(f"only the first {MAX_ITEMS} of {feed.listed} items read")
    if notes:
        kind = feed_kind(raw) or "a"
        yield IntakeError(str(path), f"{kind} feed: {'; '.join(notes)}")
