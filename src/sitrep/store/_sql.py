"""The store's logic in plain SQL, shared by every backend; dialects supply the connection.

Writes run in one transaction each (serialised: SQLite's write lock, PostgreSQL's advisory
lock) and append to the custody log in that same transaction. Rows are only ever added;
the only values updated are the flags saying which row each view reads (`latest`,
`shown`, `machine`) and a document's latest version, all derived from the rows and checked
by `verify`.
"""

from __future__ import annotations

import contextlib
import functools
import json
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from types import TracebackType
from typing import Any, ClassVar, Concatenate, ParamSpec, Self, TypeVar, cast

from sitrep.model import Event, Evidence, Failure
from sitrep.serialize import article_json
from sitrep.store import _query, _schema
from sitrep.store._schema import CODING_COLUMNS, FIELDS, canonical, now, sha256
from sitrep.store.contract import (
    HIDDEN_STATES,
    ROLES,
    AddResult,
    ArticleRecord,
    ConflictError,
    EventPage,
    EventPoint,
    EventQuery,
    EventRecord,
    InvalidChange,
    LogEntry,
    NotFoundError,
    OnEvent,
    ReviewState,
    Revision,
    RevisionKind,
    Role,
    Stored,
    StoreError,
    User,
    VerifyReport,
    Version,
    View,
    coerce_changes,
)

P = ParamSpec("P")
R = TypeVar("R")
S = TypeVar("S", bound="SQLStore")
Row = dict[str, Any]

_SELECT_CODING = (
    "SELECT " + ", ".join(f"c.{c}" for c in (*CODING_COLUMNS, "latest", "shown", "machine"))
    + ", e.document, e.version, e.coded_by FROM codings c JOIN events e ON e.event_id = c.event_id"
)  # fmt: skip
_FLAG_COLUMNS = ("latest", "shown", "machine", "fulltext")
_INSERT_CODING = (
    f"INSERT INTO codings ({', '.join((*CODING_COLUMNS, *_FLAG_COLUMNS))})"
    f" VALUES ({', '.join('?' * (len(CODING_COLUMNS) + len(_FLAG_COLUMNS)))})"
)
_INSERT_VERSION = (
    f"INSERT INTO versions ({', '.join(_schema.VERSION_COLUMNS)})"
    f" VALUES ({', '.join('?' * len(_schema.VERSION_COLUMNS))})"
)
_INSERT_EVIDENCE = (
    'INSERT INTO evidence (event_id, revision, position, field, text, start, "end")'
    " VALUES (?, ?, ?, ?, ?, ?, ?)"
)
_PAGE = 500  # rows per round trip when walking a whole table


def guarded(method: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R]:
    """One lock per store, and driver errors turned into one-line `StoreError`s."""

    @functools.wraps(method)
    def wrapper(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with self._lock:
            try:
                return method(self, *args, **kwargs)
            except StoreError:
                raise
            except self.driver_errors as error:
                raise StoreError(f"{self.address}: {self.explain(error)}") from None

    return wrapper


class _Log:
    """Appends to the custody log inside the open write transaction."""

    def __init__(self, store: SQLStore) -> None:
        self.store = store
        self.head: tuple[int, str] | None = None

    def append(self, kind: str, subject: str, detail: Mapping[str, Any]) -> LogEntry:
        if self.head is None:
            last = self.store._rows(
                "SELECT position, hash FROM custody_log ORDER BY position DESC LIMIT 1"
            )
            self.head = (int(last[0][0]), str(last[0][1])) if last else (0, _schema.GENESIS)
        position, previous = self.head[0] + 1, self.head[1]
        at, text = now(), canonical(dict(detail))
        digest = _schema.entry_hash(position, at, kind, subject, text, previous)
        self.store._run(
            "INSERT INTO custody_log (position, at, kind, subject, detail, previous_hash, hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (position, at, kind, subject, text, previous, digest),
        )
        self.head = (position, digest)
        return LogEntry(position, at, kind, subject, dict(detail), previous, digest)


@dataclass(frozen=True)
class NewVersion:
    """A capture to store as a document's next version, with what intake made of it."""

    key: str
    sha256: str
    raw: bytes
    source: str
    url: str | None
    captured_at: str | None
    title: str | None
    published: str | None
    original: str
    article_json: str  # canonical JSON of the cleaned article
    provenance: dict[str, str]


@dataclass
class _Tally:
    added: int = 0
    duplicates: int = 0
    versions: int = 0
    mentions: int = 0


class SQLStore:
    """Everything of the `Store` contract that plain SQL can say; see `sqlite.py`, `postgres.py`."""

    dialect: ClassVar[str]
    driver_errors: ClassVar[tuple[type[Exception], ...]]
    document_errors: ClassVar[tuple[type[Exception], ...]]  # a bad document, not a bad store

    def __init__(self, address: str) -> None:
        self.address = address
        self.schema_version = 0
        self._lock = threading.RLock()

    # ------------------------------------------------------------ what a dialect supplies

    def _run(self, sql: str, params: Sequence[Any] = ()) -> Any:
        raise NotImplementedError

    def _run_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        raise NotImplementedError

    def _begin_write(self) -> None:
        raise NotImplementedError

    def _pipelined(self) -> contextlib.AbstractContextManager[Any]:
        """Send statements without waiting for each answer, where the driver can."""
        return contextlib.nullcontext()

    def _settle(self) -> None:
        """Wait for every statement sent so far (raising the first error among them)."""

    def _recover(self) -> None:
        """Make the connection usable again after a statement's error."""

    def _added(self, codings: int) -> None:
        """Called after a batch of `codings` new rows is committed (a backend may refresh
        its planner's statistics)."""

    def _text_match(self, words: list[str]) -> tuple[str, Any]:
        raise NotImplementedError

    def _page_of(self, query: EventQuery) -> str:
        """The table clause of a page's query (ordered, limited)."""
        return "codings c"

    def _all_of(self, query: EventQuery) -> str:
        """The table clause of a query that reads every match (a count, a grouping, points)."""
        return "codings c"

    def explain(self, error: BaseException) -> str:
        """The reason of a driver error in a few words."""
        return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__

    def _close(self) -> None:
        raise NotImplementedError

    def backup(self, path: Path) -> None:
        raise NotImplementedError

    # ------------------------------------------------------------ plumbing

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return list(self._run(sql, params).fetchall())

    def _dicts(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        cursor = self._run(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _value(self, sql: str, params: Sequence[Any] = ()) -> Any:
        rows = self._rows(sql, params)
        return rows[0][0] if rows else None

    @contextmanager
    def _writing(self) -> Iterator[_Log]:
        self._begin_write()
        try:
            log = _Log(self)
            yield log
            self._run("COMMIT")
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        with contextlib.suppress(*self.driver_errors):  # the error may have ended it already
            self._run("ROLLBACK")

    @guarded
    def close(self) -> None:
        self._close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # ------------------------------------------------------------ documents and versions

    @guarded
    def add(self, items: Iterable[Stored], *, on_event: OnEvent | None = None) -> AddResult:
        tally, failures, records = _Tally(), [], list[EventRecord]()
        with self._writing() as log, self._pipelined():
            for item in items:
                head = log.head
                self._run("SAVEPOINT document")
                try:
                    outcome, stored = self._add_one(log, item)
                    self._settle()  # a server's error with this document surfaces here
                except self.document_errors as error:
                    self._recover()
                    self._run("ROLLBACK TO SAVEPOINT document")
                    log.head = head
                    failures.append(Failure(item.source, f"not stored: {self.explain(error)}"))
                    continue
                finally:
                    self._run("RELEASE SAVEPOINT document")
                setattr(tally, outcome, getattr(tally, outcome) + 1)
                records.extend(r for r in stored if r.event.is_event)
                tally.mentions += sum(1 for r in stored if not r.event.is_event)
        self._added(len(records) + tally.mentions)
        for record in records if on_event else ():
            cast(OnEvent, on_event)(record)
        return AddResult(
            tally.added, tally.duplicates, tally.versions,
            tuple(r.event.event_id for r in records), tally.mentions, tuple(failures),
        )  # fmt: skip

    def _add_one(self, log: _Log, item: Stored) -> tuple[str, list[EventRecord]]:
        key, digest = item.identity, sha256(item.raw)
        latest = self._rows(
            "SELECT d.tag, d.latest, v.sha256 FROM documents d JOIN versions v"
            " ON v.document = d.key AND v.number = d.latest WHERE d.key = ?",
            (key,),
        )
        if latest and latest[0][2] == digest:
            return "duplicates", []
        if not latest and self._value("SELECT 1 FROM versions WHERE sha256 = ?", (digest,)):
            return "duplicates", []  # the same bytes under another name: a copy, not news
        article = item.extraction.article
        capture = NewVersion(
            key, digest, item.raw, item.source, item.url or article.url, item.captured_at,
            article.title, article.published, article.original, canonical(article_json(article)),
            dict(item.provenance),
        )  # fmt: skip
        head = (str(latest[0][0]), int(latest[0][1])) if latest else None
        records = self._store_version(
            log, capture, item.extraction.events, item.extraction.mentions, head=head
        )
        return ("versions" if latest else "added"), records

    def _store_version(
        self, log: _Log, new: NewVersion, events: Sequence[Event], mentions: Sequence[Event],
        *, head: tuple[str, int] | None | bool = True,
    ) -> list[EventRecord]:  # fmt: skip
        """Store a capture as the next version of its document (`head`: its tag and latest
        version, None for a new document, True to look them up)."""
        at, key = now(), new.key
        known = head
        if head is True:
            rows = self._rows("SELECT tag, latest FROM documents WHERE key = ?", (key,))
            known = (str(rows[0][0]), int(rows[0][1])) if rows else None
        if isinstance(known, tuple):
            tag, number = known[0], known[1] + 1
        else:
            tag, number = self._new_tag(key), 1
            self._run(
                "INSERT INTO documents (key, tag, latest, created_at) VALUES (?, ?, 0, ?)",
                (key, tag, at),
            )
        self._run(
            "INSERT INTO captures (sha256, raw, size, stored_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (sha256) DO NOTHING",
            (new.sha256, new.raw, len(new.raw), at),
        )
        coded_by = canonical(new.provenance)
        version = {
            "document": key, "number": number, "sha256": new.sha256,
            "captured_at": new.captured_at or at, "stored_at": at, "source": new.source,
            "url": new.url, "title": new.title, "published": new.published,
            "original": new.original, "article_json": new.article_json, "coded_by": coded_by,
        }  # fmt: skip
        self._run(_INSERT_VERSION, [version[c] for c in _schema.VERSION_COLUMNS])
        self._run(  # the older versions leave the current and machine views
            "UPDATE codings SET shown = 0, machine = 0 WHERE (shown = 1 OR machine = 1)"
            " AND event_id IN (SELECT event_id FROM events WHERE document = ?)",
            (key,),
        )
        self._run("UPDATE documents SET latest = ? WHERE key = ?", (number, key))
        log.append(
            "capture", new.sha256,
            {"document": key, "version": number, "source": new.source, "url": new.url,
             "captured_at": version["captured_at"], "size": len(new.raw),
             "version_hash": _schema.version_hash(version)},
        )  # fmt: skip
        return self._store_events(log, key, tag, number, (*events, *mentions), coded_by, at)

    def _store_events(
        self, log: _Log, key: str, tag: str, number: int, coded: Sequence[Event],
        coded_by: str, at: str,
    ) -> list[EventRecord]:  # fmt: skip
        """The machine's coding of one version: all its rows in one statement per table."""
        hashes, records, events, codings, evidence = {}, [], [], [], []
        provenance = json.loads(coded_by)
        for position, event in enumerate(coded, start=1):
            event_id = f"{tag}-{number}-{position}"
            events.append((event_id, key, number, position, coded_by))
            row = {
                "event_id": event_id, "revision": 1, "kind": "coded", "user_name": "sitrep",
                "at": at, "reason": "", "based_on": None, "changes": "{}",
                "review": "unreviewed", "is_event": int(event.is_event),
                **_schema.event_fields(event),
                "evidence_revision": 1, "sources": canonical([key]), "merged_into": None,
            }  # fmt: skip
            codings.append(_coding_values(row, event.evidence, shown=True, machine=True))
            spans = _evidence_rows(event_id, 1, event.evidence)
            evidence.extend(spans)
            hashes[event_id] = _schema.coding_hash(row, [r[3:] for r in spans])
            stored = replace(event, event_id=event_id, article_id=key)
            records.append(
                EventRecord(stored, 1, "unreviewed", key, number, provenance, (key,), None, 1)
            )
        if events:
            self._run_many(
                "INSERT INTO events (event_id, document, version, position, origin, coded_by)"
                " VALUES (?, ?, ?, ?, 'machine', ?)",
                events,
            )
            self._run_many(_INSERT_CODING, codings)
        if evidence:
            self._run_many(_INSERT_EVIDENCE, evidence)
        log.append(
            "coded", f"{key}#{number}",
            {"document": key, "version": number, "coded_by": provenance, "events": hashes},
        )  # fmt: skip
        return records

    def _new_tag(self, key: str) -> str:
        """A short id for a document, unique in this store (a longer prefix on a clash)."""
        digest = sha256(key)
        for size in range(12, 65, 4):
            if not self._value("SELECT 1 FROM documents WHERE tag = ?", (digest[:size],)):
                return digest[:size]
        raise StoreError(f"{self.address}: no free id for document {key!r}")  # pragma: no cover

    def _insert_coding(
        self, row: Row, new_evidence: Sequence[Evidence] | None,
        all_evidence: Sequence[Evidence], shown: bool, machine: bool,
    ) -> str:  # fmt: skip
        """Insert one revision row (and the evidence it sets); returns the row's hash."""
        self._run(_INSERT_CODING, _coding_values(row, all_evidence, shown=shown, machine=machine))
        spans = _evidence_rows(row["event_id"], row["revision"], new_evidence or ())
        if spans:
            self._run_many(_INSERT_EVIDENCE, spans)
        return _schema.coding_hash(row, [r[3:] for r in spans])

    @guarded
    def known(self, key: str, sha256: str) -> bool:
        last = self._value(
            "SELECT v.sha256 FROM documents d JOIN versions v ON v.document = d.key"
            " AND v.number = d.latest WHERE d.key = ?",
            (key,),
        )
        if last is not None:
            return bool(last == sha256)
        return bool(self._value("SELECT 1 FROM versions WHERE sha256 = ?", (sha256,)))

    @guarded
    def document_versions(self, key: str) -> list[Version]:
        rows = self._dicts(
            "SELECT v.document, v.number, v.sha256, v.captured_at, v.stored_at, v.source, v.url,"
            " v.title, v.published, v.coded_by,"
            " (SELECT count(*) FROM events e JOIN codings c ON c.event_id = e.event_id"
            "  AND c.revision = 1 WHERE e.document = v.document AND e.version = v.number"
            "  AND e.origin = 'machine' AND c.is_event = 1) AS events,"
            " (SELECT count(*) FROM events e JOIN codings c ON c.event_id = e.event_id"
            "  AND c.revision = 1 WHERE e.document = v.document AND e.version = v.number"
            "  AND e.origin = 'machine' AND c.is_event = 0) AS mentions"
            " FROM versions v WHERE v.document = ? ORDER BY v.number",
            (key,),
        )
        if not rows:
            raise NotFoundError(f"{self.address}: no document {key!r}")
        return [_version(r) for r in rows]

    @guarded
    def article(self, key: str, version: int | None = None) -> ArticleRecord:
        number = version or self._value("SELECT latest FROM documents WHERE key = ?", (key,))
        rows = self._dicts(
            "SELECT v.*, 0 AS events, 0 AS mentions FROM versions v"
            " WHERE v.document = ? AND v.number = ?",
            (key, number),
        )
        if not rows:
            raise NotFoundError(f"{self.address}: no document {key!r} version {version or ''}")
        coded = self._rows(
            "SELECT e.event_id, c.is_event FROM events e JOIN codings c"
            " ON c.event_id = e.event_id AND c.revision = 1"
            " WHERE e.document = ? AND e.version = ? AND e.origin = 'machine' ORDER BY e.position",
            (key, number),
        )
        events = tuple(str(i) for i, is_event in coded if is_event)
        mentions = tuple(str(i) for i, is_event in coded if not is_event)
        head = replace(_version(rows[0]), events=len(events), mentions=len(mentions))
        return ArticleRecord(
            head, json.loads(rows[0]["article_json"]), rows[0]["original"], events, mentions
        )

    @guarded
    def capture(self, sha256: str) -> bytes:
        raw = self._value("SELECT raw FROM captures WHERE sha256 = ?", (sha256,))
        if raw is None:
            raise NotFoundError(f"{self.address}: no capture {sha256}")
        return bytes(raw)

    @guarded
    def count(self) -> dict[str, int]:
        names = ("documents", "versions", "captures", "events", "mentions", "revisions",
                 "log_entries")  # fmt: skip
        values = self._rows(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM versions),"
            " (SELECT count(*) FROM captures),"
            " (SELECT count(*) FROM codings WHERE shown = 1 AND is_event = 1),"
            " (SELECT count(*) FROM codings WHERE shown = 1 AND is_event = 0),"
            " (SELECT count(*) FROM codings), (SELECT count(*) FROM custody_log)"
        )[0]
        return {n: int(v) for n, v in zip(names, values, strict=True)}

    # ------------------------------------------------------------ reading events

    @guarded
    def events(self, query: EventQuery = EventQuery()) -> EventPage:  # noqa: B008 (frozen)
        plan = _query.plan(query, self._text_match)
        # The page's row ids first, then their rows: a sort that no index gives (a map box by
        # date, say) then orders a few keys per match instead of whole rows.
        rows = self._dicts(
            f"{_SELECT_CODING} JOIN (SELECT c.id FROM {self._page_of(query)} WHERE {plan.where}"
            f" ORDER BY {plan.order} LIMIT ?) AS page ON page.id = c.id ORDER BY {plan.order}",
            (*plan.params, query.limit + 1),
        )
        following = None
        if len(rows) > query.limit:
            rows = rows[: query.limit]
            last = rows[-1]
            following = _query.encode_cursor(query.sort, [last[k] for k in plan.keys])
        return EventPage(tuple(self._records(rows, query.view)), following)

    def iter_events(self, query: EventQuery = EventQuery()) -> Iterator[EventRecord]:  # noqa: B008
        """Every event the query matches, page after page (`limit` is the page size)."""
        while True:
            page = self.events(query)
            yield from page.events
            if page.next is None:
                return
            query = replace(query, cursor=page.next)

    @guarded
    def count_events(self, query: EventQuery = EventQuery()) -> int:  # noqa: B008
        plan = _query.plan(replace(query, cursor=None), self._text_match)
        sql = f"SELECT count(*) FROM {self._all_of(query)} WHERE {plan.where}"
        return int(self._value(sql, plan.params))

    @guarded
    def points(self, query: EventQuery = EventQuery(), *, limit: int = 50_000) -> list[EventPoint]:  # noqa: B008
        plan = _query.plan(replace(query, cursor=None, sort="event_date"), self._text_match)
        rows = self._rows(
            "SELECT c.event_id, c.latitude, c.longitude, c.event_type, c.sub_event_type,"
            f" c.event_date, c.fatalities, c.location FROM {self._all_of(query)}"
            f" WHERE {plan.where} AND c.latitude IS NOT NULL AND c.longitude IS NOT NULL"
            f" ORDER BY {plan.order} LIMIT ?",
            (*plan.params, limit),
        )
        return [
            EventPoint(i, lat, lon, t, s, d or None, f, loc or None)
            for i, lat, lon, t, s, d, f, loc in rows
        ]

    @guarded
    def map_cells(
        self, query: EventQuery, size: float
    ) -> list[tuple[int, int, str, int, float, float]]:
        """Matching located events counted per cell of `size` degrees and type: (row, column,
        event_type, events, mean latitude, mean longitude). Cells are numbered from the
        south-west; a backend may round rather than truncate, which only shifts the grid."""
        plan = _query.plan(replace(query, cursor=None), self._text_match)
        rows = self._rows(
            "SELECT CAST((c.latitude + 90.0) / ? AS INTEGER) AS cy,"
            " CAST((c.longitude + 540.0) / ? AS INTEGER) AS cx, c.event_type, count(*),"
            f" avg(c.latitude), avg(c.longitude) FROM {self._all_of(query)}"
            f" WHERE {plan.where} AND c.latitude IS NOT NULL AND c.longitude IS NOT NULL"
            " GROUP BY cy, cx, c.event_type",
            (size, size, *plan.params),
        )
        return [
            (int(y), int(x), str(kind or ""), int(n), float(lat), float(lon))
            for y, x, kind, n, lat, lon in rows
        ]

    @guarded
    def day_counts(self, query: EventQuery) -> list[tuple[str, str, int]]:
        """Matching events per day and type, for the timeline (undated events left out)."""
        plan = _query.plan(replace(query, cursor=None), self._text_match)
        # grouped by an expression when another column's index should find the rows: at
        # 100,000 events on SQLite a country's timeline took 500 ms walking the type index
        day = "c.event_date || ''" if _query.narrowed_by_a_column(query) else "c.event_date"
        rows = self._rows(
            f"SELECT {day} AS day, c.event_type, count(*) FROM {self._all_of(query)}"
            f" WHERE {plan.where} AND c.event_date IS NOT NULL AND c.event_date <> ''"
            " GROUP BY day, c.event_type ORDER BY day, c.event_type",
            plan.params,
        )
        return [(str(day), str(kind or ""), int(n)) for day, kind, n in rows]

    @guarded
    def event(self, event_id: str, *, view: View = "current") -> EventRecord:
        which = "c.revision = 1" if view == "machine" else "c.latest = 1"
        rows = self._dicts(f"{_SELECT_CODING} WHERE c.event_id = ? AND {which}", (event_id,))
        if view == "reviewed":
            rows = [r for r in rows if r["review"] in ("accepted", "edited")]
        if not rows:
            raise NotFoundError(f"{self.address}: no event {event_id!r} in the {view} view")
        return self._records(rows, view)[0]

    def _records(self, rows: list[Row], view: View) -> list[EventRecord]:
        """Records of coding rows, with all their evidence fetched in one query."""
        if not rows:
            return []
        ids = sorted({r["event_id"] for r in rows})
        marks = ", ".join("?" * len(ids))
        evidence: dict[tuple[str, int], list[Evidence]] = defaultdict(list)
        for event_id, revision, *fields in self._rows(
            f'SELECT event_id, revision, field, text, start, "end" FROM evidence'
            f" WHERE event_id IN ({marks}) ORDER BY event_id, revision, position",
            ids,
        ):
            evidence[(event_id, revision)].append(Evidence(*fields))
        latest = {r["event_id"]: (r["revision"], r["review"]) for r in rows if r["latest"]}
        if view == "machine":
            for event_id, revision, review in self._rows(
                f"SELECT event_id, revision, review FROM codings"
                f" WHERE latest = 1 AND event_id IN ({marks})",
                ids,
            ):
                latest[event_id] = (revision, review)
        return [_record(r, evidence, latest[r["event_id"]]) for r in rows]

    @guarded
    def history(self, event_id: str) -> list[Revision]:
        rows = self._dicts(
            "SELECT event_id, revision, kind, user_name, at, changes, review, reason, based_on"
            " FROM codings WHERE event_id = ? ORDER BY revision",
            (event_id,),
        )
        if not rows:
            raise NotFoundError(f"{self.address}: no event {event_id!r}")
        return [_revision(r) for r in rows]

    # ------------------------------------------------------------ review

    @guarded
    def revise(
        self, event_id: str, changes: Mapping[str, Any], *, user: str, reason: str,
        base_revision: int | None = None,
    ) -> Revision:  # fmt: skip
        wanted = coerce_changes(changes)
        if not wanted:
            raise InvalidChange(f"event {event_id}: no change given")
        with self._writing() as log:
            current = self._current(event_id, base_revision, editable=True)
            return self._append(log, current, "edit", user, reason, base_revision, "edited",
                                wanted, require_change=True)  # fmt: skip

    @guarded
    def accept(self, event_id: str, *, user: str, base_revision: int | None = None) -> Revision:
        with self._writing() as log:
            current = self._current(event_id, base_revision, editable=True)
            return self._append(log, current, "accept", user, "", base_revision, "accepted", {})

    @guarded
    def reject(
        self, event_id: str, *, user: str, reason: str, base_revision: int | None = None
    ) -> Revision:
        if not reason.strip():
            raise InvalidChange(f"event {event_id}: a rejection needs a reason")
        with self._writing() as log:
            current = self._current(event_id, base_revision, editable=True)
            return self._append(log, current, "reject", user, reason, base_revision, "rejected", {})

    @guarded
    def restore(
        self, event_id: str, number: int, *, user: str, reason: str = "",
        base_revision: int | None = None,
    ) -> Revision:  # fmt: skip
        with self._writing() as log:
            current = self._current(event_id, base_revision, editable=False)
            target = self._dicts(
                f"{_SELECT_CODING} WHERE c.event_id = ? AND c.revision = ?", (event_id, number)
            )
            if not target:
                raise NotFoundError(f"{self.address}: event {event_id} has no revision {number}")
            old = target[0]
            review: ReviewState = "accepted" if old["review"] == "unreviewed" else old["review"]
            fields = {n: _schema.from_column(n, old[n]) for n in FIELDS}
            return self._append(
                log, current, "restore", user, reason or f"restore revision {number}",
                base_revision, review, fields, evidence=int(old["evidence_revision"]),
                sources=json.loads(old["sources"]), merged_into=old["merged_into"],
            )  # fmt: skip

    @guarded
    def merge(
        self, event_ids: Sequence[str], *, user: str, reason: str,
        changes: Mapping[str, Any] | None = None,
        base_revisions: Mapping[str, int] | None = None,
    ) -> Revision:  # fmt: skip
        ids = list(dict.fromkeys(event_ids))
        if len(ids) < 2:
            raise InvalidChange("a merge needs two events or more")
        wanted = coerce_changes(changes or {})
        bases = base_revisions or {}
        with self._writing() as log:
            rows = [self._current(i, bases.get(i), editable=True) for i in ids]
            sources = list(dict.fromkeys(s for r in rows for s in json.loads(r["sources"])))
            outlets = dict.fromkeys(r["source"] for r in rows if r["source"])
            if "source" not in wanted and len(outlets) > 1:
                wanted["source"] = "; ".join(outlets)
            survivor, *absorbed = rows
            for row in absorbed:
                self._append(log, row, "merge", user, reason, bases.get(row["event_id"]),
                             "merged", {}, merged_into=survivor["event_id"])  # fmt: skip
            return self._append(
                log, survivor, "merge", user, reason, bases.get(survivor["event_id"]), "edited",
                wanted, sources=sources,
            )  # fmt: skip

    @guarded
    def split(
        self, event_id: str, parts: Sequence[Mapping[str, Any]], *, user: str, reason: str,
        base_revision: int | None = None,
    ) -> list[Revision]:  # fmt: skip
        wanted = [coerce_changes(p) for p in parts]
        if len(wanted) < 2:
            raise InvalidChange("a split needs two parts or more")
        with self._writing() as log:
            parent = self._current(event_id, base_revision, editable=True)
            first = int(self._value("SELECT count(*) FROM events WHERE origin = ?", (event_id,)))
            ids = [f"{event_id}.{first + k}" for k in range(1, len(wanted) + 1)]
            made = [
                self._split_part(log, parent, i, p, user, reason)
                for i, p in zip(ids, wanted, strict=True)
            ]
            top = self._append(
                log,
                parent,
                "split",
                user,
                reason,
                base_revision,
                "split",
                {},
                extra={"split_into": [None, ids]},
            )
            return [top, *made]

    def _split_part(
        self, log: _Log, parent: Row, part_id: str, changes: dict[str, Any], user: str, reason: str
    ) -> Revision:
        self._run(
            "INSERT INTO events (event_id, document, version, position, origin, coded_by)"
            " SELECT ?, document, version, position, event_id, coded_by FROM events"
            " WHERE event_id = ?",
            (part_id, parent["event_id"]),
        )
        start = {**parent, "event_id": part_id, "revision": 0, "review": "unreviewed"}
        return self._append(
            log,
            start,
            "split",
            user,
            reason,
            None,
            "edited",
            changes,
            extra={"split_from": [None, parent["event_id"]]},
            fresh=True,
        )

    def _current(self, event_id: str, base: int | None, *, editable: bool) -> Row:
        rows = self._dicts(f"{_SELECT_CODING} WHERE c.event_id = ? AND c.latest = 1", (event_id,))
        if not rows:
            raise NotFoundError(f"{self.address}: no event {event_id!r}")
        row = rows[0]
        if base is not None and base != row["revision"]:
            raise ConflictError(event_id, base, int(row["revision"]))
        if editable and row["review"] in ("merged", "split"):
            into = f" into {row['merged_into']}" if row["merged_into"] else ""
            raise InvalidChange(
                f"event {event_id} was {row['review']}{into}; restore a revision first"
            )
        return row

    def _evidence_of(self, event_id: str, revision: int) -> list[Evidence]:
        return [
            Evidence(*r)
            for r in self._rows(
                'SELECT field, text, start, "end" FROM evidence WHERE event_id = ?'
                " AND revision = ? ORDER BY position",
                (event_id, revision),
            )
        ]

    def _append(
        self, log: _Log, current: Row, kind: RevisionKind, user: str, reason: str,
        based_on: int | None, review: ReviewState, fields: Mapping[str, Any], *,
        evidence: int | None = None, sources: list[str] | None = None,
        merged_into: str | None = None, extra: Mapping[str, Any] | None = None,
        require_change: bool = False, fresh: bool = False,
    ) -> Revision:  # fmt: skip
        """Add the revision after `current`: its fields changed by `fields` (evidence too)."""
        event_id, number = current["event_id"], int(current["revision"]) + 1
        source_id = event_id
        if fresh:  # a split part starts from its parent's values and evidence
            source_id = (extra or {})["split_from"][1]
        old_evidence = self._evidence_of(source_id, int(current["evidence_revision"]))
        row = {c: current[c] for c in CODING_COLUMNS}
        diff: dict[str, list[Any]] = {}
        for name, value in fields.items():
            if name == "evidence":
                continue
            stored = _schema.to_column(name, value)
            if stored != row[name] or fresh:
                diff[name] = [_schema.from_column(name, row[name]), _schema.plain(name, value)]
                row[name] = stored
        new_evidence: Sequence[Evidence] | None = None
        evidence_revision = int(current["evidence_revision"])
        if "evidence" in fields or fresh:
            new_evidence = tuple(fields.get("evidence", old_evidence))
            diff["evidence"] = [_schema.plain("evidence", old_evidence),
                                _schema.plain("evidence", new_evidence)]  # fmt: skip
            evidence_revision = number
        elif evidence is not None:
            evidence_revision = evidence
            if evidence != int(current["evidence_revision"]):
                diff["evidence"] = [
                    _schema.plain("evidence", old_evidence),
                    _schema.plain("evidence", self._evidence_of(event_id, evidence)),
                ]
        if require_change and not diff:
            raise InvalidChange(f"event {event_id}: the values given are the current ones")
        new_sources = canonical(sources) if sources is not None else current["sources"]
        if new_sources != current["sources"]:
            diff["sources"] = [json.loads(current["sources"]), sources]
        if merged_into != current["merged_into"] and not fresh:
            diff["merged_into"] = [current["merged_into"], merged_into]
        if review != current["review"] and not fresh:
            diff["review"] = [current["review"], review]
        diff.update(extra or {})
        at = now()
        factuality = _schema.from_column("factuality", row["factuality"])
        row.update(
            revision=number, kind=kind, user_name=user, at=at, reason=reason, based_on=based_on,
            changes=canonical(diff), review=review, is_event=int(factuality.is_event),
            evidence_revision=evidence_revision, sources=new_sources, merged_into=merged_into,
        )  # fmt: skip
        self._run("UPDATE codings SET latest = 0, shown = 0 WHERE event_id = ? AND latest = 1",
                  (event_id,))  # fmt: skip
        live = self._value(
            "SELECT 1 FROM events e JOIN documents d ON d.key = e.document"
            " WHERE e.event_id = ? AND e.version = d.latest",
            (event_id,),
        )
        shown = bool(live) and review not in HIDDEN_STATES
        text_evidence = new_evidence
        if text_evidence is None:
            text_evidence = self._evidence_of(event_id, evidence_revision)
        digest = self._insert_coding(row, new_evidence, text_evidence, shown, False)
        log.append("revision", event_id,
                   {"revision": number, "kind": kind, "user": user, "hash": digest})  # fmt: skip
        return _revision(row)

    # ------------------------------------------------------------ accounts

    @guarded
    def add_user(self, name: str, role: Role, password_hash: str | None, *, by: str) -> User:
        if role not in ROLES:
            raise InvalidChange(f"role: {role!r} is not one of {', '.join(ROLES)}")
        if not name.strip() or name != name.strip():
            raise InvalidChange(f"user name {name!r}: empty or with spaces around it")
        with self._writing() as log:
            if self._value("SELECT 1 FROM users WHERE name = ?", (name,)):
                raise InvalidChange(f"{self.address}: user {name!r} exists already")
            at = now()
            self._run(
                "INSERT INTO users (name, role, password_hash, disabled, created_at)"
                " VALUES (?, ?, ?, 0, ?)",
                (name, role, password_hash, at),
            )
            log.append("user", name, {"action": "add", "role": role, "by": by})
        return User(name, role, False, at)

    @guarded
    def users(self) -> list[User]:
        rows = self._rows("SELECT name, role, disabled, created_at FROM users ORDER BY name")
        return [User(n, r, bool(d), c) for n, r, d, c in rows]

    @guarded
    def user(self, name: str) -> tuple[User, str | None]:
        rows = self._rows(
            "SELECT name, role, disabled, created_at, password_hash FROM users WHERE name = ?",
            (name,),
        )
        if not rows:
            raise NotFoundError(f"{self.address}: no user {name!r}")
        n, r, d, c, password = rows[0]
        return User(n, r, bool(d), c), password

    @guarded
    def disable_user(self, name: str, *, by: str) -> None:
        with self._writing() as log:
            self._existing_user(name)
            self._run("UPDATE users SET disabled = 1 WHERE name = ?", (name,))
            self._run("UPDATE tokens SET revoked_at = ? WHERE user_name = ? AND revoked_at IS NULL",
                      (now(), name))  # fmt: skip
            log.append("user", name, {"action": "disable", "by": by})

    @guarded
    def set_password(self, name: str, password_hash: str, *, by: str) -> None:
        with self._writing() as log:
            self._existing_user(name)
            self._run("UPDATE users SET password_hash = ? WHERE name = ?", (password_hash, name))
            log.append("user", name, {"action": "password", "by": by})

    @guarded
    def add_token(self, user: str, token_id: str, token_hash: str, *, by: str) -> None:
        with self._writing() as log:
            if self._existing_user(user):
                raise InvalidChange(f"{self.address}: user {user!r} is disabled")
            if self._value("SELECT 1 FROM tokens WHERE token_id = ?", (token_id,)):
                raise InvalidChange(f"{self.address}: token {token_id!r} exists already")
            self._run(
                "INSERT INTO tokens (token_id, user_name, token_hash, created_at)"
                " VALUES (?, ?, ?, ?)",
                (token_id, user, token_hash, now()),
            )
            log.append("token", token_id, {"action": "create", "user": user, "by": by})

    @guarded
    def token(self, token_id: str) -> tuple[User, str]:
        rows = self._rows(
            "SELECT u.name, u.role, u.disabled, u.created_at, t.token_hash FROM tokens t"
            " JOIN users u ON u.name = t.user_name"
            " WHERE t.token_id = ? AND t.revoked_at IS NULL AND u.disabled = 0",
            (token_id,),
        )
        if not rows:
            raise NotFoundError(f"{self.address}: no valid token {token_id!r}")
        n, r, d, c, digest = rows[0]
        return User(n, r, bool(d), c), digest

    @guarded
    def revoke_token(self, token_id: str, *, by: str) -> None:
        with self._writing() as log:
            if not self._value("SELECT 1 FROM tokens WHERE token_id = ?", (token_id,)):
                raise NotFoundError(f"{self.address}: no token {token_id!r}")
            self._run("UPDATE tokens SET revoked_at = ? WHERE token_id = ?", (now(), token_id))
            log.append("token", token_id, {"action": "revoke", "by": by})

    def _existing_user(self, name: str) -> bool:
        """Whether the user is disabled; raises `NotFoundError` for an unknown one."""
        disabled = self._value("SELECT disabled FROM users WHERE name = ?", (name,))
        if disabled is None:
            raise NotFoundError(f"{self.address}: no user {name!r}")
        return bool(disabled)

    # ------------------------------------------------------------ the custody log

    @guarded
    def log(self, kind: str, subject: str, detail: Mapping[str, Any]) -> LogEntry:
        with self._writing() as log:
            return log.append(kind, subject, detail)

    def log_entries(self, since: int = 0) -> Iterator[LogEntry]:
        """Entries after position `since`, in order."""
        while True:
            page = self._log_page(since)
            for entry in page:
                yield entry
                since = entry.position
            if len(page) < _PAGE:
                return

    @guarded
    def last_change(self) -> int:
        return int(self._value("SELECT coalesce(max(position), 0) FROM custody_log", ()))

    @guarded
    def _log_page(self, since: int) -> list[LogEntry]:
        rows = self._rows(
            "SELECT position, at, kind, subject, detail, previous_hash, hash FROM custody_log"
            " WHERE position > ? ORDER BY position LIMIT ?",
            (since, _PAGE),
        )
        return [LogEntry(p, a, k, s, _json_or_text(d), ph, h) for p, a, k, s, d, ph, h in rows]

    @guarded
    def verify(self) -> VerifyReport:
        from sitrep.store._verify import Verifier

        return Verifier(self).run()


def _coding_values(
    row: Row, evidence: Sequence[Evidence], *, shown: bool, machine: bool
) -> list[Any]:
    text = _schema.fulltext(row, evidence)
    return [*(row[c] for c in CODING_COLUMNS), 1, int(shown), int(machine), text]


def _evidence_rows(
    event_id: str, revision: int, evidence: Sequence[Evidence]
) -> list[tuple[Any, ...]]:
    return [
        (event_id, revision, i, e.field, e.text, e.start, e.end) for i, e in enumerate(evidence)
    ]


def _json_or_text(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {"unreadable": text}
    return value if isinstance(value, dict) else {"value": value}


def _version(row: Row) -> Version:
    return Version(
        row["document"], int(row["number"]), row["sha256"], row["captured_at"], row["stored_at"],
        row["source"], row["url"], row["title"], row["published"], int(row["events"]),
        int(row["mentions"]), json.loads(row["coded_by"]),
    )  # fmt: skip


def _record(
    row: Row, evidence: Mapping[tuple[str, int], list[Evidence]], latest: tuple[int, str]
) -> EventRecord:
    event = _schema.make_event(
        row, evidence.get((row["event_id"], int(row["evidence_revision"])), []), row["document"]
    )
    review = latest[1] if row["revision"] == 1 and not row["latest"] else row["review"]
    return EventRecord(
        event, int(row["revision"]), cast(ReviewState, review), row["document"],
        int(row["version"]), _schema.parsed(row["coded_by"]), _schema.parsed(row["sources"]),
        row["merged_into"], int(latest[0]),
    )  # fmt: skip


def _revision(row: Row) -> Revision:
    changes = {k: tuple(v) for k, v in json.loads(row["changes"]).items()}
    return Revision(
        row["event_id"], int(row["revision"]), row["kind"], row["user_name"], row["at"],
        changes, row["review"], row["reason"], row["based_on"],
    )  # fmt: skip
