"""The store's columns, how record values become column values and back, and their hashes."""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from importlib import resources
from typing import Any

from sitrep.model import Certainty, Event, Evidence, Factuality
from sitrep.store.contract import FIELD_TYPES

FIELDS = tuple(FIELD_TYPES)
# Text fields that may be unknown: stored as '' (so every backend sorts and compares them
# alike) and read back as None.
NULLABLE_TEXT = frozenset(
    n
    for n, t in FIELD_TYPES.items()
    if t is str and n not in ("event_type", "sub_event_type", "notes")
)
CODING_META = (
    "event_id", "revision", "kind", "user_name", "at", "reason", "based_on", "changes", "review",
    "is_event",
)  # fmt: skip
CODING_TAIL = ("evidence_revision", "sources", "merged_into")
CODING_COLUMNS = (*CODING_META, *FIELDS, *CODING_TAIL)  # what a row's hash covers
VERSION_COLUMNS = (
    "document", "number", "sha256", "captured_at", "stored_at", "source", "url", "title",
    "published", "original", "article_json", "coded_by",
)  # fmt: skip
GENESIS = "0" * 64


def now() -> str:
    """UTC now, ISO 8601 with microseconds: what every stored time looks like."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def canonical(value: Any) -> str:
    """One JSON text per value: the form that is hashed and stored."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def sha256(data: bytes | str) -> str:
    return hashlib.sha256(data.encode() if isinstance(data, str) else data).hexdigest()


def to_column(name: str, value: Any) -> Any:
    kind = FIELD_TYPES[name]
    if kind is str:
        return "" if value is None else str(value)
    if kind is bool:
        return int(bool(value))
    if kind in (Certainty, Factuality):
        return str(value)
    if kind is float and value is not None:
        return float(value)
    return value


def from_column(name: str, value: Any) -> Any:
    kind = FIELD_TYPES[name]
    if kind is str:
        return (value or None) if name in NULLABLE_TEXT else (value or "")
    if kind is bool:
        return bool(value)
    if kind is Certainty:
        return Certainty(value)
    if kind is Factuality:
        return Factuality(value)
    return value


def plain(name: str, value: Any) -> Any:
    """A field's value as JSON (for the changes a revision records)."""
    if name == "evidence":
        return [[e.field, e.text, e.start, e.end] for e in value]
    return from_column(name, to_column(name, value)) if name in FIELD_TYPES else value


def event_fields(event: Event) -> dict[str, Any]:
    """The coded fields of an event as column values."""
    return {name: to_column(name, getattr(event, name)) for name in FIELDS}


def _reader(name: str) -> Callable[[Any], Any]:
    kind = FIELD_TYPES[name]
    if kind is str:
        return (lambda v: v or None) if name in NULLABLE_TEXT else (lambda v: v or "")
    if kind is bool:
        return bool
    if kind in (Certainty, Factuality):
        return kind
    return lambda v: v


_READERS = tuple((name, _reader(name)) for name in FIELDS)  # from_column, ready per field


def make_event(row: Mapping[str, Any], evidence: Sequence[Evidence], article_id: str = "") -> Event:
    values = {name: read(row[name]) for name, read in _READERS}
    return Event(
        **values, evidence=tuple(evidence), event_id=row["event_id"], article_id=article_id
    )


@functools.lru_cache(maxsize=4096)
def parsed(text: str) -> Any:
    """JSON text read once: provenance and source lists repeat from row to row."""
    value = json.loads(text)
    return tuple(value) if isinstance(value, list) else value


def fulltext(fields: Mapping[str, Any], evidence: Iterable[Evidence]) -> str:
    words = [
        fields[n]
        for n in (
            "notes",
            "actor1",
            "assoc_actor_1",
            "actor2",
            "assoc_actor_2",
            "location",
            "admin1",
            "admin2",
            "country",
        )  # fmt: skip
    ]
    return " ".join(w for w in (*words, *(e.text for e in evidence)) if w)


def coding_hash(row: Mapping[str, Any], evidence: Sequence[Sequence[Any]]) -> str:
    """The hash of one revision row and the evidence rows it set, as the custody log keeps it."""
    values = {c: row[c] for c in CODING_COLUMNS}
    return sha256(canonical([values, [list(e) for e in evidence]]))


def version_hash(row: Mapping[str, Any]) -> str:
    return sha256(canonical({c: row[c] for c in VERSION_COLUMNS}))


def entry_hash(position: int, at: str, kind: str, subject: str, detail: str, previous: str) -> str:
    return sha256(canonical([position, at, kind, subject, detail, previous]))


def migrations(dialect: str) -> list[tuple[int, str, str]]:
    """The dialect's migration scripts, `(version, name, sql)`, in order."""
    folder = resources.files("sitrep.store") / "migrations" / dialect
    scripts = sorted((p for p in folder.iterdir() if p.name.endswith(".sql")), key=lambda p: p.name)
    return [
        (int(p.name.split("_", 1)[0]), p.name.removesuffix(".sql"), p.read_text(encoding="utf-8"))
        for p in scripts
    ]
