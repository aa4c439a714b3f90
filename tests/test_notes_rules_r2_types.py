"""Rules of round 18, wave 2, on event types: generalised from misses of the spent unseen_r
set, each with invented sentences in other countries, words and shapes (none from the notes)."""

from __future__ import annotations

import pytest

from _coding import extract, kinds, subs

# ---- a bomber who carries the bomb or dies with it is a suicide bombing ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "A man set off explosives hidden under his robe at a wedding hall in Bannu on Sunday "
        "evening, police said. The bomber and four guests died at the scene.",
        "Three policemen were killed on Tuesday when a bomber at the wheel of a van packed with "
        "explosives drove it into a checkpoint outside Baidoa, officials said.",
        "A blast at a bus station in Kandahar on Friday killed six people, including the "
        "bomber, the provincial governor said.",
        "A teenager with explosives strapped to his chest detonated them at a mosque gate in "
        "Diffa on Monday, wounding nine worshippers, the mayor said.",
    ],
)
def test_a_bomber_on_or_dying_with_the_bomb_is_a_suicide_bombing(text: str) -> None:
    assert subs(text, "2024-04-02") == {"Suicide bomb"}


def test_a_planted_bomb_stays_a_remote_explosive() -> None:
    text = (
        "A bomb hidden under a market stall in Jolo went off on Monday morning, killing two "
        "vendors; police said the bomber escaped on a motorbike."
    )
    assert subs(text, "2024-04-02") == {"Remote explosive/landmine/IED"}


# ---- a drill: an act framed by it higher up, or aimed at a practice target -----------------


@pytest.mark.parametrize(
    "text",
    [
        "Artillery crews near Tartu fired salvoes at dummy targets and rehearsed pulling their "
        "guns back under a notional air raid on Thursday, the defence forces said, as part of "
        "a week of joint manoeuvres with Latvian units.",
        "Frigates opened fire on target drones over the Aegean on Tuesday, the navy said.",
        "Marines fired rockets at mock targets on a beach near Cebu on Monday.",
    ],
)
def test_an_act_at_practice_targets_or_in_framed_manoeuvres_is_no_event(text: str) -> None:
    assert kinds(text, "2024-05-10") == []


def test_fire_at_a_real_target_stays_an_event() -> None:
    text = "Gunboats opened fire on fishing boats off Jaffna on Tuesday, killing two fishermen."
    assert kinds(text, "2024-05-10") != []


# ---- a film or drama retells the act it shows -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A new drama that recreates a rebel raid on a police barracks in Mindanao opened in "
        "cinemas in Manila on Friday.",
        "Shot over two winters in the hills above Srebrenica, the documentary follows a unit "
        "through the siege, its producer said on Tuesday.",
    ],
)
def test_an_act_shown_by_a_work_is_retold(text: str) -> None:
    assert kinds(text, "2024-03-09") == []


# ---- a detention by a force that shares the subject of a raid --------------------------------


def test_a_taking_to_headquarters_by_security_men_is_an_arrest() -> None:
    text = (
        "Intelligence officers of the rebel administration raided the house of a blogger in "
        "Goma on Thursday and took him to their headquarters, his brother said."
    )
    events = extract(text, "2024-06-01")
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_a_taking_to_prison_by_police_is_an_arrest() -> None:
    text = "Police in Tunis took her to a prison on Monday after she criticised the president."
    assert subs(text, "2024-06-01") == {"Arrests"}


# ---- premises emptied of their goods ------------------------------------------------------


def test_armed_men_emptying_offices_is_looting() -> None:
    text = "Militiamen emptied the offices of an aid agency in Kidal on Sunday night, staff said."
    assert "Looting/property destruction" in subs(text, "2024-02-20")


# ---- ground taken once a peace mission pulled out --------------------------------------


def test_a_base_taken_after_its_holder_pulled_out_is_a_transfer() -> None:
    text = (
        "On 2 March 2024, the Malian army took over the UN camp in Tessalit after Chadian "
        "peacekeepers pulled out. No fatalities."
    )
    assert subs(text) == {"Non-violent transfer of territory"}


@pytest.mark.parametrize(
    "text",
    [
        "On 2 March 2024, the army recaptured Ber after the rebels withdrew overnight.",
        "On 2 March 2024, the army took over the UN camp in Ber after peacekeepers pulled out "
        "under fire from the rebels; two soldiers were killed.",
    ],
)
def test_a_town_taken_after_its_foe_left_or_a_fight_stays_a_taking(text: str) -> None:
    assert "Non-violent transfer of territory" not in subs(text)


# ---- arms found at a search ----------------------------------------------------------------


def test_rockets_found_in_a_lorry_are_disrupted_weapons_use() -> None:
    text = (
        "Jordanian border guards stopped a lorry near Ruwaished on Sunday and found 25 rockets "
        "hidden under crates of tomatoes, the army said."
    )
    assert subs(text, "2024-07-08") == {"Disrupted weapons use"}


# ---- a coup told by its first acts -------------------------------------------------------


def test_officers_suspending_the_constitution_is_a_coup() -> None:
    text = (
        "Army officers in Conakry suspended the constitution on Sunday and closed the borders, "
        "a colonel said on state television."
    )
    assert ("Strategic developments", "Other") in kinds(text, "2024-09-06")
