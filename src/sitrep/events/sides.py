"""The sides an article names, for events whose own sentence leaves a side unnamed.

A report often tells the act with unnamed doers ("militants took the town", "a gunfight broke
out at a checkpoint") and names the group in another sentence ("JNIM fighters then raised their
flag", "the attackers were TTP fighters"). A coder reads the whole report: the one armed group
it names is the unnamed doer, and a battle's other side is an armed side the report names."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from sitrep.events.actors import (
    UNIDENTIFIED,
    Actor,
    ActorMention,
    actor_name,
    find_actor_mentions,
    holder,
    kind_class,
    ruling,
    suspected,
)
from sitrep.events.candidates import Draft
from sitrep.events.knowledge import ActorLexicon, EventKnowledge
from sitrep.events.merge import Group
from sitrep.model import Passage

STATES = ("state", "authority")


@dataclass(frozen=True)
class Side:
    """An armed side the article names: its mention and original span."""

    mention: ActorMention
    span: tuple[int, int]
    partners: tuple[tuple[int, int], ...] = ()  # words joined to it ("soldiers and VDP men")
    holds: bool = False  # told as a place's holder ("a town held by X"), no act of its own


def article_sides(
    passages: Sequence[Passage], docs: Sequence[Doc], lexicon: ActorLexicon
) -> list[Side]:
    """Every named armed group and every state force the article mentions, in text order."""
    out: list[Side] = []
    for passage, doc in zip(passages, docs, strict=True):
        for sentence in doc.sents:
            for m in find_actor_mentions(sentence, lexicon):
                side = kind_class(m.kind, lexicon)
                if side not in ("armed", "state"):
                    continue
                root = doc.char_span(m.start, m.end, alignment_mode="expand")
                # a group may be a mere source; a state reports what hit it
                if side == "armed" and root is not None and _speaks(root.root, lexicon):
                    continue
                if suspected(sentence, m, lexicon):
                    continue  # "sources suspect X": held for it, not told as its doer
                joined = root.root.conjuncts if root is not None else ()
                partners = tuple(passage.original_span(t.idx, t.idx + len(t)) for t in joined)
                holds = holder(sentence, m, lexicon)
                out.append(Side(m, passage.original_span(m.start, m.end), partners, holds))
    return out


def _speaks(token: Token, lexicon: ActorLexicon) -> bool:
    """A group named as a source ("an RSF spokesman said the army ...", "the RSF claimed the
    army ..."): the subject of a speech verb, or a word naming the speaker's owner, telling
    of another's act; one telling of its own ("a spokesman for X said his fighters pulled
    back") names a party."""
    for _ in range(3):
        if token.dep_ in ("nsubj", "nsubjpass"):
            said = token.head
            return said.lower_ in lexicon.speech_verbs and _tells_of_others(said)
        if token.dep_ not in ("compound", "amod", "poss", "nmod", "npadvmod", "appos"):
            return False
        token = token.head
    return False


def _tells_of_others(said: Token) -> bool:
    """A group's own words about another's act ("the RSF claimed the army had planted it"),
    not about its own ("JNIM said its fighters took the town": a claim names the doer)."""
    for clause in (c for c in said.children if c.dep_ == "ccomp"):
        for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            owned = _owned(subject)
            if subject.pos_ != "PRON" and not owned:
                return True
    return False


def _owned(subject: Token) -> bool:
    """ "its fighters", "eight of its fighters": the speaker's own people."""
    ofs = [g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return any(c.dep_ == "poss" for t in (subject, *ofs) for c in t.children)


def name_sides(
    drafts: list[Draft],
    passages: Sequence[Passage],
    docs: Sequence[Doc],
    original: str,
    knowledge: EventKnowledge,
) -> list[Draft]:
    """Drafts whose unnamed armed doer, or whose battle lacks its other side, take the side
    the article names."""
    lexicon = knowledge.actors
    assert lexicon is not None
    if not drafts:
        return drafts
    sides = article_sides(passages, docs, lexicon)
    if not sides:
        return drafts
    # a group the article tells was hit by a one-sided act is no unnamed doer of its others
    hit = [
        span
        for d in drafts
        if not knowledge.event_types[d.event_type].two_sided
        for span in (*d.targets, *(a.span for a in (d.actor2, d.assoc2) if a is not None))
    ]
    sides = [s for s in sides if not any(_within(p, hit) for p in (s.span, *s.partners))]
    return [_named_sides(d, sides, original, knowledge) for d in drafts]


def _named_sides(
    draft: Draft, sides: list[Side], original: str, knowledge: EventKnowledge
) -> Draft:
    lexicon = knowledge.actors
    assert lexicon is not None
    if draft.consequence:
        return draft  # a toll joins the act told before: the act names its sides
    two_sided = knowledge.event_types[draft.event_type].two_sided
    if two_sided and draft.actor2 is not None and draft.actor2.kind == "civilians":
        draft = replace(draft, actor2=None)  # bystanders hit are no side of a battle
    unnamed_hit = _unnamed_doer(draft.actor2, False)
    # "a battle with militants" names no doer: the group is the militants, not their foe
    nameable = not (draft.actor1 is None and unnamed_hit)
    nameable = nameable and not _said_unknown(draft.actor1, original, lexicon)
    if nameable and _unnamed_doer(draft.actor1, two_sided):
        draft = replace(draft, actor1=_sole_group(draft, sides, lexicon) or draft.actor1)
        if draft.assoc1 is not None and draft.actor1 is not None:
            same = draft.assoc1.name == draft.actor1.name  # "men of the X gang": X alone
            draft = replace(draft, assoc1=None) if same else draft
    if two_sided and draft.actor1 is not None and draft.actor2 is None:
        draft = replace(draft, actor2=_other_side(draft, sides, lexicon))
    elif two_sided and unnamed_hit:
        other = _other_group(draft, sides, lexicon)  # "clashed with gunmen": the group named
        draft = replace(draft, actor2=other or draft.actor2)
    elif _state_strike_on_unnamed(draft, knowledge) and unnamed_hit:
        # "jets bombed resistance positions ... the KNDF said eight of its fighters were
        # hurt": the one group the report names is the unnamed side the state's forces hit
        draft = replace(draft, actor2=_other_group(draft, sides, lexicon) or draft.actor2)
    return draft


def _state_strike_on_unnamed(draft: Draft, knowledge: EventKnowledge) -> bool:
    """A one-sided armed act (a strike, a shelling) by state forces."""
    kind = knowledge.event_types[draft.event_type]
    doer = draft.actor1
    return kind.armed and not kind.two_sided and doer is not None and doer.side in STATES


def _within(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] < b for a, b in spans)


def _said_unknown(actor: Actor | None, original: str, lexicon: ActorLexicon) -> bool:
    """The text says the doer is unknown ("an unidentified man", "unknown gunmen")."""
    if actor is None or actor.default:
        return False
    words = original[max(0, actor.span[0] - 30) : actor.span[1]].lower()
    return any(w in words for w in lexicon.unknown_words)


def _unnamed_doer(actor: Actor | None, two_sided: bool) -> bool:
    """No doer in a battle, or a doer the text leaves unnamed ("gunmen", "militants")."""
    if actor is None:
        return two_sided
    return actor.kind == UNIDENTIFIED or (
        actor.side == "armed" and (actor.generic or actor.default)
    )


def _as_actor(side: Side, draft: Draft, lexicon: ActorLexicon) -> Actor:
    m = side.mention
    name = actor_name(m, draft.country, lexicon, draft.date)
    generic = not (m.name or m.group or m.country)
    return Actor(name, m.kind, side.span, generic, kind_class(m.kind, lexicon))


def _groups(draft: Draft, sides: list[Side], lexicon: ActorLexicon) -> dict[str, Side]:
    """The named non-state armed groups of the article (not a ruling one), by their name in
    the draft's country."""
    named: dict[str, Side] = {}
    for side in sides:
        m = side.mention
        if not (m.name or m.group) or kind_class(m.kind, lexicon) != "armed":
            continue
        if ruling(m, draft.date):
            continue
        named.setdefault(actor_name(m, draft.country, lexicon, draft.date), side)
    return named


def _sole_group(draft: Draft, sides: list[Side], lexicon: ActorLexicon) -> Actor | None:
    """The one named armed group of the article, unless it is the side hit or only told as a
    place's holder ("in Azaz, a town held by X": X is no bomber for that)."""
    named = _groups(draft, [s for s in sides if not s.holds], lexicon)
    if len(named) != 1:
        return None
    name, side = next(iter(named.items()))
    if name in {a.name for a in (draft.actor2, draft.assoc2) if a is not None}:
        return None  # the group was hit
    return _as_actor(side, draft, lexicon)


def _other_group(draft: Draft, sides: list[Side], lexicon: ActorLexicon) -> Actor | None:
    """The one named armed group of the article besides the battle's first side."""
    own = {a.name for a in (draft.actor1, draft.assoc1) if a is not None}  # nor its ally
    named = {k: v for k, v in _groups(draft, sides, lexicon).items() if k not in own}
    if len(named) != 1:
        return None
    return _as_actor(next(iter(named.values())), draft, lexicon)


def _other_side(draft: Draft, sides: list[Side], lexicon: ActorLexicon) -> Actor | None:
    """A battle's other side: for a group, the state's forces the article names in the
    event's country; for the state, the one named armed group."""
    first = draft.actor1
    assert first is not None
    if first.side in STATES:
        return _other_group(draft, sides, lexicon)  # not the state's ally ("backed by X")
    for side in sides:
        m = side.mention
        abroad = m.country and draft.country and m.country != draft.country
        if kind_class(m.kind, lexicon) != "state" or abroad:
            continue
        actor = _as_actor(side, draft, lexicon)
        if actor.name != first.name:
            return actor
    return None


def battle_side(group: Group, actor1: Actor | None, actor2: Actor | None) -> Actor | None:
    """A battle's other side is armed: civilians hit in it ("a police raid left 64 dead") are
    no side; another side its drafts name stands in."""
    if actor1 is None or (actor2 is not None and actor2.kind != "civilians"):
        return actor2
    sides = [a for d in group.drafts for a in (d.actor2, d.actor1) if a is not None]
    other = [a for a in sides if a.name != actor1.name and a.kind != "civilians"]
    return other[0] if other else actor2


def crowd_side(group: Group, actor1: Actor | None, actor2: Actor) -> Actor:
    """A crowd's other side is the state that faced it: people arrested at a protest are no
    side of it ("police dispersed the march and arrested twelve people"). A state force told
    first ("police opened fire on students protesting") faces the crowd its drafts name."""
    if actor1 is not None and actor1.side == "state":
        crowds = [a for d in group.drafts for a in (d.actor1, d.actor2) if a and a.side == "crowd"]
        return crowds[0] if crowds else actor2
    if actor2.kind != "civilians":
        return actor2
    state = [
        a
        for d in group.drafts
        for a in (d.actor2, d.actor1)
        if a is not None and a.side == "state" and not a.default
    ]
    return state[0] if state else actor2
