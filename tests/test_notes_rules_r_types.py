"""Rules of round 18 on the kind of an event and its sides, generalised from misses of dev_r and
the spent unseen_q: each rule with invented sentences in other countries, words and shapes
(none taken from the notes)."""

from __future__ import annotations

import pytest

from _coding import extract, kinds, subs

# ---- civilians told as the men a fighting body is made of ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On 4 June 2023, armed units of local farmers, the Green Valley Brigade, attacked army "
        "posts near Kindu and fought soldiers for two hours.",
        "A battalion of exiled citizens, the Free Hills Legion, crossed into Tarnia on Friday "
        "and clashed with border troops near Velko.",
    ],
)
def test_civilians_a_fighting_body_is_made_of_are_no_crowd(text: str) -> None:
    found = kinds(text, "2023-06-10")
    assert ("Battles", "Armed clash") in found
    assert all(kind != "Riots" for kind, _ in found)


def test_a_crowd_of_residents_stays_a_crowd() -> None:
    text = "A crowd of residents clashed with police in Kisumu on Monday over power cuts."
    assert "Riots" in {kind for kind, _ in kinds(text, "2023-06-10")}


# ---- a participle of fighting that only says whose side its men are on ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Foreigners fighting for the rebels were seen in Bambari on Monday, residents said.",
        "Volunteers fighting on the government's side returned to Dakoro on Tuesday.",
    ],
)
def test_men_fighting_for_a_side_tell_no_battle(text: str) -> None:
    assert "Armed clash" not in subs(text, "2023-06-10")


def test_men_fighting_a_foe_are_a_battle() -> None:
    text = "Soldiers fighting rebels near Walikale on Monday lost two men, the army said."
    assert "Armed clash" in subs(text, "2023-06-10")


# ---- a side's dead go to the act against it, not to its own fire -----------------------------


def test_a_sides_dead_go_to_the_act_against_it() -> None:
    text = (
        "On 2 May 2023, the Ruvu Liberation Front attacked an army outpost near Kalemba and "
        "fought soldiers there for hours. Army artillery then shelled the attackers' positions "
        "outside the village. Two soldiers were killed, the army said."
    )
    clash = [e for e in extract(text) if e.sub_event_type == "Armed clash"]
    assert clash and clash[0].fatalities == 2


# ---- a bomb blown up in a controlled detonation is a disrupted weapon ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers found a truck loaded with explosives at a roadblock outside Mopti on Sunday "
        "and destroyed it in a controlled detonation.",
        "BOMB DISPOSAL EXPERTS CARRIED OUT A CONTROLLED BLAST ON A SUITCASE BOMB LEFT AT THE "
        "BUS STATION IN QUETTA ON FRIDAY, POLICE SAID.",
    ],
)
def test_a_controlled_detonation_is_a_disrupted_weapon(text: str) -> None:
    found = kinds(text, "2023-06-10")
    assert ("Strategic developments", "Disrupted weapons use") in found
    assert "Armed clash" not in {sub for _, sub in found}


def test_the_doer_of_a_controlled_detonation_is_who_blew_it_up() -> None:
    text = (
        "Gendarmes stopped a van carrying explosives near Kaya on Monday and blew it up in a "
        "controlled detonation."
    )
    found = extract(text, "2023-06-10")
    weapons = [e for e in found if e.sub_event_type == "Disrupted weapons use"]
    assert weapons and weapons[0].actor1 and "Military" not in weapons[0].actor1


# ---- people taken by troops for forced service are abducted --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Government troops rounded up 15 farmers near Lashio on Friday and took them along. "
        "Their families say the men are being used as porters.",
        "Soldiers seized a dozen youths in Bamenda on Monday to serve as human shields during "
        "the offensive, a rights group said.",
    ],
)
def test_people_taken_for_forced_service_are_abducted(text: str) -> None:
    assert "Abduction/forced disappearance" in subs(text, "2023-06-10")


def test_people_detained_by_troops_are_arrested() -> None:
    text = "Soldiers detained 15 men near Lashio on Friday on suspicion of smuggling, police said."
    found = subs(text, "2023-06-10")
    assert "Arrests" in found and "Abduction/forced disappearance" not in found


# ---- a lynching is a mob's violence; police named in the speaker's appeal are no side ---------


def test_police_named_in_an_appeal_are_no_foe_of_the_mob() -> None:
    text = (
        "Villagers stoned a man to death in Mbale on Saturday after accusing him of stealing a "
        "goat. The crowd also burned his hut, the district commander said, urging people to "
        "hand suspects to the police."
    )
    riots = [e for e in extract(text, "2023-06-10") if e.event_type == "Riots"]
    assert riots and all(e.sub_event_type == "Mob violence" for e in riots)
    assert all(e.actor2 is None or "Police" not in e.actor2 for e in riots)


# ---- a march broken up with batons is a protest with intervention --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police swung batons to break up a march of 200 nurses in Lahore on Thursday and "
        "detained six of them.",
        "Security forces dispersed a sit-in of unpaid teachers outside the ministry in Niamey "
        "on Monday.",
    ],
)
def test_a_march_broken_up_is_a_protest_with_intervention(text: str) -> None:
    found = extract(text, "2023-06-10")
    assert found and found[0].sub_event_type == "Protest with intervention"
    assert found[0].actor1 and found[0].actor1.startswith("Protesters")


def test_troops_sent_to_retake_a_town_did_not_retake_it() -> None:
    text = "The army deployed two battalions to retake Kidal, the minister said on Monday."
    assert "Government regains territory" not in subs(text, "2023-06-10")


# ---- civilians told by their demand are demonstrators; their violence is a riot ------------


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of farmers demanding compensation for flooded fields set fire to the district "
        "office in Sukkur on Tuesday before police drove them back.",
        "HUNDREDS OF YOUTHS CALLING FOR ELECTRICITY TORCHED TWO GOVERNMENT VEHICLES IN "
        "KANANGA ON SUNDAY, POLICE SAID. THE MAYOR IMPOSED A CURFEW.",
    ],
)
def test_a_crowd_told_by_its_demand_riots(text: str) -> None:
    found = extract(text, "2023-06-10")
    riots = [e for e in found if e.event_type == "Riots"]
    assert riots and riots[0].sub_event_type == "Violent demonstration"
    assert riots[0].actor1 and riots[0].actor1.startswith("Rioters")
