"""The whole pipeline over one invented report, for the tests of coding rules.

Loading the pipeline (language model, gazetteer, knowledge bundle) takes about two seconds and
the rules tests code thousands of short reports, so each test process loads it once, here, and
every report is coded by that same pipeline (coding one report leaves nothing behind for the
next: test_determinism holds that).
"""

from __future__ import annotations

import functools

from sitrep.evaluate.notes import Item, predict
from sitrep.model import Event
from sitrep.pipeline import Pipeline


@functools.cache
def pipeline() -> Pipeline:
    return Pipeline.load()


def extract(text: str, published: str | None = None) -> tuple[Event, ...]:
    """The events sitrep codes from `text`, published on `published` (ISO date) if given."""
    ((_, events, error),) = list(predict([Item("t", text, published, None)], 1, pipeline()))
    assert error is None, error
    return events


def kinds(text: str, published: str | None = None) -> list[tuple[str, str]]:
    """(event type, sub-type) of each event coded from `text`."""
    return [(e.event_type, e.sub_event_type) for e in extract(text, published)]


def subs(text: str, published: str | None = None) -> set[str]:
    return {sub for _, sub in kinds(text, published)}
