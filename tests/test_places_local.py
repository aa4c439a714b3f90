"""Local news: a name qualifying a firm ("the Tulsa-based insurer") and a state before the
plural of its regions ("Nevada counties"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.places import Gazetteer, places_in_text


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.open()


def by_start(text, language, gazetteer, owners=False):
    return {p.start: p for p in places_in_text(text, language, gazetteer, owners=owners)}


def test_a_name_before_based_is_an_owner_toponym(language, gazetteer):
    text = "The Denver-based chain closed a store in Boise, and a Kraków-based band played."
    owners = by_start(text, language, gazetteer, owners=True)
    denver = owners[text.index("Denver")]
    assert denver.text == "Denver" and denver.modifier and denver.admin1 == "Colorado"
    assert owners[text.index("Kraków")].country == "Poland"
    plain = by_start(text, language, gazetteer)
    assert text.index("Denver") not in plain  # says whose the chain is, not where
    assert text.index("Boise") in plain


def test_a_compound_of_a_people_or_a_word_is_no_place(language, gazetteer):
    text = "A Saudi-led coalition and a seniority-based plan drew criticism in Lagos."
    owners = by_start(text, language, gazetteer, owners=True)
    assert {p.text for p in owners.values()} <= {"Saudi", "Lagos"}
    assert all(p.text != "Saudi" or p.country == "Saudi Arabia" for p in owners.values())


def test_a_lone_state_before_a_plural_type_word_is_the_state(language, gazetteer):
    text = "Payrolls shrank in most Nevada counties last month, the report said."
    state = by_start(text, language, gazetteer)[text.index("Nevada")]
    assert state.feature == "ADM1" and state.admin1 == "Nevada"  # not Nevada County


def test_a_region_named_alone_is_not_a_hamlet_known_by_its_name(language, gazetteer):
    """GeoNames files Montana City under "Montana" too: a hamlet's other name does not make
    the state's name a town's, as "Aleppo" alone is the city."""
    text = "Snow closed roads across Montana on Sunday, and schools in Montana stayed shut."
    state = by_start(text, language, gazetteer)[text.index("Montana")]
    assert state.feature == "ADM1" and state.admin1 == "Montana"


def test_a_legislators_home_after_the_party_letter_is_an_owner_toponym(language, gazetteer):
    text = (
        "The bill was filed by Rep. Ann Lee, D-Tifton, and backed by Sen. Bo Ray (R-Valdosta)"
        " and Rep. Al Cox, D-Ga., at the Capitol in Atlanta."
    )
    owners = by_start(text, language, gazetteer, owners=True)
    tifton, valdosta = owners[text.index("Tifton")], owners[text.index("Valdosta")]
    assert tifton.modifier and tifton.admin1 == "Georgia" and valdosta.admin1 == "Georgia"
    assert owners[text.index("Ga.")].admin1 == "Georgia"
    assert not owners[text.index("Atlanta")].modifier
