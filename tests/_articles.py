"""Articles made of invented sentences, and the events sitrep finds in them: the builders the
events tests share."""

from __future__ import annotations

from collections.abc import Sequence

from sitrep.events import extract_events
from sitrep.model import Article, Event, OffsetMap, Place
from sitrep.time import Anchor, find_times

ANCHOR = Anchor("2024-03-06", "test")  # a Wednesday
TOWN = "Kosti"
SUDAN = {"country": "Sudan", "latitude": 13.0, "longitude": 30.0, "feature": "PPL"}


def place(text: str, name: str, nth: int = 0, **fields) -> Place:
    """The `nth` occurrence of `name` in `text`, a town of Sudan unless `fields` say otherwise."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Place(start, start + len(name), name, name, **(SUDAN | fields))


def every(text: str, name: str = TOWN, **fields) -> list[Place]:
    return [place(text, name, i, **fields) for i in range(text.count(name))]


def run(
    language, knowledge, body: str, places: Sequence[Place] = (), title: str | None = None
) -> tuple[tuple[Event, ...], tuple[Event, ...]]:
    """Events and mentions of an article made of an optional title line and a body."""
    original = f"{title}\n\n{body}" if title else body
    start = original.index(body)
    art = Article(
        id="test",
        original=original,
        sha256="",
        body=body,
        body_offsets=OffsetMap.identity(len(body), start),
        title=title,
        title_span=(0, len(title)) if title else None,
        published=ANCHOR.date,
    )
    passages = art.passages()
    docs = language.parse(p.text for p in passages)
    times = tuple(t for p, d in zip(passages, docs, strict=True) for t in find_times(p, d, ANCHOR))
    return extract_events(art, passages, docs, tuple(places), times, ANCHOR, knowledge)


def events_in(
    language, knowledge, body: str, places: Sequence[Place] | None = None
) -> tuple[Event, ...]:
    """The events of `body`, whose places are every mention of the town unless given."""
    return run(language, knowledge, body, every(body) if places is None else places)[0]
