"""Rules generalised from the twelfth notes batch's misses: each rule with invented sentences in
other countries, words and shapes (none taken from the notes)."""

from __future__ import annotations

import pytest

from _coding import extract
from _coding import extract as _events
from _coding import kinds as _kinds
from _coding import subs as _subs

# finding and types

# ---- people detained right after a rally: the protest broken up -----------------------------


def test_students_detained_after_a_march_are_a_protest_with_intervention() -> None:
    text = (
        "LIMA, May 6 (Andes Wire) - Police arrested 22 students on Tuesday evening after a march "
        "outside the Congress building in central Lima against a pension reform. A police "
        "spokesman said most had been released by Wednesday."
    )
    assert _subs(text, "2025-05-06") == {"Protest with intervention"}


def test_men_arrested_after_a_bombing_stay_an_arrest() -> None:
    text = "On 4 May 2025, police in Dhaka arrested two men after the bombing of a bus station."
    assert "Arrests" in _subs(text)
    assert "Protest with intervention" not in _subs(text)


# ---- an event with no day of its own after a sentence dated decades ago: history -------------


def test_fighting_in_archive_footage_after_an_old_date_is_no_event() -> None:
    text = (
        "Chile on Sunday remembered the coup of 11 September 1973 that began seventeen years of "
        "military rule. Television channels showed archive footage of the fighting around the "
        "palace in Santiago."
    )
    assert _kinds(text, "2024-09-08") == []


def test_a_killing_dated_the_day_before_is_still_an_event() -> None:
    text = (
        "On 7 September 2024, gunmen shot dead two traders in Culiacan (Sinaloa). Police said "
        "the killing was linked to a feud between cartel factions."
    )
    assert "Attack" in _subs(text, "2024-09-08")


# ---- a denial of posts or reports that said an act took place ---------------------------------


def test_denied_reports_that_said_its_guns_shelled_villages_is_no_event() -> None:
    text = (
        "TBILISI, Sept 8 - Georgia's defence ministry on Sunday denied messages circulating "
        "online that claimed its artillery had shelled villages across the border from Gori "
        "overnight."
    )
    assert _kinds(text, "2024-09-08") == []


def test_reports_that_said_its_guns_shelled_villages_called_accurate_stay_an_event() -> None:
    text = (
        "TBILISI, Sept 8 - Georgia's defence ministry on Sunday said reports that said its "
        "artillery had shelled villages near Gori were accurate."
    )
    assert "Shelling/artillery/missile attack" in _subs(text, "2024-09-08")


# ---- detained and taken out of sight: a forced disappearance --------------------------------


def test_detained_and_taken_to_an_unknown_location_is_a_disappearance() -> None:
    text = (
        "On 3 May 2025, Taliban intelligence officers detained three teachers of a girls' school "
        "at their homes in Herat and took them to an unknown location, their relatives said."
    )
    assert _subs(text) == {"Abduction/forced disappearance"}


def test_police_detaining_activists_with_no_secret_place_stay_an_arrest() -> None:
    text = "On 3 May 2025, police in Minsk detained two opposition activists, their lawyer said."
    assert _subs(text) == {"Arrests"}


# ---- a person stoned to death by villagers: a mob, no demonstration -------------------------


def test_villagers_stoning_a_woman_accused_of_witchcraft_are_a_mob() -> None:
    text = (
        "Villagers in Kasese stoned to death a 60-year-old woman they accused of witchcraft, "
        "police said on Thursday."
    )
    assert _subs(text, "2025-06-12") == {"Mob violence"}


def test_youths_stoning_police_vehicles_stay_a_violent_demonstration() -> None:
    text = (
        "On 10 June 2025, hundreds of youths blocked roads with burning tyres in Kisumu and "
        "stoned police vehicles."
    )
    assert _subs(text) == {"Violent demonstration"}


# ---- residents burning tyres and throwing rocks at police: a violent demonstration ---------


def test_residents_burning_tyres_and_throwing_rocks_at_police_riot() -> None:
    text = (
        "Hundreds of residents angry at rising extortion burned tyres and blocked avenues in "
        "central Tegucigalpa on Tuesday, throwing rocks at a police unit that tried to clear a "
        "roadblock. Officers answered with tear gas."
    )
    assert _subs(text, "2025-06-12") == {"Violent demonstration"}


def test_marchers_throwing_rocks_at_police_riot() -> None:
    text = (
        "On 10 June 2025, hundreds of students marched in central Tegucigalpa, throwing rocks at "
        "police officers."
    )
    assert _subs(text) == {"Violent demonstration"}


# ---- an aircraft as the doer of a hit, however long its name -----------------------------


def test_drones_operated_by_the_army_striking_huts_are_an_air_strike() -> None:
    text = (
        "BAMAKO, June 12 (Sahel Desk) - Drones operated by units of the Malian armed forces "
        "struck three huts on the outskirts of Niono before dawn on Wednesday, in what the army "
        "called an operation against bandits. A local elder said four men were killed."
    )
    assert _subs(text, "2025-06-12") == {"Air/drone strike"}


def test_houses_hit_by_army_helicopters_are_an_air_strike() -> None:
    text = "On 10 June 2025, two houses in Niono were hit by army helicopters, killing a woman."
    assert _subs(text) == {"Air/drone strike"}


# ---- bombs told by the choking cloud they gave off: a chemical weapon ----------------------


def test_bombs_that_released_a_choking_smoke_are_a_chemical_weapon() -> None:
    text = (
        "On 6 May 2025, a Sudanese army helicopter reportedly dropped three bombs that released "
        "a white, choking smoke on RSF positions near Mellit (North Darfur). Ten fighters were "
        "treated for breathing difficulties. No fatalities reported."
    )
    assert _subs(text) == {"Chemical weapon"}


def test_bombs_with_no_cloud_told_stay_an_air_strike() -> None:
    text = (
        "On 6 May 2025, Sudanese army aircraft dropped bombs on RSF positions near Mellit "
        "(North Darfur), killing four fighters."
    )
    assert _subs(text) == {"Air/drone strike"}


# ---- armed groups fusing their forces, or a group disbanding: a change of the group ------


def test_militias_that_merged_their_forces_change_their_activity() -> None:
    text = (
        "In a statement released on Sunday 8 June 2025, the leaders of four Mai-Mai militias of "
        "North Kivu said they had merged their forces into one movement with a single commander."
    )
    assert _subs(text) == {"Change to group/activity"}


def test_militia_units_announcing_they_are_disbanding_change_their_activity() -> None:
    text = (
        "Several units of the Kachin militia announced on Thursday that they were disbanding, in "
        "a statement read at a press conference in Myitkyina."
    )
    assert _subs(text, "2025-06-12") == {"Change to group/activity"}


# ---- fighting told as spread over a whole region: a summary, no incident ------------------


def test_fighting_that_continued_across_the_province_is_no_event() -> None:
    text = (
        "In a statement released on Sunday 8 June 2025, the leaders of four Mai-Mai militias of "
        "North Kivu said they had merged their forces into one movement with a single commander. "
        "Fighting continued across the province during the week."
    )
    assert "Armed clash" not in _subs(text, "2025-06-12")


def test_fighting_across_a_named_town_with_a_toll_stays_a_clash() -> None:
    text = (
        "On 8 June 2025, fighting between the army and Mai-Mai militiamen continued across the "
        "town of Butembo, killing six."
    )
    assert "Armed clash" in _subs(text)


# ---- a base installed; buildings bulldozed; a protester run over ---------------------------


def test_an_army_installing_a_forward_base_establishes_a_base() -> None:
    text = (
        "On 10 June 2025, the Chadian army installed a new forward base at Baga Sola (Lac), after "
        "a string of Boko Haram raids on island villages, local officials said."
    )
    assert "Headquarters or base established" in _subs(text)


def test_crews_bulldozing_shops_and_homes_destroy_property() -> None:
    text = (
        "DHAKA, June 12 - Municipal crews escorted by police bulldozed about 40 shops and homes in "
        "the Mirpur area of Dhaka on Wednesday, saying they had been built illegally on state "
        "land, residents said."
    )
    assert _subs(text, "2025-06-12") == {"Looting/property destruction"}


def test_a_man_run_over_by_police_clearing_demonstrators_is_excessive_force() -> None:
    text = (
        "A street vendor died on Wednesday night after a police truck ran him over as officers "
        "were clearing demonstrators from the streets near parliament in central Nairobi, "
        "witnesses said."
    )
    assert "Excessive force against protesters" in _subs(text, "2025-06-12")


# ---- men rounded up, then shot: the taking is part of the killing ---------------------------


def test_men_rounded_up_then_shot_are_one_attack_no_arrest() -> None:
    text = (
        "Eight civilians were shot dead by soldiers in Kidal on Friday, residents said. Witnesses "
        "said the troops rounded up men near the market after rebels had attacked a patrol in the "
        "morning, then took them behind the school and opened fire."
    )
    assert _subs(text, "2025-06-12") == {"Attack"}


def test_men_arrested_before_gates_were_opened_stay_an_arrest() -> None:
    text = (
        "On 10 June 2025, police arrested two men in Kidal and then opened the gates of the "
        "station to journalists."
    )
    assert _subs(text) == {"Arrests"}


# ---- a hidden cemetery found: a grave found ------------------------------------------------


def test_a_clandestine_cemetery_found_is_a_grave_found() -> None:
    text = (
        "GUADALAJARA, June 12 - State prosecutors in Guadalajara said on Wednesday they had found "
        "a clandestine cemetery with the remains of at least nine people on a ranch on the city's "
        "southern edge. Investigators believe the victims were killed by a local cartel cell."
    )
    assert _kinds(text, "2025-06-12") == [("Strategic developments", "Other")]


# ---- people burned with tyres are no tyre-burning crowd; arrests at a riot are the riot's ----


def test_men_burned_with_tyres_by_residents_are_no_demonstration() -> None:
    text = (
        "On 18 May 2025, residents of a district of Cap-Haitien seized two men they suspected of "
        "theft, beat them and burned them with tyres. Both men died."
    )
    assert "Violent demonstration" not in _subs(text)


def test_arrests_told_after_a_riot_are_part_of_it() -> None:
    text = (
        "LIMA, June 12 - Youths throwing rocks and firebombs clashed with police near the Congress "
        "building on Wednesday at the end of a large march against a pension law. Forty police "
        "officers were hurt and more than 100 people were arrested, police said."
    )
    assert _subs(text, "2025-06-12") == {"Violent demonstration"}


def test_troops_leaving_their_forward_base_set_up_no_base() -> None:
    text = (
        "On 21 August 2024, Kenyan troops withdrew from their forward base in Kolbio and handed "
        "it over to the Somali army."
    )
    assert "Headquarters or base established" not in _subs(text)


def _best(text: str, published: str | None = None):  # noqa: ANN202
    events = extract(text, published)
    assert events, "no event"
    return events[0]


# places, dates, fatalities


# ---- a hyphenated age ("a 64-year-old man") is no count of the dead ------------------------


def test_a_hyphenated_age_is_no_toll() -> None:
    text = (
        "On 4 May 2024, a crowd in Kisumu (Kisumu Central, Kisumu) beat to death a 64-year-old "
        "man they accused of stealing a goat, police said."
    )
    assert _best(text).fatalities == 1


# ---- a day told on a statement's participle is the statement's, not the act's ---------------


def test_the_day_a_statement_was_issued_is_the_report_s() -> None:
    text = (
        "KAMPALA, March 3 (Lake Wire) - A suicide bomber rammed a minibus packed with explosives "
        "into the gate of a barracks at Kasese on Saturday afternoon, killing three soldiers, the "
        "army said in a statement broadcast on Sunday."
    )
    assert _best(text, "2025-03-03").event_date == "2025-03-01"


# ---- around a town: close to it, in the hills above it, in an unnamed village of it ---------


@pytest.mark.parametrize(
    "text",
    [
        "On 8 June 2024, a mortar shell hit a water point close to Kidira (Bakel, Tambacounda), "
        "killing 2 herders.",
        "Soldiers raped two women collecting firewood in the hills above Bukavu on 8 June 2024, "
        "a rights group said.",
        "On 8 June 2024, gunmen abducted a teacher in a village of Kenema (Kenema, Eastern).",
        "On 8 June 2024, gunmen burned a school in a remote settlement of Dosso (Dosso, Dosso).",
    ],
)
def test_a_scene_around_a_named_town_is_near_it(text: str) -> None:
    assert _best(text).geo_precision == 2


# ---- a word tagged as a people before a district's type word names that district -----------


def test_a_name_before_district_is_the_district_whatever_its_tag() -> None:
    text = "Gunmen shot dead a pastor in Kasese district on 2 May 2024, police said."
    assert _best(text).location == "Kasese"


# ---- a victim's home ("a trader from X") is no scene ---------------------------------------


def test_where_a_victim_comes_from_is_not_the_scene() -> None:
    text = (
        "On 12 February 2025, unknown gunmen shot dead a teacher from Punjab outside a school "
        "in Turbat (Kech, Balochistan), police said."
    )
    assert _best(text).location == "Turbat"


# ---- capitals copy: a regional capital that is also an English word, after "in" ------------


def test_a_shouted_regional_capital_after_in_is_the_scene() -> None:
    text = (
        "AMMAN, MAY 3 (LEVANT WIRE) - A GUNMAN OPENED FIRE ON A POLICE PATROL IN AQABA ON FRIDAY "
        "NIGHT, KILLING ONE OFFICER, THE PUBLIC SECURITY DIRECTORATE SAID."
    )
    assert _best(text, "2025-05-03").location == "Aqaba"


# ---- "the X area of <town>": a part of that town, not a namesake elsewhere ------------------


def test_an_area_of_a_named_town_is_in_that_town() -> None:
    text = (
        "On 9 March 2025, unidentified men threw a grenade at a bar in the Kaloleni area of "
        "Mombasa (Mvita, Mombasa). No casualties reported."
    )
    assert _best(text).admin1 == "Mombasa"


# ---- "X, a town in the west of Y": Y only says where X lies --------------------------------


def test_an_apposition_locating_the_town_names_no_other_scene() -> None:
    text = (
        "Residents of Patzún, a small town in the west of Chimaltenango, beat to death a man "
        "accused of robbing a bus driver on Sunday, police said."
    )
    assert _best(text, "2025-06-02").location == "Patzún"


# actors


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("Ghanaian army officers and Togolese gendarmes signed a deal on Tuesday in Aflao to run "
         "joint patrols along the border, the Ghanaian army said.",
         "Military Forces of Ghana"),
        ("Kenyan military officers and Somali commanders agreed on Friday in Mandera to reopen "
         "the border crossing, the Kenyan army said.",
         "Military Forces of Kenya"),
    ],
)  # fmt: skip
def test_an_armys_officers_are_the_army_not_the_police(text: str, actor1: str) -> None:
    events = _events(text, "2025-06-12")
    assert any((e.actor1 or "").startswith(actor1) for e in events)


def test_the_nations_shield_forces_are_yemens_own() -> None:
    text = (
        "On 3 March 2026, National Shield Forces moved two battalions into a former police camp "
        "outside Ataq (Ataq, Shabwah), setting up a new base there, local sources said."
    )
    events = _events(text)
    assert any(e.actor1 == "Military Forces of Yemen (2022-)" for e in events)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("On 9 June 2025, three demonstrators were shot dead during a march against fuel prices "
         "in Kasama (Kasama, Northern), a hospital source said.", "Zambia"),
        ("Four students were killed on Monday when a rally against school fees in Mzuzu was "
         "met with live fire, relatives said.", "Malawi"),
    ],
)  # fmt: skip
def test_force_on_protesters_with_no_one_named_is_the_polices(text: str, country: str) -> None:
    events = _events(text, "2025-06-11")
    force = [e for e in events if e.sub_event_type == "Excessive force against protesters"]
    assert force and all((e.actor2 or "").startswith(f"Police Forces of {country}") for e in force)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Raiders burned a school in Kabare territory on Friday.", "Kabare territory"),
    ],
)
def test_a_name_made_a_place_by_the_next_word_is_no_actor(language, knowledge, text, name):
    from sitrep.events.actors import surface_actor

    sentence = next(iter(language.parse([text])[0].sents))
    start = text.index(name)
    assert surface_actor(sentence, ((start, start + len(name)),), knowledge.actors) is None


def test_the_armed_side_named_beside_a_looting_did_it() -> None:
    # the participle hangs on no subject the parse gives it: the bandits of its sentence did it
    text = (
        "A band of some 30 bandits raided a hamlet in Maru district, Zamfara province, on Monday "
        "3 March 2025, looting grain from stores and cattle from pens before torching the "
        "dispensary, a local chairman said."
    )
    events = _events(text, "2025-03-05")
    assert events and events[0].actor1 == "Unidentified Armed Group (Nigeria)"


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("On 12 August 2025, Lahore Capital City Police detained 22 supporters of the "
         "opposition at a rally site in Lahore (Lahore, Punjab).", "Police Forces of Pakistan"),
        ("On 11 August 2025, Mombasa County Police arrested seven activists of an opposition youth "
         "group at a hall in Likoni (Mombasa, Mombasa).", "Police Forces of Kenya"),
    ],
)  # fmt: skip
def test_a_police_command_named_for_its_place_is_the_states_police(text, actor1) -> None:
    events = _events(text, "2025-08-13")
    assert events and (events[0].actor1 or "").startswith(actor1)


def test_what_a_strike_was_targeting_is_the_side_it_hit() -> None:
    text = (
        "On 2 April 2025, a US drone struck a vehicle near Jilib (Jilib, Middle Juba), reportedly "
        "targeting an al-Shabaab commander."
    )
    (event,) = _events(text, "2025-04-09")
    assert (event.sub_event_type, event.actor2) == ("Air/drone strike", "Al Shabaab")


def test_lubangas_movement_is_named() -> None:
    text = (
        "Congolese soldiers said on Friday they had driven CRP fighters out of two villages near "
        "Fataki (Djugu, Ituri) after a day of fighting."
    )
    events = _events(text, "2025-09-13")
    assert any("CRP: Convention for the Popular Revolution" in (e.actor1, e.actor2) for e in events)


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("Kharkiv regional administration, 3 May 2025: air defence units downed six attack "
         "drones over the city of Kharkiv overnight. Falling debris damaged a garage. No one was "
         "hurt.", "Military Forces of Russia (2000-)"),
        ("On 4 May 2025, Russian air defence units shot down 14 drones over the Belgorod region, "
         "the regional governor said. No damage was reported.",
         "Military Forces of Ukraine (2019-)"),
    ],
)  # fmt: skip
def test_a_downed_weapon_with_no_owner_named_is_the_foes(text: str, actor2: str) -> None:
    events = _events(text, "2025-05-04")
    assert events and events[0].actor2 == actor2


def test_the_one_group_the_report_names_is_the_unnamed_side_a_strike_hit() -> None:
    # the group that tells of its own fighters hurt names the side hit, no mere source
    text = (
        "On 9 May 2025, Colombian air force jets bombed rebel positions near Tame (Tame, "
        "Arauca). The ELN said three of its fighters were wounded in the raid."
    )
    events = _events(text, "2025-05-10")
    assert events and events[0].actor2 == "ELN: National Liberation Army"


# places, round 2

# ---- capitals copy: the dateline's town and country decide an ambiguous name ---------------


@pytest.mark.parametrize(
    "text",
    [
        "HALBA, LEBANON, JULY 14 - GUNMEN SHOT DEAD TWO SHEPHERDS ON A FARM NORTH OF TRIPOLI ON "
        "SATURDAY, A SECURITY SOURCE SAID.",
        "ZAHLE, LEBANON, JULY 14 - GUNMEN SHOT DEAD TWO FARMERS IN AN ORCHARD NORTH OF TRIPOLI "
        "ON SATURDAY, POLICE SAID.",
    ],
)
def test_a_shouted_dateline_naming_its_country_decides_an_ambiguous_town(text: str) -> None:
    assert _best(text, "2025-07-14").country == "Lebanon"


# ---- "the X area on the city's edge": a part of the story's own town, not a namesake --------


def test_an_area_on_the_city_s_edge_is_in_the_dateline_town() -> None:
    text = (
        "RECIFE, July 13 - Gunmen shot dead two traders in the Ibura area on the city's southern "
        "edge on Sunday, police said."
    )
    assert _best(text, "2025-07-14").admin1 == "Pernambuco"


# actors, round 2

# ---- a named clan or communal militia carries the country it acts in -----------------------


def test_a_named_clan_militia_takes_the_events_country() -> None:
    text = (
        "On 14 February 2025, Macawisley fighters ambushed an al-Shabaab convoy near Bulo Burte "
        "(Bulo Burto, Hiraan), killing five militants."
    )
    events = _events(text, "2025-02-15")
    assert any("Macawisley Clan Militia (Somalia)" in (e.actor1, e.actor2) for e in events)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Bura Communal Militia", "Bura Communal Militia ({country})"),
        ("Ogiek Ethnic Militia", "Ogiek Ethnic Militia ({country})"),
        ("Dhulbahante Clan Militia (Somalia)", "Dhulbahante Clan Militia (Somalia)"),
        ("Mai-Mai Militia", "Mai-Mai Militia"),
    ],
)  # fmt: skip
def test_communal_militia_names_are_left_open_for_the_country(name: str, expected: str) -> None:
    from sitrep.events.knowledge import _communal_name

    assert _communal_name(name) == expected


# ---- a retired or former member of the forces, attacked, is a civilian ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "On 3 April 2025, unidentified gunmen shot dead a former police inspector outside his "
        "house in Peshawar (Peshawar, Khyber Pakhtunkhwa).",
        "On 5 April 2025, unknown men hurled a grenade at the home of a retired army colonel in "
        "Kisumu (Kisumu Central, Kisumu). Nobody was hurt.",
    ],
)
def test_a_retired_officer_attacked_at_home_is_a_civilian(text: str) -> None:
    events = _events(text, "2025-04-06")
    assert events and (events[0].actor2 or "").startswith("Civilians")


def test_a_serving_officer_attacked_stays_the_police() -> None:
    text = (
        "On 3 April 2025, unidentified gunmen shot dead a police inspector outside his house in "
        "Peshawar (Peshawar, Khyber Pakhtunkhwa)."
    )
    events = _events(text, "2025-04-04")
    assert events and (events[0].actor2 or "").startswith("Police Forces of Pakistan")


# ---- a state's forces dispersing a crowd outside their country are its army ------------------


def test_foreign_forces_dispersing_a_protest_abroad_are_the_army() -> None:
    text = (
        "On 9 May 2025, Turkish forces fired tear gas to disperse a demonstration against the "
        "demolition of homes in Afrin (Afrin, Aleppo). Several protesters were hurt."
    )
    events = _events(text, "2025-05-10")
    assert events and events[0].actor2 == "Military Forces of Turkey (2002-)"


def test_home_security_forces_dispersing_a_protest_stay_the_police() -> None:
    text = (
        "On 9 May 2025, security forces fired tear gas to disperse a rally against fuel prices "
        "in Kisumu (Kisumu Central, Kisumu). Several protesters were hurt."
    )
    events = _events(text, "2025-05-10")
    assert events and (events[0].actor2 or "").startswith("Police Forces of Kenya")


# finding, round 2

# ---- people lined up in a human chain to press a demand: a peaceful protest -----------------


@pytest.mark.parametrize(
    "text",
    [
        "Nurses form human chain in Sylhet\nAbout 300 nurses from public hospitals stood in a "
        "human chain in front of the Sylhet press club on Monday to demand permanent contracts. "
        "The programme ended peacefully after two hours.",
        "On 3 March 2025, hundreds of farmers formed a human chain along the highway outside "
        "Multan to demand higher wheat prices.",
    ],
)
def test_a_human_chain_for_a_demand_is_a_peaceful_protest(text: str) -> None:
    assert _kinds(text, "2025-03-10") == [("Protests", "Peaceful protest")]


# ---- an attack drone that crashes into a building is the strike; a plane crash is not -------


@pytest.mark.parametrize("verb", ["crashed into", "slammed into"])
def test_an_attack_drone_flying_into_a_block_is_a_drone_strike(verb: str) -> None:
    text = (
        f"ODESA, Mar 4 (Black Sea Desk) - A Russian kamikaze drone {verb} a nine-storey "
        "residential building in Odesa overnight, killing three people and injuring 11, the "
        "regional governor said."
    )
    assert _kinds(text, "2025-03-04") == [("Explosions/Remote violence", "Air/drone strike")]


def test_a_plane_crashing_into_a_house_stays_an_accident() -> None:
    text = (
        "On 5 June 2025, a small passenger plane crashed into a house in the outskirts of "
        "Nairobi, killing four people, aviation officials said."
    )
    assert _kinds(text) == []


# ---- a match report's misses and its "killed the game": play, no event ----------------------


def test_a_match_report_with_a_shot_narrowly_wide_and_a_killed_game_has_no_event() -> None:
    text = (
        "Black Stars shine in Kumasi\nGhana's Black Stars attacked from kick-off at the Baba "
        "Yara stadium and their captain shot narrowly wide twice before half-time. The visitors "
        "struck first, but two goals in five minutes turned the battle around and the hosts won "
        "2-1 on Friday. 'We killed the game after the break,' the coach said."
    )
    assert _kinds(text, "2025-06-07") == []


# ---- a vehicle that rolled over and burst into flames: a road accident, however shouted -----


def test_a_tanker_that_rolled_over_and_burned_in_capitals_is_no_event() -> None:
    text = (
        "KANO, NIGERIA, MAY 14 - A PETROL TANKER ROLLED OVER AND BURST INTO FLAMES ON THE "
        "HIGHWAY SOUTH OF KANO ON WEDNESDAY, KILLING NINE PEOPLE, THE FIRE SERVICE SAID."
    )
    assert _kinds(text, "2025-05-14") == []
