"""Side rules of round 19, generalised from actor misses of the dev_s set: each rule with
invented sentences in other countries, words and shapes (none taken from the notes)."""

from __future__ import annotations

import pytest

from _coding import extract

# ---- the defence and security forces (FDS) are the state's military ---------------------------


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        (
            "An FDS convoy struck a landmine near Tillaberi, Niger on Sunday, killing two "
            "soldiers.",
            "Military Forces of Niger",
        ),
        (
            "A joint FDS and VDP patrol struck a roadside bomb near Arbinda on Tuesday, killing "
            "three.",
            "Military Forces of Burkina Faso",
        ),
    ],
)
def test_the_fds_are_the_states_military_hit_before_its_auxiliaries(text: str, hit: str) -> None:
    events = extract(text, "2023-05-10")
    assert events and hit in (events[0].actor2 or "")


def test_defence_and_security_forces_spelt_out_are_the_military() -> None:
    text = (
        "Soldiers of the defence and security forces clashed with gunmen near Kafolo in "
        "northern Ivory Coast on Monday."
    )
    events = extract(text, "2023-05-10")
    assert events and events[0].actor1 == "Military Forces of Ivory Coast (2011-)"


# ---- named tribes before a tribe word are ACLED's tribal militias ----------------------------


def test_two_tribes_that_sign_a_truce_are_its_two_parties() -> None:
    events = extract(
        "Elders of the Shammar and Jubur tribes signed a peace deal in Mosul.", "2023-05-10"
    )
    assert events
    assert {events[0].actor1, events[0].actor2} == {
        "Shammar Tribal Militia (Iraq)",
        "Jubur Tribal Militia (Iraq)",
    }


def test_a_tribe_in_a_clash_is_its_tribal_militia() -> None:
    text = "Fighters of the Obeidi tribe clashed with police near Kirkuk on Monday, killing one."
    events = extract(text, "2023-05-10")
    assert events and events[0].actor1 == "Obeidi Tribal Militia (Iraq)"


# ---- a name joined to a known community before their noun is a community too -----------------


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Leaders of the Hema and Bira communities signed a peace pact in Bunia on Monday.",
            "Hema",
            "Bira",
        ),
        (
            "Chiefs of the Dinka and Mundari communities agreed on a truce in Terekeka on "
            "Monday, after months of raids that followed SPLA operations in the area.",
            "Dinka",
            "Mundari",
        ),
    ],
)
def test_communities_joined_in_an_agreement_are_its_parties(
    text: str, first: str, second: str
) -> None:
    events = [e for e in extract(text, "2023-05-10") if e.sub_event_type == "Agreement"]
    assert events
    assert (events[0].actor1 or "").startswith(first)
    assert (events[0].actor2 or "").startswith(second)


# ---- the people an arrested person's description names were not arrested ---------------------


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "Ahmed Saleh, a lawyer who defended rebel commanders in court, was arrested in "
            "Khartoum on Monday.",
            "Civilians (Sudan)",
        ),
        (
            "Maria Gomez, the journalist who exposed army abuses last year, was detained by "
            "police in Caracas on Friday.",
            "Civilians (Venezuela)",
        ),
    ],
)
def test_sides_in_an_appositive_relative_clause_are_not_the_detained(text: str, held: str) -> None:
    events = extract(text, "2023-05-10")
    assert events and events[0].actor2 == held


# ---- a place's holder is no doer, nor the side hit, of a bomb nobody claimed --------------------


def test_the_holder_of_the_town_did_not_plant_the_bomb() -> None:
    text = (
        "A roadside bomb exploded near a bus station in Jisr al-Shughur, a town controlled by "
        "HTS, on Sunday, killing three civilians."
    )
    events = extract(text, "2023-05-10")
    assert events and events[0].actor1 == "Unidentified Armed Group (Syria)"


def test_the_army_holding_the_town_is_not_hit_by_a_market_bomb() -> None:
    text = (
        "A motorbike bomb went off in the market of Menaka, a town held by the army, on "
        "Friday, killing two traders."
    )
    events = extract(text, "2023-05-10")
    assert events and events[0].actor2 == "Civilians (Mali)"


def test_a_bomb_beside_a_passing_patrol_still_hits_the_patrol() -> None:
    text = (
        "A bomb went off as an army patrol passed through Menaka on Friday, killing two soldiers."
    )
    events = extract(text, "2023-05-10")
    assert events and events[0].actor2 == "Military Forces of Mali (2021-)"


# ---- a post opened "by" a force: the force set it up -------------------------------------------


def test_a_post_opened_by_soldiers_is_theirs() -> None:
    text = "A new military post was opened in Tessit by Malian soldiers on Tuesday."
    events = extract(text, "2023-05-10")
    assert events and events[0].actor1 == "Military Forces of Mali (2021-)"


# ---- the Tigrayan side's men by their people's name are the TPLF -------------------------------


def test_tigrayan_fighters_are_the_tplf() -> None:
    text = "Tigrayan fighters shelled the outskirts of Dessie on Monday, the government said."
    events = extract(text, "2021-11-10")
    assert events and (events[0].actor1 or "").startswith("TPLF")
