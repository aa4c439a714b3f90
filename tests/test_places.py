"""Place recognition and resolution, on sentences written for these tests."""

from __future__ import annotations

import math

import pytest

from sitrep.model import OffsetMap, Passage, PassageKind
from sitrep.places import Gazetteer, locate, places_in_text

ALEPPO = (36.2012, 37.1612)


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.open()


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def find(places, text):
    found = [p for p in places if p.text == text]
    assert found, f"{text!r} not found among {[p.text for p in places]}"
    return found[0]


def test_sample_article_places(shared_dir, language, gazetteer):
    text = (shared_dir / "samples" / "aleppo-2016.txt").read_text(encoding="utf-8")
    places = places_in_text(text, language, gazetteer)
    for place in places:
        assert text[place.start : place.end] == place.text
    for name in ("Aleppo", "al-Salihin", "Sukkari", "Bustan al-Qasr"):
        place = find(places, name)
        assert km(place.latitude, place.longitude, *ALEPPO) < 10, name
    mosul = find(places, "Mosul")
    assert km(mosul.latitude, mosul.longitude, 36.335, 43.1189) < 30
    maaret = find(places, "Maaret al-Numan")
    assert maaret.admin1 == "Idleb" and maaret.country == "Syria"  # ACLED spelling
    golan = find(places, "Golan Heights")
    assert golan.feature == "RGN" and golan.geo_precision == 3


def test_demonyms_are_not_places(language, gazetteer):
    text = "Syrian and Russian officials met on Monday while Iraqi and Turkish troops waited."
    assert places_in_text(text, language, gazetteer) == ()


def test_names_inside_organisations_are_not_places(language, gazetteer):
    text = "The Aleppo Media Center said a Mosul University lecturer had been detained."
    assert places_in_text(text, language, gazetteer) == ()


def test_springfield_follows_its_state(language, gazetteer):
    text = (
        "The company has offices in Springfield, Illinois, and a warehouse in "
        "Springfield, Missouri."
    )
    first, _, second, _ = places_in_text(text, language, gazetteer)
    assert (first.text, first.admin1) == ("Springfield", "Illinois")
    assert (second.text, second.admin1) == ("Springfield", "Missouri")
    assert km(first.latitude, first.longitude, second.latitude, second.longitude) > 300


def test_district_next_to_its_city(language, gazetteer):
    text = "Government forces retook the Sukkari district of Aleppo after heavy fighting."
    places = places_in_text(text, language, gazetteer)
    district, city = find(places, "Sukkari"), find(places, "Aleppo")
    assert district.parent == "Aleppo" and district.geo_precision == 1
    assert city.feature.startswith("PPL") and city.geo_precision == 1


def test_possessive_city_before_district(language, gazetteer):
    text = "Aleppo's eastern Sheikh Saeed neighbourhood fell to the army on Sunday."
    district = find(places_in_text(text, language, gazetteer), "Sheikh Saeed")
    assert district.parent == "Aleppo"


def test_shouted_text(language, gazetteer):
    text = "REBELS SHELLED THE CITY OF HOMS ON TUESDAY, KILLING FOUR CIVILIANS NEAR DAMASCUS."
    places = places_in_text(text, language, gazetteer)
    assert {p.text for p in places} == {"HOMS", "DAMASCUS"}
    assert all(p.country == "Syria" for p in places)


def test_countries_resolve_to_the_country(language, gazetteer):
    text = "A car bomb exploded in Kenya, and Nigeria closed its border with Niger."
    places = places_in_text(text, language, gazetteer)
    kenya = find(places, "Kenya")
    assert (kenya.feature, kenya.iso, kenya.geo_precision) == ("PCLI", 404, 3)
    assert find(places, "Niger").iso == 562


def test_admin1_and_part_of_it(language, gazetteer):
    text = "Air strikes hit northern Idlib province and the town of Saraqeb on Friday."
    places = places_in_text(text, language, gazetteer)
    idlib = find(places, "Idlib")
    assert (idlib.feature, idlib.geo_precision) == ("ADM1", 2)
    assert find(places, "Saraqeb").admin1 == "Idleb"


def test_transliteration_variants(language, gazetteer):
    text = "Clashes erupted in Deir al-Zour and near Maarat al-Nu'man in Idlib governorate."
    places = places_in_text(text, language, gazetteer)
    assert find(places, "Deir al-Zour").name == "Deir ez-Zor"
    assert find(places, "Maarat al-Nu'man").admin1 == "Idleb"


def test_state_abbreviation_after_town(language, gazetteer):
    text = "He grew up in Huntington, W.Va., and later moved away."
    places = places_in_text(text, language, gazetteer)
    state = find(places, "W.Va.")
    assert state.name == "West Virginia" and state.feature == "ADM1"
    assert find(places, "Huntington").admin1 == "West Virginia"


def test_surname_is_not_a_place(language, gazetteer):
    text = "Deputy Kristina Ripley said the suspect fled. Ripley said more arrests may follow."
    assert all(p.text != "Ripley" for p in places_in_text(text, language, gazetteer))


def test_offsets_point_into_the_original(language, gazetteer):
    original = "HEADER\n\nFighting spread from Homs to Hama, officials in Damascus said."
    body = original[8:]
    passage = Passage(PassageKind.BODY, body, OffsetMap.identity(len(body), 8))
    places = locate([passage], language.parse([body]), gazetteer)
    assert [p.text for p in places] == ["Homs", "Hama", "Damascus"]
    for place in places:
        assert original[place.start : place.end] == place.text


def test_adjectival_compounds_are_not_places(language, gazetteer):
    text = "Saudi-led coalition jets struck Sanaa, and an Aleppo-based group denied it."
    places = places_in_text(text, language, gazetteer)
    assert [p.text for p in places] == ["Sanaa"]


def test_possessive_inside_an_organisation_name(language, gazetteer):
    text = "Russian forces shelled Kharkiv's Saltivka district on Thursday night."
    places = places_in_text(text, language, gazetteer)
    district = find(places, "Saltivka")
    assert district.parent == "Kharkiv" and find(places, "Kharkiv").country == "Ukraine"


def test_admin1_names_are_english_short_forms(language, gazetteer):
    text = "Shelling was reported in the town of Izium in eastern Ukraine."
    assert find(places_in_text(text, language, gazetteer), "Izium").admin1 == "Kharkiv"


def test_country_names_as_news_uses_them(language, gazetteer):
    text = "Strikes hit Khan Younis, and the Democratic Republic of Congo condemned them."
    places = places_in_text(text, language, gazetteer)
    assert find(places, "Khan Younis").country == "Palestine"
    congo = find(places, "Democratic Republic of Congo")
    assert (congo.feature, congo.iso) == ("PCLI", 180)


def test_unknown_names_and_far_look_alikes_are_dropped(language, gazetteer):
    text = "In Uganda, rebels of the M23 group seized Bunagana near the Congolese border."
    places = places_in_text(text, language, gazetteer)
    assert [p.text for p in places] == ["Uganda"]


def test_part_of_a_longer_name_is_not_a_place(language, gazetteer):
    text = "He was arrested at a Taco Bell on the west side of town late on Friday."
    assert places_in_text(text, language, gazetteer) == ()


def test_street_is_placed_at_the_story_town(language, gazetteer):
    text = (
        "Police in Kirkuk said a bomb exploded on Atlas Street on Monday. "
        "Kirkuk officials closed the road."
    )
    places = places_in_text(text, language, gazetteer)
    street = find(places, "Atlas Street")
    # a street lies in its town: ACLED codes the town itself (precision 1)
    assert (street.feature, street.geo_precision, street.parent) == ("STRT", 1, "Kirkuk")
    assert street.geonameid is None and street.country == "Iraq"


def test_near_a_town_is_precision_two(language, gazetteer):
    text = "Fighting raged on the outskirts of Damascus, 30 km north of Homs, and in Hama."
    places = places_in_text(text, language, gazetteer)
    assert [p.geo_precision for p in places] == [2, 2, 1]


def test_shouted_single_name_and_common_words(language, gazetteer):
    assert [p.name for p in places_in_text("ALEPPO", language, gazetteer)] == ["Aleppo"]
    text = "A GENERAL STRIKE WAS CALLED. POLICE SAID THE MARCH WOULD GO AHEAD."
    assert places_in_text(text, language, gazetteer) == ()


def test_direction_words_alone_are_not_places(language, gazetteer):
    text = "Western powers and Central Command officials met in Amman on Tuesday."
    assert [p.text for p in places_in_text(text, language, gazetteer)] == ["Amman"]


def test_event_named_after_its_place_keeps_the_place(language):
    from sitrep.places import Gazetteer, places_in_text

    gazetteer = Gazetteer.open()
    headline = "Homs Massacre: Survivors Describe Night Of Terror"
    assert "Homs" in {p.text for p in places_in_text(headline, language, gazetteer)}
    named = "Reporters at the Homs Media Center covered the Raqqa Offensive."
    found = {p.text for p in places_in_text(named, language, gazetteer)}
    assert "Raqqa" in found and "Homs" not in found
