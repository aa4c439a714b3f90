"""Sub-type rules of round 19 (wave 2), generalised from misses of the spent unseen_s set: arms
found on a vehicle stopped, a unit pulled out of a place, recruits passed out, goods carried
off, counted groups agreeing. Invented sentences in other countries, words and shapes (none
taken from the notes)."""

from __future__ import annotations

import pytest

from _coding import extract, kinds, subs


@pytest.mark.parametrize(
    "text",
    [
        "Police in Mandera stopped a lorry carrying 40 mortar shells and two rifles under bags "
        "of sugar on Tuesday, officials said.",
        "Border guards near Kidal stopped a minibus loaded with explosives and detonators on "
        "Friday, the governor said.",
    ],
)
def test_a_vehicle_stopped_with_arms_aboard_is_disrupted_weapons_use(text: str) -> None:
    assert subs(text, "2024-02-14") == {"Disrupted weapons use"}


def test_a_unit_pulled_out_of_a_city_is_a_non_violent_transfer() -> None:
    text = (
        "Kenya's army said on Monday it had pulled two battalions out of Afmadow, ending a "
        "three-year deployment in the town."
    )
    assert subs(text, "2024-05-07") == {"Non-violent transfer of territory"}


def test_pulling_people_out_of_rubble_is_no_transfer() -> None:
    text = "Rescuers pulled 12 survivors out of the rubble of a market in Aleppo on Sunday."
    assert "Non-violent transfer of territory" not in subs(text, "2024-05-07")


def test_recruits_passed_out_are_a_change_to_a_group() -> None:
    text = (
        "Borno State on Thursday passed out 900 members of its new civilian defence corps at "
        "a ceremony in Maiduguri, the governor's office said."
    )
    assert "Change to group/activity" in subs(text, "2024-06-14")


def test_goods_carried_off_in_a_raid_are_looting_not_abduction() -> None:
    text = (
        "On 3 May 2022, a night raid by militiamen on a grain store near Gulu saw sacks of "
        "maize and cash carried off."
    )
    assert subs(text) == {"Looting/property destruction"}


@pytest.mark.parametrize(
    "text",
    [
        "Leaders of the two rival gangs agreed on Monday to let buses cross the district "
        "freely, church mediators said.",
        "The two clans agreed on Friday to share the wells near Galkayo, elders said.",
    ],
)
def test_counted_groups_agreeing_reach_an_agreement(text: str) -> None:
    assert subs(text, "2024-03-05") == {"Agreement"}


def test_one_man_agreeing_is_no_agreement() -> None:
    text = "The provincial governor agreed on Monday to resign after weeks of criticism."
    assert "Agreement" not in subs(text, "2024-03-05")


def test_a_roadside_device_is_an_ied_hitting_those_who_rode_in_the_patrol_car() -> None:
    text = (
        "Three gendarmes were killed on Tuesday when a roadside device struck their patrol car "
        "outside Tillaberi, the regional governor said."
    )
    assert kinds(text, "2024-09-04") == [
        ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    ]
    assert [e.actor2 for e in extract(text, "2024-09-04")] == ["Police Forces of Niger (2023-)"]


def test_the_side_pulling_its_own_troops_out_is_actor1() -> None:
    text = "The Ethiopian army withdrew its battalions from Baidoa on Tuesday, officials said."
    events = extract(text, "2024-03-05")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Non-violent transfer of territory", "Military Forces of Ethiopia (2018-)", None)
    ]
