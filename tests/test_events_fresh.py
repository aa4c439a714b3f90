"""Rules found on a fresh batch of reports written by someone who had not read the coder
(tests/notes/dev_c.jsonl): one invented example per rule, in other words and places."""

from __future__ import annotations

import pytest

from _articles import every, place, run
from sitrep.events.fatalities import count_fatalities


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


# ---------------------------------------------------------------- no event (rounds 3-4)
@pytest.mark.parametrize(
    "text",
    [
        # a rugby report: the game named and a captain's words, no force
        "The home forwards attacked all afternoon as Kosti beat the visitors 30-12 in the rugby"
        " championship. Their captain said the side had won the battle of the scrum.",
        # a qualifying game: 'hit', 'clash' with a striker and the first minute
        "Kosti attacked from the first minute, hit the bar and their striker sealed the"
        " qualifying clash 3-0.",
        # a storm's toll is no violence
        "A cyclone swept over Kosti on Monday, killing at least 12 people and tearing roofs off"
        " hundreds of homes.",
        # blamed in politics for a deed done to an idea
        "Kosti's mayor attacked the governing coalition on Monday for blocking every budget"
        " reform.",
    ],
)
def test_no_event_is_told_in_games_weather_or_politics(language, knowledge, text):
    events, _ = run(language, knowledge, text, every(text, "Kosti"))
    assert events == ()


def test_an_actor_word_before_a_site_names_what_was_hit(language, knowledge):
    text = (
        "A car bomb went off in a busy street near the army barracks in Kosti on Monday, killing"
        " six people, witnesses said."
    )
    events, _ = run(language, knowledge, text, [place(text, "Kosti")])
    (event,) = events
    assert event.actor1 is not None and not event.actor1.startswith("Military Forces")


def test_a_group_named_on_its_spokesman_is_the_source(language, knowledge):
    text = (
        "A suicide bomber blew himself up among traders outside a bank in Kosti on Friday,"
        " killing 14 and wounding 30, an RSF provincial spokesman said."
    )
    events, _ = run(language, knowledge, text, [place(text, "Kosti")])
    (event,) = events
    assert event.actor1 is None or "Rapid Support" not in event.actor1


def test_those_killed_in_a_passive_clause_did_nothing(language, knowledge):
    text = (
        "KOSTI, MAY 3 - THREE SOLDIERS WERE KILLED ON MONDAY WHEN A ROADSIDE BOMB STRUCK THEIR"
        " TRUCK OUTSIDE KOSTI, THE DISTRICT OFFICIAL SAID."
    )
    events, _ = run(language, knowledge, text, [place(text, "KOSTI", 1)])
    (event,) = events
    assert event.actor1 is not None and not event.actor1.startswith("Military Forces")


@pytest.mark.parametrize(
    "claim",
    [
        "The Rapid Support Forces' media office claimed the attack.",
        "The RSF said it had targeted army officers who gathered at the depot.",
    ],
)
def test_a_group_that_claims_the_act_is_its_doer(language, knowledge, claim):
    text = (
        "A bomb hidden in a cart went off at the fuel depot in Kosti on Monday, killing five,"
        f" an official said. Most of the dead were drivers, witnesses said. {claim}"
    )
    events, _ = run(language, knowledge, text, [place(text, "Kosti")])
    assert events
    assert events[0].actor1 == "Rapid Support Forces"


def test_a_claim_of_something_else_names_no_doer(language, knowledge):
    text = (
        "A bomb hidden in a cart went off at the fuel depot in Kosti on Monday, killing five,"
        " an official said. The RSF claimed the army had planted it."
    )
    events, _ = run(language, knowledge, text, [place(text, "Kosti")])
    assert events
    assert events[0].actor1 != "Rapid Support Forces"


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        (
            "Dozens of Israeli settlers stormed the village of Kosti on Friday, setting fire to"
            " cars and beating two farmers.",
            "Palestine",
            "Settlers (Israel)",
        ),
        (
            "US Africa Command said it carried out an air strike on a militant camp near Kosti"
            " on Monday, killing four fighters.",
            "Somalia",
            "Military Forces of the United States (2021-2025)",
        ),
        (
            "Border guards of the two states traded fire for an hour near Kosti on Monday,"
            " leaving one guard dead.",
            "Kyrgyzstan",
            "Military Forces of Kyrgyzstan (2021-)",
        ),
    ],
)
def test_named_sides_of_todays_wars(language, knowledge, text, country, expected):
    events, _ = run(language, knowledge, text, [place(text, "Kosti", country=country)])
    assert events
    assert events[0].actor1 == expected


@pytest.mark.parametrize(
    "text",
    [
        "Government artillery fired shells filled with chlorine at rebel trenches near Kosti on"
        " Monday, leaving nine fighters struggling to breathe.",
        "Drones dropped grenades carrying CS gas on army trenches outside Kosti on Friday.",
    ],
)
def test_a_weapon_carrying_a_chemical_agent_is_a_chemical_weapon(language, knowledge, text):
    events, _ = run(language, knowledge, text, [place(text, "Kosti")])
    assert events
    assert events[0].sub_event_type == "Chemical weapon"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a number set off by commas after one person is an age
        ("A shepherd, 64, was shot dead by soldiers near the well on Friday.", 1),
        ("Gunmen killed a teacher, 29, and wounded two pupils outside the school.", 1),
    ],
)
def test_an_age_is_no_count(language, knowledge, sentence, expected):
    doc = language.parse([sentence])[0]
    assert count_fatalities(doc[:], knowledge.numbers).count == expected


def test_goods_carried_off_are_no_people_taken(language, knowledge):
    text = (
        "Militiamen broke into warehouses in Kosti on Sunday night and carried off grain and"
        " fuel, traders said."
    )
    events, _ = run(language, knowledge, text, [place(text, "Kosti")])
    taking = ("Arrests", "Abduction/forced disappearance")
    assert all(e.sub_event_type not in taking for e in events)


def test_the_one_a_mob_kills_is_the_side_hit(language, knowledge):
    text = (
        "On Sunday a mob in Kosti lynched a young man they accused of stealing a goat, before"
        " police reached the market."
    )
    events, _ = run(language, knowledge, text, [place(text, "Kosti")])
    assert events
    assert events[0].sub_event_type == "Mob violence"
    assert events[0].actor2 is not None and events[0].actor2.startswith("Civilians")


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
    assert [(e.actor1, e.actor2) for e in agreements] == [  # the state side first
        ("Military Forces of Sudan (2019-)", "Rapid Support Forces")
    ]


def test_the_speaker_is_the_last_subject_before_a_dateline(language, knowledge):
    text = (
        "KOSTI, Friday - Sudan's army said it had driven the rebels out of four villages near"
        " Kosti, recapturing the district on Wednesday after a short battle."
    )
    events, _ = run(language, knowledge, text, every(text, "Kosti"))
    assert events
    assert events[0].actor1 is not None and events[0].actor1.startswith("Military Forces of Sudan")
