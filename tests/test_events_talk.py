"""Cue words that tell no incident (events/nonevents.py): acts a clause says someone keeps
doing, and things described by what befell them. Invented sentences; each failed before
its rule."""

from __future__ import annotations

import pytest

from _articles import every, run


def _events(language, knowledge, text):
    return run(language, knowledge, text, every(text, "Kosti"))[0]


@pytest.mark.parametrize(
    "text",
    [
        # a participle that goes on from a habitual relative clause is part of the charge
        "We urge the recruits to quit a militia that is acting like an invader, executing "
        "teachers in the villages.",
        # things named by a passive clause on a bare plural: what kind of things they are
        "Motorbikes that had been stolen in Kosti were traded for gold across the border.",
    ],
)
def test_talk_of_acts_with_no_incident_is_no_event(language, knowledge, text):
    assert _events(language, knowledge, text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Six trucks that were looted in Kosti on Monday belonged to the aid agency.",
        "Attacks in Uganda killed 12 people on Monday.",
        "The militia, which is executing prisoners in Kosti, attacked the town on Monday.",
    ],
)
def test_the_acts_told_with_the_same_words_stay_events(language, knowledge, text):
    assert len(_events(language, knowledge, text)) >= 1


@pytest.mark.parametrize(
    "text",
    [
        "Guerrillas set up barricades across the main road into Kosti on Monday.",
        "The insurgents used the charred trucks as barricades in Kosti on Monday.",
    ],
)
def test_barricades_of_rebels_are_no_riot(language, knowledge, text):
    assert all(e.event_type != "Riots" for e in _events(language, knowledge, text))


@pytest.mark.parametrize(
    "text",
    [
        "Students set up burning barricades in Kosti on Monday to protest fuel prices.",
        "Masked men threw a petrol bomb into a ferry waiting room in Kosti on Saturday night.",
    ],
)
def test_barricades_and_petrol_bombs_of_others_stay_riots(language, knowledge, text):
    assert [e.sub_event_type for e in _events(language, knowledge, text)] == [
        "Violent demonstration"
    ]
