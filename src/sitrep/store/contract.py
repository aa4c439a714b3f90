"""The store contract: what every backend (SQLite, PostgreSQL) promises, and its records.

The CLI, the web app, the watcher and the batch loader talk to a store only through this.
Nothing is overwritten or hard-deleted: a changed capture is a new version of its document,
a changed event is a new revision, and every write appends to a hash-chained custody log.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, Protocol, Self, get_args

from sitrep.model import Certainty, Event, Evidence, Extraction, Factuality, Failure

View = Literal["machine", "reviewed", "current"]
ReviewState = Literal["unreviewed", "accepted", "edited", "rejected", "merged", "split"]
Role = Literal["viewer", "coder", "admin"]
RevisionKind = Literal["coded", "edit", "accept", "merge", "split", "reject", "restore"]

VIEWS: tuple[View, ...] = get_args(View)
REVIEW_STATES: tuple[ReviewState, ...] = get_args(ReviewState)
ROLES: tuple[Role, ...] = get_args(Role)
HIDDEN_STATES = ("rejected", "merged", "split")  # out of the current and reviewed views

# The coded fields of an event a reviewer may change, and the type each holds.
FIELD_TYPES: dict[str, type] = {
    "event_date": str, "time_precision": int, "event_type": str, "sub_event_type": str,
    "actor1": str, "assoc_actor_1": str, "actor2": str, "assoc_actor_2": str,
    "civilian_targeting": bool, "country": str, "iso": int, "admin1": str, "admin2": str,
    "location": str, "latitude": float, "longitude": float, "geo_precision": int,
    "fatalities": int, "notes": str, "source": str, "geonameid": int,
    "certainty": Certainty, "factuality": Factuality,
}  # fmt: skip
EDITABLE = (*FIELD_TYPES, "evidence")
SORTABLE = (
    "event_date", "fatalities", "country", "admin1", "location", "event_type",
    "sub_event_type", "actor1", "certainty", "event_id",
)  # fmt: skip


class StoreError(Exception):
    """The one error a backend raises: one line naming the store and the reason."""


class ConflictError(StoreError):
    """An edit based on a revision that is no longer the latest (someone else changed it)."""

    def __init__(self, event_id: str, base: int, latest: int) -> None:
        super().__init__(f"event {event_id}: edit based on revision {base}, latest is {latest}")
        self.event_id, self.base, self.latest = event_id, base, latest

    def __reduce__(self) -> tuple[Any, ...]:  # picklable despite the three-argument __init__
        return (type(self), (self.event_id, self.base, self.latest))


class NotFoundError(StoreError):
    """An unknown event, document, version, user or token."""


class InvalidChange(StoreError):
    """A change naming an unknown field or giving a value of the wrong type (the API's 422)."""


class InvalidQuery(StoreError):
    """A filter, sort or cursor that does not fit (the API's 422)."""


@dataclass(frozen=True)
class Stored:
    """One document handed to the store: its extraction and the capture it came from."""

    extraction: Extraction
    raw: bytes  # the bytes exactly as received
    source: str  # where it was read: path, "path:line", URL, WARC file#record
    key: str = ""  # the document's identity: URL, else JSONL id, else path under the root
    captured_at: str | None = None  # UTC ISO time of the fetch or read; now when None
    url: str | None = None
    provenance: Mapping[str, str] = field(default_factory=dict)  # sitrep version, knowledge digest

    @property
    def identity(self) -> str:
        """The document key: the given one, else the URL, else the article id."""
        return self.key or self.url or self.extraction.article.url or self.extraction.article.id


@dataclass(frozen=True)
class EventQuery:
    """Filters of the table, the API and the exports. `None` means no filter."""

    since: str | None = None  # ISO date, inclusive
    until: str | None = None  # ISO date, inclusive
    country: str | None = None
    admin1: str | None = None
    location: str | None = None  # the event's location name, exactly (the place page)
    actor: str | None = None  # equals actor1, actor2 or one of the associated actors
    type: str | None = None
    sub_type: str | None = None
    min_fatalities: int | None = None
    certainty: str | None = None
    review: ReviewState | None = None
    q: str | None = None  # words, all of them, in notes, actors, places or evidence
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    document: str | None = None  # one document's events
    mentions: bool = False  # the mentions kept apart instead of events
    view: View = "current"
    sort: str = "event_date"  # a SORTABLE column; "-event_date" for descending
    limit: int = 100
    cursor: str | None = None  # opaque, from `EventPage.next`


@dataclass(frozen=True)
class EventRecord:
    """An event as stored: the coded record in the asked view, with its review state."""

    event: Event  # fields of the view asked for; evidence included
    revision: int  # the revision shown (1 = the machine's coding)
    review: ReviewState
    document: str  # the document key
    version: int  # the document version the event was coded from
    coded_by: Mapping[str, str]  # {"sitrep": version, "knowledge": digest}
    sources: tuple[str, ...] = ()  # documents reporting it (several once merged)
    merged_into: str | None = None
    latest: int = 0  # the event's latest revision (differs from `revision` in the machine view)


@dataclass(frozen=True)
class EventPoint:
    """What a map needs of an event, read without its evidence (fast for many thousands)."""

    event_id: str
    latitude: float
    longitude: float
    event_type: str
    sub_event_type: str
    event_date: str | None
    fatalities: int
    location: str | None


@dataclass(frozen=True)
class EventPage:
    events: tuple[EventRecord, ...]
    next: str | None  # cursor of the next page, None at the end


@dataclass(frozen=True)
class Revision:
    event_id: str
    number: int
    kind: RevisionKind
    user: str  # "sitrep" for the machine
    at: str  # UTC ISO time
    changes: Mapping[str, tuple[Any, Any]]  # field -> (old, new)
    review: ReviewState  # the review state this revision leaves
    reason: str = ""
    based_on: int | None = None


@dataclass(frozen=True)
class Version:
    document: str
    number: int
    sha256: str
    captured_at: str
    stored_at: str
    source: str
    url: str | None
    title: str | None
    published: str | None
    events: int
    mentions: int
    coded_by: Mapping[str, str]


@dataclass(frozen=True)
class ArticleRecord:
    """One stored version of a document: the cleaned article and the text evidence points into."""

    version: Version
    article: Mapping[str, Any]  # as `sitrep extract` prints it
    original: str  # the decoded capture; every evidence offset points into it
    event_ids: tuple[str, ...]
    mention_ids: tuple[str, ...]


@dataclass(frozen=True)
class AddResult:
    added: int  # documents stored as a new document
    duplicates: int  # documents whose bytes were stored before (nothing added)
    versions: int = 0  # known documents whose bytes changed: stored as a new version
    event_ids: tuple[str, ...] = ()  # events (not mentions) stored by this call
    mentions: int = 0
    failures: tuple[Failure, ...] = ()  # documents the store refused, each with the reason


@dataclass(frozen=True)
class VerifyReport:
    captures: int
    events: int
    revisions: int
    log_entries: int
    problems: tuple[str, ...]  # one line each: the capture, event or log position, what is wrong

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        return (
            f"verified {self.captures} captures, {self.events} events, "
            f"{self.revisions} revisions, {self.log_entries} log entries"
        )


@dataclass(frozen=True)
class User:
    name: str
    role: Role
    disabled: bool
    created_at: str


@dataclass(frozen=True)
class LogEntry:
    position: int
    at: str
    kind: str  # "capture", "coded", "revision", "user", "token", "export", "backup", ...
    subject: str  # what it is about (a capture sha256, an event id, a user name, ...)
    detail: Mapping[str, Any]
    previous_hash: str
    hash: str


OnEvent = Callable[[EventRecord], None]


class Store(Protocol):
    """Every backend implements all of this; `tests/test_store_contract.py` runs it on both."""

    address: str
    schema_version: int

    # documents, versions, events
    def add(self, items: Iterable[Stored], *, on_event: OnEvent | None = None) -> AddResult:
        """Store documents in one transaction (a document the store refuses becomes a failure,
        the rest are stored); `on_event` gets each new event once the transaction committed."""
        ...

    def known(self, key: str, sha256: str) -> bool:
        """Whether adding these bytes under this key would add nothing (skip coding them)."""
        ...

    def events(self, query: EventQuery = ...) -> EventPage: ...
    def iter_events(self, query: EventQuery = ...) -> Iterator[EventRecord]: ...
    def count_events(self, query: EventQuery = ...) -> int: ...
    def points(self, query: EventQuery = ..., *, limit: int = 50_000) -> list[EventPoint]:
        """The located events the query matches (its sort and cursor unused), by date."""
        ...

    def event(self, event_id: str, *, view: View = "current") -> EventRecord: ...
    def document_versions(self, key: str) -> list[Version]: ...
    def article(self, key: str, version: int | None = None) -> ArticleRecord: ...
    def capture(self, sha256: str) -> bytes: ...
    def count(self) -> dict[str, int]: ...

    # summaries of a query for the app's map and timeline (its limit, sort and cursor ignored)
    def map_cells(
        self, query: EventQuery, size: float
    ) -> list[tuple[int, int, str, int, float, float]]:
        """(row, column, event_type, events, mean latitude, mean longitude) per grid cell of
        `size` degrees and type, for a map view holding too many events to draw one by one."""
        ...

    def day_counts(self, query: EventQuery) -> list[tuple[str, str, int]]:
        """(event_date, event_type, events) for each day and type of the matching events."""
        ...

    # review: every change is a revision; a stale `base_revision` raises ConflictError
    def revise(
        self, event_id: str, changes: Mapping[str, Any], *, user: str, reason: str,
        base_revision: int | None = None,
    ) -> Revision: ...  # fmt: skip
    def accept(self, event_id: str, *, user: str, base_revision: int | None = None) -> Revision: ...
    def reject(
        self, event_id: str, *, user: str, reason: str, base_revision: int | None = None
    ) -> Revision: ...
    def restore(
        self, event_id: str, number: int, *, user: str, reason: str = "",
        base_revision: int | None = None,
    ) -> Revision: ...  # fmt: skip
    def merge(
        self, event_ids: Sequence[str], *, user: str, reason: str,
        changes: Mapping[str, Any] | None = None,
        base_revisions: Mapping[str, int] | None = None,
    ) -> Revision: ...  # fmt: skip
    def split(
        self, event_id: str, parts: Sequence[Mapping[str, Any]], *, user: str, reason: str,
        base_revision: int | None = None,
    ) -> list[Revision]: ...  # fmt: skip
    def history(self, event_id: str) -> list[Revision]: ...

    # accounts (passwords and tokens arrive already hashed by the caller's argon2)
    def add_user(self, name: str, role: Role, password_hash: str | None, *, by: str) -> User: ...
    def users(self) -> list[User]: ...
    def user(self, name: str) -> tuple[User, str | None]: ...  # with its password hash
    def disable_user(self, name: str, *, by: str) -> None: ...
    def set_password(self, name: str, password_hash: str, *, by: str) -> None: ...
    def add_token(self, user: str, token_id: str, token_hash: str, *, by: str) -> None: ...
    def token(self, token_id: str) -> tuple[User, str]: ...  # the user and the token's hash
    def revoke_token(self, token_id: str, *, by: str) -> None: ...

    # evidence keeping
    def log(self, kind: str, subject: str, detail: Mapping[str, Any]) -> LogEntry: ...
    def log_entries(self, since: int = 0) -> Iterator[LogEntry]: ...
    def last_change(self) -> int:
        """The custody log's last position (0 when empty): it grows with every write, so a
        reader's cache keyed by it (the app's counts, timeline and map grid) is never stale."""
        ...

    def verify(self) -> VerifyReport: ...
    def backup(self, path: Path) -> None: ...

    def close(self) -> None: ...
    def __enter__(self) -> Self: ...
    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...


def coerce_changes(changes: Mapping[str, Any]) -> dict[str, Any]:
    """Changes with each value of its field's type (strings from a form or the CLI converted);
    raises `InvalidChange` for an unknown field or a value that does not fit."""
    out: dict[str, Any] = {}
    for name, value in changes.items():
        if name == "evidence":
            out[name] = _evidence(value)
        elif name in FIELD_TYPES:
            out[name] = _coerce(name, FIELD_TYPES[name], value)
        else:
            raise InvalidChange(f"{name!r} is not an editable field (one of {', '.join(EDITABLE)})")
    return out


_TRUE, _FALSE = ("true", "yes", "1", "y"), ("false", "no", "0", "n", "")


def _coerce(name: str, kind: type, value: Any) -> Any:
    if value is None or (isinstance(value, str) and not value.strip() and kind is not bool):
        if name in ("event_type", "sub_event_type", "fatalities", "certainty", "factuality"):
            raise InvalidChange(f"{name} cannot be empty")
        return None
    try:
        if kind is bool:
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in _TRUE + _FALSE:
                return text in _TRUE
            raise ValueError(value)
        if kind is int:
            if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
                raise ValueError(value)
            whole = int(value)
            if name == "fatalities" and whole < 0:
                raise ValueError(value)
            return whole
        if kind is float:
            real = float(value)
            limit = 90 if name == "latitude" else 180
            if isinstance(value, bool) or not -limit <= real <= limit:
                raise ValueError(value)
            return real
        if kind in (Certainty, Factuality):
            return kind(str(value).strip().lower())
        if name == "event_date":
            return _iso_day(str(value))
        return str(value)
    except ValueError:
        raise InvalidChange(f"{name}: {value!r} is not a valid value") from None


def _iso_day(value: str) -> str:
    from datetime import date

    return date.fromisoformat(value.strip()).isoformat()


def _evidence(value: Any) -> tuple[Evidence, ...]:
    if not isinstance(value, list | tuple):
        raise InvalidChange("evidence: a list of {field, text, start, end}")
    out = []
    for item in value:
        if isinstance(item, Evidence):
            out.append(item)
            continue
        try:
            out.append(
                Evidence(
                    str(item["field"]), str(item["text"]), int(item["start"]), int(item["end"])
                )
            )
        except (KeyError, TypeError, ValueError):
            raise InvalidChange(f"evidence: {item!r} is not {{field, text, start, end}}") from None
    return tuple(out)
