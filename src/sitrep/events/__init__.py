"""Events: detect, classify, fill ACLED fields with evidence, merge."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from sitrep.model import Article, Event, Passage, Place, TimeExpr
from sitrep.time import Anchor


@dataclass(frozen=True)
class EventKnowledge:  # placeholder
    pass


def load_event_knowledge() -> EventKnowledge:
    return EventKnowledge()


def extract_events(
    article: Article,
    passages: Sequence[Passage],
    docs: Sequence[Doc],
    places: Sequence[Place],
    times: Sequence[TimeExpr],
    anchor: Anchor,
    knowledge: EventKnowledge,
) -> tuple[tuple[Event, ...], tuple[Event, ...]]:
    return (), ()


__all__ = ["EventKnowledge", "extract_events", "load_event_knowledge"]
