"""Rules generalised from the events the development set p did not find or typed wrongly
(round 16): Strategic developments told with other words (a pact, a post reopened or
inaugurated, a unit's disbandment, a ban lifted, positions handed to the other side, a
makeshift grave), ground taken told with a plain verb of taking, a clash told by its gunfire,
protesters named by their road blockade, and the weapons that decide the sub-type. Invented
sentences, other countries, names and wording than the notes items."""

from __future__ import annotations

import pytest

from _coding import extract


def _events(text: str):
    return extract(text, None)


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in _events(text)]


SD = "Strategic developments"

# ---- 1. Strategic developments told with other words ---------------------------------------


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "Elders of the Turkana and Pokot communities signed a peace pact in Lodwar on "
            "3 May 2025 to end a year of cattle raids.",
            "Agreement",
        ),
        (
            "TWO RIVAL CLANS SEALED A NON-AGGRESSION PACT IN BELEDWEYNE ON 3 MAY 2025, "
            "LOCAL OFFICIALS SAID.",
            "Agreement",
        ),
        (
            "On 3 May 2025, the army reopened a military base at Kidal, a year after troops "
            "left the town.",
            "Headquarters or base established",
        ),
        (
            "The Nigerian army inaugurated a new forward operating base in Damboa on Friday, "
            "3 May 2025, a spokesman said.",
            "Headquarters or base established",
        ),
        (
            "On 3 May 2025, the last fighters of an ADF cell near Butembo announced the "
            "disbandment of their unit.",
            "Change to group/activity",
        ),
        (
            "Al-Shabaab lifted its ban on mobile phones in Jilib on 3 May 2025, residents said.",
            "Change to group/activity",
        ),
        (
            "On 3 May 2025, a militia handed its positions near the airport to police units in "
            "Misrata after talks with local notables.",
            "Non-violent transfer of territory",
        ),
        (
            "Rescuers recovered the bodies of 12 people from a shallow grave near Goma on "
            "3 May 2025.",
            "Other",
        ),
    ],
)
def test_a_development_told_with_other_words_is_found(text: str, sub: str) -> None:
    assert (SD, sub) in _kinds(text)


# ---- 2. shooting told as passing between two sides, however far they are named ------------


def test_gunfire_between_two_named_sides_is_their_clash() -> None:
    text = (
        "Residents of Tibu reported hours of gunfire on 3 May 2025 along the Catatumbo river "
        "between the ELN and the Clan del Golfo, who have been disputing the area since 2023."
    )
    (event,) = _events(text)
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert {event.actor1, event.actor2} == {"ELN: National Liberation Army", "Clan del Golfo"}


def test_shooting_between_two_towns_names_no_sides() -> None:
    text = (
        "On 3 May 2025, gunmen opened fire on a bus in Bauchi, and the shooting caused panic "
        "between Bauchi and Jos."
    )
    assert ("Battles", "Armed clash") not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two gangs traded fire for hours in Cite Soleil on 3 May 2025, residents said.",
        "On 3 May 2025, soldiers and Ansaroul Islam fighters exchanged gunfire near Djibo.",
    ],
)
def test_fire_traded_by_two_sides_is_a_clash(text: str) -> None:
    assert ("Battles", "Armed clash") in _kinds(text)


def test_gunfire_a_truce_ends_is_its_background() -> None:
    text = (
        "Elders of the Dinka and Nuer communities signed a truce in Malakal on 3 May 2025 "
        "ending ten days of gunfire between the two sides' youths."
    )
    assert _kinds(text) == [(SD, "Agreement")]


# ---- 3. a road blockade that presses a demand is a protest --------------------------------


def test_a_blockade_to_protest_cleared_with_tear_gas_is_a_protest_with_intervention() -> None:
    text = (
        "Fishermen who had blocked the Mombasa road with boats to protest a fishing ban were "
        "dispersed with tear gas by police on 3 May 2025."
    )
    (event,) = _events(text)
    assert event.sub_event_type == "Protest with intervention"
    assert event.actor1 == "Protesters (Kenya)"


def test_students_blocking_a_highway_to_demand_cleared_with_batons() -> None:
    text = (
        "On 3 May 2025, police used batons and stun grenades to clear students of Dhaka "
        "University who had blocked a highway in Dhaka for hours to demand the vice-chancellor's "
        "resignation."
    )
    assert _kinds(text) == [("Protests", "Protest with intervention")]


def test_live_rounds_at_workers_blocking_a_road_is_excessive_force() -> None:
    text = (
        "On 3 May 2025, police fired live rounds at tea workers who were blocking the highway "
        "in Sylhet over unpaid wages, killing 2 workers."
    )
    (event,) = _events(text)
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.actor2.startswith("Police Forces of Bangladesh")


def test_a_crowd_gathered_to_protest_stays_a_peaceful_protest() -> None:
    text = (
        "On 3 May 2025, hundreds of nurses gathered outside the ministry in Nairobi to protest "
        "unpaid salaries."
    )
    assert _kinds(text) == [("Protests", "Peaceful protest")]


# ---- 5. what was dropped from the air, and what decides the weapon -------------------------


def test_a_paramotor_dropping_explosives_is_an_air_strike() -> None:
    text = (
        "On 3 May 2025, a military paramotor dropped explosives on a monastery in Sagaing, "
        "killing 4 civilians."
    )
    (event,) = _events(text)
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1 == "Military Forces of Myanmar (2021-)"


def test_canisters_dropped_by_a_drone_with_a_chlorine_cloud_are_a_chemical_weapon() -> None:
    text = (
        "On 3 May 2025, an army drone dropped two canisters that released a greenish, "
        "chlorine-smelling cloud over rebel positions in Kutum, killing three fighters."
    )
    (event,) = _events(text)
    assert (event.event_type, event.sub_event_type) == (
        "Explosions/Remote violence",
        "Chemical weapon",
    )
    assert event.actor1 == "Military Forces of Sudan (2019-)"


def test_a_grenade_dropped_by_a_drone_is_an_air_strike() -> None:
    text = (
        "A rebel drone dropped a grenade on a checkpoint in Kidal on 3 May 2025, wounding two "
        "soldiers."
    )
    assert _kinds(text) == [("Explosions/Remote violence", "Air/drone strike")]


# ---- 6. offenders running from a patrol are no displaced people ----------------------------


def test_smugglers_fleeing_a_patrol_are_no_displacement() -> None:
    text = (
        "Border guards found 40 kg of heroin in a car near Torkham on 3 May 2025 after "
        "smugglers fled back across the border."
    )
    assert (SD, "Other") not in _kinds(text)


def test_villagers_fleeing_fighting_are_still_displaced() -> None:
    text = "Hundreds of villagers fled Kalehe on 3 May 2025 as fighting neared the town."
    assert (SD, "Other") in _kinds(text)
