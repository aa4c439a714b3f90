"""Actors, fatalities, merging, mentions, capitals and evidence of the events stage."""

from __future__ import annotations

import pytest

from _articles import ANCHOR, events_in, run
from _articles import place as town
from sitrep.events._lexicon import plurals
from sitrep.events.actors import Actor, actor_name, find_actor_mentions, named_for_country
from sitrep.events.fatalities import count_fatalities
from sitrep.events.notes import fill_template
from sitrep.model import Event, Factuality, Place

SYRIA = {"country": "Syria", "latitude": 35.0, "longitude": 37.0}


def place(text: str, name: str, nth: int = 0, **fields) -> Place:
    """A town of Syria unless `fields` say otherwise."""
    return town(text, name, nth, **(SYRIA | fields))


def names(
    language, knowledge, sentence: str, country: str | None, when: str | None = ANCHOR.date
) -> list[str]:
    doc = language.parse([sentence])[0]
    mentions = find_actor_mentions(doc[:], knowledge.actors)
    return [actor_name(m, country, knowledge.actors, when) for m in mentions]


# ---------------------------------------------------------------- actors
@pytest.mark.parametrize(
    ("sentence", "country", "expected"),
    [
        ("The Syrian army advanced.", None, "Military Forces of Syria (2000-2024)"),
        ("Regime forces advanced.", "Syria", "Military Forces of Syria (2000-2024)"),
        ("The Assad regime denied it.", None, "Military Forces of Syria (2000-2024)"),
        ("Pro-government forces advanced.", "Syria", "Military Forces of Syria (2000-2024)"),
        ("Russian fighter jets flew over.", "Syria", "Military Forces of Russia (2000-)"),
        ("The Iraqi army advanced.", None, "Military Forces of Iraq (2022-)"),
        ("ISIS fighters withdrew.", "Iraq", "Islamic State (Iraq)"),
        ("Daesh fighters withdrew.", "Syria", "Islamic State (Syria)"),
        ("Hezbollah fighters withdrew.", "Syria", "Hezbollah"),
        ("Rebels withdrew.", "Syria", "Opposition Rebels (Syria)"),
        ("Unidentified gunmen fled.", "Nigeria", "Unidentified Armed Group (Nigeria)"),
        ("Protesters gathered.", "Sudan", "Protesters (Sudan)"),
        ("Police dispersed them.", "Nigeria", "Police Forces of Nigeria (2023-)"),
        ("Villagers fled.", "Mali", "Civilians (Mali)"),
        ("The FMLN claimed it.", "El Salvador", "FMLN: Farabundo Marti National Liberation Front"),
        ("Hizballah fighters withdrew.", "Lebanon", "Hezbollah"),
    ],
)
def test_actor_names_are_normalised(language, knowledge, sentence, country, expected):
    assert expected in names(language, knowledge, sentence, country)


def test_unseen_country_builds_names_from_the_template(language, knowledge):
    found = names(language, knowledge, "Gambian soldiers and Gambian police arrived.", "Kenya")
    assert found == ["Military Forces of Gambia", "Police Forces of Gambia"]


def test_demonym_outranks_the_event_country(language, knowledge):
    assert names(language, knowledge, "Turkish troops crossed.", "Syria") == [
        "Military Forces of Turkey (2002-)"
    ]


@pytest.mark.parametrize(
    ("sentence", "country", "expected"),
    [
        # a generic word that is one group's name in one country, elsewhere generic
        ("Separatist fighters torched a clinic.", "Cameroon", "Ambazonian Separatists"),
        ("Separatist fighters torched a clinic.", "Kenya", "Unidentified Armed Group (Kenya)"),
        ("Insurgents raided the village.", "Mozambique", "Islamic State (Mozambique)"),
        ("Insurgents raided the village.", "Thailand", "Unidentified Armed Group (Thailand)"),
        ("Southern separatists seized the port.", "Yemen", "STC: Southern Transitional Council"),
        # a group's local branch under ACLED's name for it
        ("Al-Qaeda gunmen stormed it.", "Yemen", "AQAP: Al Qaeda in the Arabian Peninsula"),
        ("Al-Qaeda gunmen stormed it.", "Mali", "JNIM: Group for Support of Islam and Muslims"),
        ("Islamic State fighters hit it.", "Nigeria", "Islamic State West Africa Province (ISWAP)"),
        ("Islamic State fighters stormed a camp.", "Pakistan", "Islamic State (Pakistan)"),
        ("Maoist guerrillas burned a bulldozer.", "Philippines", "NPA: New People's Army"),
        # no generic rebel or militia actor in ACLED
        ("Rebels shelled the town.", "Chad", "Unidentified Armed Group (Chad)"),
        ("A militia burned the huts.", "Somalia", "Unidentified Clan Militia (Somalia)"),
        ("A militia burned the huts.", "Ghana", "Unidentified Communal Militia (Ghana)"),
    ],
)
def test_words_and_groups_take_acled_names_by_country(
    language, knowledge, sentence, country, expected
):
    assert names(language, knowledge, sentence, country) == [expected]


def test_a_state_unit_is_named_after_its_state(language, knowledge):
    found = names(language, knowledge, "The Revolutionary Guards fired.", None, "2024-01-16")
    assert found == ["Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps"]
    found = names(language, knowledge, "Hashd al-Shaabi units moved in.", None, "2023-05-02")
    assert found == ["Military Forces of Iraq (2022-) Popular Mobilization Forces"]
    found = names(language, knowledge, "Frontier Corps troops returned.", None, "2021-02-01")
    assert found == ["Military Forces of Pakistan (2018-2022) Frontier Corps"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gunmen loyal to the Rapid Support Forces looted the depot.", "Rapid Support Forces"),
        ("Fighters of Al-Shabaab overran the base.", "Al Shabaab"),
        ("Troops belonging to the Sudanese army withdrew.", "Military Forces of Sudan (2019-)"),
    ],
)
def test_armed_men_of_a_named_group_are_that_group(language, knowledge, sentence, expected):
    assert names(language, knowledge, sentence, "Sudan") == [expected]


def test_forces_of_a_country_own_the_weapon_of_their_kind(language, knowledge):
    text = "Egyptian troops fired artillery at smugglers near Rafah on Tuesday."
    events, _ = run(language, knowledge, text, [place(text, "Rafah", country="Egypt")])
    assert events[0].actor1 == "Military Forces of Egypt (2014-)"


def test_a_bomber_from_a_group_is_that_group(language, knowledge):
    text = "A suicide bomber from Al-Shabaab blew himself up at a tea shop in Baidoa on Monday."
    events, _ = run(language, knowledge, text, [place(text, "Baidoa", country="Somalia")])
    assert events[0].actor1 == "Al Shabaab"


def test_a_bombs_target_is_the_force_named_not_the_dead_counted(language, knowledge):
    # the doer is named, and the dead are only "people": the patrol named is the target
    text = (
        "A landmine laid by suspected insurgents blew up as an army convoy drove past near "
        "Kismayo on Monday, killing four people."
    )
    events, _ = run(language, knowledge, text, [place(text, "Kismayo", country="Somalia")])
    assert events[0].actor2 == "Military Forces of Somalia (2022-)"


def test_a_bombs_target_force_comes_before_the_civilians_hit_with_it(language, knowledge):
    text = (
        "A suicide bomber blew himself up among shoppers beside a police checkpoint in Baidoa "
        "on Friday, killing nine people, most of them policemen."
    )
    events, _ = run(language, knowledge, text, [place(text, "Baidoa", country="Somalia")])
    assert events[0].actor2 == "Police Forces of Somalia (2022-)"


def test_the_side_that_left_the_ground_is_actor2(language, knowledge):
    text = (
        "Somali troops moved back into Bulo Burde on Tuesday after fighters of Al-Shabaab "
        "pulled out under a truce brokered by clan elders."
    )
    events, _ = run(language, knowledge, text, [place(text, "Bulo Burde", country="Somalia")])
    assert events[0].actor1 == "Military Forces of Somalia (2022-)"
    assert events[0].actor2 == "Al Shabaab"


def test_the_other_side_named_in_a_taking_gives_no_ground_unless_told(language, knowledge):
    # the army fought the rebels who seized the town; none told to give it up is its holder
    text = (
        "M23 rebels took control of Nyanzale on Friday after a day of fighting with the army "
        "and allied militias, residents and a local official said."
    )
    events, _ = run(language, knowledge, text, [place(text, "Nyanzale", country=DRC_)])
    assert events[0].actor2 != "Unidentified Communal Militia (Democratic Republic of Congo)"


def test_a_speaker_ending_the_sentence_is_no_side_however_parsed(language, knowledge):
    text = (
        "Two men on a motorbike threw a grenade at a pharmacy in Esmeraldas on Friday, "
        "wounding the owner and a customer, police in the province said."
    )
    events, _ = run(language, knowledge, text, [place(text, "Esmeraldas", country="Ecuador")])
    assert events[0].actor2 == "Civilians (Ecuador)"


DRC_ = "Democratic Republic of Congo"


def test_a_crowd_bombed_is_civilians_not_rioters(language, knowledge):
    text = "Army jets bombed a crowd at a cattle market in Kobani on Monday, killing 12 people."
    events, _ = run(language, knowledge, text, [place(text, "Kobani")])
    assert events[0].actor2 == "Civilians (Syria)"


def test_police_firing_on_a_march_face_the_crowd_not_themselves(language, knowledge):
    title = "Nurse shot dead by police in Mombasa"
    text = (
        "Police opened fire on nurses protesting against unpaid wages outside the county "
        "offices in Mombasa on Tuesday, killing a nurse who stood in front of them, "
        "witnesses said."
    )
    places = [place(text, "Mombasa", country="Kenya")]
    events, _ = run(language, knowledge, text, places, title=title)
    force = [e for e in events if e.sub_event_type == "Excessive force against protesters"]
    assert force and force[0].actor1 != force[0].actor2


def test_a_woman_who_bombs_is_an_armed_group_not_a_civilian(language, knowledge):
    text = "A woman blew herself up at a bus stop in Maiduguri on Friday, killing three traders."
    events, _ = run(language, knowledge, text, [place(text, "Maiduguri", country="Nigeria")])
    assert events[0].actor1 == "Unidentified Armed Group (Nigeria)"
    assert events[0].actor2 == "Civilians (Nigeria)"


@pytest.mark.parametrize(
    ("sentence", "when", "expected"),
    [
        ("Bolivian soldiers fired.", "2019-10-25", "Military Forces of Bolivia (2006-2019)"),
        ("Bolivian soldiers fired.", "1990-03-02", "Military Forces of Bolivia (1989-1993)"),
        ("Nigerian police fired.", "2021-04-18", "Police Forces of Nigeria (2015-2023)"),
        ("Nigerian police fired.", "2023-06-01", "Police Forces of Nigeria (2023-)"),
        (
            "Philippine troops fired.",
            "2021-03-21",
            "Military Forces of the Philippines (2016-2022)",
        ),
        ("Syrian troops fired.", "2025-02-01", "Military Forces of Syria (2024-)"),
        ("Syrian troops fired.", None, "Military Forces of Syria"),  # no date: no period
    ],
)
def test_state_forces_carry_the_period_of_the_events_date(
    language, knowledge, sentence, when, expected
):
    assert names(language, knowledge, sentence, None, when) == [expected]


def test_a_thing_named_with_an_actor_word_is_no_actor(language, knowledge):
    sentence = "The blast set fire to three fuel tanks and a think tank's office."
    assert names(language, knowledge, sentence, "Yemen") == []


def test_adjective_use_of_a_generic_word_is_no_actor(language, knowledge):
    assert names(language, knowledge, "It was a great military achievement.", "Syria") == []


def test_associated_actor_named_alongside(language, knowledge):
    text = "Government forces, backed by Hezbollah fighters, executed five men in Qusayr."
    events, _ = run(language, knowledge, text, [place(text, "Qusayr")])
    (event,) = events
    assert event.actor1 == "Military Forces of Syria (2000-2024)"
    assert event.assoc_actor_1 == "Hezbollah"


def test_unknown_named_group_keeps_its_surface_name(language, knowledge):
    text = "The Ansar Dine Brigade kidnapped two engineers near Gao on Monday."
    events, _ = run(language, knowledge, text, [place(text, "Gao", country="Mali")])
    (event,) = events
    assert event.actor1 and "Ansar Dine" in event.actor1


# ---------------------------------------------------------------- fatalities
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A car bomb killed at least 82 people in the market.", 82),
        ("Dozens of civilians were killed and hundreds were wounded.", 12),
        ("More than a hundred fighters died in the battle.", 100),
        ("Two soldiers were killed and seven others were wounded.", 2),
        ("Between 10 and 15 villagers were found dead.", 10),
        ("Militants killed several villagers.", 10),
        ("Gunmen killed villagers in the night.", 10),
        ("Hundreds of people were killed in the raid.", 100),
        ("Five people were wounded in the attack.", 0),
        ("The blast left 4 people dead and 20 injured.", 4),
        ("The attack caused no casualties.", 0),
        ("Thirty-two fighters were killed on 12 December.", 32),
        ("Some 3,000 people were displaced and two were killed.", 2),
        ("TWO PEASANTS WERE KILLED BY THE GUERRILLAS.", 2),
        ("A shopkeeper was shot dead at 2145 yesterday outside his store.", 1),
        ("A JUDGE WAS MURDERED AT 0730 THIS MORNING IN HIS CAR.", 1),
        ("Officials put the toll at 1200 dead.", 1200),
    ],
)
def test_fatalities_lowest_figure_of_killed_only(language, knowledge, sentence, expected):
    doc = language.parse([sentence])[0]
    assert count_fatalities(doc[:], knowledge.numbers).count == expected


def test_merged_fatalities_take_the_largest_report_not_the_sum(language, knowledge):
    text = (
        "An air strike hit a market in Saraqib on Tuesday, killing 12 people. "
        "The air strike on the market killed at least 15 people, medics said later."
    )
    events, _ = run(language, knowledge, text, [place(text, "Saraqib")])
    (event,) = events
    assert event.fatalities == 15


# ---------------------------------------------------------------- merging
def test_three_sentences_about_one_strike_make_one_event(language, knowledge):
    text = (
        "Russian warplanes carried out an air strike on a hospital in Kafr Nabl on Tuesday. "
        "The air strike destroyed the emergency ward. "
        "Doctors said the airstrike was the third on the hospital this year."
    )
    events, _ = run(language, knowledge, text, [place(text, "Kafr Nabl")])
    (event,) = events
    assert event.sub_event_type == "Air/drone strike"
    ends = [text.index(". ") + 1, text.index(". ", text.index(". ") + 1) + 1, len(text)]
    sentences = {
        next(i for i, end in enumerate(ends) if e.start < end)
        for e in event.evidence
        if e.field == "event_type"
    }
    assert sentences == {0, 1, 2}


def test_two_places_in_one_sentence_make_two_events(language, knowledge):
    text = "Government helicopters dropped barrel bombs on Daraya and Douma on Sunday."
    places = [place(text, "Daraya"), place(text, "Douma", latitude=33.57)]
    events, _ = run(language, knowledge, text, places)
    assert sorted(e.location for e in events) == ["Daraya", "Douma"]


def test_district_is_preferred_over_its_city(language, knowledge):
    text = "Troops retook the al-Ansari district of Aleppo from rebels on Monday."
    places = [
        place(text, "al-Ansari", parent="Aleppo", feature="PPLX"),
        place(text, "Aleppo", feature="PPLA"),
    ]
    (event,) = run(language, knowledge, text, places)[0]
    assert event.location == "Aleppo - al-Ansari"


def test_place_is_inherited_from_the_previous_sentence(language, knowledge):
    text = "Fighting raged around Marib this week. Rebels shelled the city on Monday."
    events, _ = run(language, knowledge, text, [place(text, "Marib", country="Yemen")])
    assert {e.location for e in events} == {"Marib"}


# ---------------------------------------------------------------- mentions
@pytest.mark.parametrize(
    "sentence",
    [
        "The army will launch an offensive to recapture the city next month.",
        "Government troops did not retake the town.",
    ],
)
def test_future_and_negated_go_to_mentions(language, knowledge, sentence):
    events, mentions = run(language, knowledge, sentence)
    assert events == ()
    assert mentions and all(not m.is_event for m in mentions)
    assert all(
        m.factuality in (Factuality.FUTURE, Factuality.NEGATED, Factuality.HYPOTHETICAL)
        for m in mentions
    )


# ---------------------------------------------------------------- capitals
def test_upper_case_wire_text(language, knowledge):
    text = (
        "SAN SALVADOR, 12 JAN 90 -- URBAN GUERRILLAS OF THE FMLN TODAY KIDNAPPED "
        "A JUDGE IN SANTA ANA AND KILLED TWO POLICEMEN WHO TRIED TO STOP THEM."
    )
    places = [place(text, "SANTA ANA", country="El Salvador")]
    events, _ = run(language, knowledge, text, places)
    kinds = {(e.sub_event_type, e.actor1) for e in events}
    fmln = "FMLN: Farabundo Marti National Liberation Front"
    assert ("Abduction/forced disappearance", fmln) in kinds
    assert all(e.country == "El Salvador" for e in events)


# ---------------------------------------------------------------- evidence and notes
FIELD_OF = {
    "event_type": "event_type",
    "sub_event_type": "sub_event_type",
    "actor1": "actor1",
    "actor2": "actor2",
    "assoc_actor_1": "assoc_actor_1",
    "assoc_actor_2": "assoc_actor_2",
    "location": "location",
    "event_date": "event_date",
    "fatalities": "fatalities",
    "certainty": "certainty",
}

INVARIANT_TEXTS = [
    "Rebels shelled Idlib on Monday, killing three children. Russian jets bombed Ariha.",
    "POLICE ARRESTED 20 STUDENTS IN LIMA. A CAR BOMB EXPLODED IN LIMA, KILLING FOUR.",
    "Protesters rallied in Khartoum; police fired tear gas. Gunmen kidnapped a priest.",
]


def assert_evidence_complete(event: Event, original: str) -> None:
    fields = {e.field for e in event.evidence}
    for name in FIELD_OF:
        value = getattr(event, name)
        if value not in (None, "", 0):
            assert name in fields, (name, event)
    for ev in event.evidence:
        assert original[ev.start : ev.end] == ev.text


@pytest.mark.parametrize("text", INVARIANT_TEXTS)
def test_every_filled_field_has_evidence_from_the_original(language, knowledge, text):
    places = [place(text, n) for n in ("Idlib", "Ariha", "LIMA", "Khartoum") if n in text]
    events, mentions = run(language, knowledge, text, places)
    assert events
    for event in events + mentions:
        assert_evidence_complete(event, text)
        assert event.notes.endswith(".")


def test_sample_article_evidence_invariant(shared_dir):
    from sitrep.intake import read_file
    from sitrep.pipeline import Pipeline

    extraction = Pipeline.load().extract_capture(read_file(shared_dir / "samples/aleppo-2016.txt"))
    assert extraction.events
    for event in extraction.events + extraction.mentions:
        assert_evidence_complete(event, extraction.article.original)


def test_notes_drop_optional_parts_with_empty_fields():
    template = "[{actor1} ]regained control[ of {location}][ from {actor2}]"
    values = {"actor1": "Military Forces of Syria (2000-)", "location": None, "actor2": "Rebels"}
    assert fill_template(template, values) == (
        "Military Forces of Syria (2000-) regained control from Rebels"
    )


def test_note_is_one_dated_sentence(language, knowledge):
    text = "Government troops retook Palmyra from Islamic State fighters on 2 March 2024."
    events, _ = run(language, knowledge, text, [place(text, "Palmyra")])
    (event,) = events
    assert event.notes.startswith("On ")
    assert "Military Forces of Syria (2000-2024) regained control of Palmyra" in event.notes


# ---------------------------------------------------------------- sources, coreference, datelines
def test_the_speaker_is_not_the_doer(language, knowledge):
    text = "The rebels said an air strike hit a bakery in Ariha on Monday."
    events, _ = run(language, knowledge, text, [place(text, "Ariha")])
    (event,) = events
    assert "Rebel" not in (event.actor1 or "")  # the speaker is no doer
    assert event.actor1 == "Military Forces of Syria (2000-2024)"  # an air strike: the state's


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("The Kosti attack left four dead, police said.", "Unidentified Armed Group (Sudan)"),
        ("The clinic bombing in Kosti left four dead.", "Unidentified Armed Group (Sudan)"),
        ("The army attack on Kosti killed nine civilians.", "Military Forces of Sudan (2019-)"),
    ],
)
def test_a_name_before_an_act_noun_is_its_doer_only_when_armed(language, knowledge, text, actor1):
    events = events_in(language, knowledge, text)
    assert {e.actor1 for e in events} == {actor1}


def test_pronoun_of_a_reported_clause_is_the_speaker(language, knowledge):
    text = "The Ukrainian air force said it shot down nine drones over Odesa on Friday."
    events, _ = run(language, knowledge, text, [place(text, "Odesa", country="Ukraine")])
    (event,) = events
    assert event.sub_event_type == "Disrupted weapons use"
    assert event.actor1 == "Military Forces of Ukraine (2019-)"


def test_generic_noun_merges_with_the_named_group_before_it(language, knowledge):
    text = (
        "Al-Shabaab fighters executed four villagers in Baidoa on Sunday. "
        "The militants executed them in the main square, residents said."
    )
    events, _ = run(language, knowledge, text, [place(text, "Baidoa", country="Somalia")])
    (event,) = events
    assert event.actor1 == "Al Shabaab"


def test_dateline_place_is_not_the_event_place(language, knowledge):
    text = "NAIROBI, May 2 (Reuters) - Gunmen killed three traders in Mandera on Tuesday."
    places = [place(text, "NAIROBI", country="Kenya"), place(text, "Mandera", country="Kenya")]
    events, _ = run(language, knowledge, text, places)
    assert {e.location for e in events} == {"Mandera"}


def test_event_dated_long_before_the_report_is_a_historical_mention(language, knowledge):
    text = "In 2019, militants massacred 40 villagers in Ogossagou."
    events, mentions = run(language, knowledge, text, [place(text, "Ogossagou", country="Mali")])
    assert events == ()
    assert [m.factuality for m in mentions] == [Factuality.HISTORICAL]


def test_nationality_on_the_trigger_is_that_countrys_army(language, knowledge):
    text = "Turkish drone strikes hit two villages near Qamishli on Thursday."
    events, _ = run(language, knowledge, text, [place(text, "Qamishli")])
    assert {e.actor1 for e in events} == {"Military Forces of Turkey (2002-)"}


def test_who_claims_responsibility_is_the_doer(language, knowledge):
    text = "Al-Shabaab claimed responsibility for a car bomb that killed 10 people in Beledweyne."
    events, _ = run(language, knowledge, text, [place(text, "Beledweyne", country="Somalia")])
    (event,) = events
    assert event.actor1 == "Al Shabaab"
    assert event.fatalities == 10


def test_noun_trigger_takes_the_doer_of_its_verb(language, knowledge):
    text = "Nigerian troops killed 15 insurgents in air strikes near Bama on Monday."
    events, _ = run(language, knowledge, text, [place(text, "Bama", country="Nigeria")])
    (event,) = events
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1 == "Military Forces of Nigeria (2023-)"
    assert event.actor2 == "Unidentified Armed Group (Nigeria)"  # ACLED has no generic rebels


def test_excessive_force_note_names_the_state_as_the_one_using_force(language, knowledge):
    text = "Soldiers opened fire on demonstrators in Kassala, killing at least seven people."
    events, _ = run(language, knowledge, text, [place(text, "Kassala", country="Sudan")])
    (event,) = events
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.actor1 == "Protesters (Sudan)"
    assert event.notes.split(", ", 1)[1].startswith("Military Forces of Sudan (2019-) used")
    assert event.fatalities == 7


def test_militias_are_an_armed_side(language, knowledge):
    assert names(language, knowledge, "Rival militias fought.", "Nigeria") == [
        "Unidentified Communal Militia (Nigeria)"
    ]


def test_a_district_and_its_city_are_one_place_for_merging(language, knowledge):
    text = (
        "A car bomb exploded in the al-Karrada district of Baghdad on Monday, killing 9 people. "
        "Police said the car bomb in Baghdad on Monday was the deadliest in months."
    )
    places = [
        place(text, "al-Karrada", parent="Baghdad", feature="PPLX", country="Iraq"),
        place(text, "Baghdad", country="Iraq"),
        place(text, "Baghdad", nth=1, country="Iraq"),
    ]
    events, _ = run(language, knowledge, text, places)
    (event,) = events
    assert event.location == "Baghdad - al-Karrada"


@pytest.mark.parametrize(
    ("sentence", "country", "expected"),
    [
        ("FDLR combatants raped two women.", "Democratic Republic of Congo",
         "FDLR: Democratic Forces for the Liberation of Rwanda"),
        ("Members of the Gran Grif gang fired on the bus.", "Haiti", "Gran Grif"),
        ("Fulani herders attacked the farmers.", "Nigeria", "Fulani Ethnic Militia (Nigeria)"),
        ("Dozo hunters attacked the camp.", "Burkina Faso", "Dozo Communal Militia (Burkina Faso)"),
        ("Naxalites ambushed a patrol.", "India",
         "CPI (Maoist): Communist Party of India (Maoist)"),
    ],
)  # fmt: skip
def test_groups_of_todays_conflicts_have_acled_names(
    language, knowledge, sentence, country, expected
):
    assert expected in names(language, knowledge, sentence, country)


def test_two_communities_joined_by_and_are_both_named(language, knowledge):
    found = names(language, knowledge, "Hema and Lendu militias signed a truce.", "Mali")
    assert found[:2] == [
        "Hema Ethnic Militia (Democratic Republic of Congo)",
        "Lendu Ethnic Militia (Democratic Republic of Congo)",
    ]


def test_a_name_and_its_generic_noun_are_one_mention(language, knowledge):
    doc = language.parse(["JNIM militants attacked the post."])[0]
    (mention,) = find_actor_mentions(doc[:], knowledge.actors)
    assert doc.text[mention.start : mention.end] == "JNIM militants"


def test_men_who_shoot_are_an_unidentified_armed_group(language, knowledge):
    text = "Two men on a motorcycle shot dead a radio journalist in Celaya on Tuesday."
    events, _ = run(language, knowledge, text, [place(text, "Celaya", country="Mexico")])
    (event,) = events
    assert event.actor1 == "Unidentified Armed Group (Mexico)"
    assert event.actor2 == "Civilians (Mexico)"


def test_an_armed_group_left_unnamed_is_the_unidentified_armed_group(language, knowledge):
    """ "An armed group" names no group: ACLED's Unidentified Armed Group of the country, also
    for an act no cue gives a default doer (a release)."""
    text = "An armed group freed a district official near Gao on Sunday after holding him a week."
    events, _ = run(language, knowledge, text, [place(text, "Gao", country="Mali")])
    assert [e.actor1 for e in events] == ["Unidentified Armed Group (Mali)"]


def test_a_crowd_or_a_bare_kind_is_named_for_the_events_country(knowledge):
    """A crowd is named for where it gathers, and a name built before any country was known
    ("Government") takes the event's; a named group or a foreign army keeps its own."""
    lexicon = knowledge.actors
    crowd = Actor("Protesters (Palestine)", "protesters", (0, 9), True, "crowd")
    assert named_for_country(crowd, "Israel", "2024-06-15", lexicon).name == "Protesters (Israel)"
    bare = Actor("Government", "government", (0, 9), True, "authority")
    named = named_for_country(bare, "Kenya", "2024-06-15", lexicon).name
    assert named == "Government of Kenya (2022-)"
    army = Actor("Military Forces of Israel (2022-)", "military", (0, 9), False, "state")
    assert named_for_country(army, "Lebanon", "2024-06-15", lexicon) == army
    assert named_for_country(crowd, None, "2024-06-15", lexicon) == crowd


def test_clansmen_in_arms_are_a_communal_militia(language, knowledge):
    text = "Clansmen raided a hamlet near Mendi on Sunday, killing three farmers."
    events, _ = run(language, knowledge, text, [place(text, "Mendi", country="Papua New Guinea")])
    assert [e.actor1 for e in events] == ["Unidentified Communal Militia (Papua New Guinea)"]


def test_the_ninjas_of_the_pool_are_a_named_militia(language, knowledge):
    text = "Ninja militiamen ambushed an army convoy near Kinkala on Monday."
    kinkala = place(text, "Kinkala", country="Republic of Congo")
    events, _ = run(language, knowledge, text, [kinkala])
    assert [e.actor1 for e in events] == ["Ninja Militia"]


def test_an_unclaimed_bomb_is_an_unidentified_armed_groups_act(language, knowledge):
    text = "A roadside bomb exploded near a market in Gao on Sunday, wounding three people."
    events, _ = run(language, knowledge, text, [place(text, "Gao", country="Mali")])
    (event,) = events
    assert event.actor1 == "Unidentified Armed Group (Mali)"


def test_protesters_who_riot_are_rioters(language, knowledge):
    text = "Protesters threw stones at police and burned tyres in Kasserine on Sunday night."
    events, _ = run(language, knowledge, text, [place(text, "Kasserine", country="Tunisia")])
    (event,) = events
    assert event.event_type == "Riots"
    assert event.actor1 == "Rioters (Tunisia)"
    assert event.actor2 == "Police Forces of Tunisia (2019-)"


def test_who_a_crowd_is_made_of_is_the_associated_actor(language, knowledge):
    text = "Hundreds of teachers rallied in Nairobi on Friday, demanding unpaid salaries."
    events, _ = run(language, knowledge, text, [place(text, "Nairobi", country="Kenya")])
    (event,) = events
    assert (event.actor1, event.assoc_actor_1) == ("Protesters (Kenya)", "Teachers (Kenya)")


def test_group_literals_never_skip_a_match(knowledge):
    """The cheap test before each group's regex (`Group.may_occur`) never skips text the
    regex matches: every alias of actors.toml, as written, in its plural and in capitals,
    amid other words, is matched by its group's regex only where `may_occur` says it may."""
    import tomllib
    from importlib.resources import files

    from sitrep.events._lexicon import fold

    data = tomllib.loads(files("sitrep.data").joinpath("actors.toml").read_text("utf-8"))
    aliases = [a for g in data["group"] + data["ethnic"] for a in g.get("aliases", [])]
    aliases += [e["name"].lower() for e in data["ethnic"]]
    assert len(aliases) > 100
    texts = [
        fold(f"On Monday {variant} militia fighters said")
        for alias in aliases
        for variant in (alias, *_plural_forms(alias), alias.upper())
    ]
    matched = 0
    for group in knowledge.actors.groups:
        assert group.pattern is not None and group.literals
        for text in texts:
            if group.pattern.search(text):
                matched += 1
                assert group.may_occur(text), (group.name, text)
    assert matched >= len(aliases)  # the texts did reach the regexes
    groups = knowledge.actors.groups
    skipped = [g for g in groups if not g.may_occur("nothing here but ordinary words")]
    assert len(skipped) > 0.9 * len(groups)  # and the test spares most regexes


def _plural_forms(alias: str) -> list[str]:
    *head, last = alias.split()
    return [" ".join([*head, form]) for form in plurals(last)]


def test_first_literals_cover_every_form_of_the_first_word():
    from sitrep.events._lexicon import compile_cues, first_literals

    cues = ["gunman", "militia", "rebel army", "=ISIS", "Islamic State"]
    literals = first_literals(cues, nouns_only=True)
    assert literals == ("gunm", "isis", "islamic", "militia", "rebel")
    pattern = compile_cues(cues, {}, nouns_only=True)
    assert pattern is not None and pattern.search("three gunmen fled")
    assert any(w in "three gunmen fled" for w in literals)
    assert first_literals(["... attack"], nouns_only=True) == ("attack",)  # past a gap
    assert first_literals(["al qaeda", "g pep"], nouns_only=True) == ("pep", "qaeda")  # longest


# ---------------------------------------------------------------- how ACLED orders the sides
def test_a_handover_names_the_side_taking_the_ground_first(language, knowledge):
    text = "Belgian troops handed the town of Kindu over to the Congolese army on Friday."
    places = [place(text, "Kindu", country="Democratic Republic of Congo")]
    (event,) = run(language, knowledge, text, places)[0]
    assert event.sub_event_type == "Non-violent transfer of territory"
    assert event.actor1 == "Military Forces of the Democratic Republic of Congo (2019-)"
    assert event.actor2 == "Military Forces of Belgium"


def test_a_handover_with_no_giver_named_is_the_receivers(language, knowledge):
    """The side that takes the ground is actor1 even when the one that gives it goes unnamed
    (a passive handover): not left as actor2 with no actor1."""
    text = "Their old base outside Kindu was handed to the Congolese army on Friday."
    places = [place(text, "Kindu", country="Democratic Republic of Congo")]
    (event,) = run(language, knowledge, text, places)[0]
    assert event.sub_event_type == "Non-violent transfer of territory"
    assert event.actor1 == "Military Forces of the Democratic Republic of Congo (2019-)"
    assert event.actor2 is None
    text = (
        "The last Belgian troops left Kindu on Friday; their base was handed to the Congolese army."
    )
    places = [place(text, "Kindu", country="Democratic Republic of Congo")]
    (event,) = run(language, knowledge, text, places)[0]
    assert event.actor1 == "Military Forces of the Democratic Republic of Congo (2019-)"
    assert event.actor2 == "Military Forces of Belgium"  # the giver the sentence names


def test_a_us_led_coalition_is_the_us_military(language, knowledge):
    text = "The US-led coalition handed the Tabqa air base over to the Syrian army on Friday."
    (event,) = run(language, knowledge, text, [place(text, "Tabqa")])[0]
    assert event.actor1.startswith("Military Forces of Syria")
    assert event.actor2.startswith("Military Forces of the United States")
    strike = "US-led coalition aircraft bombed an Islamic State camp near Tabqa on Friday."
    (event,) = run(language, knowledge, strike, [place(strike, "Tabqa")])[0]
    assert event.actor1.startswith("Military Forces of the United States")


def test_an_agreement_names_the_government_first(language, knowledge):
    text = "The FDLR signed a ceasefire with the government in Goma on Monday."
    places = [place(text, "Goma", country="Democratic Republic of Congo")]
    (event,) = run(language, knowledge, text, places)[0]
    assert event.sub_event_type == "Agreement"
    assert event.actor1 == "Government of the Democratic Republic of Congo (2019-)"
    assert event.actor2 == "FDLR: Democratic Forces for the Liberation of Rwanda"


def test_leaders_of_communities_sign_for_their_communities(language, knowledge):
    text = "Leaders of the Murle and Dinka communities signed a truce in Pibor on Sunday."
    (event,) = run(language, knowledge, text, [place(text, "Pibor", country="South Sudan")])[0]
    assert event.actor1 == "Murle Ethnic Militia (South Sudan)"
    assert event.actor2 == "Dinka Ethnic Militia (South Sudan)"


def test_security_forces_facing_a_crowd_are_the_police(language, knowledge):
    text = "Security forces fired tear gas at demonstrators in Nakuru on Monday."
    (event,) = run(language, knowledge, text, [place(text, "Nakuru", country="Kenya")])[0]
    assert event.actor2 == "Police Forces of Kenya (2022-)"


def test_a_later_claim_names_the_doer(language, knowledge):
    text = "A bomb tore through a bus in Baidoa on Monday, killing six passengers. "
    text += "Al-Shabaab later claimed it."
    events, _ = run(language, knowledge, text, [place(text, "Baidoa", country="Somalia")])
    assert events[0].actor1 == "Al Shabaab"


def test_a_head_of_state_named_with_the_title_is_the_government(language, knowledge):
    found = names(language, knowledge, "President Joao Lourenco signed the decree.", "Angola")
    assert found == ["Government of Angola (2017-)"]
    assert names(language, knowledge, "The government school burned.", "Angola") == []


def test_doers_named_together_in_a_clash_are_its_two_sides(language, knowledge):
    text = "Gunmen from the Konkomba and Mamprusi communities exchanged fire in Bimbilla on Monday."
    (event,) = run(language, knowledge, text, [place(text, "Bimbilla", country="Ghana")])[0]
    assert {event.actor1, event.actor2} == {
        "Konkomba Ethnic Militia (Ghana)",
        "Mamprusi Ethnic Militia (Ghana)",
    }


def test_the_side_whose_post_was_hit_is_actor2(language, knowledge):
    text = "Attackers threw a grenade at a police post in Esmeraldas on Saturday."
    (event,) = run(language, knowledge, text, [place(text, "Esmeraldas", country="Ecuador")])[0]
    assert event.actor2 == "Police Forces of Ecuador (2023-)"


def test_positions_of_a_nationality_are_its_forces_hit(language, knowledge):
    text = "Russian troops shelled Ukrainian positions near Kupiansk on Monday."
    (event,) = run(language, knowledge, text, [place(text, "Kupiansk", country="Ukraine")])[0]
    assert event.actor1 == "Military Forces of Russia (2000-)"
    assert event.actor2 == "Military Forces of Ukraine (2019-)"


def test_a_group_that_took_power_is_the_state_since(language, knowledge):
    before = names(language, knowledge, "Taliban fighters advanced.", "Afghanistan", "2020-05-01")
    after = names(language, knowledge, "Taliban fighters advanced.", "Afghanistan", "2023-05-01")
    assert before == ["Taliban"]
    assert after == ["Military Forces of Afghanistan (2021-)"]


def test_a_claim_in_a_statement_names_the_doer(language, knowledge):
    text = "A mine blew up a truck near Bossangoa on Sunday, killing four people. "
    text += "The 3R said in a statement that its fighters planted the mine."
    places = [place(text, "Bossangoa", country="Central African Republic")]
    events, _ = run(language, knowledge, text, places)
    assert events[0].actor1 == "3R: Return, Reclamation, Rehabilitation"


def test_fighters_of_the_named_paramilitary_are_that_group(language, knowledge):
    found = names(language, knowledge, "Fighters of the paramilitary Wagner Group left.", "Mali")
    assert found == ["Wagner Group"]


def test_the_armed_opposition_of_south_sudan_is_the_splm_io(language, knowledge):
    found = names(language, knowledge, "The armed opposition shelled Nasir.", "South Sudan")
    assert found == ["SPLM/A-IO: Sudan People's Liberation Movement/Army (In Opposition)"]


def test_a_mob_beats_a_civilian_and_police_who_speak_are_no_side(language, knowledge):
    text = "A mob lynched a man in Kisii on Sunday after accusing him of theft, police said."
    (event,) = run(language, knowledge, text, [place(text, "Kisii", country="Kenya")])[0]
    assert event.actor1 == "Rioters (Kenya)"
    assert event.actor2 == "Civilians (Kenya)"


def test_us_before_a_cue_is_the_united_states(language, knowledge):
    text = "A US drone strike hit a car near Jilib on Friday, killing two militants."
    (event,) = run(language, knowledge, text, [place(text, "Jilib", country="Somalia")])[0]
    assert event.actor1 == "Military Forces of the United States (2021-2025)"


def test_police_killed_by_a_blast_are_not_its_doer(language, knowledge):
    text = "A bomb exploded near a market in Quetta on Friday, killing five policemen."
    (event,) = run(language, knowledge, text, [place(text, "Quetta", country="Pakistan")])[0]
    assert event.actor1 == "Unidentified Armed Group (Pakistan)"
    assert event.actor2 == "Police Forces of Pakistan (2022-2024)"  # Friday 1 March 2024


def test_an_office_a_group_runs_is_not_the_group(language, knowledge):
    assert names(language, knowledge, "The Hamas-run ministry said so.", "Palestine") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Egyptian air defences shot it down.", ["Military Forces of Egypt (2014-)"]),
        ("A Turkish drone hit the car.", ["Military Forces of Turkey (2002-)"]),
        ("A drone hit the car.", []),  # alone, a weapon names no side
    ],
)
def test_weapons_of_a_nationality_are_its_forces(language, knowledge, sentence, expected):
    assert names(language, knowledge, sentence, "Syria") == expected
