"""Place rules for international news, on sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.places import Gazetteer, places_in_text


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.open()


def texts(text, language, gazetteer):
    return [p.text for p in places_in_text(text, language, gazetteer)]


def test_lower_case_type_word_stays_out_of_the_span(language, gazetteer):
    text = "Troops were sent to Sindh province and to Helmand province after the floods."
    found = texts(text, language, gazetteer)
    assert "Sindh" in found and "Helmand" in found
    assert not any(t.endswith("province") for t in found)


def test_capitalised_article_opens_a_name(language, gazetteer):
    text = "Shelling in El Fasher killed four people on Monday, residents said."
    places = places_in_text(text, language, gazetteer)
    fasher = next(p for p in places if p.text == "El Fasher")
    assert fasher.country == "Sudan"


def test_spelling_variant_of_a_town_is_trusted(language, gazetteer):
    text = "The convoy finally reached Mekelle after a week on the road from the south."
    places = places_in_text(text, language, gazetteer)
    assert [p.country for p in places if p.text == "Mekelle"] == ["Ethiopia"]


def test_town_follows_its_named_province(language, gazetteer):
    text = "Insurgents in Cabo Delgado province overran the town of Palma on Friday."
    places = places_in_text(text, language, gazetteer)
    palma = next(p for p in places if p.text == "Palma")
    assert palma.country == "Mozambique"


def test_lake_and_island_from_the_supplement(language, gazetteer):
    text = "Floods hit towns across Mindanao while tourists kept away from the Dead Sea resorts."
    found = texts(text, language, gazetteer)
    assert "Mindanao" in found and "Dead Sea" in found


def test_possessive_inside_a_name_and_capitalised_type_word(language, gazetteer):
    text = "Families fled from Maungdaw in Rakhine State to camps in Cox's Bazar."
    places = {p.text: p for p in places_in_text(text, language, gazetteer)}
    assert places["Cox's Bazar"].country == "Bangladesh"
    assert places["Rakhine State"].country == "Myanmar"
    assert places["Maungdaw"].country == "Myanmar"


def test_short_word_is_no_spelling_variant(language, gazetteer):
    text = "More than half of the staff left. Caroline, his wife, stayed at home."
    assert texts(text, language, gazetteer) == []


def test_city_after_a_name_is_left_to_the_organisation(language, gazetteer):
    text = "The Fargo City Commission met on Tuesday to discuss flooding."
    assert "Fargo City" not in texts(text, language, gazetteer)


def test_peoples_named_pull_a_name_to_their_country(language, gazetteer):
    text = "Lebanese soldiers patrolled Tripoli after the clashes, and Beirut promised aid."
    places = {p.text: p for p in places_in_text(text, language, gazetteer)}
    assert places["Tripoli"].country == "Lebanon"


def test_demonyms_map_to_one_country(gazetteer):
    assert gazetteer.demonyms["lebanese"] == "LB"
    assert gazetteer.demonyms["ukrainian"] == "UA"


def test_town_and_province_in_one_organisation_entity(language, gazetteer):
    text = "Police arrested two suspects in Poso, Central Sulawesi, late on Sunday."
    places = {p.text: p for p in places_in_text(text, language, gazetteer)}
    assert places["Poso"].country == "Indonesia"
    assert places["Central Sulawesi"].feature == "ADM1"


def test_curated_town_in_the_story_country_beats_a_person_label(language, gazetteer):
    text = "Syrian troops recaptured Palmyra from the militants, officials in Damascus said."
    places = {p.text: p for p in places_in_text(text, language, gazetteer)}
    assert places["Palmyra"].country == "Syria"
