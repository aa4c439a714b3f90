"""Rules generalised from the twelfth notes batch's misses: each rule with invented sentences
in other countries, words and shapes (none taken from the notes)."""

from __future__ import annotations

import pytest

from test_notes_probes import extract


def _best(text: str, published: str | None = None):  # noqa: ANN202
    events = extract(text, published)
    assert events, "no event"
    return events[0]


# places, dates, fatalities


# ---- a hyphenated age ("a 64-year-old man") is no count of the dead ------------------------


def test_a_hyphenated_age_is_no_toll() -> None:
    text = (
        "On 4 May 2024, a crowd in Kisumu (Kisumu Central, Kisumu) beat to death a 64-year-old "
        "man they accused of stealing a goat, police said."
    )
    assert _best(text).fatalities == 1


# ---- a day told on a statement's participle is the statement's, not the act's ---------------


def test_the_day_a_statement_was_issued_is_the_report_s() -> None:
    text = (
        "KAMPALA, March 3 (Lake Wire) - A suicide bomber rammed a minibus packed with explosives "
        "into the gate of a barracks at Kasese on Saturday afternoon, killing three soldiers, the "
        "army said in a statement broadcast on Sunday."
    )
    assert _best(text, "2025-03-03").event_date == "2025-03-01"


# ---- around a town: close to it, in the hills above it, in an unnamed village of it ---------


@pytest.mark.parametrize(
    "text",
    [
        "On 8 June 2024, a mortar shell hit a water point close to Kidira (Bakel, Tambacounda), "
        "killing 2 herders.",
        "Soldiers raped two women collecting firewood in the hills above Bukavu on 8 June 2024, "
        "a rights group said.",
        "On 8 June 2024, gunmen abducted a teacher in a village of Kenema (Kenema, Eastern).",
        "On 8 June 2024, gunmen burned a school in a remote settlement of Dosso (Dosso, Dosso).",
    ],
)
def test_a_scene_around_a_named_town_is_near_it(text: str) -> None:
    assert _best(text).geo_precision == 2


# ---- a word tagged as a people before a district's type word names that district -----------


def test_a_name_before_district_is_the_district_whatever_its_tag() -> None:
    text = "Gunmen shot dead a pastor in Kasese district on 2 May 2024, police said."
    assert _best(text).location == "Kasese"


# ---- a victim's home ("a trader from X") is no scene ---------------------------------------


def test_where_a_victim_comes_from_is_not_the_scene() -> None:
    text = (
        "On 12 February 2025, unknown gunmen shot dead a teacher from Punjab outside a school "
        "in Turbat (Kech, Balochistan), police said."
    )
    assert _best(text).location == "Turbat"


# ---- capitals copy: a regional capital that is also an English word, after "in" ------------


def test_a_shouted_regional_capital_after_in_is_the_scene() -> None:
    text = (
        "AMMAN, MAY 3 (LEVANT WIRE) - A GUNMAN OPENED FIRE ON A POLICE PATROL IN AQABA ON FRIDAY "
        "NIGHT, KILLING ONE OFFICER, THE PUBLIC SECURITY DIRECTORATE SAID."
    )
    assert _best(text, "2025-05-03").location == "Aqaba"


# ---- "the X area of <town>": a part of that town, not a namesake elsewhere ------------------


def test_an_area_of_a_named_town_is_in_that_town() -> None:
    text = (
        "On 9 March 2025, unidentified men threw a grenade at a bar in the Kaloleni area of "
        "Mombasa (Mvita, Mombasa). No casualties reported."
    )
    assert _best(text).admin1 == "Mombasa"


# ---- "X, a town in the west of Y": Y only says where X lies --------------------------------


def test_an_apposition_locating_the_town_names_no_other_scene() -> None:
    text = (
        "Residents of Patzún, a small town in the west of Chimaltenango, beat to death a man "
        "accused of robbing a bus driver on Sunday, police said."
    )
    assert _best(text, "2025-06-02").location == "Patzún"
