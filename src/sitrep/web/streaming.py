"""Exports streamed to the client: a writer thread with its own store handle fills a bounded
queue that the response drains, so memory stays flat and a SQLite connection never changes
threads (the response is read from whichever worker thread is free)."""

from __future__ import annotations

import io
import queue
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

from sitrep.model import Event
from sitrep.store.contract import EventQuery, Store

CHUNK = 64 * 1024
_DONE = object()


class _QueueText(io.TextIOBase):
    """A text file whose writes go to a queue in chunks of about CHUNK bytes."""

    def __init__(self, out: queue.Queue[Any], cancelled: threading.Event) -> None:
        self.out, self.cancelled = out, cancelled
        self.parts: list[str] = []
        self.size = 0

    def write(self, text: str) -> int:
        self.parts.append(text)
        self.size += len(text)
        if self.size >= CHUNK:
            self.flush()
        return len(text)

    def flush(self) -> None:
        if self.parts:
            _put(self.out, "".join(self.parts).encode("utf-8"), self.cancelled)
            self.parts, self.size = [], 0


def _put(out: queue.Queue[Any], item: object, cancelled: threading.Event) -> None:
    while not cancelled.is_set():
        try:
            out.put(item, timeout=0.5)
            return
        except queue.Full:
            continue
    raise _Cancelled()


class _Cancelled(Exception):
    pass


def stream(
    open_store: Callable[[], Store],
    query: EventQuery,
    write: Callable[[Iterator[Event], Any], int],
    *,
    binary: bool = False,
) -> Iterator[bytes]:
    """The bytes of `write(events of query, file)`, produced in a thread of its own."""
    out: queue.Queue[Any] = queue.Queue(maxsize=16)
    cancelled = threading.Event()

    def work() -> None:
        store = open_store()
        try:
            events = (r.event for r in store.iter_events(replace(query, cursor=None)))
            if binary:
                buffer = io.BytesIO()
                write(events, buffer)
                _put(out, buffer.getvalue(), cancelled)
            else:
                text = _QueueText(out, cancelled)
                write(events, text)
                text.flush()
        except _Cancelled:
            return
        except Exception as error:  # handed to the response, which ends the download
            _put(out, error, cancelled)
        finally:
            store.close()
        _put(out, _DONE, cancelled)

    threading.Thread(target=work, name="sitrep-export", daemon=True).start()
    try:
        while True:
            item = out.get()
            if item is _DONE:
                return
            if isinstance(item, Exception):
                raise item
            yield item
    finally:
        cancelled.set()
