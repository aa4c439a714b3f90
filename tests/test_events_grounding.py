"""Evidence that names the one hit (issue 13, item 7): actor and target evidence points at the
name or noun phrase, not at the cue word. One invented sentence per rule of `events/roles.py`
and of how drafts gather their targets."""

from __future__ import annotations

from _articles import every, run

HIT = ("actor2", "assoc_actor_2", "target")


def _words(events, fields) -> list[str]:
    return [ev.text for e in events for ev in e.evidence if ev.field in fields]


def test_the_possessor_of_an_assassination_is_the_one_killed(language, knowledge):
    text = "The governor's assassination in Kassala on Monday shocked the province."
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert events
    assert any("governor" in t for t in _words(events, HIT))
    assert not any("governor" in t for t in _words(events, ("actor1",)))


def test_the_possessor_of_an_attack_is_still_the_doer(language, knowledge):
    text = "The army's attack on the village of Kassala on Monday killed four farmers."
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert any("army" in t for t in _words(events, ("actor1",)))


def test_the_victim_of_an_attack_is_the_one_hit(language, knowledge):
    text = "Councillor Amina Idris was the victim of an attack in Kassala on Monday."
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert events
    assert any("Amina Idris" in t for t in _words(events, HIT))


def test_what_was_damaged_following_an_explosion_is_its_target(language, knowledge):
    text = (
        "A customs office was badly damaged following the explosion of a car bomb in Kassala "
        "on Monday."
    )
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert events
    assert any("customs office" in t for t in _words(events, HIT))


def test_a_name_set_beside_the_one_hit_is_evidence_too(language, knowledge):
    text = "Gunmen shot dead the mayor, Omar Haddad, outside his home in Kassala on Monday."
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert events
    assert any("Omar Haddad" in t for t in _words(events, HIT))


def test_where_a_thrown_grenade_went_is_its_target(language, knowledge):
    text = "Two men on a motorcycle threw a grenade at a police checkpoint in Kassala on Monday."
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert any("police checkpoint" in t for t in _words(events, HIT))


def test_where_an_explosion_took_place_is_its_target(language, knowledge):
    text = (
        "A bomb went off in Kassala on Monday. The explosion took place in a branch of the "
        "Nile Savings Bank."
    )
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert any("Nile Savings Bank" in t for t in _words(events, HIT))


def test_what_a_bomb_hit_is_its_target(language, knowledge):
    text = "An aircraft dropped a bomb that hit a grain store in Kassala on Monday."
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert any("grain store" in t for t in _words(events, HIT))


def test_what_the_weapon_destroyed_in_a_second_verb_is_its_target(language, knowledge):
    text = "Two bombs exploded and destroyed a water pumping station in Kassala on Monday."
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert any("water pumping station" in t for t in _words(events, HIT))


def test_every_one_hit_is_evidence_beyond_the_two_actors_kept(language, knowledge):
    text = "Gunmen killed a judge, two policemen and a student in Kassala on Monday."
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert events
    hit = _words(events, HIT)
    assert any("student" in t for t in hit)
    assert any("judge" in t for t in hit)


def test_the_target_of_a_bomb_attack_is_the_one_hit(language, knowledge):
    # the cue "bomb" only names the kind of attack: the roles are the attack's
    text = (
        "The home of councillor Amina Idris was the target of a bomb attack in Kassala on Monday."
    )
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert events
    assert any("home of councillor Amina Idris" in t for t in _words(events, HIT))


def test_where_a_dynamite_charge_was_placed_is_its_target(language, knowledge):
    text = "A dynamite charge was placed at a grain warehouse in Kassala on Monday."
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert any("grain warehouse" in t for t in _words(events, HIT))


def test_what_was_damaged_by_explosives_is_their_target(language, knowledge):
    text = "A clinic was destroyed and three shops damaged by explosives in Kassala on Monday."
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert events
    assert any("shops" in t for t in _words(events, HIT))


def test_who_carried_out_a_murder_is_its_doer(language, knowledge):
    # no known actor is named: the default doer's evidence is the phrase, not the cue word
    text = "The murder in Kassala on Monday was carried out by a hired squad."
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert events
    assert any("hired squad" in t for t in _words(events, ("actor1",)))


def test_who_planned_a_massacre_is_its_doer(language, knowledge):
    text = (
        "The massacre in Kassala on Monday, planned by a rogue commander, left nine villagers dead."
    )
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert events
    assert any("commander" in t for t in _words(events, ("actor1",)))


def test_who_condemned_an_attack_is_no_doer(language, knowledge):
    text = "The attack on a market in Kassala on Monday was condemned by the regional governor."
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert not any("governor" in t for t in _words(events, ("actor1",)))


def test_who_attempted_a_kidnapping_is_its_doer(language, knowledge):
    text = "Soldiers foiled an attempt by the rebels to kidnap the mayor of Kassala on Monday."
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert any("rebels" in t for t in _words(events, ("actor1",)))


def test_the_one_who_says_he_was_hit_is_the_one_hit(language, knowledge):
    text = "The mayor of Kassala said on Monday that he had been kidnapped by unknown gunmen."
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert events
    assert any("mayor" in t for t in _words(events, HIT))


def test_each_bomb_counted_off_has_its_own_site(language, knowledge):
    text = (
        "Three bombs went off simultaneously in Kassala on Monday, one at the central market, "
        "another at the state-run teachers college, and another at a petrol station."
    )
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    hit = _words(events, HIT)
    assert any("central market" in t for t in hit)
    assert any("teachers college" in t for t in hit)
    assert any("petrol station" in t for t in hit)


def test_the_victim_told_after_the_place_of_a_murder_is_the_one_hit(language, knowledge):
    # the parse hangs "of a local judge" on the place named between
    text = "Officials condemned the murder on Monday in Kassala of a local judge."
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert any("local judge" in t for t in _words(events, HIT))


def test_a_subject_that_comments_on_an_attack_is_no_evidence_of_its_doer(language, knowledge):
    text = "Officials condemned the murder on Monday in Kassala of a local judge."
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert not any("Officials" in t for t in _words(events, ("actor1",)))


def test_what_blew_up_without_a_weapon_named_is_the_one_hit(language, knowledge):
    text = "An airliner exploded over Kassala on Monday shortly after take-off."
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert events
    assert any("airliner" in t for t in _words(events, HIT))
    assert not any("airliner" in t for t in _words(events, ("actor1",)))


def test_a_bomb_that_exploded_is_no_target(language, knowledge):
    text = "A car bomb exploded in Kassala on Monday, killing four."
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert events
    assert not any("bomb" in t for t in _words(events, HIT))


def test_a_pronoun_hit_stands_for_the_person_named_before(language, knowledge):
    text = (
        "Councillor Amina Idris left her office in Kassala on Monday. She was kidnapped by "
        "armed men an hour later."
    )
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert any("Amina Idris" in t for t in _words(events, HIT))


def test_verbs_joined_before_the_object_share_it(language, knowledge):
    text = "Soldiers abducted, tortured and killed two teachers in Kassala on Monday."
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert events
    abducted = [e for e in events if any(ev.text == "abducted" for ev in e.evidence)]
    assert any("teachers" in t for t in _words(abducted, HIT))


def test_the_one_hit_told_right_after_a_wire_dateline_is_the_one_hit(language, knowledge):
    # the parse makes the dateline's town the subject and hangs the real one on it
    text = "KASSALA, 3 MAR 24 -- TRADE UNION LEADER MUSA ABDEL KARIM WAS KIDNAPPED YESTERDAY."
    events, _ = run(language, knowledge, text, every(text, "KASSALA"))
    assert events
    assert any("ABDEL KARIM" in t for t in _words(events, HIT))
    assert not any(t.startswith("KASSALA") for t in _words(events, HIT))


def test_a_person_hit_named_in_part_is_evidenced_by_the_full_name(language, knowledge):
    text = (
        "Opposition leader Hussein Omar Bashir arrived in Kassala on Sunday. Police said "
        "Bashir's kidnapping on Monday outside his hotel in Kassala was the work of a gang."
    )
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert events
    assert "Hussein Omar Bashir" in _words(events, HIT)


def test_what_else_was_harmed_beside_the_damage_of_an_explosion_is_its_target(language, knowledge):
    text = (
        "Two trucks were destroyed and a customs office was badly damaged following the "
        "explosion of two bombs in Kassala on Monday evening."
    )
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert events
    assert "Two trucks" in _words(events, HIT)


def test_who_was_arrested_beside_the_damage_of_an_explosion_is_no_target(language, knowledge):
    text = (
        "Two suspects were arrested and a car was damaged following the explosion of a bomb "
        "in Kassala on Monday."
    )
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    blasts = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert blasts
    assert not any("suspects" in t for t in _words(blasts, HIT))


def test_who_was_travelling_when_a_kidnapping_took_place_is_the_one_hit(language, knowledge):
    text = (
        "Police said the kidnapping took place on Monday when trader Yasir Malik and his "
        "driver were travelling to the market in Kassala."
    )
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert events
    hit = _words(events, HIT)
    assert any("Yasir Malik" in t for t in hit)
    assert "place" not in hit


def test_who_was_raiding_when_a_murder_took_place_is_not_the_one_hit(language, knowledge):
    text = "The murder took place in Kassala on Monday when gunmen were raiding the village."
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert not any("gunmen" in t for t in _words(events, HIT))


def test_the_noun_a_participle_cue_describes_is_the_one_hit(language, knowledge):
    text = "On Monday the mutilated bodies of three unidentified farmers were found near Kassala."
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert events
    assert any("unidentified farmers" in t for t in _words(events, HIT))


def test_death_in_shot_to_death_names_no_one_hit(language, knowledge):
    text = "A schoolteacher was shot to death in Kassala on Monday."
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert events
    hit = _words(events, HIT)
    assert any("schoolteacher" in t for t in hit)
    assert not any(t in ("death", "Monday") for t in hit)


def test_the_weapon_a_cue_adjective_describes_is_no_target(language, knowledge):
    text = (
        "An explosive device laid by bandits went off under a lorry near Kassala on Monday, "
        "killing two drivers."
    )
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert events
    assert not any("bandits" in t for t in _words(events, HIT))


def test_a_first_name_in_capitals_belongs_to_the_full_name(language, knowledge):
    # true-casing may read an unknown first name in capitals as a common noun
    text = (
        "KASSALA, 3 MAR 24 -- OPPOSITION LEADER HUSSEIN OMAR BASHIR ARRIVED IN KASSALA ON "
        "SUNDAY. ON MONDAY GUNMEN KIDNAPPED OMAR BASHIR OUTSIDE HIS HOTEL IN KASSALA."
    )
    events, _ = run(language, knowledge, text, every(text, "KASSALA"))
    assert any("HUSSEIN OMAR BASHIR" in t for t in _words(events, HIT))


def test_the_dead_named_by_surname_in_the_toll_is_the_person_named_in_full(language, knowledge):
    text = (
        "KASSALA, 3 MAR 24 -- UNION LEADER YASIR ALI KARIMI MET THE GOVERNOR ON SUNDAY. A RALLY "
        "IN KASSALA ON MONDAY, DURING WHICH KARIMI WAS KILLED, ENDED IN CHAOS."
    )
    events, _ = run(language, knowledge, text, every(text, "KASSALA"))
    assert any("YASIR ALI KARIMI" in t for t in _words(events, HIT))


def test_a_surname_two_people_share_names_neither_in_full(language, knowledge):
    text = (
        "Trade union leader Hussein Omar Bashir and his cousin Yasir Ali Bashir arrived in "
        "Kassala on Sunday. Police said that Bashir was killed on Monday during a rally in "
        "Kassala."
    )
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert events
    assert not any("Omar Bashir" in t or "Ali Bashir" in t for t in _words(events, HIT))


def test_each_generic_verb_with_its_own_one_hit_is_evidence(language, knowledge):
    text = (
        "A trader was shot to death in Kassala on Monday, and a teacher who worked at the "
        "market was shot to death near his home."
    )
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert any("teacher" in t for t in _words(events, HIT))
    assert any("trader" in t for t in _words(events, HIT))


def test_who_carried_out_the_attack_a_victim_was_hurt_in_is_its_doer(language, knowledge):
    text = (
        "A nurse, who was wounded in the raid carried out by unknown gunmen near Kassala on "
        "Monday, was flown to the capital."
    )
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert any("gunmen" in t for t in _words(events, ("actor1",)))


def test_what_was_wrecked_after_being_fired_on_is_the_one_hit(language, knowledge):
    text = "Two fuel tankers were burned in Kassala on Monday after being shot at."
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert any("fuel tankers" in t for t in _words(events, HIT))


def test_an_actor_named_with_its_abbreviation_has_both_as_evidence(language, knowledge):
    text = "The Sudan People's Liberation Army (SPLA) killed two traders in Kassala on Monday."
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert any("Army (SPLA)" in t for t in _words(events, ("actor1",)))


def test_what_an_attack_was_aimed_at_is_the_one_hit(language, knowledge):
    text = "A grenade attack in Kassala on Monday was aimed at the fuel depot of the state company."
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert any("fuel depot" in t for t in _words(events, HIT))


def test_a_default_doer_shows_only_the_cue_that_implies_it(language, knowledge):
    # every filled field shows words (tests/test_events_parts.py); an implied doer's are the
    # cue's, never the one hit's
    text = "A grenade exploded outside a bakery in Kassala on Monday."
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert events and events[0].actor1
    shown = _words(events, ("actor1",))
    assert shown
    assert all("bakery" not in t and t in "A grenade exploded" for t in shown)


def test_the_names_a_later_sentence_gives_the_dead_are_the_ones_hit(language, knowledge):
    text = (
        "A grenade exploded at a bus stop in Kassala on Monday, killing two men. Police "
        "identified the dead men as Yusuf Tahir and Bashir Gaafar."
    )
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert any("Bashir Gaafar" in t for t in _words(events, HIT))


def test_a_later_name_of_someone_not_hit_is_no_evidence(language, knowledge):
    text = (
        "A grenade exploded at a bus stop in Kassala on Monday, killing two men. The officer in "
        "charge was identified as Yusuf Tahir."
    )
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert events
    assert not any("Yusuf Tahir" in t for t in _words(events, HIT))


def test_a_later_sentence_naming_the_target_or_the_victims_gives_the_ones_hit(language, knowledge):
    text = (
        "A bomb exploded in Kassala on Monday night. This time the attackers' target was a "
        "branch of the Farmers Bank. Two women were wounded by a grenade near the market on "
        "Tuesday. One of them is Hawa Idris, a teacher."
    )
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    hit = _words(events, HIT)
    assert any("Farmers Bank" in t for t in hit)
    assert any("Hawa Idris" in t for t in hit)


def test_what_fills_the_gap_of_a_cue_is_what_was_hit(language, knowledge):
    text = "Masked men set the village grain store on fire in Kassala on Monday night."
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert events
    targets = _words(events, ("target",))
    assert "the village grain store" in targets
    assert not any("fire" in t for t in targets)


def test_the_cue_own_noun_is_still_no_target(language, knowledge):
    text = "Masked men set fire to a grain store in Kassala on Monday night."
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert events
    assert not any(t == "fire" for t in _words(events, ("target",)))


def test_a_relative_pronoun_cut_off_by_a_full_stop_stands_for_the_person_before(
    language, knowledge
):
    text = (
        "The lawyers' union mourned its former head, Judge Omar Haddad. Who was shot dead in "
        "Kassala on Monday."
    )
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert any("Omar Haddad" in t for t in _words(events, HIT))


def test_who_escaped_an_attack_is_the_one_hit_not_its_doer(language, knowledge):
    text = "Judge Omar Haddad escaped from an ambush near Kassala on Monday."
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert any("Omar Haddad" in t for t in _words(events, HIT))
    assert not any("Omar Haddad" in t for t in _words(events, ("actor1",)))


def test_who_survived_the_attack_a_clause_tells_is_the_one_hit(language, knowledge):
    text = (
        "Judge Omar Haddad blamed a criminal gang for a bomb attack in Kassala from which he "
        "escaped unhurt on Monday."
    )
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert any("Omar Haddad" in t for t in _words(events, HIT))


def test_a_pronoun_hit_stands_for_a_name_the_recogniser_missed_there(language):
    from spacy.tokens import Span

    from sitrep.events.candidates import _person_named_before

    # the recogniser on shouted copy: the full name a person, the surname alone nothing, and
    # an airport a person
    text = (
        "Union leader Yasir Ali Karimi met the governor on Sunday. Karimi drove to Kassala on "
        "Monday. On his way to La Esperanza airport he was kidnapped."
    )
    doc = language.parse([text])[0]

    def words(phrase: str) -> Span:
        start = text.index(phrase)
        found = doc.char_span(start, start + len(phrase), label="PERSON")
        assert found is not None
        return found

    doc.ents = [words("Yasir Ali Karimi"), words("La Esperanza airport")]
    pronoun = next(t for t in doc if t.lower_ == "he")
    named = _person_named_before(pronoun)
    assert named is not None and named.text == "Karimi" and named.idx == text.index("Karimi d")


def test_the_same_name_is_the_same_person_whatever_the_recogniser_tags_it(language):
    from sitrep.events.names import article_namings, named_in_full
    from sitrep.model import Article, OffsetMap

    text = (
        "Karimi Osman arrived in Kassala on Sunday. Aides of union leader Yasir Karimi Osman "
        "said he was well. Karimi Osman was kidnapped on Monday."
    )
    art = Article(
        id="t", original=text, sha256="", body=text, body_offsets=OffsetMap.identity(len(text))
    )
    passages = art.passages()
    doc = language.parse([text])[0]
    starts = [i for i in range(len(text)) if text.startswith("Karimi Osman", i)]
    labels = ("PERSON", "ORG", "ORG")  # a person once, an organisation after
    doc.ents = [
        doc.char_span(s, s + len("Karimi Osman"), label=label)
        for s, label in zip(starts, labels, strict=True)
    ]
    last = (starts[2], starts[2] + len("Karimi Osman"))
    full = named_in_full([last], article_namings(passages, [doc]))
    assert [text[a:b] for a, b in full] == ["Yasir Karimi Osman"]


def test_what_was_harmed_when_a_bomb_exploded_is_its_target(language, knowledge):
    text = (
        "A pharmacy was partly destroyed in Kassala on Monday night when a bomb reportedly "
        "planted by rebels exploded."
    )
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert events
    assert any("pharmacy" in t for t in _words(events, HIT))


def test_what_was_harmed_after_a_grenade_was_thrown_is_its_target(language, knowledge):
    text = "A BAKERY WAS DAMAGED IN KASSALA ON MONDAY AFTER UNKNOWN MEN THREW A GRENADE."
    events, _ = run(language, knowledge, text, every(text, "KASSALA"))
    assert events
    assert any("BAKERY" in t for t in _words(events, HIT))


def test_who_came_through_an_attack_unhurt_is_the_one_hit(language, knowledge):
    text = "Councillor Amina Idris was unhurt in a grenade attack in Kassala on Monday."
    events, _ = run(language, knowledge, text, every(text, "Kassala"))
    assert events
    assert any("Amina Idris" in t for t in _words(events, HIT))


def test_who_was_unharmed_following_an_attack_is_the_one_hit(language, knowledge):
    text = "IN KASSALA ON MONDAY, TRADE UNION LEADER SAMIR OSMAN WAS UNHARMED FOLLOWING AN AMBUSH."
    events, _ = run(language, knowledge, text, every(text, "KASSALA"))
    assert events
    assert any("SAMIR OSMAN" in t for t in _words(events, HIT))
