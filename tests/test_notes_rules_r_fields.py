"""Actor and place rules of round 18 (found events whose actor or place was wrong), generalised
from misses of the dev_r and spent unseen_q sets: each rule with invented sentences in other
countries, words and shapes (none taken from the notes)."""

from __future__ import annotations

import pytest

from _coding import extract

# ---- what a crowd chants against is its cause, not its place ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "NAIROBI, May 3 (East Desk) - Hundreds of students marched to the parliament on Friday "
        "chanting against the shelling of Mogadishu, organisers said.",
        "JAKARTA - Thousands rallied outside the French embassy on Sunday, chanting against "
        "the raids on Bamako, police said.",
    ],
)
def test_a_place_protested_against_is_not_the_protest_place(text: str) -> None:
    protests = [e for e in extract(text, "2024-05-06") if e.event_type == "Protests"]
    assert protests
    assert protests[0].country in ("Kenya", "Indonesia")
    assert protests[0].location in ("Nairobi", "Jakarta")


# ---- a group suspected of the act is no target of it -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On 3 March 2024, unknown men threw a grenade into a crowded restaurant in Bunia, "
        "killing 3 civilians. Witnesses suspect fighters of CODECO, which has been blamed for "
        "several such attacks in the town.",
        "On 3 March 2024, gunmen shot dead three traders at a market in Kidal. Residents "
        "suspect members of JNIM, which has been blamed for similar attacks in the area.",
    ],
)
def test_a_suspected_group_is_neither_hit_nor_the_named_doer(text: str) -> None:
    (event, *_) = extract(text, "2024-03-05")
    assert event.actor1 is not None and event.actor1.startswith("Unidentified Armed Group")
    assert event.actor2 is not None and event.actor2.startswith("Civilians")


def test_a_group_accused_outright_stays_the_doer() -> None:
    text = "The army accused the ADF of the bombing of a bus in Beni on Monday that killed four."
    (event, *_) = extract(text, "2024-03-05")
    assert event.actor1 == "ADF: Allied Democratic Forces"


# ---- a body that confirms an act is its source, not its doer ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Two men on a motorbike shot dead a shopkeeper in Kandahar on Monday. A spokesman for the "
        "provincial police confirmed the killing.",
        "Gunmen killed a teacher in Quetta on Tuesday. A spokesman for the Balochistan police "
        "confirmed the killing.",
    ],
)
def test_a_body_confirming_a_killing_is_no_doer(text: str) -> None:
    (event, *_) = extract(text, "2024-03-05")
    assert event.actor1 is not None and event.actor1.startswith("Unidentified Armed Group")


def test_the_force_a_former_member_served_in_is_no_doer() -> None:
    text = (
        "Two men on a motorbike shot dead a former officer of the Iraqi army outside his home "
        "in Mosul on Friday, relatives said."
    )
    (event, *_) = extract(text, "2024-03-05")
    assert event.actor1 == "Unidentified Armed Group (Iraq)"


# ---- the vehicle of an armed group hit by a bomb: the group is the side hit ------------------


def test_a_bomb_under_a_groups_vehicle_hits_the_group() -> None:
    text = (
        "On 4 April 2024, a roadside bomb exploded as a pick-up of the Security Belt Forces "
        "drove through a valley near Lawdar (Abyan)."
    )
    (event,) = extract(text, "2024-04-05")
    assert event.actor2 == "Security Belt Forces"


# ---- drones launched from a state's soil are its forces' ------------------------------------


def test_drones_launched_from_a_state_are_its_forces() -> None:
    text = (
        "On 9 May 2024, Ukrainian air defences shot down 12 drones launched from Belarus over "
        "the Zhytomyr region, the air force said."
    )
    (event, *_) = extract(text, "2024-05-10")
    assert event.actor2 == "Military Forces of Belarus (1994-)"


def test_rockets_fired_from_a_land_of_armed_groups_name_no_state() -> None:
    text = (
        "On 9 May 2024, Israeli air defences intercepted two rockets fired from Lebanon over "
        "Metula, the army said."
    )
    for event in extract(text, "2024-05-10"):
        assert event.actor2 != "Military Forces of Lebanon (2021-)"


# ---- named groups (actors.toml) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "On 5 May 2024, Houthi security forces detained three teachers in Ibb, their "
            "families said.",
            "Houthi Movement",
        ),
        (
            "On 5 May 2024, fighters of the Patriotic Front for Justice attacked an army post "
            "near Arlit, the defence ministry said.",
            "FPJ: Patriotic Front for Justice",
        ),
    ],
)
def test_named_groups(text: str, actor: str) -> None:
    (event, *_) = extract(text, "2024-05-06")
    assert event.actor1 == actor


def test_a_crowd_protesting_against_a_measure_in_a_town_is_there() -> None:
    text = (
        "Police fired tear gas at traders protesting against new market taxes in Kisumu on "
        "Monday, witnesses said."
    )
    (event, *_) = extract(text, "2024-05-07")
    assert event.location == "Kisumu"


def test_a_blamed_group_is_still_the_doer() -> None:
    text = (
        "A soldier was killed on Monday when a mine exploded under a patrol near Tame, Arauca. "
        "The army blamed the ELN, which it said had mined the area."
    )
    (event, *_) = extract(text, "2024-05-07")
    assert event.actor1 == "ELN: National Liberation Army"
