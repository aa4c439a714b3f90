"""Geoparsing of local news (round 15, mgeo): names inside local public bodies, and small
towns against famous namesakes. Sentences written for these tests (no corpus text)."""

from __future__ import annotations

import pytest

from sitrep.places import Gazetteer, places_in_text


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.open()


def _at(places, text, name):
    return [p for p in places if p.start == text.index(name) and p.text == name]


def test_a_town_heading_its_police_department_is_the_storys_town(language, gazetteer):
    text = (
        "Deputies searched a barn near Ottumwa on Sunday. The Oskaloosa Police Department "
        "said two men were held."
    )
    found = _at(places_in_text(text, language, gazetteer, owners=True), text, "Oskaloosa")
    assert found and found[0].modifier and found[0].admin1 == "Iowa"


def test_a_county_heading_its_commission_is_read_near_the_storys_places(language, gazetteer):
    text = (
        "Floodwater closed two roads outside Paducah. The McCracken County Board of Elections "
        "met on Tuesday to move a polling station."
    )
    places = places_in_text(text, language, gazetteer, owners=True)
    found = _at(places, text, "McCracken County")
    assert found and found[0].modifier and found[0].admin1 == "Kentucky"


def test_two_bodies_place_each_other_when_the_story_names_no_other_place(language, gazetteer):
    text = (
        "The Natchitoches Police Department arrested a man on Monday. He was taken to the "
        "Natchitoches Parish Jail by the Natchitoches Parish Sheriff's Office."
    )
    places = places_in_text(text, language, gazetteer, owners=True)
    found = _at(places, text, "Natchitoches")
    assert found and found[0].admin1 == "Louisiana"


def test_a_body_name_far_from_the_storys_places_is_left_alone(language, gazetteer):
    text = "Rangers patrolled the hills above Nairobi. The Springfield City Council sent aid."
    places = places_in_text(text, language, gazetteer, owners=True)
    assert not _at(places, text, "Springfield")


def test_a_town_heading_its_high_school_is_read_near_the_storys_places(language, gazetteer):
    text = (
        "A storm toppled trees across Zanesville. Classes at the Coshocton High School were "
        "called off on Friday."
    )
    found = _at(places_in_text(text, language, gazetteer, owners=True), text, "Coshocton")
    assert found and found[0].modifier and found[0].admin1 == "Ohio"


def test_a_town_closing_a_body_after_of_is_read_near_the_storys_places(language, gazetteer):
    text = (
        "The river rose above its banks near Galena. Engineers from the University of "
        "Dubuque measured the flow."
    )
    found = _at(places_in_text(text, language, gazetteer, owners=True), text, "Dubuque")
    assert found and found[0].modifier and found[0].admin1 == "Iowa"
