"""The pages people read: map, timeline and table; event, article, actor and place pages;
the review queue. Server-rendered, so they work with JavaScript off."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, Response

from sitrep.model import Event
from sitrep.store.contract import EventQuery, EventRecord, NotFoundError, Revision, Store
from sitrep.web.deps import page_reader, page_role, render, store
from sitrep.web.fields import EDITABLE, taxonomy
from sitrep.web.filters import BadFilter, parse_filters, query_string
from sitrep.web.highlight import blocks
from sitrep.web.overview import timeline, type_class
from sitrep.web.summaries import Summaries, summary_key

router = APIRouter(include_in_schema=False)
MAP_START_ZOOM = 2  # the zoom app.js opens the map at


def filters_of(request: Request, **defaults: str) -> EventQuery:
    params = {**defaults, **request.query_params}
    try:
        return parse_filters(params, default_limit=request.app.state.config.page_size)
    except BadFilter as bad:
        raise HTTPException(422, str(bad)) from None


def table_context(st: Store, query: EventQuery) -> dict[str, Any]:
    page = st.events(query)
    return {
        "rows": page.events,
        "next": query_string(query, cursor=page.next) if page.next else None,
        "first": query_string(query, cursor=None) if query.cursor else None,
        "query": query,
        "qs": query_string,
        "type_class": type_class,
    }


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> Response:
    page_reader(request)
    query = filters_of(request)
    st = store(request)
    context = table_context(st, query)
    overall = replace(query, bbox=None, cursor=None)
    filters = query_string(overall)
    # the map's first request, preloaded by the page's head while the rest still loads
    context["map_url"] = (
        f"/api/map?{filters}&zoom={MAP_START_ZOOM}"
        if filters
        else f"/api/map?zoom={MAP_START_ZOOM}"
    )
    context.update(overview(st, request.app.state.summaries, overall))
    context["taxonomy"] = taxonomy()
    return render(request, "home.html", context)


def overview(st: Store, summaries: Summaries, query: EventQuery) -> dict[str, Any]:
    """The home page's timeline and count of matching events, each computed once per store
    revision and filters (the aggregates over every event are what cost on a large store)."""
    key = summary_key(query)
    return {
        "timeline": summaries.get(st, ("timeline", key), lambda: timeline(st.day_counts(key))),
        "matching": summaries.get(st, ("count", key), lambda: st.count_events(key)),
    }


@router.get("/table", response_class=HTMLResponse)
def table(request: Request) -> Response:
    """The table alone: the map's script swaps it in when the view moves."""
    page_reader(request)
    return render(request, "_table.html", table_context(store(request), filters_of(request)))


@router.get("/mentions", response_class=HTMLResponse)
def mentions(request: Request) -> Response:
    page_reader(request)
    query = replace(filters_of(request), mentions=True)
    context = table_context(store(request), query)
    context["taxonomy"] = taxonomy()
    return render(request, "mentions.html", context)


@router.get("/review", response_class=HTMLResponse)
def review_queue(request: Request) -> Response:
    """Unreviewed events, the least certain first."""
    page_reader(request)
    query = filters_of(request, review="unreviewed", sort="-certainty")
    context = table_context(store(request), query)
    context["taxonomy"] = taxonomy()
    context["editable"] = EDITABLE
    return render(request, "review.html", context)


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str) -> Response:
    page_reader(request)
    return render(request, "event.html", event_context(store(request), event_id))


def event_context(st: Store, event_id: str) -> dict[str, Any]:
    record = st.event(event_id)
    machine = st.event(event_id, view="machine").event
    history = st.history(event_id)
    stored = st.article(record.document, record.version)
    captions = stored.article.get("captions") or []
    return {
        "record": record,
        "event": record.event,
        "machine": machine,
        "fields": field_rows(record.event, machine, history),
        "history": list(reversed(history)),
        "article": stored.article,
        "blocks": blocks(stored.original, record.event.evidence, captions),
        "related": _records(st, [i for i in stored.mention_ids if i != event_id]),
        "type_class": type_class,
        "taxonomy": taxonomy(),
        "editable": EDITABLE,
    }


def field_rows(event: Event, machine: Event, history: list[Revision]) -> list[dict[str, Any]]:
    """Each field: its value, the machine's if different, its evidence words, and whether the
    value is the coder's judgement (changed in review with no words behind it)."""
    edited = {name for r in history if r.user != "sitrep" for name in r.changes}
    rows = []
    for name in EDITABLE:
        words = [e for e in event.evidence if e.field == name]
        value, before = getattr(event, name), getattr(machine, name)
        rows.append(
            {
                "name": name,
                "value": value,
                "machine": before if before != value else None,
                "changed": before != value,
                "evidence": words,
                "judgement": name in edited and not words,
            }
        )
    return rows


def _records(st: Store, event_ids: Iterable[str]) -> list[EventRecord]:
    """The current records of `event_ids`, leaving out any no longer shown (merged away)."""
    out = []
    for event_id in event_ids:
        try:
            out.append(st.event(event_id))
        except NotFoundError:
            continue
    return out


@router.get("/events/{event_id}/edit", response_class=HTMLResponse)
def edit_page(request: Request, event_id: str) -> Response:
    page_role(request, "coder")
    return render(request, "edit.html", event_context(store(request), event_id))


@router.get("/articles/{key:path}", response_class=HTMLResponse)
def article_page(request: Request, key: str, version: int | None = None) -> Response:
    page_reader(request)
    st = store(request)
    versions = st.document_versions(key)
    stored = st.article(key, version)
    events = _records(st, stored.event_ids)
    evidence = [e for r in events for e in r.event.evidence]
    return render(
        request,
        "article.html",
        {
            "key": key,
            "versions": versions,
            "version": stored.version,
            "article": stored.article,
            "events": events,
            "mentions": _records(st, stored.mention_ids),
            "blocks": blocks(stored.original, evidence, stored.article.get("captions") or []),
        },
    )


@router.get("/actors/{name:path}", response_class=HTMLResponse)
def actor_page(request: Request, name: str) -> Response:
    return _subject_page(request, "actor", name, actor=name)


@router.get("/places/{name:path}", response_class=HTMLResponse)
def place_page(request: Request, name: str) -> Response:
    return _subject_page(request, "place", name, location=name)


def _subject_page(request: Request, kind: str, name: str, **match: str) -> Response:
    page_reader(request)
    st = store(request)
    query = replace(filters_of(request), **match)  # type: ignore[arg-type]
    context = table_context(st, query)
    summaries, key = request.app.state.summaries, summary_key(query)
    summary = summaries.get(st, ("subject", key), lambda: summarise(st, replace(key, limit=1000)))
    context.update(kind=kind, name=name, summary=summary, taxonomy=taxonomy())
    context["timeline"] = summaries.get(st, ("timeline", key), lambda: timeline(st.day_counts(key)))
    return render(request, "subject.html", context)


def summarise(st: Store, query: EventQuery) -> dict[str, Any]:
    """Counts for an actor or place page: events, fatalities, types, places or actors."""
    types: dict[str, int] = {}
    places: dict[str, int] = {}
    actors: dict[str, int] = {}
    total = fatalities = 0
    for record in _first(st, query, 5000):
        e = record.event
        total += 1
        fatalities += e.fatalities or 0
        types[e.event_type] = types.get(e.event_type, 0) + 1
        if e.location:
            places[e.location] = places.get(e.location, 0) + 1
        for actor in (e.actor1, e.actor2, e.assoc_actor_1, e.assoc_actor_2):
            if actor:
                actors[actor] = actors.get(actor, 0) + 1
    top = lambda d: sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))[:15]  # noqa: E731
    return {"total": total, "fatalities": fatalities, "types": top(types),
            "places": top(places), "actors": top(actors)}  # fmt: skip


def _first(st: Store, query: EventQuery, limit: int) -> list[EventRecord]:
    out: list[EventRecord] = []
    for record in st.iter_events(query):
        out.append(record)
        if len(out) >= limit:
            break
    return out
