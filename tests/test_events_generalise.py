"""Rules found on held-out style reports (tests/heldout/): one invented example per rule."""

from __future__ import annotations

import pytest

from _articles import every, place, run
from sitrep.events.actors import find_actor_mentions
from sitrep.events.fatalities import count_fatalities
from sitrep.model import Factuality


# ---------------------------------------------------------------- fatalities
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Four soldiers and three civilians were killed in the ambush on Monday.", 7),
        ("The shelling killed two nurses and three doctors, the clinic said.", 5),
        ("Police fired, killing at least three people, witnesses and a rights group said.", 3),
        ("The attack killed 3 people and wounded 5 others.", 3),
        ("The bodies of nine men were found beside a road.", 9),
        ("Soldiers shot dead five men at the checkpoint.", 5),
    ],
)
def test_counts_of_one_killing_add_up(language, knowledge, sentence, expected):
    doc = language.parse([sentence])[0]
    assert count_fatalities(doc[:], knowledge.numbers).count == expected


def test_one_sentence_two_towns_keeps_both_events(language, knowledge):
    text = "In Kosti protesters marched peacefully on Tuesday, while in Rabak youths rioted."
    events, _ = run(language, knowledge, text, [place(text, "Kosti"), place(text, "Rabak")])
    assert {e.location: e.event_type for e in events} == {"Kosti": "Protests", "Rabak": "Riots"}


def test_protesters_setting_fire_riot(language, knowledge):
    text = "Protesters set part of the building on fire in Kosti on Tuesday."
    events, _ = run(language, knowledge, text, [place(text, "Kosti")])
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


def test_bodies_found_are_an_attack(language, knowledge):
    text = "The bodies of six men were found dumped near Kosti on Monday. They had been shot."
    events, _ = run(language, knowledge, text, [place(text, "Kosti")])
    (event,) = events
    assert (event.sub_event_type, event.fatalities) == ("Attack", 6)


# ---------------------------------------------------------------- one incident, one event
def test_a_headline_joins_the_body_event_it_sums_up(language, knowledge):
    title = "Drone strike kills 8 in Kosti market"
    body = "A drone struck the main market in Kosti on Monday, killing eight people, police said."
    original = f"{title}\n\n{body}"
    events, _ = run(language, knowledge, body, every(original, "Kosti"), title=title)
    (event,) = events
    assert event.sub_event_type == "Air/drone strike"
    assert event.event_date == "2024-03-04"
    assert event.fatalities == 8


def test_the_attack_named_again_is_the_same_event(language, knowledge):
    text = (
        "Gunmen stormed a police post in Kosti on Monday, killing two officers. "
        "Al-Shabaab claimed responsibility for the attack. "
        "The attackers fled in two pickup trucks, a witness said."
    )
    events, _ = run(language, knowledge, text, [place(text, "Kosti")])
    assert len(events) == 1


def test_weapons_seized_after_a_clash_are_part_of_it(language, knowledge):
    text = "Troops clashed with militants near Kosti on Sunday. Soldiers later seized four rifles."
    events, _ = run(language, knowledge, text, [place(text, "Kosti")])
    (event,) = events
    assert event.event_type == "Battles"


def test_a_bomb_attack_answered_by_fire_is_a_battle(language, knowledge):
    text = (
        "Rebels attacked an army base in Kosti on Monday with explosives. "
        "Troops repelled the attack after a two-hour gunfight."
    )
    events, _ = run(language, knowledge, text, [place(text, "Kosti")])
    (event,) = events
    assert event.event_type == "Battles"


# ---------------------------------------------------------------- places
def test_a_capital_that_speaks_is_no_setting(language, knowledge):
    text = "Moscow said its air defences shot down 12 drones over Belgorod overnight."
    places = [place(text, "Moscow", feature="PPLC"), place(text, "Belgorod")]
    events, _ = run(language, knowledge, text, places)
    assert events and all(e.location == "Belgorod" for e in events)


def test_a_place_inside_an_actor_name_is_no_setting(language, knowledge):
    text = "Fano militia fighters clashed with soldiers near Gondar on Tuesday."
    places = [place(text, "Fano", country="Italy"), place(text, "Gondar", country="Ethiopia")]
    events, _ = run(language, knowledge, text, places)
    (event,) = events
    assert event.location == "Gondar"


def test_the_road_between_two_towns_is_one_event(language, knowledge):
    text = "A roadside bomb hit a convoy on the road between Kaya and Dori on Friday."
    events, _ = run(language, knowledge, text, [place(text, "Kaya"), place(text, "Dori")])
    (event,) = events
    assert event.location == "Kaya"


# ---------------------------------------------------------------- no event
@pytest.mark.parametrize(
    "text",
    [
        "Inspectors found rocket launchers and mortar tubes in a warehouse in Kosti.",
        "Aid workers opened a new shelter for displaced families in Kosti.",
        "Mediators in Kosti are trying to broker a new ceasefire.",
        "The army and the rebels have been fighting around Kosti since April 2022.",
    ],
)
def test_no_event_is_told(language, knowledge, text):
    events, _ = run(language, knowledge, text, [place(text, "Kosti")])
    assert events == ()


def test_an_attempt_at_violence_is_violence(language, knowledge):
    text = "Militants tried to assassinate the governor of Kosti with a car bomb on Monday."
    events, _ = run(language, knowledge, text, [place(text, "Kosti")])
    assert events and all(e.factuality == Factuality.HAPPENED for e in events)


def test_a_denial_disputes_the_event_it_answers(language, knowledge):
    text = (
        "Witnesses said soldiers shelled the village of Tawila on Sunday. "
        "The army denied shelling Tawila and called the claims false."
    )
    events, mentions = run(language, knowledge, text, every(text, "Tawila"))
    assert events == ()
    assert [m.factuality for m in mentions] == [Factuality.DISPUTED]


# ---------------------------------------------------------------- actors and sub-types
def test_a_crowd_killing_is_mob_violence(language, knowledge):
    text = "A crowd of residents lynched two suspected thieves in Kosti on Tuesday."
    events, _ = run(language, knowledge, text, [place(text, "Kosti")])
    (event,) = events
    assert event.sub_event_type == "Mob violence"


def test_a_dateline_is_no_doer(language, knowledge):
    text = "KOSTI, Sudan (Reuters) - A suicide bomber blew himself up at a cafe in Rabak on Friday."
    events, _ = run(language, knowledge, text, [place(text, "Rabak")])
    (event,) = events
    assert event.actor1 is None or "KOSTI" not in event.actor1
    assert "Reuters" not in (event.actor1 or "")


def test_its_fighters_are_the_group_that_says_so(language, knowledge):
    text = "The Arakan Army said its fighters captured the town of Sittwe on Tuesday."
    events, _ = run(language, knowledge, text, [place(text, "Sittwe", country="Myanmar")])
    (event,) = events
    assert event.actor1 == "AA: Arakan Army"


def test_the_blamed_group_is_the_doer(language, knowledge):
    text = (
        "A drone hit a market in Kosti on Monday, killing four people. "
        "Officials blamed the Rapid Support Forces."
    )
    events, _ = run(language, knowledge, text, [place(text, "Kosti")])
    (event,) = events
    assert event.actor1 == "Rapid Support Forces"


def test_the_other_side_is_not_the_doer_again(language, knowledge):
    text = (
        "Police exchanged fire with gang members near Kosti on Monday. Two officers were wounded."
    )
    events, _ = run(language, knowledge, text, [place(text, "Kosti")])
    (event,) = events
    assert event.actor2 != event.actor1


def test_a_capital_acting_is_its_government_but_not_when_hit(language, knowledge):
    acting = "In Kosti, Khartoum did not shrink from shelling the market on Monday."
    places = [place(acting, "Kosti"), place(acting, "Khartoum", feature="PPLC")]
    events, _ = run(language, knowledge, acting, places)
    assert events and all(e.location == "Kosti" for e in events)
    hit = "Khartoum came under heavy shelling on Monday."
    events, _ = run(language, knowledge, hit, [place(hit, "Khartoum", feature="PPLC")])
    assert [e.location for e in events] == ["Khartoum"]


def test_a_headline_word_before_a_capitalised_noun_is_no_actor(language, knowledge):
    title = "Kosti Siege Hands The Army Its Greatest Military Achievement"
    doc = language.parse([title])[0]
    mentions = find_actor_mentions(doc[:], knowledge.actors)
    texts = [title[m.start : m.end] for m in mentions]
    assert "Military" not in texts
    assert "Army" in texts


def test_gangs_are_an_armed_group(language, knowledge):
    text = "Police exchanged fire with gang members in Kosti on Monday."
    events, _ = run(language, knowledge, text, [place(text, "Kosti", country="Haiti")])
    (event,) = events
    assert event.actor2 == "Unidentified Armed Group (Haiti)"


def test_capitals_that_urge_are_no_setting_even_unparsed(language, knowledge):
    text = (
        "Rebels shelled the outskirts of Kosti on Monday. "
        "Washington and Paris urged restraint. Washington later sent an envoy."
    )
    places = [place(text, "Kosti")] + every(text, "Washington", feature="PPLC")
    places += [place(text, "Paris", feature="PPLC")]
    events, _ = run(language, knowledge, text, places)
    assert [e.location for e in events] == ["Kosti"]


def test_a_headline_toll_stays_with_its_own_event(language, knowledge):
    title = "Drone kills two near Kosti; rebels fire rockets at Rabak"
    body = (
        "A drone strike on a car near Kosti killed two fighters on Monday. "
        "Hours later rebels fired rockets at Rabak. There were no injuries."
    )
    original = f"{title}\n\n{body}"
    places = every(original, "Kosti") + every(original, "Rabak")
    events, _ = run(language, knowledge, body, places, title=title)
    tolls = {e.location: e.fatalities for e in events}
    assert tolls == {"Kosti": 2, "Rabak": 0}


def test_killing_some_and_abducting_others_is_an_attack(language, knowledge):
    text = "Gunmen raided a church in Kosti on Saturday, killing 14 worshippers and abducting 20."
    events, _ = run(language, knowledge, text, [place(text, "Kosti")])
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 14)]


def test_a_dateline_hung_lead_keeps_its_doers(language, knowledge):
    text = (
        "BAMAKO (AFP) - Malian soldiers and Russian mercenaries executed at least 25 civilians "
        "in the village of Welingara last week, local sources said."
    )
    events, _ = run(language, knowledge, text, [place(text, "Welingara", country="Mali")])
    (event,) = events
    assert event.actor1 == "Military Forces of Mali (2021-)"
    assert event.actor2 == "Civilians (Mali)"


def test_its_fighters_belong_to_the_group_inside_the_speaker(language, knowledge):
    text = "The armed wing of Hamas said its fighters fired rockets at Sderot on Monday."
    events, _ = run(language, knowledge, text, [place(text, "Sderot", country="Israel")])
    (event,) = events
    assert event.actor1 == "Hamas Movement"


# ---------------------------------------------------------------- weapons named, not used
@pytest.mark.parametrize(
    ("sentence", "coded"),
    [
        ("Troops used chlorine gas against the village of Tilbeh on Monday.", True),
        ("A chemical attack on Tilbeh on Monday left dozens choking, medics said.", True),
        ("Talks on Monday covered the smuggling of chemical weapons across the border.", False),
        ("Inspectors counted the country's chemical weapons stockpile on Monday.", False),
    ],
)
def test_chemical_weapons_only_when_used(language, knowledge, sentence, coded):
    events, _ = run(language, knowledge, sentence, every(sentence, "Tilbeh"))
    chemical = [e for e in events if e.sub_event_type == "Chemical weapon"]
    assert bool(chemical) is coded


def test_control_taken_with_words_between(language, knowledge):
    text = "Rebel fighters took full military control of Tilbeh on Sunday, residents said."
    events, _ = run(language, knowledge, text, every(text, "Tilbeh"))
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"]


# ---------------------------------------------------------------- second held-out round (13-24)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Militants beheaded three farmers near Tilbeh on Sunday, residents said.", 3),
        ("On Sunday, unknown gunmen shot dead a former rebel commander in Tilbeh.", 1),
        (
            "A suicide bomber killed the provincial governor and at least four other people"
            " in Tilbeh on Tuesday, police said.",
            5,
        ),
    ],
)
def test_second_round_tolls(language, knowledge, sentence, expected):
    events, _ = run(language, knowledge, sentence, every(sentence, "Tilbeh"))
    assert [e.fatalities for e in events] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The insurgency, which began in Tilbeh in October 2017, has killed more than 4,000 people.",
        "Ten years after the massacre in Tilbeh, in which militiamen killed dozens of farmers,"
        " survivors gathered on Tuesday to pray.",
        "Officials said the bombing recalls the 2015 massacre in Tilbeh, in which more than 90"
        " people died.",
    ],
)
def test_recalled_events_and_tallies_are_no_news(language, knowledge, sentence):
    events, _ = run(language, knowledge, sentence, every(sentence, "Tilbeh"))
    assert events == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen attacked a police post in Tilbeh on Tuesday night, killing four officers before"
        " fleeing into the hills.",
        "The assailants had fled towards Tilbeh after the raid on Monday, officials said.",
    ],
)
def test_armed_men_getting_away_are_not_displaced(language, knowledge, sentence):
    events, _ = run(language, knowledge, sentence, every(sentence, "Tilbeh"))
    assert events
    assert all(e.sub_event_type != "Other" for e in events)


def test_aircraft_that_struck_make_an_air_strike(language, knowledge):
    text = "On Tuesday, the army said its aircraft had struck a convoy of fighters near Tilbeh."
    events, _ = run(language, knowledge, text, every(text, "Tilbeh"))
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


def test_explosives_held_are_no_explosion(language, knowledge):
    text = "Soldiers raided a camp near Tilbeh on Tuesday and destroyed huts containing explosives."
    events, _ = run(language, knowledge, text, every(text, "Tilbeh"))
    assert all(e.event_type != "Explosions/Remote violence" for e in events)


def test_an_event_referred_back_to_is_not_told_again(language, knowledge):
    text = "Police arrested six men in Tilbeh on Thursday in connection with the bombing."
    events, _ = run(language, knowledge, text, every(text, "Tilbeh"))
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_burning_and_shooting_people_is_an_attack(language, knowledge):
    text = "Gunmen attacked Tilbeh on Friday, setting fire to the market and shooting worshippers."
    events, _ = run(language, knowledge, text, every(text, "Tilbeh"))
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_a_destination_sets_no_later_sentence(language, knowledge):
    text = (
        "Militias fought in Tilbeh on Monday. Flights were diverted to Dorsa. "
        "A truce took effect on Tuesday, officials said."
    )
    places = every(text, "Tilbeh") + every(text, "Dorsa")
    events, _ = run(language, knowledge, text, places)
    assert all("Dorsa" not in (e.location or "") for e in events)


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents of Tilbeh reported heavy gunfire and explosions overnight on Monday.",
        "Militant violence rose again across Tilbeh this week.",
        "The envoy warned that renewed fighting in Tilbeh would endanger civilians.",
        "Since the beginning of the year, more than 40,000 people have fled Tilbeh.",
        "A delay of the truce in Tilbeh would result in more hunger and more armed clashes.",
        "The minister said in Tilbeh that in case of a confrontation the army is ready.",
        "In the event of an attack on Tilbeh, the militia would defend the town.",
    ],
)
def test_sounds_trends_and_hypotheses_are_no_events(language, knowledge, sentence):
    events, _ = run(language, knowledge, sentence, every(sentence, "Tilbeh"))
    assert events == ()


@pytest.mark.parametrize(
    "text",
    [
        "The dispute over the wells in Tilbeh on Monday ended in clashes that left three dead.",
        "Police in Tilbeh on Monday held three men in the case of the clash on the bridge.",
    ],
)
def test_an_outcome_or_a_case_of_a_real_clash_stays_an_event(language, knowledge, text):
    events, _ = run(language, knowledge, text, every(text, "Tilbeh"))
    assert "Armed clash" in [e.sub_event_type for e in events]


def test_a_claim_adds_details_not_a_second_attack(language, knowledge):
    text = (
        "A suicide bomber struck a market in Tilbeh on Monday, killing six people. "
        "Al-Shabaab claimed responsibility, saying its fighter had detonated an explosive belt."
    )
    events, _ = run(language, knowledge, text, every(text, "Tilbeh"))
    assert [e.sub_event_type for e in events] == ["Suicide bomb"]


def test_a_group_modifying_its_spokesmen_is_the_speaker(language, knowledge):
    text = "A bomb killed four people in Tilbeh on Monday, Taliban officials said."
    events, _ = run(language, knowledge, text, every(text, "Tilbeh"))
    assert ["Taliban" not in (e.actor1 or "") for e in events] == [True]  # the speaker is no doer


def test_a_toll_told_apart_from_its_verb(language, knowledge):
    text = "On Tuesday, 46 people, mostly women and children, were killed in Tilbeh, aides said."
    events, _ = run(language, knowledge, text, every(text, "Tilbeh"))
    assert [e.fatalities for e in events] == [46]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said a shipment of missiles and grenades was bound for the rebels.",
        "Soldiers found weapons, explosives and mines in a cave near Kidal on Sunday.",
        "The company offered its bombs to several governments last year.",
    ],
)
def test_weapons_named_as_things_are_no_attack(language, knowledge, text):
    events, _ = run(language, knowledge, text)
    assert not [e for e in events if e.event_type == "Explosions/Remote violence"]


def test_a_used_weapon_is_an_attack(language, knowledge):
    text = "A grenade thrown at a police patrol wounded two officers in Kidal on Sunday."
    events, _ = run(language, knowledge, text, every(text, "Kidal"))
    assert [e.sub_event_type for e in events] == ["Grenade"]


def test_bare_plurals_with_no_place_or_day_are_talk_not_events(language, knowledge):
    text = "The opposition condemned bombings of populated areas and demanded an inquiry."
    events, _ = run(language, knowledge, text)
    assert events == ()


def test_a_state_of_emergency_in_a_list_of_demands_is_no_event(language, knowledge):
    text = "The rebels demand lifting the state of emergency and freeing political prisoners."
    events, _ = run(language, knowledge, text)
    assert events == ()


@pytest.mark.parametrize(
    "text",
    [
        "Two pilots died when their helicopter crashed near the base on Tuesday.",
        "A senior commander died of a heart attack in a hospital in Kandahar on Friday.",
        "Minister, there has been an attack in the capital: what do you know about it?",
        "He accused the government of protecting the gangs who murder poor farmers.",
    ],
)
def test_accidents_questions_and_habits_are_no_events(language, knowledge, text):
    events, _ = run(language, knowledge, text)
    assert events == ()


def test_an_attack_on_army_positions_is_a_battle(language, knowledge):
    text = "Guerrillas attacked army positions near Kidal on Sunday night."
    events, _ = run(language, knowledge, text, every(text, "Kidal"))
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Battles", "Armed clash")]


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the militia has carried out various bomb attacks in Darfur.",
        "The province has suffered a wave of killings by armed bandits in Zamfara.",
        "Residents recalled numerous massacres of herders in the valley of Zamfara.",
    ],
)
def test_an_aggregate_of_many_attacks_is_no_event(language, knowledge, text):
    places = every(text, "Darfur") + every(text, "Zamfara")
    events, _ = run(language, knowledge, text, places)
    assert events == ()


def test_an_aggregate_with_a_day_of_its_own_stays_an_event(language, knowledge):
    text = "Warplanes carried out several air strikes on Kidal on Sunday."
    events, _ = run(language, knowledge, text, every(text, "Kidal"))
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


def test_one_named_victim_told_twice_is_one_incident(language, knowledge):
    text = (
        "Gunmen abducted Amadou Toure, a village chief, near Kidal on Sunday. "
        "In Kidal, family members said that JNIM fighters had kidnapped Toure. "
        "Separately, gunmen abducted a trader in Gao on Monday."
    )
    events, _ = run(language, knowledge, text, every(text, "Kidal") + every(text, "Gao"))
    kidal = [e for e in events if e.location == "Kidal"]
    assert len(kidal) == 1
    assert any(e.location == "Gao" for e in events)


def test_a_captive_killed_later_is_a_second_event(language, knowledge):
    # ACLED: violence reported later, during captivity, is an additional, separate event
    text = (
        "Gunmen abducted Amadou Toure, a village chief, near Kidal on Sunday. "
        "In Kidal, family members said that JNIM fighters had executed Toure."
    )
    events, _ = run(language, knowledge, text, every(text, "Kidal"))
    assert sorted(e.sub_event_type for e in events) == ["Abduction/forced disappearance", "Attack"]


def test_a_toll_after_an_attack_is_its_consequence(language, knowledge):
    text = (
        "Insurgents attacked an army outpost near Kidal on Sunday. "
        "The army reported nine dead and twelve wounded. "
        "Two soldiers later died of their wounds in a hospital in Gao."
    )
    events, _ = run(language, knowledge, text, every(text, "Kidal") + every(text, "Gao"))
    assert [(e.event_type, e.location) for e in events] == [("Battles", "Kidal")]


def test_explosions_that_were_only_heard_are_no_event(language, knowledge):
    text = "Residents said explosions and shooting were heard in the north of Kidal on Sunday."
    events, _ = run(language, knowledge, text, every(text, "Kidal"))
    assert events == ()


@pytest.mark.parametrize(
    "text",
    [
        "In Kidal on Sunday, the senator sharply attacked the governor over the floods.",
        "The opposition leader attacked the budget in a speech in Kidal on Sunday.",
        "The general stepped up his attacks on the press in Kidal on Sunday.",
        "In Kidal on Sunday, the mayor attacked the governor over the water deal.",
    ],
)
def test_an_attack_in_words_is_no_violence(language, knowledge, text):
    events, _ = run(language, knowledge, text, every(text, "Kidal"))
    assert events == ()


def test_a_blockade_announced_by_an_armed_group_changes_its_activity(language, knowledge):
    text = "On Monday the rebels announced a blockade on trucks bringing fuel into Kidal."
    events, _ = run(language, knowledge, text, every(text, "Kidal"))
    assert [e.sub_event_type for e in events] == ["Change to group/activity"]


def test_the_dead_remembered_are_history(language, knowledge):
    text = (
        "Relatives gathered at the cathedral in Kidal to remember those killed in the unrest "
        "that followed the coup, when soldiers fired on the crowds."
    )
    events, _ = run(language, knowledge, text, every(text, "Kidal"))
    assert not [e for e in events if e.event_type == "Violence against civilians"]


@pytest.mark.parametrize(
    "text",
    [
        "The coast guard seized a trawler and three tonnes of heroin off Kidal on Sunday.",
        "Hackers attacked the websites of two banks in Kidal on Sunday.",
        "Hackers attacked the customs payment portal in Kidal on Sunday, shutting it for a day.",
        # the doers tell it even when the parse loses the object
        "Hackers attacked the Malian customs online services hub in Kidal on Sunday.",
    ],
)
def test_goods_seized_and_websites_attacked_are_no_events(language, knowledge, text):
    events, _ = run(language, knowledge, text, every(text, "Kidal"))
    assert not [e for e in events if e.event_type in ("Battles", "Violence against civilians")]


def test_looting_with_no_side_named_hits_civilians(language, knowledge):
    text = "Armed men looted shops and burned houses in Kidal on Sunday."
    events, _ = run(language, knowledge, text, every(text, "Kidal"))
    looted = [e for e in events if e.sub_event_type == "Looting/property destruction"]
    assert looted and all((e.actor2 or "").startswith("Civilians") for e in looted)


def test_civilians_named_beside_a_strike_are_its_actor2(language, knowledge):
    text = "Drones struck Kidal on Sunday, and three residents died in the strike."
    events, _ = run(language, knowledge, text, every(text, "Kidal"))
    shelled = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert shelled and (shelled[0].actor2 or "").startswith("Civilians")


def test_a_definite_noun_retelling_an_act_joins_it(language, knowledge):
    text = (
        "Gunmen shot dead a judge in Kidal on Sunday. "
        "Two bystanders were wounded in the shootout, police said."
    )
    events, _ = run(language, knowledge, text, every(text, "Kidal"))
    assert len(events) == 1


def test_a_passive_killing_with_no_doer_after_an_act_is_its_toll(language, knowledge):
    text = (
        "Insurgents set off a roadside bomb under an army truck near Kidal on Sunday. "
        "A sergeant travelling in the truck was killed, an army spokesman said in Gao."
    )
    events, _ = run(language, knowledge, text, every(text, "Kidal") + every(text, "Gao"))
    assert len(events) == 1


# ---------------------------------------------------------------- devj: officers, means, years
def test_clinical_officers_marching_are_no_police(language, knowledge):
    body = (
        "Nurses and clinical officers marched to the regional hospital in Kosti on Monday to "
        "demand unpaid wages."
    )
    events, _ = run(language, knowledge, body, every(body))
    assert events and all(e.actor2 is None for e in events)


def test_a_crowd_cleared_with_batons_used_is_a_protest_dispersed(language, knowledge):
    body = (
        "Police used batons and a water cannon to clear hundreds of teachers who had blocked "
        "the main road in Kosti on Monday, demanding back pay."
    )
    events, _ = run(language, knowledge, body, every(body))
    assert "Protest with intervention" in {e.sub_event_type for e in events}


def test_deaths_measured_years_back_are_no_news(language, knowledge):
    body = (
        "Twenty years after 60 protesters died in Kosti, their families say nobody has been "
        "punished for the killings."
    )
    events, _ = run(language, knowledge, body, every(body))
    assert not events


def test_niger_and_ivory_coast_armies_by_their_french_initials(language, knowledge):
    body = (
        "A FAN patrol hit a landmine near Kosti on Monday, killing three soldiers, and FACI "
        "troops later sealed off the road."
    )
    names = {m.name or m.country for m in _mentions(language, knowledge, body)}
    assert {"Niger", "Ivory Coast"} <= names


def _mentions(language, knowledge, body: str):
    doc = language.parse([body])[0]
    return [m for s in doc.sents for m in find_actor_mentions(s, knowledge.actors)]


def test_supporters_held_while_preparing_for_a_rally_are_arrested(language, knowledge):
    body = (
        "Police detained twelve opposition supporters in Kosti on Monday as they prepared "
        "placards for a march."
    )
    events, _ = run(language, knowledge, body, every(body))
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_the_crowd_dispersed_after_a_riot_is_rioters(language, knowledge):
    body = (
        "Young men angry at fuel prices threw rocks at soldiers and torched a fuel station in "
        "Kosti on Monday. Troops fired into the air to disperse the crowd."
    )
    events, _ = run(language, knowledge, body, every(body))
    assert [(e.event_type, e.actor1) for e in events] == [("Riots", "Rioters (Sudan)")]


def test_a_denial_of_what_its_own_sentence_reports_is_no_event(language, knowledge):
    text = "The army denied reports that its artillery had shelled the village of Tawila."
    events, mentions = run(language, knowledge, text, every(text, "Tawila"))
    assert events == ()
    assert [m.factuality for m in mentions] == [Factuality.DISPUTED]
