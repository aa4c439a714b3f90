"""One store handle per worker thread: a SQLite connection may not cross threads."""

from __future__ import annotations

import threading
from collections.abc import Callable

from sitrep.store.contract import Store


class StorePool:
    def __init__(self, open_store: Callable[[], Store]) -> None:
        self._open = open_store
        self._local = threading.local()
        self._all: list[Store] = []
        self._lock = threading.Lock()

    def get(self) -> Store:
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = self._open()
            self._local.store = store
            with self._lock:
                self._all.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            for store in self._all:
                store.close()
            self._all.clear()
        self._local = threading.local()
