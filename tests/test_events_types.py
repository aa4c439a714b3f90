"""Type and sub-type the way ACLED's codebook draws them: the weapon's payload, who does the
violence, what the sentence is really about (one invented sentence per rule)."""

from __future__ import annotations

import pytest

from sitrep.events import extract_events
from sitrep.model import Article, Event, OffsetMap, Place
from sitrep.time import Anchor, find_times

ANCHOR = Anchor("2024-03-06", "test")  # a Wednesday
TOWN = "Kosti"


def every(text: str, name: str = TOWN) -> list[Place]:
    out, start = [], text.find(name)
    while start >= 0:
        fields = {"country": "Sudan", "latitude": 13.0, "longitude": 30.0, "feature": "PPL"}
        out.append(Place(start, start + len(name), name, name, **fields))
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
    events, _ = extract_events(art, passages, docs, tuple(every(body)), times, ANCHOR, knowledge)
    return events


def subs(events: tuple[Event, ...]) -> set[str]:
    return {e.sub_event_type for e in events}


# ---------------------------------------------------------------- a toxic payload
@pytest.mark.parametrize(
    "text",
    [
        "Militiamen fired mortar shells filled with chlorine at army trenches outside Kosti "
        "on Monday; nine soldiers were treated for choking.",
        "A drone dropped two grenades loaded with irritant gas on trenches near Kosti on "
        "Monday, the brigade said.",
        "Warplanes dropped bombs carrying a nerve agent on Kosti on Monday, killing 20 people.",
        "Fighters set off a car bomb packed with toxic gas canisters at a checkpoint in Kosti "
        "on Monday.",
    ],
)
def test_a_munition_with_a_toxic_payload_is_a_chemical_weapon(language, knowledge, text):
    assert "Chemical weapon" in subs(run(language, knowledge, text))


def test_tear_gas_at_a_protest_is_no_chemical_weapon(language, knowledge):
    text = "Police fired tear gas and stun grenades at students marching in Kosti on Monday."
    assert "Chemical weapon" not in subs(run(language, knowledge, text))


# ---------------------------------------------------------------- what a looting cue took
@pytest.mark.parametrize(
    "text",
    [
        "A bomb destroyed a primary school in Kosti on Monday night.",
        "The explosion demolished most of the post office in Kosti on Monday.",
    ],
)
def test_what_a_blast_destroyed_is_its_damage_not_looting(language, knowledge, text):
    found = subs(run(language, knowledge, text))
    assert "Remote explosive/landmine/IED" in found
    assert "Looting/property destruction" not in found


@pytest.mark.parametrize(
    "text",
    [
        "The rebels travelled through Kosti on Monday in a stolen pickup truck.",
        "The opposition said on Monday that the ruling party had stolen the presidency in Kosti.",
        "Trenches and debris from destroyed homes blocked the streets of Kosti on Monday.",
    ],
)
def test_a_looting_cue_that_took_no_property_is_no_event(language, knowledge, text):
    assert "Looting/property destruction" not in subs(run(language, knowledge, text))


def test_people_burned_are_an_attack_not_property(language, knowledge):
    text = "Gunmen burned five policemen to death inside their patrol car near Kosti on Monday."
    found = subs(run(language, knowledge, text))
    assert "Attack" in found
    assert "Looting/property destruction" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Kosti looted and burned shops owned by traders from the south on Monday.",
        "On Monday villagers in Kosti beat a man accused of theft and set him on fire; he "
        "died at the scene.",
    ],
)
def test_violence_by_residents_is_mob_violence(language, knowledge, text):
    found = subs(run(language, knowledge, text))
    assert "Mob violence" in found
    assert not found & {"Attack", "Looting/property destruction"}


def test_looting_by_gunmen_stays_looting(language, knowledge):
    text = "Gunmen looted and burned shops in the market of Kosti on Monday."
    assert "Looting/property destruction" in subs(run(language, knowledge, text))


def test_two_men_who_shoot_a_journalist_are_no_mob(language, knowledge):
    text = "A radio journalist was shot dead outside his home in Kosti on Monday by two men."
    found = subs(run(language, knowledge, text))
    assert "Mob violence" not in found


def test_a_denied_attack_with_its_dead_told_stays_an_event(language, knowledge):
    text = (
        "At least 30 people were killed in Kosti on Monday when warplanes dropped bombs that "
        "released a toxic gas, doctors said. The government denied using chemical weapons."
    )
    assert "Chemical weapon" in subs(run(language, knowledge, text))


# ---------------------------------------------------------------- whose ground
def test_a_foreign_army_taking_a_town_overtakes_territory(language, knowledge):
    text = "Ethiopian troops took control of Kosti on Monday after days of fighting."
    found = subs(run(language, knowledge, text))
    assert "Non-state actor overtakes territory" in found
    assert "Government regains territory" not in found


def test_the_countrys_own_army_retaking_a_town_regains_it(language, knowledge):
    text = "Sudanese troops took control of Kosti on Monday after days of fighting."
    assert "Government regains territory" in subs(run(language, knowledge, text))
