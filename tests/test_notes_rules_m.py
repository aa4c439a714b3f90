"""Rules generalised from the thirteenth development set's (dev_m) misses: each rule with
invented sentences in other countries and words (none taken from the notes)."""

from __future__ import annotations

import pytest

from _coding import extract
from _coding import kinds as _kinds

# mtypes

# ---- people shot as they fled: the attack is the event, the flight its circumstance --------


def test_villagers_shot_as_they_fled_is_an_attack_not_a_flight() -> None:
    text = (
        "MOPTI - Armed men surrounded a hamlet near Bandiagara on Tuesday night and gunned "
        "down villagers as they fled into the fields, killing at least 14, a local mayor said."
    )
    assert _kinds(text, "2025-05-08") == [("Violence against civilians", "Attack")]


def test_shot_while_fleeing_by_raiders_is_an_attack() -> None:
    text = (
        "Bandits shot several farmers as they fled their homes in Zurmi on Sunday, "
        "leaving six people dead, residents said."
    )
    assert _kinds(text, "2025-06-02") == [("Violence against civilians", "Attack")]


def test_families_who_fled_after_an_attack_still_flee() -> None:
    text = "Thousands of families fled their homes in Djibo on Monday, local officials said."
    assert _kinds(text, "2025-06-03") == [("Strategic developments", "Other")]


# ---- a debate's cue word alone in quotation marks: a figure of speech, no word of force -----


def test_a_scare_quoted_shelling_in_a_debate_is_no_event() -> None:
    text = (
        "ANKARA - An opposition deputy on Thursday accused the government of 'shelling' "
        "pensioners with new taxes in a heated speech to parliament."
    )
    assert not _kinds(text, "2025-04-10")


def test_a_scare_quoted_bombing_in_a_budget_debate_is_no_event() -> None:
    text = (
        "A senator told the chamber on Monday that the budget was 'bombing' small farmers "
        "with taxes they could not pay."
    )
    assert not _kinds(text, "2025-04-10")


def test_a_quoted_neutralised_toll_still_tells_a_clash() -> None:
    text = (
        "OUAGADOUGOU, May 6 - Jihadists attacked an army post near Djibo on Monday and the "
        "troops fought them off; the army said 15 assailants were 'neutralised'."
    )
    events = extract(text, "2025-05-06")
    assert [(e.event_type, e.fatalities) for e in events] == [("Battles", 15)]


def test_a_quoted_speech_telling_a_bombing_is_still_an_event() -> None:
    text = (
        '"A car bomb exploded outside the police station in Quetta on Monday, killing '
        'three officers," a provincial spokesman said.'
    )
    assert ("Explosions/Remote violence", "Remote explosive/landmine/IED") in _kinds(
        text, "2025-04-08"
    )


# ---- a state's troops entering a town while driving its holders out: ground regained -------


def test_troops_entering_a_town_and_driving_rebels_out_regain_it() -> None:
    text = (
        "GOMA, May 12 - Congo's army said on Sunday that its soldiers had entered Masisi a day "
        "earlier, driving out M23 rebels who had held the town since March."
    )
    assert ("Battles", "Government regains territory") in _kinds(text, "2025-05-12")


def test_militants_entering_a_town_and_ousting_the_army_take_it() -> None:
    text = (
        "Al-Shabaab fighters entered Jowhar on Tuesday after dislodging government troops "
        "from their positions, residents said."
    )
    assert ("Battles", "Non-state actor overtakes territory") in _kinds(text, "2025-05-14")


def test_troops_entering_a_town_with_no_one_leaving_take_no_ground() -> None:
    text = "Soldiers entered Bunia on Monday to reinforce the garrison, officials said."
    assert not any(sub.endswith("territory") for _, sub in _kinds(text, "2025-05-13"))


# ---- a group remaking itself: members expelled ------------------------------------------


def test_a_movement_expelling_members_changes_the_group() -> None:
    text = (
        "JUBA, 3 March 2025 - The SPLM-IO said on Monday that its political bureau had "
        "expelled nine senior members accused of dealing with the government."
    )
    assert ("Strategic developments", "Change to group/activity") in _kinds(text, "2025-03-03")


# mactors


def _mactors_events(text: str):
    return extract(text, None)


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # the Houthis' fighters are the movement's armed forces, as ACLED names them
        (
            "On 3 June 2024, Ansar Allah fighters fired mortar rounds at homes in Hays (Hays, "
            "Al Hudaydah), killing a boy.",
            "Military Forces of Yemen (2017-) Houthi",
            "Civilians (Yemen)",
        ),
        # servicemen are the armed forces hit by a hidden bomber
        (
            "On 9 March 2024, a roadside bomb wounded four servicemen on the road between "
            "Menaka and Anderamboukane (Menaka, Menaka).",
            "Unidentified Armed Group (Mali)",
            "Military Forces of Mali (2021-)",
        ),
        # India's District Reserve Guard: the state police
        (
            "On 2 February 2025, three District Reserve Guard personnel were wounded when "
            "Maoists set off a landmine near Bijapur (Bijapur, Chhattisgarh).",
            "CPI (Maoist): Communist Party of India (Maoist)",
            "Police Forces of India (2014-)",
        ),
        # a nationality's positions named by their arm: that country's forces, hit
        (
            "On 3 June 2025, Russian drones dropped tear-gas grenades on Ukrainian infantry "
            "positions near Pokrovsk (Pokrovsk, Donetsk). No one was hurt.",
            "Military Forces of Russia (2000-)",
            "Military Forces of Ukraine (2019-)",
        ),
        # a weapon giving off gas: the one who dropped it used it, on whom it was released
        (
            "On 14 May 2025, a Russian drone dropped a device releasing an unidentified toxic "
            "substance on a checkpoint of the Ukrainian army near Vovchansk (Chuhuiv, Kharkiv).",
            "Military Forces of Russia (2000-)",
            "Military Forces of Ukraine (2019-)",
        ),
        # a bomb defused near a camp: the camp's people are no side of it
        (
            "On 12 May 2025, soldiers defused a bomb found near a displaced people's camp "
            "outside Djibo (Djibo, Soum) in Burkina Faso.",
            "Military Forces of Burkina Faso (2022-)",
            None,
        ),
        # Serbia's state forces since the SNS took power in 2012
        (
            "On 1 February 2025, police used batons to disperse students blocking a bridge in "
            "Novi Sad (Novi Sad, Vojvodina), Serbia, and detained four of them.",
            "Police Forces of Serbia (2012-)",
            "Civilians (Serbia)",
        ),
    ],
)
def test_mactors_actor_names_and_sides(text, actor1, actor2) -> None:
    first, *_ = _mactors_events(text)
    assert (first.actor1, first.actor2) == (actor1, actor2)


def test_mactors_a_groups_pronoun_in_a_relative_clause_is_the_group() -> None:
    """ "The KIA freed soldiers it had captured": "it" is the KIA."""
    text = (
        "On 5 May 2024, the Kachin Independence Army freed nine soldiers it had captured near "
        "Bhamo (Bhamo, Kachin) a month earlier."
    )
    assert _mactors_events(text)[0].actor1 == "KIA: Kachin Independence Army"


def test_mactors_a_group_announcing_its_blockade_is_the_actor() -> None:
    text = (
        "On 21 January 2026, Al Shabaab announced in leaflets handed out to drivers that every "
        "truck on the roads leading into Ceel Buur (Ceel Buur, Galguduud) was forbidden, "
        "declaring a blockade of the town."
    )
    assert _mactors_events(text)[0].actor1 == "Al Shabaab"


def test_mactors_a_clash_side_that_agrees_swapped_agrees_without_its_period() -> None:
    from sitrep.evaluate.notes import agreement
    from sitrep.model import Event

    gold = {
        "sub_event_type": "Armed clash",
        "actor1": "ONLF: Ogaden National Liberation Front",
        "actor2": "Military Forces of Ethiopia (2018-)",
    }
    event = Event(
        sub_event_type="Armed clash",
        actor1="Military Forces of Ethiopia (2018-)",
        actor2="ONLF: Ogaden National Liberation Front",
    )
    agreed = agreement(event, gold)
    assert agreed["actor1"] and agreed["actor1 (no period)"]


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


# mfind2

# ---- a race told in athletics' words: a runner who "attacked" surged, no violence ------------


def test_runners_who_attacked_in_the_final_lap_is_no_event() -> None:
    text = (
        "ADDIS ABABA, March 3 - Ethiopian distance runners attacked on the final lap and took "
        "all three places on the podium at the Addis Ababa marathon on Sunday, setting a new "
        "course record."
    )
    assert _kinds(text, "2026-03-03") == []


def test_cyclists_who_attacked_the_peloton_is_no_event() -> None:
    text = (
        "Colombian riders attacked the peloton on the final climb and one of them crossed the "
        "finish line alone to win the time trial in Tunja on Saturday."
    )
    assert _kinds(text, "2026-02-14") == []


# ---- "dismantled N launchers found set up in X": the object the parser read as a subject -----


def test_launchers_dismantled_when_found_set_up_are_disrupted_weapons() -> None:
    text = (
        "The Iraqi army said its engineers had dismantled two rocket launchers found set up "
        "in a palm grove near Baqubah on 5 August 2025 and opened an inquiry. No faction "
        "claimed the weapons."
    )
    events = extract(text, "2025-08-05")
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Strategic developments", "Disrupted weapons use")
    ]
    assert events[0].actor1.startswith("Military Forces of Iraq")


# ---- a rebel group dissolving its armed wing changes its activity ----------------------------


def test_rebels_dissolving_their_armed_wing_change_their_activity() -> None:
    text = (
        "BAMAKO, May 4 - The Coordination of Azawad Movements, an alliance of rebel groups in "
        "northern Mali, said on Thursday in a statement from Kidal that it had dissolved its "
        "armed wing and that its fighters would hand in their guns."
    )
    events = extract(text, "2026-05-04")
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Strategic developments", "Change to group/activity")
    ]
    assert events[0].actor1.startswith("CMA")
