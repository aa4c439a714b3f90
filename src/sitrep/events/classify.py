"""Sub-event rules: the cue proposes a sub-type, the sentence and the actors settle it."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from sitrep.events._lexicon import fold
from sitrep.events.knowledge import EventKnowledge
from sitrep.events.roles import PLURAL_TAGS, first_conjunct, plural_antecedent, pobjs

# fmt: off
# Pronouns of people: "she was captured", "captured him" take a person, not ground.
PERSON_PRONOUNS = {"he", "she", "him", "her", "we", "us", "they", "them", "i", "me", "who",
    "others", "those", "someone", "anyone", "everyone", "whoever"}
# fmt: on
# Prepositions whose object is what a battle is fought against, for or with.
FOE_PREPS = ("against", "for", "with", "on")
# Prepositions after a verb of agreeing that name what was agreed ("agreed on a truce").
AGREED_PREPS = ("on", "to", "upon")
PROTEST_KEYS = ("peaceful_protest", "protest_intervention", "excessive_force")
# Prepositions that name what a protest is about ("for the victims", "over the killing").
GRIEVANCE_PREPS = ("for", "over", "against", "about")
# Sub-events of a device that a side may destroy after finding it, not use.
DEVICE_KEYS = ("remote_explosive", "grenade", "shelling")


def refine(
    key: str, sentence: Span, knowledge: EventKnowledge, skip: frozenset[int] = frozenset()
) -> str:
    """Apply the data's refinements (a bombing by jets is an air strike); the words at the
    token indices `skip` are left out."""
    if skip:
        text = fold(" ".join(t.text for t in sentence if t.i not in skip))
    else:
        text = fold(
            _without_grievance(sentence, knowledge) if key in PROTEST_KEYS else sentence.text
        )
    for rule in knowledge.refinements:
        if rule.source == key and rule.when is not None and rule.when.search(text):
            if rule.unless is not None and rule.unless.search(text):
                continue
            return rule.target
    return key


def report_refinements(
    original: str, knowledge: EventKnowledge, year: str | None = None
) -> dict[str, str]:
    """The kinds the report's own words refine wherever they stand (a munition dropped in
    one sentence, the burning eyes of those it hit in the next): kind -> refined kind. A
    sentence naming another year than the report's recalls the past ("the town was the site
    of a sarin attack in 2017"): its words tell nothing of today's munition. Only a short
    report tells one incident: in a long article a chemical attack told in one paragraph says
    nothing of the barrel bombs of another."""
    told: dict[str, str] = {}
    pieces = SENTENCE_END.split(fold(original))
    if len(pieces) > SHORT_REPORT:
        return told
    for piece in pieces:
        if any(y != year for y in YEAR.findall(piece)):
            continue
        for rule in knowledge.refinements:
            found = rule.report_when is not None and rule.report_when.search(piece)
            if found and rule.source not in told:
                told[rule.source] = rule.target
    return told


SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")
SHORT_REPORT = 8  # sentences (and header lines) of a one-incident report, as ACLED's notes
YEAR = re.compile(r"\b(?:19|20)\d\d\b")


EXPLOSIONS = "Explosions/Remote violence"


def weapon_kind(key: str, trigger: Token, knowledge: EventKnowledge) -> str:
    """An attack named with its weapon is that weapon's event, whichever word the cue matched
    ("the dynamite attack", "an attack with explosives", "a grenade assault"): the weapon word
    decides the sub-type."""
    sub = knowledge.sub_events.get(key)
    if sub is None or sub.event_type == EXPLOSIONS:
        return key
    verb = trigger.pos_ == "VERB" and _attack_verb(trigger, knowledge)
    used = _used_for(trigger, knowledge) if trigger.pos_ == "VERB" else []
    if trigger.lower_ not in knowledge.event_heads and not (verb or used):
        return key
    means = [c for c in trigger.children if c.dep_ == "compound"]
    # a verb of attack names its weapon in its clause ("attacked the house of a judge with
    # dynamite", where the parse may hang "with" on the judge)
    preps = [t for t in trigger.subtree if _own_phrase(t, trigger)] if verb else [*trigger.children]
    means += [
        o
        for p in preps
        if p.dep_ == "prep" and p.lower_ == "with"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    # a thing used for the act is its weapon when its words name one ("a van loaded with
    # dynamite"), whatever the thing is
    for word in [m for m in means if m.lower_ in knowledge.instruments] + used:
        text = fold(" ".join(t.text for t in word.subtree))
        for other, kind in knowledge.sub_events.items():
            if kind.event_type == EXPLOSIONS and kind.cues is not None and kind.cues.search(text):
                return other
    return key


def _used_for(verb: Token, knowledge: EventKnowledge) -> list[Token]:
    """What was used to do the act ("a van loaded with dynamite was used to try to kill the
    judge", "used a car bomb to kill", "killed him using explosives"): the weapon named there
    is the act's, as much as one named with "with"."""
    node = verb
    while node.dep_ == "xcomp" and node.head is not node:
        node = node.head  # "was used to try to assassinate": up to "used"
    users = [node] if node.lower_ in knowledge.using_verbs else []
    users += [c for c in verb.children if c.dep_ == "advcl" and c.lower_ in knowledge.using_verbs]
    return [c for u in users for c in u.children if c.dep_ in ("nsubjpass", "dobj")]


def _own_phrase(word: Token, verb: Token) -> bool:
    """The word hangs on the verb through nouns only, no other verb's clause between."""
    node = word.head
    while node.i != verb.i and node.head.i != node.i:
        if node.pos_ in ("VERB", "AUX"):
            return False
        node = node.head
    return node.i == verb.i


def _attack_verb(verb: Token, knowledge: EventKnowledge) -> bool:
    """A verb form of an event noun ("attacked", "raiding", "assaults")."""
    word = verb.lower_
    stems = [word[: -len(end)] for end in ("ed", "ing", "s", "d") if word.endswith(end)]
    return any(stem in knowledge.event_heads for stem in stems)


def _without_grievance(sentence: Span, knowledge: EventKnowledge) -> str:
    """The sentence without what a protest is about ("demanding justice for the collapse that
    killed 15", "marched over the killing of a student"): deaths or force told there are the
    grievance, not done at the protest."""
    dropped = {
        t.i
        for prep in sentence
        if (prep.dep_ == "prep" and prep.lower_ in GRIEVANCE_PREPS) or dated_before(prep, knowledge)
        for t in prep.subtree
    }
    return "".join(t.text_with_ws for t in sentence if t.i not in dropped)


def dated_before(verb: Token, knowledge: EventKnowledge) -> bool:
    """A clause of time set a span before the act ("marched ..., a week after a driver was
    shot dead", "two days after the killing of ..."): the earlier event that moved the
    crowd, not force used at the march."""
    if verb.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in ("after", "since") for c in verb.children
    ):
        return False
    return any(c.dep_ == "npadvmod" and c.lower_ in knowledge.span_nouns for c in verb.children)


def is_attempt(trigger: Token, knowledge: EventKnowledge) -> bool:
    """An infinitive or gerund of intent: the territory did not change hands (yet)."""
    has_to = any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
    head = trigger.head
    if has_to:
        return head.lower_ not in knowledge.success_heads
    return trigger.dep_ in ("xcomp", "acl") and head.lower_ in knowledge.attempt_heads


def settle(
    key: str,
    trigger: Token,
    actor1_class: str | None,
    actor2_class: str | None,
    patient: tuple[bool, bool],
    weak: bool,
    knowledge: EventKnowledge,
) -> str | None:
    """The final sub-event key from the cue's key, the trigger's form and the actors' kinds;
    None when the cue tells no event after all ("the battle against poverty").

    Classes are "state", "armed", "unarmed", "crowd" (see actors.toml [kinds]), "mob"
    (civilians named as a community: "residents", "villagers"; see `mob_nouns`) or None.
    `patient`: the object is people; the object is an armed site ("military positions").
    """
    patient_is_person, armed_site = patient
    if key == "civilian_attack" and armed_site and actor1_class in ("state", "armed", None):
        return "armed_clash"  # "guerrillas attacked army positions": a battle
    if key in PROTEST_KEYS and _side_marches_in(trigger, actor1_class, knowledge):
        key = "nonstate_overtakes"  # "troops marched back into the town": ground, no protest
    if key in ("government_regains", "nonstate_overtakes"):
        if not _enters_town(trigger, actor1_class, knowledge):
            return None  # "gunmen entered the house", "the law entered into force"
        classes = (actor1_class, actor2_class)
        took = _taking(key, trigger, classes, patient_is_person, knowledge)
        if took == "arrests" and pressed_into_service(trigger, knowledge):
            return "abduction"  # "troops seized 12 youths to serve as porters"
        if took == key and _walked_in(key, trigger, knowledge):
            return TRANSFER
        return took
    if key == "armed_clash" and abstract_foe(trigger, knowledge):
        return None  # "the battle against poverty", "fought with words": a figure of speech
    if key in DEVICE_KEYS and found_first(trigger, knowledge):
        return "disrupted_weapons"  # "troops blew up the mines they found": none set off
    if key == "abduction" and _goods_taken(trigger, knowledge):
        return "looting"  # "soldiers carried off goods and cash": property, not people
    if key in ("abduction", "arrests") and (
        disappeared(trigger, knowledge) or pressed_into_service(trigger, knowledge)
    ):
        return "abduction"  # "detained four aid workers and took them to an unknown location"
    if key == "abduction" and actor1_class == "state":
        if unlawful(trigger, knowledge):
            return key  # "soldiers kidnapped two teachers": an extrajudicial detention
        return "arrests"  # state forces detaining people is an arrest in ACLED
    if _untold(key, trigger, actor1_class, knowledge):
        return None
    if key == "arrests" and actor1_class == "armed":
        if governing(trigger, knowledge):
            return key  # "Taliban intelligence officers detained three activists": the de
            # facto authority's arrest (ACLED: arrests by actors that control the area)
        return "abduction"
    if key == "looting" and patient_is_person:
        key = "civilian_attack"  # "incinerated five policemen": people, not property
    if key == "civilian_attack" and weak:
        return _generic_violence(actor1_class, actor2_class)
    if key == "civilian_attack" and actor1_class in ("crowd", "mob"):
        return "mob_violence"  # "a crowd lynched two men": a mob, not an armed group
    if key == "civilian_attack" and _mob_act(trigger, actor1_class, knowledge):
        return "mob_violence"  # "two thieves were lynched": a lynching is a mob's by its word
    if key == "civilian_attack" and on_forces(trigger, actor1_class, actor2_class, knowledge):
        return "armed_clash"  # "gunmen murdered a police commander": no civilian was hit
    if key == "looting" and actor1_class == "crowd" and not _people_burned(trigger, knowledge):
        if _hurts_people_too(trigger, knowledge):
            return "mob_violence"  # "burned the shrine's hall and beat its caretaker": a mob
        return "violent_demonstration"  # "angry youths torched a police station": rioters
    if key == "looting" and actor1_class == "mob":
        # "residents looted shops": no organised armed group, so ACLED's Mob violence (its
        # Looting/property destruction is done by armed groups); rioters' burning stays theirs
        return "mob_violence"
    if key == "armed_clash" and "crowd" in (actor1_class, actor2_class):
        return "violent_demonstration"
    one_sided = key == "armed_clash" and trigger.lower_ in knowledge.one_sided_fight_verbs
    on_people = actor2_class == "unarmed" and patient_is_person
    if one_sided and on_people and actor1_class in ("state", "armed"):
        return "civilian_attack"  # "aid workers were ambushed by gunmen": none fought back
    if (
        key == "armed_clash"
        and actor1_class == "unarmed"
        and trigger.lower_ in knowledge.mutual_fight_verbs
    ):
        if actor2_class == "state":  # "party supporters fought running battles with police":
            return "violent_demonstration"  # a crowd against the state, not a communal fight
        return "mob_violence"  # "two groups of villagers fought over land": a communal clash
    return key


def _mob_act(trigger: Token, actor1_class: str | None, knowledge: EventKnowledge | None) -> bool:
    """A verb that names a crowd's killing ("lynched") with no state force or armed group
    told as its doer ("a suspected thief was lynched at the market"): a mob's act."""
    if knowledge is None or actor1_class in ("state", "armed"):
        return False
    return trigger.lower_.startswith(knowledge.mob_acts)


def _untold(key: str, trigger: Token, actor1_class: str | None, knowledge: EventKnowledge) -> bool:
    """A strategic development or protest cue that tells none after all."""
    if key == "agreement" and trigger.lower_ in knowledge.agree_verbs:
        return not sides_agreed(trigger, knowledge)  # "the minister agreed to resign"
    if key == "agreement":
        return not agreement_made(trigger, knowledge)  # "asked for a cease-fire"
    if key in PROTEST_KEYS:
        # "the army demonstrated its professionalism"; "the government strongly protests the
        # fact": something shown, a diplomatic note, no street protest
        return shows(trigger, knowledge) or actor1_class == "authority"
    if key == "disrupted_weapons":
        return not weapon_taken(trigger, knowledge)  # "he was intercepted by four gunmen"
    if key == "nonviolent_transfer":
        # "he was handed over to the police", "seized rifles without a fight": no ground
        return taken(trigger, knowledge) in ("people", "arms", "described")
    return False


def _taking(
    key: str,
    trigger: Token,
    classes: tuple[str | None, str | None],
    patient_is_person: bool,
    knowledge: EventKnowledge,
) -> str | None:
    """A taking: of arms, of people, of ground, or none told."""
    actor1_class, actor2_class = classes
    took = taken(trigger, knowledge)
    if took == "arms":
        return "disrupted_weapons"  # "troops seized five rifles": arms, not ground
    if took == "described":
        return None  # "the weapons that were seized": the arms described, no act told
    person = patient_is_person or took == "people"
    ousted = trigger.lower_ in knowledge.ousting_verbs
    if ousted and _ousts_a_side(trigger, knowledge):
        # "troops drove insurgents out of the town": the ground is taken, by who drives
        return _territory(key, trigger, knowledge, actor1_class, False)
    if ousted and person and actor2_class not in ("state", "armed"):
        return None  # "two nuns were expelled from the country": a deportation, no ground
    if _no_object(trigger) and actor1_class not in ("state", "armed"):
        return None  # "since the new president took over": an office taken, no ground
    return _territory(key, trigger, knowledge, actor1_class, person and not ousted)


def _enters_town(verb: Token, actor1_class: str | None, knowledge: EventKnowledge) -> bool:
    """Any taking but a verb of entering; that one when an armed side enters a town that the
    other side left ("rebels entered Hama after the army withdrew", "troops walked into the
    centre of the city after the rebels fled"): the place entered is a name or a settlement
    noun. Entering with no one leaving is an incursion or a raid, no ground taken; entering
    "back" ("troops marched back into the town") is a return to ground the side had lost."""
    if verb.lower_ not in knowledge.entering_verbs:
        return True
    back = any(c.dep_ == "advmod" and c.lower_ == "back" for c in verb.children)
    if not back and not any(t.lower_ in knowledge.leaving_words for t in verb.sent):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    sides = actor1_class in ("state", "armed") or (
        actor1_class is None and any(c.lower_ in knowledge.side_nouns for c in subjects)
    )  # "fighters led by X entered": an armed side the lexicon did not name
    if not sides:
        return False
    places = [c for c in verb.children if c.dep_ == "dobj"]
    places += pobjs(verb, {"into"})
    for adverb in (c for c in verb.children if c.dep_ == "advmod"):
        places += pobjs(adverb, {"into"})  # "moved back into Bourem": "into" hangs on "back"
    return any(
        p.pos_ == "PROPN"
        or p.ent_type_ in ("GPE", "LOC", "FAC")
        or p.lower_ in knowledge.settlement_nouns
        for p in places
    )


def _side_marches_in(
    verb: Token, actor1_class: str | None, knowledge: EventKnowledge | None
) -> bool:
    """A march cue whose marchers are an armed side going into a town ("soldiers marched back
    into Tessalit"): a column entering ground, which `_enters_town` weighs as any entering,
    not a street march."""
    if knowledge is None or actor1_class not in ("state", "armed"):
        return False
    return verb.lower_ in knowledge.entering_verbs and _enters_town(verb, actor1_class, knowledge)


TRANSFER = "nonviolent_transfer"


def _walked_in(key: str, verb: Token, knowledge: EventKnowledge) -> bool:
    """A side entered a town the other side left, its sentence tells no fight and its passage
    says none took place ("walked into the town hours after the troops withdrew. There was
    no fighting."): ACLED's Non-violent transfer of territory, control gained without a
    violent interaction. Told without that word, the fall of a town may follow a battle."""
    if verb.lower_ not in knowledge.entering_verbs:
        return False
    clash = knowledge.sub_events.get("armed_clash")
    if clash is not None and clash.cues is not None and clash.cues.search(fold(verb.sent.text)):
        return False
    passage = fold(verb.doc.text)
    return any(
        rule.source == key and rule.target == TRANSFER and rule.when.search(passage)
        for rule in knowledge.refinements
        if rule.when is not None
    )


def _ousts_a_side(trigger: Token, knowledge: EventKnowledge) -> bool:
    """A verb of driving out whose object is an armed side by its word ("drove the militants
    out", "rebels were expelled from the town"): fighters ousted, not people deported."""
    ousted = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(c.lower_ in knowledge.side_nouns for c in ousted)


def _no_object(trigger: Token) -> bool:
    """A phrasal taking with nothing taken ("took over in June")."""
    particle = any(c.dep_ == "prt" for c in trigger.children)
    return particle and not any(c.dep_ in ("dobj", "nsubjpass") for c in trigger.children)


def _territory(
    key: str,
    trigger: Token,
    knowledge: EventKnowledge,
    actor1_class: str | None,
    patient_is_person: bool,
) -> str:
    if patient_is_person:  # "captured two commanders": people, not ground
        return "arrests" if actor1_class == "state" else "abduction"
    if is_attempt(trigger, knowledge):
        return "armed_clash"
    if actor1_class == "state":
        return "government_regains"
    if actor1_class == "armed":
        return "nonstate_overtakes"
    return key


def on_forces(
    trigger: Token,
    actor1_class: str | None,
    actor2_class: str | None,
    knowledge: EventKnowledge | None,
) -> bool:
    """An attack by an armed group (or an unnamed doer) on state forces ("rebels murdered a
    police commander", "the assassination of an army colonel"): ACLED's Violence against
    civilians is violence on unarmed people, so armed sides meeting is a Battle. A killing of
    captives ("executed two soldiers they held") is left to the cue."""
    if actor2_class != "state" or actor1_class not in ("armed", None):
        return False
    stems = knowledge.custody_killings if knowledge is not None else ()
    return not (stems and trigger.lower_.startswith(stems))


def _generic_violence(actor1_class: str | None, actor2_class: str | None) -> str:
    """A generic 'attack'/'killed': a fight between armed sides, else violence on civilians."""
    if actor1_class in ("crowd", "mob"):
        return "mob_violence"  # "villagers killed a suspected thief": no armed group
    if actor2_class in ("state", "armed") and actor1_class in ("state", "armed", None):
        return "armed_clash"
    return "civilian_attack"


def taken(trigger: Token, knowledge: EventKnowledge) -> str | None:
    """What a verb of taking took: "people" (a pronoun or a noun for people: "captured him",
    "35 criminals were captured", "the capture of the leaders"), "arms" ("seized five rifles",
    "a quantity of ammunition was seized"), "described" (arms or goods that the taking only
    describes: "the weapons that were seized", "among the weapons seized") or None."""
    nouns = _taken_nouns(trigger, knowledge)
    described = bool(nouns) and _describes(trigger) and nouns[-1] is trigger.head
    people = knowledge.people_nouns
    for noun in nouns:
        word = noun.lower_
        if (
            described
            and noun is trigger.head
            and (word in knowledge.arms or word in knowledge.things)
        ):
            return "described"
        if word in knowledge.arms:
            return "arms"
        if word in PERSON_PRONOUNS or word in people or _demonym_plural(word, knowledge):
            return "people"
    return None


def found_first(trigger: Token, knowledge: EventKnowledge) -> bool:
    """Explosives acted on after being found ("detonated 40 IEDs recovered from a hideout",
    "found and blew up three mines", "a bomb found by the road was defused"): a side destroyed
    them, none was set off against anyone. A found bomb that explodes by itself is a bomb."""
    noun = trigger
    while noun.dep_ in ("amod", "compound", "nmod") and noun.head is not noun:
        noun = noun.head  # "improvised explosive devices"
    if noun.pos_ in ("NOUN", "PROPN"):
        if noun.dep_ not in ("dobj", "nsubjpass"):
            return False  # "a bomb found near the market exploded": it went off
        devices, verb = [noun], noun.head
    else:
        devices = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
        verb = trigger
    found = knowledge.found_verbs
    if any(c.dep_ in ("acl", "relcl") and c.lower_ in found for d in devices for c in d.children):
        return True
    return bool(devices) and any(v.lower_ in found for v in verb.conjuncts)


def harmed_in_taking(trigger: Token, knowledge: EventKnowledge) -> bool:
    """A taking told in one clause with a killing or wounding ("seized the mayor and shot
    him", "abducted and killed two drivers", "kidnapped him before shooting him"): ACLED
    codes an abduction with deaths or serious injuries during it as an Attack."""
    stems = knowledge.harm_on_taking
    verbs = [*trigger.conjuncts] + [c for c in trigger.children if c.dep_ == "advcl"]
    # a later step the parse hangs loosely, with its own list ("rounded up men, then took them
    # behind the school and opened fire")
    steps = [
        c for c in trigger.children if c.dep_ == "dep" and c.pos_ == "VERB" and c.i > trigger.i
    ]
    verbs += [v for step in steps for v in (step, *step.conjuncts)]
    return any(
        v.pos_ in ("VERB", "AUX")
        and (v.lower_.startswith(stems) or _opened_fire(v))
        and _same_act(trigger, v, knowledge)
        for v in verbs
    )


OPEN_FORMS = frozenset({"open", "opens", "opened", "opening"})  # no lemmas in the parse


def _opened_fire(verb: Token) -> bool:
    """ "Opened fire" ("rounded up men, took them behind the school and opened fire"): a
    shooting told by its phrase, not by a verb of harm."""
    return verb.lower_ in OPEN_FORMS and any(
        c.dep_ == "dobj" and c.lower_ == "fire" for c in verb.children
    )


def _same_act(taking: Token, harm: Token, knowledge: EventKnowledge) -> bool:
    """The two verbs tell one act on the same people: the later shares the other's subject
    ("seized the mayor and shot him"; "an officer was killed and two soldiers were captured"
    tells two acts), the harm hits the ones taken (a pronoun, or one object for both: "abducted
    and killed two drivers"; "kidnapped a judge and killed two policemen" hit others), and
    the harm is not told as done later."""
    later = harm if harm.i > taking.i else taking
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in later.children):
        return False
    taken = [c for c in taking.children if c.dep_ == "dobj"]
    hit = [
        c
        for c in harm.children
        if c.dep_ == "dobj" and not (c.lower_ == "fire" and _opened_fire(harm))
    ]
    if taken and hit and not all(h.lower_ in PERSON_PRONOUNS for h in hit):
        return False
    later_words = knowledge.later_words  # "abducted and subsequently murdered": in captivity
    return not any(c.lower_ in later_words for c in harm.children if c.dep_ == "advmod")


def _goods_taken(trigger: Token, knowledge: EventKnowledge) -> bool:
    """A verb of taking away whose objects are goods, cash or animals ("carried off goods and
    cash", "took away their cattle"), none of them people."""
    nouns = _taken_nouns(trigger, knowledge) + pobjs(trigger, {"with"})  # "made off with cattle"
    if not nouns or taken(trigger, knowledge) == "people":
        return False
    return any(n.lower_ in knowledge.things for n in nouns)


def _demonym_plural(word: str, knowledge: EventKnowledge) -> bool:
    """ "Colombians", "two Peruvians": people of a country."""
    demonyms = knowledge.actors.demonyms if knowledge.actors is not None else {}
    return word.endswith("s") and word[:-1] in demonyms


def _describes(trigger: Token) -> bool:
    """A passive participle or relative clause on the noun it took ("the weapons seized",
    "the men who were captured"); "the fighters who captured the town" took the town."""
    if trigger.dep_ not in ("relcl", "acl"):
        return False
    if trigger.head.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
        return False
    passive = any(c.dep_ == "auxpass" for c in trigger.children)
    # all-capitals wire text may tag the participle as a past tense: no subject is enough
    bare = trigger.dep_ == "acl" and not any(c.dep_ in ("aux", "nsubj") for c in trigger.children)
    return passive or bare


def _object_read_as_subject(trigger: Token) -> list[Token]:
    """The noun right after an objectless verb that the parser made the subject of a joined
    verb ("dismantled three launchers found set up in a grove", a reduced relative read as
    "launchers found"): the verb's object."""
    return [
        n
        for v in trigger.children
        if v.dep_ in ("conj", "ccomp") and v.i > trigger.i
        for n in v.children
        if n.dep_ == "nsubj" and n.pos_ in ("NOUN", "PROPN") and n.left_edge.i == trigger.i + 1
    ]


def _taken_nouns(trigger: Token, knowledge: EventKnowledge) -> list[Token]:
    """The objects of a taking: its object or passive subject, the "of" of a noun ("the
    capture of X"), with their conjuncts and appositions, and the "of" of a quantity ("a
    number of prisoners"); last, the noun a passive clause describes ("the weapons seized")."""
    nouns = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    pronouns = bool(nouns) and all(n.pos_ == "PRON" for n in nouns)
    if not nouns or pronouns:  # "captured and blindfolded ten guards", "20 killed and 22
        # captured"; a pronoun stands for the object of the verb it is joined to ("found
        # three rockets and dismantled them")
        verbs = [*trigger.conjuncts] + ([trigger.head] if trigger.dep_ == "conj" else [])
        shared = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
        # "he was arrested and handed over": the joined verb's pronoun, when nothing else
        nouns = [n for n in shared if n.pos_ != "PRON" and _agrees(nouns, n)] or nouns or shared
    if nouns and all(n.lower_ == "them" for n in nouns):  # "stopped a van carrying five
        nouns = [a for n in nouns for a in plural_antecedent(n)] or nouns  # men and took them"
    if not nouns:
        nouns = _object_read_as_subject(trigger)
    if trigger.pos_ in ("NOUN", "PROPN"):
        nouns += pobjs(trigger, {"of"})
    if _describes(trigger):
        nouns.append(trigger.head)
    more = [c for n in nouns for c in n.children if c.dep_ in ("conj", "appos")]
    more += [c for n in nouns for c in n.conjuncts]
    nouns += more
    inner: list[Token] = []
    for _ in range(2):  # "thousands of items of military supplies"
        inner += [
            g
            for n in [*nouns, *inner]
            if _quantity(n, knowledge)
            for g in pobjs(n, {"of"})
            if g not in inner
        ]
    head = [trigger.head] if _describes(trigger) else []
    return [n for n in [*nouns, *inner] if n is not trigger.head] + head


def _agrees(pronouns: list[Token], noun: Token) -> bool:
    """A noun a pronoun may take up: "them" only a plural one or a list ("found three rockets
    and dismantled them"; "stopped a van ... and took them away" takes up no van)."""
    if not any(p.lower_ == "them" for p in pronouns):
        return True
    return noun.tag_ in PLURAL_TAGS or any(c.dep_ == "conj" for c in noun.children)


def _quantity(noun: Token, knowledge: EventKnowledge) -> bool:
    return noun.pos_ == "NUM" or noun.lower_ in knowledge.quantity_nouns


def abstract_foe(trigger: Token, knowledge: EventKnowledge) -> bool:
    """A battle or fight whose foe, aim or weapon is an abstraction, a crime or a trade in
    general ("a desperate battle against the cocaine barons", "fought for freedom", "the
    battle to preserve democracy", "fought with words", "a political confrontation"): no armed
    side fights there."""
    nodes = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    if trigger.dep_ == "dobj":
        nodes.append(trigger.head)  # "waged a battle against X"
    foes: list[Token] = []
    for node in nodes:
        foes += [c for c in node.children if c.dep_ == "dobj" and node is not trigger.head]
        for prep in (c for c in node.children if c.dep_ == "prep" and c.lower_ in FOE_PREPS):
            foes += [g for g in prep.children if g.dep_ == "pobj"]
        for aim in (c for c in node.children if c.dep_ in ("acl", "xcomp", "advcl")):
            if any(a.dep_ == "aux" and a.lower_ == "to" for a in aim.children):
                foes += [g for g in aim.children if g.dep_ == "dobj"]  # "to preserve democracy"
    foes += [c for f in list(foes) for c in f.conjuncts]
    if any(f.lower_ in knowledge.abstractions for f in foes):
        return True
    # "a political confrontation", "the legal battle": a contest of another field, no arms
    kinds = knowledge.figurative_battles
    return any(c.dep_ == "amod" and c.lower_ in kinds for c in trigger.children)


def campaign(trigger: Token, knowledge: EventKnowledge) -> bool:
    """A noun for a whole campaign ("the guerrilla offensive", "the army's counteroffensive"):
    many events, none told by it unless with a day of its own ("launched an offensive on X on
    Saturday"); ACLED codes the clashes one by one."""
    return trigger.pos_ in ("NOUN", "PROPN") and trigger.lower_ in knowledge.campaign_nouns


def unlawful(trigger: Token, knowledge: EventKnowledge) -> bool:
    """A word of kidnapping, abduction, hostage-taking or forced disappearance."""
    stems = knowledge.unlawful_takings
    return bool(stems) and trigger.lower_.startswith(stems)


def disappeared(trigger: Token, knowledge: EventKnowledge) -> bool:
    """The people taken were carried out of sight in the same sentence ("took them to an
    unknown location", "are held incommunicado"): a forced disappearance, not an arrest."""
    text = trigger.sent.text.lower()
    return any(phrase in text for phrase in knowledge.disappearance_phrases)


def pressed_into_service(trigger: Token, knowledge: EventKnowledge) -> bool:
    """The people taken are said, in the taking's sentence or the next, to be made to serve
    ("rounded up 30 villagers. Relatives fear they are being used as porters"): taken for
    forced service by troops, an abduction, not an arrest under the law."""
    sentence = trigger.sent
    text = sentence.text
    if sentence.end < len(trigger.doc):
        text += " " + trigger.doc[sentence.end].sent.text
    return any(phrase in fold(text) for phrase in knowledge.forced_service_phrases)


def shows(trigger: Token, knowledge: EventKnowledge) -> bool:
    """A verb of showing with an object or a clause ("demonstrated its skill", "it has been
    demonstrated that ..."): something shown, no demonstration held."""
    if trigger.pos_ not in ("VERB", "AUX") or trigger.lower_ not in knowledge.showing_verbs:
        return False
    return any(c.dep_ in ("dobj", "ccomp") for c in trigger.children)


def agreement_made(trigger: Token, knowledge: EventKnowledge) -> bool:
    """Whether an agreement named by its noun ("a truce", "the peace agreement") was made or
    began in the sentence; cues with a verb of their own ("surrendered to") always were."""
    noun = trigger
    while noun.dep_ in ("compound", "amod", "nmod") and noun.head is not noun:
        noun = noun.head  # "cease-fire", "ceasefire agreement", "peace accord"
    if noun.lower_ in knowledge.agreement_nouns:
        return _made(noun, knowledge, 0)
    # "the ceasefire talks", "a cease-fire proposal": the agreement only names something else
    return trigger.lower_ not in knowledge.agreement_nouns


def _made(noun: Token, knowledge: EventKnowledge, depth: int) -> bool:
    """The noun is the object of a real verb of making ("announced a truce"), the subject of a
    real verb of beginning ("the truce took effect"), has a participle or relative clause of
    making ("the truce decreed on 13 September", "the cease-fire that was ordered"), is agreed
    on ("agreed on a truce"), or is the "of" of a noun of making that passes ("announced the
    implementation of a unilateral truce")."""
    noun = first_conjunct(noun)  # "declared a cease-fire and a truce"
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl")]
    if any(_making(c, knowledge) for c in clauses) and not _cited(noun):
        return True
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass"):
        return _making(head, knowledge)
    if noun.dep_ == "nsubj" and head.tag_ == "VBN" and not _has_aux(head):
        return _making(head, knowledge)  # "the truce decreed by the rebels ...", misparsed
    if noun.dep_ == "nsubj":
        return head.lower_ in knowledge.agreement_starts and _real(head, knowledge)
    if noun.dep_ != "pobj" or depth >= 2:
        return False
    over = head.head
    if head.lower_ in AGREED_PREPS and over.pos_ in ("VERB", "AUX"):
        return _making(over, knowledge)
    if over.pos_ in ("NOUN", "PROPN") and over.lower_ in knowledge.agreement_acts:
        return _made(over, knowledge, depth + 1)
    return False


def _cited(noun: Token) -> bool:
    """A definite agreement whose making only its own clause tells, named as what another
    act keeps to, leans on or happens under ("continues to respect the truce declared in
    May", "amid the truce decreed by the rebels", "taking advantage of the cease-fire that
    was ordered"): a deal made before, cited; the act around it is the news."""
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children):
        return False
    if noun.dep_ == "pobj":
        return True
    return noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX")


DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _has_aux(verb: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _making(verb: Token, knowledge: EventKnowledge) -> bool:
    return verb.lower_ in knowledge.agreement_verbs and _real(verb, knowledge)


def _modals(knowledge: EventKnowledge) -> frozenset[str]:
    """The auxiliaries of a future or a hypothesis (factuality.toml, the one home of them)."""
    cues = knowledge.time_cues
    return cues.future_aux | cues.hypothetical_aux if cues is not None else frozenset()


def _real(verb: Token, knowledge: EventKnowledge) -> bool:
    """A verb that tells a fact: not negated, under no modal, not a base form of a wish or a
    demand ("to draft a cease-fire", "demanded that they declare a truce") unless after a verb
    of agreeing that is real ("agreed to declare a truce"), not a gerund under another verb
    ("postponed signing")."""
    children = list(verb.children)
    if any(c.dep_ == "neg" for c in children):
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _modals(knowledge) for c in children):
        return False  # a possibility, a duty or a future: no fact told
    if verb.dep_ == "ccomp" and verb.head.lower_ in knowledge.wish_verbs:
        return False  # "demanded that the parties declare a truce"
    if verb.tag_ == "VB":
        head = verb.head
        return (
            verb.dep_ == "xcomp"
            and head is not verb
            and head.lower_ in knowledge.agreement_verbs
            and _real(head, knowledge)
        )
    return not (verb.tag_ == "VBG" and verb.dep_ == "xcomp")


def governing(trigger: Token, knowledge: EventKnowledge) -> bool:
    """The doer of an arrest is named by an office of a government ("the group's police",
    "Houthi security officers", "agents of its intelligence service"): an armed group that
    holds an area and polices it, not kidnappers. A verb joined to another shares its
    subject ("security forces raided his home and took him to headquarters")."""
    verbs = [trigger]
    while verbs[-1].dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verbs[-1].children):
        verbs.append(verbs[-1].head)
    doers = [c for v in verbs for c in v.children if c.dep_ == "nsubj"]
    doers += [g for c in trigger.children if c.dep_ == "agent" for g in c.children]
    return any(t.lower_ in knowledge.office_words for d in doers for t in d.subtree)


REFLEXIVES = frozenset({"itself", "themselves"})


def decreed(verb: Token, actor1_class: str | None, knowledge: EventKnowledge) -> bool:
    """A verb of decree tells a Change to group/activity when a state, an armed group or an
    authority imposes, lifts or ends a rule or a body ("imposed martial law on two
    townships", "dissolved the electoral commission", "ordered all aid groups to stop"): its
    object (or passive subject) is one of the measures or bodies of the data, and the act is
    real."""
    if actor1_class not in ("state", "armed", "authority", None) or not _real(verb, knowledge):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.lower_ in knowledge.self_ending_verbs and any(o.lower_ in REFLEXIVES for o in objects):
        return True  # "the brigade said it was dissolving itself": whatever "it" names ends
    if not objects and verb.lower_ in knowledge.self_ending_verbs:
        objects = [c for c in verb.children if c.dep_ == "nsubj"]  # "the network disbanded"
    objects += [c for o in objects for c in o.conjuncts]
    # "dissolved all of the councils": the quantity's "of" names the bodies
    objects += [
        g for o in objects if o.lower_ in knowledge.quantity_nouns for g in pobjs(o, {"of"})
    ]
    words = {o.lower_ for o in objects}  # the noun and its own modifiers, not its clauses
    words |= {c.lower_ for o in objects for c in o.children if c.dep_ in ("compound", "amod")}
    return bool(words & knowledge.decreed_measures)


def sides_agreed(verb: Token, knowledge: EventKnowledge) -> bool:
    """A verb of agreeing tells an Agreement when it is real and two sides agree: joined
    subjects ("the army and the rebels agreed"), one "with" the other, or a noun of both sides
    ("the warring parties", "government and rebel negotiators"); or when what is agreed is an
    agreement itself ("the rebels agreed to a truce")."""
    if not _real(verb, knowledge):
        return False  # "they have not agreed to talks", "may agree to a swap"
    if _only_talks(verb, knowledge):
        return False  # "the delegations agreed to meet again in October": talks, no deal
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return True
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    subjects += [o for s in subjects for o in pobjs(s, {"of"})]  # "leaders of X and Y"
    for subject in subjects:
        if subject.conjuncts or subject.lower_ in knowledge.agreement_parties:
            return True
        if _counted_sides(subject, knowledge):
            return True
        if any(c.conjuncts for c in subject.children if c.dep_ in ("compound", "amod")):
            return True  # "government and rebel negotiators"
    agreed = [g for c in verb.subtree for g in (c,) if g.lower_ in knowledge.agreement_nouns]
    return bool(agreed)


def _counted_sides(noun: Token, knowledge: EventKnowledge) -> bool:
    """Groups counted as two or more ("the two gangs agreed", "both militias agreed"): the
    sides of the deal, however they are named."""
    counted = any(
        c.dep_ in ("nummod", "det", "predet") and c.lower_ in knowledge.party_counts
        for c in noun.children
    )
    return counted and noun.lower_ in knowledge.party_group_nouns


def _hurts_people_too(trigger: Token, knowledge: EventKnowledge) -> bool:
    """A verb listed with the burning or looting hurts someone ("stormed a shrine, set fire
    to its hall and beat the caretaker", or in the passive, "two men were beaten and set
    alight by a crowd"): the crowd attacked people, not only property."""
    return any(
        verb.lower_.startswith(knowledge.crowd_harm)
        and any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)
        for verb in trigger.conjuncts
    )


def crowd_took_to_harm(trigger: Token, knowledge: EventKnowledge) -> bool:
    """A taking listed with a crowd's harm ("residents seized two men, beat them and burned
    their bodies"): the seizing is the mob's attack on them, no abduction of its own."""
    return _hurts_people_too(trigger, knowledge)


def _people_burned(trigger: Token, knowledge: EventKnowledge | None) -> bool:
    """What a cue of burning or looting took is people ("set them alight")."""
    return knowledge is not None and taken(trigger, knowledge) == "people"


def _only_talks(verb: Token, knowledge: EventKnowledge) -> bool:
    """What is agreed is only to talk ("agreed to continue the talks", "agreed to meet"),
    with no agreement named in it ("agreed to extend the truce" is one)."""
    acts = [c for c in verb.children if c.dep_ == "xcomp" and c.lower_ in knowledge.talk_verbs]
    objects = [o for a in acts for o in a.children if o.dep_ in ("dobj", "nsubjpass")]
    named = any(  # the truce of "agreed to extend the truce", not a later clause's
        t.lower_ in knowledge.agreement_nouns
        for o in objects
        for t in (o, *o.children)
        if t is o or t.dep_ == "compound"
    )
    return bool(acts) and not named


def weapon_taken(trigger: Token, knowledge: EventKnowledge) -> bool:
    """A cue that also takes people or groups ("intercepted", "dismantled") tells Disrupted
    weapons use only of a weapon ("intercepted a missile", "dismantled four arsenals")."""
    if not knowledge.weapon_object_cues or not trigger.lower_.startswith(
        knowledge.weapon_object_cues
    ):
        return True
    weapons = knowledge.arms | knowledge.instruments | knowledge.weapon_objects
    return any(n.lower_ in weapons for n in _taken_nouns(trigger, knowledge))
