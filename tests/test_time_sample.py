"""The time stage on the shared Aleppo sample (read from ../shared, never copied here)."""

from __future__ import annotations

import hashlib

import pytest
from spacy.tokens import Doc, Span

from sitrep.model import Article, Certainty, OffsetMap, Passage, PassageKind
from sitrep.time import (
    classify_certainty,
    classify_factuality,
    document_anchor,
    event_date,
    find_times,
    load_cues,
    load_time_words,
)


@pytest.fixture(scope="module")
def sample(shared_dir, language):
    text = (shared_dir / "samples" / "aleppo-2016.txt").read_text(encoding="utf-8")
    article = Article(
        "aleppo-2016",
        text,
        hashlib.sha256(text.encode()).hexdigest(),
        text,
        OffsetMap.identity(len(text)),
        published="2016-12-13",  # what intake infers from the latest dated caption
        published_inferred=True,
        published_reason="latest caption date",
    )
    words, cues = load_time_words(), load_cues()
    anchor = document_anchor(article, words=words)
    passage = Passage(PassageKind.BODY, text, article.body_offsets)
    doc = language.parse([text])[0]
    times = find_times(passage, doc, anchor, words=words)
    return passage, doc, anchor, times, cues


def _sentence(doc: Doc, keyword: str) -> Span:
    hits = [s for s in doc.sents if keyword in s.text]
    assert hits, keyword
    return hits[0]


def _trigger(sentence: Span, word: str):
    return next(t for t in sentence if t.text == word)


def test_anchor_is_the_inferred_date(sample):
    _, _, anchor, _, _ = sample
    assert anchor.date == "2016-12-13"


def test_since_monday_is_a_range_from_monday(sample):
    _, _, _, times, _ = sample
    since = next(t for t in times if t.text == "Since Monday")
    assert (since.kind, since.first, since.last, since.precision) == (
        "range",
        "2016-12-12",
        "2016-12-13",
        2,
    )


def test_month_and_year_expressions(sample):
    _, _, _, times, _ = sample
    by_text = {t.text: t for t in times}
    assert by_text["September 2015"].precision == 3
    assert by_text["September 2015"].date == "2015-09-15"
    assert by_text["In 1994"].kind == "year"


def test_original_offsets(sample):
    passage, _, _, times, _ = sample
    assert all(passage.text[t.start : t.end] == t.text for t in times)


@pytest.mark.parametrize(
    ("keyword", "trigger"),
    [
        ("increase", "incidents"),
        ("increase", "increase"),
        ("Idlib", "turn"),
        ("expel", "expel"),
        ("avoided", "battles"),
        ("delay", "campaign"),
    ],
)
def test_not_happened(sample, keyword, trigger):
    passage, doc, anchor, times, cues = sample
    sentence = _sentence(doc, keyword)
    judged = classify_factuality(
        sentence,
        _trigger(sentence, trigger),
        cues=cues,
        anchor=anchor,
        times=times,
        passage=passage,
    )
    assert not judged.label.is_event, judged


def test_rwanda_comparison_is_historical(sample):
    passage, doc, anchor, times, cues = sample
    sentence = _sentence(doc, "Rwanda")
    judged = classify_factuality(
        sentence,
        _trigger(sentence, "murdered"),
        cues=cues,
        anchor=anchor,
        times=times,
        passage=passage,
    )
    assert judged.label == "historical"


def test_executions_since_monday(sample):
    passage, doc, anchor, times, cues = sample
    sentence = _sentence(doc, "executing")
    trigger = _trigger(sentence, "executing")
    judged = classify_factuality(
        sentence, trigger, cues=cues, anchor=anchor, times=times, passage=passage
    )
    assert judged.label.is_event
    assert classify_certainty(sentence, trigger, cues=cues).label == Certainty.ATTRIBUTED
    dated = event_date(passage, sentence, trigger, times, anchor)
    assert "2016-12-12" <= dated.date <= "2016-12-14" and dated.precision == 2


def test_no_event_date_after_the_anchor(sample):
    passage, doc, anchor, times, _ = sample
    for sentence in doc.sents:
        dated = event_date(passage, sentence, sentence.root, times, anchor)
        assert dated.date is not None and dated.date <= anchor.date
