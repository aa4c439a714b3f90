"""Rules of round 18, generalised from misses of the spent unseen_q and dev sets: each rule
with invented sentences in other countries, words and shapes (none taken from the notes)."""

from __future__ import annotations

import pytest

from _coding import extract, kinds

# ---- an act told as the doing of a drill is played, not done -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Chinese warships began five days of live-fire exercises off Fujian on Monday, firing "
        "missiles at target ships, state media said.",
        "Paratroopers held drills near the border on Tuesday and stormed a mock village, the "
        "defence ministry said.",
        "Troops practised ambushes in the hills outside Gori on Thursday.",
        "THE NAVY STAGED WAR GAMES IN THE GULF ON FRIDAY, LAUNCHING DRONES AT FLOATING TARGETS.",
        "Commandos carried out a mock raid on an airfield near Taraz on Wednesday.",
        "Engineers set off a simulated car bomb at the stadium in Almaty on Sunday to test the "
        "emergency services.",
    ],
)
def test_an_act_played_in_a_drill_is_no_event(text: str) -> None:
    assert kinds(text, "2024-05-10") == []


@pytest.mark.parametrize(
    "text",
    [
        # a drill named beside a real act: the act has its own subject, or a time phrase
        "Jets bombed Idlib on Tuesday as troops held exercises nearby, killing four civilians.",
        "Rebels fired rockets at the army base in Gao on Monday, days after joint exercises "
        "ended there.",
        "Gunmen attacked soldiers during a training exercise near Maiduguri on Friday, killing "
        "three.",
        # a drill ended: what follows is done
        "The army ended its drills on Sunday and shelled rebel positions near Kyaukme on "
        "Monday, killing two villagers.",
    ],
)
def test_an_act_beside_a_drill_is_an_event(text: str) -> None:
    assert [e for e in extract(text, "2024-05-10") if e.fatalities or e.actor1]


# ---- a retaking told with a hyphen ("re-entered", "re-took") -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Malian soldiers re-entered Tessalit on Saturday after the jihadists pulled out, the "
        "army said.",
        "SOMALI TROOPS RE-TOOK THE TOWN OF ADAN YABAAL ON TUESDAY, A COMMANDER SAID.",
    ],
)
def test_a_town_re_entered_by_the_state_is_regained(text: str) -> None:
    assert "Government regains territory" in {s for _, s in kinds(text, "2024-05-10")}


# ---- an act after "since" under a state held in the perfect is background ------------------


def test_a_taking_that_began_a_hold_is_background() -> None:
    text = (
        "On 3 March 2024, Congolese troops recaptured Kitshanga, which M23 rebels had held "
        "since overrunning it in late January."
    )
    events = extract(text)
    assert [(e.sub_event_type, e.event_date) for e in events] == [
        ("Government regains territory", "2024-03-03")
    ]


# ---- captives freed, told in the passive with their captivity before -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Three Turkish truck drivers abducted near Kufra two weeks ago were released on "
        "Thursday, police said.",
        "A nurse kidnapped in Zaria last month was freed on Sunday by her captors, her family "
        "said.",
    ],
)
def test_captives_freed_in_the_passive_are_a_release(text: str) -> None:
    releases = [e.event_date for e in extract(text, "2024-05-10") if e.sub_event_type == "Other"]
    assert releases and releases[0] in ("2024-05-09", "2024-05-05")  # Thursday, Sunday


def test_goods_freed_in_the_passive_are_no_release() -> None:
    text = "Fuel tankers seized at the port last month were released on Thursday, customs said."
    assert "Other" not in {s for _, s in kinds(text, "2024-05-10")}
