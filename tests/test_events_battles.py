"""Battles and territory that really happened: figures of speech, people taken and arms seized
are no battle and no ground won (one invented sentence per rule)."""

from __future__ import annotations

import pytest

from sitrep.events import extract_events
from sitrep.model import Article, Event, OffsetMap, Place
from sitrep.time import Anchor, find_times

ANCHOR = Anchor("2024-03-06", "test")  # a Wednesday


def every(text: str, name: str) -> list[Place]:
    out, start = [], text.find(name)
    while start >= 0:
        out.append(Place(start, start + len(name), name, name, "Sudan", 13.0, 30.0, "PPL"))
        start = text.find(name, start + 1)
    return out


def run(language, knowledge, body: str) -> tuple[Event, ...]:
    art = Article(
        id="test",
        original=body,
        sha256="",
        body=body,
        body_offsets=OffsetMap.identity(len(body), 0),
        published=ANCHOR.date,
    )
    passages = art.passages()
    docs = language.parse(p.text for p in passages)
    times = tuple(t for p, d in zip(passages, docs, strict=True) for t in find_times(p, d, ANCHOR))
    events, _ = extract_events(
        art, passages, docs, tuple(every(body, "Kosti")), times, ANCHOR, knowledge
    )
    return events


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
