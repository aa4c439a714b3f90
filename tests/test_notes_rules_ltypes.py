"""Event finding and type rules generalised from the spent eleventh unseen part's misses: each
rule with invented sentences in other countries and words (none taken from the notes)."""

from __future__ import annotations

from _coding import extract
from _coding import kinds as _kinds

# ---- a denial told through a verb of report: "no X was believed to have been stolen" --------


def test_no_goods_reported_stolen_is_no_looting() -> None:
    text = (
        "Officials in Tallinn said on Monday that no cash was believed to have been stolen "
        "from the ministry's offices."
    )
    assert not _kinds(text, "2025-03-10")


def test_goods_reported_stolen_are_still_looting() -> None:
    text = "Two shops were reported to have been looted in Nakuru on Monday."
    assert ("Strategic developments", "Looting/property destruction") in _kinds(text, "2025-03-10")


# ---- a crowd throwing rocks and bottles at police, with arrests after it ------------------


def test_youths_throwing_stones_riot_and_the_arrests_are_part_of_it() -> None:
    text = (
        "SANTIAGO, Oct 19 - Students throwing stones and fire bombs clashed with police near "
        "the Pio Nono Bridge in Santiago on Saturday after a march against fare rises. Forty "
        "officers were injured and more than 150 people were detained, police said."
    )
    assert _kinds(text, "2025-10-19") == [("Riots", "Violent demonstration")]


# ---- a crowd looting and beating: Mob violence; a killing a video showed is no toll ------


def test_a_crowd_that_loots_and_beats_is_mob_violence() -> None:
    text = (
        "Crowds hunted down Ethiopian traders in Hargeisa on Friday, looting and burning their "
        "stalls in the central market and beating several men, after videos circulated showing "
        "Somali civilians being killed in Jigjiga."
    )
    events = extract(text, "2025-01-17")
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Riots", "Mob violence")]
    assert events[0].fatalities == 0  # the killings the videos showed came before


# ---- the state's control restored over an area, then the operation's day and toll ----------


def test_restored_state_authority_is_government_regaining_territory() -> None:
    text = (
        "NIAMEY, June 3 - Nigerien troops backed by local militias have restored state "
        "authority over a group of hamlets north of Ouallam that had been held by jihadists "
        "for two years, state television said on Tuesday. The operation, carried out on "
        "Sunday, killed 12 terrorists."
    )
    events = extract(text, "2025-06-03")
    assert [e.sub_event_type for e in events] == ["Government regains territory"]
    assert events[0].event_date == "2025-06-01"
    assert events[0].fatalities == 12


# ---- digging up the place where killings' victims were left --------------------------------


def test_excavating_a_burial_site_is_no_new_killing() -> None:
    text = (
        "Jun 32025\nLibyan forensic teams began excavating a dry well outside Tarhuna on "
        "Tuesday, where the Kaniyat militia is believed to have dumped the bodies of dozens of "
        "people it executed during its rule over the town. Relatives waited at the site."
    )
    events = extract(text, None)
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Strategic developments", "Other")
    ]
    assert events[0].fatalities == 0


# ---- an armed group's dissolution under a deal signed elsewhere -----------------------------


def test_a_group_dissolving_under_a_deal_changes_at_its_ceremony() -> None:
    text = (
        "On 4 March 2025, at a ceremony in Bunia (Bunia, Ituri) attended by the governor, the "
        "leaders of the CODECO militia announced its dissolution and handed over a first lot "
        "of rifles, under the peace accord signed in Nairobi in January. Hundreds of fighters "
        "are to join the DDR programme."
    )
    events = extract(text, None)
    assert [(e.sub_event_type, e.location) for e in events] == [
        ("Change to group/activity", "Bunia")
    ]


def test_a_deal_under_which_a_group_dissolves_is_one_agreement() -> None:
    text = (
        "On 2 June 2024, the Colombian government signed a peace accord with the Comuneros del "
        "Sur in Pasto (Pasto, Narino), under which the group announced its dissolution and the "
        "handover of its weapons."
    )
    assert _kinds(text) == [("Strategic developments", "Agreement")]
