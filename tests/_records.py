"""Hand-built records for stage tests that need no model."""

from __future__ import annotations

import hashlib

from sitrep.model import Article, Certainty, Event, Evidence, Extraction, Factuality, OffsetMap

TEXT = "Militia fighters shelled the market in Kaleva on Tuesday, killing four people."


def article(text: str = TEXT, id: str = "kaleva") -> Article:
    return Article(
        id=id,
        original=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        body=text,
        body_offsets=OffsetMap.identity(len(text)),
        title="Shelling in Kaleva",
        published="2025-03-06",
    )


def body_article(text: str, published: str = "2024-03-06") -> Article:
    """An article that is all body, published on `published` (a Wednesday by default)."""
    return Article(
        id="test",
        original=text,
        sha256="",
        body=text,
        body_offsets=OffsetMap.identity(len(text)),
        published=published,
    )


def event(text: str = TEXT, **fields: object) -> Event:
    start = text.index("shelled")
    base: dict[str, object] = dict(
        event_date="2025-03-04",
        time_precision=1,
        event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack",
        actor1="Militia fighters",
        location="Kaleva",
        latitude=10.5,
        longitude=20.25,
        fatalities=4,
        certainty=Certainty.ASSERTED,
        factuality=Factuality.HAPPENED,
        evidence=(Evidence("event_type", "shelled", start, start + 7),),
        article_id="kaleva",
        event_id="e1",
    )
    base.update(fields)
    return Event(**base)  # type: ignore[arg-type]


def extraction() -> Extraction:
    mention = event(event_id="m1", factuality=Factuality.FUTURE, event_date=None)
    return Extraction(article(), events=(event(),), mentions=(mention,))
