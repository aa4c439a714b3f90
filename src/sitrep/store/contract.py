"""The store contract: what every backend (SQLite, PostgreSQL) promises, and its records.

The CLI, the web app, the watcher and the batch loader talk to a store only through this.
Nothing is overwritten or hard-deleted: a changed capture is a new version of its document,
a changed event is a new revision, and every write appends to a hash-chained custody log.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol

from sitrep.model import Event, Extraction

View = Literal["machine", "reviewed", "current"]
ReviewState = Literal["unreviewed", "accepted", "edited", "rejected", "merged"]
Role = Literal["viewer", "coder", "admin"]
RevisionKind = Literal["coded", "edit", "accept", "merge", "split", "reject", "restore"]


class StoreError(Exception):
    """The one error a backend raises: one line naming the store and the reason."""


class ConflictError(StoreError):
    """An edit based on a revision that is no longer the latest (someone else changed it)."""

    def __init__(self, event_id: str, base: int, latest: int) -> None:
        super().__init__(f"event {event_id}: edit based on revision {base}, latest is {latest}")
        self.event_id, self.base, self.latest = event_id, base, latest


class NotFoundError(StoreError):
    """An unknown event, document, user or token."""


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


@dataclass(frozen=True)
class AddResult:
    added: int  # documents stored as a new document
    duplicates: int  # documents whose bytes were stored before (nothing added)
    versions: int = 0  # known documents whose bytes changed: stored as a new version
    event_ids: tuple[str, ...] = ()  # events (not mentions) stored by this call


@dataclass(frozen=True)
class EventQuery:
    """Filters of the table, the API and the exports. `None` means no filter."""

    since: str | None = None  # ISO date, inclusive
    until: str | None = None  # ISO date, inclusive
    country: str | None = None
    admin1: str | None = None
    location: str | None = None  # the event's location name, exactly (the place page)
    actor: str | None = None  # matches actor1, actor2 and the associated actors
    type: str | None = None
    sub_type: str | None = None
    min_fatalities: int | None = None
    certainty: str | None = None
    review: ReviewState | None = None
    q: str | None = None  # full text over notes, actors, location and evidence
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    mentions: bool = False  # the mentions kept apart instead of events
    view: View = "current"
    sort: str = "event_date"  # a column; "-event_date" for descending
    limit: int = 100
    cursor: str | None = None  # opaque, from `EventPage.next`


@dataclass(frozen=True)
class EventRecord:
    """An event as stored: the coded record in the asked view, with its review state."""

    event: Event  # fields of the view asked for; evidence included
    revision: int  # latest revision number (1 = the machine's coding)
    review: ReviewState
    document: str  # the document key
    version: int  # the document version the event was coded from
    coded_by: Mapping[str, str]  # {"sitrep": version, "knowledge": digest}
    sources: tuple[str, ...] = ()  # outlets/articles reporting it (one, or several when merged)


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
    reason: str = ""
    based_on: int | None = None


@dataclass(frozen=True)
class Version:
    document: str
    number: int
    sha256: str
    captured_at: str
    source: str
    url: str | None
    title: str | None
    events: int
    mentions: int


@dataclass(frozen=True)
class VerifyReport:
    captures: int
    events: int
    revisions: int
    log_entries: int
    problems: tuple[str, ...]  # one line each: the capture or log position and what is wrong

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
    kind: str  # "capture", "coded", "revision", "user", "token", "export", "fetch", ...
    subject: str  # what it is about (a capture sha256, an event id, a user name, ...)
    detail: Mapping[str, Any]
    previous_hash: str
    hash: str


class Store(Protocol):
    """Every backend implements all of this; `tests/test_store_contract.py` runs it on both."""

    address: str
    schema_version: int

    # documents, versions, events
    def add(self, items: Iterable[Stored], *, on_event: Any = None) -> AddResult: ...
    def events(self, query: EventQuery = ...) -> EventPage: ...
    def iter_events(self, query: EventQuery = ...) -> Iterator[EventRecord]: ...
    def event(self, event_id: str, *, view: View = "current") -> EventRecord: ...
    def document_versions(self, key: str) -> list[Version]: ...
    def article(self, key: str, version: int | None = None) -> dict[str, Any]: ...
    def count(self) -> dict[str, int]: ...

    # summaries of a query (its limit, sort and cursor ignored) for the app's map and timeline
    def points(self, query: EventQuery) -> Iterator[tuple[str, float, float, str]]: ...
    # (event_id, latitude, longitude, event_type) of each event that has coordinates
    def day_counts(self, query: EventQuery) -> list[tuple[str, str, int]]: ...

    # (event_date, event_type, events) for each day and type, by date

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
    def merge(self, event_ids: list[str], *, user: str, reason: str) -> Revision: ...
    def split(
        self, event_id: str, parts: list[Mapping[str, Any]], *, user: str, reason: str
    ) -> list[Revision]: ...
    def history(self, event_id: str) -> list[Revision]: ...

    # accounts (passwords and tokens arrive already hashed by the caller's argon2)
    def add_user(self, name: str, role: Role, password_hash: str | None) -> User: ...
    def users(self) -> list[User]: ...
    def user(self, name: str) -> tuple[User, str | None]: ...  # with its password hash
    def disable_user(self, name: str, *, by: str) -> None: ...
    def set_password(self, name: str, password_hash: str, *, by: str) -> None: ...
    def add_token(self, user: str, token_id: str, token_hash: str) -> None: ...
    def token(self, token_id: str) -> tuple[User, str]: ...  # the user and the token's hash

    # evidence keeping
    def log(self, kind: str, subject: str, detail: Mapping[str, Any]) -> LogEntry: ...
    def log_entries(self, since: int = 0) -> Iterator[LogEntry]: ...
    def verify(self) -> VerifyReport: ...
    def backup(self, path: Path) -> None: ...

    def close(self) -> None: ...
