"""Readings of several names that meet support each other ("Hall County" and "Forsyth
County" are both counties of Georgia)."""

from __future__ import annotations

import pytest

from sitrep.places import Gazetteer
from sitrep.places.recognize import Form, Mention
from sitrep.places.resolve import _agreement, _Context, _Group, _reading_cells


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.open()


def _group(name: str, gazetteer: Gazetteer) -> _Group:
    entries = gazetteer.lookup({name})[name]
    mention = Mention(0, (Form(name, 0, len(name)),), "GPE")
    return _Group(
        name, [(mention, mention.forms[0])], entries, False, gazetteer_only=False,
        contested=False, generic=None, name=name,
    )  # fmt: skip


def test_readings_of_two_names_that_meet_support_each_other(gazetteer):
    """ "Hall County" and "Forsyth County" are counties of several states; both are in
    Georgia, side by side: that reading of each gains."""
    hall, forsyth = _group("hall county", gazetteer), _group("forsyth county", gazetteer)
    context = _Context({}, {}, {}, {}, cells=_reading_cells([hall, forsyth], frozenset()))
    by_state = {e.admin1: _agreement(e, hall, context) for e in hall.candidates}
    assert by_state["Georgia"] > 0 and by_state["Nebraska"] == 0


def test_a_countrys_name_lends_no_agreement(gazetteer):
    """A country's namesake hamlets say nothing of where a story is."""
    jordan, scott = _group("jordan", gazetteer), _group("scott county", gazetteer)
    context = _Context({}, {}, {}, {}, cells=_reading_cells([jordan, scott], frozenset()))
    assert all(_agreement(e, scott, context) == 0 for e in scott.candidates)
