"""Toponyms a geoparser must not miss on news it has not seen: a dateline opening the body
after a headline, names listed before a plural type word, and a name before the people who
live there (sentences written for these tests)."""

from __future__ import annotations

import pytest

from sitrep.evaluate.geo import halve, load_lgl, main
from sitrep.places import Gazetteer, places_in_text


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.open()


def found(text, language, gazetteer):
    return {p.text: p for p in places_in_text(text, language, gazetteer)}


def test_a_dateline_after_a_headline_is_a_place(language, gazetteer):
    text = "Council delays vote on bridge repairs. KANDAHAR — The provincial council put off"
    text += " a vote on Tuesday."
    assert found(text, language, gazetteer)["KANDAHAR"].country == "Afghanistan"
    text = "Curfew lifted after a week. MOSUL: Shops reopened on Sunday after the curfew ended."
    assert found(text, language, gazetteer)["MOSUL"].country == "Iraq"


def test_a_capitals_word_with_a_colon_inside_a_sentence_is_no_dateline(language, gazetteer):
    text = "The report was short. NOTE: the figures are provisional, officials said."
    assert found(text, language, gazetteer) == {}


def test_names_listed_before_a_plural_type_word_are_regions(language, gazetteer):
    places = found(
        "Fighting spread across Kunduz, Baghlan and Takhar provinces.", language, gazetteer
    )
    assert {"Kunduz", "Baghlan", "Takhar"} <= set(places)
    assert {places[n].feature for n in ("Kunduz", "Baghlan", "Takhar")} == {"ADM1"}
    assert all(p.text == p.text.rstrip(",") for p in places.values())
    places = found(
        "Floods closed schools in Walton and Oconee counties, Georgia.", language, gazetteer
    )
    assert places["Oconee"].feature == "ADM2" and places["Walton"].feature == "ADM2"


def test_a_name_before_its_residents_is_a_place(language, gazetteer):
    text = "A Gainesville man was charged on Friday, and two Maiduguri residents were hurt."
    assert {"Gainesville", "Maiduguri"} <= set(found(text, language, gazetteer))
    text = "Gainesville man charged with stealing a car. Police in Florida said he fled."
    assert "Gainesville" in found(text, language, gazetteer)


def test_a_surname_before_family_is_no_place(language, gazetteer):
    text = "The Jackson family thanked the firefighters in Ohio on Monday."
    assert "Jackson" not in found(text, language, gazetteer)


CORPUS = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="a"><text><![CDATA[Rain fell on Leeds.]]></text><toponyms>
    <toponym><start>13</start><end>18</end><phrase>Leeds</phrase></toponym></toponyms></article>
  <article docid="b"><text><![CDATA[Snow fell on York.]]></text><toponyms>
    <toponym><start>13</start><end>17</end><phrase>York</phrase></toponym></toponyms></article>
  <article docid="c"><text><![CDATA[Wind hit Hull.]]></text><toponyms>
    <toponym><start>9</start><end>13</end><phrase>Hull</phrase></toponym></toponyms></article>
</articles>
"""


def test_halves_split_the_corpus_by_order(tmp_path):
    path = tmp_path / "mini.xml"
    path.write_text(CORPUS, encoding="utf-8")
    articles = load_lgl(path)
    assert [a.docid for a in halve(articles, "first")] == ["a", "b"]
    assert [a.docid for a in halve(articles, "second")] == ["c"]
    assert len(halve(articles, None)) == 3


def test_missed_spans_are_never_listed_for_the_held_out_half(tmp_path):
    from rich.console import Console

    path = tmp_path / "mini.xml"
    path.write_text(CORPUS, encoding="utf-8")
    console = Console(record=True, width=200)
    assert main(path, console, half="second", missed=True) == 1
    assert "held out" in console.export_text()
    assert main(path, console, missed=True) == 1


def test_an_explained_score_lists_missed_and_spurious_spans(tmp_path, language):
    from sitrep.evaluate.geo import score_article
    from sitrep.model import Place

    path = tmp_path / "mini.xml"
    path.write_text(CORPUS, encoding="utf-8")
    article = load_lgl(path)[0]
    doc = language.parse([article.text])[0]
    result = score_article(article, [Place(0, 4, "Rain", "Rain")], doc)
    assert [m.phrase for m in result.missed] == ["Leeds"]
    assert [m.phrase for m in result.spurious] == ["Rain"]
    assert "Leeds" in result.missed[0].context


def precisions(text, language, gazetteer):
    return [(p.text, p.geo_precision) for p in places_in_text(text, language, gazetteer)]


def test_the_edge_of_a_town_or_a_hill_overlooking_it_is_near_it(language, gazetteer):
    # ACLED's precision 2: near a town, on its outskirts
    text = "Militants burned a clinic on the southern edge of Kunduz on Monday."
    assert precisions(text, language, gazetteer) == [("Kunduz", 2)]
    text = "Troops dug in on a ridge overlooking Tal Afar, residents said."
    assert precisions(text, language, gazetteer) == [("Tal Afar", 2)]
    text = "Rebels and soldiers clashed in a hinterland village of Catarman on Sunday."
    assert precisions(text, language, gazetteer) == [("Catarman", 2)]


def test_a_bracket_repeating_the_town_takes_its_precision(language, gazetteer):
    text = "Gunmen ambushed a bus near Diema (Diema, Kayes) on Friday."
    assert precisions(text, language, gazetteer)[:2] == [("Diema", 2), ("Diema", 2)]
    text = "Gunmen ambushed a bus in Diema (Diema, Kayes) on Friday."
    assert precisions(text, language, gazetteer)[:2] == [("Diema", 1), ("Diema", 1)]


def test_a_bracket_naming_the_town_again_does_not_turn_it_into_its_region(language, gazetteer):
    text = "Riot police in Minsk (Minsk, Minsk) detained dozens of marchers on Sunday."
    first = places_in_text(text, language, gazetteer)[0]
    assert (first.text, first.feature, first.geo_precision) == ("Minsk", "PPLC", 1)


def test_a_headline_run_into_its_body_is_no_persons_name(language, gazetteer):
    # the model reads "Kherson Ukrainian" as a person; a nationality word is in no one's name
    text = "Troops enter Kherson Ukrainian soldiers entered the centre of Kherson on Friday."
    assert any(p.name == "Kherson" and p.country == "Ukraine" for p in
               places_in_text(text, language, gazetteer))  # fmt: skip


def test_the_region_written_after_a_name_vouches_for_its_alternate_name(language, gazetteer):
    text = "A crowd in Taxco, Guerrero, beat a man to death on Thursday."
    taxco = places_in_text(text, language, gazetteer)[0]
    assert (taxco.text, taxco.admin1) == ("Taxco", "Guerrero")


def test_a_street_tagged_as_an_organisation_is_still_a_street(language, gazetteer):
    text = "In Mosul, a car bomb went off on Pine Needle Drive near the Old Bridge Road market."
    places = found(text, language, gazetteer)
    assert places["Pine Needle Drive"].feature == "STRT"
    assert places["Pine Needle Drive"].parent == "Mosul"


def test_a_person_named_like_a_street_stays_a_person(language, gazetteer):
    text = "Lois Lane spoke to reporters in Kirkuk on Monday."
    assert set(found(text, language, gazetteer)) == {"Kirkuk"}


def test_a_county_roads_number_is_part_of_its_name(language, gazetteer):
    text = "In Benson, flood water covered County Road 35 north of the town on Monday."
    assert "County Road 35" in found(text, language, gazetteer)


def test_a_bare_name_means_what_the_text_placed_it_as(language, gazetteer):
    # a headline run into its body: the bare "Taxco" is the Taxco the body puts in Guerrero
    text = "Crowd kills man in Taxco A crowd in Taxco, Guerrero, beat a man to death on Thursday."
    assert {p.admin1 for p in places_in_text(text, language, gazetteer) if p.text == "Taxco"} == {
        "Guerrero"
    }


def test_a_town_named_again_as_its_district_stays_the_town(language, gazetteer):
    text = "Gunmen attacked Kandahar (Kandahar, Kandahar) on Monday, police said."
    first = places_in_text(text, language, gazetteer)[0]
    assert (first.feature, first.geo_precision) == ("PPL", 1)


def test_a_settlement_named_with_its_type_word_is_a_place_whatever_the_models_label(
    language, gazetteer
):
    # the small model calls "Zurmi LGA" a person, which once made "Zurmi" a person's name
    text = "Gunmen killed a chief in Zurmi LGA (Zurmi, Zamfara) on Monday."
    places = found(text, language, gazetteer)
    assert places["Zurmi"].country == "Nigeria" and places["Zurmi"].admin1 == "Zamfara"
    text = "Bandits seized nine travellers in Kajuru LGA (Kajuru, Kaduna) on Sunday night."
    assert found(text, language, gazetteer)["Kajuru"].feature in ("ADM2", "PPL")


def test_a_name_the_text_calls_a_town_is_a_place_whatever_the_models_label(language, gazetteer):
    # "Hobiyo" (an organisation to the model) is a spelling of Hobyo the gazetteer lacks:
    # only a place's name is looked up by its skeleton, so the type word must make it one
    text = "Troops entered the coastal town of Hobiyo in Mudug on Monday."
    assert found(text, language, gazetteer)["Hobiyo"].name == "Hobyo"
    text = "Militants took Hobiyo, a port town in Mudug, on Monday."
    assert found(text, language, gazetteer)["Hobiyo"].name == "Hobyo"
    text = "Musa Garba, a town councillor, said the road was closed."
    assert found(text, language, gazetteer) == {}


def test_a_persian_ezafe_joins_one_name(language, gazetteer):
    # "Pul-e", "Mazar-i-": the lower-case linking vowel is inside the name, not its end
    places = found("Taliban fighters entered Pul-e Khumri on Sunday.", language, gazetteer)
    assert places["Pul-e Khumri"].country == "Afghanistan"
    places = found("Gunmen shot dead a trader in Mazar-i-Sharif on Friday.", language, gazetteer)
    assert places["Mazar-i-Sharif"].country == "Afghanistan"


def test_a_district_known_by_its_town_or_a_road_leaving_a_town_is_near_it(language, gazetteer):
    # ACLED's precision 2; a city's own district stays the city (precision 1)
    text = "Insurgents killed a shepherd in the Khanaqin district of Diyala province."
    assert precisions(text, language, gazetteer)[0] == ("Khanaqin", 2)
    text = "A bomb exploded on the road out of Garissa on Monday, police said."
    assert precisions(text, language, gazetteer) == [("Garissa", 2)]
    text = "Bandits robbed a bus on the road from Gao to Ansongo."
    assert precisions(text, language, gazetteer)[0] == ("Gao", 2)


def test_an_ordinary_word_before_a_regions_type_word_names_the_region(language, gazetteer):
    text = "Cattle raiders killed nine herders near Bentiu in Unity state on Sunday."
    places = found(text, language, gazetteer)
    assert (places["Unity"].country, places["Unity"].feature) == ("South Sudan", "ADM1")
    assert found("Western powers condemned the vote.", language, gazetteer) == {}
