"""Battles, territory and strategic developments that really happened: figures of speech, people
taken and arms seized are no battle and no ground won; a ceasefire only asked for is no
agreement, a thing shown no protest (one invented sentence per rule)."""

from __future__ import annotations

import pytest

from _articles import events_in as run
from sitrep.model import Event


def battles(events: tuple[Event, ...]) -> list[Event]:
    return [e for e in events if e.event_type == "Battles"]


@pytest.mark.parametrize(
    "text",
    [
        "The governor of Kosti said on Monday the town was fighting a hard battle against "
        "poverty and the drug barons.",
        "Veterans who fought for freedom and peace were honoured in Kosti on Monday.",
        "In Kosti on Monday the two candidates fought with words and ideas before the vote.",
        "The bishop said in Kosti on Sunday that the battle to preserve democracy continues.",
        "The governor said in Kosti on Monday that the province was fighting this evil hard.",
        "A bitter political confrontation broke out in Kosti on Monday over the budget.",
        "A legal battle over the land began in a Kosti court on Monday.",
    ],
)
def test_a_battle_against_an_abstraction_is_no_clash(language, knowledge, text):
    assert battles(run(language, knowledge, text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rebels clashed with the army in Kosti on Monday, leaving four fighters dead.",
        "Fierce fighting between the army and the rebels broke out in Kosti on Sunday.",
        "Government troops fought the rebels for six hours near Kosti on Monday.",
        "The rebels ambushed an army patrol near Kosti on Monday, killing three soldiers.",
        "A bloody confrontation between police and gunmen in Kosti on Monday left three dead.",
    ],
)
def test_real_clashes_stay_battles(language, knowledge, text):
    assert [e.sub_event_type for e in battles(run(language, knowledge, text))] == ["Armed clash"]


@pytest.mark.parametrize(
    "text",
    [
        "Police captured Omar Haddad and two drug traffickers in Kosti on Tuesday.",
        "She was captured in Kosti on Tuesday, her lawyer said.",
        "Soldiers captured an undetermined number of prisoners near Kosti on Monday.",
        "The captured smugglers were taken to Kosti on Monday.",
        "Soldiers captured and blindfolded ten university guards near Kosti on Monday.",
        "Police said in Kosti on Monday that three Ugandans had been seized at the border.",
    ],
)
def test_people_taken_are_no_territory(language, knowledge, text):
    assert battles(run(language, knowledge, text)) == []


def test_state_forces_capturing_a_named_person_make_an_arrest(language, knowledge):
    text = "Police captured Omar Haddad and two drug traffickers in Kosti on Tuesday."
    assert [e.sub_event_type for e in run(language, knowledge, text)] == ["Arrests"]


def test_arms_seized_as_the_event_are_disrupted_weapons_use(language, knowledge):
    text = "Troops seized five AK-47 rifles and 2,000 cartridges in Kosti on Monday."
    events = run(language, knowledge, text)
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"]


@pytest.mark.parametrize(
    "text",
    [
        "In Kosti on Monday the colonel listed the weapons that were seized.",
        "Among the weapons seized in Kosti on Monday, the troops found old mortars.",
        "Elite patrols have taken over three farms owned by the drug lord near Kosti.",
        "The helicopter fell to the ground near Kosti on Monday.",
        "Troops seized thousands of items of military supplies in Kosti on Monday.",
        "The army gained control of the situation in Kosti by nightfall on Monday.",
    ],
)
def test_things_taken_or_described_are_no_territory(language, knowledge, text):
    assert battles(run(language, knowledge, text)) == []


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Rebels captured the town of Kosti on Monday after heavy fighting.",
         "Non-state actor overtakes territory"),
        ("Government troops retook Kosti from the rebels on Sunday.",
         "Government regains territory"),
    ],
)  # fmt: skip
def test_ground_taken_stays_territory(language, knowledge, text, sub):
    assert [e.sub_event_type for e in battles(run(language, knowledge, text))] == [sub]


def test_an_offensive_named_is_a_campaign_not_a_clash(language, knowledge):
    text = (
        "The minister said in Kosti that the rebel offensive had left 300 dead across the "
        "country and surprised the army."
    )
    assert battles(run(language, knowledge, text)) == []


def test_an_offensive_after_a_clash_adds_no_event(language, knowledge):
    text = (
        "Rebels clashed with troops in Kosti on Monday, leaving six dead. "
        "The offensive has surprised the army."
    )
    assert len(battles(run(language, knowledge, text))) == 1


def test_a_bomb_retold_as_part_of_an_offensive_stays_a_bomb(language, knowledge):
    text = (
        "A car bomb exploded outside the army headquarters in Kosti on Monday, killing two "
        "soldiers. The army said the blast was part of the rebel offensive."
    )
    events = run(language, knowledge, text)
    assert [e.event_type for e in events] == ["Explosions/Remote violence"]


def developments(events: tuple[Event, ...]) -> list[str]:
    return [
        e.sub_event_type for e in events if e.event_type in ("Strategic developments", "Protests")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "What Kosti needs now is a ceasefire, the bishop said on Monday.",
        "The president rejected the rebels' proposal for an immediate ceasefire in Kosti.",
        "The rebels are once again asking for an immediate ceasefire in Kosti, their leader said.",
        "The two sides postponed signing a peace agreement in Kosti on Monday.",
        "The government said on Monday in Kosti that it would not rule out the declaration of a "
        "truce.",
        "The bishops demanded on Monday in Kosti that the parties declare a ceasefire.",
        "The rebels said in Kosti on Monday they cannot accept the army's conditions for a truce.",
    ],
)
def test_a_ceasefire_asked_for_or_proposed_is_no_agreement(language, knowledge, text):
    assert developments(run(language, knowledge, text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "The rebels announced a truce in Kosti on Monday to let civilians leave.",
        "The rebels declared a unilateral ceasefire in Kosti on Monday.",
        "The rebels announced the implementation of a unilateral truce in Kosti on Monday.",
        "The army and the rebels agreed on a truce in Kosti on Monday.",
        "The truce took effect in Kosti on Monday at noon.",
        "The militia leaders signed a peace agreement in Kosti on Monday.",
    ],
)
def test_a_ceasefire_made_is_an_agreement(language, knowledge, text):
    assert developments(run(language, knowledge, text)) == ["Agreement"]


@pytest.mark.parametrize(
    "text",
    [
        "It has been demonstrated in Kosti that the unions are fronts of the rebels, the "
        "minister said on Monday.",
        "The army once again demonstrated its professionalism in Kosti on Monday.",
        "The government of Sudan strongly protests the fact that its neighbour lets rebels use "
        "Kosti.",
    ],
)
def test_something_shown_or_a_diplomatic_protest_is_no_demonstration(language, knowledge, text):
    assert developments(run(language, knowledge, text)) == []


def test_students_who_demonstrated_against_a_measure_protested(language, knowledge):
    text = "Hundreds of students demonstrated in Kosti on Monday against the new fees."
    assert developments(run(language, knowledge, text)) == ["Peaceful protest"]


def test_state_forces_that_kidnap_commit_an_abduction_not_an_arrest(language, knowledge):
    text = "Soldiers abducted two teachers in Kosti on Monday, their families said."
    assert [e.sub_event_type for e in run(language, knowledge, text)] == [
        "Abduction/forced disappearance"
    ]
    text = "Soldiers took away two teachers in Kosti on Monday."
    assert [e.sub_event_type for e in run(language, knowledge, text)] == ["Arrests"]


def test_a_person_handed_over_is_no_territory(language, knowledge):
    text = "He was arrested in Kosti on Monday and handed over to Ugandan police."
    assert [e.sub_event_type for e in run(language, knowledge, text)] == ["Arrests"]


@pytest.mark.parametrize(
    "text",
    [
        "Two American nuns were expelled from Sudan on Monday, the embassy in Kosti said.",
        "Father Omar Haddad was expelled from Kosti by the army on Monday.",
        "Since the new president took over in June, violence in Kosti has risen.",
    ],
)
def test_people_expelled_or_an_office_taken_is_no_territory(language, knowledge, text):
    assert battles(run(language, knowledge, text)) == []


def test_armed_men_expelled_from_a_town_lose_ground(language, knowledge):
    text = "The rebels were expelled from Kosti by the army on Monday."
    subs = [e.sub_event_type for e in battles(run(language, knowledge, text))]
    assert subs == ["Government regains territory"]


@pytest.mark.parametrize(
    "text",
    [
        "The judge was intercepted by four gunmen on two motorcycles in Kosti on Monday.",
        "The army said on Monday it had dismantled a rebel cell in Kosti.",
    ],
)
def test_people_or_groups_stopped_are_no_disrupted_weapons_use(language, knowledge, text):
    subs = [e.sub_event_type for e in run(language, knowledge, text)]
    assert "Disrupted weapons use" not in subs


@pytest.mark.parametrize(
    "text",
    [
        "Troops dismantled four rebel arsenals in Kosti on Monday.",
        "Air defences intercepted a missile over Kosti on Monday.",
    ],
)
def test_weapons_stopped_are_disrupted_weapons_use(language, knowledge, text):
    assert [e.sub_event_type for e in run(language, knowledge, text)] == ["Disrupted weapons use"]


def test_a_town_handed_back_is_a_transfer_of_territory(language, knowledge):
    text = "On Monday the army entered Kosti, the first of three towns handed back by the rebels."
    subs = [e.sub_event_type for e in run(language, knowledge, text)]
    assert "Non-violent transfer of territory" in subs
