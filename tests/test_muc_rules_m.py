"""Rules generalised from the MUC-4 tune split's extra events (round 15, helper mmuc): each rule
with invented sentences in other countries, words and shapes (none taken from MUC-4)."""

from __future__ import annotations

from test_notes_probes import extract


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
