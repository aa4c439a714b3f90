"""Actor rules generalised from the spent eleventh unseen part's and the development sets'
actor misses: each rule with invented sentences in other countries and wording."""

from __future__ import annotations

import pytest

from _coding import extract


def _events(text: str, published: str = "2025-03-05"):
    return extract(text, published)


def _sides(text: str, published: str = "2025-03-05") -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2) for e in _events(text, published)]


# ---- the side hit: people who stand for a group ---------------------------------------


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("Turkish drones struck a hideout in the Qandil mountains of northern Iraq on Tuesday, "
         "killing four members of the PKK, the Turkish defence ministry said.",
         "PKK: Kurdistan Workers Party"),
        ("MOGADISHU, Feb 2 - US aircraft struck a camp near Jilib on Friday, killing eight "
         "members of al-Shabaab, the US Africa Command said.", "Al Shabaab"),
        ("Russian missiles hit a training ground near Dnipro on Sunday, killing nine members of "
         "the National Guard.", "Military Forces of Ukraine (2019-)"),
    ],
)  # fmt: skip
def test_members_of_a_group_killed_are_that_group_hit(text: str, hit: str) -> None:
    # "killing N members of X": X was hit, not civilians
    (event,) = _events(text)
    assert event.actor2 == hit


# ---- clans named by the text ----------------------------------------------------------


def test_two_named_clans_in_a_truce_are_their_clan_militias() -> None:
    # neither clan is in the data: the clan word after the names says what they are
    text = (
        "GAROWE, May 9 - Elders of the Dishiishe and Warsangeli clans signed a peace deal in "
        "Bosaso on Friday after weeks of fighting over a grazing area."
    )
    sides = _sides(text)
    assert (
        "Agreement",
        "Dishiishe Clan Militia (Somalia)",
        "Warsangeli Clan Militia (Somalia)",
    ) in sides


def test_two_named_clans_clashing_are_both_sides_and_the_dead_no_side() -> None:
    text = (
        "BELEDWEYNE, March 3 - Fighters of the Saleban and Ayr clans clashed over a water point "
        "near Beledweyne on Monday, killing four people, elders said."
    )
    (event,) = _events(text)
    assert (event.actor1, event.actor2) == (
        "Saleban Clan Militia (Somalia)",
        "Ayr Clan Militia (Somalia)",
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Marehan militiamen attacked a village near Garbahaarey on Sunday, killing two herders.",
         "Marehan Clan Militia (Somalia)"),
        ("Gunmen of the Bul clan attacked a cattle camp near Mayom in Unity state on Sunday, "
         "killing three herders.", "Bul Clan Militia (South Sudan)"),
    ],
)  # fmt: skip
def test_a_named_clan_is_its_clan_militia(text: str, name: str) -> None:
    assert any(a1 == name for _, a1, _ in _sides(text))


def test_a_people_before_clans_names_no_clan() -> None:
    # "Somali clans": a nationality, no clan's name
    from sitrep.events.actors import find_actor_mentions
    from sitrep.events.knowledge import load_event_knowledge
    from sitrep.language import load_nlp

    lexicon = load_event_knowledge().actors
    doc = load_nlp()("Somali clans clashed near the border on Monday.")
    mentions = find_actor_mentions(next(iter(doc.sents)), lexicon)
    assert not any(m.group and "Clan Militia" in m.group for m in mentions)


# ---- a doer phrase the parse cut short --------------------------------------------------


def test_forces_loyal_to_a_named_group_take_over_as_that_group() -> None:
    # the parse ends the subject at "separatist": the group's name is still the doer's
    text = (
        "Forces loyal to the separatist Ambazonia Interim Government took over the village of "
        "Batibo on Monday after soldiers withdrew without a fight."
    )
    (event,) = _events(text)
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Non-violent transfer of territory",
        "Ambazonian Separatists",
        "Military Forces of Cameroon (1982-)",
    )
