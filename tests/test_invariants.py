"""Invariants over every article the project has: evidence for every field, offsets that hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.intake import Capture
from sitrep.intake.read import read_paths
from sitrep.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = [ROOT / "tests" / "articles", ROOT / "tests" / "heldout", ROOT / "src/sitrep/data/demo"]
FIELDS = ("event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2",
          "location", "event_date", "fatalities", "certainty")  # fmt: skip


@pytest.fixture(scope="module")
def extractions(shared_dir):
    pipeline = Pipeline.load()
    paths = [*FOLDERS, shared_dir / "samples" / "aleppo-2016.txt"]
    captures = [c for c in read_paths(paths) if isinstance(c, Capture)]
    assert len(captures) >= 25
    return [pipeline.extract_capture(c) for c in captures]


def test_every_evidence_span_slices_the_original(extractions):
    spans = 0
    for x in extractions:
        for event in (*x.events, *x.mentions):
            for e in event.evidence:
                assert x.article.original[e.start : e.end] == e.text, (x.article.id, e)
                spans += 1
        for place in x.places:
            assert x.article.original[place.start : place.end] == place.text
        for time in x.times:
            assert x.article.original[time.start : time.end] == time.text
    assert spans > 100


def test_every_filled_field_has_evidence(extractions):
    events = [e for x in extractions for e in (*x.events, *x.mentions)]
    assert len(events) > 50
    for event in events:
        backed = {e.field for e in event.evidence}
        for field in FIELDS:
            value = getattr(event, field)
            if value not in (None, "", 0):
                assert field in backed, (event.article_id, field, value)


def test_mentions_are_never_events(extractions):
    for x in extractions:
        assert all(e.is_event for e in x.events)
        assert not any(m.is_event for m in x.mentions)
