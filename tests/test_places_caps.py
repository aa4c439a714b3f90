"""Places in copy set all in capitals: a person's name, a street or an English word is not a
place there (sentences written for these tests)."""

from __future__ import annotations

import pytest

from sitrep.language import EnglishWords, english_words, sentences, truecase, truecase_words
from sitrep.places import Gazetteer, places_in_text


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.open()


def names(text, language, gazetteer):
    return [p.text for p in places_in_text(text, language, gazetteer)]


def test_truecasing_keeps_names_capitalised():
    words = english_words()
    assert {"trial", "postponed", "walls", "the", "cities"} <= words
    text = "GUNMEN SHOT JUDGE RAMIRO LARA IN A CAFE. THE TRIAL WAS POSTPONED."
    assert (
        truecase(text, words) == "Gunmen shot judge Ramiro Lara in a cafe. The trial was postponed."
    )
    assert truecase(text) == "Gunmen shot judge ramiro lara in a cafe. The trial was postponed."


def test_a_word_after_a_title_or_given_name_is_a_person(language, gazetteer):
    text = (
        "GUNMEN SHOT DEAD JUDGE RAMIRO LARA BONILLA IN QUITO LAST NIGHT. LARA HAD "
        "RECEIVED THREATS. COLONEL ANIBAL ORTEGA SAID TROOPS KILLED SIX REBELS NEAR "
        "CHALATENANGO."
    )
    assert names(text, language, gazetteer) == ["QUITO", "CHALATENANGO"]


def test_a_region_named_as_one_stays_a_place(language, gazetteer):
    text = "THE MILITARY POSTED TROOPS IN LARA STATE, VENEZUELA, AFTER THE RAID."
    assert "LARA" in names(text, language, gazetteer)


def test_streets_are_no_towns(language, gazetteer):
    text = "A GRENADE WAS THROWN AT A CAFE ON CALLE HONDURAS IN TEGUCIGALPA LAST NIGHT."
    assert names(text, language, gazetteer) == ["TEGUCIGALPA"]
    text = "A BOMB EXPLODED ON ALAMEDA ROOSEVELT IN SAN SALVADOR, DAMAGING TWO STORES."
    assert names(text, language, gazetteer) == ["SAN SALVADOR"]


def test_a_facility_word_alone_is_no_town(language, gazetteer):
    text = "THE ENGINEER WAS KIDNAPPED ON HIS WAY TO THE AIRPORT, POLICE IN LIMA SAID."
    assert names(text, language, gazetteer) == ["LIMA"]


def test_english_words_need_a_place_word(language, gazetteer):
    text = "THE TRIAL OF THE BANK ROBBERS WAS POSTPONED TO A LATER DATE, A JUDGE IN QUITO SAID."
    assert names(text, language, gazetteer) == ["QUITO"]
    text = "A STRONG GUERRILLA FORCE ATTACKED RIFLE POSITIONS NEAR CONVOY ROUTES IN USULUTAN."
    assert names(text, language, gazetteer) == ["USULUTAN"]
    # with the text's word for a place, or famous, an English word is still a place
    text = "GUERRILLAS ATTACKED THE TOWN OF VICTORIA IN CABANAS DEPARTMENT AND THEN BOGOTA."
    assert names(text, language, gazetteer) == ["VICTORIA", "CABANAS", "BOGOTA"]


def test_an_english_word_after_a_preposition_is_an_idiom(language, gazetteer):
    text = (
        "THE PROSECUTOR IN CHARGE OF THE CASE SAID IT WAS THE WORST ATTACK TO DATE. TWO "
        "SOLDIERS WERE KILLED IN BATTLE IN MORAZAN DEPARTMENT."
    )
    assert names(text, language, gazetteer) == ["MORAZAN"]


def test_department_is_a_region_only_in_capitals_copy(language, gazetteer):
    text = "REBELS BURNED TWO BUSES IN CABANAS DEPARTMENT ON SUNDAY."
    assert names(text, language, gazetteer) == ["CABANAS"]
    text = "The Justice Department opened an inquiry into the shooting in Denver."
    assert names(text, language, gazetteer) == ["Denver"]


def test_a_datelines_town_in_capitals_is_a_place(language, gazetteer):
    text = "KAMBARKA, Tuesday - Unknown men threw a grenade at a police post in the town."
    assert names(text, language, gazetteer) == ["KAMBARKA"]
    text = "N'DJAMENA, Friday - Soldiers fired on a crowd in the capital."
    assert names(text, language, gazetteer) == ["N'DJAMENA"]


@pytest.fixture(scope="module")
def pipeline():
    from sitrep.pipeline import Pipeline

    return Pipeline.load()


def test_a_capitals_dateline_is_the_scene_not_a_speaker(pipeline):
    from sitrep.pipeline import capture_from_string

    text = (
        "NAIROBI, Monday - President Amani Kiptoo declared a night-time curfew across the "
        "city on Monday after gunmen attacked two police stations, his office said."
    )
    events = pipeline.extract_capture(capture_from_string(text, id="t1")).events
    assert events and {e.location for e in events} == {"Nairobi"}


def test_a_name_before_a_weapon_names_the_weapon(language, gazetteer):
    text = "On 3 May 2024, Russian forces fired two Iskander missiles at the port of Odesa."
    assert names(text, language, gazetteer) == ["Odesa"]


def test_english_words_are_read_only_when_shouted_copy_needs_them():
    reads = []

    def read() -> frozenset[str]:
        reads.append(1)
        return frozenset({"judge", "was", "shot"})

    words = EnglishWords(read)
    assert truecase("A judge was shot in the town.", words) == "A judge was shot in the town."
    assert reads == []  # ordinary case: no dictionary read
    assert truecase("JUDGE RAMIRO WAS SHOT", words) == "Judge Ramiro was shot"
    assert truecase("JUDGE LARA WAS SHOT", words) == "Judge Lara was shot"
    assert reads == [1]  # read once, then kept


def test_an_abbreviation_ends_no_sentence_in_shouted_copy():
    words = english_words()
    text = "A CAR BOMB WENT OFF OUTSIDE THE U.S. EMBASSY. GEN. OSORIO SAID SO."
    cased = truecase(text, words)
    assert cased == "A car bomb went off outside the U.S. embassy. Gen. Osorio said so."
    assert sentences(cased) == [cased[:46], cased[46:]]
    # before a word that opens a sentence, an initialism still ends one
    cased = truecase("THE MINISTER FLEW TO THE U.S. THE TALKS FAILED.", words)
    assert sentences(cased) == ["The minister flew to the U.S. ", "The talks failed."]
    assert sentences("Troops under Col. Vargas left. Dr. Ruiz stayed.") == [
        "Troops under Col. Vargas left. ",
        "Dr. Ruiz stayed.",
    ]


def test_an_english_word_opening_a_sentence_needs_place_support(language, gazetteer):
    text = "GUNMEN WOUNDED TWO GUARDS IN SOYAPANGO. PONCE WAS SHOT IN THE BACK. ARIAS ESCAPED."
    assert names(text, language, gazetteer) == ["SOYAPANGO"]
    words = truecase_words(text, english_words())[1]
    assert {text.index("PONCE"), text.index("ARIAS")} <= words
    # a dateline's town is a place even when it is an English word too
    text = "JERUSALEM, 2 MAY 89 -- A SOLDIER WAS STABBED NEAR A MARKET, THE POLICE SAID."
    assert names(text, language, gazetteer) == ["JERUSALEM"]


def test_the_longest_known_name_wins(language, gazetteer):
    places = places_in_text("Rebels burned two buses in Valle del Cauca.", language, gazetteer)
    assert [(p.text, p.feature) for p in places] == [("Valle del Cauca", "ADM1")]


def test_a_name_resolves_beside_the_storys_country(language, gazetteer):
    text = "Israeli soldiers shot dead a teenager in Gaza on Friday, medics said."
    places = places_in_text(text, language, gazetteer)
    assert [(p.text, p.country) for p in places] == [("Gaza", "Palestine")]
    text = "JERUSALEM, 2 MAY 89 -- ISRAELI TROOPS WOUNDED FOUR PROTESTERS IN GAZA TODAY."
    places = places_in_text(text, language, gazetteer)
    assert [(p.text, p.country) for p in places] == [
        ("JERUSALEM", "Israel"),
        ("GAZA", "Palestine"),
    ]


def test_one_kept_capital_word_tagged_org_is_still_a_place(language, gazetteer):
    # the small model calls unknown capitalised words ORG by their case alone
    text = "THE ARMY SAID JIHADISTS RAIDED DJIBO AND ARBINDA ON FRIDAY."
    assert {"Djibo", "Aribinda"} <= {p.name for p in places_in_text(text, language, gazetteer)}
    text = "AIR DEFENCES DOWNED DRONES OVER VORONEZH AND BELGOROD LATE ON SUNDAY."
    assert "Belgorod" in {p.name for p in places_in_text(text, language, gazetteer)}


def test_the_first_word_of_a_longer_name_is_no_place(language, gazetteer):
    text = "REBELS DYNAMITED THE CANO LIMON-COVENAS PIPELINE AGAIN NEAR SARAVENA, ARAUCA."
    assert "CANO" not in names(text, language, gazetteer)


def test_a_thing_with_the_indefinite_article_is_no_town(language, gazetteer):
    text = "A BLUE MONZA PACKED WITH EXPLOSIVES BLEW UP OUTSIDE A BANK IN QUITO YESTERDAY."
    assert names(text, language, gazetteer) == ["QUITO"]


def test_an_english_word_is_no_famous_place_by_another_name(language, gazetteer):
    text = "BOTH SIDES REPORTED LOSSES AFTER THE CLASH NEAR ZACATECOLUCA LAST NIGHT."
    assert "SIDES" not in names(text, language, gazetteer)


def test_a_city_name_opening_a_longer_street_name_is_no_city(language, gazetteer):
    text = "A GRENADE HIT A SHOP ON SAN ANTONIO ABAD STREET IN NORTHWEST SAN SALVADOR TODAY."
    assert names(text, language, gazetteer) == ["SAN SALVADOR"]


def test_a_transcripts_speaker_label_is_no_place(language, gazetteer):
    text = "[BEGIN RECORDING] [HONDURAS] THE TRUTH IS THAT THE FIGHTING IN MORAZAN GOES ON."
    assert names(text, language, gazetteer) == ["MORAZAN"]
    text = "THE REBELS WANT TO TALK OVER THERE [COSTA RICA] WHILE THEY FIGHT IN MORAZAN."
    assert names(text, language, gazetteer) == ["COSTA RICA", "MORAZAN"]
