"""Trigger detection: cue phrases of the taxonomy found in a sentence."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from spacy.tokens import Span, Token

from sitrep.events._lexicon import fold
from sitrep.events.knowledge import EventKnowledge
from sitrep.events.roles import plural_antecedent, pobjs, sides_between


@dataclass(frozen=True)
class Trigger:
    """A cue match (doc character offsets) and the sub-event its cue belongs to."""

    sub_event: str
    start: int
    end: int
    weak: bool = False


def has_cue(text: str, knowledge: EventKnowledge) -> bool:
    """Whether `text` holds any cue of the taxonomy, ordinary or weak: the pre-filter's test of
    which sentences need the full parse (cheaper than `find_triggers`, and never stricter)."""
    folded = fold(text)
    checks = (
        _crowd_and_demand,
        _handing,
        _releasing,
        _aircraft_hitting,
        _taking_away,
        _shooting_between,
        _leading_off,
        _shutting,
    )  # past the cue lists
    if _ground_words(text, folded, knowledge):
        return True
    return any(check(folded, knowledge) for check in checks) or any(
        pattern.search(folded)
        for sub in knowledge.sub_events.values()
        for pattern in (sub.cues, sub.weak_cues)
        if pattern is not None
    )


def _crowd_and_demand(folded: str, knowledge: EventKnowledge) -> bool:
    return _words_of_both(folded, knowledge.crowd_verbs, knowledge.demand_verbs)


def _handing(folded: str, knowledge: EventKnowledge) -> bool:
    return _words_of_both(folded, knowledge.handover_verbs, HANDOVER_PARTICLES)


def _releasing(folded: str, knowledge: EventKnowledge) -> bool:
    return _words_of_both(folded, knowledge.release_verbs, knowledge.captivity_verbs)


def _aircraft_hitting(folded: str, knowledge: EventKnowledge) -> bool:
    return _words_of_both(folded, knowledge.aircraft_nouns, knowledge.strike_verbs)


def _taking_away(folded: str, knowledge: EventKnowledge) -> bool:
    return _words_of_both(
        folded, knowledge.taking_away_verbs, knowledge.taking_away_particles | {"from"}
    ) or _words_of_both(folded, knowledge.shoving_verbs, knowledge.vehicle_nouns)


def _leading_off(folded: str, knowledge: EventKnowledge) -> bool:
    ends = knowledge.leading_off_particles | knowledge.wild_nouns | knowledge.weapon_points
    return _words_of_both(folded, knowledge.leading_off_verbs, ends)


def _shooting_between(folded: str, knowledge: EventKnowledge) -> bool:
    return _words_of_both(folded, knowledge.shooting_nouns, BETWEEN)


def _words_of_both(folded: str, first: frozenset[str], second: frozenset[str]) -> bool:
    """The folded text holds a word of each list: the cheap test before a rule's parse."""
    words = set(WORD.findall(folded))
    return bool(words & first) and bool(words & second)


WORD = re.compile(r"[a-z]+")
PROTEST = "peaceful_protest"
RELEASE = "release"
HELD_PRONOUNS = frozenset({"him", "her", "them"})
TRANSFER = "nonviolent_transfer"
HANDOVER_PARTICLES = frozenset({"over", "back"})
DEMAND_DEPS = ("advcl", "xcomp", "conj")


def _verbs(sentence: Span, words: Collection[str]) -> list[Token]:
    """The verbs of the sentence that are among `words` (the detectors' triggers)."""
    return [t for t in sentence if t.pos_ == "VERB" and t.lower_ in words]


def _trigger(key: str, verb: Token) -> Trigger:
    return Trigger(key, verb.idx, verb.idx + len(verb.text))


def crowd_demanding(sentence: Span, knowledge: EventKnowledge) -> list[Trigger]:
    """A crowd verb with a demand in a clause of its own ("gathered outside the ministry on
    Monday, demanding their pay"; "assembled ... and called for"): a peaceful protest, however
    many words lie between (a cue's gap reaches four)."""
    if PROTEST not in knowledge.sub_events or not _crowd_and_demand(fold(sentence.text), knowledge):
        return []
    verbs = _verbs(sentence, knowledge.crowd_verbs)
    return [_trigger(PROTEST, v) for v in verbs if _demanding(v, sentence, knowledge)]


def _demanding(verb: Token, sentence: Span, knowledge: EventKnowledge) -> bool:
    clauses = [c for c in verb.children if c.dep_ in DEMAND_DEPS]
    clauses += [d for c in clauses for d in c.conjuncts if d.i > c.i]
    return any(c.lower_ in knowledge.demand_verbs for c in clauses) or _purpose_next(
        verb, sentence, knowledge
    )


def _purpose_next(verb: Token, sentence: Span, knowledge: EventKnowledge) -> bool:
    """The next verb after the crowd verb is an infinitive of demand ("gathered in front of
    the town hall of X (X, Y) to demand ..."): the purpose of the gathering, wherever the
    parse hung it (a long place name between them may tie it to an earlier clause)."""
    following = (t for t in sentence if t.i > verb.i and t.pos_ in ("VERB", "AUX"))
    nxt = next(following, None)
    return (
        nxt is not None
        and nxt.lower_ in knowledge.demand_verbs
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in nxt.children)
    )


def handed_over(sentence: Span, knowledge: EventKnowledge) -> list[Trigger]:
    """A verb of handing with its particle ("handed its camp at X in the Y region over to the
    army", "villages that the other side handed back") whose object is ground: a camp, a base,
    a town. A non-violent transfer of territory, however many words lie between (a cue's gap
    reaches four); people or arms handed over are no ground."""
    if TRANSFER not in knowledge.sub_events or not _handing(fold(sentence.text), knowledge):
        return []
    verbs = _verbs(sentence, knowledge.handover_verbs)
    return [_trigger(TRANSFER, v) for v in verbs if _hands_over_ground(v, knowledge)]


def _hands_over_ground(verb: Token, knowledge: EventKnowledge) -> bool:
    particles = [c for c in verb.children if c.dep_ in ("prt", "advmod")]
    if not any(c.lower_ in HANDOVER_PARTICLES for c in particles):
        return False
    grounds = _objects(verb)
    if verb.dep_ == "relcl" and all(g.lower_ in RELATIVES for g in grounds):
        grounds = _antecedents(verb.head)  # "the villages (near X) that Armenia handed over"
    return any(_ground(g, knowledge) for g in grounds)


def _antecedents(noun: Token) -> list[Token]:
    """The noun a relative clause hangs on, and the noun whose place phrase it ends ("four
    villages near Gazakh that ...": the clause may be parsed on the place's name)."""
    found = [noun]
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        found.append(noun.head.head)
    return found


RELATIVES = frozenset({"that", "which"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def _ground(noun: Token, knowledge: EventKnowledge) -> bool:
    """A noun of ground ("camp", "villages") or a place's name ("handed Kidal over")."""
    return noun.lower_ in knowledge.handover_grounds or noun.ent_type_ in PLACE_ENTITIES


CLASH = "armed_clash"
BETWEEN = frozenset({"between"})


def shooting_between(sentence: Span, knowledge: EventKnowledge) -> list[Trigger]:
    """A noun of shooting in the clause of a "between" that names two sides ("reported hours
    of gunfire on Saturday along the river between the army and the rebels"): shooting that
    passes between two sides is their fight, however many words lie between (a cue's gap
    reaches four, and the parse may hang "between" on the river)."""
    if CLASH not in knowledge.sub_events or not _shooting_between(fold(sentence.text), knowledge):
        return []
    nouns = [t for t in sentence if t.pos_ == "NOUN" and t.lower_ in knowledge.shooting_nouns]
    return [
        Trigger(CLASH, n.idx, n.idx + len(n.text))
        for n in nouns
        if sides_between(n, knowledge.settlement_nouns) and not _stopped(n, knowledge)
    ][:1]


def _stopped(noun: Token, knowledge: EventKnowledge) -> bool:
    """The shooting is what a verb of ending acts on ("signed a truce ending a week of gunfire
    between the two sides"): the fight is the background the act ends, no event of the day."""
    node = noun
    while node.dep_ in ("pobj", "prep", "dobj") and node.head.i != node.i:
        node = node.head
        if node.pos_ == "VERB":
            return node.lower_ in knowledge.stop_verbs
    return False


def released_captive(sentence: Span, knowledge: EventKnowledge) -> list[Trigger]:
    """A verb of releasing whose freed one is told as held by the doer, however long the name
    between ("released a pilot it had held hostage since May", "freed the head of the council
    of X after holding him for 11 days"): captives released. A release with no holding told
    ("released a statement after holding talks") is none."""
    if RELEASE not in knowledge.sub_events or not _releasing(fold(sentence.text), knowledge):
        return []
    verbs = _verbs(sentence, knowledge.release_verbs)
    return [_trigger(RELEASE, v) for v in verbs if _frees_captives(v, knowledge)]


def _frees_captives(verb: Token, knowledge: EventKnowledge) -> bool:
    """The verb frees people told as held: by a clause of holding on the freed ("a pilot it
    held", "engineers kidnapped last month were freed") or a holding told after it ("after
    holding him"); goods released after being held are no captives."""
    freed = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    freed += [d for f in freed for d in f.conjuncts]  # "the drivers and their mates it seized"
    # "a pilot it held", "two engineers kidnapped last month were freed"
    held = [r for f in freed for r in f.children if r.dep_ in ("relcl", "acl")]
    if (
        any(c.dep_ == "auxpass" for c in verb.children)  # "were freed"
        and verb.dep_ in ("conj", "ccomp")
        and verb.head.lower_ in knowledge.captivity_verbs
    ):
        # the parse made "engineers kidnapped last month were freed" two verbs of one subject
        held.append(verb.head)
        freed += [c for c in verb.head.children if c.dep_ == "nsubj"]
    clauses = [c for c in verb.children if c.dep_ in ("advcl", "prep")]
    clauses += [g for c in clauses for g in c.children if g.dep_ == "pcomp"]
    held += [  # "after holding him": the freed one held, told by a pronoun
        c
        for c in clauses
        if any(o.dep_ == "dobj" and o.lower_ in HELD_PRONOUNS for o in c.children)
    ]
    held = [h for h in held if h.lower_ in knowledge.captivity_verbs]
    people = any(_person(f, knowledge) for f in freed)
    counted = any(c.dep_ == "nummod" for f in freed for c in f.children)
    return bool(held) and (people or any(_held_people(h, counted, knowledge) for h in held))


AIR_STRIKE = "air_strike"


def aircraft_struck(sentence: Span, knowledge: EventKnowledge) -> list[Trigger]:
    """A verb of hitting whose doer is an aircraft, however long its name ("drones flown by
    forces of the government struck two farmhouses", "the depot was hit by warplanes"): an
    air/drone strike (a cue's gap reaches four words)."""
    if AIR_STRIKE not in knowledge.sub_events:
        return []
    if not _aircraft_hitting(fold(sentence.text), knowledge):
        return []
    verbs = _verbs(sentence, knowledge.strike_verbs)
    return [_trigger(AIR_STRIKE, v) for v in verbs if _by_aircraft(v, knowledge)]


def _by_aircraft(verb: Token, knowledge: EventKnowledge) -> bool:
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    return any(d.lower_ in knowledge.aircraft_nouns for d in doers)


ARRESTS = "arrests"
STATE_KINDS = ("police", "military")


def taken_by_the_state(sentence: Span, knowledge: EventKnowledge) -> list[Trigger]:
    """People taken away by a state's forces ("intelligence agents took two activists and a
    teacher from their homes", "secret police picked up three reporters", "were picked up by
    soldiers"): an arrest, however many words name those taken (a cue's gap reaches four).
    Goods picked up, or people taken by gunmen, are none of this."""
    if ARRESTS not in knowledge.sub_events or knowledge.actors is None:
        return []
    verbs = _verbs(sentence, knowledge.taking_away_verbs)
    return [_trigger(ARRESTS, v) for v in verbs if _takes_people_away(v, knowledge)]


def _takes_people_away(verb: Token, knowledge: EventKnowledge) -> bool:
    taken = _objects(verb)
    taken += [d for t in taken for d in t.conjuncts]  # "two activists and a teacher"
    # "from their homes" hangs on the verb, or on the last of those taken
    away = any(
        c.dep_ == "prt" and c.lower_ in knowledge.taking_away_particles for c in verb.children
    ) or any(
        c.dep_ == "prep" and c.lower_ == "from" and _from_home(c, knowledge)
        for c in (*verb.children, *(c for t in taken for c in t.children))
    )
    return away and any(_person(t, knowledge) for t in taken) and _state_doer(verb, knowledge)


def _from_home(prep: Token, knowledge: EventKnowledge) -> bool:
    return any(g.dep_ == "pobj" and g.lower_ in knowledge.home_nouns for g in prep.children)


def _state_doer(verb: Token, knowledge: EventKnowledge) -> bool:
    """The doer (subject, or "by" agent) is named by a noun of the police or the army."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    if not doers and verb.dep_ == "conj":  # "... and picked up two of them"
        doers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    generic = knowledge.actors.generic if knowledge.actors is not None else {}
    patterns = [generic.get(kind) for kind in STATE_KINDS]
    return any(p is not None and p.search(fold(_phrase(d))) for d in doers for p in patterns)


OVERTAKES = "nonstate_overtakes"


def ground_taken(sentence: Span, knowledge: EventKnowledge) -> list[Trigger]:
    """A verb of taking whose object is a town ("the rebels had taken Abu Hamed", "the town of
    X was taken"), or a side's control of a town claimed after the other side left ("said it
    now controls all of X after the garrison pulled out"): ground changing hands, whoever
    takes it (classify tells the state's regaining from a group's overtaking)."""
    text = sentence.text
    if OVERTAKES not in knowledge.sub_events or not _ground_words(text, fold(text), knowledge):
        return []
    left = any(t.lower_ in knowledge.leaving_words or t.lower_ == "now" for t in sentence)
    left = left or _retreat_told(fold(text), knowledge)
    found = [
        t
        for t in sentence
        if (
            t.pos_ == "VERB"
            and t.lower_ in knowledge.ground_taking_verbs
            and _takes_ground(t, knowledge)
        )
        or (left and t.lower_ in knowledge.control_words and _newly_held(t, knowledge))
    ]
    return [_trigger(OVERTAKES, t) for t in found[:1]]


def _ground_words(text: str, folded: str, knowledge: EventKnowledge) -> bool:
    """A verb of taking with a settlement noun or a name after it, or a word of control with
    "now" or a leaving word: the cheap test (a name told by its capitals in the text as
    written) before `ground_taken` reads the parse."""
    words = set(WORD.findall(folded))
    left = words & (knowledge.leaving_words | {"now"}) or _retreat_told(folded, knowledge)
    if words & knowledge.control_words and left:
        return True
    return bool(words & knowledge.ground_taking_verbs) and bool(
        words & knowledge.settlement_nouns or NAMED_AFTER.search(text)
    )


def _retreat_told(folded: str, knowledge: EventKnowledge) -> bool:
    """A side's giving ground told in two words ("the army, which fell back to the north"):
    a leaving word all the same."""
    found = knowledge.retreat_phrases
    return found is not None and found.search(folded) is not None


# a verb of taking followed by a name, or by one word and a name ("took the Kidal base"), or
# a passive taking ("Kidal was taken by ...")
NAMED_AFTER = re.compile(
    r"\b(?i:take|takes|took|taken|taking)\s+(?:[A-Z]|[a-z]+\s+[A-Z])|\b(?i:taken\s+by)\b"
)


def _takes_ground(verb: Token, knowledge: EventKnowledge) -> bool:
    """ "took Abu Hamed", "took the town": no particle ("took over" is a cue of its own), no
    destination ("took Jordan to a hospital"), and
    not told as the time of another act or as who a side is ("looted shops hours after they
    took the base", "after taking the port town", "the rebels, who took the city in May"):
    a bare "take" told so is background, the act it sets is the report's."""
    if any(c.dep_ == "prt" for c in verb.children) or _background_taking(verb):
        return False
    if pobjs(verb, {"to"}):
        return False  # "took Jordan to a hospital": carried somewhere, no ground taken
    return any(_ground_named(o, knowledge) for o in _objects(verb))


def _background_taking(verb: Token) -> bool:
    if verb.dep_ == "relcl":
        return True
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    if verb.dep_ == "advcl" and marks & BACKGROUND_MARKS:
        return True
    return verb.dep_ == "pcomp" and verb.head.lower_ in BACKGROUND_MARKS


BACKGROUND_MARKS = frozenset({"after", "following", "since", "before", "when", "until"})


def ground_held(word: Token, knowledge: EventKnowledge) -> list[Token]:
    """What a verb of taking or holding acts on: "took X", "controls (all of) X", "in (full)
    control of X", "X was taken"."""
    if word.pos_ == "VERB":
        held = _objects(word)
    else:
        held = [g for p in word.children if p.lower_ == "of" for g in p.children]
    return held + [
        g
        for h in held
        if h.lower_ in knowledge.share_words
        for p in h.children
        if p.lower_ == "of"
        for g in p.children
    ]


NO_GROUND = frozenset({"DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL", "PERCENT"})


def _ground_named(noun: Token, knowledge: EventKnowledge) -> bool:
    """A name ("Kidal": the parse may tag a town's name as a person's, so the gazetteer
    decides later, see candidates) or a settlement noun ("the town", "the base")."""
    if noun.pos_ == "PROPN" and noun.ent_type_ not in NO_GROUND:
        return True
    return noun.lower_ in knowledge.settlement_nouns


def _newly_held(word: Token, knowledge: EventKnowledge) -> bool:
    """ "controls (all of) X", "in (full) control of X": a place held, and not told as held
    for long ("already controls most of the capital": a standing state, no change told)."""
    verb = (
        word
        if word.pos_ == "VERB"
        else next((a for a in word.ancestors if a.pos_ in ("VERB", "AUX")), word)
    )
    if any(
        c.dep_ == "advmod" and c.lower_ in knowledge.standing_words
        for c in (*word.children, *verb.children)
    ):
        return False
    return any(_ground_named(h, knowledge) for h in ground_held(word, knowledge))


SHUTDOWN = "armed_shutdown"


def shut_by_arms(sentence: Span, knowledge: EventKnowledge) -> list[Trigger]:
    """An oil field, a refinery, a pipeline or a port shut by armed men ("armed men from local
    communities shut down the El Feel oil field", "militiamen closed the oil terminal"): a
    side stopping output by force of arms, however the installation is named. A firm or a
    strike shutting one is no such act (its doer is no armed side)."""
    if SHUTDOWN not in knowledge.sub_events or not _shutting(fold(sentence.text), knowledge):
        return []
    verbs = _verbs(sentence, knowledge.shutting_verbs) + _forcing_a_shutdown(sentence, knowledge)
    return [_trigger(SHUTDOWN, v) for v in verbs if _armed_shut_installation(v, knowledge)][:1]


def _shutting(folded: str, knowledge: EventKnowledge) -> bool:
    words = set(WORD.findall(folded))
    shut = knowledge.shutting_verbs | knowledge.shutting_nouns
    return bool(words & shut) and bool(words & knowledge.energy_words)


def _forcing_a_shutdown(sentence: Span, knowledge: EventKnowledge) -> list[Token]:
    """Verbs whose object is a noun of shutting ("forced the closure of the oil terminal",
    "brought about the shutdown of the field"): the shutting told through them."""
    return [
        t
        for t in sentence
        if t.pos_ == "VERB" and any(o.lower_ in knowledge.shutting_nouns for o in _objects(t))
    ]


def _shut_objects(verb: Token, knowledge: EventKnowledge) -> list[Token]:
    """What a verb of shutting shut, or what the noun of shutting it governs names ("the
    closure of the oil terminal")."""
    objects = _objects(verb)
    nouns = [o for o in objects if o.lower_ in knowledge.shutting_nouns]
    return objects + [g for n in nouns for g in pobjs(n, {"of", "on", "at"})]


def _armed_shut_installation(verb: Token, knowledge: EventKnowledge) -> bool:
    shut = [o for o in _shut_objects(verb, knowledge) if o.lower_ in knowledge.installation_nouns]
    energy = any(w.lower_ in knowledge.energy_words for o in shut for w in o.subtree if w.i <= o.i)
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    return energy and any(_armed_men(d, knowledge) for d in doers)


def _armed_men(noun: Token, knowledge: EventKnowledge) -> bool:
    """ "gunmen", "fighters", "armed men" (a noun of people told by its arms)."""
    word = noun.lower_
    if word in knowledge.armed_men_nouns or word in knowledge.side_nouns:
        return True
    return any(c.dep_ == "amod" and c.lower_ == "armed" for c in noun.children)


ABDUCTION = "abduction"


def pushed_into_a_vehicle(sentence: Span, knowledge: EventKnowledge) -> list[Trigger]:
    """A person pushed into a vehicle ("bundled a priest into a pickup truck", "was shoved
    into a jeep by men in uniform"): the taking itself; what is pushed must be a person ("the
    firm bundled its maps into a package" is none)."""
    if ABDUCTION not in knowledge.sub_events:
        return []
    verbs = _verbs(sentence, knowledge.shoving_verbs)
    return [_trigger(ABDUCTION, v) for v in verbs if _person_into_vehicle(v, knowledge)]


def led_off(sentence: Span, knowledge: EventKnowledge) -> list[Trigger]:
    """People taken off by their takers, however many words name them ("took the chief and
    two of his wives away into the bush", "led the nurses off", "carried three girls into the
    forest"): the taking itself (classify makes it an arrest when state forces do it)."""
    if ABDUCTION not in knowledge.sub_events:
        return []
    if not _leading_off(fold(sentence.text), knowledge):
        return []
    verbs = _verbs(sentence, knowledge.leading_off_verbs)
    return [_trigger(ABDUCTION, v) for v in verbs if _people_led_off(v, knowledge)][:1]


def _people_led_off(verb: Token, knowledge: EventKnowledge) -> bool:
    led = _objects(verb)
    led += [d for t in led for d in t.conjuncts]  # "the chief and two of his wives"
    led += [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "NUM")]  # parse
    off = any(  # "away" may hang on the last of those taken
        c.dep_ in ("prt", "advmod") and c.lower_ in knowledge.leading_off_particles
        for c in (*verb.children, *(c for t in led for c in t.children))
    )
    wild = any(g.lower_ in knowledge.wild_nouns for g in _led_into(verb, led))
    wild = wild or any(g.lower_ in knowledge.weapon_points for g in pobjs(verb, {"at"}))
    led += [g for t in led if t.pos_ == "NUM" for g in pobjs(t, {"of"})]
    led += [a for t in led if t.lower_ == "them" for a in plural_antecedent(t)]
    return (off or wild) and any(_person(t, knowledge) for t in led)


def _led_into(verb: Token, led: list[Token]) -> list[Token]:
    """Where the verb led its captives; "into the hills" may hang on the end of their long
    name ("marched six farmers of the X cooperative into the hills")."""
    into = pobjs(verb, {"into"})
    return (
        into
        + [g for t in led for s in t.subtree if s.dep_ == "pobj" for g in pobjs(s, {"into"})]
        + _stray_into(verb)
    )


def _stray_into(verb: Token) -> list[Token]:
    """Where the verb led them, when the parse hangs "into the forest" on a word inside their
    long name ("marched its nine passengers, two pupils going home among them, into the
    forest"): an "into" later in the sentence whose head tells no doer of its own (not "and
    soldiers ran into the woods")."""
    return [
        g
        for g in verb.sent[verb.i - verb.sent.start + 1 :]
        if g.dep_ == "pobj" and g.head.lower_ == "into" and not _own_doer(g.head.head, verb)
    ]


def _own_doer(head: Token, verb: Token) -> bool:
    return head.i != verb.i and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)


def _no_march_under(
    led: list[Trigger], triggers: list[Trigger], knowledge: EventKnowledge
) -> list[Trigger]:
    """People marched off into the bush ("marched nine passengers of a bus into the forest")
    are captives, not marchers: a protest cue on the verb that led them off is dropped."""
    return [
        t
        for t in triggers
        if knowledge.sub_events[t.sub_event].event_type != "Protests"
        or all(t.end <= g.start or t.start >= g.end for g in led)
    ]


def _person_into_vehicle(verb: Token, knowledge: EventKnowledge) -> bool:
    pushed = _objects(verb)
    return any(_person(p, knowledge) for p in pushed) and any(
        g.lower_ in knowledge.vehicle_nouns for g in pobjs(verb, {"into"})
    )


def _phrase(noun: Token) -> str:
    return noun.doc[noun.left_edge.i : noun.right_edge.i + 1].text


PERSON_ENTITIES = frozenset({"PERSON", "NORP"})
PERSON_PRONOUNS = frozenset({"him", "her"})


def _person(noun: Token, knowledge: EventKnowledge) -> bool:
    """The freed one is told as a person: a pronoun of one, a person's noun (of a rank, a
    trade or kin: "three farmers") or name, or a nationality on the noun ("a Canadian aid
    worker")."""
    if noun.lower_ in PERSON_PRONOUNS or noun.lower_ in knowledge.people_nouns:
        return True
    modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound")]
    return any(t.ent_type_ in PERSON_ENTITIES for t in (noun, *modifiers))


def _held_people(verb: Token, counted: bool, knowledge: EventKnowledge) -> bool:
    """The holding is one only people undergo ("they had kidnapped", "held hostage", "after
    holding her"), or of a counted freed one told again as "them" ("freed three teachers
    after holding them"; "freed funds after holding them" is no release)."""
    if verb.lower_ in knowledge.captor_verbs:
        return True
    told = {c.lower_ for c in verb.children if c.dep_ in ("oprd", "dobj", "xcomp", "advmod")}
    pronouns = PERSON_PRONOUNS | ({"them"} if counted else set())
    return bool(told & (knowledge.captive_words | pronouns))


def find_triggers(
    sentence: Span, knowledge: EventKnowledge, *, generic: bool = False
) -> list[Trigger]:
    """Non-overlapping cue matches; generic (weak) cues only if nothing specific is there, or
    (`generic`) only those, for a sentence whose specific cues told no event."""
    text = fold(sentence.text)
    base = sentence.start_char
    strong: list[Trigger] = []
    weak: list[Trigger] = []
    for key, sub in knowledge.sub_events.items():
        found = list(sub.cues.finditer(text)) if sub.cues is not None else []
        if found:  # what blocks a cue is looked for only where there is one
            blocked = _spans(sub.not_cues, text)
            strong += [
                Trigger(key, base + m.start(), base + m.end())
                for m in found
                if not _inside(m.span(), blocked)
            ]
        if sub.weak_cues is not None:
            weak += [
                Trigger(key, base + m.start(), base + m.end(), True)
                for m in sub.weak_cues.finditer(text)
            ]
    strong += [c for t in strong for c in _crowd_for_purpose(sentence, t, knowledge)]
    if not any(knowledge.sub_events[t.sub_event].event_type == "Protests" for t in strong):
        strong += crowd_demanding(sentence, knowledge)
    if not any(t.sub_event == TRANSFER for t in strong):  # one handover a sentence
        strong += handed_over(sentence, knowledge)
    strong += released_captive(sentence, knowledge)
    if not any(t.sub_event == ARRESTS for t in strong):
        strong += taken_by_the_state(sentence, knowledge)
    if not any(t.sub_event == ABDUCTION for t in strong):
        strong += pushed_into_a_vehicle(sentence, knowledge)
    if not any(t.sub_event == ABDUCTION for t in strong):
        led = led_off(sentence, knowledge)
        strong = _no_march_under(led, strong, knowledge) + led
    if not any(knowledge.sub_events[t.sub_event].territory for t in strong):
        strong += ground_taken(sentence, knowledge)
    strong += shut_by_arms(sentence, knowledge)
    if not any(t.sub_event == AIR_STRIKE for t in strong):
        strong += aircraft_struck(sentence, knowledge)
    if not any(knowledge.sub_events[t.sub_event].event_type == "Battles" for t in strong):
        strong += shooting_between(sentence, knowledge)
    chosen = _longest_first(strong)
    if chosen and not generic:
        return _with_own_clauses(sentence, chosen, weak, knowledge)
    weak = [w for w in weak if all(w.end <= c.start or w.start >= c.end for c in chosen)]
    weak = _longest_first(weak)
    # one generic event per sentence, and each further generic verb with a one hit of its own
    return weak[:1] + [w for w in weak[1:] if _own_one_hit(trigger_token(sentence, w))]


SETTING_ENTITIES = frozenset({"GPE", "LOC", "FAC", "DATE"})
SETTING_PREPS = frozenset({"in", "at", "near", "on", "outside", "inside"})


def _crowd_for_purpose(
    sentence: Span, trigger: Trigger, knowledge: EventKnowledge
) -> list[Trigger]:
    """A protest cue that is the purpose of a crowd's act ("had blocked the road with logs to
    protest unpaid deliveries"): the crowd's act tells the protest too (the infinitive alone
    may read as an aim, no act), so its verb is a trigger beside the cue."""
    if trigger.sub_event != PROTEST:
        return []
    token = trigger_token(sentence, trigger)
    head = token.head
    purpose = token.dep_ in ("advcl", "xcomp") and token.tag_ == "VB"
    if purpose and head.pos_ == "VERB" and head.lower_ in knowledge.crowd_verbs:
        return [_trigger(PROTEST, head)]
    return []


def _with_own_clauses(
    sentence: Span, chosen: list[Trigger], weak: list[Trigger], knowledge: EventKnowledge
) -> list[Trigger]:
    """The specific cues, and a generic verb conjoined to one of them that names a place or a
    day of its own: a second act of the sentence ("shot dead a judge in A on Monday and killed
    a teacher in B on Tuesday"), where ACLED codes one event per place and day; and a generic
    verb whose clause holds a detail of an attack ("shot residents as they fled")."""
    heads = {trigger_token(sentence, c).i for c in chosen}
    free = [w for w in weak if all(w.end <= c.start or w.start >= c.end for c in chosen)]
    own = [
        w
        for w in _longest_first(free)
        if trigger_token(sentence, w).head.i in heads and conjoined_act(trigger_token(sentence, w))
    ]
    chosen, own = _acts_over_details(sentence, chosen, own, _longest_first(free), knowledge)
    return sorted(chosen + own, key=lambda t: t.start)


def _acts_over_details(
    sentence: Span,
    chosen: list[Trigger],
    own: list[Trigger],
    free: list[Trigger],
    knowledge: EventKnowledge,
) -> tuple[list[Trigger], list[Trigger]]:
    """A detail of an attack (a flight) told in an adverbial clause of a violent verb gives
    way to that verb, kept even when its word is generic ("shot residents as they fled")."""
    details = [c for c in chosen if _attack_detail(c, knowledge)]
    acts = [c for c in chosen if c not in details] + free
    for detail in details:
        token = trigger_token(sentence, detail)
        act = next((a for a in acts if _circumstance_of(token, trigger_token(sentence, a))), None)
        if act is None:
            continue
        chosen = [c for c in chosen if c != detail]  # the act alone is the event
        if act.weak and act not in own:
            own = [*own, act]
    return chosen, own


def _attack_detail(trigger: Trigger, knowledge: EventKnowledge) -> bool:
    """A flight or displacement ("Other", a detail of an attack); a weapon disrupted in a
    "while" clause stays an event of its own ("exploded while police defused another")."""
    sub = knowledge.sub_events[trigger.sub_event]
    return trigger.sub_event == "other" and sub.part_of_attack is not False


def _circumstance_of(detail: Token, verb: Token) -> bool:
    """ "Gunmen shot residents as they fled": the flight is told in an adverbial clause of the
    violent verb, a circumstance of that act; the act is the sentence's event (ACLED codes
    the attack, not the flight it caused), however generic its word."""
    return verb.pos_ == "VERB" and detail.dep_ == "advcl" and detail.head.i == verb.i


HIT_DEPS = frozenset({"nsubjpass", "dobj"})


def _objects(verb: Token) -> list[Token]:
    """What the verb acts on: its object, or the subject of its passive."""
    return [c for c in verb.children if c.dep_ in HIT_DEPS]


def _own_one_hit(token: Token) -> bool:
    """ "A judge was shot to death in A, and a lawyer was shot to death near his home": a
    second generic verb with its own one hit (a passive subject or an object of its own, not a
    number) tells an act of its own beside the sentence's first."""
    return token.pos_ == "VERB" and any(
        c.dep_ in HIT_DEPS and c.pos_ in ("NOUN", "PROPN") for c in token.children
    )


def conjoined_act(token: Token) -> bool:
    """A verb conjoined to another verb that names a place or a day of its own ("... and
    killed a teacher in B on Tuesday"): an act of its own."""
    if token.pos_ != "VERB" or token.dep_ != "conj" or token.head.pos_ not in ("VERB", "AUX"):
        return False
    after = [t for t in token.subtree if t.i > token.i and t.dep_ == "pobj"]
    return any(
        t.head.lower_ in SETTING_PREPS
        and (t.ent_type_ in SETTING_ENTITIES or t.tag_ == "NNP")
        and _of_this_verb(t, token)
        for t in after
    )


def _of_this_verb(word: Token, verb: Token) -> bool:
    """No other verb stands between the word and the verb ("gathered ... to demand the road
    to B": B is the demand's, not where they gathered)."""
    for above in word.ancestors:
        if above == verb:
            return True
        if above.pos_ in ("VERB", "AUX"):
            return False
    return False


def _spans(pattern: re.Pattern[str] | None, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)] if pattern is not None else []


def _inside(span: tuple[int, int], blocked: list[tuple[int, int]]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in blocked)


def _longest_first(triggers: list[Trigger]) -> list[Trigger]:
    triggers = sorted(triggers, key=lambda t: (-(t.end - t.start), t.start))
    kept: list[Trigger] = []
    for trig in triggers:
        if all(trig.end <= k.start or trig.start >= k.end for k in kept):
            kept.append(trig)
    return sorted(kept, key=lambda t: t.start)


def trigger_token(sentence: Span, trigger: Trigger) -> Token:
    """The syntactic head of the trigger words (the verb or noun the event hangs on)."""
    span = sentence.doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return sentence.root
    words = [t for t in span if t.is_alpha]
    if not words:
        return span.root
    verbs = [t for t in words if t.pos_ == "VERB"]
    if verbs:
        return verbs[0]
    return span.root if span.root.is_alpha else words[-1]


def trigger_span(sentence: Span, trigger: Trigger) -> Span | None:
    return sentence.doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
