"""One record per incident and no record for background (issue 13, items 5 and 6): one
invented example per rule of `events/merge.py` and of the non-event rules."""

from __future__ import annotations

import pytest

from _articles import every, place, run


# ---------------------------------------------------------------- one record per incident
def test_a_bombing_retold_with_other_words_is_one_event(language, knowledge):
    text = (
        "A bomb exploded outside the Hotel Miramar in Kassala on Tuesday night. "
        "Police said two guards were wounded. "
        "The explosion shattered windows of nearby shops in Kassala, and an investigation of "
        "the attack has begun."
    )
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert len(events) == 1
    assert events[0].event_type == "Explosions/Remote violence"


def test_a_retelling_at_a_place_inside_the_first_is_the_same_incident(language, knowledge):
    text = (
        "Gunmen shot dead a shopkeeper in Kassala on Tuesday. "
        "Witnesses said the attackers opened fire in the Souk district of Kassala."
    )
    places = every(text, "Kassala") + [
        *every(text, "Souk district", admin2="Kassala", parent="Kassala", feature="PPLX")
    ]
    events, _ = run(language, knowledge, text, places)
    assert len(events) == 1


def test_two_bombings_on_different_days_stay_apart(language, knowledge):
    text = (
        "A bomb exploded at a bank in Kassala on Monday. "
        "On Tuesday another bomb exploded at a fuel depot in Gedaref."
    )
    events, _ = run(language, knowledge, text, every(text, "Kassala") + every(text, "Gedaref"))
    assert sorted(e.location for e in events) == ["Gedaref", "Kassala"]


@pytest.mark.parametrize(
    "text",
    [
        # one verb, two parallel phrases of place
        "Two bombs exploded at a bank in Kassala and at a post office in Gedaref on Monday.",
        "A bomb exploded at a cinema in Kassala, and another in Gedaref, on Monday.",
        "Rebels set off bombs at a bank in Kassala and at a school in the town of Gedaref.",
        # two conjoined verbs, the second a generic word with a place and day of its own
        "Gunmen shot dead a judge in Kassala on Monday and killed a nurse in Gedaref on Tuesday.",
        "Gunmen shot dead a judge in Kassala and killed a nurse in Gedaref on Tuesday.",
    ],
)
def test_one_sentence_telling_two_attacks_at_two_places_gives_two(language, knowledge, text):
    events, _ = run(language, knowledge, text, every(text, "Kassala") + every(text, "Gedaref"))
    assert sorted(e.location for e in events) == ["Gedaref", "Kassala"]


def test_each_place_of_a_list_keeps_the_day_told_after_it(language, knowledge):
    text = "Bombs exploded at a bank in Kassala on Monday and at a school in Gedaref on Tuesday."
    events, _ = run(language, knowledge, text, every(text, "Kassala") + every(text, "Gedaref"))
    days = {e.location: e.event_date for e in events}
    assert days["Kassala"] < days["Gedaref"]


def test_the_second_verb_keeps_its_own_day(language, knowledge):
    text = "Gunmen shot dead a judge in Kassala on Monday and killed a nurse in Gedaref on Tuesday."
    events, _ = run(language, knowledge, text, every(text, "Kassala") + every(text, "Gedaref"))
    days = {e.location: e.event_date for e in events}
    assert days["Kassala"] < days["Gedaref"]
    assert [e.fatalities for e in events] == [1, 1]  # each act's own dead, not the sentence's


@pytest.mark.parametrize(
    "text",
    [
        # a second verb with no place or day of its own tells more of the same attack
        "Gunmen shot dead a judge in Kassala on Monday and killed his driver.",
        # officials of two places are no two settings
        "The governor of Kassala and the mayor of Gedaref condemned the bombing of a bank.",
    ],
)
def test_one_attack_with_a_second_verb_or_place_stays_one(language, knowledge, text):
    events, _ = run(language, knowledge, text, every(text, "Kassala") + every(text, "Gedaref"))
    assert len(events) == 1


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Bombs went off at a bank in Kassala on Monday.", 1),
        ("Several bombs went off in Kassala on Monday, damaging two shops.", 1),
        # "go" uses a weapon only as "go off"
        ("The missiles went to the rebels in Kassala.", 0),
    ],
)
def test_bombs_that_went_off(language, knowledge, text, count):
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert len(events) == count
    assert all(e.event_type == "Explosions/Remote violence" for e in events)


def test_a_clash_near_a_bombing_stays_a_clash_of_its_own(language, knowledge):
    text = (
        "A man threw a grenade into the courtyard of the Kassala prison on Monday night "
        "while inmates of two gangs fought each other."
    )
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert any(e.sub_event_type == "Grenade" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        # an opener of one more act
        "Rebels blew up a warehouse in Kassala on Monday. "
        "In addition, rebels blew up a lorry in a district north of Kassala.",
        # "another" on the thing that went off
        "A bomb exploded at a cafe in Kassala on Monday, wounding two waiters. "
        "Another bomb exploded near the bus station of Kassala.",
        # "also" with a day of its own
        "Gunmen burned a clinic in Kassala on Monday. "
        "A grain lorry was also blown up in Kassala two days ago.",
        # a toll after an opener is one more act's
        "Rebels blew up a bridge near Kassala on Monday night. "
        "In addition, three policemen were wounded during a rebel attack in Kassala.",
        # an opener before a weapon word: one more act, told on with "the attack"
        "Rebels blew up a lorry owned by a soft drinks firm on the main road of Kassala this "
        "morning. In addition, a ministry van was partly destroyed by a dynamite charge. The "
        "attack took place near the ministry building at 0900.",
    ],
)
def test_an_act_told_as_one_more_is_an_incident_of_its_own(language, knowledge, text):
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert len(events) == 2


@pytest.mark.parametrize(
    "text",
    [
        # another victim is the toll of the act told, no act of its own
        "A bomb exploded at a cafe in Kassala on Monday. One waiter died and another was wounded.",
        # "in addition to" opens no act of its own
        "A bomb exploded at a cafe in Kassala on Monday. In addition to the blast, shots were "
        "heard.",
        # an ordinal after "the" counts a series the act belongs to
        "Gunmen threw a grenade into a bar in Kassala on Saturday, killing two. It was the "
        "third grenade attack in Kassala this month.",
        # "also" with no place or day of its own tells more of the act before
        "Rebels blew up a bridge near Kassala on Monday. They also blew up a lorry.",
    ],
)
def test_more_of_the_same_act_is_no_act_of_its_own(language, knowledge, text):
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert len(events) == 1


def test_a_surname_retells_the_victim_of_a_full_name(language, knowledge):
    text = (
        "Gunmen shot dead the lawyer Juan Carlos Mendoza in Kassala on Monday. "
        "Police in Gedaref said the murder of Mendoza was planned."
    )
    events, _ = run(language, knowledge, text, every(text, "Kassala") + every(text, "Gedaref"))
    assert len(events) == 1


# ---------------------------------------------------------------- background, not news
@pytest.mark.parametrize(
    "text",
    [
        # a demand that violence stop
        "The bishop urged both sides to stop the killings of farmers in Kassala.",
        "The minister demanded that the militias stop kidnapping traders in Kassala.",
        # an act named as a charge or a means
        "Police in Kassala arrested a man for killing a money changer.",
        "The opposition said the governor kept power by murdering his critics in Kassala.",
        # a tally over time
        "Many brave journalists have been murdered in Kassala, the union said.",
    ],
)
def test_background_violence_is_no_event(language, knowledge, text):
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert [e for e in events if e.event_type != "Strategic developments"] == []


@pytest.mark.parametrize(
    "text",
    [
        # adjectives only describe the act cited: it is still a cause, a topic or a memory
        "The governor, who arrived in Kosti on Friday, said the police would soon find those "
        "responsible for the brutal massacre.",
        "Villagers fled Kosti on Friday because of the indiscriminate shelling.",
        "In Kosti on Friday, the bishop recalled the bloody bombing of the market.",
    ],
)
def test_an_act_cited_with_words_describing_it_is_no_event(language, knowledge, text):
    events, _ = run(language, knowledge, text, every(text, "Kosti"))
    assert [e for e in events if e.event_type != "Strategic developments"] == []


def test_an_act_that_only_dates_another_is_no_event(language, knowledge):
    text = (
        "Witnesses in Kosti said on Friday that soldiers were seen there hours before the massacre."
    )
    events, _ = run(language, knowledge, text, every(text, "Kosti"))
    assert events == ()


def test_an_act_told_then_used_as_a_time_mark_stays_one_event(language, knowledge):
    text = (
        "A bomb exploded at the market in Kosti on Monday, killing two people. "
        "Shortly after the explosion, police sealed off the area."
    )
    events, _ = run(language, knowledge, text, every(text, "Kosti"))
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]


@pytest.mark.parametrize(
    "text",
    [
        "On Friday in Kosti, the spokesman said troops were clearing the areas that were attacked.",
        "On Friday in Kosti, the union asked aid groups to protect the villages attacked by the "
        "militia.",
    ],
)
def test_places_named_by_what_befell_them_tell_no_event(language, knowledge, text):
    events, _ = run(language, knowledge, text, every(text, "Kosti"))
    assert events == ()


def test_places_attacked_on_a_day_are_still_an_event(language, knowledge):
    text = "Aid reached the villages attacked by the militia near Kosti on Friday."
    events, _ = run(language, knowledge, text, every(text, "Kosti"))
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_attacks_listed_across_many_places_are_a_summary(language, knowledge):
    text = "The rebels said the attacks were carried out in Kassala, Gedaref, Sennar and Kosti."
    places = [p for name in ("Kassala", "Gedaref", "Sennar", "Kosti") for p in every(text, name)]
    events, _ = run(language, knowledge, text, places)
    assert events == ()


@pytest.mark.parametrize(
    "text",
    [
        # the act itself, told as news, still counts
        "Gunmen killed a money changer in Kassala on Monday.",
        "After attacking the police post, the gunmen fled Kassala on Monday.",
        "The bombings in Kassala and Gedaref on Monday killed four people.",
    ],
)
def test_violence_told_as_news_is_still_an_event(language, knowledge, text):
    places = every(text, "Kassala") + every(text, "Gedaref")
    events, _ = run(language, knowledge, text, places)
    assert events


def test_a_crisis_that_exploded_is_no_bombing(language, knowledge):
    text = "A political crisis exploded in Kassala on Monday when the council was dissolved."
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert [e for e in events if e.event_type == "Explosions/Remote violence"] == []


def test_an_accusation_naming_the_victim_keeps_the_incident(language, knowledge):
    text = "The party accused the army of murdering Omar Hassan, its leader, in Kassala."
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert [e.event_type for e in events] == ["Violence against civilians"]


def test_killings_going_on_and_a_bombing_done_are_two_acts(language, knowledge):
    text = (
        "Militiamen are executing prisoners in the villages around Kassala, residents say. "
        "Earlier, army helicopters dropped barrel bombs on the market of Kassala."
    )
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    kinds = {e.event_type for e in events}
    assert {"Violence against civilians", "Explosions/Remote violence"} <= kinds


def test_a_shooting_retold_with_its_grenade_is_one_incident(language, knowledge):
    text = (
        "Gunmen shot dead two teachers at a school in Kassala on Monday. "
        "Police said the killers then hurled a grenade into a classroom of the school."
    )
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert len(events) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The bishop denounced murders, tortures and disappearances in Sudan.",
        "Two officers were charged with murder and kidnapping in Sudan.",
    ],
)
def test_kinds_of_violence_named_in_general_are_no_event(language, knowledge, text):
    places = every(text, "Sudan", feature="PCLI")
    events, _ = run(language, knowledge, text, places)
    assert [e for e in events if e.event_type != "Strategic developments"] == []


def test_a_kind_of_violence_avoided_stays_a_negated_mention(language, knowledge):
    text = "Chad has so far avoided getting into air battles with Sudan over Darfur."
    places = every(text, "Chad", feature="PCLI", country="Chad")
    places += every(text, "Sudan", feature="PCLI")
    events, mentions = run(language, knowledge, text, places)
    assert events == ()
    assert [m.factuality for m in mentions] == ["negated"]


def test_two_names_of_one_country_in_a_sentence_still_give_a_setting():
    from sitrep.events.setting import most_specific

    text = "Fighting spread across the DRC, which Kinshasa calls the Congo."
    country = {"feature": "PCLI", "country": "Democratic Republic of the Congo"}
    both = [place(text, "DRC", **country), place(text, "Congo", **country)]
    assert most_specific(both) == both


def test_a_bare_noun_at_a_town_is_still_an_event(language, knowledge):
    text = "Bomb attack on a bus in Kassala kills four passengers."
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert events


def test_where_a_bomb_went_off_is_its_target(language, knowledge):
    text = "A bomb exploded in front of a travel agency in Kassala on Monday."
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    targets = [ev.text for e in events for ev in e.evidence if ev.field == "target"]
    assert any("travel agency" in t for t in targets)
    assert "Kassala" not in targets  # a named place is where, not what


def test_one_undated_cue_across_three_towns_is_a_summary(language, knowledge):
    text = "Insurgents attacked the towns of Kassala, Gedaref and Sennar, the rebels said."
    places = [p for name in ("Kassala", "Gedaref", "Sennar") for p in every(text, name)]
    events, _ = run(language, knowledge, text, places)
    assert events == ()


def test_one_dated_cue_across_three_towns_stays_three_events(language, knowledge):
    text = "On Monday insurgents shot dead villagers in Kassala, Gedaref and Sennar."
    places = [p for name in ("Kassala", "Gedaref", "Sennar") for p in every(text, name)]
    events, _ = run(language, knowledge, text, places)
    assert len({e.location for e in events}) == 3


@pytest.mark.parametrize(
    "text",
    [
        "Police in Kassala found the rebels herding stolen cattle on Monday.",
        "Students in Kassala burned two flags and a coffin outside the embassy on Monday.",
    ],
)
def test_stolen_things_and_burned_signs_are_no_looting(language, knowledge, text):
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert [e for e in events if e.sub_event_type == "Looting/property destruction"] == []


def test_houses_burned_down_are_still_destroyed_property(language, knowledge):
    text = "Gunmen burned down twelve houses in Kassala on Monday."
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert events


def test_a_toll_told_before_a_second_verb_with_the_place_stays(language, knowledge):
    text = "On Monday gunmen killed 12 villagers and burned houses in Kassala."
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert [e.fatalities for e in events] == [12]


@pytest.mark.parametrize(
    ("sentence", "object_words", "expected"),
    [
        ("Gunmen killed Hector Oqueli in Kassala.", ("Oqueli",), {"hector", "oqueli"}),
        ("The bomb caused damage to a beer truck.", ("damage", "truck"), set()),
        ("GUNMEN KILLED HECTOR OQUELI AT THAT PLACE.", ("OQUELI", "PLACE"), {"oqueli"}),
    ],
)
def test_only_names_are_victim_words(language, knowledge, sentence, object_words, expected):
    # two tellings meet on a victim's name, never on a common noun ("the place", "damage")
    from sitrep.events.candidates import _victims

    (doc,) = language.parse([sentence])
    heads = [t for t in doc if t.text.upper() in {w.upper() for w in object_words}]
    assert set(_victims(heads, knowledge)) == expected


def test_a_town_and_its_province_named_after_it_are_one_place(language, knowledge):
    # the province's bare name may resolve to a town of that name: still the town's province
    text = "A grenade exploded outside a market in Kassala, Gedaref province, on Tuesday."
    places = every(text, "Kassala", admin1="East", admin2="Gedaref") + every(
        text, "Gedaref", admin1="Centre", admin2="Gedaref Town"
    )
    events, _ = run(language, knowledge, text, places)
    assert len(events) == 1


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Students threw stones at police lines in Kassala on Thursday. "
            "Officers answered with tear gas; four of them were hurt in the clashes.",
            "Riots",
        ),
        (
            "Gunmen raided a village near Kassala on Tuesday and shot dead five men. "
            "The attackers also set fire to two houses.",
            "Violence against civilians",
        ),
    ],
)
def test_a_part_told_after_the_incident_joins_it(language, knowledge, text, kind):
    # "the clashes" of a riot are the riot; houses burned in a raid are the raid
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert [e.event_type for e in events] == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Gang members raped five women in Kassala on Monday during a week of fighting "
            "between rival gangs, a rights group said.",
            "Sexual violence",
        ),
        (
            "Soldiers executed 30 men in Kassala on Monday after taking control of the village.",
            "Attack",
        ),
        (
            "Settlers set fire to four cars in Kassala on Monday night after residents fled.",
            "Looting/property destruction",
        ),
    ],
)
def test_a_circumstance_of_the_act_is_no_event_of_its_own(language, knowledge, text, kind):
    # the report codes the act; "during the fighting", "after taking the village" set it
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert [e.sub_event_type for e in events] == [kind]


def test_a_circumstance_on_a_day_of_its_own_stays_an_event(language, knowledge):
    text = "Gunmen shot dead two traders in Kassala on Monday, after clashes there on Saturday."
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert len(events) == 2


def test_armed_violence_behind_an_arrest_stays_an_event(language, knowledge):
    text = "Police arrested a young man in Kassala on Monday after he shot dead a shopkeeper."
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert sorted(e.sub_event_type for e in events) == ["Arrests", "Attack"]


@pytest.mark.parametrize(
    "text",
    [
        # the generic act word an arrest answers, hidden by the arrest's own cue
        "Police detained three youths in Kassala on Monday following the armed attack on the "
        "customs post there, where six guards were killed.",
        # pointed back at, but named by its victim: that very incident
        "Police detained three youths in Kassala on Monday in connection with the attack on "
        "magistrate Yusuf Karrar.",
        "Police detained three youths in Kassala on Monday in connection with the murder of "
        "magistrate Yusuf Karrar.",
    ],
)
def test_the_armed_act_behind_an_arrest_is_told_too(language, knowledge, text):
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert "Arrests" in [e.sub_event_type for e in events]
    acts = [e for e in events if e.event_type in ("Violence against civilians", "Battles")]
    assert acts
    # the captors are not the doers of the act their arrest answers
    assert all(not (e.actor1 or "").startswith("Police") for e in acts)


@pytest.mark.parametrize(
    "text",
    [
        "Police detained three youths in Kassala on Monday in connection with the attack.",
        "Police detained three youths in Kassala on Monday in connection with the attack on "
        "Kassala.",
        "Police detained three youths in Kassala on Monday suspected of stabbing a trader.",
        # a group named as the target points back at an act told elsewhere, as a place does
        "Police detained three youths in Kassala on Monday in retaliation for the attack on Hamas.",
        # the captors' own raid is no act the arrest answers
        "Police detained three youths in a dawn raid on a house in Kassala on Monday.",
    ],
)
def test_an_arrest_pointing_back_at_an_unnamed_act_stays_alone(language, knowledge, text):
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_a_protest_retold_after_it_was_fired_on_is_the_same_protest(language, knowledge):
    # "the protest had been peaceful": the same protest, coded by what was done to it
    text = (
        "Police fired live rounds at people marching against fuel prices in Kassala on "
        "Monday, killing four. The protest had been peaceful until police arrived."
    )
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]


def test_a_headline_of_a_kind_the_riot_takes_in_sums_it_up(language, knowledge):
    # "protest" in the headline, stones and burning tyres in the body: one violent protest
    title = "Students protest in Kassala"
    body = (
        "Students blocked the roads into Kassala with burning tyres on Thursday and threw "
        "stones at police."
    )
    places = every(f"{title}\n\n{body}", "Kassala")
    events, _ = run(language, knowledge, body, places, title=title)
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


# ---------------------------------------------------------------- passing mentions
def test_a_passing_mention_beside_a_full_incident_is_no_record(language, knowledge):
    # the cousin's kidnapping is only mentioned: no place, day, doer or toll of its own
    text = (
        "Gunmen shot dead a trader in Kassala on Tuesday. "
        "His brother said that a cousin had been kidnapped as well."
    )
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_a_report_whose_only_act_is_barely_told_keeps_it(language, knowledge):
    text = "Relatives said a trader was kidnapped while driving home, and asked for help."
    events, _ = run(language, knowledge, text, [])
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]


# ---------------------------------------------------------------- one record per victim
@pytest.mark.parametrize(
    "text",
    [
        # two killings in one city on one day, each of a named person
        "Gunmen shot dead the judge Amir Tawfiq in Kassala on Monday. "
        "Hours later gunmen killed the lawyer Salah Idris in Kassala.",
        # the second told by an event noun: it names its own victim
        "Gunmen shot dead the judge Amir Tawfiq in Kassala on Monday. "
        "The murder of Salah Idris, a lawyer, followed hours later in Kassala.",
        # a retelling word ("the killing") that names another victim tells another act
        "Gunmen shot dead the judge Amir Tawfiq in Kassala on Monday. "
        "Residents also reported the killing of Salah Idris, a lawyer, in Kassala.",
        # two people sharing a given name are two victims
        "Gunmen shot dead the lawyer Juan Carlos Mendoza in Kassala on Monday. "
        "On Friday, gunmen shot dead the judge Carlos Ibarra Ortega in Kassala.",
    ],
)
def test_acts_on_two_named_victims_are_two_incidents(language, knowledge, text):
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert len(events) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Armed men seized the mayor Omar Hassan in Kassala on Monday. "
        "Hassan was shot dead by his captors on Friday.",
        "Gunmen abducted the trader Salah Idris in Kassala on Monday. "
        "The murder of Idris was confirmed by his family on Thursday.",
    ],
)
def test_a_kidnapping_and_the_captives_killing_are_two_events(language, knowledge, text):
    # ACLED codes the abduction, and the violence done in captivity as an attack of its own
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert sorted(e.sub_event_type for e in events) == ["Abduction/forced disappearance", "Attack"]


def test_the_same_named_victim_told_twice_is_one_incident(language, knowledge):
    text = (
        "Gunmen shot dead the judge Amir Tawfiq in Kassala on Monday. "
        "The murder of Tawfiq was condemned by the bar association."
    )
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert len(events) == 1


# ---------------------------------------------------------------- a blast's damage, or arson
def test_property_burned_in_a_telling_of_its_own_after_a_bombing_is_another_act(
    language, knowledge
):
    text = (
        "A bomb exploded at a bank in Kassala on Monday. "
        "Hours later, unidentified men set fire to a bus in Kassala."
    )
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert sorted(e.sub_event_type for e in events) == [
        "Looting/property destruction",
        "Remote explosive/landmine/IED",
    ]


def test_what_the_blast_destroyed_is_its_damage(language, knowledge):
    text = (
        "A bomb exploded at a bank in Kassala on Monday, wounding two guards. "
        "The blast destroyed three shops nearby."
    )
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]


# ---------------------------------------------------------------- who is no other doer
@pytest.mark.parametrize(
    "text",
    [
        "The government of Sudan on Tuesday condemned the assassination of a district official "
        "in Kassala. Police said militiamen of the Rapid Support Forces shot him outside his "
        "home in Kassala on Tuesday.",
        "The government of Sudan condemned the murder of a teacher in Kassala on Tuesday. "
        "Police said fighters of the Rapid Support Forces had killed the teacher in Kassala "
        "on Tuesday.",
    ],
)
def test_a_government_denouncing_the_act_is_no_other_doer(language, knowledge, text):
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert [e.actor1 for e in events] == ["Rapid Support Forces"]


def test_two_armed_doers_at_one_place_and_day_stay_two_incidents(language, knowledge):
    text = (
        "Soldiers of the Sudanese army shot dead a farmer in Kassala on Tuesday. "
        "In Kassala on Tuesday, fighters of the Rapid Support Forces also killed a trader."
    )
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert len(events) == 2


def test_an_unidentified_doer_is_no_other_doer_of_the_same_act(language, knowledge):
    text = (
        "Unknown gunmen shot dead a trader in Kassala on Tuesday. "
        "Witnesses said soldiers had killed the trader in Kassala on Tuesday."
    )
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert len(events) == 1


def test_an_unidentified_doer_on_another_day_stays_apart(language, knowledge):
    text = (
        "A trader was shot dead at his stall in Kassala by two men on a motorbike, police "
        "said. Soldiers shot dead three farmers near Kassala last month."
    )
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert sorted(e.actor1 for e in events) == [
        "Military Forces of Sudan (2019-)",
        "Unidentified Armed Group (Sudan)",
    ]


# ---------------------------------------------------------------- a country said in passing
ERITREA = {"feature": "PCLI", "country": "Eritrea"}


def test_a_country_named_in_passing_on_the_day_is_no_scene_of_its_own(language, knowledge):
    text = (
        "Gunmen shot dead a judge outside his home in Kassala on Tuesday. "
        "The only witness to the killing was flown to Eritrea on Tuesday."
    )
    places = every(text, "Kassala") + every(text, "Eritrea", **ERITREA)
    events, _ = run(language, knowledge, text, places)
    assert [e.location for e in events] == ["Kassala"]


def test_an_attack_in_another_country_on_a_day_of_its_own_stays_apart(language, knowledge):
    text = (
        "A woman carrying explosives blew herself up at a market near Kassala early in the "
        "morning, killing three traders, officials said. Last week a similar attack across "
        "the border in Eritrea killed two people."
    )
    places = every(text, "Kassala") + every(text, "Eritrea", **ERITREA)
    events, _ = run(language, knowledge, text, places)
    assert sorted(e.location for e in events) == ["Eritrea", "Kassala"]


# ---------------------------------------------------- kinds of acts: no occasion told
@pytest.mark.parametrize(
    "text",
    [
        "In Kassala, the governor said the town had been the target of bloody terrorist attacks.",
        "In Kassala, elders met the envoy and complained of indiscriminate bombings.",
        "In Kassala, the court heard that the accused is wanted abroad for alleged terrorist "
        "activities.",
    ],
)
def test_a_bare_plural_act_with_no_time_place_or_number_is_a_kind(language, knowledge, text):
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert events == ()


@pytest.mark.parametrize(
    "text",
    [
        "Heavy bombings continued today in the northern quarters of Kassala.",
        "The air force kept bombing Kassala on Monday, killing six civilians.",
        "Rebels who have kidnapped two engineers near Kassala this week demanded a ransom.",
    ],
)
def test_an_act_with_its_own_time_or_place_stays_an_event(language, knowledge, text):
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert events


# ---------------------------------------------------- one group under two of its names
COLOMBIA = {"country": "Colombia", "latitude": 7.0, "longitude": -71.0, "feature": "PPL"}


@pytest.mark.parametrize(
    "text",
    [
        "The Army of National Liberation kidnapped the mayor of Saravena on Saturday.",
        "Rebels of the Army of National Liberation blew up the oil pipeline near Saravena on "
        "Saturday.",
    ],
)
def test_the_eln_under_its_name_in_full_is_no_state_army(language, knowledge, text):
    events, _ = run(language, knowledge, text, every(text, "Saravena", **COLOMBIA))
    assert [e.actor1 for e in events] == ["ELN: National Liberation Army"]


# ---------------------------------------------------- a toll told before the act behind it
def test_a_death_told_before_the_shooting_behind_it_is_one_incident(language, knowledge):
    text = (
        "A driver died in hospital in Kosti on Tuesday. "
        "He had been shot by gunmen outside his house in Kosti on Monday night."
    )
    events, _ = run(language, knowledge, text, every(text, "Kosti"))
    assert [(e.event_date, e.fatalities) for e in events] == [("2024-03-04", 1)]


@pytest.mark.parametrize(
    "text",
    [
        # another victim named in the act
        "Ali Musa died in hospital in Kosti on Tuesday. "
        "Gunmen shot Omar Hassan outside his house in Kosti on Monday night.",
        # an act weeks before the death: no wound a coder would tie to it
        "A farmer died in hospital in Kosti on Tuesday. "
        "He had been shot by gunmen outside his house in Kosti on 20 February.",
    ],
)
def test_a_death_and_an_act_on_another_victim_or_long_before_stay_apart(language, knowledge, text):
    events, _ = run(language, knowledge, text, every(text, "Kosti"))
    assert len(events) == 2


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The bishop of Kosti on Wednesday condemned the murder of a teacher. "
            "The teacher was shot dead by gunmen outside a school in Kosti on Monday.",
            "2024-03-04",
        ),
        (
            "On Wednesday the union protested the assassination of a trade unionist in Kosti. "
            "Gunmen killed the unionist in Kosti on Sunday night.",
            "2024-03-03",
        ),
    ],
)
def test_an_act_dated_only_by_a_comment_on_it_is_the_act_told_with_its_day(
    language, knowledge, text, day
):
    events, _ = run(language, knowledge, text, every(text, "Kosti"))
    assert [e.event_date for e in events] == [day]


@pytest.mark.parametrize(
    "text",
    [
        # two acts on the report's day and before it, a comment on neither
        "Gunmen launched an attack on a school in Kosti on Wednesday. "
        "Gunmen killed a teacher in Kosti on Monday.",
        # the comment's act is later than the act told with its day: another one
        "The bishop of Kosti on Sunday condemned the murder of a teacher. "
        "A nurse was shot dead by gunmen in Kosti on Monday.",
        # told as one more act
        "The bishop on Wednesday condemned the murder of a teacher in Kosti. "
        "Another teacher was shot dead by gunmen in Kosti on Monday.",
    ],
)
def test_an_act_with_its_own_day_and_another_act_stay_apart(language, knowledge, text):
    events, _ = run(language, knowledge, text, every(text, "Kosti"))
    assert len(events) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Rebels shelled the town of Kosti this week. The shelling of Kosti on Monday killed "
        "four people.",
        "Gunmen attacked a police post in Kosti this week. Police said the gunmen attacked the "
        "post on Monday, killing two officers.",
    ],
)
def test_one_incident_told_this_week_and_on_a_day_takes_the_day(language, knowledge, text):
    events, _ = run(language, knowledge, text, every(text, "Kosti"))
    assert [(e.event_date, e.time_precision) for e in events] == [("2024-03-04", 1)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The government today condemned the car bomb attack on the offices of a trade union "
            "in Kosti. A bomb exploded at the union offices in Kosti on Monday, killing three "
            "people.",
            "2024-03-04",
        ),
        (
            "The bishop of Kosti today condemned the grenade attack on a church. Gunmen threw a "
            "grenade into the church in Kosti on Sunday, wounding four worshippers.",
            "2024-03-03",
        ),
    ],
)
def test_a_comment_on_an_attack_named_with_its_weapon_is_the_act_told_with_its_day(
    language, knowledge, text, day
):
    events, _ = run(language, knowledge, text, every(text, "Kosti"))
    assert [e.event_date for e in events] == [day]


@pytest.mark.parametrize(
    "text",
    [
        "Yesterday the lawyer Maria Duarte made statements before the court regarding the "
        "murder of the Kosti teachers. Duarte said she visited the school after the murder. "
        "The teachers were killed in Kosti on 1 March.",
        "On Tuesday the lawyer Maria Duarte testified about the killing of the Kosti teachers. "
        "Duarte told the judge what she saw after the killing. Gunmen killed the teachers in "
        "Kosti on 1 March.",
    ],
)
def test_a_witness_speaking_of_the_act_is_no_doer_and_no_day(language, knowledge, text):
    events, _ = run(language, knowledge, text, every(text, "Kosti"))
    assert [e.event_date for e in events] == ["2024-03-01"]
    assert "Duarte" not in events[0].actor1


@pytest.mark.parametrize(
    "text",
    [
        "The Kosti Free Legion on Tuesday shot dead a judge in Kosti. On 1 March gunmen killed "
        "two teachers in Kosti.",
        "The Kosti Free Legion on Tuesday killed a judge in Kosti. The Legion said the attack "
        "was a warning. On 1 March gunmen killed two teachers in Kosti.",
        "A group calling itself the Kosti Free Legion on Tuesday claimed the bomb attack that "
        "killed a judge in Kosti today. Last week a bomb damaged the house of the mayor of Kosti.",
    ],
)
def test_a_group_unknown_to_the_actor_list_doing_the_act_is_its_doer(language, knowledge, text):
    events, _ = run(language, knowledge, text, every(text, "Kosti"))
    assert len(events) == 2


def _drafts_of(language, knowledge, monkeypatch, text):
    """The drafts of an invented article on their way into the merge."""
    import sitrep.events as events

    caught: list = []
    real = events.name_sides

    def catch(*args, **kwargs):
        caught[:] = real(*args, **kwargs)
        return list(caught)

    monkeypatch.setattr(events, "name_sides", catch)
    run(language, knowledge, text, every(text, "Kosti"))
    return caught


def test_the_arrested_men_after_their_arrest_is_no_new_incident(language, knowledge, monkeypatch):
    from dataclasses import replace

    from sitrep.events.merge import merge_drafts

    text = (
        "Police arrested an army captain in Kosti on 25 February. "
        "The general asked the prosecutor to protect the arrested men."
    )
    act, told = _drafts_of(language, knowledge, monkeypatch, text)
    assert told.named_done and not act.named_done
    # told later on the report's day, "the men" read as civilians: still that arrest
    captain = replace(act.actor2, name="Military Forces of Sudan", kind="military", side="state")
    act = replace(act, actor2=replace(captain, generic=True, default=False))
    men = replace(captain, name="Civilians (Sudan)", kind="civilians", side="unarmed")
    later = replace(told, date="2024-03-06", actor2=men)
    assert len(merge_drafts([act, later])) == 1


def test_a_lone_participle_still_tells_its_act(language, knowledge):
    # no arrest is told before "the arrested men": the participle is the only telling
    text = "Police in Kosti said on Monday that the arrested men belonged to a smuggling ring."
    events, _ = run(language, knowledge, text, every(text, "Kosti"))
    assert [e.sub_event_type for e in events] == ["Arrests"]


@pytest.mark.parametrize(
    ("text", "first", "known", "where"),
    [
        # a hamlet named with the town it lies in, which the gazetteer does not tie to it
        (
            "Rebels clashed with soldiers in the hamlet of Wad Hamid, Kosti, on Monday.",
            "Wad Hamid",
            True,
            "Wad Hamid",
        ),
        # a hamlet the gazetteer lacks stands at its town
        (
            "Gunmen killed two herders on the farm of Umm Sunta, Kosti.",
            "Umm Sunta",
            False,
            "Kosti",
        ),
    ],
)
def test_a_place_and_the_town_it_lies_in_are_one_scene(
    language, knowledge, text, first, known, where
):
    unknown = {} if known else {"latitude": None, "longitude": None}
    places = [place(text, first, **unknown), place(text, "Kosti")]
    events, _ = run(language, knowledge, text, places)
    assert [e.location for e in events] == [where]


def test_two_towns_listed_with_and_stay_two_scenes(language, knowledge):
    text = "Rebels clashed with soldiers in Rabak and Kosti on Monday."
    events, _ = run(language, knowledge, text, [place(text, "Rabak"), place(text, "Kosti")])
    assert sorted(e.location for e in events) == ["Kosti", "Rabak"]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels have set off more than 300 bombs in Kosti, killing at least 150 people.",
        "The security forces have arrested more than 400 students in Kosti.",
    ],
)
def test_a_count_in_the_hundreds_in_the_present_perfect_is_a_tally(language, knowledge, text):
    events, _ = run(language, knowledge, text, every(text, "Kosti"))
    assert events == ()


def test_one_act_with_a_toll_in_the_hundreds_stays_an_event(language, knowledge):
    text = "A bomb has killed 130 people in a market in Kosti."
    events, _ = run(language, knowledge, text, every(text, "Kosti"))
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]
