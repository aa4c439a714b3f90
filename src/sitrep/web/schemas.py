"""The API's request and response bodies, as they appear in /openapi.json."""

from __future__ import annotations

from dataclasses import fields
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from sitrep.model import Event, as_dict
from sitrep.store.contract import EventRecord, Revision, Version

Text = Field(default="", max_length=2000)


class EvidenceOut(BaseModel):
    field: str
    text: str
    start: int
    end: int


class EventOut(BaseModel):
    event_id: str
    revision: int
    review: str
    document: str
    version: int
    sources: list[str]
    event_date: str | None
    time_precision: int | None
    event_type: str
    sub_event_type: str
    actor1: str | None
    assoc_actor_1: str | None
    actor2: str | None
    assoc_actor_2: str | None
    civilian_targeting: bool
    country: str | None
    iso: int | None
    admin1: str | None
    admin2: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    fatalities: int
    notes: str
    source: str | None
    geonameid: int | None
    certainty: str
    factuality: str
    article_id: str
    evidence: list[EvidenceOut]


class EventsPage(BaseModel):
    events: list[EventOut]
    next: str | None = Field(description="cursor of the next page; null on the last")


class RevisionOut(BaseModel):
    event_id: str
    number: int
    kind: str
    user: str
    at: str
    changes: dict[str, list[Any]] = Field(description="field: [old, new]")
    reason: str
    based_on: int | None


class EventDetail(EventOut):
    history: list[RevisionOut]


class VersionOut(BaseModel):
    document: str
    number: int
    sha256: str
    captured_at: str
    source: str
    url: str | None
    title: str | None
    events: int
    mentions: int


class ArticleOut(BaseModel):
    key: str
    version: int = Field(description="the version shown")
    versions: list[VersionOut]
    article: dict[str, Any] = Field(description="the cleaned article, as sitrep extract prints it")
    original: str = Field(description="the text every evidence offset points into")
    event_ids: list[str]
    mention_ids: list[str]


class Problem(BaseModel):
    detail: str | list[Any]


class EvidenceSpan(BaseModel):
    model_config = ConfigDict(extra="forbid")
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class EvidenceWords(BaseModel):
    model_config = ConfigDict(extra="forbid")
    words: str = Field(min_length=1, max_length=1000)


EvidenceMoveIn = EvidenceSpan | EvidenceWords | Literal["judgement"]


class PatchIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    changes: dict[str, Any] = Field(description="field: new value", max_length=30)
    reason: str = Text
    base_revision: int = Field(ge=1)
    evidence: dict[str, EvidenceMoveIn] = Field(
        default_factory=dict,
        max_length=30,
        description='field: new words ({"start","end"} or {"words"}) or "judgement"',
    )


class AcceptIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    base_revision: int | None = Field(default=None, ge=1)


class RejectIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reason: str = Field(min_length=1, max_length=2000)
    base_revision: int | None = Field(default=None, ge=1)


class RestoreIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    revision: int = Field(ge=1)
    reason: str = Text
    base_revision: int | None = Field(default=None, ge=1)


class SplitIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    parts: list[dict[str, Any]] = Field(min_length=2, max_length=20)
    reason: str = Field(min_length=1, max_length=2000)
    base_revision: int | None = Field(default=None, ge=1)


class MergeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    event_ids: list[str] = Field(min_length=2, max_length=100)
    reason: str = Field(min_length=1, max_length=2000)
    base_revisions: dict[str, int] = Field(default_factory=dict, max_length=100)


class RevisionsOut(BaseModel):
    revisions: list[RevisionOut]


class MapOut(BaseModel):
    types: list[str]
    points: list[list[Any]] = Field(description="[latitude, longitude, type index, event id]")
    grid: list[list[Any]] = Field(description="[latitude, longitude, count, counts by type]")


_EVENT_FIELDS = tuple(f.name for f in fields(Event) if f.name != "evidence")


def event_out(record: EventRecord) -> dict[str, Any]:
    """An event as the API's JSON: written out field by field (the generic `as_dict` walks
    every value, which costs more than the query on a page of 100 events)."""
    event = record.event
    data: dict[str, Any] = {name: getattr(event, name) for name in _EVENT_FIELDS}
    data["certainty"], data["factuality"] = str(event.certainty), str(event.factuality)
    data["evidence"] = [
        {"field": e.field, "text": e.text, "start": e.start, "end": e.end} for e in event.evidence
    ]
    data.update(
        revision=record.revision,
        review=record.review,
        document=record.document,
        version=record.version,
        sources=list(record.sources),
    )
    return data


def revision_out(revision: Revision) -> dict[str, Any]:
    return {
        "event_id": revision.event_id,
        "number": revision.number,
        "kind": revision.kind,
        "user": revision.user,
        "at": revision.at,
        "changes": {k: _plain(list(v)) for k, v in revision.changes.items()},
        "reason": revision.reason,
        "based_on": revision.based_on,
    }


def version_out(version: Version) -> dict[str, Any]:
    return as_dict(version)


def _plain(value: Any) -> Any:
    from dataclasses import is_dataclass

    if is_dataclass(value) and not isinstance(value, type):
        return as_dict(value)  # type: ignore[arg-type]
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value
