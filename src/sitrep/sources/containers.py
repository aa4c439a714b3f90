"""Files that hold many documents: which reader a path needs (WARC, feed, gzipped JSONL).

Intake asks `container_reader` for every file it reads; None means an ordinary document.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

from sitrep.intake.read import Capture, IntakeError, read_jsonl
from sitrep.sources.feeds import feed_kind, read_feed
from sitrep.sources.warc import is_warc, read_warc

Reader = Callable[[Path], Iterator[Capture | IntakeError]]
GZIP_JSONL = (".jsonl.gz", ".ndjson.gz")


def container_reader(path: Path) -> Reader | None:
    """The reader of a WARC archive, a feed or gzipped JSONL at `path`; None for others."""
    name = path.name.lower()
    if is_warc(path):
        return read_warc
    if name.endswith(GZIP_JSONL):
        return read_jsonl_gz
    if _head_is_feed(path):
        return read_feed
    return None


def read_jsonl_gz(path: Path) -> Iterator[Capture | IntakeError]:
    """Gzipped JSONL: the lines before a break in the compressed stream, then one failure."""
    try:
        yield from read_jsonl(path)
    except IntakeError as err:
        yield err
    except (OSError, EOFError, zlib.error) as err:
        yield IntakeError(str(path), f"broken gzip stream ({err})")


def _head_is_feed(path: Path) -> bool:
    if not path.is_file():  # a FIFO or device is never opened here
        return False
    try:
        with path.open("rb") as handle:
            return feed_kind(handle.read(4096)) is not None
    except OSError:
        return False  # the ordinary reader says why it cannot be read
