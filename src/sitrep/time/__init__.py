"""Time: the document's anchor date, temporal expressions, event dates, and factuality."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from sitrep.model import Article, Certainty, Factuality, Passage, TimeExpr


@dataclass(frozen=True)
class Anchor:
    date: str | None  # ISO date every relative expression is resolved against
    reason: str  # where it came from


@dataclass(frozen=True)
class Judgement:
    """A class for one candidate event, with the cue that decided it (doc char offsets)."""

    label: Factuality | Certainty
    cue_start: int | None = None
    cue_end: int | None = None
    reason: str = ""


@dataclass(frozen=True)
class EventDate:
    date: str | None
    precision: int | None
    evidence: TimeExpr | None = None  # the expression it came from, if any


def document_anchor(article: Article) -> Anchor:  # placeholder
    return Anchor(article.published, "published" if article.published else "none")


def find_times(passage: Passage, doc: Doc, anchor: Anchor) -> tuple[TimeExpr, ...]:  # placeholder
    return ()


def classify_factuality(sentence: Span, trigger: Token | Span) -> Judgement:  # placeholder
    return Judgement(Factuality.HAPPENED)


def classify_certainty(sentence: Span, trigger: Token | Span) -> Judgement:  # placeholder
    return Judgement(Certainty.ASSERTED)


def event_date(
    passage: Passage,
    sentence: Span,
    trigger: Token | Span,
    times: Sequence[TimeExpr],
    anchor: Anchor,
) -> EventDate:  # placeholder
    """The date a candidate event takes: `times` are the article's expressions (original offsets)."""
    return EventDate(passage.date or anchor.date, 1 if (passage.date or anchor.date) else None)


__all__ = [
    "Anchor",
    "EventDate",
    "Judgement",
    "classify_certainty",
    "classify_factuality",
    "document_anchor",
    "event_date",
    "find_times",
]
