"""Rules generalised from the eleventh notes batch's type and event-finding misses: each rule
with invented sentences in other countries, words and shapes (none taken from the notes)."""

from __future__ import annotations

import pytest

from _coding import kinds as _kinds
from _coding import subs as _subs

# ---- a crowd gathered at a long-named place "to demand": the purpose, however parsed --------


def test_gathering_with_a_long_place_then_to_demand_is_a_protest() -> None:
    text = (
        "On 3 May 2024, farmers from hamlets whose fields were flooded in the 2022 monsoon "
        "gathered in front of the district office of Mardan (Mardan, Khyber Pakhtunkhwa) "
        "to demand that the authorities pay the promised relief."
    )
    assert "Peaceful protest" in _subs(text)


# ---- armed groups forming a joint command; a group swearing in a parallel body --------------


def test_armed_groups_forming_a_joint_command_change_their_activity() -> None:
    text = (
        "ZAWIYA, Libya, March 4 - Four armed brigades of Zawiya said on Tuesday they had formed "
        "a joint command that would guard the refinery."
    )
    assert "Change to group/activity" in _subs(text, "2025-03-04")


def test_a_group_swearing_in_its_parallel_cabinet_changes_its_activity() -> None:
    text = (
        "On 9 June 2024, the Arakan Army swore in the ministers of its parallel administration "
        "in Mrauk-U (Mrauk-U, Rakhine) at a ceremony attended by its commander."
    )
    assert "Change to group/activity" in _subs(text)


# ---- a chemical agent named as what a munition carried ------------------------------------


def test_munitions_loaded_with_a_chemical_agent_are_a_chemical_weapon() -> None:
    text = (
        "On 2 March 2025, Russian drones dropped canisters loaded with a choking chemical agent "
        "on Ukrainian trenches near Kupiansk (Kupiansk, Kharkiv). No deaths were reported."
    )
    assert "Chemical weapon" in _subs(text)


# ---- a base overrun is ground, even with the army's name on it ----------------------------


def test_an_overrun_army_base_is_ground_not_captives() -> None:
    text = (
        "The Arakan Army said on Friday that its fighters had overrun the last Myanmar army "
        "base inside Buthidaung on Thursday after weeks of siege."
    )
    subs = _subs(text, "2024-05-18")
    assert "Abduction/forced disappearance" not in subs
    assert "Non-state actor overtakes territory" in subs


# ---- walking into a town the other side left, with no fight: a non-violent transfer --------


def test_entering_a_town_the_troops_left_with_no_fight_is_a_transfer() -> None:
    text = (
        "Al-Shabaab fighters moved into Moqokori on Tuesday a day after Somali troops withdrew "
        "from the town towards Jowhar, elders said. There was no fighting."
    )
    subs = _subs(text, "2024-02-08")
    assert "Non-violent transfer of territory" in subs
    assert "Non-state actor overtakes territory" not in subs


def test_entering_a_town_the_troops_left_without_that_word_stays_a_taking() -> None:
    text = (
        "Rebel fighters walked into Kamanyola on Sunday after government soldiers abandoned "
        "their positions overnight, witnesses said."
    )
    assert "Non-state actor overtakes territory" in _subs(text, "2024-06-11")


# ---- a past killing cited as what moved a march is no force at the march -------------------


def test_a_killing_a_week_before_the_march_is_its_cause() -> None:
    text = (
        "On 12 April 2024, about 300 shopkeepers marched through central Guayaquil (Guayaquil, "
        "Guayas) to demand police protection, two weeks after a trader was shot dead in the "
        "market. The march ended without incident."
    )
    kinds = _kinds(text)
    assert kinds == [("Protests", "Peaceful protest")]


# ---- a tally in a relative clause: gangs that have killed many this year --------------------


def test_a_year_s_tally_on_the_gangs_named_is_no_event() -> None:
    text = (
        "QUITO - Taxi unions announced on Monday that they would stage a stoppage next week to "
        "demand protection from criminal gangs that have murdered more than a dozen taxi "
        "drivers this year. The government said it would talk to them."
    )
    assert _kinds(text, "2025-02-10") == []


# ---- the sides named by an old fight in a relative clause ----------------------------------


def test_a_mine_left_by_factions_that_fought_is_a_bomb_not_a_battle() -> None:
    text = (
        "Two shepherds were killed on Sunday when a landmine exploded under their cart near "
        "Marib, in central Yemen, residents said. No one claimed the blast; mines left by the "
        "militias that fought over the village are still found around it."
    )
    kinds = _kinds(text, "2024-09-02")
    assert ("Explosions/Remote violence", "Remote explosive/landmine/IED") in kinds
    assert ("Battles", "Armed clash") not in kinds


# ---- residents who beat a suspect: a mob -----------------------------------------------------


def test_residents_beating_a_suspected_thief_are_mob_violence() -> None:
    text = (
        "On 14 July 2024, villagers of Kabale (Kabale, Western) beat a man they accused of "
        "stealing a goat with clubs before police arrived. He died later that day."
    )
    assert ("Riots", "Mob violence") in _kinds(text)


# ---- a match report's crowd is no force by itself ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "COLOMBO - Galle Titans' pace attack dismissed Jaffna Kings for 112 on Saturday, with "
        "the left-armer bowling yorkers at the death. Supporters scuffled with ushers at the "
        "north gate before play but were soon calmed.",
    ],
)
def test_a_match_report_s_fans_and_stewards_are_no_event(text: str) -> None:
    assert _kinds(text, "2025-02-09") == []


# ---- a crowd that stabs or beats a suspect, told before "the mayor said": a mob -------------


def test_a_crowd_stabbing_a_suspect_before_the_speaker_is_mob_violence() -> None:
    text = (
        "A crowd stabbed to death a man they accused of spying for the bandits in the Tsafe "
        "area of Zamfara on Friday evening and dumped his body, the district head said."
    )
    assert ("Riots", "Mob violence") in _kinds(text, "2024-08-10")


def test_residents_who_club_a_suspect_to_death_are_mob_violence() -> None:
    text = (
        "On 2 June 2024, residents of a township in Tororo (Tororo, Eastern) beat two men "
        "accused of stealing a cow with sticks and clubs. One of them died in hospital."
    )
    assert ("Riots", "Mob violence") in _kinds(text)
