"""Event finding and type rules generalised from the fifteenth development set's misses (and
the spent unseen_p's): each rule with invented sentences in other countries and words (none
taken from the notes)."""

from __future__ import annotations

import pytest

from _coding import kinds

CHEMICAL = ("Explosions/Remote violence", "Chemical weapon")

# ---- a munition whose chemical agent the report tells in another sentence or clause -------


def test_signs_of_the_agent_in_the_next_sentence_make_a_drone_drop_chemical() -> None:
    text = (
        "Rebel commanders said a government drone dropped three containers on their positions "
        "outside Nyala on Sunday night. Medics treated 14 fighters for burning eyes and "
        "vomiting."
    )
    assert kinds(text, "2026-03-02") == [CHEMICAL]


def test_a_denial_of_chemical_weapons_tells_the_agent_of_the_bombs_dropped() -> None:
    text = (
        "Opposition medics said on 4 May 2025 that army helicopters dropped bombs on Idlib the "
        "previous day, killing two children. The government denied using chemical weapons."
    )
    assert CHEMICAL in kinds(text)


def test_a_cloud_given_off_by_shells_is_a_chemical_attack() -> None:
    text = (
        "ARMY GUNNERS FIRED SHELLS GIVING OFF A THICK, YELLOW GAS AT REBEL TRENCHES NEAR MARIB "
        "ON FRIDAY, TRIBAL SOURCES SAID."
    )
    assert kinds(text, "2026-01-10") == [CHEMICAL]


def test_grenades_released_by_drones_are_a_strike_and_cs_gas_makes_it_chemical() -> None:
    plain = "Enemy drones released grenades over a trench line near Toretsk on Thursday."
    assert kinds(plain, "2026-02-13")
    gas = (
        "Enemy drones released grenades filled with CS gas over a trench line near Toretsk on "
        "Thursday, the brigade said."
    )
    assert kinds(gas, "2026-02-13") == [CHEMICAL]


def test_an_air_strike_with_smoke_from_fires_stays_an_air_strike() -> None:
    text = (
        "Warplanes bombed a fuel depot in Sirte on Monday. Firefighters said residents were "
        "treated for breathing difficulties caused by the smoke."
    )
    assert ("Explosions/Remote violence", "Air/drone strike") in kinds(text, "2026-03-03")
    assert CHEMICAL not in kinds(text, "2026-03-03")


def test_a_past_sarin_attack_recalled_leaves_todays_air_strike_alone() -> None:
    text = (
        "Government jets struck Khan Sheikhoun on Tuesday, killing four civilians, rescuers "
        "said. The town was the site of a sarin attack in 2017 that killed more than 80 people."
    )
    found = kinds(text, "2026-03-04")
    assert ("Explosions/Remote violence", "Air/drone strike") in found
    assert CHEMICAL not in found


def test_wire_capitals_foaming_at_the_mouth_make_barrel_bombs_chemical() -> None:
    text = (
        "SYRIAN HELICOPTERS DROPPED BARREL BOMBS ON SARAQEB ON SATURDAY. DOCTORS SAID 11 "
        "PEOPLE WERE TREATED FOR FOAMING AT THE MOUTH."
    )
    assert kinds(text, "2026-03-09") == [CHEMICAL]


def test_a_release_of_statements_about_missiles_is_no_strike() -> None:
    text = "The ministry released photographs of the missiles on Tuesday in Tehran."
    assert not kinds(text, "2026-03-03")


# ---- wild animals as the doers: no armed actor ------------------------------------------


def test_a_crocodile_killing_a_fisherman_is_no_event() -> None:
    text = "A crocodile killed a fisherman on the banks of the Zambezi near Kariba on Sunday."
    assert not kinds(text, "2026-03-03")


def test_villagers_trampled_by_an_elephant_are_no_event() -> None:
    text = "Three villagers were trampled to death by a rogue elephant in Kasungu on Tuesday."
    assert not kinds(text, "2026-03-03")


def test_killed_when_lions_attacked_the_camp_is_no_event() -> None:
    text = (
        "NAROK, Kenya, Jan 4 - Two herders were killed when a pride of lions attacked their "
        "camp late on Saturday, wildlife officers said."
    )
    assert not kinds(text, "2026-01-04")


def test_fishermen_dead_after_a_crocodile_attack_are_no_event() -> None:
    text = "Two fishermen died after a crocodile attack on Lake Kariba on Tuesday."
    assert not kinds(text, "2026-03-04")


def test_rangers_killed_in_a_tiger_reserve_by_poachers_are_an_attack() -> None:
    text = "Poachers killed two rangers in a tiger reserve near Chitwan on Monday."
    assert kinds(text, "2026-03-04")


def test_wire_capitals_wild_elephants_killing_a_woman_is_no_event() -> None:
    text = "A WOMAN WAS KILLED BY WILD ELEPHANTS IN GOLAGHAT, ASSAM, ON SUNDAY NIGHT."
    assert not kinds(text, "2026-03-04")


def test_poachers_killing_rangers_guarding_elephants_is_still_an_attack() -> None:
    text = "Poachers shot dead two rangers guarding elephants near Garamba on Friday."
    assert kinds(text, "2026-01-04")


@pytest.mark.parametrize(
    "text",
    [
        "Tiger militiamen attacked a police post near Jaffna on Monday, killing two officers.",
        "On 2 May 2025, Grey Wolves members attacked a shop in Izmir (Izmir, Izmir), wounding "
        "the owner.",
        "Jaguar commandos raided a village near Taunggyi on Sunday and shot dead three farmers.",
        "Fighters of the Tamil Tigers ambushed a navy patrol off Mannar on Friday, killing six.",
    ],
)
def test_an_animal_word_in_a_group_name_is_no_animal(text: str) -> None:
    # an animal naming fighters or a group ("Tiger militiamen", "Grey Wolves") is a name: the
    # armed men are the doers
    assert kinds(text, "2025-05-05")


# ---- a court's verdict on crimes: the charges are no new event ---------------------------


def test_a_conviction_on_counts_including_murder_codes_no_event() -> None:
    text = (
        "KIGALI, June 3 - A court in Musanze on Monday convicted a former militia leader of "
        "eleven counts including rape and kidnapping committed in the north of the country."
    )
    assert not kinds(text, "2026-06-03")


# ---- an attack made in words: the participle of speech ------------------------------------


def test_an_attack_on_a_commission_saying_something_is_politics() -> None:
    text = (
        "HARARE, Sept 9 - The opposition leader attacked the electoral commission on Monday, "
        "saying its new rules were a trap for rural voters."
    )
    assert not kinds(text, "2026-09-09")


def test_a_minister_attacking_rivals_accusing_them_is_politics() -> None:
    text = (
        "The interior minister attacked opposition leaders in parliament on Monday, accusing "
        "them of stirring unrest in Bulawayo."
    )
    assert not kinds(text, "2026-09-09")


def test_gunmen_attacking_a_post_saying_it_was_revenge_is_still_an_attack() -> None:
    text = "Gunmen attacked a police post in Kidal on Monday, saying it was revenge for arrests."
    assert kinds(text, "2026-09-09")


# ---- a crowd described by a participle the parse made the root ---------------------------


def test_protesters_demanding_something_who_set_fire_riot() -> None:
    text = (
        "Protesters demanding cheaper fuel set fire to a police van in Mombasa on Tuesday, "
        "officials said."
    )
    assert kinds(text, "2026-03-04") == [("Riots", "Violent demonstration")]


def test_students_demanding_a_release_who_hurled_rocks_riot() -> None:
    text = (
        "Students demanding the release of their leader hurled rocks at police in Sylhet on Monday."
    )
    assert kinds(text, "2026-03-03") == [("Riots", "Violent demonstration")]


def test_a_crowd_demanding_to_burn_a_house_is_still_no_riot_yet() -> None:
    text = "Residents are demanding that the authorities demolish the bar in Kisumu."
    assert ("Riots", "Violent demonstration") not in kinds(text, "2026-03-03")


# ---- a crowd burning and beating people with no demonstration: Mob violence --------------


def test_a_crowd_that_burns_a_shrine_and_beats_its_keeper_is_mob_violence() -> None:
    text = (
        "Hundreds of youths stormed a mosque in Kaduna on Friday, set it on fire and assaulted "
        "the imam."
    )
    assert kinds(text, "2026-03-07") == [("Riots", "Mob violence")]


def test_a_crowd_that_torches_a_police_station_still_riots() -> None:
    text = "Angry youths torched a police station in Kisumu on Friday."
    assert kinds(text, "2026-03-07") == [("Riots", "Violent demonstration")]


# ---- ground entered with no fight: "moved back into", "without firing a shot" --------------


def test_troops_moving_back_into_a_town_the_rebels_left_without_a_shot() -> None:
    text = (
        "Burkinabe troops moved back into Djibo on Friday without firing a single shot, a day "
        "after the militants pulled out, the army said."
    )
    assert kinds(text, "2026-03-07") == [
        ("Strategic developments", "Non-violent transfer of territory")
    ]


# ---- captured soldiers handed over: a release -------------------------------------------


def test_rebels_handing_over_captured_soldiers_release_captives() -> None:
    text = (
        "M23 rebels handed over 30 captured Congolese soldiers to the Red Cross in Goma on "
        "Monday, the ICRC said."
    )
    assert kinds(text, "2026-03-03") == [("Strategic developments", "Other")]


def test_captured_territory_handed_over_is_no_release() -> None:
    text = "Rebels handed over captured territory to the army near Goma on Monday."
    assert ("Strategic developments", "Other") not in kinds(text, "2026-03-03")


# ---- a group's change: merging into a single force, dissolving its command ----------------


def test_factions_merging_into_a_single_force_change_the_group() -> None:
    text = (
        "TRIPOLI, May 4 - Six armed factions in Zawiya announced on Sunday that they had merged "
        "into a single brigade under one commander."
    )
    assert kinds(text, "2026-05-04") == [("Strategic developments", "Change to group/activity")]


def test_a_militia_dissolving_its_command_changes_the_group() -> None:
    text = (
        "The Tigray Defence Forces said on Monday in Mekelle that they were dissolving their "
        "command and that their fighters would join the regional police."
    )
    assert ("Strategic developments", "Change to group/activity") in kinds(text, "2026-05-04")


def test_last_years_fighting_named_as_background_is_no_event() -> None:
    text = (
        "Tribal leaders said on Sunday in Jalalabad that they would guard the district after "
        "last year's fighting between the Taliban and IS."
    )
    assert not kinds(text, "2026-08-25")


def test_sundays_clashes_are_still_the_reports_event() -> None:
    text = (
        "DAMASCUS, Aug 25 - Sunday's clashes between tribesmen and troops in Deir ez-Zor "
        "killed four."
    )
    assert ("Battles", "Armed clash") in kinds(text, "2026-08-25")


# ---- deadly force used to disperse a gathering ------------------------------------------


def test_live_rounds_fired_to_disperse_a_blockade_killing_one_is_excessive_force() -> None:
    text = (
        "Soldiers fired live rounds to disperse traders who had blocked the main market road in "
        "Kananga on Tuesday, killing two, residents said."
    )
    assert kinds(text, "2026-03-04") == [("Protests", "Excessive force against protesters")]


def test_shots_fired_to_disperse_teachers_with_no_toll_is_an_intervention() -> None:
    text = (
        "Police fired warning shots to disperse hundreds of teachers outside parliament in "
        "Harare on Monday."
    )
    assert kinds(text, "2026-03-03") == [("Protests", "Protest with intervention")]


# ---- property burned after an ambush: the ambush only sets it ----------------------------


def test_soldiers_burning_stalls_after_an_ambush_is_property_destruction() -> None:
    text = (
        "Rights groups said that on 2 March 2026 soldiers set fire to 15 shops in Kumba after a "
        "soldier was wounded in a separatist ambush nearby."
    )
    assert ("Strategic developments", "Looting/property destruction") in kinds(text)


# ---- how long a place was held never dates the day it changed hands ------------------------


def test_a_town_held_since_last_april_retaken_today_is_news() -> None:
    text = (
        "GOMA, March 4 - Congolese troops retook Rubaya, a mining town the M23 had controlled "
        "since last April, officials said on Wednesday."
    )
    assert kinds(text, "2026-03-04") == [("Battles", "Government regains territory")]


def test_a_chemical_attack_in_one_paragraph_of_a_long_article_leaves_the_others_alone() -> None:
    # the report-wide reading of an agent holds for a short one-incident report only
    text = (
        "IDLIB, Syria, May 6 - Government helicopters dropped barrel bombs on the market of "
        "Maarat Misrin on Monday, killing eight people, rescuers said.\n\n"
        "Shops along the main road were flattened and a bakery burned for hours.\n\n"
        "The town had been quiet for weeks before the raid.\n\n"
        "Residents said the helicopters came from the west.\n\n"
        "Aid groups asked for a pause in the fighting.\n\n"
        "Separately, doctors in Saraqib said they treated eleven people for burning eyes after "
        "a shell released a cloud of chlorine over the town on Sunday.\n\n"
        "The government denies using chemical weapons.\n\n"
        "Talks on a truce are due to resume next week.\n\n"
        "The United Nations said more than 20,000 people fled the area this month."
    )
    assert ("Explosions/Remote violence", "Air/drone strike") in kinds(text, "2025-05-06")
