"""Precision on wire copy (MUC-4 DEV, round r): acts talked about are no events.

Invented reports of varied wording (other places and names than any development item), each
coded by the whole pipeline (`_coding.extract`).
"""

from __future__ import annotations

import pytest

from _coding import extract, subs

IED = "Remote explosive/landmine/IED"
ATTACK = "Attack"


@pytest.mark.parametrize(
    "text",
    [
        "Most of the families displaced by the bombings are now living in tents near the river.",
        "THE GOVERNOR OF TARSO SAID THAT SMUGGLING RINGS ARE BEHIND ALL THESE ATTACKS.",
        "The minister tried to divert attention from the bombings and spoke about the harvest.",
        "The bishop complained to reporters of the navy's indiscriminate bombings.",
    ],
)
def test_definite_plural_acts_after_a_preposition_are_talk(text: str) -> None:
    """A definite or owned plural act noun after a preposition ("displaced by the bombings",
    "behind all these attacks"), with no time, place or number in its clause: acts talked
    about, no incident told."""
    assert not extract(text, "2024-03-10")


@pytest.mark.parametrize(
    "text",
    [
        "Three people were killed in the bombings on Tuesday in Kerem.",
        "Rebels bombed a bridge in Kerem on Tuesday. Two civilians were wounded in the bombings.",
        "Two shops near the bus station in Valdora were destroyed by the bombings on Friday.",
    ],
)
def test_plural_acts_with_a_scene_or_a_toll_are_kept(text: str) -> None:
    """Set by a preposition of scene ("in the bombings") or told with a day, a place or a
    number in its clause: the act is reported, and coded."""
    assert IED in subs(text, "2024-03-10")


def test_owned_plural_acts_with_a_day_are_kept() -> None:
    """The clause dates the acts ("after the rebels' attacks on Sunday"): an occasion told."""
    text = "Dozens of families left Oskaro after the rebels' attacks on Sunday."
    assert ATTACK in subs(text, "2024-03-10")
