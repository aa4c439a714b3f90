"""Review acts shared by the forms and the API: edits with their evidence, and the checks.

Every act goes through the store's revisions; a changed field's old words stop counting as its
evidence unless the coder points at new words, so the record says which values are the coder's
judgement.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sitrep.model import Evidence
from sitrep.store.contract import ConflictError, EventRecord, Revision, Store
from sitrep.web.fields import FieldError, check_changes, check_sub_type

JUDGEMENT = "judgement"
MAX_REASON = 2000


@dataclass(frozen=True)
class Span:
    start: int
    end: int


EvidenceMove = Span | str  # a span of the article, words to find in it, or JUDGEMENT


def article_text(store: Store, record: EventRecord) -> str:
    return store.article(record.document, record.version).original


def check_reason(reason: Any, *, required: bool) -> str:
    if reason is None:
        reason = ""
    if not isinstance(reason, str) or len(reason) > MAX_REASON:
        raise FieldError(f"reason: text of at most {MAX_REASON} characters")
    reason = reason.replace("\r\n", "\n")  # a browser's textarea sends CRLF line breaks
    if any(not c.isprintable() and c not in "\n\t" for c in reason):  # NUL: PostgreSQL's
        raise FieldError("reason: control characters are not allowed")  # refusal, on both
    if required and not reason.strip():
        raise FieldError("reason: say why")
    return reason.strip()


def check_base(store: Store, event_id: str, base: int | None) -> None:
    """Raise ConflictError when `base` is not the latest revision (for acts whose store call
    takes no base revision of its own)."""
    if base is None:
        return
    latest = store.event(event_id).revision
    if base != latest:
        raise ConflictError(event_id, base, latest)


def edit(
    store: Store,
    record: EventRecord,
    changes: Mapping[str, Any],
    moves: Mapping[str, EvidenceMove],
    *,
    user: str,
    reason: str,
    base: int | None,
) -> Revision:
    if base is not None and base != record.revision:  # stale: say so before judging the values
        raise ConflictError(record.event.event_id, base, record.revision)
    checked = check_changes(dict(changes)) if changes else {}
    event = record.event
    if "event_type" in checked or "sub_event_type" in checked:
        check_sub_type(
            checked.get("event_type", event.event_type),
            checked.get("sub_event_type", event.sub_event_type),
        )
    for name in moves:
        if name not in checked and not hasattr(event, name):
            raise FieldError(f"{name}: not a field of the event")
    changed = {k: v for k, v in checked.items() if getattr(event, k) != v}
    evidence = _repoint(store, record, set(changed), moves)
    if evidence != event.evidence:
        changed["evidence"] = evidence
    if not changed:
        raise FieldError("changes: nothing differs from the current record")
    return store.revise(event.event_id, changed, user=user, reason=reason, base_revision=base)


def _repoint(
    store: Store, record: EventRecord, changed: set[str], moves: Mapping[str, EvidenceMove]
) -> tuple[Evidence, ...]:
    """The event's evidence after the edit: moved fields point at their new words, changed
    fields without new words keep none (the coder's judgement)."""
    dropped = changed | set(moves)
    kept = [e for e in record.event.evidence if e.field not in dropped]
    text: str | None = None
    for name, move in moves.items():
        if move == JUDGEMENT:
            continue
        if text is None:
            text = article_text(store, record)
        span = move if isinstance(move, Span) else find_words(text, str(move), name)
        if not 0 <= span.start < span.end <= len(text):
            raise FieldError(f"{name}: the evidence span lies outside the article")
        kept.append(Evidence(name, text[span.start : span.end], span.start, span.end))
    return tuple(sorted(kept, key=lambda e: (e.start, e.field)))


def find_words(text: str, words: str, field: str) -> Span:
    """The first place `words` occur in the article (exact case first, then any case)."""
    words = words.strip()
    if not words or len(words) > 1000:
        raise FieldError(f"{field}: give the words of the article that support the value")
    at = text.find(words)
    if at >= 0:
        return Span(at, at + len(words))
    found = re.search(re.escape(words), text, re.IGNORECASE)  # offsets stay the original's
    if found is None:
        raise FieldError(f"{field}: the words {words[:60]!r} are not in the article")
    return Span(found.start(), found.end())
