"""WARC and WARC.gz archives (warcio): each HTML response becomes a capture naming its record.

A broken record (truncated, or whose digest does not match its bytes) is one failure line;
reading goes on at the next record that starts cleanly, so one bad record costs only itself.
An uncompressed record cut inside or just after its headers runs on into the next record
(warcio takes its opening lines for headers or body): another record opening inside a
record's bytes marks it broken, and reading goes on there.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from sitrep.intake.read import Capture, IntakeError, capture_id, decode

WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
_GZIP_MEMBER = b"\x1f\x8b\x08"
_WARC_START = b"WARC/1."
_RECORD_OPENING = re.compile(rb"WARC/1\.\d\r?\n[\w-]+:")  # a version line, a header


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
            resume = yield from _records(handle, path, start, size, gzipped, max_bytes)
            if resume is not None and resume <= start:  # never read the same bytes twice
                resume = _next_start(handle, start + 1, gzipped)
            start = resume
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
            offset = iterator.get_record_offset()  # warcio counts from the file's start
            end = offset + iterator.get_record_length()
            inside = None if gzipped else _next_record_inside(handle, record, offset, end)
            problem = "truncated (the next record starts inside it)" if inside else _problem(record)
            if problem:
                yield _broken(path, offset, problem)
                return inside or _next_start(handle, offset + 1, gzipped)
            if item is not None:
                yield item
            if end <= offset:  # a gzip member cut in its tail reads on into the next member
                return _next_start(handle, offset + 1, gzipped)
            position = end
    except ArchiveLoadFailed:
        why = "not a WARC record where one should start"
        return (yield from _after_failure(handle, path, position, start, gzipped, why))
    except Exception as err:  # noqa: BLE001 (warcio on hostile bytes may raise anything)
        why = f"unreadable ({type(err).__name__})"
        return (yield from _after_failure(handle, path, position, start, gzipped, why))
    if _blank(handle, position, size):
        return None
    # the iterator stopped short: a record is cut off
    return (yield from _after_failure(handle, path, position, start, gzipped, "truncated"))


def _after_failure(
    handle: IO[bytes], path: Path, position: int, start: int, gzipped: bool, why: str
) -> Generator[IntakeError, None, int | None]:
    """Where to go on when reading failed at `position` (the end of the last good record).
    A record that opens there is first retried by a fresh reader (the failure may be the
    previous record's damaged tail); one that fails from its own start is skipped."""
    found = _next_start(handle, position, gzipped)
    if found is not None and _blank(handle, position, found):
        if position > start:
            return found
        position, found = found, _next_start(handle, found + 1, gzipped)
    yield _broken(path, position, why)
    return found


def _next_record_inside(handle: IO[bytes], record: Any, offset: int, end: int) -> int | None:
    """Where another record opens inside this one's bytes: a record cut inside or just after
    its headers runs on into the next one, taking its opening lines as headers or body. Its
    block may hold WARC text only if its digest vouches for it (an archived archive)."""
    limit = end - (record.length or 0) if record.digest_checker.passed else end
    found = _next_start(handle, offset + 1, False, limit)
    return found if found is not None and found < limit else None


def _problem(record: Any) -> str | None:
    """Why a record read to its end is broken: bytes missing, or bytes not as digested."""
    if record.format != "warc":  # warcio reads bytes that are no WARC record as an old ARC one
        return "not a WARC record where one should start"
    if record.length is None:  # Content-Length is mandatory: the headers were cut off
        return "truncated (its headers end before its length)"
    missing = getattr(record.raw_stream, "limit", 0)
    if missing:
        return f"truncated ({missing} of its {record.length} bytes missing)"
    if record.digest_checker.passed is False:
        return "its digest does not match its bytes"
    return None


def _broken(path: Path, offset: int, why: str) -> IntakeError:
    return IntakeError(f"{path}@{max(offset, 0)}", f"broken WARC record: {why}")


def _blank(handle: IO[bytes], offset: int, end: int) -> bool:
    """Whether only blank lines lie in [offset, end) (records are separated by them)."""
    with _kept_place(handle):
        handle.seek(max(offset, 0))
        while offset < end and (chunk := handle.read(min(1 << 20, end - offset))):
            if chunk.strip():
                return False
            offset += len(chunk)
    return True


def _next_start(
    handle: IO[bytes], offset: int, gzipped: bool, end: int | None = None
) -> int | None:
    """Where the next record begins after `offset` (before `end`): a WARC version line
    followed by a header line, or a gzip member that opens with them (the markers also
    occur by chance inside compressed data or a page)."""
    marker = _GZIP_MEMBER if gzipped else _WARC_START
    with _kept_place(handle):  # the reader may still be reading from this handle
        found = _find(handle, max(offset, 0), marker, end)
        while found is not None and not _opens_a_record(handle, found, gzipped):
            found = _find(handle, found + 1, marker, end)
    return found


@contextmanager
def _kept_place(handle: IO[bytes]) -> Iterator[None]:
    place = handle.tell()
    try:
        yield
    finally:
        handle.seek(place)


def _find(handle: IO[bytes], offset: int, marker: bytes, end: int | None) -> int | None:
    handle.seek(offset)
    carry = b""
    base = offset
    while (end is None or base < end) and (chunk := handle.read(_chunk(base, end, marker))):
        data = carry + chunk
        found = data.find(marker)
        if found >= 0:
            return base - len(carry) + found
        carry = data[-len(marker) :]
        base += len(chunk)
    return None


def _chunk(base: int, end: int | None, marker: bytes) -> int:
    """How much to read next: up to `end` (and a marker's length past it), at most 1 MiB."""
    return 1 << 20 if end is None else min(1 << 20, end - base + len(marker))


def _opens_a_record(handle: IO[bytes], offset: int, gzipped: bool) -> bool:
    handle.seek(offset)
    head = handle.read(1 << 16 if gzipped else 256)
    if gzipped:
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 256)
        except zlib.error:
            return False
    return _RECORD_OPENING.match(head) is not None


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
