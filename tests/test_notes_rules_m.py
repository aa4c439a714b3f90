"""Rules generalised from the thirteenth notes batch's misses: each rule with invented sentences
in other countries, words and shapes (none taken from the notes)."""

from __future__ import annotations

from test_notes_probes import extract


# mplaces: places, dates and fatalities

# ---- a capital named as the other party to a deal is no scene ---------------------------------


def test_capital_after_a_deal_agreed_with_is_no_scene() -> None:
    text = (
        "KIDAL - Malian army units deployed on Friday in the Kidal airport area and at the "
        "town's main market after the rebel coalition withdrew from them under the arrangement "
        "agreed with Bamako, a local resident said."
    )
    assert {e.location for e in extract(text, "2025-03-08")} == {"Kidal"}


# ---- a place that only names the body reporting, when the sentence names another ----------


def test_police_command_named_for_a_city_is_no_scene() -> None:
    text = (
        "KADUNA - Bandits kidnapped 15 passengers on the Birnin Gwari-Funtua road on Friday "
        "night, the Kaduna state police command said."
    )
    (event,) = extract(text, "2025-06-08")
    assert event.location != "Kaduna"
    assert event.geo_precision == 2  # near the first town of the road


# ---- "X, in the <part> of Y": Y says where X lies ----------------------------------------------


def test_region_of_a_state_after_a_municipality_locates_it() -> None:
    text = (
        "Villagers in the municipality of Fresnillo, in the central valleys of Zacatecas, "
        "lynched a man accused of abducting a child on Sunday, state prosecutors said."
    )
    (event,) = extract(text, "2025-06-10")
    assert (event.location, event.geo_precision) == ("Fresnillo", 2)


def test_isthmus_of_a_state_after_a_municipality_locates_it() -> None:
    text = (
        "Residents of a community in the municipality of Juchitan, in the Isthmus of Oaxaca, "
        "seized two men accused of stealing cattle on Saturday, beat them and set them alight, "
        "prosecutors said. One of the men died."
    )
    assert {e.location for e in extract(text, "2025-06-09")} == {"Juchitán"}


# ---- a district named like its seat town: "X town", a facility named for X -------------------


def test_district_called_a_town_is_the_town_itself() -> None:
    text = "A mob beat a suspected thief to death in Cumilla town on Friday, police said."
    (event,) = extract(text, "2025-06-08")
    assert (event.location, event.geo_precision) == ("Cumilla", 1)


def test_facility_named_for_the_bracket_district_is_in_its_town() -> None:
    text = (
        "On 2 June 2025, about 40 traders staged a peaceful protest outside the Cumilla "
        "Municipal Office (Cumilla, Chittagong) against new market fees."
    )
    (event,) = extract(text, None)
    assert (event.location, event.geo_precision) == ("Cumilla", 1)


# ---- a spelling the gazetteer lacked (places data) --------------------------------------------


def test_bardere_spelling_is_baardheere() -> None:
    text = (
        "On 12 April 2025, an airstrike hit al-Shabaab fighters near Bardere in the Gedo "
        "region, killing four militants."
    )
    (event,) = extract(text, None)
    assert (event.location, event.geo_precision) == ("Baardheere", 2)


# ---- a note's total before a breakdown of the dead ---------------------------------------------


def test_note_total_before_the_dead_included_stands() -> None:
    text = (
        "On 2 May 2025, an ADF suicide bomber blew himself up at a bar in Beni (Beni, North "
        "Kivu). 8 fatalities; the dead included 5 FARDC soldiers and 2 civilians."
    )
    assert [e.fatalities for e in extract(text, None)] == [8]


def test_note_total_is_no_doer_of_the_breakdown_verb() -> None:
    text = (
        "On 2 May 2025, militants attacked a police checkpoint in Kunduz. 4 fatalities; the "
        "dead included 3 police officers and a driver."
    )
    assert [e.fatalities for e in extract(text, None)] == [4]
