"""The embedded store: one SQLite file in WAL mode."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from sitrep.model import Certainty, Event, Evidence, Factuality
from sitrep.serialize import article_json
from sitrep.store.base import EVENT_COLUMNS, AddResult, Stored, migrations

_INSERT_EVENT = (
    f"INSERT OR REPLACE INTO events ({', '.join(EVENT_COLUMNS)}, article_sha256, is_event)"
    f" VALUES ({', '.join('?' * (len(EVENT_COLUMNS) + 2))})"
)
_SELECT_EVENTS = (
    f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE is_event = ?"
    " ORDER BY event_date, article_id, event_id"
)


class SQLiteStore:
    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.db = sqlite3.connect(self.path)
        try:
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.schema_version = self._migrate()
        except sqlite3.DatabaseError as err:  # another kind of file given as the store
            self.db.close()
            raise sqlite3.DatabaseError(f"{self.path}: not a sitrep store ({err})") from None

    def _migrate(self) -> int:
        current: int = self.db.execute("PRAGMA user_version").fetchone()[0]
        for version, sql in migrations():
            if version > current:
                with self.db:
                    self.db.executescript(f"BEGIN;\n{sql}\nPRAGMA user_version={version};")
                current = version
        return current

    def add(self, items: Iterable[Stored]) -> AddResult:
        added = duplicates = 0
        with self.db:
            for item in items:
                if self._add_one(item):
                    added += 1
                else:
                    duplicates += 1
        return AddResult(added, duplicates)

    def _add_one(self, item: Stored) -> bool:
        ex = item.extraction
        art = ex.article
        cur = self.db.execute(
            "INSERT OR IGNORE INTO articles (sha256, id, source, url, title, published,"
            " published_inferred, published_reason, format, encoding, raw, original,"
            " article_json, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                art.sha256, art.id, item.source, art.url, art.title, art.published,
                int(art.published_inferred), art.published_reason, art.format, art.encoding,
                item.raw, art.original, json.dumps(article_json(art)),
                datetime.now(UTC).isoformat(timespec="seconds"),
            ),
        )  # fmt: skip
        if cur.rowcount == 0:
            return False
        for event in (*ex.events, *ex.mentions):
            self._add_event(event, art.sha256)
        return True

    def _add_event(self, event: Event, article_sha256: str) -> None:
        values = [_column(event, c) for c in EVENT_COLUMNS]
        self.db.execute(_INSERT_EVENT, [*values, article_sha256, int(event.is_event)])
        self.db.executemany(
            'INSERT INTO evidence (event_id, field, text, start, "end") VALUES (?,?,?,?,?)',
            [(event.event_id, e.field, e.text, e.start, e.end) for e in event.evidence],
        )

    def events(self, *, mentions: bool = False, limit: int | None = None) -> Iterator[Event]:
        sql = _SELECT_EVENTS + (f" LIMIT {int(limit)}" if limit else "")
        rows = self.db.execute(sql, (int(not mentions),))
        for row in rows.fetchall():
            record = dict(zip(EVENT_COLUMNS, row, strict=True))
            yield _event(record, self._evidence(record["event_id"]))

    def _evidence(self, event_id: str) -> tuple[Evidence, ...]:
        rows = self.db.execute(
            'SELECT field, text, start, "end" FROM evidence WHERE event_id = ? ORDER BY start',
            (event_id,),
        )
        return tuple(Evidence(*r) for r in rows)

    def count(self) -> dict[str, int]:
        one = self.db.execute
        return {
            "articles": one("SELECT count(*) FROM articles").fetchone()[0],
            "events": one("SELECT count(*) FROM events WHERE is_event = 1").fetchone()[0],
            "mentions": one("SELECT count(*) FROM events WHERE is_event = 0").fetchone()[0],
        }

    def close(self) -> None:
        self.db.close()


def _column(event: Event, name: str) -> object:
    value = getattr(event, name)
    if isinstance(value, bool):
        return int(value)
    return str(value) if isinstance(value, Certainty | Factuality) else value


def _event(record: dict[str, object], evidence: tuple[Evidence, ...]) -> Event:
    record["civilian_targeting"] = bool(record["civilian_targeting"])
    record["certainty"] = Certainty(str(record["certainty"]))
    record["factuality"] = Factuality(str(record["factuality"]))
    record["fatalities"] = record["fatalities"] or 0
    return Event(evidence=evidence, **record)  # type: ignore[arg-type]
