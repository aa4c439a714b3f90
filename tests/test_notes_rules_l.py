"""Rules generalised from the twelfth notes batch's development misses: each rule with
invented sentences in other countries and wording."""

from __future__ import annotations

import pytest


def _events(text: str, published: str | None = None):
    from sitrep.evaluate.notes import Item, predict

    ((_, events, error),) = list(predict([Item("t", text, published, None)], 1))
    assert error is None
    return events


# actors


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("Ghanaian army officers and Togolese gendarmes signed a deal on Tuesday in Aflao to run "
         "joint patrols along the border, the Ghanaian army said.",
         "Military Forces of Ghana"),
        ("Kenyan military officers and Somali commanders agreed on Friday in Mandera to reopen "
         "the border crossing, the Kenyan army said.",
         "Military Forces of Kenya"),
    ],
)  # fmt: skip
def test_an_armys_officers_are_the_army_not_the_police(text: str, actor1: str) -> None:
    events = _events(text, "2025-06-12")
    assert any((e.actor1 or "").startswith(actor1) for e in events)


def test_the_nations_shield_forces_are_yemens_own() -> None:
    text = (
        "On 3 March 2026, National Shield Forces moved two battalions into a former police camp "
        "outside Ataq (Ataq, Shabwah), setting up a new base there, local sources said."
    )
    events = _events(text)
    assert any(e.actor1 == "Military Forces of Yemen (2022-)" for e in events)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("On 9 June 2025, three demonstrators were shot dead during a march against fuel prices "
         "in Kasama (Kasama, Northern), a hospital source said.", "Zambia"),
        ("Four students were killed on Monday when a rally against school fees in Mzuzu was "
         "met with live fire, relatives said.", "Malawi"),
    ],
)  # fmt: skip
def test_force_on_protesters_with_no_one_named_is_the_polices(text: str, country: str) -> None:
    events = _events(text, "2025-06-11")
    force = [e for e in events if e.sub_event_type == "Excessive force against protesters"]
    assert force and all((e.actor2 or "").startswith(f"Police Forces of {country}") for e in force)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Raiders burned a school in Kabare territory on Friday.", "Kabare territory"),
    ],
)
def test_a_name_made_a_place_by_the_next_word_is_no_actor(language, knowledge, text, name):
    from sitrep.events.actors import surface_actor

    sentence = next(iter(language.parse([text])[0].sents))
    start = text.index(name)
    assert surface_actor(sentence, ((start, start + len(name)),), knowledge.actors) is None


def test_the_armed_side_named_beside_a_looting_did_it() -> None:
    # the participle hangs on no subject the parse gives it: the bandits of its sentence did it
    text = (
        "A band of some 30 bandits raided a hamlet in Maru district, Zamfara province, on Monday "
        "3 March 2025, looting grain from stores and cattle from pens before torching the "
        "dispensary, a local chairman said."
    )
    events = _events(text, "2025-03-05")
    assert events and events[0].actor1 == "Unidentified Armed Group (Nigeria)"


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("On 12 August 2025, Lahore Capital City Police detained 22 supporters of the "
         "opposition at a rally site in Lahore (Lahore, Punjab).", "Police Forces of Pakistan"),
        ("On 11 August 2025, Mombasa County Police arrested seven activists of an opposition youth "
         "group at a hall in Likoni (Mombasa, Mombasa).", "Police Forces of Kenya"),
    ],
)  # fmt: skip
def test_a_police_command_named_for_its_place_is_the_states_police(text, actor1) -> None:
    events = _events(text, "2025-08-13")
    assert events and (events[0].actor1 or "").startswith(actor1)


def test_what_a_strike_was_targeting_is_the_side_it_hit() -> None:
    text = (
        "On 2 April 2025, a US drone struck a vehicle near Jilib (Jilib, Middle Juba), reportedly "
        "targeting an al-Shabaab commander."
    )
    (event,) = _events(text, "2025-04-09")
    assert (event.sub_event_type, event.actor2) == ("Air/drone strike", "Al Shabaab")


def test_lubangas_movement_is_named() -> None:
    text = (
        "Congolese soldiers said on Friday they had driven CRP fighters out of two villages near "
        "Fataki (Djugu, Ituri) after a day of fighting."
    )
    events = _events(text, "2025-09-13")
    assert any(
        "CRP: Convention for the Popular Revolution" in (e.actor1, e.actor2) for e in events
    )


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("Kharkiv regional administration, 3 May 2025: air defence units downed six attack "
         "drones over the city of Kharkiv overnight. Falling debris damaged a garage. No one was "
         "hurt.", "Military Forces of Russia (2000-)"),
        ("On 4 May 2025, Russian air defence units shot down 14 drones over the Belgorod region, "
         "the regional governor said. No damage was reported.", "Military Forces of Ukraine (2019-)"),
    ],
)  # fmt: skip
def test_a_downed_weapon_with_no_owner_named_is_the_foes(text: str, actor2: str) -> None:
    events = _events(text, "2025-05-04")
    assert events and events[0].actor2 == actor2


def test_the_one_group_the_report_names_is_the_unnamed_side_a_strike_hit() -> None:
    # the group that tells of its own fighters hurt names the side hit, no mere source
    text = (
        "On 9 May 2025, Colombian air force jets bombed rebel positions near Tame (Tame, "
        "Arauca). The ELN said three of its fighters were wounded in the raid."
    )
    events = _events(text, "2025-05-10")
    assert events and events[0].actor2 == "ELN: National Liberation Army"
