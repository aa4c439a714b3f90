"""Precision on wire copy (issue 13): what is sought, demanded or aimed at is no event.

Invented reports of varied wording (other places and names than any development item), each
coded by the whole pipeline (`_coding.extract`).
"""

from __future__ import annotations

import pytest

from _coding import subs

CHANGE = "Change to group/activity"


@pytest.mark.parametrize(
    "text",
    [
        "The main purpose of the delegation's visit is to obtain the lifting of the curfew in "
        "Port Amsel.",
        "THE ENVOYS WILL TRAVEL TO ROME TONIGHT IN AN EFFORT TO ACHIEVE THE LIFTING OF THE STATE "
        "OF EMERGENCY IN THE PROVINCE OF TARSO.",
        "Opposition deputies met the prime minister on Thursday in an attempt to secure the "
        "lifting of the ban on the Liberty Party in Valdora.",
        "KANDOR, 3 MAY (WIRE) -- THE TRADE MINISTER LEFT FOR GENEVA TODAY. THE OBJECTIVE OF HIS "
        "TRIP IS TO WIN THE LIFTING OF THE EMBARGO ON VALDORAN COFFEE.",
    ],
)
def test_an_outcome_sought_is_no_event(text: str) -> None:
    """A verb of obtaining in the infinitive ("to achieve", "to secure", "to obtain") aims at
    its object, whatever its article: the lifting sought has not happened."""
    assert CHANGE not in subs(text)


@pytest.mark.parametrize(
    "text",
    [
        "The governor lifted the curfew in Port Amsel on Monday.",
        "Mediators managed to secure the lifting of the curfew in Port Amsel on Friday, the "
        "town council said.",
        "THE ARMY LIFTED THE STATE OF EMERGENCY IN THE PROVINCE OF TARSO ON SUNDAY.",
    ],
)
def test_a_lifting_done_is_still_coded(text: str) -> None:
    """Done, or obtained under a head that reports it ("managed to secure"): coded."""
    assert CHANGE in subs(text)


@pytest.mark.parametrize(
    "text",
    [
        "In their statement, the rebels promise to free the hostages, to withdraw from the "
        "valley, and, in a second phase, to suspend attacks on the pipeline.",
        "THE MILITIA VOWED TO RELEASE ITS CAPTIVES AND, WITHIN A WEEK, TO LIFT ITS BLOCKADE OF "
        "RIVAS.",
    ],
)
def test_an_infinitive_in_a_list_shares_the_promise(text: str) -> None:
    """An infinitive has no tense of its own: one joined to a promise ("promise to free them
    and, later, to suspend attacks") is promised too, however the parse hangs it."""
    assert CHANGE not in subs(text)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels suspended attacks on the pipeline on Monday and freed two hostages.",
        "The army withdrew from the valley, and, in a second phase, suspended attacks on the "
        "pipeline.",
    ],
)
def test_joined_acts_done_are_still_coded(text: str) -> None:
    assert CHANGE in subs(text)


ATTACK = "Attack"


@pytest.mark.parametrize(
    "text",
    [
        "THE GOVERNOR IS DOING ALL HE CAN TO RIG THE ELECTIONS AND TO MURDER THOSE WHO OPPOSE HIM.",
        "The landowner hired gunmen to frighten the tenants and to kill their leaders in Ostrava "
        "district.",
    ],
)
def test_an_aim_listed_after_another_is_aimed_too(text: str) -> None:
    """Infinitives of purpose listed together are one aim: the second is no more done than
    the first."""
    assert ATTACK not in subs(text)


def test_acts_done_after_a_hiring_are_still_coded() -> None:
    text = (
        "The landowner hired gunmen who frightened the tenants and killed two of their leaders "
        "in Ostrava district on Sunday."
    )
    assert ATTACK in subs(text)


@pytest.mark.parametrize(
    "text",
    [
        "THE UNIT HAS BEEN ACCUSED OF ENCOURAGING THE MURDER AND KIDNAPPING OF TRADE UNIONISTS "
        "IN VALDORA.",
        "The militia, human rights groups say, is suspected of sponsoring the abduction of "
        "students in the province of Lanver.",
    ],
)
def test_a_part_in_acts_charged_is_no_event(text: str) -> None:
    """The act a charged gerund did to ("accused of encouraging the murders"): a charge."""
    assert not {ATTACK, "Abduction/forced disappearance"} & subs(text)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels responded by launching an attack on the army post in Rivas on Monday, "
        "killing three soldiers.",
        "The former colonel was jailed for ordering the murder of Bishop Anselm Kray in Valdora.",
    ],
)
def test_an_act_carried_out_or_named_by_its_victim_is_kept(text: str) -> None:
    assert subs(text)


@pytest.mark.parametrize(
    "text",
    [
        "ALL THE FAMILIES DISPLACED BY THE SHELLING ARE ANGRY PEOPLE WHO WILL VOTE AGAINST THE "
        "GOVERNMENT.",
        "Aid workers said on Friday that the farmers displaced by the drought and the raids need "
        "seed and tools.",
    ],
)
def test_people_described_as_displaced_tell_no_flight(text: str) -> None:
    """A participle on people ("families displaced by the shelling") says who they are."""
    assert "Other" not in subs(text)


def test_a_displacement_told_is_still_coded() -> None:
    text = "More than 3,000 villagers fled Rivas on Sunday after rebels attacked the town."
    assert "Other" in subs(text)


def test_a_claimed_bombing_is_still_coded() -> None:
    """ "Claimed responsibility for detonating a bomb": the claim owns the deed."""
    text = (
        "KANDOR, 4 MAY (WIRE) -- THE PEOPLE'S ARMY TODAY CLAIMED RESPONSIBILITY FOR DETONATING A "
        "BOMB AT THE POWER COMPANY OFFICES IN PORT AMSEL, VALDORA."
    )
    assert "Remote explosive/landmine/IED" in subs(text)


def test_acts_under_inquiry_are_no_charge() -> None:
    """ "In charge of investigating the murders": an inquiry into acts told as real."""
    text = (
        "THE RESIGNATIONS OF TWO OF THE JUDGES IN CHARGE OF INVESTIGATING THE MURDERS OF THE "
        "MAYOR OF RIVAS AND A POLICE CAPTAIN WERE ANNOUNCED TODAY."
    )
    assert ATTACK in subs(text)
