"""Names that are no place, or half of one, and places inside names that are none, on short
reports written for these tests."""

from __future__ import annotations

import pytest

from sitrep.places import Gazetteer, places_in_text


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.open()


def texts(places) -> list[str]:
    return [p.text for p in places]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Gunmen ambushed a convoy on the road to Bannu (Bannu, Khyber Pakhtunkhwa) at dawn.",
            "Bannu",
        ),
        ("A mine was found on the way to Marib (Marib City, Marib) on Sunday.", "Marib"),
        ("Protesters blocked the highway outside Kasese (Kasese, Western) on Friday.", "Kasese"),
    ],
)
def test_a_name_is_found_whatever_label_spans_its_bracket(language, gazetteer, text, town):
    assert town in texts(places_in_text(text, language, gazetteer))


def test_half_of_a_hyphenated_name_is_no_place(language, gazetteer):
    text = "Fighting was reported in Bamessing (Ngo-Ketunjia, North-West) on Monday."
    found = texts(places_in_text(text, language, gazetteer))
    assert "Ngo" not in found
    assert "North-West" in found


def test_two_places_joined_by_a_hyphen_stay_places(language, gazetteer):
    text = "Bandits kidnapped travellers on the Kaduna-Abuja highway and the Kano-Zaria road."
    found = texts(places_in_text(text, language, gazetteer))
    assert {"Kaduna", "Abuja", "Kano", "Zaria"} <= set(found)


def test_a_party_letter_before_a_hometown_leaves_the_town(language, gazetteer):
    text = "The bill's sponsor, Sen. Ann Marsh, R-Florence, said the vote would be close."
    assert "Florence" in texts(places_in_text(text, language, gazetteer))


def test_a_name_after_ethnic_is_a_people(language, gazetteer):
    text = "An ethnic Kachin militia raided a police station in Myitkyina on Thursday."
    found = texts(places_in_text(text, language, gazetteer))
    assert "Kachin" not in found
    assert "Myitkyina" in found


def test_a_name_that_is_no_place_casts_no_vote_for_the_country(language, gazetteer):
    # "OAS" is a town in the Philippines to the gazetteer, but here an organisation's initials:
    # it must not pull "SAN MIGUEL" out of El Salvador
    text = (
        "THE OAS ASKED FOR RESTRAINT AFTER REBELS ATTACKED A POLICE POST IN SAN MIGUEL. "
        "THE OAS ALSO SENT OBSERVERS. SOLDIERS LATER PATROLLED SOYAPANGO."
    )
    places = places_in_text(text, language, gazetteer)
    assert "OAS" not in texts(places)
    assert {p.country for p in places if p.text == "SAN MIGUEL"} == {"El Salvador"}


@pytest.mark.parametrize(
    "text",
    [
        "THE UNITED STATES EMBASSY IN QUITO CLOSED AFTER A CAR BOMB EXPLODED NEARBY.",
        "A grenade was thrown at the United States embassy in Tegucigalpa on Monday.",
    ],
)
def test_a_country_before_a_noun_only_says_whose(language, gazetteer, text):
    places = places_in_text(text, language, gazetteer)
    owners = [p.modifier for p in places if p.country == "United States"]
    assert owners and all(owners)


def test_a_country_before_its_forces_or_after_in_is_still_a_place(language, gazetteer):
    text = "Pakistan army shelled villages on Monday, and gunmen in Yemen attacked a post."
    places = places_in_text(text, language, gazetteer)
    flags = {p.text: p.modifier for p in places}
    assert flags == {"Pakistan": False, "Yemen": False}


def test_a_village_namesake_does_not_take_a_dateline_abroad(language, gazetteer):
    # Colombians are named, and Colombia has a small La Paz; but the story names Bolivia:
    # the dateline's La Paz is Bolivia's city
    text = (
        "   LA PAZ, 3 APR 90 (EFE) -- [TEXT] THE INTERIOR MINISTER SAID TWO COLOMBIAN "
        "GUERRILLAS HAD PLANNED THE ATTACK ON A POLICE POST IN THE CITY, THE WORST IN "
        "BOLIVIA THIS YEAR."
    )
    places = places_in_text(text, language, gazetteer)
    assert [p.country for p in places if p.text == "LA PAZ"] == ["Bolivia"]


def test_a_small_town_abroad_is_no_reading_in_a_settled_story(language, gazetteer):
    # every other name is Salvadoran: "SAN RAMON" is not the Costa Rican town
    text = (
        "   SAN SALVADOR, 2 FEB 90 (ACAN-EFE) -- [TEXT] SALVADORAN TROOPS CLASHED WITH REBELS "
        "IN SOYAPANGO AND SAN MIGUEL TODAY, AND A BOMB DAMAGED A BRIDGE NEAR SAN RAMON, THE "
        "ARMED FORCES SAID IN SAN SALVADOR."
    )
    countries = {p.country for p in places_in_text(text, language, gazetteer)}
    assert countries == {"El Salvador"}


def test_a_town_abroad_the_text_places_keeps_its_country(language, gazetteer):
    text = (
        "Syrian troops shelled Idlib, Saraqib and Ariha on Monday, and a shell fell on "
        "Reyhanli in Turkey's Hatay province."
    )
    found = {p.text: p.country for p in places_in_text(text, language, gazetteer)}
    assert found.get("Reyhanli") == "Turkey"
