"""Which files hold many documents (a feed, a WARC archive), told from their first bytes.

Intake reads one article per file. A container is not one article: a reader for its kind
(`sitrep.sources`) splits it into captures before intake sees them; where none is installed,
`read_file` refuses it by name with the `refusal` below instead of coding the markup.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Container:
    kind: str  # "rss", "atom", "json-feed", "warc"
    refusal: str  # the one line a reader-less intake answers


RSS = Container("rss", "this is an RSS feed, not an article: use sitrep feeds add")
ATOM = Container("atom", "this is an Atom feed, not an article: use sitrep feeds add")
JSON_FEED = Container("json-feed", "this is a JSON feed, not an article: use sitrep feeds add")
WARC = Container("warc", "this is a WARC archive (many captures), not an article")

# what may precede the root element, matched possessively: a run of comments is read one way
_PROLOGUE = rb"\s*+(?:<\?xml[^>]*+>\s*+|<!--(?:(?!-->).)*+-->\s*+|<!DOCTYPE[^>]*+>\s*+)*+"
_RSS = re.compile(_PROLOGUE + rb"<(?:rss|rdf:RDF)\b", re.I | re.S)
_ATOM = re.compile(_PROLOGUE + rb"<feed\b[^>]*http://www\.w3\.org/2005/Atom", re.I | re.S)
_JSON_FEED = re.compile(rb'^\s*\{.{0,2000}?"version"\s*:\s*"https?://jsonfeed\.org/version/', re.S)
_GZIP = b"\x1f\x8b"


def container_kind(head: bytes, name: str = "") -> Container | None:
    """The kind of container whose file starts with `head` (its first few KB), or None."""
    head = head.removeprefix(b"\xef\xbb\xbf")
    gzipped = head.startswith(_GZIP)
    if head.startswith(b"WARC/") or (gzipped and _gunzipped(head).startswith(b"WARC/")):
        return WARC
    if gzipped and name.lower().endswith((".warc", ".warc.gz")):
        return WARC
    if _RSS.match(head):
        return RSS
    if _ATOM.match(head):
        return ATOM
    if _JSON_FEED.match(head):
        return JSON_FEED
    return None


def _gunzipped(head: bytes) -> bytes:
    """The first bytes of a gzip stream, as far as `head` goes."""
    try:
        return zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(head, 64)
    except zlib.error:
        return b""
