"""Invariants of the time stage on random mixes of expressions (hypothesis)."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.model import OffsetMap, Passage, PassageKind
from sitrep.time import Anchor, event_date, find_times, load_time_words

PHRASES = [
    "on Monday",
    "last Friday night",
    "yesterday",
    "this morning",
    "three days ago",
    "last week",
    "earlier this month",
    "in recent days",
    "over the past few days",
    "on 12 December 2016",
    "on Dec. 5, 2016",
    "on 4/11/2016",
    "in September 2015",
    "last March",
    "in 1994",
    "for four years",
    "since Sunday",
    "since 2011",
    "next week",
    "in the coming days",
    "on 30 December",
    "over the weekend",
    "on the 3rd",
    "mid-2015",
    "two weeks ago",
    "later this week",
    "12 DEC 89",
    "in the 1990s",
    "2016-11-02",
    "two days later",
    "the previous day",
    "that night",
    "hours later",
    "between Monday and Wednesday",
    "from 3 to 5 December",
    "in the first week of May",
    "late last month",
    "early December",
    "on 05/06/2016",
    "on Dec 12th",
    "in the coming weeks",
]
CLAUSES = [
    "Rebels shelled the town {p}.",
    "Troops will withdraw {p}.",
    "{P}, gunmen attacked a bus.",
    "Officials said the market was hit {p}.",
    "The siege, which began {p}, continues.",
]
ANCHORS = ["2016-12-13", "1990-01-03", "2016-02-29", "2017-01-01"]

sentences = st.lists(
    st.tuples(st.sampled_from(CLAUSES), st.sampled_from(PHRASES)), min_size=1, max_size=4
).map(lambda parts: " ".join(c.format(p=p, P=p[0].upper() + p[1:]) for c, p in parts))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=sentences, anchor=st.sampled_from(ANCHORS), shift=st.integers(0, 50))
def test_expressions_are_well_formed(language, text, anchor, shift):
    words = load_time_words()
    original = "x" * shift + text
    passage = Passage(PassageKind.BODY, text, OffsetMap.identity(len(text), shift))
    doc = language.parse([text])[0]
    times = find_times(passage, doc, Anchor(anchor, "test"), words=words)
    assert times, text
    for expr in times:
        assert original[expr.start : expr.end] == expr.text
        assert expr.precision in (1, 2, 3)
        day = date.fromisoformat(expr.date)
        if expr.first and expr.last:
            assert date.fromisoformat(expr.first) <= day <= date.fromisoformat(expr.last)
    for sentence in doc.sents:
        dated = event_date(passage, sentence, sentence.root, times, Anchor(anchor, "test"))
        assert dated.date is not None and dated.precision in (1, 2, 3)
        assert dated.date <= anchor  # a reported event never postdates its report
