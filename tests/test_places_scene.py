"""The scene of an event over other places its text names, and the story's country before
ambiguous names resolve: sentences written for these tests (our own words and places)."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from _coding import extract as _events
from sitrep.model import OffsetMap, Passage, PassageKind
from sitrep.places import Gazetteer, locate, places_in_text


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.open()


def _locations(text: str) -> set[tuple[str, str | None]]:
    return {(e.location, e.country) for e in _events(text, "2025-03-10")}


# ---- the story's country: a name with a far namesake province --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "CAIRO - Aid trucks waited at the border crossing on Monday before entering Gaza, "
        "officials said.",
        "Hundreds of people rallied in Amman on Friday over the war in Gaza.",
    ],
)
def test_a_name_near_the_storys_towns_beats_a_far_province(language, gazetteer, text) -> None:
    # Mozambique's Gaza province is the bigger record, but the story's towns lie beside Gaza
    places = places_in_text(text, language, gazetteer)
    assert [p.country for p in places if p.text == "Gaza"] == ["Palestine"]


def test_forces_named_for_their_country_vote_for_it(language, gazetteer) -> None:
    # "Mali" inside the organisation's name is no place mention, yet its army acts at home:
    # the small Malian town is kept against a bigger town abroad the text also names
    text = (
        "The Mali Army has set up a new base near Sokolo, officials said on Sunday, after "
        "ambushes blamed on jihadists near Daru."
    )
    places = places_in_text(text, language, gazetteer)
    assert ("Sokolo", "Mali") in {(p.text, p.country) for p in places}


# ---- what a crowd asks for is not where it is ---------------------------------------------


def test_a_place_in_what_is_demanded_is_no_scene() -> None:
    text = (
        "AMMAN, March 9 - Police fired tear gas at hundreds of people who marched on the "
        "embassy on Sunday to demand an end to the siege of Gaza."
    )
    assert _locations(text) == {("Amman", "Jordan")}


def test_a_place_in_what_is_called_for_is_no_scene() -> None:
    text = (
        "DHAKA - Police fired tear gas at students who blocked a road on Sunday to demand "
        "victims of the factory fire in Chittagong."
    )
    assert _locations(text) == {("Dhaka", "Bangladesh")}


def test_a_place_said_to_be_where_the_crowd_demanded_stays_the_scene() -> None:
    text = "On Monday, police fired tear gas at students who demanded justice in Lagos."
    assert _locations(text) == {("Lagos", "Nigeria")}


# ---- a road's towns give way to the dateline's town ---------------------------------------


def test_a_road_named_for_one_town_is_at_the_datelines_town() -> None:
    text = (
        "PESHAWAR, March 9 - Protesters blocked the Kabul road on Sunday and set fire to two "
        "trucks before police scattered them with tear gas."
    )
    assert {loc for loc, _ in _locations(text)} == {"Peshawar"}


def test_a_road_from_the_datelines_town_is_at_that_town() -> None:
    text = (
        "KISUMU, March 9 - Traders blocked the Kisumu-Busia highway on Sunday to protest "
        "against new market fees until police dispersed them with tear gas."
    )
    assert _locations(text) == {("Kisumu", "Kenya")}


def test_a_road_elsewhere_than_the_dateline_keeps_its_towns() -> None:
    text = (
        "LAGOS, March 9 - Gunmen kidnapped eleven passengers from a bus on the Kano-Katsina "
        "road on Sunday, police said."
    )
    assert {loc for loc, _ in _locations(text)} <= {"Kano", "Katsina"}


def test_a_road_named_as_an_organisation_still_names_its_towns(language, gazetteer) -> None:
    # the model may call "Dhaka-Sylhet" an organisation: the towns of a road's name are places
    text = "Police dispersed traders who had blocked the Dhaka-Sylhet highway on Monday."
    (doc,) = language.parse([text])
    road = next(t.i for t in doc if t.text == "Dhaka")
    doc.ents = [Span(doc, road, road + 3, label="ORG")]
    passage = Passage(PassageKind.BODY, text, OffsetMap.identity(len(text)))
    places = locate([passage], [doc], gazetteer)
    assert {p.text for p in places} >= {"Dhaka", "Sylhet"}


def test_a_university_named_for_its_town_places_its_students() -> None:
    text = (
        "KAMPALA, March 9 - Police fired tear gas on Monday to scatter students of Gulu "
        "University who had blocked the Kampala-Gulu highway near the campus over fees."
    )
    assert {loc for loc, _ in _locations(text)} == {"Gulu"}


# ---- the story's country from its state forces, and names that are no place --------------


def test_a_name_that_is_no_place_holds_no_other(language, gazetteer) -> None:
    # "near the UN mission's camp": the organisation read as an Indian town must not pull the
    # town before it out of the story's country
    text = (
        "The army said it had set up a new post on a hill outside Douentza, near the UN "
        "mission's camp, as part of its deployment in the centre."
    )
    places = places_in_text(text, language, gazetteer)
    assert [p.country for p in places if p.text == "Douentza"] == ["Mali"]


def test_a_unit_numbered_by_an_ordinal_is_no_place(language, gazetteer) -> None:
    text = (
        "On 3 March 2025, Malian troops took over the Tessalit camp, former base of the 2nd "
        "REG and the 5th BANI, from departing foreign forces at a ceremony in Tessalit."
    )
    places = places_in_text(text, language, gazetteer)
    assert {p.text for p in places} == {"Tessalit"}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "NIAMEY, May 3 - Germany handed over its air transport base to the Nigerien army "
            "at a ceremony near the airport on Saturday, ending a German military presence in "
            "Niger that began in 2016.",
            "Niamey",
        ),
        (
            "N'DJAMENA, Jan 31 - France handed over the Kossei base, its last in the country, "
            "to the Chadian army on Thursday, closing a chapter of French military presence "
            "in Chad.",
            "N'Djamena",
        ),
    ],
)
def test_a_country_acting_and_the_datelines_own_country_leave_the_dateline(text, town) -> None:
    # the country that hands over acts as its state; the dateline town's own country is no
    # other scene of the lead: the dateline's town is the most specific place known
    assert {loc for loc, _ in _locations(text)} == {town}


def test_a_states_forces_by_their_initials_vote_for_its_country() -> None:
    # "ENDF" names Ethiopia's army: the story is Ethiopian, so "Hawassa" (an alternate
    # spelling the gazetteer trusts only with that evidence) is read there
    from sitrep.pipeline import Pipeline, capture_from_string

    text = (
        "Traders in Hawassa market said soldiers broke into their shops on Sunday. An ENDF "
        "spokesman said the culprits would face a court."
    )
    found = Pipeline.load().extract_capture(capture_from_string(text)).places
    assert ("Hawassa", "Ethiopia") in {(p.text, p.country) for p in found}


def test_a_notes_bracket_names_where_the_town_lies_not_a_scene() -> None:
    text = (
        "On 8 March 2025, militants attacked a checkpoint near Konna (Mopti, Mopti), sparking "
        "an exchange of fire that lasted two hours. Two soldiers were killed."
    )
    assert {loc for loc, _ in _locations(text)} == {"Konna"}
