"""Extraction in batches: the same results as one at a time, and one bad document alone fails."""

from __future__ import annotations

import dataclasses

import pytest

from sitrep.intake import IntakeError
from sitrep.model import Failure
from sitrep.pipeline import Pipeline, capture_from_string


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.load()


TEXTS = [
    "Rebels attack Velmora\n\nVELMORA, Dastra (Newswire) - Rebels attacked an army post in "
    "Velmora on Monday, killing four soldiers, officials said.\n\nThe talks have stalled.",
    "Protest in Port Serin\n\nHundreds of teachers marched in Port Serin on Tuesday to demand "
    "unpaid wages. Police fired tear gas at them.",
    "Market reopens\n\nThe old market reopened on Friday after repairs, traders said.",
]


def test_a_batch_codes_what_single_documents_code(pipeline: Pipeline) -> None:
    captures = [
        capture_from_string(t, id=f"d{i}", published="2025-03-05") for i, t in enumerate(TEXTS)
    ]
    one_by_one = [pipeline.extract_capture(c) for c in captures]
    batched = pipeline.extract_batch(captures)
    assert [x.events for x in batched] == [x.events for x in one_by_one]  # type: ignore[union-attr]
    assert [x.places for x in batched] == [x.places for x in one_by_one]  # type: ignore[union-attr]
    assert sum(len(x.events) for x in one_by_one) >= 2


def test_a_bad_document_fails_alone_with_its_name(pipeline: Pipeline) -> None:
    good = capture_from_string(TEXTS[0], id="good", published="2025-03-05")
    broken = dataclasses.replace(good, id="broken", source="feed.jsonl:7", text=None)  # type: ignore[arg-type]
    unread = IntakeError("feed.jsonl:8", "not JSON")
    results = list(pipeline.extract_many([broken, good, unread]))
    assert isinstance(results[0], Failure) and results[0].source == "feed.jsonl:7"
    assert results[0].reason.startswith(("AttributeError", "TypeError"))
    assert "\n" not in results[0].reason
    assert not isinstance(results[1], Failure) and results[1].events
    assert results[2] == Failure("feed.jsonl:8", "not JSON")
    many = list(pipeline.extract_many([good, broken, good], batch=2))
    assert [isinstance(r, Failure) for r in many] == [False, True, False]
