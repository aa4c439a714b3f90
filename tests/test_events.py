"""Event extraction on invented wire sentences: one test per rule of the events stage."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from _records import body_article as article
from sitrep.events import extract_events
from sitrep.model import Place
from sitrep.time import Anchor

ANCHOR = Anchor("2024-03-06", "test")


def place(text: str, name: str, *, nth: int = 0, **fields) -> Place:
    """A resolved place at the `nth` occurrence of `name` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Place(start, start + len(name), name, name, **fields)


def run(language, knowledge, text: str, places: Sequence[Place] = ()):
    art = article(text)
    passages = art.passages()
    docs = language.parse(p.text for p in passages)
    return extract_events(art, passages, docs, tuple(places), (), ANCHOR, knowledge)


SUB_EVENT_SENTENCES = [
    ("Government troops clashed with rebels near the town on Tuesday.", "Battles", "Armed clash"),
    (
        "Army troops recaptured the town from the insurgents on Sunday.",
        "Battles",
        "Government regains territory",
    ),
    (
        "Insurgents overran an army outpost in the north on Friday.",
        "Battles",
        "Non-state actor overtakes territory",
    ),
    (
        "Residents said a chlorine gas attack hit the village overnight.",
        "Explosions/Remote violence",
        "Chemical weapon",
    ),
    (
        "Warplanes carried out air strikes on the market on Monday.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    (
        "A suicide bomber blew himself up at a checkpoint, killing six policemen.",
        "Explosions/Remote violence",
        "Suicide bomb",
    ),
    (
        "Rebel artillery shelled residential districts of the city on Wednesday.",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    (
        "A roadside bomb exploded as a military convoy passed, killing two soldiers.",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
    (
        "An unknown attacker threw a grenade into a crowded bar.",
        "Explosions/Remote violence",
        "Grenade",
    ),
    (
        "Soldiers raped several women in the village, witnesses said.",
        "Violence against civilians",
        "Sexual violence",
    ),
    (
        "Gunmen executed nine farmers in the village on Saturday.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "Armed men kidnapped a local aid worker on the road to the airport.",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    (
        "Hundreds of students staged a peaceful protest outside parliament.",
        "Protests",
        "Peaceful protest",
    ),
    (
        "Police fired tear gas to disperse protesters in the capital.",
        "Protests",
        "Protest with intervention",
    ),
    (
        "Security forces opened fire on protesters, killing four.",
        "Protests",
        "Excessive force against protesters",
    ),
    ("Rioters torched cars and threw stones at police.", "Riots", "Violent demonstration"),
    ("An angry mob lynched a suspected thief in the market.", "Riots", "Mob violence"),
    (
        "The two sides signed a ceasefire agreement in the capital.",
        "Strategic developments",
        "Agreement",
    ),
    (
        "Police arrested twelve opposition supporters on Thursday.",
        "Strategic developments",
        "Arrests",
    ),
    (
        "The army imposed a curfew on the city.",
        "Strategic developments",
        "Change to group/activity",
    ),
    (
        "Bomb disposal experts defused an explosive device found near the school.",
        "Strategic developments",
        "Disrupted weapons use",
    ),
    (
        "The militia set up a base in the abandoned school.",
        "Strategic developments",
        "Headquarters or base established",
    ),
    (
        "Fighters looted shops and set fire to the market.",
        "Strategic developments",
        "Looting/property destruction",
    ),
    (
        "Rebel forces withdrew from the town under a local arrangement.",
        "Strategic developments",
        "Non-violent transfer of territory",
    ),
    (
        "Thousands of families fled their homes in the valley.",
        "Strategic developments",
        "Other",
    ),
]


def test_taxonomy_has_all_types_and_sub_types(knowledge):
    subs = knowledge.sub_events.values()
    assert len({s.event_type for s in subs}) == 6
    assert len({(s.event_type, s.name) for s in subs}) == 25  # a sub-type may hold two families
    # every family is reachable: by its own cues, or as what another's is refined to ("an
    # explosion at an arms depot" with no attack told)
    refined_to = {r.target for r in knowledge.refinements}
    assert all(s.definition and (s.cues or s.weak_cues or s.key in refined_to) for s in subs)


@pytest.mark.parametrize(("sentence", "event_type", "sub_event_type"), SUB_EVENT_SENTENCES)
def test_each_sub_event_from_a_typical_sentence(
    language, knowledge, sentence, event_type, sub_event_type
):
    events, _ = run(language, knowledge, sentence)
    found = {(e.event_type, e.sub_event_type) for e in events}
    assert (event_type, sub_event_type) in found, found


def test_every_sub_event_is_covered_by_a_sentence(knowledge):
    covered = {sub for _, _, sub in SUB_EVENT_SENTENCES}
    assert covered == {s.name for s in knowledge.sub_events.values()}


def test_government_taking_ground_is_regains_and_rebels_taking_it_is_overtakes(language, knowledge):
    gov, _ = run(language, knowledge, "Government forces captured the hilltop village on Monday.")
    reb, _ = run(language, knowledge, "Rebels captured the hilltop village on Monday.")
    assert [e.sub_event_type for e in gov] == ["Government regains territory"]
    assert [e.sub_event_type for e in reb] == ["Non-state actor overtakes territory"]


def test_an_attempt_to_take_ground_is_a_clash(language, knowledge):
    events, _ = run(
        language,
        knowledge,
        "The army is fighting to recapture the port from the insurgents, who resist fiercely.",
    )
    assert {e.sub_event_type for e in events} == {"Armed clash"}


def test_capturing_people_is_an_arrest_or_abduction(language, knowledge):
    events, _ = run(language, knowledge, "Soldiers captured two rebel commanders near the border.")
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_attack_on_civilians_by_armed_group_targets_civilians(language, knowledge):
    events, _ = run(language, knowledge, "Militants attacked villagers in the market on Friday.")
    (event,) = events
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.civilian_targeting
    assert event.actor2 and event.actor2.startswith("Civilians")


def test_attack_on_soldiers_is_a_battle(language, knowledge):
    events, _ = run(language, knowledge, "Militants attacked an army patrol on the highway.")
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Battles", "Armed clash")]


def test_air_strike_on_civilians_stays_remote_violence_with_civilian_targeting(language, knowledge):
    events, _ = run(
        language, knowledge, "Russian warplanes bombed civilians queuing for bread on Tuesday."
    )
    (event,) = events
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1 == "Military Forces of Russia (2000-)"
    assert event.civilian_targeting


def test_protest_clash_with_police_is_a_riot(language, knowledge):
    events, _ = run(language, knowledge, "Demonstrators clashed with riot police downtown.")
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


def test_pre_filter_cue_test_matches_ordinary_and_weak_cues(knowledge):
    from sitrep.events.detect import has_cue

    assert has_cue("AN AIRSTRIKE HIT THE MARKET.", knowledge)  # case is folded
    assert has_cue("Fighting resumed near the dam.", knowledge)
    assert not has_cue("Officials discussed the harvest and school fees.", knowledge)


@pytest.mark.parametrize(
    ("sentence", "sub_event_type"),
    [
        ("Militants announced a curfew in the town, banning motorbikes after dark.",
         "Change to group/activity"),
        ("Rebels set up a command post in the hills above the town on Friday.",
         "Headquarters or base established"),
        ("French troops handed over their base to the national army on Monday.",
         "Non-violent transfer of territory"),
        ("About 2,000 residents left their homes after gunmen were seen nearby.", "Other"),
        ("The two communities signed a peace and reconciliation agreement in the capital.",
         "Agreement"),
        ("Supporters blocked roads with burning tyres and stoned police vehicles.",
         "Violent demonstration"),
        ("Police fired tear gas at hundreds of people who gathered to demand fuel.",
         "Protest with intervention"),
    ],
)  # fmt: skip
def test_strategic_and_crowd_events_in_other_words(language, knowledge, sentence, sub_event_type):
    events, _ = run(language, knowledge, sentence)
    assert sub_event_type in {e.sub_event_type for e in events}
