"""Time: the document's anchor date, temporal expressions, and factuality."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from sitrep.model import Article, Passage, TimeExpr


@dataclass(frozen=True)
class Anchor:
    date: str | None  # ISO date every relative expression is resolved against
    reason: str  # where it came from


def document_anchor(article: Article) -> Anchor:  # placeholder
    return Anchor(article.published, "published" if article.published else "none")


def find_times(passage: Passage, doc: Doc, anchor: Anchor) -> tuple[TimeExpr, ...]:  # placeholder
    return ()


__all__ = ["Anchor", "document_anchor", "find_times"]
