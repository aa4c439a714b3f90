"""Actor mentions in a sentence, their roles from the parse, and ACLED-style names."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from sitrep.events._lexicon import fold
from sitrep.events.knowledge import ActorLexicon

KEEP_SURFACE_ENTS = {"ORG", "NORP", "PERSON"}
RELATIVES = {"who", "that", "which", "whom"}
MODIFIER_POS = {"NOUN", "PROPN", "ADJ"}


@dataclass(frozen=True)
class ActorMention:
    """An actor named in the text (doc character offsets)."""

    start: int
    end: int
    kind: str
    name: str | None = None  # fixed name (named group); None: built from kind + country
    country: str | None = None  # country given by a demonym ("Kenyan police")
    group: str | None = None  # named-group template with {country}
    group_countries: tuple[str, ...] = ()
    fallback: str | None = None


def find_actor_mentions(sentence: Span, lexicon: ActorLexicon) -> list[ActorMention]:
    """Every actor mention in the sentence, longest first where they overlap."""
    text = fold(sentence.text)
    base = sentence.start_char
    found: list[tuple[int, ActorMention]] = []  # (priority, mention)
    for group in lexicon.groups:
        if group.pattern is None:
            continue
        for m in group.pattern.finditer(text):
            fixed = None if "{country}" in group.name else group.name
            mention = ActorMention(
                base + m.start(),
                base + m.end(),
                group.kind,
                name=fixed,
                group=group.name if fixed is None else None,
                group_countries=group.countries,
                fallback=group.fallback,
            )
            found.append((0, mention))
    for kind, pattern in lexicon.demonym_generic.items():
        for m in pattern.finditer(text):
            if not _one_phrase(sentence, base + m.start(), base + m.end()):
                continue
            country = lexicon.demonyms.get(m.group("lead"))
            found.append((1, ActorMention(base + m.start(), base + m.end(), kind, country=country)))
    for kind, generic in lexicon.generic.items():
        if generic is None:
            continue
        for m in generic.finditer(text):
            start, end = base + m.start(), base + m.end()
            if _modifier_only(sentence, start, end):
                continue
            proper = _proper_name(sentence, start, end)
            if proper is not None:  # "the Ansar Dine Brigade": a name, not a generic noun
                found.append((1, ActorMention(proper.start_char, end, kind, name=proper.text)))
            else:
                found.append((2, ActorMention(start, end, kind)))
    return _without_overlaps(found)


def _proper_name(sentence: Span, start: int, end: int) -> Span | None:
    """The proper-noun phrase a generic noun closes ("Ansar Dine Brigade"), if any."""
    span = sentence.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0 or span[-1].pos_ != "PROPN" or not span[-1].is_title:
        return None
    first = span[0]
    while first.i > sentence.start:
        before = sentence.doc[first.i - 1]
        if before.pos_ != "PROPN" or before.dep_ not in ("compound", "amod", "nmod"):
            break
        first = before
    if first.i == span[0].i:
        return None
    return sentence.doc[first.i : span[-1].i + 1]


def _one_phrase(sentence: Span, start: int, end: int) -> bool:
    """Words between a demonym and its noun are modifiers ("Syrian government forces")."""
    span = sentence.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    return all(t.pos_ in MODIFIER_POS or not t.is_alpha for t in span[1:-1])


def _modifier_only(sentence: Span, start: int, end: int) -> bool:
    """A generic word used as an adjective ("military achievement", "rebel-held areas")."""
    span = sentence.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    last = span[-1]
    if last.dep_ not in ("amod", "compound", "npadvmod", "nmod"):
        return False
    if last.dep_ == "compound" and last.head.i > last.i and last.head.is_title:
        return True  # a headline's "Military Achievement", "Police Chief"
    return last.tag_ == "JJ" or last.head.pos_ not in ("NOUN", "PROPN")


def _without_overlaps(found: list[tuple[int, ActorMention]]) -> list[ActorMention]:
    found.sort(key=lambda pm: (pm[0], -(pm[1].end - pm[1].start), pm[1].start))
    kept: list[ActorMention] = []
    for _, mention in found:
        if all(mention.end <= k.start or mention.start >= k.end for k in kept):
            kept.append(mention)
    return sorted(kept, key=lambda m: m.start)


def actor_name(mention: ActorMention, country: str | None, lexicon: ActorLexicon) -> str:
    """The ACLED-style name of a mention for an event in `country`."""
    if mention.name:
        return mention.name
    if mention.group:
        if country and country in mention.group_countries:
            return mention.group.format(country=country)
        return mention.fallback or mention.group.replace(" ({country})", "")
    where = mention.country or country
    if where:
        specific = lexicon.country_names.get(where, {}).get(mention.kind)
        if specific:
            return specific
        return lexicon.templates[mention.kind].format(country=where)
    return lexicon.kind_names[mention.kind]


def kind_class(kind: str | None, lexicon: ActorLexicon) -> str | None:
    """'state', 'armed', 'unarmed' or 'crowd' for an actor kind."""
    if kind is None:
        return None
    for name in ("state", "armed", "crowd", "unarmed"):
        if kind in lexicon.kinds.get(name, ()):
            return name
    return None


@dataclass(frozen=True)
class Roles:
    """Token spans (doc char offsets) where actor1 and actor2 are expected."""

    agents: tuple[tuple[int, int], ...]
    patients: tuple[tuple[int, int], ...]
    patient_heads: tuple[Token, ...]


AGENT_PREPS = {"by"}
PATIENT_PREPS = {
    "on",
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
NOUN_AGENT_DEPS = {"compound", "amod", "poss", "nmod"}


def _extent(token: Token) -> tuple[int, int]:
    sub = list(token.subtree)
    return sub[0].idx, sub[-1].idx + len(sub[-1].text)


def _pobjs(token: Token, preps: set[str]) -> list[Token]:
    out: list[Token] = []
    for child in token.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in preps:
            out.extend(c for c in child.children if c.dep_ in ("pobj", "pcomp"))
    return out


def _verb_subject(verb: Token) -> Token | None:
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
        if current.dep_ in ("xcomp", "advcl", "conj", "ccomp") and current.head != current:
            current = current.head
        else:
            return None
    return None


PRONOUNS = {"it", "they", "he", "she", "we"}


def _reported_antecedent(subject: Token, verb: Token) -> Token:
    """'X said it shot down ...': the pronoun stands for the speaker X."""
    if subject.lower_ not in PRONOUNS or verb.dep_ != "ccomp":
        return subject
    outer = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return outer if outer is not None else subject


def _governing_verb(token: Token, steps: int = 3) -> Token | None:
    for ancestor in list(token.ancestors)[:steps]:
        if ancestor.pos_ == "VERB":
            return ancestor
    return None


def find_roles(trigger: Token) -> Roles:
    """Where the doer and the target of the event sit in the parse around its trigger."""
    agents: list[Token] = []
    patients: list[Token] = []
    if trigger.pos_ in ("VERB", "AUX") or trigger.tag_.startswith("VB"):
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children)
        agents += _pobjs(trigger, AGENT_PREPS)
        if not passive:
            subject = _verb_subject(trigger)
            if subject is not None:
                agents.append(_reported_antecedent(subject, trigger))
        patients += [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass", "dative")]
        patients += _pobjs(trigger, PATIENT_PREPS)
        if trigger.dep_ in ("acl", "relcl") and trigger.head.pos_ in ("NOUN", "PROPN"):
            has_subject = any(
                c.dep_ == "nsubj" and c.lower_ not in RELATIVES for c in trigger.children
            )
            if trigger.tag_ == "VBN" or has_subject:
                patients.append(trigger.head)  # "civilians killed by", "areas they took"
    else:
        agents += _pobjs(trigger, AGENT_PREPS)
        agents += [c for c in trigger.children if c.dep_ in NOUN_AGENT_DEPS]
        patients += _pobjs(trigger, PATIENT_PREPS)
        between = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "between"]
        for prep in between:
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                agents.append(pobj)
                patients += list(pobj.conjuncts)
        head = trigger.head
        if trigger.dep_ in ("dobj", "nsubjpass") and head != trigger:
            subject = _verb_subject(head)
            if subject is not None:
                agents.append(subject)
        if trigger.dep_ == "nsubj" and head != trigger:
            patients += [c for c in head.children if c.dep_ == "dobj"]
        verb = _governing_verb(trigger) if trigger.dep_ == "pobj" else None
        if verb is not None:  # "killed 15 militants in air strikes"
            subject = _verb_subject(verb)
            if subject is not None:
                agents.append(_reported_antecedent(subject, verb))
            patients += [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return Roles(
        agents=tuple(_narrow(t) for t in agents),
        patients=tuple(_narrow(t) for t in patients),
        patient_heads=tuple(patients),
    )


def _narrow(token: Token) -> tuple[int, int]:
    """The token's phrase, without a relative clause that may name other actors."""
    start, end = _extent(token)
    for child in token.children:
        if child.dep_ == "relcl" and child.i > token.i:
            end = min(end, child.left_edge.idx)
    return start, max(end, token.idx + len(token.text))


def mentions_in(
    spans: tuple[tuple[int, int], ...], mentions: list[ActorMention]
) -> list[ActorMention]:
    """Mentions inside any of the spans, in text order, first span first."""
    out: list[ActorMention] = []
    for start, end in spans:
        out += [m for m in mentions if m.start >= start and m.end <= end and m not in out]
    return out


def same_actor_once(mentions: list[ActorMention], lexicon: ActorLexicon) -> list[ActorMention]:
    """In one role, a named group absorbs generic words of its class ("FMLN terrorists")."""
    named = [m for m in mentions if m.name or m.group]
    classes = {kind_class(m.kind, lexicon) for m in named}
    return [
        m
        for m in mentions
        if m.name or m.group or m.country or kind_class(m.kind, lexicon) not in classes
    ]


def speaker(sentence: Span, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """The mention is who says, not who does ("The Houthis said the strikes hit ...")."""
    span = sentence.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    while head.dep_ in ("compound", "amod", "poss") and head.head is not head:
        head = head.head  # "Taliban officials said", "the army's spokesman said"
    verb = head.head
    claims = any(c.dep_ == "dobj" and c.lower_ == "responsibility" for c in verb.children)
    if head.dep_ == "nsubj" and claims:
        return False  # "X claimed responsibility for ...": X is the doer
    if head.dep_ in ("nsubj", "pobj") and verb.lower_ in lexicon.speech_verbs:
        return True
    return head.dep_ == "pobj" and head.head.head.lower_ in lexicon.speech_verbs


def surface_actor(sentence: Span, spans: tuple[tuple[int, int], ...]) -> Span | None:
    """A named entity in a role position that no alias knows: kept as written."""
    for start, end in spans:
        for ent in sentence.ents:
            if ent.label_ in KEEP_SURFACE_ENTS and ent.start_char >= start and ent.end_char <= end:
                return ent
    return None
