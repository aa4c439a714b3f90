"""Rules generalised from the thirteenth notes batch's last misses: each rule with invented
sentences in other countries, words and shapes (none taken from the notes)."""

from __future__ import annotations

import pytest

from _coding import extract
from _coding import kinds as _kinds
from _coding import subs as _subs

# ---- a munition told by the cloud it gave off, however long the cloud's description ---------


@pytest.mark.parametrize(
    "text",
    [
        "PKK fighters said a Turkish drone dropped containers releasing a thick, greenish, "
        "acrid gas on their trenches near Amedi on 3 June 2025.",
        "On 2 June 2025, activists said government helicopters dropped barrels that "
        "released a dense white, suffocating gas over farms east of Kafr Zita.",
        "KHARKIV, May 2 - Russian troops fired mortar rounds releasing a bitter, yellow "
        "irritant gas at Ukrainian positions near Vovchansk on Thursday, the brigade said.",
    ],
)
def test_a_munition_releasing_a_described_gas_is_a_chemical_weapon(text: str) -> None:
    assert "Chemical weapon" in _subs(text, "2025-06-04")


def test_tear_gas_fired_at_protesters_is_no_chemical_weapon() -> None:
    text = (
        "Police in Nairobi fired canisters releasing clouds of tear gas at students marching on "
        "parliament on Tuesday."
    )
    assert "Chemical weapon" not in _subs(text, "2025-06-04")


# ---- a gas told by the cloud the dropped munitions gave off ----------------------------------
# (a denial that follows a report still disputes it: tests/heldout's 03-gaza-denial)


def test_bombs_releasing_a_choking_smoke_are_a_chemical_weapon() -> None:
    text = (
        "Karen rebels said a junta aircraft dropped bombs releasing a choking, greyish smoke on "
        "their camp near Hpapun on 11 April 2025, and that 14 fighters were treated for "
        "burning eyes."
    )
    assert [e.sub_event_type for e in extract(text, "2025-04-12")] == ["Chemical weapon"]


@pytest.mark.parametrize(
    "text",
    [
        "Myanmar's junta on Friday denied that its aircraft had dropped chemical bombs on "
        "villages in Sagaing region.",
        "The Ethiopian army on Monday denied burning houses in the village of Dabat, calling "
        "the claims propaganda.",
    ],
)
def test_a_denial_with_no_report_before_it_is_no_event(text: str) -> None:
    assert _kinds(text, "2025-03-04") == []


# ---- ground held by a given hour: the fight and the burning were its taking -----------------


def test_a_town_controlled_by_nightfall_is_taken_with_its_dead() -> None:
    text = (
        "Militiamen attacked the town of Kalehe in South Kivu on Friday morning, set fire to "
        "the army post and drove the soldiers out. Three soldiers were killed. By nightfall the "
        "militia was in control of the town."
    )
    events = extract(text, "2025-03-08")
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"]
    assert events[0].fatalities == 3


def test_a_town_controlled_by_evening_in_capitals_is_taken() -> None:
    text = (
        "JIHADISTS SEIZE TESSIT\nJIHADIST FIGHTERS RAIDED TESSIT ON 2 MARCH 2025 AND TORCHED "
        "THE GENDARMERIE POST. BY THE EVENING THE FIGHTERS CONTROLLED THE WHOLE TOWN, "
        "RESIDENTS SAID."
    )
    assert "Non-state actor overtakes territory" in _subs(text, "2025-03-03")


def test_a_town_held_for_years_is_no_taking() -> None:
    text = (
        "Rebels have controlled the town of Kalehe since 2021, and markets there were quiet on "
        "Monday, traders said."
    )
    assert "Non-state actor overtakes territory" not in _subs(text, "2025-03-04")


# ---- munitions that went off in a store with no attack: an accident -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A blaze at an army arsenal outside Bahir Dar set off explosions through the night on "
        "Tuesday. Officials blamed an electrical fault and said no one was injured.",
        "ODESA, Aug 2 - Shells stored in an ammunition dump of the 28th Brigade exploded on "
        "Friday after a grass fire spread to it, the brigade said.",
    ],
)
def test_munitions_set_off_by_a_fire_in_a_store_are_an_accident(text: str) -> None:
    kinds = _kinds(text, "2025-08-02")
    assert ("Strategic developments", "Other") in kinds
    assert not any(t == "Explosions/Remote violence" for t, _ in kinds)


def test_a_store_struck_by_drones_stays_a_strike() -> None:
    text = (
        "Rebel drones struck an ammunition depot near Bahir Dar on Tuesday, setting off "
        "explosions that lasted for hours, the army said."
    )
    assert "Air/drone strike" in _subs(text, "2025-08-02")


# ---- a crowd that fights the police is a violent demonstration ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Opposition supporters fought street battles with police in Kisumu on Tuesday after "
        "attacking the governor's motorcade with stones.",
        "On 12 May 2025, supporters of the jailed former mayor clashed with riot police in "
        "Oruro, who fired tear gas; 20 people were hurt.",
    ],
)
def test_supporters_fighting_police_are_a_violent_demonstration(text: str) -> None:
    subs = _subs(text, "2025-05-13")
    assert "Violent demonstration" in subs
    assert "Mob violence" not in subs


def test_villagers_fighting_each_other_stay_mob_violence() -> None:
    text = "Two groups of villagers fought with machetes over a plot of land in Kibuye on Monday."
    assert "Mob violence" in _subs(text, "2025-05-13")


# ---- an accident verb with an object is something a crowd did -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of traders besieged the town hall in Bouake on Monday over new market fees. "
        "They hurled stones at officers, overturned and burned two police trucks and set fire "
        "to the gate.",
        "ABIDJAN, May 6 - Youths overturned a gendarmerie vehicle and threw stones at the "
        "gendarmes in Daloa on Tuesday during a protest against power cuts.",
    ],
)
def test_a_crowd_that_overturned_a_police_vehicle_is_no_accident(text: str) -> None:
    assert _kinds(text, "2025-05-06") != []


def test_a_bus_that_overturned_is_still_an_accident() -> None:
    text = "Nine passengers were killed when a bus overturned near Daloa on Tuesday."
    assert _kinds(text, "2025-05-06") == []


# ---- an aircraft that fired on a place struck it ---------------------------------------------


def test_a_drone_that_fired_on_a_house_is_an_air_strike() -> None:
    text = (
        "An army drone fired on a farmhouse outside Ras Kamboni on Sunday evening, local "
        "elders said. Three al-Shabaab fighters died."
    )
    assert "Air/drone strike" in _subs(text, "2025-05-05")
