"""Rules of round 19 (wave 2), generalised from traps the spent unseen_s set coded: each rule
with invented sentences in other countries, words and shapes (none taken from the notes)."""

from __future__ import annotations

import pytest

from _coding import extract, kinds, subs

# ---- a side that shoots its way to a result, in a match report, scores ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "ACCRA, May 4 (Sport) - Hearts of Oak shot their way to a 4-0 win over Kotoko in the "
        "league on Saturday, and their coach praised the striker.",
        "Ferencvaros shot its way to the title with a 3-2 win in the derby at the stadium on "
        "Sunday, the captain scoring twice.",
    ],
)
def test_shooting_ones_way_to_a_result_in_a_match_report_is_no_event(text: str) -> None:
    assert kinds(text, "2024-05-10") == []


def test_shooting_ones_way_into_a_compound_is_still_force() -> None:
    text = "Gunmen shot their way into a police compound in Zinder on Monday, killing two guards."
    assert extract(text, "2024-05-10")


# ---- gangs told by what they fight over are who they are ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Most of the 900 murders recorded in Honduras last year are blamed on gangs fighting "
        "over drug routes in San Pedro Sula and Tegucigalpa, the report said.",
        "Officials said much of the crime in the province was the work of cartels fighting over "
        "smuggling corridors near Tijuana.",
    ],
)
def test_gangs_fighting_over_a_stake_describe_who_they_are(text: str) -> None:
    assert "Armed clash" not in subs(text, "2024-05-10")


def test_gangs_fighting_over_a_stake_on_a_day_is_a_clash() -> None:
    text = "Two gangs fighting over a market in Port Moresby on Tuesday killed three people."
    assert extract(text, "2024-05-10")


# ---- a court's sentence retells every act listed in the crime judged ----------------------


def test_acts_listed_in_the_crime_a_court_judged_are_retold() -> None:
    text = (
        "A court in Guatemala City on Tuesday sentenced four former police officers for the "
        "1982 raid on Nebaj, where troops rounded up 30 farmers, shot them and burned their "
        "houses."
    )
    assert kinds(text, "2024-05-10") == []


# ---- a drill's stage, and what a drill rehearses, are played -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Commandos raided a coastal village near Split on Tuesday while the drills entered "
        "their third day, the navy said.",
        "Marines stormed a beach near Varna and helicopters landed troops behind it as the "
        "exercise reached its final phase.",
        "The coast guard rehearsed the defence of the port of Constanta against an assault "
        "by fast boats on Friday.",
    ],
)
def test_a_drills_stage_or_a_rehearsed_attack_is_no_event(text: str) -> None:
    assert kinds(text, "2024-05-10") == []


@pytest.mark.parametrize(
    "text",
    [
        # a drill held by others beside the act, or a toll told with it
        "Jets bombed the town of Ariha on Monday as troops held exercises nearby, monitors said.",
        "Gunmen attacked a training camp near Mopti on Monday while the exercise entered its "
        "second day, killing four soldiers.",
    ],
)
def test_an_act_beside_a_drill_is_an_event(text: str) -> None:
    assert extract(text, "2024-05-10")


# ---- killings in a definite span of fighting are the span's, no one clash ----------------


@pytest.mark.parametrize(
    "text",
    [
        "A museum about the 1994 siege of Kigali opened on Monday. About 3,000 people died in "
        "the three months of fighting, its curator said.",
        "A memorial to the 2008 war in South Ossetia was unveiled on Friday. Hundreds were "
        "killed in the weeks of fighting that followed.",
    ],
)
def test_deaths_in_a_definite_span_of_fighting_are_no_clash(text: str) -> None:
    assert "Armed clash" not in subs(text, "2024-05-10")


def test_a_day_of_fighting_is_still_a_clash() -> None:
    text = "Two soldiers were killed on Sunday in fighting with rebels near Beni, the army said."
    assert "Armed clash" in subs(text, "2024-05-10")


# ---- a blast caused by careless handling is an accident ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police in Arequipa said on Monday that the blast which killed three quarry workers "
        "had been caused by careless handling of dynamite.",
        "An explosion killed two soldiers at a barracks in Tamale on Friday. The army said the "
        "explosion was triggered by negligence during repairs, and that no attack was involved.",
    ],
)
def test_a_blast_caused_by_careless_handling_is_no_attack(text: str) -> None:
    assert "Remote explosive/landmine/IED" not in subs(text, "2024-05-10")


def test_a_blast_caused_by_a_bomb_is_still_an_attack() -> None:
    text = (
        "Police said on Monday the blast that killed three people at a market in Kano had been "
        "caused by a bomb hidden in a bag."
    )
    assert "Remote explosive/landmine/IED" in subs(text, "2024-05-10")
