"""Rules found on a fresh batch of reports written by someone who had not read the coder
(tests/notes/dev_c.jsonl): one invented example per rule, in other words and places."""

from __future__ import annotations

import pytest

from sitrep.events.fatalities import count_fatalities
from test_events_generalise import every, place, run


# ---------------------------------------------------------------- fatalities
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # people killed one by one, each named as one person
        ("Gunmen shot dead a trader, his wife and a farmhand at their house near Gao.", 3),
        ("Bandits hacked to death a herder and his brother outside the village.", 2),
        # an apposition that is not a list is the same person
        ("Gunmen shot dead a man, a local teacher, outside the school.", 1),
        # the subject counted, however long the phrase before the verb
        (
            "At least 17 people, many of them women queuing for water at a borehole beside the"
            " market, were killed when the shells landed.",
            17,
        ),
        # a dateline's town taken for the subject by the parse
        ("GAO, May 2 - At least 11 people, most of them traders, were killed on Sunday.", 11),
        ("The bomber killed himself and four others at the gate.", 5),
    ],
)
def test_each_victim_counts(language, knowledge, sentence, expected):
    doc = language.parse([sentence])[0]
    assert count_fatalities(doc[:], knowledge.numbers).count == expected


# ---------------------------------------------------------------- no event
@pytest.mark.parametrize(
    "text",
    [
        # a sports report: one sport word is enough once the text is about a game
        "Rovers pressed from the first whistle, hit the crossbar and won the league derby 3-1 in"
        " Kosti. Their coach said the players had come through a real battle.",
        # a commemoration measured back in years
        "Bells rang in Kosti on Sunday to mark thirty years since the army began shelling the"
        " old town.",
        # the dead of an old campaign, named at a monument
        "The governor laid a wreath in Kosti to the pupils killed in the long siege of the town,"
        " which historians say killed 900 people.",
    ],
)
def test_no_event_is_told(language, knowledge, text):
    events, _ = run(language, knowledge, text, every(text, "Kosti"))
    assert events == ()


# ---------------------------------------------------------------- actors
def test_the_means_of_an_attack_is_no_target(language, knowledge):
    text = "Government forces shelled the town of Kosti with artillery and mortars on Monday."
    events, _ = run(language, knowledge, text, [place(text, "Kosti")])
    (event,) = events
    assert event.actor2 is None or not event.actor2.startswith("Military Forces")
    assert not any(e.field == "target" and "artillery" in e.text for e in event.evidence)


def test_a_pronoun_doer_is_the_speaker_of_the_report(language, knowledge):
    text = (
        "Sudan's army said it had driven the rebels out of three villages near Kosti on"
        " Tuesday, recapturing the road to the river."
    )
    events, _ = run(language, knowledge, text, [place(text, "Kosti")])
    assert events
    assert events[0].actor1 is not None and events[0].actor1.startswith("Military Forces of Sudan")


def test_a_sponsor_named_before_linked_is_no_doer(language, knowledge):
    text = "Al-Shabaab-linked fighters ambushed a bus outside Kosti on Friday, killing four."
    events, _ = run(language, knowledge, text, [place(text, "Kosti")])
    (event,) = events
    assert event.actor1 is None or "Shabaab" not in event.actor1


# ---------------------------------------------------------------- sub-types
def test_two_groups_of_villagers_fighting_is_mob_violence(language, knowledge):
    text = "Two groups of farmers fought with clubs over a grazing field near Kosti on Sunday."
    events, _ = run(language, knowledge, text, [place(text, "Kosti")])
    (event,) = events
    assert (event.event_type, event.sub_event_type) == ("Riots", "Mob violence")


def test_drones_dropping_a_choking_agent_is_a_chemical_weapon(language, knowledge):
    text = "Drones dropped grenades filled with chloropicrin on trenches near Kosti on Friday."
    events, _ = run(language, knowledge, text, [place(text, "Kosti")])
    assert [e.sub_event_type for e in events] == ["Chemical weapon"]


def test_an_ordered_curfew_is_a_change_to_activity(language, knowledge):
    text = "The regional governor ordered a dusk-to-dawn curfew in Kosti from Wednesday."
    events, _ = run(language, knowledge, text, [place(text, "Kosti")])
    assert [e.sub_event_type for e in events] == ["Change to group/activity"]


# ---------------------------------------------------------------- places
def test_a_continent_is_no_place_of_an_event_in_a_named_country(language, knowledge):
    text = "Thousands marched through the capital of Sudan on Sunday, calling for Africa."
    places = [
        place(text, "Sudan", feature="PCLI", geo_precision=3),
        place(text, "Africa", country=None, feature="CONT", geo_precision=3),
    ]
    events, _ = run(language, knowledge, text, places)
    assert [e.location for e in events] == ["Sudan"]


def test_a_village_the_gazetteer_lacks_stands_at_its_bracketed_district(language, knowledge):
    text = "Gunmen burned houses in Umm Dabakir village (Kosti, Rabak, White Nile) on Monday."
    places = [
        place(text, "Umm Dabakir", latitude=None, longitude=None, feature=None, geo_precision=3),
        place(text, "Kosti"),
        place(text, "Rabak"),
        place(text, "White Nile", feature="ADM1"),
    ]
    events, _ = run(language, knowledge, text, places)
    assert [(e.location, e.geo_precision) for e in events] == [("Kosti", 2)]


def test_two_groups_that_agree_to_stop_fighting_are_the_two_sides(language, knowledge):
    text = (
        "The Rapid Support Forces and the Sudanese army agreed on Sunday to stop fighting in Kosti."
    )
    events, _ = run(language, knowledge, text, [place(text, "Kosti")])
    agreements = [e for e in events if e.sub_event_type == "Agreement"]
    assert [(e.actor1, e.actor2) for e in agreements] == [
        ("Rapid Support Forces", "Military Forces of Sudan (2019-)")
    ]


def test_the_speaker_is_the_last_subject_before_a_dateline(language, knowledge):
    text = (
        "KOSTI, Friday - Sudan's army said it had driven the rebels out of four villages near"
        " Kosti, recapturing the district on Wednesday after a short battle."
    )
    events, _ = run(language, knowledge, text, every(text, "Kosti"))
    assert events
    assert events[0].actor1 is not None and events[0].actor1.startswith("Military Forces of Sudan")
