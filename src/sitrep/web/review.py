"""Review forms: accept, edit with evidence, reject, restore, split, merge, bulk acts.

Each form carries the CSRF token and the revision it was based on; the store turns every act
into a revision, so nothing is overwritten.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from starlette.datastructures import FormData

from sitrep.store.contract import ConflictError
from sitrep.web.audit import audit
from sitrep.web.auth import CSRF_FIELD, Principal, check_csrf, client
from sitrep.web.deps import page_role, render, store
from sitrep.web.fields import EDITABLE, FieldError
from sitrep.web.filters import BadFilter, parse_filters
from sitrep.web.reviewing import JUDGEMENT, EvidenceMove, Span, check_reason, edit

router = APIRouter(include_in_schema=False)
BULK_LIMIT = 1000


async def form(request: Request) -> FormData:
    return await request.form(max_files=0, max_fields=400, max_part_size=64 * 1024)


Form = Annotated[FormData, Depends(form)]


def coder(request: Request, data: FormData) -> Principal:
    who = page_role(request, "coder")
    check_csrf(who, _text(data, CSRF_FIELD))
    return who


def _text(data: FormData, name: str) -> str:
    value = data.get(name)
    return value if isinstance(value, str) else ""


def _number(data: FormData, name: str) -> int | None:
    text = _text(data, name).strip()
    if not text:
        return None
    if not text.isdigit() or len(text) > 9:
        raise FieldError(f"{name}: a whole number")
    return int(text)


def _back(event_id: str, anchor: str = "history") -> RedirectResponse:
    return RedirectResponse(f"/events/{event_id}#{anchor}", status_code=303)


@router.post("/events/{event_id}/accept")
def accept(request: Request, event_id: str, data: Form) -> Response:
    who = coder(request, data)
    assert who.name
    revision = store(request).accept(
        event_id, user=who.name, base_revision=_number(data, "base_revision")
    )
    audit("event.accept", who=who.name, where=client(request), event=event_id, rev=revision.number)
    return _back(event_id)


@router.post("/events/{event_id}/reject")
def reject(request: Request, event_id: str, data: Form) -> Response:
    who = coder(request, data)
    assert who.name
    reason = check_reason(_text(data, "reason"), required=True)
    revision = store(request).reject(
        event_id, user=who.name, reason=reason, base_revision=_number(data, "base_revision")
    )
    audit("event.reject", who=who.name, where=client(request), event=event_id, rev=revision.number)
    return _back(event_id)


@router.post("/events/{event_id}/restore")
def restore(request: Request, event_id: str, data: Form) -> Response:
    who = coder(request, data)
    assert who.name
    number = _number(data, "revision")
    if number is None:
        raise FieldError("revision: which revision to restore")
    reason = check_reason(_text(data, "reason"), required=False)
    revision = store(request).restore(
        event_id, number, user=who.name, reason=reason,
        base_revision=_number(data, "base_revision"),
    )  # fmt: skip
    audit("event.restore", who=who.name, where=client(request), event=event_id,
          rev=revision.number, restored=number)  # fmt: skip
    return _back(event_id)


@router.post("/events/{event_id}/edit")
def edit_event(request: Request, event_id: str, data: Form) -> Response:
    who = coder(request, data)
    assert who.name
    st = store(request)
    record = st.event(event_id)
    changes: dict[str, Any] = {}
    moves: dict[str, EvidenceMove] = {}
    for name in EDITABLE:
        if f"value_{name}" in data:
            changes[name] = _form_value(name, _text(data, f"value_{name}"), record.event)
        move = _move(data, name)
        if move is not None:
            moves[name] = move
    changes = {k: v for k, v in changes.items() if v is not _SAME}
    reason = check_reason(_text(data, "reason"), required=False)
    revision = edit(st, record, changes, moves, user=who.name, reason=reason,
                    base=_number(data, "base_revision"))  # fmt: skip
    audit("event.edit", who=who.name, where=client(request), event=event_id,
          rev=revision.number, fields=",".join(sorted(revision.changes)))  # fmt: skip
    return _back(event_id)


_SAME = object()


def _form_value(name: str, text: str, event: Any) -> Any:
    """The submitted value, or _SAME when the form just echoed the current value."""
    current = getattr(event, name)
    shown = (
        ""
        if current is None
        else str(current).lower()
        if isinstance(current, bool)
        else str(current)
    )
    if name == "civilian_targeting":
        return _SAME if (text in ("true", "on")) == bool(current) else text or "false"
    return _SAME if text.strip() == shown.strip() else text


def _move(data: FormData, name: str) -> EvidenceMove | None:
    mode = _text(data, f"evidence_{name}")
    if mode in ("", "keep"):
        return None
    if mode == JUDGEMENT:
        return JUDGEMENT
    if mode == "words":
        return _text(data, f"words_{name}")
    if mode == "span":
        start, _, end = _text(data, f"span_{name}").partition("-")
        if not (start.isdigit() and end.isdigit()):
            raise FieldError(f"{name}: select the words in the article first")
        return Span(int(start), int(end))
    raise FieldError(f"{name}: keep, words, span or judgement")


@router.post("/events/{event_id}/split")
def split(request: Request, event_id: str, data: Form) -> Response:
    who = coder(request, data)
    assert who.name
    from sitrep.web.fields import check_changes

    st = store(request)
    record = st.event(event_id)
    parts: list[Mapping[str, Any]] = []
    for n in range(1, 6):
        values = {name: _text(data, f"part{n}_{name}") for name in EDITABLE
                  if f"part{n}_{name}" in data}  # fmt: skip
        values = {k: v for k, v in values.items() if _form_value(k, v, record.event) is not _SAME}
        if _text(data, f"part{n}_keep") == "on":
            parts.append(check_changes(values) if values else {})
    if len(parts) < 2:
        raise FieldError("parts: a split makes at least two events")
    reason = check_reason(_text(data, "reason"), required=True)
    revisions = st.split(
        event_id, parts, user=who.name, reason=reason, base_revision=_number(data, "base_revision")
    )
    audit("event.split", who=who.name, where=client(request), event=event_id, parts=len(parts))
    new = [r.event_id for r in revisions if r.event_id != event_id]
    return _back(new[0] if new else event_id)


@router.post("/review/merge")
def merge(request: Request, data: Form) -> Response:
    who = coder(request, data)
    assert who.name
    ids = [v for v in data.getlist("event_id") if isinstance(v, str) and v]
    ids = list(dict.fromkeys(ids))
    if len(ids) < 2:
        raise FieldError("event_id: choose at least two events to merge")
    reason = check_reason(_text(data, "reason"), required=True)
    revision = store(request).merge(ids, user=who.name, reason=reason)
    audit("event.merge", who=who.name, where=client(request), events=",".join(ids))
    return _back(revision.event_id)


@router.post("/review/bulk")
def bulk(request: Request, data: Form) -> Response:
    """Accept or edit every event of the filtered selection (or only the ticked ones)."""
    who = coder(request, data)
    assert who.name
    st = store(request)
    ids = [v for v in data.getlist("event_id") if isinstance(v, str) and v]
    if not ids:
        params = {k: _text(data, f"f_{k}") for k in _FILTER_NAMES if _text(data, f"f_{k}")}
        try:
            query = replace(parse_filters(params), limit=BULK_LIMIT, cursor=None)
        except BadFilter as bad:
            raise FieldError(str(bad)) from None
        ids = [r.event.event_id for r in st.events(query).events]
    action = _text(data, "action")
    reason = check_reason(_text(data, "reason"), required=action == "edit")
    done, conflicts = 0, 0
    for event_id in ids[:BULK_LIMIT]:
        try:
            if action == "accept":
                st.accept(event_id, user=who.name)
            elif action == "edit":
                field = _text(data, "field")
                record = st.event(event_id)
                edit(st, record, {field: _text(data, "value")}, {}, user=who.name, reason=reason,
                     base=record.revision)  # fmt: skip
            else:
                raise FieldError("action: accept or edit")
            done += 1
        except ConflictError:
            conflicts += 1
        except FieldError as bad:
            if "nothing differs" not in str(bad):
                raise
    audit("event.bulk", who=who.name, where=client(request), action=action, done=done,
          conflicts=conflicts)  # fmt: skip
    return render(request, "bulk_done.html", {"action": action, "done": done,
                                              "conflicts": conflicts})  # fmt: skip


_FILTER_NAMES = (
    "since", "until", "country", "admin1", "actor", "type", "sub_type", "min_fatalities",
    "certainty", "review", "q", "bbox", "view", "sort",
)  # fmt: skip
