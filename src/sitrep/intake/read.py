"""Reading captures: files, directories, JSONL. Decodes bytes, never loses the original."""

from __future__ import annotations

import codecs
import gzip
import hashlib
import json
import logging
import os
import re
import stat
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from charset_normalizer import from_bytes

from sitrep.intake._limits import DEFAULT_LIMITS
from sitrep.intake._sniff import container_kind
from sitrep.intake.published import DateError, parse_published

log = logging.getLogger(__name__)
MAX_BYTES = DEFAULT_LIMITS.max_bytes  # a file or JSONL line larger than this is refused unread


class IntakeError(Exception):
    """A document that cannot be read; `source` names it, `reason` says why in one line."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    def __reduce__(self) -> tuple[type[IntakeError], tuple[str, str]]:
        return IntakeError, (self.source, self.reason)  # it crosses process boundaries


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
_HTML_SNIFF = re.compile(  # possessive: a run of comments is read one way, never backtracked
    rb"\s*+(?:<\?xml[^>]*+>\s*+)?(?:<!--(?:(?!-->).)*+-->\s*+)*+<(!doctype\s+html|html|head|body)\b",
    re.I | re.S,
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
MAX_GZIP_LINE = 20_000_000  # characters in one line of a .jsonl.gz (a bomb stops here)
# A valid UTF-8 sequence of two to four bytes; text with these and a few stray bytes is UTF-8.
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
NUL_SHARE = 0.05  # at most this share of NUL bytes in a text file
STRAY_SHARE = 0.2  # stray bytes per valid UTF-8 sequence (two are always allowed)


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
    mostly = _mostly_utf8(raw)
    return mostly if mostly else _detect(raw)


def _mostly_utf8(raw: bytes) -> tuple[str, str] | None:
    """UTF-8 with a few stray bytes (a truncated file, one pasted Latin-1 character): read as
    UTF-8 with U+FFFD for each stray byte, rather than as a code page that garbles the rest."""
    valid = len(_UTF8_MULTIBYTE.findall(raw))
    if not valid:
        return None
    text = raw.decode("utf-8", errors="replace")
    stray = text.count("\ufffd") - raw.count("\ufffd".encode())
    if stray > max(2, STRAY_SHARE * valid):
        return None
    return text, f"utf-8 ({stray} invalid byte{'s' if stray > 1 else ''} replaced)"


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
    return _text_with_nuls(raw)


def _text_with_nuls(raw: bytes) -> tuple[str, str]:
    """UTF-8 text with a few NUL bytes in it (a log, a bad copy); else binary data.

    Images and archives hold NULs too, but are not valid UTF-8 with mostly printable text.
    """
    if raw.count(0) <= NUL_SHARE * len(raw):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = ""
        printable = sum(1 for ch in text if ch.isprintable() or ch in "\t\n\r")
        if text and printable >= 0.8 * len(text):
            return text, "utf-8"
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
    paths: Sequence[Path], *, max_bytes: int = MAX_BYTES
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


def read_file(path: Path, *, max_bytes: int = MAX_BYTES) -> Capture:
    """One file as a capture; raises `IntakeError` with the file name and the reason."""
    raw = _read_bytes(path, max_bytes)
    container = container_kind(raw[:4096], path.name)
    if container is not None:
        raise IntakeError(str(path), container.refusal)
    try:
        text, encoding = decode(raw)
    except IntakeError as err:
        raise IntakeError(str(path), err.reason) from None
    if encoding.startswith("utf-8 ("):
        log.warning("%s: not valid UTF-8 throughout; read as UTF-8, %s", path, encoding[7:-1])
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
    """The file's bytes; a FIFO, socket or device is refused before it is opened."""
    problem = not_a_file(path)
    if problem:
        raise IntakeError(str(path), problem)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise IntakeError(str(path), f"too large ({size:,} bytes; the limit is {max_bytes:,})")
        raw = path.read_bytes()
    except OSError as err:
        raise IntakeError(str(path), f"unreadable ({err.strerror or err})") from None
    if not raw.strip():
        raise IntakeError(str(path), "empty file")
    return raw


_SPECIAL = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def not_a_file(path: Path) -> str | None:
    """Why `path` cannot be read as a document (missing, a folder, a pipe, ...), or None.

    Only `stat` is called: opening a FIFO would wait for a writer for ever.
    """
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return "no such file"
    except OSError as err:
        return f"unreadable ({err.strerror or err})"
    if stat.S_ISDIR(mode):
        return "is a directory"
    for test, name in _SPECIAL:
        if test(mode):
            return f"{name}, not a regular file: not read"
    return None


def is_html(raw: bytes) -> bool:
    """HTML by its first bytes: a doctype or an <html>/<head>/<body> tag."""
    head = raw[:2048].lstrip(codecs.BOM_UTF8)
    return bool(_HTML_SNIFF.match(head))


def capture_id(stem: str, sha256: str) -> str:
    """A stable id: the file name's stem made safe, else the prefix of the bytes' sha256."""
    safe = re.sub(r"[^\w.-]+", "-", stem).strip("-.")
    return safe[:80] if safe else sha256[:12]


# ---------------------------------------------------------------- JSONL


def read_jsonl(path: Path, *, max_bytes: int = MAX_BYTES) -> Iterator[Capture | IntakeError]:
    """One capture per line: {"id", "text" | "html", "url"?, "published"?}; "-" is stdin.

    A file that is no JSONL at all (a folder, an HTML page) is one error, not one per line.
    """
    name = "<stdin>" if str(path) == "-" else str(path)
    problem = None if str(path) == "-" else not_a_file(path)
    if problem:
        yield IntakeError(name, problem)
        return
    first = True
    try:
        for number, line in enumerate(_jsonl_lines(path), start=1):
            if not line.strip():
                continue
            item = _jsonl_item(line, f"{name}:{number}", max_bytes)
            if first and isinstance(item, IntakeError) and item.reason.startswith("bad JSON"):
                yield IntakeError(name, _not_jsonl(line, number))
                return
            first = False
            yield item
    except OSError as err:
        yield IntakeError(name, f"unreadable ({err.strerror or err})")


def _jsonl_item(line: str, source: str, max_bytes: int) -> Capture | IntakeError:
    if len(line) > max_bytes:
        return IntakeError(source, f"line too long ({len(line):,} characters; the limit is "
                           f"{max_bytes:,})")  # fmt: skip
    try:
        return _jsonl_capture(json.loads(line), source)
    except json.JSONDecodeError as err:
        return IntakeError(source, f"bad JSON ({err.msg})")
    except RecursionError:
        return IntakeError(source, "bad JSON (nested too deeply)")
    except IntakeError as err:
        return err


def _not_jsonl(line: str, number: int) -> str:
    if is_html(line.encode("utf-8", errors="replace")):
        return "an HTML page, not JSON Lines: give it as a PATH, without --input"
    return f"not JSON Lines (line {number} is not a JSON object)"


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
    for field in ("id", "text", "html", "url", "published"):
        value = record.get(field)
        allowed = (str, int) if field == "id" else (str,)
        if value is not None and (isinstance(value, bool) or not isinstance(value, allowed)):
            raise IntakeError(source, f'"{field}" must be a string, not {_kind_of(value)}')
    html, text = record.get("html"), record.get("text")
    body = html if html and html.strip() else text
    if not body or not body.strip():
        raise IntakeError(source, 'no "text" or "html" (or both empty)')
    try:
        published = parse_published(record.get("published"))
    except DateError as err:
        raise IntakeError(source, str(err)) from None
    kind = "html" if body is html else "text"
    body = body.encode("utf-8", errors="replace").decode("utf-8")  # no lone surrogates ("\ud800")
    raw = body.encode("utf-8")
    sha256 = hashlib.sha256(raw).hexdigest()
    return Capture(
        id=str(record.get("id") or sha256[:12]),
        source=source,
        raw=raw,
        text=body,
        sha256=sha256,
        kind=kind,
        url=record.get("url"),
        published=published,
    )


def _kind_of(value: object) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    return "a list" if isinstance(value, list) else "an object"
