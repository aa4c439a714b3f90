"""Rules of round 19 on places, dates and tolls, generalised from misses of the dev_s set: each
rule with invented sentences in other countries, words and shapes (none taken from the notes)."""

from __future__ import annotations

import pytest

from _coding import extract, pipeline, subs
from sitrep.places import places_in_text


def _only(text: str, published: str | None = None):  # type: ignore[no-untyped-def]
    events = extract(text, published)
    assert len(events) == 1, events
    return events[0]


# ---- a note's "coded to X" names the location outright -------------------------------------


def test_a_place_a_note_is_coded_to_wins_over_a_namesake_village() -> None:
    event = _only(
        "On 2 May 2021, regime forces shelled the hamlet of Tell Abyad (coded to Jisr "
        "al-Shughur, Idleb) with mortars, killing a shepherd. 1 fatality."
    )
    assert event.location == "Jisr ash Shughur"


def test_a_look_alike_of_a_region_abroad_is_no_place_in_a_settled_story() -> None:
    text = (
        "On 11 May 2022, Houthi forces shelled the village of Al-Kirala (coded to Hays, Al "
        "Hudaydah) with mortars, killing two farmers. 2 fatalities."
    )
    countries = {p.country for p in places_in_text(text, pipeline().language, pipeline().gazetteer)}
    assert countries == {"Yemen"}
    assert _only(text).location == "Hays"


# ---- "the X district of Y": Y is a name whatever the tagger makes of it --------------------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "LONDON, May 4 - A man was stabbed to death in the Heene Vale area of Worthing "
            "shortly before midnight on Friday, police said.",
            "Worthing",
        ),
        (
            "STOCKHOLM, May 4 (Nordic Wire) - Shots were fired at a car in the Ljura district of "
            "Linkoping shortly after midnight on Sunday, killing a teenager, police said.",
            "Linköping",
        ),
    ],
)
def test_the_town_after_a_quarter_and_of_is_a_place(text: str, town: str) -> None:
    location = _only(text, "2024-05-06").location or ""
    assert location.startswith(town)  # the town, or "Town - Quarter"


# ---- "X, a trading centre on the edge of Y town": a namesake X far from Y is not it --------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Two traders were hacked to death by a mob at Kibera, a trading centre on the edge "
            "of Nakuru town, on Sunday, police said.",
            "Nakuru",
        ),
        (
            "Gunmen shot dead a shopkeeper at Majengo, a market village on the outskirts of "
            "Moshi town, on Friday night, police said.",
            "Moshi",
        ),
    ],
)
def test_a_place_put_by_a_town_is_not_read_far_from_it(text: str, town: str) -> None:
    assert _only(text, "2024-05-06").location == town


def test_a_place_put_in_a_municipality_keeps_its_own_reading() -> None:
    event = _only(
        "Villagers of San Miguel Tenango, a community in Zacatlan municipality in the north of "
        "Puebla, beat a suspected thief to death on Sunday, prosecutors said.",
        "2024-05-06",
    )
    assert event.location == "San Miguel Tenango"


# ---- a hyphenated person is one victim ("and a passer-by") ---------------------------------


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "A car bomb went off outside a bank in Mogadishu on Monday, killing two guards and "
            "a passer-by, police said.",
            3,
        ),
        (
            "GUNMEN SHOT DEAD FOUR SOLDIERS AND A PASSER-BY AT A CHECKPOINT NEAR QUETTA ON "
            "SUNDAY, OFFICIALS SAID.",
            5,
        ),
        (
            "Bandits shot dead a village chief and his son-in-law on their farm near Gusau on "
            "Tuesday, police said.",
            2,
        ),
    ],
)
def test_a_hyphenated_person_is_counted(text: str, toll: int) -> None:
    assert _only(text, "2024-05-08").fatalities == toll


# ---- people taken at gunpoint are abducted, and dated by the taking ------------------------


def test_people_taken_at_gunpoint_are_abducted() -> None:
    event = _only(
        "Mar 62024\nTwo engineers were taken at gunpoint from their car on the road between "
        "Kaduna and Zaria on Monday night by men who had blocked the road, police said."
    )
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert event.event_date == "2024-03-04"


# ---- troops marching back into a town regain it; a march of teachers stays a protest -------


def test_troops_marching_back_into_a_town_regain_it() -> None:
    assert subs(
        "Colombian soldiers marched back into Tibu on Sunday, weeks after dissident guerrillas "
        "overran it, the army said.",
        "2024-05-06",
    ) == {"Government regains territory"}


def test_teachers_marching_back_into_the_capital_protest() -> None:
    assert subs(
        "Thousands of teachers marched back into the capital on Monday, demanding higher pay, "
        "union leaders said.",
        "2024-05-08",
    ) == {"Peaceful protest"}


# ---- captives let go by their captors: a release, dated by it ------------------------------


def test_captives_let_go_by_their_captors_are_released() -> None:
    events = extract(
        "NIAMEY, May 10 - Three nurses who were kidnapped near Zinder last week were let go by "
        "their captors on Thursday night, the regional governor said.",
        "2024-05-10",
    )
    released = [e for e in events if e.sub_event_type == "Other"]
    assert [e.event_date for e in released] == ["2024-05-09"]


# ---- people picked up in raids are arrested, on the day of the raids ------------------------


def test_people_picked_up_in_raids_are_arrested_that_day() -> None:
    events = extract(
        "14.10.2024\nBelarusian police have detained twelve activists in Grodno, a rights group "
        "said. They were picked up in raids on their flats on Saturday night."
    )
    assert [(e.sub_event_type, e.event_date) for e in events] == [("Arrests", "2024-10-12")]
