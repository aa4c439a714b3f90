"""WARC and WARC.gz archives (warcio): each HTML response becomes a capture naming its record.

A broken record (truncated, or whose digest does not match its bytes) is one failure line;
reading goes on at the next record that starts cleanly, so one bad record costs only itself.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import IO, Any

from sitrep.intake.read import Capture, IntakeError, capture_id, decode

WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
_GZIP_MEMBER = b"\x1f\x8b\x08"
_WARC_START = b"WARC/1."


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def read_warc(path: Path, *, max_bytes: int = 20_000_000) -> Iterator[Capture | IntakeError]:
    """The HTML pages an archive holds, in order, with a failure line per broken record."""
    try:
        handle = path.open("rb")
    except OSError as err:
        yield IntakeError(str(path), f"unreadable ({err.strerror or err})")
        return
    with handle:
        size = path.stat().st_size
        gzipped = path.name.lower().endswith(".gz") or handle.read(2) == _GZIP_MEMBER[:2]
        start: int | None = 0
        while start is not None and start < size:
            handle.seek(start)
            start = yield from _records(handle, path, start, size, gzipped, max_bytes)
        if size == 0:
            yield IntakeError(str(path), "empty file")


def _records(
    handle: IO[bytes], path: Path, start: int, size: int, gzipped: bool, max_bytes: int
) -> Generator[Capture | IntakeError, None, int | None]:
    """Records from `start` on; returns where to go on after a broken one (None: the end)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    iterator = ArchiveIterator(handle, check_digests=True)
    position = start
    try:
        for record in iterator:
            item = _capture(record, path, max_bytes)
            iterator.read_to_end()
            offset = start + iterator.get_record_offset()
            problem = _problem(record)
            if problem:
                yield _broken(path, offset, problem)
                return _next_start(handle, offset + 1, gzipped)
            position = offset + iterator.get_record_length()
            if item is not None:
                yield item
    except ArchiveLoadFailed:
        yield _broken(path, position, "not a WARC record where one should start")
        return _next_start(handle, position + 1, gzipped)
    except Exception as err:  # noqa: BLE001 (warcio on hostile bytes may raise anything)
        yield _broken(path, position, f"unreadable ({type(err).__name__})")
        return _next_start(handle, position + 1, gzipped)
    handle.seek(position)
    if handle.read(64).strip():  # the iterator stopped short: a record is cut off
        yield _broken(path, position, "truncated")
        cut = _next_start(handle, position, gzipped)  # the cut record's own start
        return None if cut is None else _next_start(handle, cut + 1, gzipped)
    return None


def _problem(record: Any) -> str | None:
    """Why a record read to its end is broken: bytes missing, or bytes not as digested."""
    if record.length is None:  # Content-Length is mandatory: the headers were cut off
        return "truncated (its headers end before its length)"
    missing = getattr(record.raw_stream, "limit", 0)
    if missing:
        return f"truncated ({missing} of its {record.length} bytes missing)"
    if record.digest_checker.passed is False:
        return "its digest does not match its bytes"
    return None


def _broken(path: Path, offset: int, why: str) -> IntakeError:
    return IntakeError(f"{path}@{offset}", f"broken WARC record: {why}")


def _next_start(handle: IO[bytes], offset: int, gzipped: bool) -> int | None:
    """Where the next record begins after `offset`: a WARC line, or a gzip member that opens
    with one (the gzip magic bytes also occur by chance inside compressed data)."""
    marker = _GZIP_MEMBER if gzipped else _WARC_START
    found = _find(handle, offset, marker)
    while gzipped and found is not None and not _opens_a_record(handle, found):
        found = _find(handle, found + 1, marker)
    return found


def _find(handle: IO[bytes], offset: int, marker: bytes) -> int | None:
    handle.seek(offset)
    carry = b""
    base = offset
    while chunk := handle.read(1 << 20):
        data = carry + chunk
        found = data.find(marker)
        if found >= 0:
            return base - len(carry) + found
        carry = data[-len(marker) :]
        base += len(chunk)
    return None


def _opens_a_record(handle: IO[bytes], offset: int) -> bool:
    handle.seek(offset)
    try:
        head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(handle.read(1 << 16), 16)
    except zlib.error:
        return False
    return head.startswith(_WARC_START)


def _capture(record: Any, path: Path, max_bytes: int) -> Capture | IntakeError | None:
    """An HTML page of a response (HTTP 200) or resource record; None for anything else."""
    if record.rec_type not in {"response", "resource"}:
        return None
    headers = record.rec_headers
    if record.rec_type == "response":
        http = record.http_headers
        if http is None or http.get_statuscode() != "200":
            return None
        content_type = http.get_header("Content-Type") or ""
    else:
        content_type = headers.get_header("Content-Type") or ""
    if not content_type.lower().strip().startswith(HTML_TYPES):
        return None
    uri = headers.get_header("WARC-Target-URI") or ""
    record_id = (headers.get_header("WARC-Record-ID") or "").strip("<>")
    where = f"{path}#{record_id}"
    raw = record.content_stream().read(max_bytes + 1)
    if len(raw) > max_bytes:
        return IntakeError(where, f"page larger than {max_bytes} bytes")
    if not raw.strip():
        return IntakeError(where, "empty page")
    try:
        text, encoding = decode(raw)
    except IntakeError as err:
        return IntakeError(where, err.reason)
    sha256 = hashlib.sha256(raw).hexdigest()
    stem = uri.split("?")[0].rstrip("/").rsplit("/", 1)[-1] or record_id.rsplit(":", 1)[-1]
    return Capture(
        id=capture_id(stem, sha256), source=where, raw=raw, text=text, sha256=sha256,
        encoding=encoding, kind="html", url=uri or None, key=uri or where,
        captured_at=headers.get_header("WARC-Date"), record=where,
    )  # fmt: skip
