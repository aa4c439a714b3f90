"""A bounded pool of open store handles, lent to one request at a time.

Opening a store costs a connection and a schema check (on PostgreSQL a network round trip or
several), so handles are kept open and reused; a request borrows one on first use and the
`ReturnStores` middleware gives it back when the response is done. A handle is used by one
request at a time, from whichever worker thread serves it (the store guards itself).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable

from starlette.types import ASGIApp, Receive, Scope, Send

from sitrep.store.contract import Store, StoreError

STATE_KEY = "sitrep_store"


class StorePool:
    def __init__(self, open_store: Callable[[], Store], size: int = 8, wait: float = 30.0) -> None:
        self._open, self.size, self.wait = open_store, size, wait
        self._idle: queue.LifoQueue[Store] = queue.LifoQueue()
        self._made = 0
        self._all: list[Store] = []
        self._lock = threading.Lock()

    def acquire(self) -> Store:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            pass
        with self._lock:
            make = self._made < self.size
            if make:
                self._made += 1
        if make:
            try:
                store = self._open()
            except BaseException:
                with self._lock:
                    self._made -= 1
                raise
            with self._lock:
                self._all.append(store)
            return store
        try:
            return self._idle.get(timeout=self.wait)
        except queue.Empty:
            raise StoreError("store: every connection is busy; try again") from None

    def release(self, store: Store) -> None:
        self._idle.put(store)

    def close(self) -> None:
        with self._lock:
            for store in self._all:
                store.close()
            self._all.clear()


class ReturnStores:
    """Gives the store a request borrowed back to the pool once the response is sent."""

    def __init__(self, app: ASGIApp, pool: StorePool) -> None:
        self.app, self.pool = app, pool

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        state = scope.setdefault("state", {})
        try:
            await self.app(scope, receive, send)
        finally:
            store = state.pop(STATE_KEY, None)
            if store is not None:
                self.pool.release(store)
