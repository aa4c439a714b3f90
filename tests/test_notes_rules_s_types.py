"""Sub-type rules of round 19, generalised from misses of the dev_s set: mob killings, a
taker's calm entry, captives let go, powers handed to forces, ground held after the other side
fell back, installations shut through a noun. Invented sentences in other countries, words and
shapes (none taken from the notes)."""

from __future__ import annotations

import pytest

from _coding import extract, kinds, subs

# ---- a crowd's killing of suspects: Mob violence, not a demonstration or an armed attack ----


@pytest.mark.parametrize(
    "text",
    [
        "Three men suspected of stealing goats were beaten and set alight by a crowd in a "
        "village outside Mbarara on Sunday, police said.",
        "A suspected pickpocket was lynched at the bus station in Kumasi on Friday night.",
        "Villagers caught two men near Tamale on Tuesday, beat them with clubs and set them "
        "alight.",
    ],
)
def test_a_crowd_killing_suspects_is_mob_violence(text: str) -> None:
    assert "Mob violence" in subs(text, "2024-03-11")
    assert "Violent demonstration" not in subs(text, "2024-03-11")
    assert "Attack" not in subs(text, "2024-03-11")


def test_residents_who_seize_and_beat_men_commit_mob_violence_not_abduction() -> None:
    text = (
        "Residents of a suburb of Lubumbashi seized four young men they accused of burglary on "
        "Saturday, beat them with sticks and burned their bodies, a local official said."
    )
    assert subs(text, "2023-08-14") == {"Mob violence"}


def test_a_headline_lynching_in_the_present_counts_its_dead() -> None:
    events = extract("Villagers lynch two suspected cattle thieves in Kasese.", "2023-02-02")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Mob violence", 2)]


def test_soldiers_who_lynch_a_prisoner_stay_an_attack() -> None:
    text = "Soldiers lynched a detained farmer at a checkpoint near Sittwe on Monday."
    assert "Mob violence" not in subs(text, "2022-06-07")


def test_rioters_who_stone_police_stay_a_violent_demonstration() -> None:
    text = (
        "Hundreds of youths threw stones at police and burned tyres in Kisii on Monday in "
        "protest at fuel prices."
    )
    assert subs(text, "2023-07-04") == {"Violent demonstration"}


# ---- a taker's own calm entry makes its claimed taking a non-violent transfer ----------------


def test_ground_entered_calmly_after_a_mission_left_is_a_non_violent_transfer() -> None:
    text = (
        "The last peacekeepers pulled out of their camp in Bunia on Monday, and within hours "
        "fighters of the CODECO militia had driven in and raised their flag over it, residents "
        'said. "We have taken back our land," a CODECO commander said.'
    )
    assert subs(text, "2024-02-06") == {"Non-violent transfer of territory"}


def test_a_taking_told_with_a_fight_stays_a_taking() -> None:
    text = (
        "Soldiers retook the town of Gao from the rebels on Monday after heavy fighting, and "
        "raised their flag over the governor's office."
    )
    assert "Non-violent transfer of territory" not in subs(text, "2024-02-06")


# ---- captives let go by their captors: the release is the event ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Six engineers held since March were let go by their kidnappers near Warri on Sunday, "
        "police said.",
        "A Catholic priest was released by his abductors outside Enugu on Friday night.",
        "Two truck drivers were freed by their captors on a road near Maradi on Tuesday.",
    ],
)
def test_captives_let_go_by_their_captors_are_a_release(text: str) -> None:
    assert ("Strategic developments", "Other") in kinds(text, "2023-05-09")


# ---- powers handed to the forces are a change of their activity, no arrest -------------------


def test_powers_handed_to_soldiers_are_a_change_not_an_arrest() -> None:
    text = (
        "Peru's government granted the armed forces special powers for 30 days on Monday, "
        "allowing troops to detain suspects and search homes in three provinces, a decree said."
    )
    assert subs(text, "2024-04-02") == {"Change to group/activity"}


@pytest.mark.parametrize(
    "text",
    [
        "A new law empowers police to arrest protest organisers without a warrant.",
        "The decree allows officers to detain anyone breaking the curfew.",
    ],
)
def test_a_power_to_arrest_is_no_arrest(text: str) -> None:
    assert "Arrests" not in subs(text, "2024-04-02")


def test_police_who_arrest_people_still_make_arrests() -> None:
    text = "Police arrested 40 people in Arequipa on Monday during raids on smuggling gangs."
    assert "Arrests" in subs(text, "2024-04-02")


# ---- ground held after the other side fell back ----------------------------------------------


def test_control_after_the_other_side_fell_back_is_a_taking() -> None:
    text = (
        "Fighters of the Arakan Army were in control of Lashio on Saturday after two days of "
        "clashes with junta troops, who fell back towards the river."
    )
    assert "Non-state actor overtakes territory" in subs(text, "2024-01-15")


def test_control_held_with_no_one_leaving_is_no_taking() -> None:
    text = "Fighters of the Arakan Army have been in control of Lashio for a year."
    assert "Non-state actor overtakes territory" not in subs(text, "2024-01-15")


# ---- an installation shut through a noun of shutting ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Armed men forced the closure of the Sarir oil field on Monday, demanding jobs.",
        "Militiamen brought about the shutdown of the gas export pipeline near Brega on Friday.",
    ],
)
def test_armed_men_forcing_a_closure_shut_an_installation(text: str) -> None:
    assert ("Strategic developments", "Other") in kinds(text, "2022-05-10")


def test_a_firm_forcing_a_closure_is_no_event() -> None:
    text = "Falling prices forced the closure of the company's oil refinery near Tobruk."
    assert kinds(text, "2022-05-10") == []


def test_ground_entered_after_the_foe_pulled_out_stays_a_taking() -> None:
    text = (
        "Houthi fighters drove into Hazm on Monday and raised their flag over the governor's "
        "office after government troops pulled out of the town, residents said. A Houthi "
        "commander said in a video that his men had captured the town."
    )
    assert "Non-violent transfer of territory" not in subs(text, "2024-02-06")


# ---- an attempt told as a charge on those a crowd punished is no act of its own -------------


def test_an_attempt_charged_on_a_mobs_victims_is_no_abduction() -> None:
    text = (
        "Villagers near Cusco seized a man they accused of trying to kidnap a girl on Sunday, "
        "beat him and set him alight. He died in hospital."
    )
    assert subs(text, "2025-03-10") == {"Mob violence"}
