"""Reject cue words that tell no event: politics, sport, crime, sounds, kinds, tallies, talk.

`no_event` is the first step of `candidates.drafts_for_trigger`: a cue word cited as a cause,
an aim, a charge or a kind of conduct, used in a figure of speech or in a match or market
report, or summing up many acts, tells no event of its own. Sports reports and drug hauls are
marked once per article (`mark_sports_report`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from sitrep.events._lexicon import fold
from sitrep.events.classify import dated_before
from sitrep.events.detect import Trigger
from sitrep.events.fatalities import only_animals, over_a_period, running_total
from sitrep.events.knowledge import SCORE, ActorLexicon, EventKnowledge
from sitrep.events.roles import RELATIVES, first_conjunct
from sitrep.time import PRESENT_HAVE
from sitrep.time.factuality import realises

MODIFIER_DEPS = ("compound", "amod")


def no_event(token: Token, trig: Trigger, sentence: Span, knowledge: EventKnowledge) -> bool:
    """The cue word tells no event here."""
    if trig.weak and infinitive(token):
        return True  # "the need to attack X": a generic word in an infinitive is no report
    if _modifies_other_noun(token, trig, knowledge):
        return True  # "missile launchers", "displaced families": a cue word describing a thing
    if trig.weak and token.dep_ == "nsubj" and token.head.lower_ in knowledge.trend_verbs:
        return True  # "violence rose again this week": a trend
    if _unused_weapon(token, knowledge):
        return True  # "a shipment of missiles", "weapons and explosives were seized"
    if sentence.text.rstrip().endswith("?"):
        return True  # a question asks about an event, it reports none
    if _only_heard(token, knowledge):
        return True  # "explosions were heard in the north": a sound, no act told
    if _in_words(token, knowledge):
        return True  # "the senator attacked the plan": politics, not violence
    if _named_as(token, knowledge):
        return True  # "called the arrests an attack on democracy": a judgement of the act
    if _on_machines(token, knowledge):
        return True  # "a cyber attack knocked out the payment system": no violence
    if _machine_attackers(token, knowledge):
        return True  # "a cyber attack ... the attackers had been repelled": no fight
    if _filmed(token, knowledge):
        return True  # "scenes of the raid were shot in a village": a camera shot them
    if trig.sub_event == "peaceful_protest" and _made_to_walk(token, knowledge):
        return True  # "bandits marched the travellers into the forest": captives, no march
    if trig.sub_event == "other" and _uprooted_people(token):
        return True  # "families who have fled their homes": who they are, no flight told
    if trig.sub_event == "agreement" and _framing(token):
        return True  # "pulled out under a ceasefire brokered by China": a deal cited, not made
    if _things_seized(token, trig, knowledge):
        return True  # "the navy seized a boat and 2 tonnes of cocaine": no ground taken
    if _spoils(token, trig, sentence, knowledge):
        return True  # "after the clash, troops seized two rifles": part of the battle
    if _fight_as_scene(token, knowledge):
        return True  # "killed in Kosti, where heavy fighting is under way": the scene
    if _borrowed_words(sentence, knowledge):
        return True  # "Al Ahly hit Zamalek with three goals", "shares fell to a six-month low"
    if trig.sub_event in CRIME_PRONE and _haul_told(sentence, trig, knowledge):
        return True  # "seized 300 kg of heroin and detained its six crew": crime, no politics
    if trig.sub_event == "nonviolent_transfer" and _crime(sentence, knowledge):
        return True  # "... The crew surrendered without resistance": a drug haul's, no ground
    if _figurative(token, knowledge):
        return True  # "a political crisis exploded": no weapon
    if _contest_for(token, knowledge):
        return True  # "won the battle for the mayoralty": an election
    if _against_fire(token, knowledge):
        return True  # "firefighters fought the blaze": no armed side
    if _animal_doer(token, knowledge):
        return True  # "killed when a herd of elephants attacked their hut": no armed actor
    if trig.sub_event == "civilian_attack" and _only_animals(token, knowledge):
        return True  # "killed cattle and goats": livestock, no people attacked
    if trig.sub_event == "looting" and _no_property(token, knowledge):
        return True  # "burned flags", "had stolen the presidency", "a stolen car": none taken
    if _asked_to_stop(token, knowledge):
        return True  # "urged the rebels to stop the killings": a demand
    if _grievance(token, knowledge):
        return True  # "demanding justice for a girl raped by a policeman": the cause cited
    if _motive(token, knowledge) or _charged_part(token, knowledge):
        return True  # "arrested for killing a policeman": a charge, told as background
    if _aimed(token, knowledge):
        return True  # "had the mission of assassinating the president": an aim, no act
    if _gathering(trig, knowledge) and prepared_for(token):
        return True  # "printing posters for a rally": a gathering still to come
    if token.lower_ in knowledge.counted_tolls and not _counted(token):
        return True  # "fatalities coded to the army's figures": a coder's remark, no toll
    if trig.sub_event == "mob_violence" and _ally(token, knowledge):
        return True  # "troops backed by vigilantes retook X": the crowd word names an ally
    if _of_noun(token, knowledge.trace_nouns):
        return True  # "the bodies bore signs of having been tortured": a detail of a finding
    if _background(token, sentence, knowledge):
        return True  # "fled because of the attacks": an event cited as a cause, not told
    if _protest_cause(token, knowledge):
        return True  # "marched to demand ..., a week after a driver was shot dead": the cause
    if trig.weak and trig.sub_event == "civilian_attack" and _searched(token, knowledge):
        return True  # "police raided three farms": a search; its arrests have cues of their own
    if _described_kind(token, trig):
        return True  # "stolen vehicles", "relatives of tortured persons": a kind of people
    if trig.sub_event == "arrests" and _arrest_ordered(token, knowledge):
        return True  # "the judge ordered his arrest": an order or a warrant, no arrest yet
    if _conduct(token, trig, knowledge):
        return True  # "an end to the violence": a kind of conduct, no incident
    if trig.start == token.idx and _listed_kind(token, knowledge):
        return True  # "tortures, murders, arrests": one kind in a list, or a weapon of the act
    if _counted_many(token, knowledge):
        return True  # "142 murders were reported in September": a tally
    if _period_toll(token, knowledge):
        return True  # "the army suffered 212 casualties during the same period": a tally
    if _period_of_fighting(token, knowledge):
        return True  # "killed in the two weeks of fighting": a span of many clashes, told before
    if _kind_of_act(token, trig, knowledge):
        return True  # "complained of indiscriminate bombings": a kind of act, no occasion
    if _talked_of(token, trig, knowledge):
        return True  # "complained of the army's bombings": acts talked about, none told
    if _described_by_clause(token, knowledge):
        return True  # "a regime that has murdered priests": what the regime is, no incident
    if trig.sub_event == "armed_clash" and _sides_described(token, knowledge):
        return True  # "mines left by the factions that fought over the town": who they were
    if trig.sub_event == "armed_clash" and _allegiance(token, knowledge):
        return True  # "volunteers fighting on the rebels' side": whose side, no battle
    if _places_described(token, knowledge):
        return True  # "cleared the areas that were attacked": places named by what befell them
    if _kept_up(token, knowledge):
        return True  # "the army keeps bombing": a charge of conduct, no occasion told
    if _spread_wide(token, knowledge):
        return True  # "fighting continued across the region": many clashes, none placed
    if _cited_as_proof(token, knowledge) or _a_practice(token, knowledge):
        return True  # "these bombings prove ...", "... is a common practice of the police"
    return _habitual(token) or _refers_back(token, sentence, knowledge)


CRIME_PRONE = ("arrests", "nonstate_overtakes", "government_regains")


def _borrowed_words(sentence: Span, knowledge: EventKnowledge) -> bool:
    """Sport or market language (two or more of its words, a score counting as one) or a
    chamber's debate (three) with no word of force; in a sports report any sentence with no
    word of force is play ("the coach said his side had survived a battle", a headline's
    "Lelos clash with Portugal"), and the idioms of play are no force ("killed off the
    contest")."""
    text = fold(_without_scare_quoted(sentence))
    report = _sports_report(sentence.doc, knowledge)
    if report and knowledge.game_talk is not None:
        text = knowledge.game_talk.sub(" ", text)
    if report and knowledge.audience is not None:  # the fans who watched are no force
        text = knowledge.audience.sub(" ", text)
    if knowledge.force is not None and knowledge.force.search(text):
        return False
    scored = {"<score>"} if SCORE_RE.search(text) else set()
    # a chamber's words also name the place of a street clash ("outside parliament"): three
    for domain, least in ((knowledge.sport, 2), (knowledge.market, 2), (knowledge.debate, 3)):
        if domain is not None and len({m.group() for m in domain.finditer(text)} | scored) >= least:
            return True
    return report


def _sports_report(doc: Doc, knowledge: EventKnowledge) -> bool:
    """The text is a match report (judged once, over the whole article when it is known)."""
    if SPORT_MEMO not in doc.user_data:
        doc.user_data[SPORT_MEMO] = _match_report(doc.text, knowledge)
    return bool(doc.user_data[SPORT_MEMO])


def mark_sports_report(docs: Sequence[Doc], knowledge: EventKnowledge) -> None:
    """Judge the article once: a headline's "clash in the derby" is read with its report, a
    crew's surrender with the cocaine seized before it."""
    text = " ".join(doc.text for doc in docs)
    judged, crime = _match_report(text, knowledge), _contraband(text, knowledge)
    for doc in docs:
        doc.user_data[SPORT_MEMO] = judged
        doc.user_data[CRIME_MEMO] = crime


def _match_report(text: str, knowledge: EventKnowledge) -> bool:
    """Three or more different sport words, a score beside one, or a result told with its
    score ("beat Tonga 41-7")."""
    text, sport, result = fold(text), knowledge.sport, knowledge.sport_result
    words = len({m.group() for m in sport.finditer(text)}) if sport is not None else 0
    return (
        words >= 3
        or (words >= 1 and SCORE_RE.search(text) is not None)
        or (result is not None and result.search(text) is not None)
    )


SCORE_RE = re.compile(SCORE)


SPORT_MEMO = "sitrep.sports_report"


def _crime(sentence: Span, knowledge: EventKnowledge) -> bool:
    """Drugs or contraband named in the article ("seized 2 tonnes of cocaine ... The crew
    surrendered without resistance"): a surrender in it is the crew's, no ground changing
    hands. Arrests and takings ask their own sentence (a drug war's killings are told with
    drugs named elsewhere)."""
    doc = sentence.doc
    if CRIME_MEMO not in doc.user_data:
        doc.user_data[CRIME_MEMO] = _contraband(doc.text, knowledge)
    return bool(doc.user_data[CRIME_MEMO])


def _haul_told(sentence: Span, trig: Trigger, knowledge: EventKnowledge) -> bool:
    """Drugs or contraband in the sentence, or for an arrest in the sentence just before it
    ("seized 300 kg of meth hidden in the catch. Four crew members were detained."): the
    carriers of a haul, no political arrest."""
    if _contraband(sentence.text, knowledge):
        return True
    if trig.sub_event != "arrests" or sentence.start == 0:
        return False
    before = sentence.doc[sentence.start - 1].sent
    return _contraband(before.text, knowledge)


def _contraband(text: str, knowledge: EventKnowledge) -> bool:
    goods = knowledge.criminal_goods
    return goods is not None and goods.search(fold(text)) is not None


CRIME_MEMO = "sitrep.contraband"


def _only_heard(token: Token, knowledge: EventKnowledge) -> bool:
    """The event noun (or a noun it is listed with) is what someone heard ("explosions and
    shooting were heard", "residents heard gunfire"): a sound, not an act with a doer."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    # "bomb explosions were heard": the compound's head
    first = first_conjunct(token.head if token.dep_ == "compound" else token)
    return first.dep_ in ("nsubjpass", "dobj") and first.head.lower_ in knowledge.hearing_verbs


def _in_words(token: Token, knowledge: EventKnowledge) -> bool:
    """An attack made in words: said with a manner of speech ("sharply attacked the
    president") or aimed at an idea, a text or a policy ("attacked the plan", "his attacks on
    the budget")."""
    words = knowledge.verbal
    if token.lower_ not in words.get("cues", ()):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in words.get("manners", ()) for c in token.children):
        return True
    if _said_as(token, words.get("speaking", frozenset()), knowledge):
        return True
    objects = [c for c in token.children if c.dep_ == "dobj"]
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "against")):
        objects += [c for c in prep.children if c.dep_ == "pobj"]
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "for"):
        # "attacked the party for blocking every reform": blamed for a deed done to an idea
        for gerund in (c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"):
            objects += [c for c in gerund.children if c.dep_ == "dobj"]
    if any(o.lower_ in words.get("objects", ()) for o in objects):
        return True
    # "attacked the ruling party over the bill": a quarrel about a text or a policy
    heads = [token, *objects]  # a headline hangs "over" on the object: "attacks X over Y"
    over = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "over"]
    issues = [o for p in over for o in p.children if o.dep_ == "pobj"]
    if any(o.lower_ in words.get("issues", ()) for o in issues):
        return True
    # "attacked the ministry over what he called lies": a quarrel about what was said, when
    # the sentence names no force ("gunmen attacked the post over what they called abuses,
    # killing two" is an attack)
    told = [c for p in over for c in p.children if c.dep_ == "pcomp"]
    if not any(c.lower_ in words.get("naming", ()) for c in told):
        return False
    return not _force_told(token.sent, knowledge)


def _said_as(token: Token, speaking: frozenset[str], knowledge: EventKnowledge) -> bool:
    """The attack's own clause goes on with a participle of speech ("attacked the commission,
    saying its register was rigged", "attacked the judges, calling them puppets") and the
    sentence names no force: an attack made in words."""
    if not any(
        c.dep_ in ("advcl", "xcomp", "conj") and c.lower_ in speaking for c in token.children
    ):
        return False
    return not _force_told(token.sent, knowledge)


def _force_told(sentence: Span, knowledge: EventKnowledge) -> bool:
    """The sentence names force ("gunmen", "killing two"): an attack in it is no quarrel."""
    return knowledge.force is not None and knowledge.force.search(fold(sentence.text)) is not None


def _on_machines(token: Token, knowledge: EventKnowledge) -> bool:
    """An attack on machines (ACLED codes no cyber attack): one of a kind that needs no force
    ("a cyber attack", "a ransomware attack") or done or claimed by hackers ("hackers attacked
    the servers", "a hacker group claimed the attack")."""
    words = knowledge.verbal
    if token.lower_ not in words.get("cues", ()):
        return False
    kinds, doers = words.get("kinds", ()), words.get("doers", ())
    if any(c.dep_ in ("amod", "compound") and c.lower_ in kinds for c in token.children):
        return True
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if token.dep_ == "dobj" and token.head.lower_ in words.get("claims", ()):
        subjects += [c for c in token.head.children if c.dep_ == "nsubj"]
    return any(
        s.lower_ in doers or any(c.dep_ == "compound" and c.lower_ in doers for c in s.children)
        for s in subjects
    )


def _machine_attackers(token: Token, knowledge: EventKnowledge) -> bool:
    """The doers of an attack named again ("the attackers had been repelled without any loss
    of data") in a passage whose every attack is one on machines ("a coordinated cyber attack
    took the ministry's sites offline"), with no force told beside them: the hackers were
    kept out, no armed side was fought."""
    words = knowledge.verbal
    doers = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    if not any(d.lower_ in words.get("attackers", ()) for d in doers):
        return False
    if _force_told(token.sent, knowledge):
        return False
    attacks = [t for t in token.doc if t.lower_ in words.get("cues", ())]
    return bool(attacks) and all(_on_machines(t, knowledge) for t in attacks)


def _filmed(token: Token, knowledge: EventKnowledge) -> bool:
    """ "Shot" whose object or passive subject is a film or its parts, or a share of one
    ("scenes of the raid were shot in a mountain village", "most of the footage was shot
    there", "the crew shot the footage at dawn", "the shooting of the film"): a camera did
    the shooting, no gun."""
    if token.lower_ not in knowledge.shoot_words:
        return False
    shot = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    shares = [o for n in (token, *shot) for p in n.children if p.lower_ == "of" for o in p.children]
    return any(n.lower_ in knowledge.filmed_things for n in (*shot, *shares))


def _made_to_walk(token: Token, knowledge: EventKnowledge) -> bool:
    """ "Marched" with people as its object: they were made to walk; a march covers ground."""
    return token.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lower_ not in knowledge.march_routes for c in token.children
    )


def _uprooted_people(token: Token) -> bool:
    """A flight in a perfect relative clause on people ("residents who have been displaced
    by the fighting", "the thousands who have had to leave their homes", "people who had fled
    the war had found shelter there"), or in a participle on them ("families displaced by the
    shelling"): it says who the people are, a state told as their background; the flight
    itself is told, if at all, where it happened."""
    verb = token
    if verb.dep_ == "xcomp" and verb.head is not verb:
        verb = verb.head  # "who have had to leave": the clause's verb is "had"
    perfect = any(c.dep_ == "aux" and c.lower_ in PERFECT_HAVE for c in verb.children)
    reduced = verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PRON")
    return (verb.dep_ == "relcl" and perfect) or reduced


def _framing(token: Token) -> bool:
    """An agreement noun as the frame of another act ("withdrew under the truce", "released
    under a deal"): the agreement is cited; what is done under it is the event."""
    return token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ == "under"


def _things_seized(token: Token, trig: Trigger, knowledge: EventKnowledge) -> bool:
    """A cue of taking ground whose object is a thing ("seized a fishing boat", "captured
    weapons", "seized 2 tonnes of cocaine", "the documents seized from the rebels"): goods or
    arms changed hands, not territory."""
    sub = knowledge.sub_events.get(trig.sub_event)
    if sub is None or not sub.territory:
        return False
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if token.dep_ == "acl" and token.tag_ == "VBN":
        objects.append(token.head)  # "the documents seized from the rebels": the noun taken
    objects += [o for first in list(objects) for o in first.conjuncts]
    preps = [c for o in objects for c in o.children if c.dep_ == "prep"]
    objects += [p for prep in preps for p in prep.children]  # "2 tonnes of cocaine"
    return any(o.lower_ in knowledge.things for o in objects)


def _spoils(token: Token, trig: Trigger, sentence: Span, knowledge: EventKnowledge) -> bool:
    """Arms taken in a fight the same sentence tells ("after the clash, the troops seized two
    rifles", "killed in a clash with troops who seized weapons", "seized in combat"): the
    fight's spoils. ACLED codes the battle and notes what was taken in it; no disrupted
    weapons use (nothing was about to be used) and no ground won."""
    sub = knowledge.sub_events.get(trig.sub_event)
    if sub is None or not (trig.sub_event == "disrupted_weapons" or sub.territory):
        return False
    if token.lower_ not in knowledge.found_verbs and token.lower_ not in knowledge.taking_nouns:
        return False  # "defused", "shot down": no taking
    if sub.territory and not any(t.lower_ in knowledge.arms for t in token.subtree):
        return False  # "seized the town after heavy fighting": ground taken in the fight
    return any(_fight(t, knowledge) for t in sentence if t.i != token.i)


def _fight(word: Token, knowledge: EventKnowledge) -> bool:
    """A word of fighting, not a policy's ("the fight against drug trafficking")."""
    if word.lower_ not in knowledge.fight_words:
        return False
    return not (word.pos_ == "NOUN" and any(c.lower_ == "against" for c in word.children))


def _fight_as_scene(token: Token, knowledge: EventKnowledge) -> bool:
    """A fight named only to describe a place where something else happens ("was killed in
    Kosti, where there has been heavy fighting", "the area of fighting", "the town, which has
    been the scene of fierce fighting"): the setting of another act, no incident of its own.
    A day, an hour or a number in its clause ties it to one ("where fighting broke out on
    Monday", "where clashes killed 12"): kept."""
    if token.pos_ != "NOUN" or token.lower_ not in knowledge.fight_words:
        return False  # "the town where rebels clashed with troops": the clash is told
    head = token.head
    scene = (
        token.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in knowledge.scene_nouns
    )
    scene = scene or (
        token.dep_ == "pobj" and head.lower_ == "by" and head.head.lower_ == "affected"
    )
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    where = verb is not None and verb.dep_ == "relcl" and _placed_clause(verb, knowledge)
    if not (scene or where):
        return False
    clause = (
        _clause_of(token) if verb is None else token.doc[verb.left_edge.i : verb.right_edge.i + 1]
    )
    return not any(_dated(t, knowledge.day_words) for t in clause)


def _placed_clause(verb: Token, knowledge: EventKnowledge) -> bool:
    """A relative clause opened by "where", or on a noun of a place's kind ("the neighbourhood,
    which ...")."""
    if any(c.lower_ == "where" for c in verb.children):
        return True
    on = verb.head
    return (
        on.ent_type_ in ("GPE", "LOC", "FAC")
        or on.lower_ in knowledge.scene_nouns
        or on.lower_ in knowledge.settlement_nouns
    )


def _dated(word: Token, day_words: frozenset[str]) -> bool:
    """A day, an hour or a number: what ties an act to one occasion."""
    return word.ent_type_ in ("DATE", "TIME") or word.lower_ in day_words or word.like_num


def _no_property(token: Token, knowledge: EventKnowledge) -> bool:
    """A cue of looting that takes no property: a sign burned ("burned flags"), a thing no one
    can loot ("had stolen the presidency", "plundering the natural resources"), or a participle
    that only describes a thing ("a stolen car", "destroyed homes")."""
    if _objects_in(token, knowledge.symbols | knowledge.intangibles):
        return True
    if token.dep_ == "amod" and token.head.pos_ in ("NOUN", "PROPN"):
        return True
    return _passive_on_kind(token)


def _passive_on_kind(token: Token) -> bool:
    """A passive clause on a bare plural noun ("cars that had been stolen in X were exchanged
    for cocaine", "vehicles stolen in X"): it says what kind of things they are; with an
    article, an owner or a count ("the six trucks that were looted") it may tell the act."""
    noun = token.head
    if token.dep_ not in ("relcl", "acl") or token.tag_ != "VBN" or noun is token:
        return False
    if token.dep_ == "relcl" and not any(c.dep_ == "auxpass" for c in token.children):
        return False
    if noun.tag_ not in ("NNS", "NNPS"):
        return False
    return not any(
        c.dep_ in ("det", "poss", "nummod", "quantmod") or c.lower_ in COUNTED
        for c in noun.children
    )


OWNERS = frozenset({"their", "its", "his", "own"})


def own_arms(token: Token, knowledge: EventKnowledge) -> bool:
    """The doers destroy their own arms ("burned their rifles", "set fire to its weapons"): a
    group giving up its arms (a change of its activity), no one's property destroyed."""
    objects = [c for c in token.children if c.dep_ == "dobj"]
    objects += [o for c in objects if c.lower_ == "fire" for o in _to_objects(token)]
    objects += _to_objects(token) if token.lower_ == "fire" else []
    return any(
        o.lower_ in knowledge.arms and any(c.lower_ in OWNERS for c in o.subtree if c.i < o.i)
        for o in objects
    )


def _to_objects(verb: Token) -> list[Token]:
    """ "set fire to X": X hangs on "to" under the verb."""
    return [o for p in verb.children if p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]


def _only_animals(token: Token, knowledge: EventKnowledge) -> bool:
    """Every object the act names is an animal ("killed cattle and domestic animals")."""
    assert knowledge.numbers is not None
    return only_animals(token, knowledge.numbers)


def _objects_in(token: Token, words: frozenset[str]) -> bool:
    """The act's object (or passive subject), or one listed with it, is one of `words`."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [o for first in list(objects) for o in first.conjuncts]
    return any(o.lower_ in words for o in objects)


def _figurative(token: Token, knowledge: EventKnowledge) -> bool:
    """A verb of exploding whose subject is an abstract thing ("the crisis exploded"), or a
    fight made "of words" ("a war of words", "a clash of ideas")."""
    if token.pos_ == "NOUN":
        of = [o for c in token.children if c.lower_ == "of" for o in c.children]
        if any(o.dep_ == "pobj" and o.lower_ in knowledge.spoken_fights for o in of):
            return True
        # "a social explosion", "an explosion of anger": what bursts is no weapon
        kinds = [c.lower_ for c in token.children if c.dep_ == "amod"]
        kinds += [o.lower_ for o in of if o.dep_ == "pobj"]
        figures = knowledge.figurative_subjects | knowledge.figurative_kinds
        return token.lower_ in knowledge.figurative_blasts and any(k in figures for k in kinds)
    if token.pos_ != "VERB":
        return False
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if token.dep_ == "relcl":  # "the crisis which had exploded": the relative word is the noun
        subjects = [token.head if s.lower_ in RELATIVES else s for s in subjects]
    if token.dep_ == "pcomp" and token.head.lower_ == "from":  # "kept the crisis from exploding"
        subjects += [c for c in token.head.head.children if c.dep_ == "dobj"]
    return any(s.lower_ in knowledge.figurative_subjects for s in subjects)


QUOTE_MARKS = frozenset({"'", '"', "‘", "’", "“", "”", "`", "``", "''"})


def _without_scare_quoted(sentence: Span) -> str:
    """The sentence without its words set alone between quotation marks: in a debate ("accused
    ministers of 'bombing' the middle class with taxes") such a word is a figure of speech the
    writer flags, no word of force."""
    return "".join(
        " " * len(t.text_with_ws) if _scare_quoted(t) else t.text_with_ws for t in sentence
    )


def _scare_quoted(token: Token) -> bool:
    """A word alone between quotation marks ("'bombing'", "was 'neutralised'")."""
    doc = token.doc
    if token.i == 0 or token.i + 1 >= len(doc):
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    return before.text in QUOTE_MARKS and after.text in QUOTE_MARKS and not before.whitespace_


def _against_fire(token: Token, knowledge: EventKnowledge) -> bool:
    """A fight against a fire ("crews fought fires still burning", "the fight against the
    blaze"), or one by firefighters: fire fighting, no violence."""
    if token.lower_ not in knowledge.fire_fight_words:
        return False  # "set fire to a tower", "opened fire on the crowd" are acts
    if any(c.dep_ == "nsubj" and c.lower_ in knowledge.firefighters for c in token.children):
        return True
    objects = [c for c in token.children if c.dep_ == "dobj"]
    for clause in (c for c in token.children if c.dep_ in ("ccomp", "advcl")):  # "fires burning"
        objects += [c for c in clause.children if c.dep_ == "nsubj"]
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "against"):
        objects += [c for c in prep.children if c.dep_ == "pobj"]
    return any(o.lower_ in knowledge.fires for o in objects)


def _animal_doer(token: Token, knowledge: EventKnowledge) -> bool:
    """The act, or the act of its clause, is done by wild animals ("a crocodile killed a
    fisherman", "were trampled to death when elephants attacked their hut", "a lion attack
    left two herders dead"): no armed actor, so no event."""
    verb = next((a for a in [token, *token.ancestors] if a.pos_ in ("VERB", "AUX")), token)
    acts = {token, token.head, *token.children, verb, *verb.children}
    for word in token.sent:
        if word.lower_ not in knowledge.attacking_animals or _in_a_name(word, knowledge):
            continue
        noun = word.head if word.dep_ == "compound" else word  # "the lion attack"
        if word.dep_ == "pobj" and word.head.lower_ == "of":
            noun = word.head.head  # "a herd of elephants"
        if noun.i == token.i or (noun.dep_ in ("nsubj", "nsubjpass") and noun.head in acts):
            return True
        named_act = noun.i != word.i and noun.lower_ in knowledge.event_heads
        if named_act and noun.dep_ == "pobj" and noun.head.head in acts:
            return True  # "died after a crocodile attack"; not "in a tiger reserve"
        by = noun.head if noun.dep_ == "pobj" else None
        if by is not None and by.lower_ == "by" and by.head in acts:
            return True  # "killed by a lion", "an attack by elephants"
    return False


def _in_a_name(word: Token, knowledge: EventKnowledge) -> bool:
    """The animal word is part of a name ("Tamil Tiger rebels", "the Lions of the Desert",
    "Tiger militiamen"), not an animal: a proper noun, capitalised inside its sentence, or
    naming a noun that is no act ("the lion attack" is one)."""
    if word.pos_ == "PROPN" or (word.is_title and word.i != word.sent.start):
        return True
    return word.dep_ == "compound" and word.head.lower_ not in knowledge.event_heads


def _contest_for(token: Token, knowledge: EventKnowledge) -> bool:
    """A battle or fight for an office or a prize ("won the battle for the mayoralty", "the
    fight for the party's nomination"): a contest, no violence."""
    if token.pos_ != "NOUN":
        return False
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "over")]
    return any(o.lower_ in knowledge.prizes for p in preps for o in p.children)


def _asked_to_stop(token: Token, knowledge: EventKnowledge) -> bool:
    """The event is what a verb in the base form asks to end or avoid ("to stop the
    violence", "demanded that they stop murdering civilians", "that they stop their raids and
    murders", "to stop the use of mines", "to prevent judges from being murdered", "demand
    that the killings cease"): no report of an act."""
    token = first_conjunct(token)
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
        token = first_conjunct(token.head.head)  # "the use of mines": what is stopped is its use
    head = token.head
    through = token.dep_ in ("pobj", "pcomp") and head.dep_ == "prep"  # "from being murdered"
    verb = head.head if through else head
    if verb.lower_ not in knowledge.stop_verbs or verb.tag_ not in ("VB", "VBP"):
        return False
    # "demand that the killings cease": a base form, or a clause under a verb of demanding
    demanded = verb.dep_ == "ccomp" and verb.head.lower_ in knowledge.demand_verbs
    subjunctive = token.dep_ == "nsubj" and (verb.tag_ == "VB" or demanded)
    return through or subjunctive or token.dep_ in ("dobj", "xcomp", "nsubjpass")


def _grievance(token: Token, knowledge: EventKnowledge) -> bool:
    """The act is what people ask justice for ("demanding justice for a girl raped by a police
    commander", "calling for accountability for the killings"): a grievance cited, not told."""
    current = token
    for _ in range(6):
        if current.head is current:
            return False
        current = current.head
        if current.dep_ == "prep" and current.lower_ == "for":
            asked = [current.head, *(c for c in current.head.children if c.dep_ == "dobj")]
            return any(a.lower_ in knowledge.grievance_nouns for a in asked)
    return False


def _motive(token: Token, knowledge: EventKnowledge) -> bool:
    """A gerund after a preposition of cause or means ("arrested for killing", "by murdering
    his opponents", "accused of kidnapping", or an attempt so charged: "accused of trying to
    abduct a child"): a charge or a manner, not a report."""
    gerund = token.head if _attempt_charged(token) else token
    if gerund.dep_ != "pcomp" or gerund.tag_ not in ("VBG", "VBN"):
        return False
    if not (gerund.head.dep_ == "prep" and gerund.head.lower_ in knowledge.motive_preps):
        return False
    if not any(c.dep_ == "dobj" for c in token.children):
        return False  # "damaged by shelling": the act itself, named as a noun
    return not _named_patient(token)  # "accused of killing Galan": that very incident


def _attempt_charged(token: Token) -> bool:
    """An infinitive under a gerund ("of trying to abduct", "of planning to bomb"): the act is
    what the gerund was about, charged with it."""
    return token.dep_ == "xcomp" and token.head.tag_ == "VBG" and infinitive(token)


def _charged_part(token: Token, knowledge: EventKnowledge) -> bool:
    """The act is what a charged gerund did to it ("accused of encouraging the murder and
    kidnapping of unionists", "suspected of sponsoring the abductions"): a part in acts
    charged, told as background, unless the gerund carries the act out ("of launching an
    attack") or the act names its victim ("accused of ordering the murder of Galan": that very
    incident). Only after "of" on a word of charge: "claimed responsibility for detonating a
    bomb" owns the deed, "in charge of investigating the murders" tells them as real; and a
    weapon placed or set off is the act itself."""
    noun = first_conjunct(token)
    gerund = noun.head
    if token.pos_ != "NOUN" or noun.dep_ != "dobj" or gerund.tag_ != "VBG":
        return False
    if gerund.dep_ != "pcomp" or gerund.head.lower_ != "of":
        return False
    if gerund.head.head.lower_ not in knowledge.charge_words:
        return False  # "in charge of investigating the murders": the acts told as real
    if token.lower_ in knowledge.instruments:
        return False
    if knowledge.time_cues is not None and realises(gerund, noun, knowledge.time_cues):
        return False  # "of launching an attack", "of carrying out the raid": the act itself
    victims = [o for c in noun.children if c.lower_ == "of" for o in c.children]
    named = [t for o in victims for t in (o, *o.children) if t.dep_ not in ("prep", "relcl")]
    return not any(t.pos_ == "PROPN" or t.dep_ == "nummod" for t in named)


def _aimed(token: Token, knowledge: EventKnowledge) -> bool:
    """An act after "of" on a noun of aim, or its infinitive ("had the mission of
    assassinating the president", "a policy of killings", "a plot to murder him"): what was
    meant, not what was done."""
    if token.dep_ in ("acl", "relcl") and infinitive(token):
        return token.head.lower_ in knowledge.aim_nouns
    return _of_noun(token, knowledge.aim_nouns)


def _gathering(trig: Trigger, knowledge: EventKnowledge) -> bool:
    sub = knowledge.sub_events.get(trig.sub_event)
    return sub is not None and sub.event_type == "Protests"


def prepared_for(token: Token) -> bool:
    """A gathering named after "for" on a thing made or asked for it ("posters for a rally",
    "a permit for the march"): prepared, not yet held ("gathered for a rally" is held)."""
    return token.dep_ == "pobj" and token.head.lower_ == "for" and token.head.head.pos_ == "NOUN"


def _counted(noun: Token) -> bool:
    return any(c.dep_ == "nummod" or c.like_num for c in noun.children)


def _ally(token: Token, knowledge: EventKnowledge) -> bool:
    """The noun follows a participle of support and its "by" ("soldiers backed by local
    vigilantes"): named as another side's ally, not as a doer of its own."""
    doc, start = token.doc, token.left_edge.i  # "backed by (local) vigilantes", however parsed
    return any(
        doc[i].lower_ == "by" and doc[i - 1].lower_ in knowledge.ally_verbs
        for i in range(max(start - 1, 1), token.i)
    )


def _of_noun(token: Token, nouns: frozenset[str]) -> bool:
    """A gerund or a plural event noun after "of" on one of `nouns` ("signs of having been
    tortured", "a policy of killings")."""
    gerund = token.dep_ == "pcomp" and token.tag_ in ("VBG", "VBN")  # "of having been hit"
    plural = token.dep_ == "pobj" and token.tag_ == "NNS"
    prep = token.head
    return (gerund or plural) and prep.lower_ == "of" and prep.head.lower_ in nouns


def _background(token: Token, sentence: Span, knowledge: EventKnowledge) -> bool:
    """A definite event noun cited as a cause or a topic ("took refuge because of the attacks",
    "marched to protest the killings"), unless it names its victim ("to protest the murder of
    Bishop Gerardi"): a past incident told elsewhere, or background."""
    if knowledge.background is None or token.pos_ != "NOUN" or _names_victim(token):
        return False
    token = first_conjunct(token)  # "to protest the killing of X and the bombings"
    return knowledge.background.search(_words_before(token, sentence)) is not None


def _protest_cause(token: Token, knowledge: EventKnowledge) -> bool:
    """An act in a clause of time set a span before a crowd's demand or gathering ("gathered
    to demand justice, two weeks after a trader was stabbed"): the earlier incident that moved
    the crowd, cited as its cause, not an event told in this report."""
    verb = (
        token
        if token.pos_ == "VERB"
        else next((a for a in token.ancestors if a.pos_ == "VERB"), None)
    )
    if verb is None or not dated_before(verb, knowledge):
        return False
    crowd = knowledge.demand_verbs | knowledge.crowd_verbs
    return any(a.lower_ in crowd for a in verb.ancestors)


NO_VICTIM_ENTS = ("GPE", "LOC", "FAC", "ORG", "NORP")  # places and groups: no person hit


def _names_victim(noun: Token) -> bool:
    """The event noun names or counts who was hit ("the murder of six Jesuits", "Galan's
    murder", "the attack on Senator Samper")."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    of = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    if any(t.pos_ == "PROPN" or t.dep_ == "nummod" for o in owners + of for t in o.subtree):
        return True
    # "the attack on Senator X": a person named as the target (a place or a group names no
    # victim: "in retaliation for the attack on Hamas" points back at an act told elsewhere)
    on = [
        g
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in ("on", "against")
        for g in p.children
        if g.dep_ == "pobj"
    ]
    return any(o.pos_ == "PROPN" and o.ent_type_ not in NO_VICTIM_ENTS for o in on)


def _searched(token: Token, knowledge: EventKnowledge) -> bool:
    """A raid whose objects are all premises ("troops raided three farms owned by a trafficker",
    "the raid on his home"): a search. ACLED codes the arrests, seizures or force told with it,
    each by a cue of its own, and no attack for the search itself."""
    if token.lower_ not in knowledge.raid_words:
        return False
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if _headline_passive(token):  # "Opposition offices raided in Kampala"
        objects += [c for c in token.children if c.dep_ == "nsubj"]
    if token.pos_ == "NOUN":  # "the raid on his home"; a verb's "on" is its day
        preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "of")]
        objects += [g for p in preps for g in p.children if g.dep_ == "pobj"]
    objects += [o for first in list(objects) for o in first.conjuncts]
    return bool(objects) and all(o.lower_ in knowledge.searched_premises for o in objects)


def _headline_passive(token: Token) -> bool:
    """A participle with a subject and no auxiliary ("offices raided in Kampala"): a headline's
    passive, whose subject is what was done to."""
    return (
        token.tag_ == "VBN"
        and token.dep_ == "ROOT"
        and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in token.children)
    )


def _named_as(token: Token, knowledge: EventKnowledge) -> bool:
    """An event noun that a speaker names as something ("called the arrests an attack on
    democracy"): the act told before, judged, not told again; or the name itself ("called
    the budget a bomb under the economy"): a figure of speech."""
    verb = token.head
    if verb.lower_ not in knowledge.naming_verbs:
        return False
    if token.dep_ == "oprd":
        return True
    return token.dep_ == "dobj" and any(c.dep_ == "oprd" for c in verb.children)


def _described_kind(token: Token, trig: Trigger) -> bool:
    """A participle describing a bare plural noun ("stolen vehicles", "relatives of tortured
    and captured persons", "without executed people"): a kind of people or things, no act
    told. With an article, an owner, a number or a quantifier ("the murdered priests", "six
    kidnapped engineers", "several murdered peasants") the participle may name the act."""
    first = first_conjunct(token)
    if first.dep_ != "amod" or first.tag_ not in ("VBN", "JJ"):
        return False
    noun = first.head
    if noun.tag_ not in ("NNS", "NNPS") or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if trig.start <= noun.idx < trig.end:
        return False  # "hurled stones" parsed as a kind of stones: the cue is verb and object
    return not any(
        c.dep_ in ("det", "poss", "nummod", "quantmod") or c.lower_ in COUNTED
        for c in noun.children
    )


COUNTED = frozenset({"several", "many", "numerous", "some", "few", "various", "dozens"})


def _arrest_ordered(token: Token, knowledge: EventKnowledge) -> bool:
    """An arrest ordered, asked for or warranted ("ordered his arrest", "requested the arrest
    of two officers", "a warrant for the arrest of X", "ordered that he be arrested"): none is
    made yet. An arrest with a day of its own ("who ordered this morning's arrest") was made."""
    head = token.head
    if token.pos_ in ("NOUN", "PROPN"):
        if any(c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for c in token.children):
            return False
        if token.dep_ in ("dobj", "nsubjpass") and head.lower_ in knowledge.arrest_order_verbs:
            return True
        prep = head if token.dep_ == "pobj" and head.lower_ in ("for", "of") else None
        return prep is not None and prep.head.lower_ in knowledge.arrest_order_nouns
    # "ordered that he be arrested": a base-form passive under a verb of ordering; "allowing
    # soldiers to arrest people": an infinitive under a verb of ordering or permitting
    be = any(c.dep_ == "auxpass" and c.lower_ == "be" for c in token.children)
    to = infinitive(token)
    clause = token.dep_ == "ccomp" or (to and token.dep_ == "xcomp")
    return (be or to) and clause and head.lower_ in knowledge.arrest_order_verbs


def _named_patient(token: Token) -> bool:
    """The act's object names who was hit: a name or a count ("Galan", "six priests")."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(t.pos_ == "PROPN" or t.dep_ == "nummod" for o in objects for t in o.subtree)


def _habitual(token: Token) -> bool:
    """A verb in the present in a relative clause tells what someone does, not what happened
    ("the criminals who murder working people", "the death squads which are murdering
    people"): it describes the noun, and the clause names no incident of its own."""
    token = _clause_verb(token)
    if token.dep_ != "relcl":
        return False
    aux = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    if token.tag_ in ("VBP", "VBZ"):
        return not aux
    return token.tag_ == "VBG" and len(aux) == 1 and aux[0].lower_ in PRESENT_BE


def _clause_verb(token: Token) -> Token:
    """The verb whose clause a bare participle or a listed verb belongs to ("an army that is
    behaving like an occupier, executing priests": "executing" is told by "is behaving"); a
    verb with a subject or an auxiliary of its own is its own clause's."""
    while (
        token.dep_ in ("advcl", "conj")
        and token.tag_ == "VBG"
        and token.head is not token
        and token.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in OWN_CLAUSE_DEPS for c in token.children)
    ):
        token = token.head
    return token


OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "mark"})


PRESENT_BE = ("is", "are", "'s", "'re")
PRESENT_TAGS = ("VBZ", "VBP")


def _kept_up(token: Token, knowledge: EventKnowledge) -> bool:
    """An act a verb in the present says someone keeps doing ("the army keeps bombing", "the
    militia continues killing farmers") whose clause gives no time, place or number: a charge
    of conduct, no incident. "Keeps shelling Kosti" or "kept firing all night" tell one."""
    if token.dep_ not in ("xcomp", "dobj") or token.tag_ not in ("VBG", "VB"):
        return False
    verb = token.head
    if verb.lower_ not in knowledge.kept_verbs or verb.tag_ not in PRESENT_TAGS:
        return False
    named = [*token.subtree, *(c for c in verb.children if c.dep_ == "nsubj")]
    if any(t.pos_ == "PROPN" for t in named):
        return False  # "keep bombing Kosti", "Kosti continues fighting": a named place or side
    return not any(_anchors(t, knowledge.day_words) for t in verb.subtree)


def _spread_wide(token: Token, knowledge: EventKnowledge) -> bool:
    """The act is the subject of a verb that spreads it over a wide area ("fighting continued
    across the Amhara region during the week"), with no number in its clause: a summary of
    many events, no incident of its own."""
    if token.dep_ != "nsubj":  # "Fighting" may be parsed as a verb of its own
        return False
    verb = token.head
    wide = [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in knowledge.spread_preps
        for o in p.children
        if o.dep_ == "pobj" and o.lower_ in knowledge.wide_areas
    ]
    return bool(wide) and not any(t.like_num for t in verb.subtree)


def _cited_as_proof(token: Token, knowledge: EventKnowledge) -> bool:
    """Plural acts that are the subject of a verb of proof in the present ("these bombings
    prove they are desperate", "massacres in the villages show we were right"): acts cited in
    an argument, none told."""
    act = first_conjunct(token)
    if act.tag_ != "NNS" or act.dep_ != "nsubj":
        return False
    verb = act.head
    return verb.lower_ in knowledge.evidence_verbs and verb.tag_ in PRESENT_TAGS


def _a_practice(token: Token, knowledge: EventKnowledge) -> bool:
    """An act that is the subject of "is a (common) practice / tactic / habit" ("the hurling
    of grenades at bus stops is a common practice of the police"): a habit, no incident."""
    act = token
    if act.dep_ == "pobj" and act.head.lower_ == "of":
        act = act.head.head  # "the hurling of grenades": the act is the gerund noun
    if act.dep_ != "nsubj" or act.head.lower_ not in PRESENT_BE:
        return False
    return any(c.dep_ == "attr" and c.lower_ in knowledge.practice_nouns for c in act.head.children)


def _described_by_clause(token: Token, knowledge: EventKnowledge) -> bool:
    """An act in a relative clause in the present perfect or the present passive progressive
    that names no one hit and no occasion ("a regime that has murdered priests and bombed
    the poor", "persons who have been kidnapped", "we are the ones who are being killed"):
    it says what the noun is, as a charge or a plight, and tells no incident. A name, a
    count, a day or a place in the clause ties it to one ("the mayor, who has been held
    since Monday", "a militia that has killed 40 villagers in Ituri")."""
    verb = first_conjunct(token) if token.pos_ == "VERB" else token
    if verb.pos_ != "VERB" or verb.dep_ != "relcl":
        return False
    aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    perfect = any(a in PRESENT_HAVE for a in aux)
    ongoing = passive and any(a in PRESENT_BE for a in aux)  # "who are being killed"
    if not (perfect or ongoing):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(s.lower_ not in RELATIVES for s in subjects):
        return False  # "the town where troops have burned schools": an act told of a place
    # "gangs that have killed a dozen drivers this year": a tally, no incident; "since Sunday"
    # names the days of one spell of acts, still an occasion
    tally = perfect and knowledge.numbers is not None and running_total(token, knowledge.numbers)
    if tally and not any(t.lower_ in knowledge.day_words for t in verb.subtree):
        return True
    if _hit_named(token, verb, passive):
        return False  # the one hit is named or counted: "Galan, who has been shot"
    return not any(_anchors(t, knowledge.day_words) for t in verb.subtree)


def _sides_described(token: Token, knowledge: EventKnowledge) -> bool:
    """A fight in a relative clause on a plural noun of sides, with no day, place or number
    of its own ("the factions that fought over the town", "the militias who battled for the
    port"): it says which sides the noun means, and tells no battle of this report."""
    if token.pos_ != "VERB" or token.dep_ != "relcl" or token.head.tag_ != "NNS":
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if not subjects or any(s.lower_ not in RELATIVES for s in subjects):
        return False
    return not any(_anchors(t, knowledge.day_words) for t in token.subtree)


def _allegiance(token: Token, knowledge: EventKnowledge) -> bool:
    """A participle of fighting on a noun that only says whose side its men are on
    ("foreigners fighting for the rebels crossed ...", "volunteers fighting on the army's
    side"), or what they fight over ("gangs fighting over turf in two cities"): who they are,
    no battle; the stake's own places only say where it lies. An object, a day or another
    preposition ties it to a fight ("troops fighting rebels near Goma", "men fighting for the
    town on Monday")."""
    if token.pos_ != "VERB" or token.dep_ != "acl" or token.tag_ != "VBG":
        return False
    if token.lower_ not in knowledge.fight_words:
        return False
    preps = [c for c in token.children if c.dep_ == "prep"]
    if not preps or any(c.dep_ in ("dobj", "npadvmod", "advmod") for c in token.children):
        return False
    stakes = {t.i for p in preps if p.lower_ == "over" for t in p.subtree}
    return all(_allegiance_prep(p, knowledge) for p in preps) and not any(
        _dated(t, knowledge.day_words) if t.i in stakes else _anchors(t, knowledge.day_words)
        for t in token.subtree
    )


def _allegiance_prep(prep: Token, knowledge: EventKnowledge) -> bool:
    """ "for the rebels", "alongside the army", "on the government's side"."""
    if prep.lower_ not in knowledge.allegiance_preps:
        return False
    if prep.lower_ != "on":
        return True
    return any(c.lower_ in knowledge.allegiance_sides for c in prep.children)


def _places_described(token: Token, knowledge: EventKnowledge) -> bool:
    """An act in a clause or a participle on a plural noun of places that no name or count
    singles out ("troops cleared the areas that were attacked", "protect the villages attacked
    by the militia"), with no day, place or number in the clause: the places are named by
    what befell them, and no incident is told. "The villages attacked on Monday" is one."""
    verb = first_conjunct(token) if token.pos_ == "VERB" else token
    if verb.pos_ != "VERB" or verb.dep_ not in ("relcl", "acl"):
        return False
    places = verb.head
    if places.tag_ != "NNS" or not (
        places.lower_ in knowledge.scene_nouns or places.lower_ in knowledge.settlement_nouns
    ):
        return False
    if any(
        c.dep_ in ("nummod", "quantmod") or c.lower_ in COUNTED or c.pos_ == "PROPN"
        for c in places.children
    ):
        return False  # "three villages attacked by the militia": counted, so told
    return not any(_anchors(t, knowledge.day_words) for t in verb.subtree)


def _hit_named(token: Token, verb: Token, passive: bool) -> bool:
    """The relative clause's act names or counts whom it hit: its object, or for a passive
    (or an object left to the relative word) the noun the clause is on, with the count
    before its "of" ("thousands of workers who have been killed")."""
    objects = [c for c in token.children if c.dep_ == "dobj"]
    hit = [verb.head] if passive or not objects else objects
    clause = range(verb.left_edge.i, verb.right_edge.i + 1)
    words = [t for h in hit for t in h.subtree if h is not verb.head or t.i not in clause]
    of = verb.head.head
    if verb.head.dep_ == "pobj" and of.lower_ == "of" and of.head is not of:
        words.append(of.head)
    return any(
        t.pos_ == "PROPN"
        or t.dep_ == "nummod"
        or t.like_num
        or t.ent_type_ == "CARDINAL"
        or t.lower_ in COUNTED
        for t in words
    )


PERFECT_HAVE = PRESENT_HAVE | {"had"}  # the present perfect and the past: "had fled"


def _conduct(token: Token, trig: Trigger, knowledge: EventKnowledge) -> bool:
    """A generic noun of conduct ("violence") names a kind of behaviour, not an incident ("put
    an end to the violence", "a wave of violence"), unless an act of it is told ("another act
    of violence in the capital")."""
    if not trig.weak or token.lower_ not in knowledge.conduct_nouns:
        return False
    head = token.head
    of_act = head.lower_ == "of" and head.head.lower_ in knowledge.conduct_acts
    return not (token.dep_ == "pobj" and of_act)


LIST_OF_KINDS = 3  # items in a list of event nouns that names kinds of acts, not acts


def _listed_kind(token: Token, knowledge: EventKnowledge) -> bool:
    """A plural event noun listed after another noun: an item of a list of kinds of acts
    ("repression, tortures, murders and arrests"), or the weapons of an act told by another
    word ("attacked the post with rifles and grenades"). Two acts named together ("clashes
    and air strikes") stay events. Only a cue of its own word: a cue spanning the act ("attacked
    ... with rockets") is the act."""
    if token.tag_ != "NNS" or token.dep_ != "conj" or token.head.pos_ not in ("NOUN", "PROPN"):
        return False
    first = first_conjunct(token)
    return len(first.conjuncts) + 1 >= LIST_OF_KINDS or token.lower_ in knowledge.instruments


TALLY_COUNT = 10  # a count of acts (or weapons) this large sums up many, none told


def _counted_many(token: Token, knowledge: EventKnowledge) -> bool:
    """A plural noun of acts with a large count ("142 murders were reported in September",
    "more than 600 clashes"): a tally, no one event. Weapons ("a barrage of 20 rockets" is one
    act), a toll ("inflicted 47 casualties") and a crowd ("100 demonstrators") are no count of
    acts, nor is a year."""
    if token.tag_ != "NNS" or token.lower_ in knowledge.consequence_words:
        return False
    if token.lower_ in knowledge.instruments:
        return False
    if knowledge.actors is not None and names_crowd(token, knowledge.actors):
        return False
    for child in (c for c in token.children if c.dep_ == "nummod" and c.ent_type_ != "DATE"):
        digits = child.text.replace(",", "")
        if digits.isdigit() and int(digits) >= TALLY_COUNT:
            return True
    return False


def _period_toll(token: Token, knowledge: EventKnowledge) -> bool:
    """A toll word whose verb (or the word itself) is told over a period ("the army suffered
    212 casualties during the same period", "inflicted 90 casualties over the past months"):
    a period's tally, no one event."""
    if token.lower_ not in knowledge.consequence_words or knowledge.numbers is None:
        return False
    verb = token.head if token.dep_ in TOLL_DEPS and token.head.pos_ == "VERB" else token
    preps = [c for c in (*verb.children, *token.children) if c.dep_ == "prep"]
    return any(over_a_period(p, knowledge.numbers) for p in preps)


def _period_of_fighting(token: Token, knowledge: EventKnowledge) -> bool:
    """A fight told as the "of" phrase of a definite span of weeks or more ("5,000 died in the
    two weeks of fighting", "the months of fighting that followed"): a period of many
    clashes, already told, no one event. An indefinite span ("after two weeks of fighting,
    rebels took the port") or days ("the three days of fighting") are left alone."""
    if knowledge.numbers is None or not _fight(token, knowledge) or token.dep_ != "pobj":
        return False
    of = token.head
    if of.lower_ != "of" or of.head.lower_ not in knowledge.numbers.period_nouns:
        return False
    return any(c.dep_ in ("det", "poss") and c.lower_ != "a" for c in of.head.children)


TOLL_DEPS = frozenset({"dobj", "nsubj", "nsubjpass"})  # "suffered 40 casualties", "40 died"


def _kind_of_act(token: Token, trig: Trigger, knowledge: EventKnowledge) -> bool:
    """A bare plural noun of acts (no article, owner, count or quantifier) whose clause gives
    no time, no place and no number ("people complained of indiscriminate bombings", "the
    target of bloody terrorist attacks", "wanted for terrorist activities"): a kind of act,
    no incident. Any of them anchors an occasion ("bombings continued today in X"). A crowd's
    plurals ("protests", "barricades") tell what a crowd does there and then: kept."""
    if not _plural_of_acts(token, trig, knowledge):
        return False
    if _uses(token.head, knowledge):
        return False  # "warplanes dropped munitions on X": a weapon used
    if knowledge.actors is not None and names_crowd(token, knowledge.actors):
        return False
    if any(c.dep_ in BOUND_DEPS or c.lower_ in COUNTED for c in token.children):
        return False
    return not any(_anchors(t, knowledge.day_words) for t in _clause_of(token))


def _talked_of(token: Token, trig: Trigger, knowledge: EventKnowledge) -> bool:
    """A definite or owned plural noun of acts after a preposition, whose clause gives no
    time, place or number ("complained of the army's bombings", "people displaced by the
    bombings", "behind all these attacks"): acts talked about, told before or elsewhere, no
    incident of its own. Set by a preposition of scene ("killed in the attacks") or of cause
    ("claimed responsibility for the attacks") it is tied to an act told with it: kept."""
    if token.dep_ != "pobj" or token.head.lower_ in TIED_PREPS:
        return False
    if not _plural_of_acts(token, trig, knowledge):
        return False
    if any(c.dep_ in ("nummod", "quantmod") or c.lower_ in COUNTED for c in token.children):
        return False
    if not any(c.dep_ in ("det", "poss", "predet") for c in token.children):
        return False  # a bare plural is `_kind_of_act`'s
    return not any(_anchors(t, knowledge.day_words) for t in _clause_of(token))


def _plural_of_acts(token: Token, trig: Trigger, knowledge: EventKnowledge) -> bool:
    """A plural noun of acts ("bombings", "attacks") that may name a kind of act or acts
    talked about, the first test of `_kind_of_act` and `_talked_of`. Not a crowd's plural
    ("protests": what a crowd does there and then), a weapon ("mines") or a toll ("deaths")."""
    if token.tag_ != "NNS" or token.pos_ != "NOUN":
        return False
    sub = knowledge.sub_events.get(trig.sub_event)
    if sub is None or sub.event_type in CROWD_TYPES:
        return False
    word = token.lower_
    return word not in knowledge.instruments and word not in knowledge.consequence_words


# prepositions that tie an act noun to an act told with it: its scene ("killed in the
# attacks", "during the raids") or its doer's part ("responsible for the bombings")
TIED_PREPS = frozenset({"in", "during", "at", "on", "amid", "inside", "for", "with"})
CROWD_TYPES = frozenset({"Protests", "Riots"})
BOUND_DEPS = frozenset({"det", "poss", "nummod", "quantmod", "predet"})
OCCASION_ENTS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL", "QUANTITY"})
PLACE_PREPS = frozenset(
    {"in", "at", "near", "on", "outside", "inside", "around", "into", "from", "across", "toward"}
)


def _clause_of(token: Token) -> Span:
    """The words of the clause whose verb the noun hangs on (the sentence if it has none)."""
    for above in token.ancestors:
        if above.pos_ in ("VERB", "AUX"):
            return token.doc[above.left_edge.i : above.right_edge.i + 1]
    return token.sent


def _anchors(word: Token, day_words: frozenset[str]) -> bool:
    """A time, a place or a number: what ties an act to one occasion."""
    if word.ent_type_ in OCCASION_ENTS or word.lower_ in day_words:
        return True
    if word.like_num:
        return not (word.lower_ == "one" and any(c.dep_ == "det" for c in word.children))
    return word.pos_ == "PROPN" and word.head.lower_ in PLACE_PREPS


def _unused_weapon(token: Token, knowledge: EventKnowledge) -> bool:
    """A weapon named as a thing: no verb of using it and no event noun governs it ("the bomb
    exploded", "threw a grenade", "the explosion of a bomb" use it; "a shipment of missiles",
    "offered the bombs" do not), and no clause on it uses it ("a grenade thrown at"). The
    first verb above it decides when it finds or seizes the weapon ("raided a house, seizing
    explosives"): the raid above is another act, and nothing went off."""
    if not _noun_like(token) or token.lower_ not in knowledge.instruments:
        return False
    if any(c.dep_ in ("acl", "relcl") and c.lower_ in knowledge.use_verbs for c in token.children):
        return False
    if _part_handled(token, knowledge):
        return False
    token = _list_head(token)  # "missiles, a mortar and shells": the list's first item decides
    if token.dep_ == "dobj" and token.head.lower_ in knowledge.object_use_verbs:
        return False  # "drones released grenades over the trenches"
    verb = next((a for a in token.ancestors if a.pos_ == "VERB"), None)
    if verb is not None and verb.lower_ in knowledge.found_verbs:
        return True  # "raided the school, arresting 40 and seizing explosives": arms taken
    for above in list(token.ancestors)[:3]:
        if _uses(above, knowledge) or above.lower_ in knowledge.event_heads:
            return False
    return not _uses(token.head, knowledge)


def _part_handled(weapon: Token, knowledge: EventKnowledge) -> bool:
    """The weapon owns a part set off by hand ("pulled the pin of a grenade", "lit the bomb's
    fuse"): setting that part off is using the weapon (removing it is making the weapon safe)."""
    part = weapon.head.head if weapon.head.lower_ == "of" else weapon.head
    owned = weapon.dep_ == "poss" or weapon.head.lower_ == "of"
    return (
        owned
        and part.lower_ in knowledge.firing_parts
        and part.head.lower_ in knowledge.firing_verbs
    )


def _list_head(token: Token) -> Token:
    """The first noun of the list the weapon is named in ("carried 12 missiles, a mortar and a
    rocket"): the other weapons above it are its fellow items, no event noun governing it."""
    while token.dep_ in ("conj", "appos") and token.head.pos_ in ("NOUN", "PROPN"):
        token = token.head
    return token


def _noun_like(token: Token) -> bool:
    """A noun, or a word listed with nouns that the parser took for an adjective ("rifles,
    dynamite, and propaganda material")."""
    if token.pos_ in ("NOUN", "PROPN"):
        return True
    return token.dep_ == "conj" and token.head.pos_ in ("NOUN", "PROPN")


def _uses(verb: Token, knowledge: EventKnowledge) -> bool:
    """A verb that uses a weapon; "go" only as "go off" ("bombs went off", not "the missiles
    went to the rebels"); "carry" only as "carry out" or in a clause on the bearer ("a truck
    carrying explosives blew up"): a plane or a boat that "was carrying 20 missiles" holds
    cargo, nothing is fired."""
    if verb.lower_ not in knowledge.use_verbs:
        return False
    if verb.lower_ in CARRY_FORMS:
        return verb.dep_ in ("acl", "relcl") or _has_particle(verb, "out")
    if verb.lower_ not in GO_FORMS:
        return True
    return _has_particle(verb, "off")


def _has_particle(verb: Token, word: str) -> bool:
    return any(c.dep_ == "prt" and c.lower_ == word for c in verb.children)


GO_FORMS = frozenset({"go", "goes", "going", "went", "gone"})  # the lemma may be untagged
CARRY_FORMS = frozenset({"carry", "carries", "carrying", "carried"})


def names_crowd(token: Token, lexicon: ActorLexicon) -> bool:
    """The noun names a crowd ("protesters"), not an act."""
    crowd = lexicon.kinds.get("crowd", ())
    patterns = [lexicon.generic.get(kind) for kind in crowd]
    return any(p is not None and p.fullmatch(token.lower_) for p in patterns)


def _modifies_other_noun(token: Token, trig: Trigger, knowledge: EventKnowledge) -> bool:
    """The cue only qualifies another noun that names no event ("missile launchers")."""
    head = token.head
    if token.dep_ not in MODIFIER_DEPS or head is token or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if token.dep_ == "amod" and not (trig.weak or trig.sub_event in knowledge.adjective_only):
        return False  # "the murdered priests": a participle may still tell the killing
    if trig.start <= head.idx < trig.end:
        return False
    return head.lower_ not in knowledge.event_heads


def _refers_back(token: Token, sentence: Span, knowledge: EventKnowledge) -> bool:
    """A definite event noun after a phrase that points back ("in connection with the
    bombing"): the event it names was told before or elsewhere. Named by its victim ("in
    connection with the murder of Judge X") it is that incident, told here too: merging joins
    it to an earlier telling, and a report that tells it nowhere else still reports it."""
    if knowledge.referring is None or token.pos_ != "NOUN" or _names_victim(token):
        return False  # "in connection with the murder of Judge X": that incident, told here
    return knowledge.referring.search(_words_before(token, sentence)) is not None


def _words_before(noun: Token, sentence: Span) -> str:
    """The folded words before the noun's phrase, past the adjectives that only describe it
    ("responsible for the horrible massacre" reads as "responsible for the massacre"); a noun
    or a name before it ("the dynamite attack", "the Galan murder") says which act: kept."""
    first = noun
    while first.i > sentence.start:
        left = noun.doc[first.i - 1]
        if not (left.pos_ == "ADJ" and left.dep_ == "amod" and left.head == noun):
            break
        first = left
    start = first.idx
    base = sentence.start_char  # slice the sentence: rebuilding the doc's text costs O(doc)
    return fold(sentence.text[max(0, start - base - 60) : start - base])


def infinitive(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
