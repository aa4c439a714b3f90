"""Side rules of round 19 (wave 2), generalised from actor misses of the spent unseen_s set:
each rule with invented sentences in other countries, words and shapes (none taken from the
notes)."""

from __future__ import annotations

import pytest

from _coding import extract

# ---- a source looking into an act did not do it ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A grenade thrown into a market in Mopti, Mali on Friday killed three traders. "
        "Gendarmes said they had not established who was behind the attack.",
        "A bomb tore through a bus station in Garissa, Kenya on Friday, killing four people. "
        "Police are investigating who was behind the explosion.",
    ],
)
def test_the_forces_looking_into_an_attack_are_not_its_doer(text: str) -> None:
    events = extract(text, "2024-03-10")
    assert events and events[0].actor1 is not None
    assert events[0].actor1.startswith("Unidentified Armed Group")


# ---- fire "from a/an <side's> base": that side fired ------------------------------------------


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Mortar rounds fired from an army outpost hit a village near Kutkai, Myanmar on "
            "Sunday, killing two farmers.",
            "Military Forces of Myanmar",
        ),
        (
            "Rockets launched from a junta garrison base struck a school in Mindat, Myanmar on "
            "Tuesday, wounding six pupils.",
            "Military Forces of Myanmar",
        ),
    ],
)
def test_fire_from_a_sides_base_is_that_sides(text: str, doer: str) -> None:
    events = extract(text, "2024-03-10")
    assert events and doer in (events[0].actor1 or "")


# ---- "X accused the army of firing": the event's country's army did it ------------------------


def test_an_accusation_names_the_unnamed_army_as_doer() -> None:
    text = (
        "Trenches of the separatist fighters near Bamenda, Cameroon were hit by mortar shells "
        "on Monday, killing three of them. The separatists accused the army of firing the "
        "rounds."
    )
    events = extract(text, "2023-06-14")
    assert events and (events[0].actor1 or "").startswith("Military Forces of Cameroon")


# ---- a drone hitting an army base: no army's own act ------------------------------------------


def test_a_drone_hitting_an_army_base_is_an_unnamed_sides_on_the_army() -> None:
    text = "A drone struck an army base near Gao, Mali on Thursday, wounding four soldiers."
    events = extract(text, "2024-04-12")
    assert events
    assert (events[0].actor1 or "").startswith("Unidentified Armed Group")
    assert (events[0].actor2 or "").startswith("Military Forces of Mali")


# ---- a deal's parties: those signing, not the dead of the fighting it ended -------------------


def test_a_truce_is_between_its_signatories_not_the_fighters_killed() -> None:
    text = (
        "Officers of the Tigray forces and leaders of the Borana tribe signed a truce in "
        "Moyale on Sunday, ending days of clashes in which nine gunmen were killed."
    )
    events = [e for e in extract(text, "2023-08-20") if e.sub_event_type == "Agreement"]
    assert events and (events[0].actor2 or "").startswith("Borana Tribal Militia")


# ---- troops taking a town under a deal with a side: that side gave it up -----------------------


def test_the_side_a_handover_deal_was_made_with_gave_the_ground_up() -> None:
    text = (
        "Malian army troops moved into the town of Kidal on Monday under an agreement with "
        "the Coordination of Azawad Movements and raised the national flag over the "
        "governor's office."
    )
    events = [e for e in extract(text, "2023-11-15") if e.event_type == "Strategic developments"]
    assert events and (events[0].actor2 or "").startswith("CMA")
