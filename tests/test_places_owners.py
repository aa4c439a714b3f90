"""Toponyms that say whose, not where (peoples, names inside organisations), which geoparsing
corpora such as LGL count. Sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.places import Gazetteer, places_in_text


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.open()


def spans(places):
    return {(p.text, p.start) for p in places}


def test_a_name_inside_an_organisation_is_an_owner_toponym(language, gazetteer):
    text = "Officers of the Tulsa Police Department arrested a man in Tulsa on Friday."
    plain = places_in_text(text, language, gazetteer)
    owners = places_in_text(text, language, gazetteer, owners=True)
    inner = [p for p in owners if p.start == text.index("Tulsa")]
    assert inner and inner[0].modifier and inner[0].admin1 == "Oklahoma"
    assert ("Tulsa", text.index("Tulsa")) not in spans(plain)  # never an event's setting
    assert not [p for p in owners if p.start == text.rindex("Tulsa")][0].modifier


def test_a_state_inside_an_organisation_reads_in_the_storys_country(language, gazetteer):
    text = "A professor at the University of Nebraska said the levee near Omaha held."
    owners = places_in_text(text, language, gazetteer, owners=True)
    state = [p for p in owners if p.text == "Nebraska"]
    assert state and state[0].country == "United States" and state[0].modifier


def test_a_name_the_article_never_places_stays_inside_its_organisation(language, gazetteer):
    text = "The Kellogg Foundation gave a grant to a clinic in Nairobi."
    owners = places_in_text(text, language, gazetteer, owners=True)
    assert [p.text for p in owners] == ["Nairobi"]


def test_demonyms_name_their_country_as_owners(language, gazetteer):
    """Asked for owners, a people's name is its country's toponym, never an event's setting;
    "the Zambian capital" stays the city."""
    text = "Two Ghanaian traders and a group of Peruvians were robbed in the Zambian capital."
    places = places_in_text(text, language, gazetteer, owners=True)
    by_text = {p.text: p for p in places}
    assert by_text["Ghanaian"].country == "Ghana" and by_text["Ghanaian"].modifier
    assert by_text["Peruvians"].country == "Peru" and by_text["Peruvians"].modifier
    assert any(p.name == "Lusaka" for p in places)
    plain = places_in_text(text, language, gazetteer)
    assert not {"Ghanaian", "Peruvians"} & {p.text for p in plain}
