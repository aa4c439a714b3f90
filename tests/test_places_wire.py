"""Places in wire copy: datelines, a country's abbreviation as an adjective, neighbourhoods
of the story's town, and names opened by an article in capitals copy (texts written for
these tests)."""

from __future__ import annotations

import pytest

from sitrep.places import Gazetteer, places_in_text


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.open()


def _found(language, gazetteer, text):
    return [(p.text, p.country, p.parent) for p in places_in_text(text, language, gazetteer)]


def test_an_abbreviation_before_a_noun_only_says_whose(language, gazetteer):
    # a toponym still (geoparsing counts it), but flagged: it sets no event and casts no
    # vote for the story's country
    text = (
        "Two U.S. aid workers were shot dead in Kandahar on Friday, near a US military "
        "base. One was flown to the U.S. for treatment."
    )
    places = places_in_text(text, language, gazetteer)
    flags = [(p.text, p.modifier) for p in places if p.country == "United States"]
    assert flags == [("U.S.", True), ("US", True), ("U.S.", False)]
    kandahar = [p for p in places if p.text == "Kandahar"]
    assert kandahar and kandahar[0].country == "Afghanistan" and not kandahar[0].modifier


def test_a_dateline_town_is_the_capital_of_its_name(language, gazetteer):
    # the foreign country named three times does not take the dateline's town abroad
    text = (
        "   BOGOTA, 4 MAR 91 (AFP) -- [TEXT] THE UNITED STATES CONDEMNED TODAY THE BOMB "
        "ATTACK IN BOGOTA THAT WOUNDED TWO U.S. DIPLOMATS. THE UNITED STATES OFFERED HELP, "
        "THE UNITED STATES EMBASSY SAID."
    )
    towns = [c for t, c, _ in _found(language, gazetteer, text) if t == "BOGOTA"]
    assert towns == ["Colombia", "Colombia"]


def test_an_article_opens_a_name_in_capitals_copy(language, gazetteer):
    text = (
        "   LA PAZ, 5 JUN 91 (EFE) -- [TEXT] TWO BOMBS EXPLODED TODAY IN LA PAZ. NO ONE WAS HURT."
    )
    found = _found(language, gazetteer, text)
    assert found == [("LA PAZ", "Bolivia", None)] * 2


def test_a_neighbourhood_is_a_part_of_the_story_town(language, gazetteer):
    text = (
        "   MANAGUA, 3 MAY 91 (RADIO SANDINO) -- [TEXT] A GRENADE WAS THROWN AT A CLINIC IN "
        "THE ALTAMIRA NEIGHBORHOOD LAST NIGHT, AND SHOTS WERE FIRED IN THE SANTA ANA AND "
        "VICTORIA NEIGHBORHOODS."
    )
    found = _found(language, gazetteer, text)
    for name in ("ALTAMIRA", "SANTA ANA"):
        assert (name, "Nicaragua", "Managua") in found, found


def test_the_town_after_a_neighbourhood_is_no_neighbourhood(language, gazetteer):
    text = "Gunmen attacked a bus in the Modelo neighborhood of Tegucigalpa on Monday."
    found = {t: (c, parent) for t, c, parent in _found(language, gazetteer, text)}
    assert found["Tegucigalpa"] == ("Honduras", None)
    assert found["Modelo"] == ("Honduras", "Tegucigalpa")


def test_a_local_dateline_town_stays_in_its_area(language, gazetteer):
    # only a capital or a big city takes the dateline's bonus: a local paper's town does not
    text = (
        "Farm stand robbed. HUDSON -- A farm stand near the county line was robbed on Sunday, "
        "Illinois state police said. Hudson officers are looking for a pickup truck."
    )
    found = _found(language, gazetteer, text)
    assert [c for t, c, _ in found if t.upper() == "HUDSON"] == ["United States"] * 2
