"""Builds the stages once (model, gazetteer, lexicons) and runs them; no global state.

intake -> language -> places -> time -> events
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from sitrep.events import EventKnowledge, extract_events, load_event_knowledge
from sitrep.intake import Capture, IntakeError, to_article
from sitrep.language import Language
from sitrep.model import Article, Extraction
from sitrep.places import Gazetteer, locate
from sitrep.time import document_anchor, find_times


@dataclass
class Pipeline:
    language: Language
    gazetteer: Gazetteer
    knowledge: EventKnowledge
    stats: dict[str, float] = field(default_factory=dict)

    @classmethod
    def load(cls) -> Pipeline:
        return cls(Language.load(), Gazetteer.open(), load_event_knowledge())

    def extract_article(self, article: Article) -> Extraction:
        passages = article.passages()
        docs = self.language.parse(p.text for p in passages)
        anchor = document_anchor(article)
        places = locate(passages, docs, self.gazetteer)
        times = tuple(t for p, d in zip(passages, docs, strict=True) for t in find_times(p, d, anchor))
        events, mentions = extract_events(
            article, passages, docs, places, times, anchor, self.knowledge
        )
        return Extraction(article, events, mentions, places, times, anchor.date)

    def extract_capture(self, capture: Capture) -> Extraction:
        return self.extract_article(to_article(capture))

    def extract_many(
        self, captures: Iterable[Capture | IntakeError]
    ) -> Iterator[Extraction | IntakeError]:
        for item in captures:
            if isinstance(item, IntakeError):
                yield item
                continue
            try:
                yield self.extract_capture(item)
            except IntakeError as err:
                yield err
