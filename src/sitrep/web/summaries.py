"""Summaries of what a query matches (its count, daily counts, map grid), kept per store
revision: computed once after a write and shared by every request until the next write.

The revision is the store's `last_change()` (the custody log's last position, one cheap
indexed read per request), so a write from this app, the ingest service or the command line
makes the next request compute again: nothing is served from before a write it could see.
Requests asking for a summary being computed wait for that one computation rather than
running the same query each. After a write through the app, the home page's summaries are
computed again in a thread at once, so the next visitor finds them ready or nearly.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import replace
from typing import Any, TypeVar

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sitrep.store.contract import EventQuery, Store

T = TypeVar("T")
_log = logging.getLogger("sitrep.web")


def summary_key(query: EventQuery, *, bbox: bool = True) -> EventQuery:
    """The query with what does not change a summary left out (page, sort, cursor; the map's
    view too when `bbox` is false): the requests that share a summary share this key."""
    return replace(
        query,
        limit=1,  # unused by the summaries; the smallest valid value
        cursor=None,
        sort="event_date",
        bbox=query.bbox if bbox else None,
    )


class Summaries:
    """A bounded cache of values computed from the store, each tagged with the revision it
    was computed at; one per app (passed in, no global state)."""

    def __init__(self, entries: int = 32) -> None:
        self.entries = entries
        self._lock = threading.Lock()
        self._values: OrderedDict[Hashable, tuple[int, Any]] = OrderedDict()
        self._busy: dict[Hashable, threading.Lock] = {}

    def get(self, store: Store, key: Hashable, compute: Callable[[], T]) -> T:
        revision = store.last_change()
        with self._lock:
            held = self._values.get(key)
            if held is not None and held[0] >= revision:
                self._values.move_to_end(key)
                return held[1]  # type: ignore[no-any-return]
            gate = self._busy.setdefault(key, threading.Lock())
        with gate:  # one computation per key at a time; the others wait for its value
            with self._lock:
                fresh = self._values.get(key)
                if fresh is not None and fresh[0] >= revision:
                    return fresh[1]  # type: ignore[no-any-return]
            value = compute()  # read after `revision`: at least as new as the tag it gets
            with self._lock:
                self._values[key] = (revision, value)
                self._values.move_to_end(key)
                while len(self._values) > self.entries:
                    old, _ = self._values.popitem(last=False)
                    self._busy.pop(old, None)
            return value


class Warmer:
    """Fills the home page's summaries in a thread, on a store handle of its own: at start and
    after each write through the app (a write during a run makes it run once more)."""

    def __init__(
        self, open_store: Callable[[], Store], jobs: list[Callable[[Store], object]]
    ) -> None:
        self.open_store, self.jobs = open_store, jobs
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._again = False

    def start(self) -> None:
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                self._again = True
                return
            self._thread = threading.Thread(target=self._run, name="sitrep-warm", daemon=True)
            self._thread.start()

    def join(self, timeout: float) -> None:
        with self._lock:
            thread, self._again = self._thread, False
        if thread is not None:
            thread.join(timeout)

    def _run(self) -> None:
        while True:
            try:
                with self.open_store() as store:
                    for job in self.jobs:
                        job(store)
            except Exception as error:  # a cold summary is only slower: say so, never fail
                _log.warning("could not prepare the overview: %s", error)
            with self._lock:
                if not self._again:
                    self._thread = None
                    return
                self._again = False


class WarmAfterWrites:
    """ASGI middleware: a request that may have written (any method but GET, HEAD and
    OPTIONS, answered below 400) starts the warmer once its answer has gone."""

    def __init__(self, app: ASGIApp, warmer: Warmer) -> None:
        self.app, self.warmer = app, warmer

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        status = 500

        async def noting(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        await self.app(scope, receive, noting)
        if status < 400:
            self.warmer.start()
