"""Records as JSON-ready data, in the shapes the CLI contract promises."""

from __future__ import annotations

from typing import Any

from sitrep.model import Article, Event, Extraction, Place, as_dict

# Offsets maps and the full original stay out of the printed article; they are in the store.
_ARTICLE_HIDDEN = ("original", "body_offsets", "removed", "title_span", "standfirst_span")


def article_json(article: Article) -> dict[str, Any]:
    data = as_dict(article, skip=_ARTICLE_HIDDEN)
    data["removed"] = [
        {"kind": r.kind, "rule": r.rule, "text": article.original[r.start : r.end]}
        for r in article.removed
    ]
    return data


def event_json(event: Event) -> dict[str, Any]:
    return as_dict(event)


def place_json(place: Place) -> dict[str, Any]:
    return as_dict(place)


def extraction_json(extraction: Extraction) -> dict[str, Any]:
    return {
        "article": article_json(extraction.article),
        "events": [event_json(e) for e in extraction.events],
        "mentions": [event_json(e) for e in extraction.mentions],
        "anchor": extraction.anchor,
    }
