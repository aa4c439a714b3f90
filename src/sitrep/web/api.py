"""The JSON API under /api/: events with the table's filters, review acts, articles, exports.

Reading needs a login session, a bearer token, or the open read-only mode; every write needs
`Authorization: Bearer TOKEN` (or a session with its CSRF token) of a coder or admin.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response, StreamingResponse

from sitrep.export import write_csv, write_geojson, write_jsonl, write_parquet
from sitrep.model import Event
from sitrep.store.contract import EventQuery
from sitrep.web.audit import audit
from sitrep.web.auth import Principal, check_csrf, client
from sitrep.web.deps import api_reader, api_role, store
from sitrep.web.fields import FieldError
from sitrep.web.filters import CERTAINTIES, REVIEW_STATES, SORTABLE, parse_filters
from sitrep.web.overview import map_data
from sitrep.web.reviewing import JUDGEMENT, EvidenceMove, Span, check_reason, edit
from sitrep.web.schemas import (
    AcceptIn,
    ArticleOut,
    EventDetail,
    EventsPage,
    EvidenceSpan,
    MapOut,
    MergeIn,
    PatchIn,
    Problem,
    RejectIn,
    RestoreIn,
    RevisionOut,
    RevisionsOut,
    SplitIn,
    event_out,
    revision_out,
    version_out,
)
from sitrep.web.streaming import stream

ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": Problem, "description": "no valid credentials"},
    403: {"model": Problem, "description": "the role does not allow it"},
    404: {"model": Problem, "description": "no such event"},
    409: {"model": Problem, "description": "base_revision is not the latest revision"},
    422: {"model": Problem, "description": "a bad field, value or parameter"},
}
READ_ERRORS: dict[int | str, dict[str, Any]] = {k: ERRORS[k] for k in (401, 404, 422)}
router = APIRouter(prefix="/api", tags=["api"])

Short = Annotated[str | None, Query(max_length=200)]
SortName: Any = Literal[tuple(s for name in SORTABLE for s in (name, f"-{name}"))]  # type: ignore[valid-type]


def filters(
    since: dt.date | None = None,
    until: dt.date | None = None,
    country: Short = None,
    admin1: Short = None,
    actor: Short = None,
    type: Short = None,
    sub_type: Short = None,
    min_fatalities: Annotated[int | None, Query(ge=0, le=10_000_000)] = None,
    certainty: Literal[CERTAINTIES] | None = None,  # type: ignore[valid-type]
    review: Literal[REVIEW_STATES] | None = None,  # type: ignore[valid-type]
    q: Short = None,
    bbox: Annotated[
        str | None, Query(max_length=200, description="west,south,east,north in degrees")
    ] = None,
    view: Literal["current", "reviewed", "machine"] = "current",
    sort: SortName = "event_date",
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> EventQuery:
    """The table's filters; the same names in the page's query string."""
    from sitrep.web.filters import BadFilter

    raw = {"bbox": bbox} if bbox else {}
    try:
        box = parse_filters(raw).bbox
    except BadFilter as bad:
        raise FieldError(str(bad)) from None
    return EventQuery(
        since=since.isoformat() if since else None,
        until=until.isoformat() if until else None,
        country=country, admin1=admin1, actor=actor, type=type, sub_type=sub_type,
        min_fatalities=min_fatalities, certainty=certainty, review=review, q=q, bbox=box,
        view=view, sort=sort, limit=limit, cursor=cursor,
    )  # fmt: skip


Filters = Annotated[EventQuery, Depends(filters)]


@router.get("/events", response_model=EventsPage, responses=READ_ERRORS)
def list_events(request: Request, query: Filters) -> dict[str, Any]:
    """Events matching the filters, a page at a time: pass `next` back as `cursor`."""
    api_reader(request)
    page = store(request).events(query)
    return {"events": [event_out(r) for r in page.events], "next": page.next}


@router.get("/mentions", response_model=EventsPage, responses=READ_ERRORS)
def list_mentions(request: Request, query: Filters) -> dict[str, Any]:
    """What articles mention but did not happen (future, hypothetical, negated, ...)."""
    api_reader(request)
    page = store(request).events(replace(query, mentions=True))
    return {"events": [event_out(r) for r in page.events], "next": page.next}


@router.get("/map", response_model=MapOut, responses=READ_ERRORS)
def map_points(
    request: Request, query: Filters, zoom: Annotated[int, Query(ge=0, le=22)] = 2
) -> dict[str, Any]:
    """The map's data for the view: points, or a grid of counts when there are too many."""
    api_reader(request)
    limit = request.app.state.config.map_points
    summaries = request.app.state.summaries
    return map_data(store(request), query, zoom=zoom, limit=limit, summaries=summaries)


_MEDIA = {
    "csv": "text/csv; charset=utf-8",
    "geojson": "application/geo+json",
    "jsonl": "application/x-ndjson",
    "parquet": "application/vnd.apache.parquet",
}
_WRITERS: dict[str, Callable[[Iterator[Event], Any], int]] = {
    "csv": write_csv,
    "geojson": write_geojson,
    "jsonl": write_jsonl,
    "parquet": write_parquet,
}


def _export_response(request: Request, query: EventQuery, kind: str) -> Response:
    who = api_reader(request)
    audit("export", who=who.name, where=client(request), format=kind, view=query.view)
    body = stream(request.app.state.open_store, query, _WRITERS[kind], binary=kind == "parquet")
    headers = {"content-disposition": f'attachment; filename="sitrep-events.{kind}"'}
    return StreamingResponse(body, media_type=_MEDIA[kind], headers=headers)


@router.get("/events.csv", responses=READ_ERRORS, response_class=Response)
def export_csv(request: Request, query: Filters) -> Response:
    """The filtered view as CSV in ACLED's column names and order (sitrep's columns after)."""
    return _export_response(request, query, "csv")


@router.get("/events.geojson", responses=READ_ERRORS, response_class=Response)
def export_geojson(request: Request, query: Filters) -> Response:
    """The filtered view as a GeoJSON FeatureCollection (opens in QGIS)."""
    return _export_response(request, query, "geojson")


@router.get("/events.parquet", responses=READ_ERRORS, response_class=Response)
def export_parquet(request: Request, query: Filters) -> Response:
    """The filtered view as Parquet (typed columns, evidence as a list of structs)."""
    return _export_response(request, query, "parquet")


@router.get("/events.jsonl", responses=READ_ERRORS, response_class=Response)
def export_jsonl(request: Request, query: Filters) -> Response:
    """The filtered view as JSON Lines, one event with its evidence a line."""
    return _export_response(request, query, "jsonl")


@router.get("/events/{event_id}", response_model=EventDetail, responses=READ_ERRORS)
def get_event(
    request: Request,
    event_id: str,
    view: Literal["current", "reviewed", "machine"] = "current",
) -> dict[str, Any]:
    """One event with its evidence, sources and revision history."""
    api_reader(request)
    st = store(request)
    record = st.event(event_id, view=view)
    data = event_out(record)
    data["history"] = [revision_out(r) for r in st.history(event_id)]
    return data


def writer(request: Request) -> Principal:
    who = api_role(request, "coder")
    if who.via == "session":  # a browser's session must also prove the page was ours
        check_csrf(who, request.headers.get("x-csrf-token"))
    return who


@router.patch("/events/{event_id}", response_model=RevisionOut, responses=ERRORS)
def patch_event(request: Request, event_id: str, body: PatchIn) -> dict[str, Any]:
    """Change fields; `evidence` re-points a field to other words or marks it the coder's
    judgement. A stale `base_revision` is a 409."""
    who = writer(request)
    assert who.name
    st = store(request)
    record = st.event(event_id)
    moves: dict[str, EvidenceMove] = {}
    for name, move in body.evidence.items():
        if isinstance(move, EvidenceSpan):
            moves[name] = Span(move.start, move.end)
        elif move == JUDGEMENT:
            moves[name] = JUDGEMENT
        else:
            moves[name] = move.words  # type: ignore[union-attr]
    reason = check_reason(body.reason, required=False)
    revision = edit(st, record, body.changes, moves, user=who.name, reason=reason,
                    base=body.base_revision)  # fmt: skip
    audit("event.edit", who=who.name, where=client(request), event=event_id,
          rev=revision.number, via="api")  # fmt: skip
    return revision_out(revision)


@router.post("/events/merge", response_model=RevisionOut, responses=ERRORS)
def merge_events(request: Request, body: MergeIn) -> dict[str, Any]:
    """Merge events reported more than once into the first of `event_ids`."""
    who = writer(request)
    assert who.name
    st = store(request)
    ids = list(dict.fromkeys(body.event_ids))
    if len(ids) < 2:
        raise FieldError("event_ids: at least two different events")
    for event_id in ids:
        st.event(event_id)  # 404 for an unknown one
    reason = check_reason(body.reason, required=True)
    revision = st.merge(ids, user=who.name, reason=reason, base_revisions=body.base_revisions)
    audit("event.merge", who=who.name, where=client(request), events=",".join(ids), via="api")
    return revision_out(revision)


@router.post("/events/{event_id}/accept", response_model=RevisionOut, responses=ERRORS)
def accept_event(request: Request, event_id: str, body: AcceptIn) -> dict[str, Any]:
    who = writer(request)
    assert who.name
    revision = store(request).accept(event_id, user=who.name, base_revision=body.base_revision)
    audit("event.accept", who=who.name, where=client(request), event=event_id, via="api")
    return revision_out(revision)


@router.post("/events/{event_id}/reject", response_model=RevisionOut, responses=ERRORS)
def reject_event(request: Request, event_id: str, body: RejectIn) -> dict[str, Any]:
    who = writer(request)
    assert who.name
    reason = check_reason(body.reason, required=True)
    revision = store(request).reject(
        event_id, user=who.name, reason=reason, base_revision=body.base_revision
    )
    audit("event.reject", who=who.name, where=client(request), event=event_id, via="api")
    return revision_out(revision)


@router.post("/events/{event_id}/restore", response_model=RevisionOut, responses=ERRORS)
def restore_event(request: Request, event_id: str, body: RestoreIn) -> dict[str, Any]:
    """Bring back the fields as they were at revision `revision` (as a new revision)."""
    who = writer(request)
    assert who.name
    revision = store(request).restore(
        event_id, body.revision, user=who.name, reason=check_reason(body.reason, required=False),
        base_revision=body.base_revision,
    )  # fmt: skip
    audit("event.restore", who=who.name, where=client(request), event=event_id, via="api")
    return revision_out(revision)


@router.post("/events/{event_id}/split", response_model=RevisionsOut, responses=ERRORS)
def split_event(request: Request, event_id: str, body: SplitIn) -> dict[str, Any]:
    """Split an event that is really several: each part lists the fields it changes."""
    from sitrep.web.fields import check_changes

    who = writer(request)
    assert who.name
    st = store(request)
    st.event(event_id)
    parts: list[Mapping[str, Any]] = [check_changes(p) if p else {} for p in body.parts]
    reason = check_reason(body.reason, required=True)
    revisions = st.split(
        event_id, parts, user=who.name, reason=reason, base_revision=body.base_revision
    )
    audit("event.split", who=who.name, where=client(request), event=event_id, via="api")
    return {"revisions": [revision_out(r) for r in revisions]}


@router.get("/articles/{key:path}", response_model=ArticleOut, responses=READ_ERRORS)
def get_article(
    request: Request, key: str, version: Annotated[int | None, Query(ge=1)] = None
) -> dict[str, Any]:
    """An article (a version of it; the latest by default), its versions, events, mentions."""
    api_reader(request)
    st = store(request)
    versions = st.document_versions(key)
    stored = st.article(key, version)
    return {
        "key": key,
        "version": stored.version.number,
        "versions": [version_out(v) for v in versions],
        "article": dict(stored.article),
        "original": stored.original,
        "event_ids": list(stored.event_ids),
        "mention_ids": list(stored.mention_ids),
    }
