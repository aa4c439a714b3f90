"""Actor rules of round 19, generalised from actor misses of the spent unseen_r and dev_r
sets: each rule with invented sentences in other countries, words and shapes (none taken
from the notes)."""

from __future__ import annotations

import pytest

from _coding import extract

# ---- the side whose positions the fire came from is its doer --------------------------------


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Three villagers were killed when mortar bombs landed in the market of Kidal on "
            "Monday. Witnesses said the rounds came from JNIM positions north of the town.",
            "JNIM",
        ),
        (
            "A girl was wounded when a rocket hit a house in Marib on Tuesday. Residents said "
            "the fire came from Houthi lines to the west.",
            "Houthi",
        ),
        (
            "Two farmers were wounded when a mortar round fired from government positions "
            "exploded in a field near Daraa on Friday.",
            "Military Forces of Syria",
        ),
    ],
)
def test_fire_came_from_a_sides_positions(text: str, doer: str) -> None:
    events = extract(text, "2023-04-12")
    assert events and doer in (events[0].actor1 or "")


def test_fire_from_a_place_names_no_doer() -> None:
    text = (
        "Two shepherds were killed when shells hit a village near Shebaa on Monday. "
        "The army said the rounds came from across the border."
    )
    events = extract(text, "2023-04-12")
    assert events and "Military Forces of Lebanon" not in (events[0].actor1 or "")


# ---- a blame laid on a side ("attributed the blast to X", "blamed the Y front of X") -------


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "A roadside bomb killed a teacher near Yala on Sunday. Police attributed the blast "
            "to separatist insurgents.",
            "Unidentified Armed Group (Thailand)",
        ),
        (
            "A bomb went off at a bus stop in Quetta on Sunday, wounding six people. Police "
            "attributed the explosion to the Baloch Liberation Army.",
            "BLA",
        ),
    ],
)
def test_the_side_an_act_is_attributed_to_did_it(text: str, doer: str) -> None:
    events = extract(text, "2024-02-05")
    assert events and doer in (events[0].actor1 or "")
    assert "Police" not in (events[0].actor1 or "")


def test_a_blame_on_a_part_of_a_group_names_the_group() -> None:
    text = (
        "A drone dropped a grenade on an army post in Arauca on Friday, wounding two "
        "soldiers. The army blamed the Domingo Lain front of the ELN."
    )
    events = extract(text, "2024-02-05")
    assert events and "ELN" in (events[0].actor1 or "")


# ---- the doers' ally in a firefight is no other side ------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "On 2 March 2024, Nigerian police backed by army troops exchanged fire for hours "
            "with Boko Haram fighters near Bama.",
            "Police Forces of Nigeria",
            "Boko Haram",
        ),
        (
            "Malian soldiers supported by Wagner fighters clashed with JNIM militants near "
            "Niono on Monday.",
            "Military Forces of Mali",
            "JNIM",
        ),
    ],
)
def test_an_ally_backing_the_doers_is_no_side(text: str, first: str, second: str) -> None:
    events = extract(text, "2024-03-05")
    assert events and first in (events[0].actor1 or "")
    assert second in (events[0].actor2 or "")


def test_two_sides_named_together_still_clash() -> None:
    events = extract("Kenyan police and al-Shabaab fighters exchanged fire near Mandera.")
    assert events and "Al Shabaab" in (events[0].actor2 or "")


# ---- a state's prefect decrees as the government -------------------------------------------


def test_a_prefect_decrees_as_the_government() -> None:
    text = (
        "The prefect of Mokolo in Cameroon on Tuesday banned motorbikes on the roads of the "
        "department after attacks by Boko Haram fighters on two villages."
    )
    events = extract(text, "2024-03-05")
    assert events and "Government of Cameroon" in (events[0].actor1 or "")


# ---- a go-between to an agreement is no party to it ------------------------------------------


def test_the_broker_of_a_pact_is_no_party() -> None:
    text = (
        "Two Anti-Balaka commanders whose men had fought over cattle signed a truce in Bossangoa "
        "on Thursday, in a ceremony brokered by the army's 3rd battalion and a church council."
    )
    pacts = [e for e in extract(text, "2024-03-05") if e.sub_event_type == "Agreement"]
    assert pacts and "Anti-Balaka" in (pacts[0].actor1 or "")
    assert "Military" not in (pacts[0].actor1 or "") + (pacts[0].actor2 or "")
