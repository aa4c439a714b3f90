"""Actors of reports whose text names no place that resolves: ACLED always names the country
(`Police Forces of Togo (2005-)`, `Civilians (Malawi)`), which the article gives otherwise
(a side's nationality in another sentence, any nationality word, a national news agency);
and groups told by other spellings. Invented sentences, none from the notes sets."""

from __future__ import annotations

import pytest

from _coding import extract


def _events(text: str, published: str = "2025-06-30"):
    return extract(text, published)


def _sides(text: str, published: str = "2025-06-30") -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in _events(text, published)]


# ---- no place: the country from the rest of the article --------------------------------


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # the government's nationality in the next sentence
        ("Riot police fired tear gas at hundreds of demonstrators on Monday. The Togolese "
         "government said the march had been banned.",
         ("Protesters (Togo)", "Police Forces of Togo (2005-)")),
        # troops sent afterwards, named by their nationality
        ("Gunmen on motorbikes shot dead four traders at a weekly market on Sunday. Burkinabe "
         "troops were later deployed to the area.",
         ("Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)")),
        # a newspaper's nationality: the only word that places the story
        ("Masked men abducted a school headmaster on Thursday evening, according to a report "
         "in a Malawian daily.",
         ("Unidentified Armed Group (Malawi)", "Civilians (Malawi)")),
        # all-capitals wire copy
        ("SOLDIERS DETAINED A RADIO PRESENTER ON FRIDAY OVER A PROGRAMME CRITICAL OF THE "
         "JUNTA, THE GUINEAN PRESS UNION SAID.",
         ("Military Forces of Guinea (2021-)", "Civilians (Guinea)")),
    ],
)  # fmt: skip
def test_an_event_with_no_place_is_named_for_the_articles_country(
    text: str, sides: tuple[str, str]
) -> None:
    assert sides in _sides(text)


def test_the_event_record_carries_that_country() -> None:
    text = (
        "Unknown attackers set fire to a clinic overnight, killing a nurse. Ugandan police "
        "said they were searching for the suspects."
    )
    assert any(e.country == "Uganda" for e in _events(text))


def test_a_foreign_embassy_does_not_set_the_country() -> None:
    # "the French embassy" qualifies a building; the forces are Nigerien
    text = (
        "Hundreds of demonstrators gathered outside the French embassy on Sunday. Nigerien "
        "security forces kept them away from the gates."
    )
    assert all(a1 == "Protesters (Niger)" for a1, _ in _sides(text, "2023-08-07"))


# ---- groups by other spellings ---------------------------------------------------------


def test_tamil_tigers_are_the_ltte_under_the_government_of_their_day() -> None:
    text = (
        "Tamil Tiger rebels attacked a navy patrol boat off Trincomalee on 11 May 2006, "
        "killing 17 sailors, the Sri Lankan navy said."
    )
    (event,) = _events(text, "2006-05-12")
    assert event.actor1 == "LTTE: Liberation Tigers of Tamil Eelam"
    assert event.actor2 == "Military Forces of Sri Lanka (2005-2015)"


def test_al_shebaab_spelling_is_al_shabaab() -> None:
    text = (
        "Al-Shebaab militants stormed a police post in Mandera county on Wednesday, killing "
        "two officers."
    )
    assert any(a1 == "Al Shabaab" for a1, _ in _sides(text, "2024-03-07"))


def test_a_national_agency_named_in_the_text_gives_the_country() -> None:
    text = (
        "Police detained nine trade unionists on Tuesday before a planned march, the state "
        "news agency TAP reported."
    )
    assert ("Police Forces of Tunisia (2019-)", "Civilians (Tunisia)") in _sides(text, "2024-05-15")


def test_foreign_victims_do_not_move_the_event_to_their_country() -> None:
    # the Chinese workers were seized where the Congolese army operates, not in China
    text = (
        "Gunmen abducted three Chinese mine workers on Monday, the Congolese army said, "
        "without saying where."
    )
    (event,) = _events(text, "2024-12-10")
    assert event.actor1 == "Unidentified Armed Group (Democratic Republic of Congo)"


# ---- the one hit: "came under attack by" ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "doer", "hit"),
    [
        ("Ghanaian soldiers came under attack by unknown gunmen near Bawku on Friday, and two "
         "of them died.", "Unidentified Armed Group (Ghana)", "Military Forces of Ghana (2025-)"),
        ("A police station in Bannu came under attack by TTP militants late on Sunday, "
         "killing a constable.", "TTP: Tehreek-i-Taliban Pakistan",
         "Police Forces of Pakistan (2024-)"),
    ],
)  # fmt: skip
def test_who_came_under_attack_was_hit_and_the_by_phrase_did_it(
    text: str, doer: str, hit: str
) -> None:
    assert (doer, hit) in _sides(text, "2025-06-30")


# ---- no place: a group's name in the article's country ---------------------------------


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Armed herdsmen killed seven farmers in an overnight raid on Saturday. Nigerian "
         "police said three suspects were arrested.", "Fulani Ethnic Militia (Nigeria)"),
        ("Islamic State fighters burned a church and killed two villagers on Saturday. "
         "Mozambican troops were sent to the district.", "Islamic State (Mozambique)"),
        ("Gunmen ambushed a UN peacekeeping convoy on Saturday, killing one blue helmet. The "
         "Malian government condemned the attack.",
         "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali"),
    ],
)  # fmt: skip
def test_a_group_named_by_country_takes_the_articles_country(text: str, named: str) -> None:
    assert any(named in (a1, a2) for a1, a2 in _sides(text, "2023-05-08"))
