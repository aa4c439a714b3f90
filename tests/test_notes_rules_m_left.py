"""Rules generalised from round 15's misses of the spent unseen part l (issue 13): people
taken away by a state's intelligence or secret police, a candidate's supporters storming an
office, barrels dropped from the air with a choking agent, a weapon named with its role after
the nationality. Invented sentences, other countries and names than the notes items."""

from __future__ import annotations

import pytest

from _coding import extract


def _events(text: str, published: str | None = "2024-05-07"):
    return extract(text, published)


# ---- 1. people taken away by a state's forces: an arrest ----------------------------------


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("Agents of Iran's intelligence ministry took three student activists from their homes "
         "in Tabriz on Monday, relatives said.", "Police Forces of Iran"),
        ("Secret police picked up two journalists in Minsk on Tuesday and their families have "
         "heard nothing since.", "Police Forces of Belarus"),
        ("Officers of the intelligence service took two reporters and a retired teacher from "
         "their houses in Asmara on Friday.", "Police Forces of Eritrea"),
        ("Four opposition members were picked up by soldiers at a checkpoint outside Kassala "
         "on Sunday.", "Military Forces of Sudan"),
    ],
)  # fmt: skip
def test_people_taken_away_by_state_forces_are_arrested(text: str, actor1: str) -> None:
    (event,) = _events(text)
    assert event.sub_event_type == "Arrests"
    assert event.actor1.startswith(actor1)


def test_the_ruling_groups_intelligence_arm_is_the_states_police() -> None:
    text = (
        "Members of the Taliban's intelligence directorate took two journalists and a "
        "shopkeeper from their homes in Herat on Sunday, relatives said."
    )
    (event,) = _events(text)
    assert (event.sub_event_type, event.actor1) == (
        "Arrests",
        "Police Forces of Afghanistan (2021-)",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers picked up two children from their homes in Lilongwe on Monday and drove "
        "them to school.",
        "Police picked up the rifles from a depot in Mombasa on Monday.",
    ],
)
def test_goods_or_a_friendly_pick_up_are_no_arrest(text: str) -> None:
    assert not any(e.sub_event_type == "Arrests" for e in _events(text))


# ---- 2. a candidate's or a party's supporters storming an office: rioters -----------------


def test_supporters_storming_an_office_are_rioters() -> None:
    text = (
        "Supporters of a defeated candidate stormed the offices of the election board in Kisumu "
        "on Friday, smashing windows and setting fire to the gate."
    )
    (event,) = _events(text)
    assert (event.event_type, event.sub_event_type, event.actor1) == (
        "Riots", "Violent demonstration", "Rioters (Kenya)")  # fmt: skip


def test_supporters_of_a_named_party_held_stay_the_party() -> None:
    text = (
        "Police detained eleven supporters of the opposition National Unity Platform at a party "
        "office in Gulu on Monday."
    )
    events = [e for e in _events(text) if e.sub_event_type == "Arrests"]
    assert events and events[0].actor2 == "NUP: National Unity Platform"


def test_supporters_marching_are_protesters() -> None:
    text = (
        "Supporters of the opposition leader marched peacefully through Lusaka on Saturday to "
        "demand his release."
    )
    (event,) = _events(text)
    assert (event.sub_event_type, event.actor1) == ("Peaceful protest", "Protesters (Zambia)")


# ---- 3. barrels dropped from the air with a choking agent ---------------------------------


def test_barrels_dropped_with_choking_signs_are_a_chemical_weapon_of_the_army() -> None:
    text = (
        "Doctors in Kutum treated 25 people for burning eyes and laboured breathing after an "
        "army Antonov dropped three barrels near the market on 3 May 2024. One man died of his "
        "injuries on 4 May 2024."
    )
    events = _events(text)
    (event,) = events
    assert event.sub_event_type == "Chemical weapon"
    assert event.actor1.startswith("Military Forces of Sudan")
    assert (event.event_date, event.fatalities) == ("2024-05-03", 1)


def test_a_helicopter_dropping_food_is_no_strike() -> None:
    assert (
        _events("A helicopter dropped food parcels on the flooded village of Buzi on Monday.") == ()
    )


def test_the_speakers_home_is_no_setting() -> None:
    text = (
        "A network of Idlib medics said on 2 May 2024 that army helicopters had bombed two "
        "villages east of Saraqib that morning."
    )
    (event,) = _events(text)
    assert event.location != "Idlib"


# ---- 5. the nationality before a weapon named with its role --------------------------------


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("A Russian attack drone crashed into a school in Sumy early on Sunday, killing one "
         "guard.", "Military Forces of Russia"),
        ("A Ukrainian kamikaze drone hit a fuel depot in Belgorod on Sunday, killing one "
         "worker.", "Military Forces of Ukraine"),
    ],
)  # fmt: skip
def test_the_nationality_before_a_role_and_a_weapon_names_the_doer(text: str, actor1: str) -> None:
    events = _events(text)
    assert events and events[0].actor1.startswith(actor1)


# ---- 4. the Islamic State's branch by the event's country ---------------------------------


def test_the_islamic_state_in_mozambique_is_its_mozambique_branch() -> None:
    text = (
        "Fighters of the Islamic State attacked a village near Macomia on Friday, "
        "killing four farmers."
    )
    events = _events(text)
    assert events and events[0].actor1 == "Islamic State (Mozambique)"


# ---- 6. a human chain and a march of the same crowd: one protest ---------------------------


def test_a_human_chain_and_a_march_are_one_protest() -> None:
    text = (
        "Garment workers formed a human chain in front of the press club in Khulna on Monday "
        "and then marched to the divisional commissioner's office, demanding unpaid wages."
    )
    (event,) = _events(text)
    assert event.sub_event_type == "Peaceful protest"


# ---- a person pushed into a vehicle: a taking, read on the parse ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen bundled a priest into a pickup truck outside his church in Enugu on Sunday.",
        "A student leader was shoved into a jeep by men in plain clothes in Harare on Monday, "
        "his family said.",
    ],
)
def test_a_person_pushed_into_a_vehicle_is_taken(text: str) -> None:
    assert any(e.sub_event_type == "Abduction/forced disappearance" for e in _events(text))


def test_a_cart_pushed_into_a_truck_is_no_taking() -> None:
    assert _events("Workers pushed the cart into a truck in Lagos on Monday.") == ()
