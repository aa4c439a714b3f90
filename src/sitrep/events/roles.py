"""Where the doer and the target of an event sit in the parse around its trigger."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

if TYPE_CHECKING:  # knowledge imports this module's RoleWords
    from sitrep.events.knowledge import EventKnowledge

Span_ = tuple[int, int]  # character offsets

RELATIVES = {"who", "that", "which", "whom"}


@dataclass(frozen=True)
class Roles:
    """Token spans (doc char offsets) where actor1 and actor2 are expected."""

    agents: tuple[tuple[int, int], ...]
    patients: tuple[tuple[int, int], ...]
    patient_heads: tuple[Token, ...]
    # the agents that are a name set before the act noun ("the FMLN attack", "the union
    # attack"): a doer only when the name is an armed side's, else the target or the place
    modifiers: tuple[tuple[int, int], ...] = ()


AGENT_PREPS = {"by"}
PATIENT_PREPS = {
    "on",
    "onto",  # "dropped gas grenades onto trenches held by ..." as "on"
    "upon",
    "against",
    "from",
    "at",
    "of",
    "targeting",
    "toward",
    "towards",
    "with",
    "to",
}
# what a weapon's participle aims at ("a canister releasing gas on the trench"): the side hit
AIMED_PREPS = {"on", "onto", "upon", "against", "at", "targeting", "toward", "towards"}
NOUN_AGENT_DEPS = {"compound", "amod", "poss", "nmod"}
NAME_MODIFIER_DEPS = {"compound", "nmod"}  # "the Fenastras attack"; not "Somoza's bombing"
NOUN_AGENT_PREPS = {"by", "from"}


@dataclass(frozen=True)
class RoleWords:
    """Words that turn a role around (taxonomy.toml [rules]): nouns of an act on a person
    whose possessor is the one hit ("Oqueli's assassination", "the judge's kidnapping"), and
    nouns that make their subject the one hit ("the mayor was the victim of an attack").
    Every inflected form: the parse carries no lemmas."""

    possessor_hit: frozenset[str] = frozenset()
    victim_nouns: frozenset[str] = frozenset()
    doer_verbs: frozenset[str] = frozenset()  # "the murder was carried out by": the doer
    suspicion_verbs: frozenset[str] = frozenset()  # "X was blamed for attacks": no one hit
    telling_verbs: frozenset[str] = frozenset()  # "police confirmed the killing": a source
    blast_verbs: frozenset[str] = frozenset()  # "a bus exploded": the bus was hit
    weapons: frozenset[str] = frozenset()  # "a car bomb exploded": the bomb hit
    run_into_verbs: frozenset[str] = frozenset()  # "a bus hit a mine": the bus was hit
    use_verbs: frozenset[str] = frozenset()  # what a weapon does: "destroyed", "damaged"
    happening_verbs: frozenset[str] = frozenset()  # "the kidnapping took place when ..."
    toll_words: frozenset[str] = frozenset()  # "shot to death": a toll, no one hit
    passive_tolls: frozenset[str] = frozenset()  # "four guards killed": what befell the counted
    survival_verbs: frozenset[str] = frozenset()  # "the mayor survived an attack": hit
    survival_states: frozenset[str] = frozenset()  # "the mayor was unhurt in an attack": hit
    falling_nouns: frozenset[str] = frozenset()  # "the fall of the town to X": X took it
    manner_participles: frozenset[str] = frozenset()  # "a controlled detonation": the noun's
    shooting_nouns: frozenset[str] = frozenset()  # "gunfire ... between X and Y": both fought
    settlement_nouns: frozenset[str] = frozenset()  # "between the two towns": places, no sides
    place_naming_verbs: frozenset[str] = frozenset()  # "the city they call X": no act of theirs
    speech_roots: frozenset[str] = frozenset()  # "..., the mayor said": may take the doer
    aiming_participles: frozenset[str] = frozenset()  # "targeting a commander": the side hit


def _extent(token: Token) -> tuple[int, int]:
    sub = list(token.subtree)
    return sub[0].idx, sub[-1].idx + len(sub[-1].text)


def sides_between(noun: Token, places: Collection[str]) -> list[Token]:
    """The "between" after a noun, in its clause, that names two sides ("gunfire on Saturday
    along the river between the army and the rebels", "between rival gangs"), hung on the
    noun, its verb or a setting's noun; none that names places ("between the two towns") or
    hangs on another object ("caused panic between")."""
    return [
        t
        for t in noun.sent
        if t.i > noun.i
        and t.lower_ == "between"
        and _clause_verb(t) == _clause_verb(noun)
        and (t.head.i == noun.i or t.head.pos_ in ("VERB", "AUX") or t.head.dep_ == "pobj")
        and any(_two_sides(o, places) for o in t.children if o.dep_ == "pobj")
    ]


PLACE_ENTITIES = ("GPE", "LOC", "FAC")


def _two_sides(pobj: Token, places: Collection[str]) -> bool:
    """ "X and Y", "the two groups", "rival gangs": two sides, not two places."""
    if all(t.ent_type_ in PLACE_ENTITIES for t in (pobj, *pobj.conjuncts)):
        return False
    return bool(pobj.conjuncts) or (pobj.tag_ == "NNS" and pobj.lower_ not in places)


def _clause_verb(token: Token) -> int:
    """The index of the verb whose clause holds the token (-1 when it hangs on no verb)."""
    node = token
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node.i if node.pos_ in ("VERB", "AUX") else -1


def of_head(token: Token | None, preps: Collection[str] = ("of",)) -> Token | None:
    """The word whose "of" phrase (or one of `preps`) the token is the object of ("a pick-up
    of the X" -> "pick-up", "a former officer of the army" -> "officer"), or None."""
    if token is None or token.dep_ != "pobj" or token.head.lower_ not in preps:
        return None
    return token.head.head


def pobjs(token: Token, preps: Collection[str]) -> list[Token]:
    """The objects of `token`'s prepositions among `preps` ("into the town", "by the army")."""
    out: list[Token] = []
    for child in token.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in preps:
            out.extend(c for c in child.children if c.dep_ in ("pobj", "pcomp"))
    return out


def first_conjunct(token: Token) -> Token:
    """The first of the words a word is listed with ("captured, tortured and murdered")."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token


def with_verb(noun: Token) -> Token | None:
    """The verb whose "with" the noun (or the list it is in) is the object of ("struck the town
    with rockets and artillery"): the means of that verb's act."""
    noun = first_conjunct(noun)
    if noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return None
    verb = noun.head.head
    return verb if verb.pos_ == "VERB" else None


PLURAL_TAGS = ("NNS", "NNPS")


def plural_antecedent(pronoun: Token) -> list[Token]:
    """The noun "them" takes up: the last plural object before it in its sentence ("stopped
    a van carrying five technicians ... and took them away": not the van, one thing)."""
    before = [
        t
        for t in pronoun.sent
        if t.i < pronoun.i and t.tag_ in PLURAL_TAGS and t.dep_ in ("dobj", "nsubjpass")
    ]
    return before[-1:]


SETTING_ENTITIES = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})


def _by_after_setting(verb: Token) -> list[Token]:
    """A passive verb's "by" hung on its day or place ("were set on fire on 19 April by the
    rebels", "were killed in Goma by gunmen"): a day or a town has no doer; the verb's has."""
    out: list[Token] = []
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if pobj.ent_type_ in SETTING_ENTITIES:
                out += pobjs(pobj, AGENT_PREPS)
    return out


def _by_on_speech(verb: Token) -> list[Token]:
    """ "a chief was hacked to death ..., by separatists who ..., sources said": the parse
    hangs the passive verb's "by" on the active verb that reports it, which has no use for one."""
    head = verb.head
    if verb.dep_ != "ccomp" or any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children):
        return []
    return [
        g
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in AGENT_PREPS and c.i > verb.i
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _reported_passive(verb: Token) -> bool:
    """A passive clause another subject reports ("a man was killed, police said")."""
    if verb.dep_ != "ccomp" or not any(c.dep_ == "nsubjpass" for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" for c in verb.head.children)


def _passive_doers(verb: Token) -> list[Token]:
    """The doers a passive verb names: its "by" phrase, wherever the parse hung it."""
    return (
        pobjs(verb, AGENT_PREPS)
        or _by_after_setting(verb)
        or _by_on_speech(verb)
        or _act_done_by(verb)
    )


def _act_done_by(verb: Token) -> list[Token]:
    """ "Was wounded in an ambush carried out by the rebels": the doer of the act the passive
    verb's harm came in is its doer."""
    return [
        g
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "during")
        for act in prep.children
        if act.dep_ == "pobj" and act.pos_ == "NOUN"
        for done in act.children
        if done.dep_ == "acl" and done.tag_ == "VBN"
        for g in pobjs(done, AGENT_PREPS)
    ]


def _verb_subject(verb: Token, words: RoleWords) -> Token | None:
    """The subject of a verb, climbing through open clauses ("moved in, killing 12")."""
    current: Token | None = verb
    for _ in range(4):
        if current is None:
            return None
        for child in current.children:
            if child.dep_ in ("nsubj", "csubj"):
                if child.lower_ in RELATIVES and current.dep_ == "relcl":
                    return current.head  # "the forces who executed ..."
                return child
        if current.dep_ == "acl" and current.tag_ == "VBG":
            return current.head  # "gunmen firing on the crowd"
        misread = _misread_subject(current, words)
        if misread is not None:
            return misread  # "men on a motorcycle hurled a grenade"
        if _reported_passive(current):
            return None  # "a man was killed, police said": the speaker did not do it
        if current.dep_ == "conj" and current.head.lower_ in words.place_naming_verbs:
            return None  # "the town its people call X, and handed ...": not the namers' act
        if current.dep_ in ("xcomp", "advcl", "conj", "ccomp") and current.head != current:
            current = current.head
        else:
            return None
    return None


def _misread_participle(verb: Token, words: RoleWords) -> bool:
    """ "Two men on a motorcycle hurled a grenade", "gunmen abducted between 20 and 30
    women": the parse hangs the verb on a noun as a participle and makes the doer the root; a
    participle with an object (a direct one, or a counted one) and no "by" is active, and the
    root noun is its subject."""
    return _misread_subject(verb, words) is not None


QUANTITY_PREPS = {"between", "about", "around", "over", "nearly", "almost", "up"}  # "at least"


def _misread_subject(verb: Token, words: RoleWords) -> Token | None:
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD"):
        return None
    counted = [g for p in verb.children if p.lower_ in QUANTITY_PREPS for g in p.children]
    counted = [g for g in counted if any(c.dep_ == "nummod" for c in g.children)]
    if not any(c.dep_ == "dobj" for c in verb.children) and not counted:
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    noun = verb.head
    if noun.dep_ == "nsubj" and noun.head.lower_ in words.speech_roots and noun.head.i > verb.i:
        return noun  # "a crowd stabbed a man ..., the mayor said": "crowd" hung on "said"
    root = noun if noun.dep_ == "ROOT" else noun.head.head
    if noun.dep_ not in ("ROOT", "pobj") or root.dep_ != "ROOT":
        return None
    return root if root.pos_ in ("NOUN", "PROPN") else None


PRONOUNS = {"it", "they", "he", "she", "we"}


def _reported_antecedent(subject: Token, verb: Token) -> Token:
    """'X said it shot down ...': the pronoun stands for the speaker X; so it does when the
    event's verb hangs on the reported one ("the army said it had driven the rebels out,
    recapturing the area")."""
    owner = subject.head if subject.head.i != subject.i else verb
    antecedent = _relative_antecedent(subject, owner)  # "fishermen it had detained"
    if antecedent is not None:
        return antecedent
    if subject.lower_ not in PRONOUNS or owner.dep_ != "ccomp":
        return subject
    # the last subject: a dateline's town may be parsed as a first one ("JUBA, Thursday - the
    # army said ...")
    outer = [c for c in owner.head.children if c.dep_ == "nsubj" and c.i < owner.head.i]
    return outer[-1] if outer else subject


GROUP_PRONOUNS = {"it", "they"}


def _relative_antecedent(subject: Token, verb: Token) -> Token | None:
    """ "The rebels freed ten fishermen they had seized": a group's pronoun as the subject of a
    relative clause stands for the subject of the clause it hangs in."""
    if subject.lower_ not in GROUP_PRONOUNS or verb.dep_ != "relcl":
        return None
    outer = verb.head.head
    if outer.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in outer.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)


def _governing_verb(token: Token, steps: int = 3) -> Token | None:
    """The verb the noun hangs on; a participle used as a preposition ("damaged following the
    explosion") is no verb and no step."""
    ancestors = [a for a in token.ancestors if not (a.pos_ == "VERB" and a.dep_ == "prep")]
    for ancestor in ancestors[:steps]:
        if ancestor.pos_ == "VERB":
            return ancestor
    return None


def _shared_subject(verb: Token) -> list[Token]:
    """The verbs joined to `verb` that have no subject of their own: its subject did them too
    ("two bombs exploded and destroyed two kiosks")."""
    return [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ == "VERB"
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
    ]


def _paired_modifiers(noun: Token) -> list[Token]:
    """ "between Dinka and Nuer youths": two names sharing one noun are the two sides; the
    second name is the other side."""
    names = [c for c in noun.children if c.dep_ in ("nmod", "compound", "amod") and c.conjuncts]
    return [c for name in names[:1] for c in name.conjuncts]  # the first name is the doer


def _victim_of(trigger: Token, words: RoleWords) -> Token | None:
    """ "The mayor was the victim of an attack", "the mayor, the target of an attack": the
    one hit is the subject (or the noun) the victim noun describes."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lower_ not in words.victim_nouns:
        return None
    noun = prep.head
    if noun.dep_ == "attr":
        return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    return noun.head if noun.dep_ == "appos" else None


def find_roles(trigger: Token, words: RoleWords | None = None) -> Roles:
    """Where the doer and the target of the event sit in the parse around its trigger."""
    words = words or RoleWords()
    trigger = phrase_head(trigger)
    if trigger.dep_ == "amod" and trigger.lower_ in words.manner_participles:
        trigger = trigger.head  # "blew it up in a controlled detonation": the noun's roles
    if trigger.dep_ == "pobj" and _fills_a_weapon(trigger.head.head, words):
        trigger = trigger.head.head  # "filled with chlorine": the filling names the weapon
    if _fills_a_weapon(trigger, words):
        trigger = trigger.head  # "munitions filled with gas": the weapon's roles are the act's
    agents: list[Token] = []
    patients: list[Token] = []
    if trigger.dep_ == "dobj" and _spread_by_a_weapon(trigger.head, words):
        patients += pobjs(trigger.head, AIMED_PREPS)  # "a device releasing gas on the post"
        trigger = trigger.head.head  # "a device releasing a toxic gas": so are the device's
    alone: list[Token] = []  # agents named by one word: the first of two paired names
    modifiers: list[Token] = []  # agents set before an act noun as its modifier
    described = trigger.head if trigger.dep_ == "amod" else None
    if described is not None and described.pos_ == "NOUN" and described.lower_ not in words.weapons:
        patients.append(described)  # "the mutilated bodies of"; not "an explosive device"
    if trigger.pos_ in ("VERB", "AUX") or trigger.tag_.startswith("VB"):
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children)
        agents += pobjs(trigger, AGENT_PREPS)
        agents += _attempted_by(trigger)
        if passive and not agents:
            agents += _passive_doers(trigger)  # no "by" of its own: one hung elsewhere
        if not passive:
            subject = _verb_subject(trigger, words)
            if subject is not None and _blown_up(trigger, subject, words):
                patients.append(subject)  # "an airliner exploded after take-off"
            elif subject is not None and _headline_passive(trigger, subject):
                patients.append(subject)  # "Police post burned": the post was burned
            elif subject is not None and counted_toll(trigger, words.passive_tolls):
                patients.append(subject)  # "four guards killed;": the guards died
            elif subject is not None:
                agents.append(_reported_antecedent(subject, trigger))
        patients += _harmed_when(trigger, words)
        patients += _targeted_by(trigger, words)
        objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass", "dative")]
        objects = objects or _shared_object(trigger)
        objects = objects or (_host_subject(trigger) if passive else [])
        patients += objects
        # "shelled the town with artillery": beside an object, "with" names the means
        patients += pobjs(trigger, PATIENT_PREPS - {"with"} if objects else PATIENT_PREPS)
        on_noun = trigger.head.pos_ in ("NOUN", "PROPN") and not _misread_participle(trigger, words)
        if trigger.dep_ in ("acl", "relcl") and on_noun:
            has_subject = any(
                c.dep_ == "nsubj" and c.lower_ not in RELATIVES for c in trigger.children
            )
            if trigger.tag_ == "VBN" or has_subject:
                patients.append(trigger.head)  # "civilians killed by", "areas they took"
    else:
        # "an attack from the RSF", "a bomber from the Islamic State": a noun's source is its doer
        # "the fall of the town to the rebels": the side a place falls to took it
        takers = {"to"} if trigger.lower_ in words.falling_nouns else set()
        agents += pobjs(trigger, NOUN_AGENT_PREPS | takers)
        for done in (c for c in trigger.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            agents += pobjs(done, AGENT_PREPS)  # "shells fired by the RSF hit a market"
        hit_owner = trigger.lower_ in words.possessor_hit
        owners = [c for c in trigger.children if c.dep_ == "poss" and hit_owner]
        agents += [c for c in trigger.children if c.dep_ in NOUN_AGENT_DEPS and c not in owners]
        modifiers += [c for c in trigger.children if c.dep_ in NAME_MODIFIER_DEPS]
        patients += owners  # "Oqueli's assassination": Oqueli was killed, not the killer
        patients += pobjs(trigger, PATIENT_PREPS - NOUN_AGENT_PREPS - takers)
        patients += _of_after_setting(trigger)
        victim = _victim_of(trigger, words)
        if victim is not None:
            patients.append(victim)
        between = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "between"]
        if not between and trigger.lower_ in words.shooting_nouns:
            # "gunfire ... along the river between X and Y": the sides, wherever hung
            between = sides_between(trigger, words.settlement_nouns)
        for prep in between:
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                paired: list[Token] = [] if pobj.conjuncts else _paired_modifiers(pobj)
                agents.append(paired[0].head if paired else pobj)
                alone += [paired[0].head] if paired else []
                patients += list(pobj.conjuncts) or paired
        head = trigger.head
        patients += _survivors(trigger, words)
        if trigger.dep_ in ("dobj", "nsubjpass") and head != trigger:
            subject = _verb_subject(head, words)
            if subject is not None and head.lower_ in words.survival_verbs:
                pass  # "the mayor survived an attack": the one hit (_survivors)
            elif subject is not None and _ran_into(trigger, head, words):
                patients.append(subject)  # "a bus carrying traders hit a mine": it was hit
            elif subject is not None:
                # "X said it carried out an air strike": X did; not "monitors documented the
                # rape of six women by soldiers", whose own "by" names the doer, nor "a police
                # spokesman confirmed the killing", a source
                doers = _noun_doers(trigger, head) or _blamed_on(head, words)
                if doers:
                    agents += [t for t in doers if t not in agents]
                elif head.lower_ not in words.telling_verbs | words.suspicion_verbs:
                    agents.append(_reported_antecedent(subject, head))
            patients += _harmed_when(head, words)  # "damaged after men threw a grenade"
        if trigger.dep_ == "nsubj" and head != trigger:
            for done in (head, *_shared_subject(head)):  # "exploded and destroyed two shops"
                if done.lower_ not in words.happening_verbs:  # "took place": no one hit
                    patients += [c for c in done.children if c.dep_ == "dobj"]
            patients += _befallen_while(trigger, head, words)
            patients += _harmed_when(head, words)
        patients += _aimed_at(trigger, words)
        agents += _doer_by(trigger, words)
        verb = _governing_verb(trigger) if trigger.dep_ == "pobj" else None
        if verb is not None and verb.lower_ in words.survival_verbs:
            verb = None  # "escaped from the attack": the one hit (_survivors)
        if verb is not None and _under_the_act(trigger, verb):
            subject = _verb_subject(verb, words)  # "soldiers came under attack by gunmen": hit
            patients += [subject] if subject is not None else []
            agents += pobjs(verb, NOUN_AGENT_PREPS)  # "... under fire from militants"
            verb = None
        if verb is not None and verb.lower_ in words.telling_verbs:
            verb = None  # "police had not established who was behind the blast": a source
        if verb is not None:  # "killed 15 militants in air strikes"
            subject = _verb_subject(verb, words)
            if subject is not None:
                agents.append(_reported_antecedent(subject, verb))
            else:  # "was beaten to death by a mob": the passive verb's doer
                agents += _passive_doers(verb)
            if verb.lower_ not in words.suspicion_verbs:  # "blamed X for the attacks"
                patients += [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
            patients += _damaged_alongside(verb, words)
            patients += _damaged_by(trigger, verb)
    patients = [_reported_antecedent(_antecedent(t), trigger) for t in patients]
    patients = [t for t in patients if not _toll(t, words) and t.ent_type_ not in ("DATE", "TIME")]
    return Roles(
        agents=tuple(_own_span(t) if t in alone else _narrow(t, words) for t in agents),
        patients=tuple(_narrow(t, words) for t in patients),
        patient_heads=tuple(patients),
        modifiers=tuple(_narrow(t, words) for t in modifiers if t in agents),
    )


def _noun_doers(trigger: Token, verb: Token) -> list[Token]:
    """The doers an act noun's "by" names, hung on the noun or, as the parse often does, on
    the active verb it is the object of ("documented the rape of six women by soldiers")."""
    own = pobjs(trigger, {"by"})
    if own or trigger.dep_ != "dobj":
        return own
    return [t for t in pobjs(verb, {"by"}) if t.pos_ in ("NOUN", "PROPN")]


def _blamed_on(verb: Token, words: RoleWords) -> list[Token]:
    """ "Police attributed the blast to insurgents", "blamed the attack on the rebels": the
    side a verb of blaming lays the act on is its doer, not the verb's subject (a source)."""
    if verb.lower_ not in words.suspicion_verbs:
        return []
    return [t for t in pobjs(verb, BLAMED_ON_PREPS) if t.ent_type_ not in ("DATE", "TIME")]


BLAMED_ON_PREPS = frozenset({"to", "on"})


def _under_the_act(trigger: Token, verb: Token) -> bool:
    """ "came under attack", "were under fire": the act's noun after "under" on the verb
    says its subject underwent the act; whoever did it is the verb's "by" or "from"."""
    prep = trigger.head
    return prep.dep_ == "prep" and prep.lower_ == "under" and prep.head == verb


def _fills_a_weapon(trigger: Token, words: RoleWords) -> bool:
    """A participle that tells what a weapon holds ("shells filled with chlorine", "drones
    loaded with gas"), with no doer of its own: it names the weapon, whose verb tells who used
    it on whom."""
    return (
        trigger.dep_ == "acl"
        and trigger.tag_ == "VBN"
        and trigger.head.lower_ in words.weapons
        and not pobjs(trigger, AGENT_PREPS)
    )


def _spread_by_a_weapon(verb: Token, words: RoleWords) -> bool:
    """A weapon's participle that tells what it gives off ("a canister releasing chlorine",
    "shells spreading gas"): the weapon's verb tells who used it on whom."""
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lower_ in words.weapons


def _survivors(trigger: Token, words: RoleWords) -> list[Token]:
    """Who lived through the act its noun tells: the subject of a verb of survival that takes
    the noun ("the mayor survived an attack", "escaped from the ambush") or qualifies it ("an
    attack from which the judge escaped")."""
    verbs = [c for c in trigger.children if c.dep_ == "relcl"]
    if trigger.dep_ == "dobj":
        verbs.append(trigger.head)
    if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep":
        verbs.append(trigger.head.head)
    out: list[Token] = []
    for verb in (v for v in verbs if v.lower_ in words.survival_verbs):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ not in RELATIVES:
            out.append(subject)
    return out + _unharmed_by(trigger, words)


def _unharmed_by(trigger: Token, words: RoleWords) -> list[Token]:
    """ "The mayor was unhurt in an attack", "was unharmed following a bomb attack": the
    subject of a copula whose state says one came through the act (the preposition on the
    adjective or on the copula) was the one it hit."""
    if trigger.dep_ != "pobj" or trigger.head.dep_ != "prep":
        return []
    host = trigger.head.head  # the state ("unhurt in"), or the copula ("was ... following")
    if host.lower_ in words.survival_states:
        copula = host.head  # "was unhurt", "escaped unharmed"
    elif any(c.dep_ == "acomp" and c.lower_ in words.survival_states for c in host.children):
        copula = host
    else:
        return []
    return [c for c in copula.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVES]


def _toll(noun: Token, words: RoleWords) -> bool:
    """ "Shot to death", "died of his injuries": a word of the toll is no one hit, unless its
    "of" names whose toll it is ("the bodies of three farmers")."""
    return noun.lower_ in words.toll_words and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children
    )


def _blown_up(verb: Token, subject: Token, words: RoleWords) -> bool:
    """ "A bus exploded", "the fuel depot blew up": the subject of a verb of blasting with no
    object is what was hit, unless it is a weapon ("a car bomb exploded") or a person."""
    if verb.lower_ not in words.blast_verbs or any(c.dep_ == "dobj" for c in verb.children):
        return False
    if subject.head != verb or subject.pos_ not in ("NOUN", "PROPN") or subject.ent_type_:
        return False
    named = [subject, *(c for c in subject.children if c.dep_ == "compound")]
    return not any(t.lower_ in words.weapons for t in named)


def _headline_passive(verb: Token, subject: Token) -> bool:
    """ "Police post burned as protests turn violent": a headline (no closing stop) drops the
    "was"; a past participle with its own subject, no auxiliary and no object tells what was
    done to the subject, not by it. In a told sentence the tag is too often a misread past."""
    if verb.tag_ != "VBN" or subject.head != verb or subject.pos_ != "NOUN":
        return False
    if verb.sent[-1].is_punct:
        return False
    return not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children)


def counted_toll(verb: Token, tolls: Collection[str]) -> bool:
    """ "Three guards and two porters reportedly killed;", "at least 9 miners injured": a
    report's telegraphic passive, a verb of harm with no auxiliary and no object whose subject
    is counted people; what befell them, in a told sentence too (the parse may read a past)."""
    if verb.lower_ not in tolls or verb.tag_ not in ("VBN", "VBD"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "dobj", "agent", "nsubjpass") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    # "4 FAMa soldiers": the parse may hang the number on the name before the noun
    words = [subject, *(c for c in subject.children if c.dep_ == "compound")]
    return any(c.dep_ == "nummod" and c.like_num for w in words for c in w.children)


def _ran_into(weapon: Token, verb: Token, words: RoleWords) -> bool:
    """ "A bus hit a landmine", "the patrol struck an explosive device": what runs into a
    weapon lying in wait is what it hit, not who set it."""
    return (
        weapon.dep_ == "dobj"
        and verb.lower_ in words.run_into_verbs
        and weapon.lower_ in words.weapons
    )


def _shared_object(verb: Token) -> list[Token]:
    """ "Abducted, tortured and killed two teachers": a verb with no object of its own shares
    the object of the verb joined after it (unless a subject of its own opens a new clause)."""
    for later in sorted((c for c in verb.conjuncts if c.i > verb.i), key=lambda t: t.i):
        if later.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in later.children):
            return []
        objects = [c for c in later.children if c.dep_ == "dobj"]
        if objects:
            return objects
    return []


def _host_subject(verb: Token) -> list[Token]:
    """ "The ambulances were destroyed after being shot at", "the patrol returned fire when
    attacked": a passive clause with no subject of its own, hung on another verb, befell
    that verb's subject."""
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return []
    host = verb.head.head if verb.dep_ == "pcomp" else verb.head if verb.dep_ == "advcl" else None
    if host is None or host.pos_ not in ("VERB", "AUX"):
        return []
    return [c for c in host.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"][:1]


AIM_PREPS = {"against", "at", "on"}


def _aimed_at(noun: Token, words: RoleWords) -> list[Token]:
    """ "The attack was carried out against a bank", "one attack was aimed at the fuel
    tanks": what the verb that tells the act was done against is the one hit (not a place
    or a time: "carried out at noon", "staged in the capital")."""
    verb = noun.head
    if (
        noun.dep_ not in ("nsubj", "nsubjpass")
        or verb == noun
        or verb.lower_ not in words.doer_verbs
    ):
        return []
    return [g for g in pobjs(verb, AIM_PREPS) if g.ent_type_ not in ("DATE", "TIME", "GPE", "LOC")]


def _targeted_by(verb: Token, words: RoleWords) -> list[Token]:
    """ "A drone struck a house, targeting a rebel commander", "shelled the ridge, aiming at
    militia positions": what the act's participle aims at is the side it hit."""
    out: list[Token] = []
    for clause in (c for c in verb.children if c.dep_ in ("advcl", "xcomp", "conj")):
        if clause.lower_ in words.aiming_participles:
            out += [c for c in clause.children if c.dep_ == "dobj"] + pobjs(clause, {"at"})
    return out


def _attempted_by(verb: Token) -> list[Token]:
    """ "An attempt by the rebels to kidnap the envoy", "a plan by X to bomb": the infinitive
    hangs on a noun whose "by" names who meant to do it."""
    head = verb.head
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb.dep_ != "acl" or not to or head.pos_ not in ("NOUN", "PROPN"):
        return []
    return pobjs(head, AGENT_PREPS)


SETTING_PREPS = {"in", "at", "on", "near"}


def _of_after_setting(noun: Token) -> list[Token]:
    """ "The assassination in Tegucigalpa of Manuel Rugama", "the murder on Monday in Kassala
    of a judge": the parse hangs the victim's "of" on the bare place or day told between; a
    place with an article keeps its own ("in the city of Kassala")."""
    out = []
    for setting in noun.sent:
        prep = setting.head
        if setting.i <= noun.i or setting.dep_ != "pobj" or prep.lower_ not in SETTING_PREPS:
            continue
        if prep.head.i not in (noun.i, noun.head.i) or any(
            c.dep_ in ("det", "poss") for c in setting.children
        ):
            continue
        out += [
            g
            for g in pobjs(setting, {"of"})
            if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")
        ]
    return out


def phrase_head(token: Token) -> Token:
    """The noun a cue word names the kind of ("a bomb attack", "a dynamite charge"): the
    phrase's head carries the event's roles ("the target of a bomb attack")."""
    head = token.head
    if token.dep_ == "compound" and head != token and head.pos_ in ("NOUN", "PROPN"):
        return head
    into = head if token.dep_ == "pobj" else token
    if into.lower_ == "into" and into.dep_ == "prep" and into.head.pos_ == "VERB":
        return into.head  # "took 34 suspects into custody": the verb takes them
    return token


def _doer_by(noun: Token, words: RoleWords) -> list[Token]:
    """ "The murder was carried out by X", "the massacre planned by X": the agent of a verb
    that tells who did the act the noun names (not "the attack was condemned by X")."""
    verbs = [noun.head] if noun.dep_ in ("nsubj", "nsubjpass") and noun.head != noun else []
    while verbs and any(c.dep_ == "xcomp" for c in verbs[-1].children):  # "was to be carried"
        verbs.append(next(c for c in verbs[-1].children if c.dep_ == "xcomp"))
    verbs += [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    verbs = [v for v in verbs if v.lower_ in words.doer_verbs]
    return [p for v in verbs for p in pobjs(v, AGENT_PREPS)]


# Marks of a clause set at the act's own time ("when the envoy was driving", "as they gathered")
SAME_TIME_MARKS = frozenset({"as", "while", "when"})


def _befallen_while(noun: Token, verb: Token, words: RoleWords) -> list[Token]:
    """ "The kidnapping took place when the envoy and his aide were driving to the airport":
    an act on a person told to happen while someone was doing something befell that someone
    (the subject of a progressive when-clause)."""
    if noun.lower_ not in words.possessor_hit or verb.lower_ not in words.happening_verbs:
        return []
    return [
        s
        for clause in verb.children
        if clause.dep_ == "advcl"
        and clause.tag_ == "VBG"
        and any(
            c.lower_ in SAME_TIME_MARKS and c.dep_ in ("advmod", "mark") for c in clause.children
        )
        for s in clause.children
        if s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN")
    ]


# Marks of a clause that tells what caused the harm told in its main clause
CAUSE_MARKS = SAME_TIME_MARKS | {"after"}


def _harmed_when(verb: Token, words: RoleWords) -> list[Token]:
    """ "A pharmacy was destroyed when a bomb exploded": the act's verb, in a when- or
    after-clause of a passive verb of harm, caused that harm; its subject was hit."""
    harm = verb.head
    if verb.dep_ != "advcl" or harm == verb or harm.lower_ not in words.use_verbs:
        return []
    if not any(c.lower_ in CAUSE_MARKS and c.dep_ in ("advmod", "mark") for c in verb.children):
        return []
    return [c for c in harm.children if c.dep_ == "nsubjpass"]


def _damaged_alongside(verb: Token, words: RoleWords) -> list[Token]:
    """ "Two buses were destroyed and an office was damaged following the explosion": the
    passive verbs of harm the act's verb is joined to (or completes) tell more of its damage;
    their subjects were hit."""
    chain = [verb]
    while chain[-1].dep_ in ("acomp", "conj") and chain[-1].head != chain[-1]:
        chain.append(chain[-1].head)  # "was heavily damaged": the parse may hang it on "was"
    harm = {v for c in chain for v in (c, *c.conjuncts) if v.lower_ in words.use_verbs}
    return [
        c
        for v in sorted(harm - {verb}, key=lambda t: t.i)
        for c in v.children
        if c.dep_ == "nsubjpass"
    ]


def _damaged_by(noun: Token, verb: Token) -> list[Token]:
    """ "Five houses damaged by explosives": the noun a participle describes was hit by the
    act the participle's "by" names."""
    by = noun.head
    if not (by.dep_ == "agent" and by.head == verb and verb.dep_ == "acl" and verb.tag_ == "VBN"):
        return []
    return [verb.head] if verb.head.pos_ in ("NOUN", "PROPN") else []


def _antecedent(token: Token) -> Token:
    """For a relative pronoun ("the judge who was murdered"), the noun it stands for."""
    clause = token.head
    if token.lower_ in RELATIVES and clause.dep_ == "relcl" and clause.head.i != clause.i:
        return clause.head
    return token


def _own_span(token: Token) -> tuple[int, int]:
    return token.idx, token.idx + len(token.text)


def _narrow(token: Token, words: RoleWords) -> tuple[int, int]:
    """The token's phrase, without a relative clause that may name other actors, its own or
    its appositive's ("Ali, a pilot who flew for the air force, was detained": Ali was)."""
    start, end = _extent(token)
    described = [c for c in token.children if c.dep_ == "appos" and c.i > token.i]
    for child in (g for t in (token, *described) for g in t.children):
        if child.dep_ == "relcl" and child.i > token.i:
            end = min(end, child.left_edge.idx)
    if token.dep_ == "ROOT":  # "men on a motorcycle hurled a grenade at ...": not the clause
        verbs = [t for t in token.subtree if t.i > token.i and _misread_participle(t, words)]
        end = min([end, *(v.left_edge.idx for v in verbs)])
    return start, max(end, token.idx + len(token.text))


def roles_after(roles: Roles, start: int, words: RoleWords) -> Roles:
    """Roles without a target phrase headed before `start` (a wire dateline: a parse that hangs
    the lead's verb on "BAMAKO (AFP) -" makes the dateline's conjuncts look like victims)."""
    if start <= 0:
        return roles
    keep = [i for i, h in enumerate(roles.patient_heads) if h.idx >= start]
    patients = tuple(s for s in roles.patients if s[0] >= start)
    heads = tuple(roles.patient_heads[i] for i in keep)
    lead = [t for h in roles.patient_heads if h.idx < start for t in _told_after(h, start)]
    # beside a one hit told after the dateline ("Malian soldiers ... executed 25 civilians"),
    # the nouns hung on it are the doers, not more victims
    lead = [] if heads else lead
    # the lead's subject first: it names who was hit ahead of any "to" or "on" phrase
    told = tuple(_narrow(t, words) for t in lead) + patients
    return Roles(roles.agents, told, tuple(lead) + heads, roles.modifiers)


def _told_after(head: Token, start: int) -> list[Token]:
    """ "SAN SALVADOR, 8 FEB 89 -- TWO BUSES WERE BURNED": a parse that makes the dateline's
    town the lead's subject hangs the real one on it (as an apposition); the nouns after the
    dateline that hang on a word of it are the ones hit."""
    return [
        t
        for t in head.subtree
        if t.idx >= start and t.head.idx < start and t.pos_ in ("NOUN", "PROPN")
    ]


def spans_after(spans: tuple[Span_, ...], start: int) -> tuple[Span_, ...]:
    """Role spans clipped to after `start` ("MOGADISHU (Reuters) -" is no doer)."""
    if start <= 0:
        return spans
    return tuple((max(s, start), e) for s, e in spans if e > start)


# ---- assignment: actor1, actor2 and their associates for one candidate event --------------


def later_hit(sentence: Span, knowledge: EventKnowledge, cued: bool) -> Span_ | None:
    """The names a later sentence gives the one an act hit, as doc offsets: "the dead man has
    been identified as X", a judge "identified the dead men as X and Y"; with no cue of its
    own, "the target was X" or "one of them is X". They name who the act told before hit.
    Read on the words: a sentence with no cue carries no parse."""
    text = sentence.text
    found = knowledge.identified_as.search(text) if knowledge.identified_as else None
    if found is not None:
        words = set(re.findall(r"[a-z]+", (text[: found.start()] + found["object"]).lower()))
        found = found if words & knowledge.identified_hit else None
    if found is None and not cued and knowledge.named_hit is not None:
        found = knowledge.named_hit.search(text)
    if found is None:
        return None
    end = len(text.rstrip(" .;"))
    start = found.end()
    return (sentence.start_char + start, sentence.start_char + end) if end > start else None
