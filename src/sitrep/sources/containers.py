"""Files that hold many documents: which reader a path needs (WARC, feed, gzipped JSONL).

Intake asks `container_reader` for every file it reads; None means an ordinary document.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

from sitrep.intake._sniff import Container, container_kind
from sitrep.intake.read import Capture, IntakeError, read_jsonl
from sitrep.sources.feeds import read_feed
from sitrep.sources.warc import is_warc, read_warc

Reader = Callable[[Path], Iterator[Capture | IntakeError]]
GZIP_JSONL = (".jsonl.gz", ".ndjson.gz")


def container_reader(path: Path) -> Reader | None:
    """The reader of a WARC archive, a feed or gzipped JSONL at `path`; None for others.
    What a file is comes from intake's sniffing (`intake/_sniff.py`), so intake and sources
    agree on it. A URL (`https://...` given as a path) is fetched (`sources/remote.py`)."""
    if _is_url_path(path):
        return _read_remote
    if path.name.lower().endswith(GZIP_JSONL):
        return read_jsonl_gz
    kind = _kind(path)
    if kind is None:
        return read_warc if is_warc(path) and path.is_file() else None
    return read_warc if kind.kind == "warc" else read_feed


def _is_url_path(path: Path) -> bool:
    return str(path).lower().startswith(("http:/", "https:/")) and not path.exists()


def _read_remote(path: Path) -> Iterator[Capture | IntakeError]:
    from sitrep.sources.remote import read_url, url_of

    url = url_of(path)
    if url is None:
        yield IntakeError(str(path), "no such file")
        return
    yield from read_url(url)


def read_jsonl_gz(path: Path) -> Iterator[Capture | IntakeError]:
    """Gzipped JSONL: the lines before a break in the compressed stream, then one failure."""
    try:
        yield from read_jsonl(path)
    except IntakeError as err:
        yield err
    except (OSError, EOFError, zlib.error) as err:
        yield IntakeError(str(path), f"broken gzip stream ({err})")


def _kind(path: Path) -> Container | None:
    if not path.is_file():  # a FIFO or device is never opened here
        return None
    try:
        with path.open("rb") as handle:
            return container_kind(handle.read(4096), path.name)
    except OSError:
        return None  # the ordinary reader says why it cannot be read
