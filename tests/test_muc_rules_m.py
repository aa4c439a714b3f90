"""Rules generalised from the MUC-4 tune split's extra events (round 15, helper mmuc): each rule
with invented sentences in other countries, words and shapes (none taken from MUC-4)."""

from __future__ import annotations

from _coding import extract


def _subs(text: str, published: str | None = None) -> set[str]:
    return {e.sub_event_type for e in extract(text, published)}


# ---- weapons a vehicle or a haul holds: cargo, nothing fired -------------------------------


def test_missiles_a_seized_plane_carried_are_cargo() -> None:
    text = (
        "DILI, 4 March 2024 - Customs officers at the airport said on Monday that the seized "
        "cargo plane was carrying 16 anti-tank missiles and 400 hand grenades bound for a "
        "militia in the hills."
    )
    assert not _subs(text, "2024-03-04") & {"Shelling/artillery/missile attack", "Grenade"}


def test_a_boat_that_carried_rockets_is_cargo() -> None:
    text = (
        "On 12 June 2023 the coast guard towed a fishing boat into Kismayo harbour. It carried "
        "30 rockets, two mortars and several boxes of rifles, officials said."
    )
    assert not _subs(text, "2023-06-12") & {"Shelling/artillery/missile attack"}


def test_a_truck_carrying_explosives_that_blew_up_stays_a_blast() -> None:
    text = (
        "On 9 May 2024, a truck carrying explosives blew up outside a police station in "
        "Mardan, killing four officers."
    )
    assert "Remote explosive/landmine/IED" in _subs(text, "2024-05-09")


def test_rockets_carried_out_an_attack_stays_an_attack() -> None:
    text = (
        "On 2 July 2024 rebels carried out an attack with rockets on an army post near Beni, "
        "wounding three soldiers."
    )
    assert _subs(text, "2024-07-02")


def test_weapons_listed_after_the_first_of_a_cargo_are_cargo_too() -> None:
    text = (
        'MAPUTO, 10 May 2024 -- The army reports that the lorry was carrying 12 "Strela" '
        'antiaircraft missiles, a "Stinger" missile, a 60-mm mortar, and 40 rounds of '
        "ammunition."
    )
    assert not _subs(text, "2024-05-10")


def test_mortars_fired_after_rockets_stay_a_shelling() -> None:
    text = "On 3 May 2024, rebels fired rockets and mortars at an army base outside Goma."
    assert "Shelling/artillery/missile attack" in _subs(text, "2024-05-03")
