"""Rules of round 19 (wave 2) on places, generalised from misses of the spent unseen_s set:
each rule with invented sentences in other countries, words and shapes (none from the notes)."""

from __future__ import annotations

import pytest

from _coding import extract


def _only(text: str, published: str | None = None):  # type: ignore[no-untyped-def]
    events = extract(text, published)
    assert len(events) == 1, events
    return events[0]


# ---- a transliteration spelt another school's way is the gazetteer's town ------------------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # the French "ou" of an Arabic vowel
        ("Gunmen on motorbikes stormed Koutoum on Saturday and killed four traders.", "Kutum"),
        ("An airstrike hit a fuel depot in Mourzouq on Monday, killing two guards.", "Murzuq"),
        # the Slavic glide written "i"
        ("Drones struck an oil depot in Kaspiisk on Tuesday, wounding three workers.", "Kaspiysk"),
        ("Artillery shelled Haisyn overnight on Sunday, killing a pensioner.", "Haysyn"),
    ],
)
def test_a_name_respelt_by_a_transliteration_rule_is_the_town(text: str, town: str) -> None:
    assert _only(text, "2024-03-12").location == town


def test_an_assimilated_arabic_article_opens_a_name() -> None:
    event = _only("Militiamen looted the grain market of Er Rahad in North Kordofan on Friday.")
    assert event.location == "Ar Rahad"


# ---- a "from" phrase in a relative clause tells where people come from ---------------------


def test_the_origin_told_in_a_relative_clause_is_no_scene() -> None:
    event = _only(
        "Thai rangers shot dead two porters, young men who haul timber over the hills from "
        "Myawaddy, near Mae Sot on Tuesday, a rights group said.",
        "2024-02-08",
    )
    assert event.location == "Mae Sot"


# ---- a facility named for its town stands in that town --------------------------------------


def test_a_facility_of_two_kind_words_is_in_the_town_it_is_named_for() -> None:
    event = _only(
        "LAGOS, Nigeria, June 3 (Wire) - Police fired tear gas on Tuesday to disperse students "
        "who had blocked the road outside the Zaria Polytechnic College in Kaduna State, "
        "demanding lower fees, police said."
    )
    assert event.location == "Zaria"


# ---- a town in a note's bracket district is no person's name --------------------------------


def test_a_town_whose_bracket_district_reads_as_a_person_is_kept() -> None:
    event = _only(
        "On 3 March 2022, gunmen looted a clinic on the outskirts of Kombolcha (Kombolcha "
        "Zuria, South Wello, Amhara). Fatalities unknown."
    )
    assert event.location == "Kombolcha"


# ---- a place left out of what is done is not its scene --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "BAIDOA, Somalia (Wire) - Al-Shabaab fighters attacked army posts in every district "
        "of the region except Jowhar on Monday, killing five soldiers, officials said.",
        "ZIGUINCHOR, Senegal (Wire) - Rebels burned schools in every village of the area "
        "apart from Bignona on Friday, officials said.",
    ],
)
def test_an_excepted_place_is_no_scene(text: str) -> None:
    events = extract(text)
    assert events and all(e.location not in ("Jowhar", "Bignona") for e in events), events
