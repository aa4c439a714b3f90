"""Summaries of what a query matches (its count, daily counts, map grid), kept per store
revision: computed once after a write and shared by every request until the next write.

The revision is the store's `last_change()` (the custody log's last position, one cheap
indexed read per request), so a write from this app, the ingest service or the command line
makes the next request recompute; nothing is ever served from before a write it could see.
While one request recomputes a summary, others asking for it get the previous value rather
than queueing behind the same query.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import replace
from typing import Any, TypeVar

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

    def __init__(self, entries: int = 64) -> None:
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
        if not gate.acquire(blocking=held is None):
            return held[1]  # type: ignore[index,no-any-return]  # another request refreshes it
        try:
            with self._lock:  # it may have been computed while this request waited
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
        finally:
            gate.release()

    def warm(self, open_store: Callable[[], Store], jobs: list[Callable[[Store], object]]) -> None:
        """Runs `jobs` (each filling some summaries) on a store handle of its own: the app
        starts this in a thread so the first visitor finds the home page's summaries ready."""
        try:
            with open_store() as store:
                for job in jobs:
                    job(store)
        except Exception as error:  # a cold cache is only slower: say so, never fail
            _log.warning("could not prepare the overview: %s", error)
