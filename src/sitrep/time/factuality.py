"""Whether a mentioned event happened (factuality) and how sure the text is (certainty).

This is factuality's one home: the cue classifier (`classify_factuality`) and the overrides a
report's wording adds for a candidate event (`event_factuality`, `dated_factuality`).

Scope: a cue counts only if it governs the trigger. From the trigger we climb the dependency
tree through complements and event-noun arguments (`_scope`); we stop at relative and adverbial
clauses, at reporting verbs, and at verbs that merely talk about an event ("condemned the
attack"), whose object is presupposed to have happened.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Span, Token

from sitrep.model import Certainty, Factuality, Passage, TimeExpr
from sitrep.time._cues import Cues, ReportCues, VerbCue
from sitrep.time._tokens import SUBJECT_DEPS, is_noun, is_verb, past_form
from sitrep.time._words import PRESENT_HAVE
from sitrep.time.anchor import Anchor
from sitrep.time.dates import When, governing_time
from sitrep.time.expressions import parse_iso


@dataclass(frozen=True)
class Judgement:
    """A class for one candidate event, with the cue that decided it (doc char offsets)."""

    label: Factuality | Certainty
    cue_start: int | None = None
    cue_end: int | None = None
    reason: str = ""


_STOP_DEPS = frozenset(
    {
        "relcl",
        "advcl",
        "parataxis",
        "punct",
        "cc",
        "mark",
        "det",
        "advmod",
        "aux",
        "auxpass",
        "neg",
        "prt",
        "case",
        "dep",
        "intj",
        "meta",
        "predet",
        "preconj",
        "quantmod",
        "nummod",
        "poss",
        "expl",
        "amod",
        "nmod",
    }
)
_ARGUMENT_DEPS = frozenset(
    {
        "nsubj",
        "nsubjpass",
        "dobj",
        "attr",
        "dative",
        "oprd",
        "prep",
        "agent",
        "npadvmod",
        "csubj",
        "csubjpass",
    }
)
_MAX_STEPS = 10
_BE_FORMS = frozenset({"be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re"})
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "'m"})


def root_of(trigger: Token | Span) -> Token:
    return trigger.root if isinstance(trigger, Span) else trigger


def classify_factuality(
    sentence: Span,
    trigger: Token | Span,
    *,
    cues: Cues,
    anchor: Anchor | None = None,
    times: Sequence[TimeExpr] = (),
    passage: Passage | None = None,
) -> Judgement:
    """happened / ongoing / future / hypothetical / negated / historical / disputed."""
    token = root_of(trigger)
    counterfactual = _counterfactual(token, cues)
    if counterfactual:
        return counterfactual
    drill = _played_in(token, cues)
    if drill is not None:
        return _judge(Factuality.HYPOTHETICAL, drill, f"played in '{drill.text}'")
    negations: list[Token] = []
    for node, came_from in _scope(token, cues):
        negations.extend(_negations(node, came_from, cues))
        found = _modality(node, came_from, token, cues)
        if found:
            return found
    if len(negations) % 2 == 1:
        cue = negations[0]
        return _judge(Factuality.NEGATED, cue, f"negation '{cue.text}' governs the trigger")
    dated = _by_date(sentence, token, cues, anchor, times, passage)
    if dated:
        return dated
    return _aspect(token, cues)


def classify_certainty(sentence: Span, trigger: Token | Span, *, cues: Cues) -> Judgement:
    """asserted / attributed (said, according to, reportedly) / disputed (denied, unverified)."""
    token = root_of(trigger)
    for node, came_from in _scope(token, cues):
        if came_from is not None and _verb_in(node, cues.disputed_verbs):
            return _judge(Certainty.DISPUTED, node, f"'{node.text}' disputes the event")
    offset = sentence.start_char
    found = cues.disputed_phrases.search(sentence.text)
    if found:
        return Judgement(
            Certainty.DISPUTED,
            offset + found.start(),
            offset + found.end(),
            f"'{found.group(0)}' in the sentence",
        )
    speaker = _speech_ancestor(token, sentence, cues)
    if speaker is not None:
        return _judge(Certainty.ATTRIBUTED, speaker, f"reported by '{speaker.text}'")
    found = cues.attributed_phrases.search(sentence.text)
    if found:
        return Judgement(
            Certainty.ATTRIBUTED,
            offset + found.start(),
            offset + found.end(),
            f"'{found.group(0)}' in the sentence",
        )
    for tok in sentence:
        word = tok.lower_
        if (
            word in cues.attributed_adverbs
            or (word in cues.attributed_adjectives and tok.dep_ in ("amod", "acomp", "advmod"))
            or (word in cues.attributed_nouns and is_noun(tok))
        ):
            return _judge(Certainty.ATTRIBUTED, tok, f"'{tok.text}' attributes the claim")
    return Judgement(Certainty.ASSERTED, reason="no attribution or dispute cue")


# ---- scope -------------------------------------------------------------------------------


def _scope(trigger: Token, cues: Cues) -> Iterator[tuple[Token, Token | None]]:
    """The trigger, then each head whose cues govern it, with the child we came from."""
    node = trigger
    yield node, None
    for _ in range(_MAX_STEPS):
        head = node.head
        denied = _denied_report(node, head, cues)
        if denied is not None:
            yield denied.head, denied  # "denied posts that said its guns had shelled villages"
            return
        if head.i == node.i or not _may_climb(node, head, cues):
            return
        if _crowd_described(head):
            return  # "Protesters demanding cheaper power set fire to a van", parsed as demanded
        arrives_as_argument = node.dep_ in _ARGUMENT_DEPS and not is_verb(node)
        if arrives_as_argument and is_verb(head):
            if not realises(head, node, cues):
                return  # "condemned the attack": the attack is not in the scope of "condemned"
            if _adjunct(node, head) or (
                _other_noun(node, trigger, cues) and not _recalled(node, trigger, head, cues)
            ):
                return  # "demanded justice for the killings": the cue governs "justice"
        yield head, node
        node = head


# Clauses that tell how their head's doing went ("began war games, firing missiles").
_DOING_CLAUSES = frozenset({"advcl", "xcomp", "conj", "parataxis"})


def _played_in(token: Token, cues: Cues) -> Token | None:
    """The drill an act is told as the doing of: the act's clause hangs, with no subject of
    its own, on a verb whose subject or object names a drill ("began three days of war games,
    firing missiles at floating targets"). An act with its own subject beside a drill ("jets
    bombed the town as troops held exercises") is not played, nor one after a drill ended.
    An event noun anywhere in a clause of practice is practised ("the navy rehearsed the
    defence of the port against an attack from the sea")."""
    verb = _clause_verb(token)
    if token is not verb and _verb_in(verb, cues.drill_aims) and not _toll_told(verb, cues):
        return verb  # "rehearsed the defence of the port against an attack": the act practised
    framed = _framed_as_drill(verb, cues) or _aimed_at_drill_target(verb, cues)
    framed = framed or _done_to_practise(verb, cues)
    if framed is not None:
        return framed
    for _ in range(3):
        if not is_verb(verb) or verb.dep_ not in _DOING_CLAUSES:
            return None
        if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            return None
        verb = verb.head
        if _verb_in(verb, cues.drill_ends):
            return None  # "ended its drills and shelled the hills": done after the drill
        drill = _drill_named(verb, cues) or _framed_as_drill(verb, cues)
        drill = drill or _aimed_at_drill_target(verb, cues)  # "stormed mock villages, fired"
        if drill is not None:
            return drill
    return None


def _toll_told(verb: Token, cues: Cues) -> bool:
    """The clause tells dead or wounded ("trained recruits, killing two"): no drill by design."""
    return any(t.lower_ in cues.drill_tolls for t in verb.subtree)


def _done_to_practise(verb: Token, cues: Cues) -> Token | None:
    """The practice an act's own purpose clause names ("fighter jets flew sorties to practise
    strikes", "gunners fired salvoes to rehearse a crossing"): the act is a drill's. Not
    beside a toll ("fired to train recruits, killing a herder"): the act is real."""
    if any(t.lower_ in cues.drill_tolls for t in verb.subtree):
        return None
    for clause in (c for c in verb.children if c.dep_ in ("advcl", "xcomp")):
        marked = any(_infinitive_mark(c) for c in clause.children)
        if marked and _verb_in(clause, cues.drill_aims):
            return clause
    return None


def _aimed_at_drill_target(verb: Token, cues: Cues) -> Token | None:
    """The practice target an act is aimed at, as its object or through "on", "at",
    "against" ("warships opened fire on target drones towed over the sea", "crews fired
    rockets at mock targets"): only a drill shoots at one. Not beside a toll ("fired at
    dummy targets, killing two herders"): the act is real."""
    if verb.dep_ in SUBJECT_DEPS or any(t.lower_ in cues.drill_tolls for t in verb.subtree):
        return None
    aims = [c for c in verb.children if c.dep_ == "dobj"]
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        if prep.lower_ in ("on", "at", "against"):
            aims.extend(c for c in prep.children if c.dep_ == "pobj")
    aims += [m for m in map(_of_object, aims) if m is not None]  # "hundreds of mock targets"
    return next((noun for noun in aims if _is_drill_target(noun, cues)), None)


def _is_drill_target(noun: Token, cues: Cues) -> bool:
    """ "target drones" (a target compounded on the noun), "mock targets" (a target marked
    as a practice one) or "mock villages" (any noun marked as a stand-in)."""
    marks = {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")}
    if marks & cues.drill_stand_ins:
        return True
    if noun.lower_ in ("target", "targets"):
        return bool(marks & cues.drill_targets)
    return "target" in marks


def _framed_as_drill(verb: Token, cues: Cues) -> Token | None:
    """The drill an act's own "in" or "as" phrase names it part of ("shelled the slopes in
    the second of three rounds of a joint drill", "fired missiles as part of the exercise",
    "stormed a mock village in a joint exercise"): a round, stage or part of it, through
    "of". A drill that only dates the act ("attacked soldiers during an exercise", "fired
    days after the exercises") frames nothing, nor one beside a toll ("attacked soldiers in
    an exercise, killing three"): the act is real. A frame on an act listed with it covers
    the list ("stormed a beach and dropped paratroopers as part of the drill")."""
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    verbs += [c for c in verb.children if c.dep_ == "conj" and is_verb(c)]
    if any(t.lower_ in cues.drill_tolls for v in verbs for t in v.subtree):
        return None
    staged = next(filter(None, (_drill_stage(v, cues) for v in verbs)), None)
    if staged is not None:
        return staged
    for prep in (c for v in verbs for c in v.children if c.dep_ == "prep"):
        if prep.lower_ not in cues.drill_frames:
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        while noun is not None:
            if _is_drill(noun, cues):
                return noun
            if noun.lower_ not in cues.drill_parts:
                break
            noun = _of_object(noun)
    return None


def _drill_stage(verb: Token, cues: Cues) -> Token | None:
    """The drill that is the subject of the act's clause of time ("stormed a beach as the
    exercise reached its final phase"): the act is a stage of it. A drill that is held by
    someone there ("bombed the town as troops held exercises") is no subject and frames
    nothing."""
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        if not any(m.dep_ == "mark" and m.lower_ in cues.drill_time_marks for m in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None and _is_drill(subject, cues):
            return subject
    return None


def _drill_named(verb: Token, cues: Cues) -> Token | None:
    """The drill noun heading the verb's subject or object, or the "of" phrase of it ("three
    days of war games", "a series of drills")."""
    for child in verb.children:
        if child.dep_ not in ("dobj", "nsubj", "nsubjpass", "attr"):
            continue
        noun: Token | None = child
        while noun is not None:
            if _is_drill(noun, cues):
                return noun
            noun = _of_object(noun)
    return None


def _of_object(noun: Token) -> Token | None:
    """The object of the noun's "of" phrase ("three days of war games" -> "games"), or None:
    the step down `_framed_as_drill` and `_drill_named` take from a measure to its drill."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of else None


def _is_drill(noun: Token, cues: Cues) -> bool:
    compound = " ".join(c.lower_ for c in noun.children if c.dep_ == "compound")
    return noun.lower_ in cues.drills or f"{compound} {noun.lower_}" in cues.drills


def _crowd_described(head: Token) -> bool:
    """A participle the parse made a clause's verb, with a subject and no auxiliary
    ("Protesters demanding cheaper power set fire to a van", also under "officials said"): a
    reduced clause describing its subject, whose main verb the parse lost; the acts after it
    are not what it wants."""
    return (
        head.dep_ in ("ROOT", "ccomp")
        and head.tag_ == "VBG"
        and any(c.dep_ == "nsubj" for c in head.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in head.children)
    )


def _denied_report(node: Token, head: Token, cues: Cues) -> Token | None:
    """The noun a verb of denial takes whose relative clause tells what was said ("denied
    reports that said its artillery had shelled villages", "rejected posts claiming troops
    fired"): the act told in that clause is the content denied, not a report of its own."""
    if node.dep_ != "ccomp" or head.dep_ not in ("relcl", "acl"):
        return None
    if not _verb_in(head, cues.speech_verbs):
        return None
    noun = head.head
    if noun.dep_ not in ("dobj", "nsubjpass") or not _disputing(noun.head, cues):
        return None
    return noun


def _recalled(noun: Token, trigger: Token, verb: Token, cues: Cues) -> bool:
    """ "Remember those killed": a verb of recalling whose object is the people the act befell
    (the noun its participle hangs on) recalls the act itself. Other verbs govern only the
    noun ("to declare the places attacked by the army zones under protection")."""
    return (
        trigger.dep_ == "acl" and trigger.head.i == noun.i and _verb_in(verb, cues.historical_verbs)
    )


def _adjunct(node: Token, verb: Token) -> bool:
    """A prepositional phrase beside a direct object is an adjunct, not the verb's complement."""
    return node.dep_ == "prep" and any(c.dep_ == "dobj" for c in verb.children)


def _other_noun(node: Token, trigger: Token, cues: Cues) -> bool:
    """A plain noun between the trigger and a verb (not a cue or report noun like "claims")."""
    noun = node
    if node.dep_ == "prep":
        objects = [c for c in node.children if c.dep_ == "pobj"]
        if not objects:
            return False
        noun = objects[0]
    if noun.i == trigger.i or not is_noun(noun):
        return False
    word = noun.lower_
    return not (
        word in cues.attributed_nouns
        or word in cues.negated_nouns
        or _noun_label(word, cues) is not None
    )


def _may_climb(node: Token, head: Token, cues: Cues) -> bool:
    dep = node.dep_
    if _parted_by_semicolon(node, head):
        return False
    if dep == "advcl":  # only an infinitive ("vow to attack") shares its head's modality,
        return (  # or a list item, or a "that" clause on a noun ("claims that troops fired")
            _infinitive_to(node) is not None
            or _listed_verb(node, head)
            or _content_clause(node, head)
        )
    if dep in _STOP_DEPS:
        return False
    if dep == "prep" and node.lower_ in cues.barrier_preps:
        return False
    if node.lower_ in cues.barrier_nouns:
        return False
    if dep == "conj" and is_verb(node):
        # a clause of its own has a subject or an auxiliary; an infinitive's "to" is none: an
        # infinitive has no tense of its own ("promised to free them and, later, to lift the
        # ban": the lifting is promised too)
        own = {c.dep_ for c in node.children if not _infinitive_mark(c)}
        return not own & {"aux", "auxpass", "nsubj", "nsubjpass"}
    reported = dep in ("ccomp", "xcomp") and _verb_in(head, cues.speech_verbs)
    return not (reported and not _is_cue_verb(head, cues))


def _infinitive_mark(child: Token) -> bool:
    return child.dep_ == "aux" and child.lower_ == "to"


def _parted_by_semicolon(node: Token, head: Token) -> bool:
    """ "Seven guards were killed; the raiders' losses are not known": the parse may hang a
    clause on the one after a semicolon, yet each is told on its own, and the other's negation
    or modal does not govern it."""
    if not is_verb(node):
        return False
    low, high = sorted((node.i, head.i))
    inside = {t.i for t in node.subtree}
    return any(t.text == ";" and t.i not in inside for t in node.doc[low + 1 : high])


def _content_clause(node: Token, head: Token) -> bool:
    """A "that" clause the parse hung on a noun as a clause of its own: it tells the noun's
    content ("denied claims that its troops had fired"), as an appositive clause would."""
    return is_noun(head) and any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children)


_OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "mark"})


def _listed_verb(node: Token, head: Token) -> bool:
    """A verb listed after a comma in the same form as the verb before it, with no subject,
    auxiliary or conjunction of its own ("will be thrown out of their homes, executed, and
    ..."; "will be capturing, torturing and killing"): an item of the same list, which the
    parse may hang as a clause; the list's modality reaches it."""
    if node.i < head.i or node.doc[node.i - 1].text != ",":
        return False
    if any(c.dep_ in _OWN_CLAUSE for c in node.children):
        return False
    same = node.tag_ == head.tag_ and head.tag_ in ("VBN", "VBG")
    return same or (head.tag_ == "VBG" and node.lower_.endswith("ing"))


def realises(verb: Token, noun: Token, cues: Cues) -> bool:
    """The verb tells its event noun happen ("launched an attack", "the attack took place"),
    not a comment on it ("condemned the attack"): support verbs carry their event noun's
    modality; so do the cue verbs themselves."""
    if _is_cue_verb(verb, cues):
        return True
    if verb.lower_ in _BE_FORMS:  # "there will be clashes", not "it would be the worst attack"
        return (
            any(c.dep_ == "expl" for c in verb.children)
            or _predicted(verb, cues) is not None
            or _judged_act(verb, noun, cues)
        )
    table = cues.support_subject if noun.dep_ in ("nsubj", "csubj") else cues.support_object
    return _verb_in(verb, table)


def _judged_act(verb: Token, noun: Token, cues: Cues) -> bool:
    """The act is what a modal judges something would be ("to bomb them would be a barbaric
    act", "this would be a massacre"): no act is told. A rank ("it would be the deadliest
    attack", "the first attack on the city") measures an act that happened, and is kept."""
    if noun.dep_ != "attr":
        return False
    if not any(c.dep_ == "aux" and c.lower_ in cues.hypothetical_aux for c in verb.children):
        return False
    ranked = (t.tag_ in ("JJS", "RBS") or t.ent_type_ == "ORDINAL" for t in noun.subtree)
    return not any(ranked)


def _is_cue_verb(verb: Token, cues: Cues) -> bool:
    return _disputing(verb, cues) or any(
        _verb_in(verb, table)
        for table in (
            cues.future_verbs,
            cues.future_xcomp_only,
            cues.hypothetical_verbs,
            cues.negated_verbs,
            cues.historical_verbs,
        )
    )


def _disputing(verb: Token, cues: Cues) -> bool:
    """A verb of denial, a verb that calls its object false ("dismissed as baseless the reports
    that ...", "branded the claims fabricated"), or such an adjective read as a verb."""
    if _verb_in(verb, cues.disputed_verbs) or verb.lower_ in cues.disputed_adjectives:
        return True
    called = [c for c in verb.children if c.dep_ in _CALLED_DEPS]
    called += [o for c in verb.children if c.lower_ == "as" for o in c.children]
    return any(c.lower_ in cues.disputed_adjectives for c in called)


# How the parser hangs the word that calls an object false ("dismissed as baseless").
_CALLED_DEPS = frozenset({"advcl", "oprd", "acomp", "xcomp", "ccomp"})


# ---- cues at one node --------------------------------------------------------------------


# Dependencies of a clause of its own under a verb (see `_negations`).
CLAUSE_DEPS = ("ccomp", "parataxis", "advcl", "conj")


def _negations(node: Token, came_from: Token | None, cues: Cues) -> list[Token]:
    """Negation cues at `node` that govern the path we came up."""
    found = [
        c
        for c in node.children
        if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in cues.negation_particles)
    ]
    if is_noun(node):
        found += [c for c in node.children if c.dep_ == "det" and _negating(c, cues)]
        if came_from is not None and node.lower_ in cues.negated_nouns:
            found.append(node)
        found += [
            c for c in node.children if c.dep_ == "amod" and c.lower_ in cues.negated_adjectives
        ]
    # "X happened; no one was hurt", "no one was hurt when the bomb went off": a clause below a
    # verb with a negated subject is not negated by it (a toll of none, the act still told)
    from_clause = came_from is not None and came_from.dep_ in CLAUSE_DEPS
    if is_verb(node):
        for child in node.children:
            own_argument = came_from is None or child.i != came_from.i
            if (
                child.dep_ in ("nsubj", "nsubjpass", "dobj")
                and own_argument
                and not from_clause
                and (
                    child.lower_ in cues.negated_subjects
                    or any(d.dep_ == "det" and _negating(d, cues) for d in child.children)
                )
            ):
                found.append(child)
        if came_from is not None and _verb_in(node, cues.negated_verbs):
            found.append(node)
        if not from_clause:
            found += _never(node, came_from, cues)
        found += _raised_subject_negated(node, cues)
    if came_from is not None and node.dep_ == "prep" and node.lower_ == "without":
        found.append(node)
    return found


def _raised_subject_negated(verb: Token, cues: Cues) -> list[Token]:
    """ "No data were believed to have been stolen": an infinitive with no subject of its own
    under a verb of report whose scope we may not climb (the report does not govern the act)
    still has that verb's subject as its own, and "no" on it denies the act."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or _may_climb(verb, head, cues):
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    return [
        c
        for c in head.children
        if c.dep_ in ("nsubj", "nsubjpass")
        and (
            c.lower_ in cues.negated_subjects
            or any(d.dep_ == "det" and _negating(d, cues) for d in c.children)
        )
    ]


def _never(verb: Token, came_from: Token | None, cues: Cues) -> list[Token]:
    """ "At no time", "under no circumstance" on the verb, or a subject counted as not one
    ("not a single person was killed", "not one house burned"): the act is denied."""
    found = []
    for child in verb.children:
        if came_from is not None and child.i == came_from.i:
            continue
        if child.dep_ == "prep" and child.lower_ in cues.occasion_preps:
            found += [
                d
                for o in child.children
                if o.dep_ == "pobj" and o.lower_ in cues.negated_occasions
                for d in o.children
                if d.dep_ == "det" and _negating(d, cues)
            ]
        if child.dep_ in ("nsubj", "nsubjpass") and _counted_as_none(child):
            found.append(child)
    return found


def _counted_as_none(noun: Token) -> bool:
    """ "not a single person", "not one soldier": "not" on a noun counted as one."""
    kids = list(noun.children)
    one = any(c.lower_ == "single" and c.dep_ == "amod" for c in kids) or any(
        c.lower_ == "one" and c.dep_ == "nummod" for c in kids
    )
    return one and any(c.dep_ in ("neg", "advmod", "preconj") and c.lower_ == "not" for c in kids)


def _negating(det: Token, cues: Cues) -> bool:
    """A determiner that negates its noun; "no" before digits numbers it ("ambulance no 85")."""
    if det.lower_ not in cues.negated_determiners:
        return False
    after = det.nbor() if det.i + 1 < len(det.doc) else None
    return not (det.lower_ == "no" and after is not None and after.text.isdigit())


def _modality(node: Token, came_from: Token | None, trigger: Token, cues: Cues) -> Judgement | None:
    """A future, hypothetical, disputed or historical cue at `node`, if any governs us."""
    for child in node.children:
        if child.dep_ not in ("aux", "auxpass"):
            continue
        word = child.lower_
        if word in cues.future_aux:
            return _judge(Factuality.FUTURE, child, f"'{child.text}' marks a future event")
        if word in cues.hypothetical_aux:
            if word in ("may", "might") and _epistemic_past(node):
                continue  # "20 may have been killed": a report of the past, not a guess
            if word in ("may", "might") and _forecast_adverb(node, cues):
                return _judge(Factuality.FUTURE, child, f"'{child.text}' + forecast adverb")
            return _judge(Factuality.HYPOTHETICAL, child, f"modal '{child.text}'")
    to = _infinitive_to(node)
    if to is not None and node.tag_ == "VB" and _headline_head(node):
        # headline "Rebels to attack city": a plan, not a report
        return _judge(Factuality.FUTURE, to, "headline infinitive 'to'")
    for child in node.children:
        if child.dep_ == "mark" and child.lower_ in cues.hypothetical_marks:
            return _judge(Factuality.HYPOTHETICAL, child, f"condition '{child.text}'")
        if child.dep_ in ("amod", "advmod") and child.lower_ == "next" and not _beside(child):
            return _judge(Factuality.FUTURE, child, "'next'")
        if child.dep_ == "amod" and is_noun(node) and not any(child.children):
            # a bare "planned offensive", not a "well-planned campaign" that took place
            label = _adjective_label(child.lower_, cues)
            if label:
                return _judge(label, child, f"'{child.text}' qualifies the event")
    adjective = _before_compound(node)
    if adjective is not None:
        label = _adjective_label(adjective.lower_, cues)
        if label:
            return _judge(label, adjective, f"'{adjective.text}' qualifies the event")
    if came_from is None:
        return None
    predicted = _predicted(node, cues) if came_from.dep_ in ("nsubj", "nsubjpass") else None
    if predicted is not None:
        label = _adjective_label(predicted.lower_, cues) or Factuality.FUTURE
        return _judge(label, predicted, f"'{node.text} {predicted.text}'")
    return _head_cue(node, came_from, cues)


def _before_compound(node: Token) -> Token | None:
    """The bare adjective opening a compound noun whose last word is the event noun ("feared"
    of "feared clan fighting"), which the parse may hang on the first noun alone."""
    if node.tag_ not in ("NN", "NNS") or node.i < 2:
        return None
    first = node.doc[node.i - 1]
    return _amod_of(first) if first.tag_ in ("NN", "NNS") else None


def _amod_of(noun: Token) -> Token | None:
    before = noun.doc[noun.i - 1]
    if before.dep_ == "amod" and before.head == noun and not any(before.children):
        return before
    return None


def _head_cue(node: Token, came_from: Token, cues: Cues) -> Judgement | None:
    """Lexical cues on a governing word: plan to, threatened, possibility of, denied that..."""
    word = node.lower_
    if came_from.dep_ == "prep" and came_from.lower_ in cues.historical_preps:
        return _judge(Factuality.HISTORICAL, came_from, f"comparison '{came_from.text}'")
    if is_verb(node):
        if came_from.dep_ == "nsubjpass" and node.lower_ in cues.target_verbs:
            return None  # "the attack was aimed at the depot": the act told, and its target
        if _disputing(node, cues):
            return _judge(Factuality.DISPUTED, node, f"'{node.text}' disputes it")
        if _verb_in(node, cues.future_verbs) or (
            came_from.dep_ in ("xcomp", "advcl") and _verb_in(node, cues.future_xcomp_only)
        ):
            return _judge(Factuality.FUTURE, node, f"'{node.text}' announces it")
        if word == "going" and came_from.dep_ == "xcomp":
            return _judge(Factuality.FUTURE, node, "'going to'")
        if _verb_in(node, cues.hypothetical_verbs):
            return _judge(Factuality.HYPOTHETICAL, node, f"'{node.text}' supposes it")
        if _verb_in(node, cues.historical_verbs):
            return _judge(Factuality.HISTORICAL, node, f"'{node.text}' recalls it")
        return None
    if came_from.dep_ == "xcomp" and word in cues.future_adjectives:
        return _judge(Factuality.FUTURE, node, f"'{node.text} to'")
    if node.pos_ == "ADP" or node.dep_ == "prep":
        return None  # "the news about the murder": a preposition, not "about to attack"
    label = _noun_label(word, cues) if is_noun(node) else _adjective_label(word, cues)
    return _judge(label, node, f"'{node.text}' governs it") if label else None


# Which cue list decides first when a governing noun or adjective is in several.
_LABEL_ORDER = (
    Factuality.FUTURE,
    Factuality.HYPOTHETICAL,
    Factuality.DISPUTED,
    Factuality.HISTORICAL,
)


def _noun_label(word: str, cues: Cues) -> Factuality | None:
    return _cue_label(word, cues, "nouns")


def _adjective_label(word: str, cues: Cues) -> Factuality | None:
    return _cue_label(word, cues, "adjectives")


def _cue_label(word: str, cues: Cues, part: str) -> Factuality | None:
    """The first class whose `<class>_<part>` cue list (e.g. `future_nouns`) holds `word`."""
    for label in _LABEL_ORDER:
        if word in getattr(cues, f"{label.value}_{part}"):
            return label
    return None


def _predicted(verb: Token, cues: Cues) -> Token | None:
    """The adjective of "clashes are likely to intensify", "a truce is due to begin", "the
    report of an attack is false"."""
    for child in verb.children:
        if child.dep_ == "acomp" and (
            child.lower_ in cues.future_adjectives
            or child.lower_ in cues.hypothetical_adjectives
            or child.lower_ in cues.disputed_adjectives
        ):
            return child
    return None


def _infinitive_to(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)


def _headline_head(verb: Token) -> bool:
    """The infinitive heads a verbless sentence: it is the root, or hangs off a root noun."""
    if verb.dep_ == "ROOT":
        return True
    head = verb.head
    return (
        head.dep_ == "ROOT"
        and is_noun(head)
        and not any(is_verb(c) for c in head.children if c.i != verb.i and c.dep_ != "relcl")
    )


def _epistemic_past(verb: Token) -> bool:
    """may/might + have + past participle, not negated."""
    kids = list(verb.children)
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lower_ in ("have", "'ve") for c in kids)
        and not any(c.dep_ == "neg" for c in kids)
    )


def _beside(word: Token) -> bool:
    """ "next to the airport": a place, not the next time."""
    return any(c.dep_ == "prep" and c.lower_ == "to" for c in word.children)


def _forecast_adverb(node: Token, cues: Cues) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in cues.may_forecast for c in node.children)


def _counterfactual(token: Token, cues: Cues) -> Judgement | None:
    """ "would not have happened without X" presupposes that it happened."""
    verb = token if is_verb(token) else _first_verb_head(token)
    if verb is None:
        return None
    kids = list(verb.children)
    modal = [c for c in kids if c.dep_ == "aux" and c.lower_ in ("would", "could", "might")]
    have = any(c.dep_ == "aux" and c.lower_ == "have" for c in kids)
    negated = any(c.dep_ == "neg" for c in kids)
    without = any(c.dep_ == "prep" and c.lower_ in ("without", "but") for c in kids)
    if modal and have and negated and without and verb.tag_ == "VBN":
        return _judge(Factuality.HAPPENED, modal[0], "counterfactual 'would not have ... without'")
    return None


# ---- dates and aspect --------------------------------------------------------------------


def _by_date(
    sentence: Span,
    token: Token,
    cues: Cues,
    anchor: Anchor | None,
    times: Sequence[TimeExpr],
    passage: Passage | None,
) -> Judgement | None:
    """Historical when the trigger is dated long before the anchor; future when after it."""
    day = parse_iso(anchor.date) if anchor else None
    if day is None:
        return None
    told_of = _dated_noun_told_of(token)
    if told_of is not None and date(told_of[0], 12, 31) < day - timedelta(
        days=cues.historical_min_days
    ):
        # a relative clause of a noun dated by a year tells that old act, whatever day the
        # sentence gives ("led a 2002 assault in which dozens were killed, died ... on Sunday")
        return _judge(Factuality.HISTORICAL, told_of[1], f"dated {told_of[0]}")
    placed = None
    if passage is not None and times:
        placed = governing_time(passage, sentence, token, times, attached_only=True)
    if placed is not None:
        last = parse_iso(placed.expr.last) or parse_iso(placed.expr.date)
        first = parse_iso(placed.expr.first) or parse_iso(placed.expr.date)
        cue = placed.tokens[0].idx, placed.tokens[-1].idx + len(placed.tokens[-1])
        if last and last < day - timedelta(days=cues.historical_min_days):
            return Judgement(Factuality.HISTORICAL, *cue, f"dated {placed.expr.text!r}")
        if first and first > day and not _told_in_past(token):
            # a past-tense report dated after the anchor means the anchor is early, not that
            # the event is still to come
            return Judgement(Factuality.FUTURE, *cue, f"dated later: {placed.expr.text!r}")
        return None
    year = _year_of(token)  # "the 1992 killings": a bare year the expressions leave out
    if year is not None and date(year[0], 12, 31) < day - timedelta(days=cues.historical_min_days):
        return _judge(Factuality.HISTORICAL, year[1], f"dated {year[0]}")
    return None


def _told_in_past(token: Token) -> bool:
    verb = token if is_verb(token) else _first_verb_head(token)
    return verb is not None and past_form(verb)


# Words that make a year before a noun its date ("the 1992 killings", "a 2002 assault",
# "Russia's 2014 annexation"), not a count ("2000 protesters" has none).
YEAR_DETERMINERS = ("the", "'s", "a", "an")


def _year_of(token: Token) -> tuple[int, Token] | None:
    """A four-digit year dating the trigger's clause: "in 1994", "the 1992 killings", "a 2002
    assault" (but not "2000 protesters", a count)."""
    return _year_on((token, _clause_verb(token)), token)


def _dated_noun_told_of(token: Token) -> tuple[int, Token] | None:
    """The year on the noun the trigger's relative clause tells of ("a 2002 assault on a
    headquarters in which dozens were killed")."""
    return _year_on(_told_of(_clause_verb(token)), token)


def _clause_verb(token: Token) -> Token:
    return token if is_verb(token) else _first_verb_head(token) or token


def _year_on(nodes: Sequence[Token], token: Token) -> tuple[int, Token] | None:
    """A four-digit year a preposition or a determiner ties to one of `nodes`."""
    for node in nodes:
        for child in node.children:
            if child.dep_ == "prep":
                candidates = [c for c in child.children if c.dep_ == "pobj"]
            elif child.i > 0 and token.doc[child.i - 1].lower_ in YEAR_DETERMINERS:
                candidates = [child]
            else:
                continue
            for obj in candidates:
                text = obj.text
                if len(text) == 4 and text.isdigit() and text[:2] in ("19", "20"):
                    return int(text), obj
    return None


def _told_of(verb: Token) -> list[Token]:
    """The noun a relative clause tells of, and the nouns it hangs from by prepositions ("a 2002
    assault on a headquarters in which dozens were killed": headquarters, assault)."""
    if verb.dep_ != "relcl":
        return []
    nouns = [verb.head]
    while nouns[-1].dep_ == "pobj" and nouns[-1].head.dep_ == "prep":
        nouns.append(nouns[-1].head.head)
    return nouns


def _aspect(token: Token, cues: Cues) -> Judgement:
    """ONGOING for present and progressive forms or 'ongoing' nouns, else HAPPENED."""
    if is_noun(token):
        for child in token.children:
            if child.dep_ == "amod" and child.lower_ in cues.ongoing_adjectives:
                return _judge(Factuality.ONGOING, child, f"'{child.text}'")
        verb = _first_verb_head(token)
        if verb is None or not realises(verb, _argument_below(token, verb), cues):
            return Judgement(Factuality.HAPPENED, reason="event noun, no cue")
        token = verb
    if not is_verb(token):
        return Judgement(Factuality.HAPPENED, reason="no cue")
    aux = {c.lower_: c for c in token.children if c.dep_ in ("aux", "auxpass")}
    perfect_progressive = "been" in aux and set(aux) & PRESENT_HAVE
    if token.tag_ == "VBG" and (set(aux) & _PRESENT_BE or perfect_progressive):
        cue = next(iter(aux.values()))
        return _judge(Factuality.ONGOING, cue, "present progressive")
    if token.tag_ in ("VBZ", "VBP") and not aux:
        return _judge(Factuality.ONGOING, token, "present tense")
    head = token.head
    if token.dep_ == "xcomp" and _verb_in(head, cues.ongoing_verbs) and head.tag_ in ("VBZ", "VBP"):
        return _judge(Factuality.ONGOING, head, f"'{head.text}'")
    for child in token.children:
        if child.dep_ == "advmod" and child.lower_ in cues.ongoing_adverbs:
            return _judge(Factuality.ONGOING, child, f"'{child.text}'")
    return Judgement(Factuality.HAPPENED, reason="past or perfect, no cue")


# ---- overrides for a candidate event -----------------------------------------------------


def event_factuality(
    sentence: Span,
    trigger: Token,
    *,
    cues: Cues,
    anchor: Anchor,
    times: Sequence[TimeExpr],
    passage: Passage,
    violent: bool,
    territory: bool,
) -> Factuality:
    """The cues' judgement, then what the report's wording adds: an event noun under a modal
    is hypothetical, a recalled event is history, an aim is not yet an act (territory has its
    own rule: an attempt to take ground is a clash)."""
    judged = classify_factuality(
        sentence, trigger, cues=cues, anchor=anchor, times=times, passage=passage
    )
    happening = Factuality(judged.label)
    report = cues.report
    dated = _owned_by_a_day(trigger, cues)  # "to clarify last Thursday's murder": done that day
    if happening.is_event and not dated and _hypothetical(trigger, report):
        happening = Factuality.FUTURE
    if happening.is_event and _looks_back(trigger, anchor, report):
        happening = Factuality.HISTORICAL
    if happening.is_event and _owned_by_a_period(trigger, cues):
        happening = Factuality.HISTORICAL  # "after last month's deadly clashes": background
    if happening.is_event and not territory and not dated and intended(trigger, violent, report):
        happening = Factuality.FUTURE
    return happening


def _owned_by_a_day(token: Token, cues: Cues) -> bool:
    """An event noun whose owner is a past day ("Sunday's bombing", "last Thursday's murder"):
    an act told as done on that day, whatever aim or modal governs the noun."""
    return token.pos_ == "NOUN" and any(
        c.dep_ == "poss"
        and c.ent_type_ == "DATE"
        and not any(w.lower_ in cues.days_ahead for w in c.subtree)
        for c in token.children
    )


def _owned_by_a_period(token: Token, cues: Cues) -> bool:
    """An event noun whose owner is a past period longer than a day ("last month's clashes",
    "last year's offensive"): an earlier event named as background."""
    return token.pos_ == "NOUN" and any(
        c.dep_ == "poss"
        and c.lower_ in cues.report.periods_owning
        and not any(w.lower_ in cues.days_ahead for w in c.subtree)
        for c in token.children
    )


def dated_factuality(
    factuality: Factuality, when: When, anchor: Anchor, report: ReportCues, original: str
) -> Factuality:
    """An event dated long before the report is background: a historical mention. An event
    dated by a bare year ("born in Kandahar in 1965, he fought the Soviets", "was executed in
    2018") is history too, whatever the report's date: news tells its day."""
    if not factuality.is_event or not when.date:
        return factuality
    if not when.explicit:
        return _inherited_history(factuality, when, anchor, report)
    if _bare_year(when, original):
        return Factuality.HISTORICAL
    age = _days_before(anchor.date, when.date)
    since = _days_before(anchor.date, when.first) if when.first else None
    if age is None or (when.first and since is None):
        return factuality
    opens = original[when.span[0] : when.span[1]].lower().startswith(report.period_openers)
    if opens and since is not None and since >= report.min_days:
        return Factuality.HISTORICAL  # "since 2014", "over the past year": a campaign's summary
    return Factuality.HISTORICAL if age >= report.min_days else factuality


def _inherited_history(
    factuality: Factuality, when: When, anchor: Anchor, report: ReportCues
) -> Factuality:
    """An event with no day of its own whose inherited day lies a year or more before the
    report ("the archive footage of the fighting" after a sentence dated 1975): history."""
    age = _days_before(anchor.date, when.date)
    return (
        Factuality.HISTORICAL
        if age is not None and age >= report.inherited_min_days
        else factuality
    )


def _days_before(reported: str | None, day: str | None) -> int | None:
    """Days from `day` to the report's day (ISO dates); None when either is missing or unread."""
    if not reported or not day:
        return None
    try:
        return (date.fromisoformat(reported[:10]) - date.fromisoformat(day[:10])).days
    except ValueError:
        return None


_YEAR_ONLY = re.compile(r"^(?:(?:in|since|during|by|of|from)\s+)?(?:the\s+year\s+)?(?:19|20)\d\d$")


def _bare_year(when: When, original: str) -> bool:
    return bool(_YEAR_ONLY.match(original[when.span[0] : when.span[1]].strip().lower()))


def intended(trigger: Token, violent: bool, report: ReportCues) -> bool:
    """The act is only aimed at: the trigger, or the verb whose new object it is, is an
    infinitive of intent ("trying to broker a ceasefire", "would hit airfields to launch
    bombs"), not one that reports the act ("forced to withdraw", "claims to have killed").
    An attempt at violence is violence all the same ("tried to assassinate" with a car bomb);
    an object already known is no new act ("to investigate the killings"), unless the verb
    obtains it ("in an attempt to achieve the lifting of the ban": the outcome sought)."""
    verb = trigger
    if trigger.pos_ != "VERB" and trigger.dep_ == "dobj":
        known = (c.dep_ in ("det", "poss") and c.lower_ in report.owned for c in trigger.children)
        if any(known) and not _obtains(trigger.head, report):
            return False
        verb = trigger.head
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    aimed = verb.dep_ in ("xcomp", "acl")  # not a purpose ("fired tear gas to disperse them")
    head = verb.head.lower_
    if "to" not in aux or "have" in aux or not aimed or head in report.done_heads:
        return False
    return not (violent and head in report.try_heads)


def _obtains(verb: Token, report: ReportCues) -> bool:
    """A verb of obtaining in its base form, with its particle ("secure", "bring about")."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return verb.lower_ in report.obtain_verbs or any(
        f"{verb.lower_} {p}" in report.obtain_verbs for p in particles
    )


def _hypothetical(token: Token, report: ReportCues) -> bool:
    """An event noun that is the subject or the object of a modal verb ("fighting would
    endanger ...", "warned they would target the rallies": no rally is reported), or what a
    modal verb of outcome leads to ("a delay would result in more clashes")."""
    if token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "any" for c in token.children):
        return True  # "would respond to any attack": none has happened
    first = token
    while first.dep_ == "conj" and first.head is not first:
        first = first.head  # "would result in more hunger and more clashes"
    if token.pos_ == "NOUN" and _in_case_of(first):
        return True  # "in case of a confrontation", "in the event of an attack": a condition
    if token.pos_ == "NOUN" and first.dep_ == "pobj" and first.head.dep_ == "prep":
        verb = first.head.head  # "would result in more clashes": an outcome foreseen
        if verb.lower_ in report.outcome_verbs:  # a modal takes the base form
            return any(c.dep_ == "aux" and c.lower_ in report.event_modals for c in verb.children)
    if token.pos_ != "NOUN" or token.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    return any(c.dep_ == "aux" and c.lower_ in report.event_modals for c in token.head.children)


def _in_case_of(noun: Token) -> bool:
    """ "in case of X", "in the event of X": a condition; "in the case of the attack" names
    a legal case, which is real."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.lower_ not in ("case", "event"):
        return False
    dets = [c.lower_ for c in of.head.children if c.dep_ == "det"]
    if dets != ([] if of.head.lower_ == "case" else ["the"]):
        return False
    return of.head.dep_ == "pobj" and of.head.head.lower_ == "in"


def _looks_back(token: Token, anchor: Anchor, report: ReportCues) -> bool:
    """The event is recalled, not reported: a year's tally ("since the start of the year"),
    named by an earlier year ("the 2014 massacre"),
    measured back to ("ten years after the massacre", "the anniversary of the siege"), or a
    conflict's tally in the present perfect ("the insurgency has killed 5,000 people")."""
    sentence = _fold(token.sent.text)  # once: `token.sent` walks the doc each time
    if any(p in sentence for p in report.year_to_date):
        return True
    year = int(anchor.date[:4]) if anchor.date else None
    for noun in [token, *_governing_events(token)]:
        if year and any(_is_earlier_year(c, year) for c in noun.children):
            return True
        if noun.dep_ == "pobj" and _measured_back(noun.head, report):
            return True
        if _retold(noun, report):
            return True
    if _found_by_court(token, report):
        return True
    if year and _dated_by_own_clause(token, year):
        return True
    return (
        _clause_measured_back(token, report)
        or _tally(token, report)
        or _year_only(token)
        or _began_a_held_state(token)
    )


def _began_a_held_state(token: Token) -> bool:
    """The act opens a "since" clause on a state in the perfect ("the rebels had held the
    town since they overran its garrison", "have controlled the road since they seized it"):
    the act began what the report describes, so it is background, unless the clause names a
    day of its own ("since they seized it on Monday"); so does a gerund after "since" ("had
    held the base since overrunning it in late January")."""
    node = token.head if token.dep_ in ("nsubj", "nsubjpass") else token
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ == "since" for c in node.children):
            return node.dep_ == "advcl" and _perfect(node.head) and not _names_a_day(node)
        if node.dep_ == "pcomp" and node.head.lower_ == "since" and node.head.dep_ == "prep":
            return _perfect(node.head.head) and not _names_a_day(node)
        if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _perfect(verb: Token) -> bool:
    """A past participle with "has", "have" or "had": a state held up to a time."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in verb.children
    )


def _names_a_day(clause: Token) -> bool:
    """A date word in the clause that is a day, not a season, month or year."""
    return any(
        t.ent_type_ == "DATE" and (t.like_num and len(t.text) <= 2 or t.lower_ in _DAY_WORDS)
        for t in clause.subtree
    )


_DAY_WORDS = frozenset([d.lower() for d in calendar.day_name] + ["yesterday", "today", "tonight"])


def _year_only(token: Token) -> bool:
    """The act is dated by a year alone ("the leader behind it was executed in 2018"): news
    tells the day of what it reports; a year is how background is dated."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in ("in", "during")
        and any(_a_year(p) and p.dep_ == "pobj" and not list(p.children) for p in prep.children)
        for prep in token.children
    )


def _a_year(token: Token) -> bool:
    """A four-digit year, old ones too: a biography's "executed in 1842" is background."""
    return token.text.isdigit() and len(token.text) == 4 and 1500 <= int(token.text) <= 2099


def _clause_measured_back(token: Token, report: ReportCues) -> bool:
    """The event's clause opens with "since"/"after" and hangs on a span of time looking back
    ("to mark 25 years since the army began shelling the city"); a cue noun that is the
    clause's subject is measured by its verb ("21 years after 85 protesters died")."""
    node = token.head if token.dep_ in ("nsubj", "nsubjpass") else token
    for _ in range(3):
        marks = [c for c in node.children if c.dep_ == "mark" and c.lower_ in ("since", "after")]
        if marks:
            head = node.head
            return _span_before(marks[0], report) or (
                head.i != node.i
                and (
                    head.lower_ in report.looking_back
                    or any(c.lower_ in report.looking_back for c in head.children)
                )
            )
        if any(c.lower_ == "when" and _ago_before(c, report) for c in node.children):
            return True  # "five years ago when the depot blew up"
        if node.dep_ not in ("xcomp", "ccomp", "conj") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _span_before(mark: Token, report: ReportCues) -> bool:
    """The words just before "since" are a span looking back ("27 years since rebels burnt
    the school"), whatever the parse hung the clause on."""
    return mark.i > 0 and mark.doc[mark.i - 1].lower_ in report.looking_back


def _ago_before(when: Token, report: ReportCues) -> bool:
    """ "when" follows "<years> ago": the clause it opens happened years back."""
    doc, i = when.doc, when.i
    return i > 1 and doc[i - 1].lower_ == "ago" and doc[i - 2].lower_ in report.looking_back


# How far up the parse a retelling head may govern the event ("convicted X of dozens of counts
# including murder": nine steps from "murder" to "convicted").
RETOLD_DEPTH = 9


def _retold(token: Token, report: ReportCues) -> bool:
    """The event is the object of a work or a vow about it ("a documentary on the genocide",
    "vowed to avenge the killing"): up through nouns, prepositions and participles to the
    first head that is none of them, or to a retelling head. A verb listed after another
    ("sentenced them for the raid in which troops shot the men and burned the huts") is
    retold with it."""
    node = token
    for _ in range(RETOLD_DEPTH):
        if node.head.i == node.i:
            return False
        below, node = node, node.head
        if node.lower_ in report.retold_in or _told_by_work(below, node, report):
            return True
        if _told_by_work(node, node.head, report):
            return True
        if node.dep_ == "acl" and node.tag_ == "VBN":
            continue  # "the monument to the children killed in the campaign, which killed ..."
        if node.dep_ == "prep":
            continue  # "convicted him of dozens of counts including murder": a list's verb form
        if below.dep_ == "conj" and is_verb(below) and is_verb(node):
            continue  # "... shot them and burned the huts": the list shares its first verb's head
        if node.pos_ not in ("NOUN", "PROPN", "ADP"):
            # "vowed revenge for the killing": the phrase hangs on the verb beside its object
            # "laid a wreath to the children killed": the phrase hangs on the verb beside it too
            return below.lower_ in ("for", "to") and any(
                c.dep_ == "dobj" and c.lower_ in report.retold_in for c in node.children
            )
    return False


def _told_by_work(clause: Token, head: Token, report: ReportCues) -> bool:
    """A clause that says what a work does ("a drama that recreates the 1998 raid") or a
    participle whose understood subject is the work ("Shot in the hills, the film follows a
    patrol under fire"): the act is the work's story, retold."""
    if not is_verb(clause):
        return False
    if clause.dep_ == "relcl":
        return head.lower_ in report.retold_in
    if clause.dep_ != "advcl" or clause.i > head.i:
        return False  # the participle leads ("Filmed in ..., the documentary shows ...")
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in clause.children):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in report.retold_in for c in head.children)


def _found_by_court(token: Token, report: ReportCues) -> bool:
    """The act is in what a court found or ruled ("the judges found that he ordered the
    villagers rounded up", "the tribunal ruled that the militia had burned the market"): the
    case judged, retold; the court's own subject is not in it ("the court heard nothing")."""
    for head in list(token.ancestors)[:RETOLD_DEPTH]:
        if head.lower_ not in report.court_findings or not is_verb(head):
            continue
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        if any(s.lower_ in report.courts for s in subjects):
            return True
    return False


def _fold(text: str) -> str:
    return text.lower().replace("\u2019", "'").replace("\u2018", "'")


def _governing_events(token: Token) -> list[Token]:
    """The nouns a relative clause hangs on: the one it follows and those that one is a
    phrase of, since the parse often hangs the clause on the last noun of the phrase ("the
    anniversary of the attack on the subway, which killed 13": subway, attack, anniversary)."""
    clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
    if clause is None and token.dep_ == "relcl":
        clause = token
    if clause is None:
        return []
    nouns, node = [], clause.head
    for _ in range(PHRASE_DEPTH):
        if node.pos_ in ("NOUN", "PROPN"):
            nouns.append(node)
        if node.dep_ not in ("pobj", "prep", "appos") or node.head.i == node.i:
            break
        node = node.head
    return nouns


def _dated_by_own_clause(token: Token, year: int) -> bool:
    """An event noun in a phrase whose own relative clause names an earlier year ("commanded
    troops in the fighting that followed the 2013 split"): a conflict recalled, not reported."""
    if token.pos_ != "NOUN" or token.dep_ != "pobj":
        return False
    clauses = [c for c in token.children if c.dep_ == "relcl"]
    return any(
        _is_earlier_year(t, year) or (t.dep_ == "pobj" and _a_year(t) and int(t.text) < year)
        for c in clauses
        for t in c.subtree
    )


PHRASE_DEPTH = 7  # noun, preposition, noun, ...: three nouns up at most


def _is_earlier_year(token: Token, year: int) -> bool:
    text = token.text
    return token.dep_ in ("compound", "nummod", "amod") and (
        text.isdigit() and len(text) == 4 and 1900 <= int(text) < year
    )


def _measured_back(prep: Token, report: ReportCues) -> bool:
    """ "after"/"since" hung on "ten years", or "of" hung on "anniversary"."""
    if prep.lower_ in ("after", "since"):
        units = [prep.head, *prep.children]
        return any(u.lower_ in report.looking_back for u in units) or any(
            u.lower_ in report.looking_back for u in prep.head.children
        )
    return prep.lower_ == "of" and prep.head.lower_ in report.looking_back


def _tally(token: Token, report: ReportCues) -> bool:
    """A conflict's toll in the present perfect ("the insurgency has killed 5,000 and
    displaced 40,000"): the verbs, a verb joined to them, and the conflict noun subject."""
    if token.dep_ == "nsubj" and _summary(token, report):
        token = token.head  # "the fighting has killed 1,000": the noun is the tally's subject
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "... and displaced 400,000" shares the first verb's subject
    perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in token.children)
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    return perfect and any(_summary(s, report) for s in subjects)


def _summary(subject: Token, report: ReportCues) -> bool:
    return (
        subject.lower_ in report.summary_subjects  # no lemmas: the parse runs without them
        or " ".join(t.lower_ for t in subject.subtree if t.dep_ != "det") in report.summary_subjects
    )


def _speech_ancestor(token: Token, sentence: Span, cues: Cues) -> Token | None:
    for anc in token.ancestors:
        if anc.lower_ in cues.barrier_nouns:
            return None  # "claimed responsibility for the attack" reports the blame, not the attack
        if _verb_in(anc, cues.speech_verbs):
            return anc
    root = sentence.root
    if root.i != token.i and _verb_in(root, cues.speech_verbs):
        return root
    return None


def _argument_below(token: Token, verb: Token) -> Token:
    """The child of `verb` on the way up from `token` (the noun itself or its preposition)."""
    while token.head.i != verb.i and token.head.i != token.i:
        token = token.head
    return token


def _first_verb_head(token: Token) -> Token | None:
    for anc in token.ancestors:
        if is_verb(anc):
            return anc
    return None


def _verb_in(token: Token, table: VerbCue) -> bool:
    particles = table.get(token.lower_)
    if not particles or not is_verb(token) and token.pos_ != "ADJ":
        return False
    if "" in particles:
        return True
    near = {c.lower_ for c in token.children if c.dep_ in ("prt", "prep", "dobj", "advmod")}
    return bool(particles & near)


def _judge(label: Factuality | Certainty, cue: Token, reason: str) -> Judgement:
    return Judgement(label, cue.idx, cue.idx + len(cue), reason)
