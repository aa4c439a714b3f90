"""Fatality counts of invented reports that vary how deaths are told (round 16 red-team):
number words ("a dozen", "half a dozen"), "lost their lives", dead told besides a toll
already given ("two more died", "was also killed", "the bomber also died"), and a killing
dated days before another act ("a week after shelling killed 20"). ACLED's rules: every death
of the event counts, the attacker's too; a toll of an earlier event does not.
Written for these tests; names and places are illustrative only."""

from __future__ import annotations

import pytest

from _coding import extract


def tolls(text: str) -> list[int]:
    """The tolls of the events of a paragraph, in the order they are told."""
    return [e.fatalities for e in extract(text, "2024-03-06")]


TABLE = [
    # "a dozen", "two dozen": the article or number times twelve, not "a" as one
    ("Armed men raided the hamlet of Sarakawa on Monday, killing a dozen herders.", 12),
    ("Rebels shelled the outskirts of Kalemie on Sunday, killing two dozen civilians.", 24),
    ("Soldiers fought jihadists near Youwarou on Friday, killing half a dozen of the fighters.", 6),
    # "lost their lives": the subject is the dead, not the doer
    (
        "At least nine people lost their lives when gunmen opened fire on a minibus outside Segou "
        "on Tuesday, a nurse said.",
        9,
    ),
    # dead told besides the toll in a later sentence add to it
    (
        "A parcel bomb went off at a taxi rank in Baidoa on Monday, killing four people. Three "
        "more died in hospital overnight, a doctor said.",
        7,
    ),
    (
        "Insurgents attacked a police post outside Dera Ismail Khan on Thursday. Two "
        "constables were killed in the gunfight. A passer-by was also killed by a stray round.",
        3,
    ),
    (
        "A suicide bomber struck a funeral in Gwoza on Saturday, killing eight mourners. The "
        "bomber also died.",
        9,
    ),
    (
        "SOLDIERS KILLED FIVE BANDITS IN A GUNFIGHT NEAR TSAFE ON WEDNESDAY. TWO SOLDIERS DIED "
        "TOO.",
        7,
    ),
    (
        "Gunmen stormed a farm near Barkin Ladi on Sunday. A farmer and his wife were killed; "
        "their daughter was also killed as she ran.",
        3,
    ),
    # a killing dated days before another act is an earlier event's toll
    (
        "A mortar round hit a bakery queue in Omdurman on Monday, killing seven people. The "
        "strike came a week after shelling killed 25 people in the same district.",
        7,
    ),
    # "more than" is a floor, not dead besides another toll
    (
        "More than 15 people were killed when gunmen attacked a market in Dapaong on Monday. "
        "Twelve of the dead were women.",
        15,
    ),
]


@pytest.mark.parametrize(("text", "toll"), TABLE)
def test_toll(text: str, toll: int) -> None:
    assert tolls(text)[:1] == [toll]
