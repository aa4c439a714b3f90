"""Reading captures: files, directories, JSONL. Decodes bytes, never loses the original."""

from __future__ import annotations

import codecs
import gzip
import hashlib
import json
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from email.utils import parsedate_to_datetime
from pathlib import Path

from charset_normalizer import from_bytes


class IntakeError(Exception):
    """A document that cannot be read; `source` names it, `reason` says why in one line."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


@dataclass(frozen=True)
class Capture:
    id: str
    source: str  # the path, or "path:line" for a JSONL line
    raw: bytes  # the bytes as they came
    text: str  # decoded; evidence offsets point into this
    sha256: str  # of `raw`
    encoding: str = "utf-8"
    kind: str = "text"  # "text" | "html"
    url: str | None = None
    published: str | None = None  # ISO date given with the document, if any
    key: str = ""  # the document's identity: URL, else JSONL id, else path under the root
    captured_at: str | None = None  # UTC ISO time it was fetched (feeds, WARC), if known
    record: str | None = None  # where inside a container it sits: "file.warc.gz#<record id>"


# Files that describe a folder rather than hold an article; skipped when walking a folder.
FOLDER_NOTES = {"README", "LICENSE", "LICENCE", "NOTICE", "CHANGELOG"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_HTML_SNIFF = re.compile(
    rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Single-byte code pages charset-normalizer confuses on short Latin-script texts.
WESTERN_SINGLE_BYTE = {
    "cp1250",
    "cp1252",
    "cp1254",
    "cp1257",
    "latin_1",
    "iso8859_2",
    "iso8859_9",
    "iso8859_13",
    "iso8859_15",
    "iso8859_16",
    "mac_roman",
    "mac_latin2",
    "cp850",
    "cp437",
}
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
MAX_GZIP_LINE = 20_000_000  # characters in one line of a .jsonl.gz (a bomb stops here)


# ---------------------------------------------------------------- decoding


def decode(raw: bytes) -> tuple[str, str]:
    """(text, encoding) of `raw`: a BOM wins, then UTF-8, then charset detection.

    The BOM is not part of the text. Newlines are left as they are (CRLF stays), so offsets
    into the text are offsets into what the file said. Binary data raises `IntakeError`.
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom) :].decode(encoding), f"{encoding}-bom"
            except UnicodeDecodeError as err:
                raise IntakeError("<bytes>", f"invalid {encoding} after its BOM") from err
    if b"\x00" in raw:
        return _utf16_without_bom(raw)
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _detect(raw)


def _utf16_without_bom(raw: bytes) -> tuple[str, str]:
    """UTF-16 text saved without a BOM (every other byte NUL), else binary data."""
    even, odd = raw[0::2], raw[1::2]
    for encoding, zeros in (("utf-16-le", odd), ("utf-16-be", even)):
        if len(raw) % 2 == 0 and zeros.count(0) >= 0.9 * len(zeros):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError:
                break
            if _looks_textual(text):
                return text, encoding
    raise IntakeError("<bytes>", "binary data (NUL bytes)")


def _detect(raw: bytes) -> tuple[str, str]:
    best = from_bytes(raw).best()
    if best is not None and best.encoding in WESTERN_SINGLE_BYTE:
        best = None  # short Latin texts are ambiguous between code pages: cp1252 is likeliest
    if best is not None and best.encoding and _looks_textual(str(best)):
        return str(best), best.encoding
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError as err:
        raise IntakeError("<bytes>", "undecodable bytes (not text in a known encoding)") from err
    if not _looks_textual(text):
        raise IntakeError("<bytes>", "binary data (control characters)")
    return text, "cp1252"


def _looks_textual(text: str) -> bool:
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\x0c")
    return controls <= max(2, len(text) // 1000)


# ---------------------------------------------------------------- files and directories


def read_paths(
    paths: Sequence[Path], *, max_bytes: int = 20_000_000
) -> Iterator[Capture | IntakeError]:
    """Captures from files and directories (recursively, sorted, hidden files skipped).

    A bad document yields an `IntakeError` naming it, so a batch goes on.
    """
    seen: set[str] = set()
    for item in _read_all(paths, max_bytes):
        if isinstance(item, Capture):
            if item.id in seen:  # the same file name in another folder
                item = replace(item, id=f"{item.id}-{item.sha256[:8]}")
            seen.add(item.id)
        yield item


def _read_all(paths: Sequence[Path], max_bytes: int) -> Iterator[Capture | IntakeError]:
    for path in paths:
        if str(path) == "-":
            yield from read_jsonl(path)
        elif path.is_dir():
            for child in _walk(path):
                yield from _read_one(child, max_bytes)
        else:
            yield from _read_one(path, max_bytes)


def _walk(folder: Path) -> list[Path]:
    """Files under `folder`, sorted; hidden files and folder notes (README, ...) skipped."""
    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
        and p.stem.upper() not in FOLDER_NOTES
    )


def _read_one(path: Path, max_bytes: int) -> Iterator[Capture | IntakeError]:
    from sitrep.sources.containers import container_reader  # WARC, feeds, gzipped JSONL

    reader = container_reader(path)
    if reader is not None:
        yield from reader(path)
        return
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from read_jsonl(path)
        return
    try:
        yield read_file(path, max_bytes=max_bytes)
    except IntakeError as err:
        yield err


def read_file(path: Path, *, max_bytes: int = 20_000_000) -> Capture:
    """One file as a capture; raises `IntakeError` with the file name and the reason."""
    raw = _read_bytes(path, max_bytes)
    try:
        text, encoding = decode(raw)
    except IntakeError as err:
        raise IntakeError(str(path), err.reason) from None
    kind = "html" if path.suffix.lower() in HTML_SUFFIXES or is_html(raw) else "text"
    sha256 = hashlib.sha256(raw).hexdigest()
    return Capture(
        id=capture_id(path.stem, sha256),
        source=str(path),
        raw=raw,
        text=text,
        sha256=sha256,
        encoding=encoding,
        kind=kind,
    )


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise IntakeError(str(path), f"too large ({size} bytes > {max_bytes})")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise IntakeError(str(path), "no such file") from None
    except IsADirectoryError:
        raise IntakeError(str(path), "is a directory") from None
    except OSError as err:
        raise IntakeError(str(path), f"unreadable ({err.strerror or err})") from None
    if not raw.strip():
        raise IntakeError(str(path), "empty file")
    return raw


def is_html(raw: bytes) -> bool:
    """HTML by its first bytes: a doctype or an <html>/<head>/<body> tag."""
    head = raw[:2048].lstrip(codecs.BOM_UTF8)
    return bool(_HTML_SNIFF.match(head))


def capture_id(stem: str, sha256: str) -> str:
    """A stable id: the file name's stem made safe, else the prefix of the bytes' sha256."""
    safe = re.sub(r"[^\w.-]+", "-", stem).strip("-.")
    return safe[:80] if safe else sha256[:12]


# ---------------------------------------------------------------- JSONL


def read_jsonl(path: Path) -> Iterator[Capture | IntakeError]:
    """One capture per line: {"id", "text" | "html", "url"?, "published"?}; "-" is stdin."""
    name = "<stdin>" if str(path) == "-" else str(path)
    try:
        lines = _jsonl_lines(path)
    except OSError as err:
        yield IntakeError(name, f"unreadable ({err.strerror or err})")
        return
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield _jsonl_capture(json.loads(line), f"{name}:{number}")
        except json.JSONDecodeError as err:
            yield IntakeError(f"{name}:{number}", f"bad JSON ({err.msg})")
        except IntakeError as err:
            yield err


def _jsonl_lines(path: Path) -> Iterator[str]:
    if str(path) == "-":
        yield from sys.stdin
        return
    if path.name.lower().endswith(".gz"):  # errors are reported by sources/containers.py
        with gzip.open(path, "rt", encoding="utf-8-sig", errors="replace", newline="\n") as zipped:
            while line := zipped.readline(MAX_GZIP_LINE + 1):
                if len(line) > MAX_GZIP_LINE:
                    raise IntakeError(str(path), f"a line over {MAX_GZIP_LINE} characters")
                yield line
        return
    with path.open(encoding="utf-8-sig", errors="replace", newline="\n") as handle:
        yield from handle


def _jsonl_capture(record: object, source: str) -> Capture:
    if not isinstance(record, dict):
        raise IntakeError(source, "not a JSON object")
    html, text = record.get("html"), record.get("text")
    body = html if isinstance(html, str) and html.strip() else text
    if not isinstance(body, str) or not body.strip():
        raise IntakeError(source, 'missing "text" or "html"')
    raw = body.encode("utf-8")
    sha256 = hashlib.sha256(raw).hexdigest()
    kind = "html" if body is html else "text"
    return Capture(
        id=str(record.get("id") or sha256[:12]),
        source=source,
        raw=raw,
        text=body,
        sha256=sha256,
        kind=kind,
        url=record.get("url") if isinstance(record.get("url"), str) else None,
        published=_iso_day(record.get("published")),
    )


def _iso_day(value: object) -> str | None:
    """The ISO day of a given publication date: ISO, RFC 2822 (RSS) or written out."""
    if not isinstance(value, str) or not value.strip():
        return None
    match = _ISO_DAY.match(value.strip())
    if match:
        return match.group()
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    import dateparser  # slow to import: only for the odd written-out date

    parsed = dateparser.parse(value, languages=["en"], settings={"STRICT_PARSING": True})
    return parsed.date().isoformat() if parsed else None
