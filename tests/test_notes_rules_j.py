"""Rules generalised from the misses of the notes set dev_j (session 15): each with invented
sentences in other countries and words than the development items."""

from __future__ import annotations

import pytest

from _coding import extract


def _where(text: str, published: str | None = None) -> list[tuple[str | None, str | None]]:
    return [(e.country, e.location) for e in extract(text, published)]


# ---- a state's forces under their own initials are evidence of their country -------------


@pytest.mark.parametrize(
    ("text", "country", "town"),
    [
        # Leer is a bigger town in Germany; the SSPDF fight in South Sudan
        (
            "SSPDF soldiers looted dozens of shops in Leer market on Sunday, traders said. "
            "No one was hurt.",
            "South Sudan",
            "Leer",
        ),
    ],
)
def test_a_state_force_by_its_initials_places_an_ambiguous_town(text, country, town) -> None:
    assert (country, town) in _where(text)


# ---- a name that is no place holds nothing -------------------------------------------------


def test_a_town_near_the_un_stays_the_town() -> None:
    # "near the UN compound": "UN" read as a village abroad must not become the container
    # that pulls the town out of its country
    text = (
        "The Kenyan army said on Tuesday it had opened a forward base outside Mandera, near "
        "the UN compound, to secure the border road."
    )
    assert ("Kenya", "Mandera") in _where(text)


# ---- a name after a numeral ordinal is a unit's -------------------------------------------


def test_a_unit_named_after_an_ordinal_is_no_place() -> None:
    # "the 14th Toledo detachment" names a unit, not Toledo (a town of the same country)
    text = (
        "Soldiers of the 14th Toledo detachment arrested three men near Cotabato City on "
        "Monday, the army said."
    )
    assert [loc for _, loc in _where(text, "2024-05-07")] == ["Cotabato"]


def _coded(text: str, published: str | None = None) -> list[tuple[str, str, str | None]]:
    return [(e.event_type, e.sub_event_type, e.location) for e in extract(text, published)]


# ---- Strategic developments: a deal told around an aside, a lockdown, a post made ---------


def test_an_agreement_told_around_an_aside_between_commas() -> None:
    text = (
        "On 5 March 2024, the army and RENAMO fighters agreed, through church and local "
        "elders, to reopen the road linking Maringue with Caia (Maringue, Sofala). No casualties."
    )
    assert ("Strategic developments", "Agreement") in [c[:2] for c in _coded(text)]


def test_an_armed_group_announcing_a_lockdown_changes_its_activity() -> None:
    text = (
        "On 2 April 2024, Maoist cadres announced a five-day lockdown of Bijapur (Bijapur, "
        "Chhattisgarh), ordering markets and buses to stop."
    )
    assert _coded(text) == [("Strategic developments", "Change to group/activity", "Bijapur")]


def test_a_building_turned_into_a_post_is_a_base_not_territory() -> None:
    text = (
        "Soldiers took over a school at the edge of Kutum, north of El Fasher, and turned it "
        "into a military post, residents said on Monday."
    )
    assert _coded(text, "2024-06-03") == [
        ("Strategic developments", "Headquarters or base established", "Kutum")
    ]


def test_a_town_told_only_as_a_bearing_is_no_scene() -> None:
    # "Bawku, north of Bolgatanga": Bolgatanga only says where Bawku lies, with or without
    # a distance
    text = (
        "Gunmen hiding on a farm outside Bawku, north of Bolgatanga, shot dead two traders "
        "on Saturday, police said."
    )
    assert [loc for *_, loc in _coded(text, "2024-03-04")] == ["Bawku"]


# ---- actor2: the side hit, told by "onto" or by a group's "its fighters" -------------------


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in extract(text, None)]


def test_what_is_dropped_onto_a_sides_positions_hits_that_side() -> None:
    text = (
        "On 4 May 2024, Syrian government helicopters dropped chlorine canisters onto "
        "positions held by HTS fighters near Kabani (Jisr al-Shughur, Idleb). No fatalities "
        "reported."
    )
    assert [a2 for _, a2 in _sides(text)] == ["Hayat Tahrir al Sham"]


def test_its_fighters_hit_are_the_speaking_groups() -> None:
    text = (
        "The Arakan Army said on 3 March 2024 that junta aircraft had bombed its fighters "
        "near Ann (Ann, Rakhine) the same day. No fatalities reported."
    )
    assert [a2 for _, a2 in _sides(text)] == ["AA: Arakan Army"]


# ---- one crowd's riot told in several acts is one incident ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2024, villagers in a hamlet outside Kisii (Kisii, Kisii) caught a man they "
        "accused of witchcraft, stoned him and set him on fire. He died at the scene.",
        "On 2 June 2024, a crowd in Mbale (Mbale, Mbale) stoned two suspected thieves to death "
        "and burned their bodies before police arrived.",
    ],
)
def test_a_crowd_stoning_and_burning_people_is_one_mob_violence(text) -> None:
    events = extract(text, None)
    assert [(e.sub_event_type, e.actor2) for e in events] == [
        ("Mob violence", f"Civilians ({events[0].country})")
    ]


# ---- ACLED's bracket places the town before it: no scene of its own -------------------------


def test_the_bracket_after_a_known_town_is_no_second_scene() -> None:
    text = (
        "On 27 October 2025, supporters of the opposition rioted in Bouake (Bouake, Gbeke) "
        "after the results were announced, burning tyres and blocking roads. No fatalities "
        "reported."
    )
    assert [loc for *_, loc in _coded(text)] == ["Bouaké"]
