"""From one trigger in one sentence to event drafts with every field and its evidence.

`drafts_for_trigger` runs named steps: reject cue words that tell no event (`nonevents`),
find who is who (`actors`), settle the sub-event (`classify`), name the actors, count the
dead, judge factuality (`sitrep.time.factuality`), then one draft per place and day
(`setting`, `sitrep.time.dates`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from sitrep.events._lexicon import fold
from sitrep.events.actors import (
    CIVILIANS,
    Actor,
    ActorMention,
    Cast,
    Scene,
    Sides,
    acting_kind,
    actor_name,
    assign_actors,
    blamed,
    claimant,
    default_actor,
    demonym_doer,
    fallback_kind,
    find_actor_mentions,
    fire_source,
    kind_class,
    mention_root,
    mentions_in,
    same_actor_once,
    victims,
)
from sitrep.events.classify import (
    EXPLOSIONS,
    campaign,
    crowd_took_to_harm,
    decreed,
    harmed_in_taking,
    refine,
    report_refinements,
    settle,
    weapon_kind,
)
from sitrep.events.detect import (
    Trigger,
    conjoined_act,
    find_triggers,
    ground_held,
    trigger_token,
)
from sitrep.events.fatalities import ARTICLES, Fatalities, count_fatalities, only_animals
from sitrep.events.knowledge import ActorLexicon, EventKnowledge, Refinement, SubEvent
from sitrep.events.names import Namings, article_namings, named_in_full
from sitrep.events.nonevents import (
    COUNTED,
    PRESENT_BE,
    infinitive,
    mark_sports_report,
    names_crowd,
    no_event,
    own_arms,
    prepared_for,
)
from sitrep.events.roles import (
    SAME_TIME_MARKS,
    Roles,
    counted_toll,
    find_roles,
    first_conjunct,
    later_hit,
    of_head,
    phrase_head,
    roles_after,
    spans_after,
    with_verb,
)
from sitrep.events.setting import (
    Setting,
    asked_places,
    at_home,
    dateline_end,
    event_country,
    event_settings,
    is_country,
    origin_places,
    speaking_places,
    without_dateline,
)
from sitrep.model import Certainty, Factuality, Passage, PassageKind, Place, TimeExpr
from sitrep.time import PRESENT_HAVE, Anchor, Judgement, classify_certainty
from sitrep.time.dates import When, event_dates, times_in
from sitrep.time.factuality import dated_factuality, event_factuality, realises

Span_ = tuple[int, int]  # original character offsets

HEADLINE_KINDS = (PassageKind.TITLE, PassageKind.STANDFIRST)
DEFINITE = {"the", "this", "that", "these", "those"}
NOT_TARGET_POS = {"PRON", "DET", "NUM", "ADP", "PUNCT", "SPACE"}


@dataclass(frozen=True)
class Draft:
    """One candidate event, before merging (all spans are original offsets)."""

    sub_event: str
    trigger: Span_
    actor1: Actor | None
    assoc1: Actor | None
    actor2: Actor | None
    assoc2: Actor | None
    setting: Setting | None
    country: str | None
    date: str | None
    precision: int | None
    date_span: Span_
    date_explicit: bool
    date_first: str | None
    date_last: str | None
    fatalities: int
    fatalities_span: Span_ | None
    certainty: Certainty
    certainty_span: Span_
    factuality: Factuality
    order: int  # position in the article, for stable output
    targets: tuple[Span_, ...] = ()  # what was hit, when it is no actor ("a hospital")
    event_type: str = ""
    armed: bool = False  # organised armed violence (taxonomy.toml): one family when merging
    headline: bool = False  # from the title or standfirst: a summary of the body's events
    anaphoric: bool = False  # "the attack", "repelled the assault": an event told before
    detail: bool = False  # may join a violent event of another type told before it
    generic: bool = False  # a generic word: joins the event before it, or is dropped
    weak: bool = False  # told by a generic cue ("killed", "the attack"): may be part of another
    victims: frozenset[str] = frozenset()  # name words of who was hit ("oqueli"): one incident
    date_reported: bool = False  # the date is the report's day ("said on Monday")
    consequence: bool = False  # only tells a toll ("nine dead", "he died"): of an act told before
    fatalities_upper: bool = False  # "as many as 20": gives way to another report's figure
    fatalities_victim: str | None = None  # the noun the toll counts ("soldiers"), if one
    fatalities_source: str | None = None  # who gives the toll ("police"), if a verb says
    fatalities_vague: bool = False  # "dozens": gives way to another source's firm figure
    fatalities_added: bool = False  # "two more died": adds to the toll told before
    fallen: bool = False  # the toll counts fighters ("six soldiers killed"): a fight's dead
    claim: bool = False  # told in a claim ("claimed the attack on X"): of an act told before
    # "another bomb went off", "in addition, rebels blew up a bus": one more act beside those
    # told before, never one of them; the start of its sentence (its drafts stay one event)
    another: int | None = None
    # an act named by a noun and dated only by the verb of comment it hangs on ("the army
    # today condemned the murder of X"): the comment's day, not the act's
    day_of_comment: bool = False
    sentence: int = -1  # where its sentence starts (original offset): a denial's own words
    # the act named only by a participle on a definite noun ("the arrested men", "the murdered
    # priest"): a later mention of an act of its kind told before, when the article tells one
    named_done: bool = False


Cued = tuple[Token, Draft]  # a draft with the cue word that told it


@dataclass(frozen=True)
class SentenceContext:
    passage: Passage
    sentence: Span
    places: Sequence[Place]  # the article's places that may set an event of this passage
    times: Sequence[TimeExpr]
    anchor: Anchor
    original: str
    dateline: int = 0  # where the passage's wire dateline ends (passage text), 0 if none
    blast_accident: bool = False  # the article tells a blast as an accident (read once)
    # places named in what a crowd asks for -> the span of that object (`asked_places`)
    asked: Mapping[Span_, Span_] = field(default_factory=dict)
    home: str | None = None  # the article's country, for an event no place sets
    # kind -> the kind the report's own words make it, wherever they stand (read once)
    told_kinds: Mapping[str, str] = field(default_factory=dict)


def original_span(passage: Passage, start: int, end: int) -> Span_:
    return passage.original_span(start, end)


def drafts_for_article(
    passages: Sequence[Passage],
    docs: Sequence[Doc],
    places: Sequence[Place],
    times: Sequence[TimeExpr],
    anchor: Anchor,
    original: str,
    knowledge: EventKnowledge,
    home: str | None = None,
) -> list[Draft]:
    """The drafts of every event cue of the article; `home`, the article's country
    (`article_country`), is the country of an event no place of its own sets."""
    lexicon = knowledge.actors
    assert lexicon is not None
    drafts: list[Draft] = []
    mark_sports_report(docs, knowledge)
    speakers = speaking_places(passages, docs, places, lexicon, knowledge.scene_words)
    speakers |= origin_places(places, original, knowledge.origin_cues)
    places = [p for p in places if (p.start, p.end) not in speakers]
    asked = asked_places(passages, docs, places, knowledge.demand_cues)
    blast_accident = _blast_told_as_accident(original, knowledge)
    told_kinds = report_refinements(original, knowledge, anchor.date[:4] if anchor.date else None)
    for passage, doc in zip(passages, docs, strict=True):
        dateline = dateline_end(passage, knowledge.dateline)  # once per passage
        local = without_dateline(passage, places, dateline, asked, original)
        before: list[Draft] = []  # the drafts of the sentence before, in this passage
        last: list[Draft] = []  # the drafts of the last sentence that told one, in this passage
        for sentence in doc.sents:
            doer = blamed(sentence, lexicon) or fire_source(sentence, lexicon)
            if doer is not None and last:  # the event told last, past sentences with none
                drafts = [_claimed(d, doer, passage, lexicon) if d in last else d for d in drafts]
            claimed = claimant(sentence, lexicon)
            if claimed is not None and last:
                drafts = [
                    _claimed(d, claimed, passage, lexicon) if d in last else d for d in drafts
                ]
            triggers = _without_means(sentence, find_triggers(sentence, knowledge))
            hit = later_hit(sentence, knowledge, bool(triggers))
            if hit is not None and last:  # "the dead man was identified as X": of the last act
                drafts, last = _hit_named(drafts, last, original_span(passage, *hit))
            before = []
            if not triggers:
                continue
            ctx = SentenceContext(
                passage,
                sentence,
                local,
                times,
                anchor,
                original,
                dateline,
                blast_accident,
                asked,
                home,
                told_kinds,
            )
            mentions = find_actor_mentions(sentence, lexicon)
            told = [
                (trigger_token(sentence, trig), drafts_for_trigger(ctx, trig, mentions, knowledge))
                for trig in triggers
            ]
            told = _answered_acts(ctx, told, mentions, knowledge)
            found = _ground_given(told, _without_background(ctx, told, knowledge))
            if not found and not triggers[0].weak:
                # its specific cues told no event ("attacked the post with rifles and
                # rockets": the weapons of a list): its generic word may still tell one
                for trig in find_triggers(sentence, knowledge, generic=True):
                    cue = trigger_token(sentence, trig)
                    found += [(cue, d) for d in drafts_for_trigger(ctx, trig, mentions, knowledge)]
            found = [(cue, _done_alike(cue, d, last, knowledge)) for cue, d in found]
            before = _one_telling(without_subsumed(found, knowledge))
            if claimed is not None and any(cue.idx < claimed.start for cue, _ in found):
                # "two blasts hit the shrine; IS claimed the attack": a claim told after the
                # act in its own sentence names its doer as one told in the next would
                before = [_claimed(d, claimed, passage, lexicon) for d in before]
            if doer is not None:  # "..., blaming the Pakistani army": the sentence's own act
                before = [_claimed(d, doer, passage, lexicon) for d in before]
            drafts += before
            last = before or last
    namings = article_namings(passages, docs)
    return [_named_in_full(d, namings) for d in drafts if _plausible(d, knowledge)]


def _without_means(sentence: Span, triggers: list[Trigger]) -> list[Trigger]:
    """Drop a cue that names the weapon of another cue's act of the same kind ("shelled the
    town with rocket launchers and tube artillery"): the same shelling, whose doer is the
    verb's, not a second one with the weapon as its own doer."""
    heads = {trigger_token(sentence, t).i: t.sub_event for t in triggers}
    return [t for t in triggers if not _means_of(trigger_token(sentence, t), t.sub_event, heads)]


def _means_of(token: Token, sub_event: str, heads: Mapping[int, str]) -> bool:
    verb = with_verb(token)
    return verb is not None and verb.i != token.i and heads.get(verb.i) == sub_event


def _answered_acts(
    ctx: SentenceContext,
    told: list[tuple[Token, list[Draft]]],
    mentions: list[ActorMention],
    knowledge: EventKnowledge,
) -> list[tuple[Token, list[Draft]]]:
    """The acts told in a phrase hung on an arrest ("were arrested following the attack on the
    police post", "arrested in connection with the murder of Judge X"): the armed act the
    arrest answers, whose doer is not the captor. In a sentence whose cues tell nothing armed,
    its generic word ("attack"), which the arrest's specific cue kept from being looked for,
    tells it too (its cue still passes the non-event rules); the raid the captors made ("arrested
    nine men in house raids") is the arrest's own operation, no act it answers."""
    arrests = [cue for cue, acts in told if any(d.sub_event == "arrests" for d in acts)]
    if not arrests:
        return told
    phrases = [w for cue in arrests for p in cue.children if p.dep_ == "prep" for w in p.subtree]
    inside = {w.i for w in phrases}
    captors = {
        d.actor1.name for _, acts in told for d in acts if d.sub_event == "arrests" and d.actor1
    }
    if not any(d.armed for _, acts in told for d in acts):
        told = told + _generic_acts(ctx, inside, mentions, knowledge)
    return [
        (cue, [_not_captor(d, captors, knowledge) if d.armed else d for d in acts])
        if cue.i in inside
        else (cue, acts)
        for cue, acts in told
    ]


def _generic_acts(
    ctx: SentenceContext, inside: set[int], mentions: list[ActorMention], knowledge: EventKnowledge
) -> list[tuple[Token, list[Draft]]]:
    """The acts the sentence's generic cues ("attack") tell among the words `inside` (the
    phrases hung on an arrest); a raid is the arrest's own operation, no act it answers."""
    triggers = find_triggers(ctx.sentence, knowledge, generic=True)
    cued = [(trigger_token(ctx.sentence, t), t) for t in triggers]
    return [
        (cue, drafts_for_trigger(ctx, trig, mentions, knowledge))
        for cue, trig in cued
        if cue.i in inside and cue.lower_ not in knowledge.raid_words
    ]


def _not_captor(draft: Draft, captors: set[str], knowledge: EventKnowledge) -> Draft:
    """The act an arrest answers is not its captor's: the parse gives the sentence's subject
    ("police arrested two men in connection with the murder of X"), so the act's doer is the
    unnamed one of its kind."""
    if draft.actor1 is None or draft.actor1.name not in captors:
        return draft
    kind = knowledge.sub_events[draft.sub_event].default_actor1
    lexicon = knowledge.actors
    if kind is None or lexicon is None:
        return replace(draft, actor1=None, assoc1=None)
    unnamed = default_actor(kind, draft.country, draft.date, draft.trigger, lexicon)
    return replace(draft, actor1=unnamed, assoc1=None)


def _done_alike(
    cue: Token, draft: Draft, last: Sequence[Draft], knowledge: EventKnowledge
) -> Draft:
    """A generic attack told as done like the act just before ("two homes were similarly
    attacked" after a bomb went off): done with that act's weapon, so of its kind."""
    if draft.sub_event != "civilian_attack" or not any(
        c.dep_ == "advmod" and c.lower_ in knowledge.alike_words for c in cue.children
    ):
        return draft
    weapon = [d for d in last if d.event_type == EXPLOSIONS and not d.headline]
    if not weapon:
        return draft
    kind = weapon[-1]
    return replace(draft, sub_event=kind.sub_event, event_type=kind.event_type, armed=kind.armed)


def _hit_named(
    drafts: list[Draft], last: list[Draft], named: Span_
) -> tuple[list[Draft], list[Draft]]:
    """All drafts and the last act's, with the one hit that a later sentence names added."""
    hit_told = [replace(d, targets=(*d.targets, named)) for d in last]
    return [hit_told[last.index(d)] if d in last else d for d in drafts], hit_told


def _named_in_full(draft: Draft, namings: Namings) -> Draft:
    """A person hit named in part ("Oqueli Colindres was kidnapped", "Galan was killed") is the
    one the article names in full ("Hector Oqueli Colindres"): its fullest naming is evidence
    too."""
    told = (*draft.targets, *((draft.fatalities_span,) if draft.fatalities_span else ()))
    full = [s for s in named_in_full(told, namings) if s not in draft.targets]
    return replace(draft, targets=draft.targets + tuple(full)) if full else draft


BACKGROUND_WORDS = frozenset({"during", "amid", "amidst", "after", "following"})


def _names_a_day(ctx: SentenceContext, phrase: Token) -> bool:
    """A day ("on 18 August", "on Monday") is told inside the phrase ("a week of fighting"
    tells none)."""
    words = list(phrase.subtree)
    first, last = original_span(ctx.passage, words[0].idx, words[-1].idx + len(words[-1]))
    return any(
        first <= t.start and t.end <= last and t.precision == 1 and t.kind in DAY_KINDS
        for t in ctx.times
    )


def _without_background(
    ctx: SentenceContext, told: list[tuple[Token, list[Draft]]], knowledge: EventKnowledge
) -> list[Cued]:
    """Drop the drafts of a cue inside a phrase of circumstance ("during a week of fighting",
    "after taking the base", "a day after the riots") hung on another cue of the sentence that
    tells an event on the same day: the report codes the act, the circumstance only sets it.
    A circumstance with a date of its own ("following the murder of X on 18 August") stays,
    and so does armed violence behind an act that is none ("arrested after he placed a
    bomb"). Each kept draft stays paired with its cue word."""
    kept: list[Cued] = []
    for token, drafts in told:
        measured = _measured_circumstance(token, knowledge)
        if measured is not None and not _names_a_day(ctx, measured):
            continue  # "the blast came a day after a gunfight": another day's act, undated
        if _backdrop(token, knowledge):
            continue  # "the demolitions came as fighting continued": the war behind the act
        # a host that takes up an event told before ("repelled the attack after a gunfight")
        # is none: its circumstance tells more of that event
        phrases = [
            (phrase, acts)
            for host, acts in told
            if host is not token and any(not d.anaphoric for d in acts)
            for phrase in [_circumstance_of(token, host)]
            if phrase is not None
        ]
        hosts = [acts for phrase, acts in phrases if not _names_a_day(ctx, phrase)]
        days = {d.date for acts in hosts for d in acts}
        # property burned or looted is violence of its own ("soldiers burned 20 stalls after
        # a soldier was wounded in an ambush"): the ambush only sets it, like a battle's
        armed_host = any(d.armed or d.sub_event == LOOTING for acts in hosts for d in acts)
        kept += [(token, d) for d in drafts if d.date not in days or (d.armed and not armed_host)]
    return kept


TRANSFER = "nonviolent_transfer"
LOOTING = "looting"


def _ground_given(told: list[tuple[Token, list[Draft]]], kept: list[Cued]) -> list[Cued]:
    """One handover told by several cues of a sentence ("took Mogok without a fight after the
    troops pulled out"): the manner phrase ("without a fight") tells no handover of its own
    beside a verb that does, and the side that pulled out, told in the background clause, is
    the one that gave the ground up (actor2)."""
    manner = [
        d
        for token, drafts in told
        if token.pos_ == "ADP" or token.head.pos_ == "ADP"  # "without a fight/fighting"
        for d in drafts
        if d.sub_event == TRANSFER
    ]
    takers = [d for _, d in kept if d.sub_event == TRANSFER and d not in manner and d.actor1]
    if not takers:
        return kept
    told_too = [
        g for _, drafts in told for g in drafts if g.sub_event == TRANSFER and g not in manner
    ]
    told_too.sort(key=lambda g: g.actor2 is None)  # a draft that names both sides first
    out: list[Cued] = []
    for cue, d in kept:
        if d in manner:
            continue
        if d in takers and d.actor2 is None and d.actor1 is not None:
            left = next((a for g in told_too for a in [_left(g, d.actor1.name)] if a), None)
            if left is not None:
                d = replace(d, actor2=left[0], assoc2=left[1])
        out.append((cue, d))
    return out


def _left(draft: Draft, taker: str) -> tuple[Actor, Actor | None] | None:
    """The side a withdrawal draft tells left the ground: its actor2 when the taker is its
    actor1 ("X took it after Y pulled out" told as X's), else its own doer ("Y pulled out")."""
    first, second = draft.actor1, draft.actor2
    if first is not None and first.name == taker:
        return (second, draft.assoc2) if second is not None else None
    if first is not None and second is None and not first.default:
        return first, draft.assoc1
    return None


def _measured_circumstance(token: Token, knowledge: EventKnowledge) -> Token | None:
    """The "after"/"before" phrase or clause measured by a span of days that holds `token`,
    on a verb whose subject takes up the event told ("the blast came a day after a gunfight",
    "the fighting came days after the government declared ..."), or the object of "followed"
    with such a span ("the searches followed fighting the week before"): the act named there
    only sets the time of the one told, on a day the text does not give."""
    if token.dep_ == "dobj" and token.head.lower_ in knowledge.follow_verbs:
        spans = [
            s for c in token.head.children if c.lower_ in ("before", "earlier") for s in c.children
        ]
        if _retold(token.head, knowledge) and any(s.lower_ in knowledge.time_spans for s in spans):
            return token
    current = token
    for _ in range(8):
        phrase = current.dep_ == "prep" and current.lower_ in ("after", "before")
        clause = current.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("after", "before") for c in current.children
        )
        if phrase or clause:
            spans = [c for c in current.children if c.dep_ == "npadvmod"]
            measured = any(c.lower_ in knowledge.time_spans for c in spans)
            return current if measured and _retold(current.head, knowledge) else None
        if current.head == current:
            return None
        current = current.head
    return None


def _retold(host: Token, knowledge: EventKnowledge) -> bool:
    """The verb's subject takes up an event told before ("the blast", "the demolitions")."""
    return any(
        c.dep_ == "nsubj"
        and (c.lower_ in knowledge.anaphora_nouns or c.tag_ == "NNS")
        and any(
            d.dep_ == "det" and d.lower_ in ("the", "this", "that", "these") for d in c.children
        )
        for c in host.children
    )


def _backdrop(token: Token, knowledge: EventKnowledge) -> bool:
    """The subject of an ongoing verb in an "as"/"while" clause on a verb whose subject takes
    up the event told ("the demolitions came as fighting continued along the frontier"): the
    war behind the act, no incident of its own."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lower_ not in knowledge.backdrop_verbs or verb.dep_ != "advcl":
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    return bool(marks & {"as", "while"}) and _retold(verb.head, knowledge)


def _circumstance_of(token: Token, host: Token) -> Token | None:
    """The "after"/"during" phrase or clause holding `token` on the way up to `host`."""
    current = token
    for _ in range(8):
        if current.lower_ in BACKGROUND_WORDS and current.dep_ == "prep":
            on_host = current.head == host or host in current.head.ancestors
            return current if on_host else None
        if current.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in BACKGROUND_WORDS for c in current.children
        ):
            return current if current.head == host else None
        if current.head == current:
            return None
        current = current.head
    return None


def _with_doer(draft: Draft, doer: Actor, lexicon: ActorLexicon) -> Draft:
    """The blamed actor becomes the doer of an event that named none; of weapons a named side
    stopped in flight, the side that fired them."""
    if draft.sub_event in lexicon.weapon_owner_hit and draft.actor1 is not None:
        named = draft.actor1.name == doer.name
        return draft if draft.actor2 is not None or named else replace(draft, actor2=doer)
    if _state_hit_by(draft, doer, lexicon):  # "a bomb hit a police convoy; IS claimed it"
        return replace(draft, actor1=doer, actor2=draft.actor2 or draft.actor1)  # police hit
    if _unnamed_foe_of_state(draft, doer):  # "troops repelled gunmen; JNIM claimed it"
        return replace(draft, actor1=doer, actor2=draft.actor1)
    if draft.actor1 is not None and not draft.actor1.generic:
        return draft
    if draft.actor2 is not None and draft.actor2.name == doer.name:
        return draft
    return replace(draft, actor1=doer)


def _unnamed_foe_of_state(draft: Draft, doer: Actor) -> bool:
    """State forces fought an armed side told by no name: a named armed group that claims or
    is blamed for the act is that side, and the attacker (actor1)."""
    first, second = draft.actor1, draft.actor2
    return (
        doer.side == "armed"
        and first is not None
        and first.side == "state"
        and second is not None
        and second.side == "armed"
        and (second.generic or second.default)
        and second.name != doer.name
    )


# bombings: no state plants a roadside bomb or sends a suicide bomber in ACLED's coding of a
# claimed attack, so state forces read as their doer were the side hit
BOMBINGS = frozenset({"remote_explosive", "suicide_bomb", "grenade"})


def _state_hit_by(draft: Draft, doer: Actor, lexicon: ActorLexicon) -> bool:
    """A bombing whose actor1 is state forces, claimed by or blamed on an armed group."""
    first = draft.actor1
    if draft.sub_event not in BOMBINGS or first is None or doer.side != "armed":
        return False
    state = first.side == "state" or _states_name(first.name, lexicon)  # "Taliban police"
    return state and not _states_name(doer.name, lexicon)


def _states_name(name: str, lexicon: ActorLexicon) -> bool:
    """The name is a state's forces' ("Military Forces of X (...)"), whatever its kind."""
    return name.startswith(lexicon.state_prefixes)


def _claimed(draft: Draft, mention: ActorMention, passage: Passage, lexicon: ActorLexicon) -> Draft:
    """The group that claimed the act is its doer, named for the event's country."""
    name = actor_name(mention, draft.country, lexicon, draft.date)
    where = passage.original_span(mention.start, mention.end)
    return _with_doer(
        draft, Actor(name, mention.kind, where, False, kind_class(mention.kind, lexicon)), lexicon
    )


def _one_telling(drafts: list[Draft]) -> list[Draft]:
    """A sentence that takes up an event told before ("troops repelled the attack after a
    gunfight") tells more of it: its other drafts without a day or place of their own too."""
    if not any(d.anaphoric and not d.generic for d in drafts):
        return drafts  # a generic word ("bombs") takes up nothing
    return [
        replace(d, anaphoric=True) if not (d.date_explicit or _explicit(d)) else d for d in drafts
    ]


def without_subsumed(found: list[Cued], knowledge: EventKnowledge) -> list[Draft]:
    """Drop drafts of one sentence that another draft at the same place absorbs (see
    `subsumes`); "marched peacefully in Kisumu, while in Mombasa youths rioted" keeps both, and
    so does "helicopters dropped barrel bombs; the army denied using chemical weapons" (a denied
    act absorbs none that happened), and "a bomb exploded and a second one was defused" (a
    blast told by its own verb, beside the device disrupted). `found`: (cue word, draft)."""
    return [
        d
        for cue, d in found
        if not any(
            d.sub_event in knowledge.sub_events[other.sub_event].subsumes
            and other.factuality == d.factuality
            and _same_setting(d, other)
            and not _blast_beside(cue, other, other_cue, knowledge)
            and not _fire_beside(d, cue, other, other_cue, knowledge)
            for other_cue, other in found
        )
    ]


DISRUPTED = "disrupted_weapons"


def _blast_beside(cue: Token, other: Draft, disrupted: Token, knowledge: EventKnowledge) -> bool:
    """The weapon `cue` tells went off in a clause of its own beside the cue of a disrupted
    device ("a bomb went off in the bar and a second device was deactivated"), not in words
    of the device disrupted ("a bomb set to explode at noon was defused")."""
    if other.sub_event != DISRUPTED:
        return False
    verb = cue if cue.pos_ == "VERB" else cue.head if cue.dep_ == "nsubj" else None
    if verb is None or verb == disrupted or verb.lower_ not in knowledge.going_off_verbs:
        return False
    return not disrupted.is_ancestor(verb)  # a blast under the disrupting verb is its device's


def _fire_beside(
    draft: Draft, cue: Token, other: Draft, blast: Token, knowledge: EventKnowledge
) -> bool:
    """Property burned by hand in an act of its own beside a blast ("detonated two bombs at
    banks and set a restaurant on fire", "shops were blown up while a bar was burned"): no
    damage of the blast, which takes in only what its weapon wrecked ("a bomb destroyed three
    shops", "a bomb that set the market on fire")."""
    if draft.sub_event != "looting" or other.event_type != EXPLOSIONS:
        return False
    if cue.pos_ != "VERB" or cue == blast:
        return False
    if not _beside(cue, blast):
        return False
    doers = [c for v in (cue, *_conjoined_heads(cue)) for c in v.children if c.dep_ == "nsubj"]
    return not any(d == blast or d.lower_ in knowledge.instruments for d in doers[:1])


def _beside(verb: Token, other: Token) -> bool:
    """`verb` is no part of `other`'s phrase: its clause hangs on other's only as a conjunct or
    a "while" clause, or not at all."""
    top = verb
    while top.dep_ == "conj":
        top = top.head
    if top.dep_ == "advcl" and not _subject(top):
        return False  # "rockets hit the town, setting fire to two houses": what they did
    if not other.is_ancestor(verb):
        return True
    step = verb
    while step != other:
        if step.dep_ not in ("conj", "advcl") or step.dep_ == "advcl" and not _subject(step):
            return False
        step = step.head
    return True


def _subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _conjoined_heads(verb: Token) -> list[Token]:
    """The verbs `verb` is conjoined to, nearest first (they share its subject)."""
    heads = []
    while verb.dep_ == "conj":
        verb = verb.head
        heads.append(verb)
    return heads


def _same_setting(a: Draft, b: Draft) -> bool:
    """One place, or a place and the district or province around it ("Datu Piang
    (Maguindanao, ARMM)": the province a note names after the town is the same setting)."""
    pa = a.setting.place if a.setting else None
    pb = b.setting.place if b.setting else None
    if pa is None or pb is None or pa.name == pb.name:
        return True
    return _within(pa, pb) or _within(pb, pa)


def _within(inner: Place, outer: Place) -> bool:
    if outer.country != inner.country or (outer.feature or "").startswith("PPL"):
        return False
    if fold(outer.name) in {fold(n) for n in (inner.admin1, inner.admin2, inner.parent) if n}:
        return True
    # a region of the town's province that names no district of its own
    return bool(outer.admin1) and outer.admin1 == inner.admin1 and outer.admin2 is None


def _plausible(draft: Draft, knowledge: EventKnowledge) -> bool:
    """A battle needs an armed side: 'residents fled the fighting' is not a clash by residents."""
    sub = knowledge.sub_events[draft.sub_event]
    lexicon = knowledge.actors
    if sub.event_type == "Battles" and draft.actor1 is not None and lexicon is not None:
        return kind_class(draft.actor1.kind, lexicon) not in ("unarmed", "crowd")
    return True


# ---- one trigger: the steps ---------------------------------------------------------------


def drafts_for_trigger(
    ctx: SentenceContext, trig: Trigger, mentions: list[ActorMention], knowledge: EventKnowledge
) -> list[Draft]:
    """The drafts one cue match tells: none if the cue tells no event, else one per place and
    day the sentence gives it."""
    lexicon = knowledge.actors
    assert lexicon is not None and knowledge.numbers is not None
    token = trigger_token(ctx.sentence, trig)
    if no_event(token, trig, ctx.sentence, knowledge):
        return []
    if ctx.passage.kind not in HEADLINE_KINDS and _general_present(token, knowledge):
        return []  # "they are murdered or harassed": what is done as a rule, no incident
    if ctx.passage.kind not in HEADLINE_KINDS and _kind_in_present(token, knowledge):
        return []  # "we are the target of army raids": a kind of act, in a present state
    trig_span = original_span(ctx.passage, trig.start, trig.end)
    settings = event_settings(
        ctx.passage, ctx.sentence, ctx.places, trig_span[0], ctx.original,
        knowledge.destination_cues, _own_clause(token), ctx.asked, words=knowledge.scene_words,
    )  # fmt: skip
    settings = at_home(settings, ctx.places, _people_country(token, mentions), trig_span[0])
    country = event_country(settings[0] if settings else None, ctx.places)
    country = country or _mentioned_country(mentions) or ctx.home
    roles = roles_after(find_roles(token, knowledge.role_words), ctx.dateline, knowledge.role_words)
    cast = _cast(ctx, trig, token, roles, mentions, knowledge)
    if _accident(ctx.sentence, trig, cast, knowledge):
        return []  # "two crewmen died when the helicopter crashed", "a gas cylinder exploded"
    if _accident_blast(ctx, token, cast, knowledge):
        return []  # "a tanker overturned and exploded ... The blast burned two shops"
    key = _sub_event(ctx, trig, token, roles, cast, knowledge)
    if key is None:
        return []
    if key == "arrests" and token.lower_ in knowledge.capture_words:
        cast = _state_captor(cast, lexicon)
    sub = knowledge.sub_events[key]
    times = _without_holding_spans(ctx, token) if sub.territory else ctx.times
    whens = event_dates(ctx.passage, ctx.sentence, token, times, ctx.anchor, ctx.original)
    day = whens[0].date if whens else ctx.anchor.date
    scene = Scene(ctx.sentence, ctx.passage, ctx.original, trig_span, country, day)
    actors = assign_actors(scene, knowledge.event_types[sub.event_type], sub, cast, lexicon)
    cues = {trigger_token(ctx.sentence, t).i for t in find_triggers(ctx.sentence, knowledge)}
    kill = count_fatalities(_act_words(ctx.sentence, token, cues), knowledge.numbers)
    if not kill.count and conjoined_act(token):  # "killed 21 and burned houses in A": the
        kill = count_fatalities(ctx.sentence, knowledge.numbers)  # first verb's toll is A's
    # a toll told by a recalled killing is history's, not this event's ("marched to mark thirty
    # years since the genocide, in which 800,000 people were killed"); an unarmed act (a
    # protest, a change of strategy, an arrest) kills no one told in its background ("halted
    # its attacks days after a drone attack killed three soldiers"): that toll is the other act's
    kill = _toll_unless(ctx, token, kill, knowledge, lambda cue: _recalled(ctx, cue, knowledge))
    if not knowledge.event_types[sub.event_type].armed:
        kill = _toll_unless(
            ctx, token, kill, knowledge, lambda cue: _circumstance_of(cue, token) is not None
        )
    sub = _deadly(sub, kill, token, knowledge)
    judged = _crowd_acted_on(token) if sub.event_type in CROWD_TYPES else token
    certainty = classify_certainty(ctx.sentence, judged, cues=knowledge.time_cues)
    happening = event_factuality(
        ctx.sentence, judged, cues=knowledge.time_cues, anchor=ctx.anchor, times=ctx.times,
        passage=ctx.passage, violent=knowledge.event_types[sub.event_type].armed,
        territory=sub.territory,
    )  # fmt: skip
    armed = knowledge.event_types[sub.event_type].armed  # "gathered to protest" is a protest
    if happening.is_event and armed and _purpose(token, ctx.sentence, knowledge):
        happening = Factuality.FUTURE  # "channelled arms to them to murder people": an aim
    drafts = [
        _draft(ctx, scene, sub, actors, setting, when, kill, certainty, happening, knowledge)
        for setting, when in _place_days(ctx, settings, whens)
    ]
    drafts = [
        replace(
            d,
            targets=_targets(
                (*roles.patient_heads, *_sites(token, sub, ctx.places, ctx.passage, knowledge)),
                cast.patients,
                ctx.passage,
                trig,
                knowledge.cue_words,
            ),
            anaphoric=not d.date_explicit and _anaphoric(token, knowledge),
            weak=_weak(trig, key) or _anaphoric(token, knowledge),
            victims=_victims(roles.patient_heads, knowledge),
            consequence=trig.weak and _toll_only(token, cast, knowledge),
            named_done=_named_done(token),
        )
        for d in drafts
    ]
    drafts = [replace(d, another=_another_act(ctx, token, d, knowledge)) for d in drafts]
    drafts = [replace(d, day_of_comment=_day_of_comment(ctx, token, d, knowledge)) for d in drafts]
    named = any(d.actor1 is not None and not (d.actor1.generic or d.actor1.default) for d in drafts)
    return _as_told(drafts, ctx.sentence, token, trig, sub, (bool(cast.agents), named), knowledge)


DAY_KINDS = ("date", "relative")  # "on 4 March", "on Monday", "yesterday"
CROWD_TYPES = ("Protests", "Riots")
# Prepositions whose object is whom an act was aimed at ("fired at protesters").
TARGET_PREPS = ("at", "on", "against")


def _crowd_acted_on(token: Token) -> Token:
    """A crowd named only as the target of an act ("officers fired at protesters") was there
    as far as that act was: it is judged at the act's verb, so a denial, a rumour or a plan
    of the act ("denied that police fired at protesters") leaves no protest told either."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in TARGET_PREPS or prep.head is prep:
        return token
    return prep.head if prep.head.pos_ == "VERB" else token


def _without_holding_spans(ctx: SentenceContext, token: Token) -> Sequence[TimeExpr]:
    """The times that may date a taking of ground: "since late February" on another verb
    tells how long a place was held ("a town the rebels had occupied since late February"),
    never the day it changed hands, whatever the parse hangs it on. On the taking itself it
    sums up a campaign ("since November the group has seized most towns") and stays."""
    holding = [
        p.expr
        for p in times_in(ctx.passage, ctx.sentence, ctx.times)
        if p.expr.text.lower().startswith("since") and p.root.head.i != token.i
    ]
    return [t for t in ctx.times if t not in holding] if holding else ctx.times


def _place_days(
    ctx: SentenceContext, settings: list[Setting], whens: list[When]
) -> list[tuple[Setting | None, When]]:
    """Each place with the day told right after it ("in A on Monday and in B on Tuesday")
    when every place of the list has a day of its own; else every place on every day."""
    every = [(s, w) for s in _or_none(settings) for w in whens]
    if len(settings) < 2:
        return every
    first, last = original_span(ctx.passage, ctx.sentence.start_char, ctx.sentence.end_char)
    days = [
        t
        for t in ctx.times
        if first <= t.start and t.end <= last and t.precision == 1 and t.kind in DAY_KINDS
    ]
    ordered = sorted(settings, key=lambda s: s.start or 0)
    stops = [s.start or 0 for s in ordered[1:]] + [last]
    own: list[tuple[Setting | None, When]] = []
    for setting, stop in zip(ordered, stops, strict=True):
        day = next((t for t in days if (setting.end or 0) <= t.start and t.end <= stop), None)
        if day is None:
            return every
        when = When(day.date, day.precision, (day.start, day.end), True, day.first, day.last)
        own.append((setting, when))
    return own if len({w.date for _, w in own}) == len(own) else every


def _own_clause(token: Token) -> Span | None:
    """The words of a verb conjoined to another ("shot a judge in A and killed a teacher in
    B"): a place named there is its own setting, however near the first verb's place is."""
    if not conjoined_act(token):
        return None
    return token.doc[token.left_edge.i : token.right_edge.i + 1]


def _act_words(sentence: Span, token: Token, cues: set[int]) -> Span:
    """The words that tell this act's toll: a conjoined act's own clause (see
    `conjoined_act`), and for the verb it is joined to, the words before that clause ("shot
    dead a judge in A and killed a teacher in B": one dead each). A joined clause with no cue
    of an event of its own goes on telling this act ("rockets fired from across the border
    struck houses in A, killing eight")."""
    doc = token.doc
    if conjoined_act(token):
        return doc[token.left_edge.i : token.right_edge.i + 1]
    later = [
        c.left_edge.i
        for c in token.children
        if c.dep_ == "conj"
        and conjoined_act(c)
        and any(c.left_edge.i <= i <= c.right_edge.i for i in cues)
    ]
    if not later:
        return sentence
    end = min(later)
    while end > sentence.start + 1 and doc[end - 1].dep_ in ("cc", "punct"):
        end -= 1
    return doc[sentence.start : end] if end > token.i else sentence


def _toll_unless(
    ctx: SentenceContext,
    token: Token,
    kill: Fatalities,
    knowledge: EventKnowledge,
    elsewhere: Callable[[Token], bool],
) -> Fatalities:
    """No toll when a death word inside the counted phrase, other than the trigger, tells a
    death `elsewhere` (another act's or history's)."""
    numbers = knowledge.numbers
    if not kill.count or kill.start is None or kill.end is None or numbers is None:
        return kill
    for cue in ctx.sentence:
        if cue.i == token.i or not kill.start <= cue.idx < kill.end:
            continue
        if cue.lower_ in numbers.death_cues and elsewhere(cue):
            return Fatalities(0)
    return kill


def _recalled(ctx: SentenceContext, cue: Token, knowledge: EventKnowledge) -> bool:
    told = event_factuality(
        ctx.sentence, cue, cues=knowledge.time_cues, anchor=ctx.anchor, times=ctx.times,
        passage=ctx.passage, violent=True, territory=False,
    )  # fmt: skip
    return told is Factuality.HISTORICAL


def _people_country(token: Token, mentions: list[ActorMention]) -> str | None:
    """The one nationality named among the event's own words (its trigger's phrase: "the
    murder of a Salvadoran minister"), else among the sentence's actors."""
    subtree = list(token.subtree)
    start, end = subtree[0].idx, subtree[-1].idx + len(subtree[-1])
    own = {m.country for m in mentions if m.country and start <= m.start < end}
    named = own or {m.country for m in mentions if m.country}
    return next(iter(named)) if len(named) == 1 else None


def _mentioned_country(mentions: list[ActorMention]) -> str | None:
    """With no place, the country the sentence's actors name ("Chadian security forces"):
    the crowd and unnamed gunmen of the story are of that country too."""
    # people hit are often foreigners ("two Chinese workers were abducted, the Congolese army
    # said"): their nationality places the story only when no side's does
    sides = [m for m in mentions if m.country and m.kind != CIVILIANS]
    named = Counter(m.country for m in sides or mentions if m.country)
    return named.most_common(1)[0][0] if named else None


def _or_none(settings: list[Setting]) -> list[Setting | None]:
    return list(settings) or [None]


def _accident(sentence: Span, trig: Trigger, cast: Cast, knowledge: EventKnowledge) -> bool:
    """An accident or a natural disaster tells the deaths ("died when the bus overturned"); a
    blast or a burning in one is violence only with a doer or a weapon named ("a gas cylinder
    exploded", but "a bomb exploded and the bus overturned")."""
    text = fold(sentence.text)
    patterns = [p for p in (knowledge.accidents, knowledge.collision) if p]
    if _cargo(trigger_token(sentence, trig), knowledge):
        return any(p.search(text) for p in patterns)  # "a lorry carrying dynamite overturned"
    cue_start, cue_end = trig.start - sentence.start_char, trig.end - sentence.start_char
    found = [
        m
        for p in patterns
        for m in p.finditer(text)
        if not _told_beside(text, m.start(), cue_end)
        # the cue's own word is the attack ("a drone crashed into a block"), no accident
        and not cue_start <= m.start() < cue_end
        and not _done_to_a_thing(sentence, m.start(), m.end())
    ]
    if not found:
        return False
    if trig.weak:
        return True  # the subject of "died" is its victim: no doer test
    weapons = [t for t in sentence if _weapon(t, knowledge) and not _cargo(t, knowledge)]
    return not cast.agents and not weapons


def _done_to_a_thing(sentence: Span, start: int, end: int) -> bool:
    """An accident verb with an object of its own is an act someone did ("protesters
    overturned a police car"; with no subject of its own, the object of the verb joined to it:
    "some threw stones, overturned and burned a police car"), not a thing that befell ("the
    bus overturned and caught fire", "the driver lost control")."""
    word = sentence.char_span(start, start + 1, alignment_mode="expand")
    if word is None or not len(word) or word[0].pos_ != "VERB":
        return False
    verb = word[0]
    own = [c for c in verb.children if c.dep_ == "dobj" and c.idx - sentence.start_char >= end]
    if own:
        return True
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    shared = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return any(c.dep_ == "dobj" for v in shared for c in v.children)


BESIDE = re.compile(r"\band\b")
CAUSE_LINKS = re.compile(r"\b(?:when|as|after|because|following|during|while|in|by|from)\b")


def _told_beside(text: str, accident: int, death_end: int) -> bool:
    """ "12 civilians were killed, among them five children, and the upper floors collapsed":
    an accident word after the death in a clause only joined to it by "and" tells what else
    happened, not how they died (not "died and 20 were hurt when the bus overturned")."""
    between = text[death_end:accident]
    return accident > death_end and bool(BESIDE.search(between)) and not CAUSE_LINKS.search(between)


BLAST_WORDS = re.compile(r"\b(?:explo(?:ded?|des|ding|sions?)|blasts?|bl[eo]wn?(?: up)?)\b")
BLAST_PREPS = frozenset({"from", "in", "by"})
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
DENIED = re.compile(r"\b(?:not|no|never|ruled? out|rather than)\b|n't")


def _accident_blast(
    ctx: SentenceContext, token: Token, cast: Cast, knowledge: EventKnowledge
) -> bool:
    """A blast with no doer or weapon named, in an article that tells a blast as an accident in
    another sentence ("a tanker overturned and exploded ... The blast set fire to shops", "the
    explosion at the port ... Officials blamed stored chemicals for the blast"): that accident
    told again, no attack."""
    if not any(BLAST_WORDS.fullmatch(t.lower_) for t in _blast_told(token)):
        return False
    if knowledge.accidents is None:
        return False
    if _blamed_on_accident(token, knowledge.accidents, knowledge.actors):
        return True
    if _caused_by_accident(token, knowledge):
        return True
    if cast.agents or any(_weapon(t, knowledge) for t in ctx.sentence):
        return False
    return ctx.blast_accident


def _blast_told_as_accident(original: str, knowledge: EventKnowledge) -> bool:
    """A sentence of the article tells a blast as an accident, with no weapon and no denial
    ("a tanker overturned and exploded"; not "police ruled out an accident"). Read once per
    article: every blast cue of the article asks."""
    if knowledge.accidents is None:
        return False
    for piece in SENTENCE_END.split(fold(original)):
        if not (BLAST_WORDS.search(piece) and knowledge.accidents.search(piece)):
            continue
        if _caused_by_accident_told(piece, knowledge):
            return True  # "the blasts were caused by careless handling, and no attack ..."
        if DENIED.search(piece):
            continue  # "police ruled out an accident", "the blast was no accident"
        if not _names_weapon(_without_cargo(piece, knowledge), knowledge):
            return True
    return _road_crash_told(original, knowledge)


def _caused_by_accident_told(piece: str, knowledge: EventKnowledge) -> bool:
    """The folded sentence says what a blast was caused by, and that is an accident with no
    weapon or denial in its own phrase ("said the blasts had been caused by careless handling
    of old munitions, and that no attack was involved"): a denial beside it is of an attack."""
    verbs = "|".join(re.escape(v) for v in sorted(knowledge.accident_cause_verbs))
    found = re.search(rf"\b(?:{verbs}) by\b([^,;]*)", piece) if verbs else None
    if found is None or knowledge.accidents is None:
        return False
    cause = found.group(1)
    if DENIED.search(cause) or _names_weapon(cause, knowledge):
        return False
    return knowledge.accidents.search(cause) is not None


def _road_crash_told(original: str, knowledge: EventKnowledge) -> bool:
    """The article tells a road crash and names no weapon anywhere ("a minibus collided with
    a lorry carrying gas cylinders ... Several cylinders exploded"): what blows up after the
    crash is its cargo or its fuel, the same accident."""
    text = fold(original)
    if knowledge.collision is None or _names_weapon(text, knowledge):
        return False
    return any(
        knowledge.collision.search(piece) and not DENIED.search(piece)
        for piece in SENTENCE_END.split(text)
    )


def _without_cargo(piece: str, knowledge: EventKnowledge) -> str:
    """The folded sentence without the weapon words a vehicle carries as its load ("a lorry
    carrying dynamite overturned and blew up": the load blew up, no weapon was used)."""
    if knowledge.cargo is None:
        return piece
    return knowledge.cargo.sub(lambda m: m.group(0).replace(m.group(1) or m.group(2), ""), piece)


def _names_weapon(text: str, knowledge: EventKnowledge) -> bool:
    return any(w in knowledge.instruments for w in re.findall(r"[\w-]+", text))


def _blamed_on_accident(
    token: Token, accidents: re.Pattern[str], lexicon: ActorLexicon | None
) -> bool:
    """ "officials blamed stored chemicals for the blast": the blamers are no doers."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "for":
        return False
    verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head  # "blamed X for the blast"
    if lexicon is None or verb.lower_ not in lexicon.blaming_verbs:
        return False
    blamed = [c for c in verb.children if c.dep_ == "dobj"]
    return any(accidents.search(fold(" ".join(w.text for w in b.subtree))) for b in blamed)


def _caused_by_accident(token: Token, knowledge: EventKnowledge) -> bool:
    """ "the blasts had been caused by careless handling of old munitions": a blast whose
    passive verb of cause names an accident in its "by" phrase is that accident."""
    verb = token.head
    if token.dep_ != "nsubjpass" or verb.lower_ not in knowledge.accident_cause_verbs:
        return False
    agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children]
    accidents = knowledge.accidents
    return accidents is not None and any(
        accidents.search(fold(" ".join(w.text for w in o.subtree))) for o in agents
    )


def _blast_told(token: Token) -> list[Token]:
    """The cue, its subject ("the blast set fire to shops") and what a toll or a death came
    from ("the toll from the explosion", "killed in the blast")."""
    heads = [token, token.head] if token.dep_ == "compound" else [token]
    words = [c for h in heads for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
    preps = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in BLAST_PREPS]
    return [*heads, *words, *(o for p in preps for o in p.children if o.dep_ == "pobj")]


def _weapon(token: Token, knowledge: EventKnowledge) -> bool:
    """A weapon's name, not a pit's ("a coal mine", "the cooperatives that work the mines")."""
    if token.lower_ not in knowledge.instruments:
        return False
    if token.dep_ == "dobj" and token.head.lower_ in knowledge.pit_verbs:
        return False
    return not any(c.lower_ in knowledge.mined_goods for c in token.children)


def _cargo(token: Token, knowledge: EventKnowledge) -> bool:
    """A weapon a vehicle carries as its load ("a lorry carrying dynamite and fuses", "an
    explosives truck"): in an accident of that vehicle, the load that blows up is no weapon
    used ("the lorry overturned and blew up")."""
    token = token.head if token.dep_ == "conj" else token  # "dynamite and detonators"
    if token.dep_ == "compound":
        return token.head.lower_ in knowledge.vehicles
    verb = token.head
    carried = token.dep_ == "dobj" and verb.lower_ in knowledge.cargo_verbs
    return carried and verb.dep_ == "acl" and verb.head.lower_ in knowledge.vehicles


def _animals_killed(clause: Span, knowledge: EventKnowledge) -> frozenset[int]:
    """The words that tell animals killed ("killed cattle and goats"): no people killed, so
    no cue of a deadly attack."""
    assert knowledge.numbers is not None
    verbs = [t for t in clause if t.lower_ in knowledge.numbers.death_cues]
    verbs = [v for v in verbs if only_animals(v, knowledge.numbers)]
    objects = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    return frozenset([v.i for v in verbs] + [w.i for o in objects for w in o.subtree])


TIME_BEFORE = frozenset({"after", "since", "following"})


def _earlier_clause(clause: Span, token: Token) -> frozenset[int]:
    """The words of a clause of time that tells what came before the cue ("hours after the
    leader was killed, gunmen looted the offices"): another act, whose means and toll are
    not the cue's. The parse may hang the cue on that clause as its conjunct: then only the
    words before the cue's own clause are the earlier act's."""
    skip: list[int] = []
    for verb in clause:
        if not any(c.dep_ == "mark" and c.lower_ in TIME_BEFORE for c in verb.children):
            continue
        if token not in verb.subtree:
            skip += [w.i for w in verb.subtree]
        elif token.i > verb.i:
            skip += [w.i for w in verb.subtree if w.i < token.left_edge.i]
    return frozenset(skip)


def _purpose(token: Token, sentence: Span, knowledge: EventKnowledge) -> bool:
    """An infinitive of purpose on a verb that tells no act of force ("channelled arms to the
    gangs to murder people", "came to the village to kill the mayor"): what was aimed at, not
    done. On a verb of force or of using a weapon the aim is that act's outcome ("fired tear
    gas to disperse them", "used dynamite to blow up a pylon"), and an operation or attempt
    to do it is the act tried ("mounted an operation to kidnap him"): the act itself is told.
    An act kept up in the infinitive is aimed at the same way ("sent them arms to keep
    killing people", "to continue shelling the town"), and so is an infinitive listed after
    the first ("to rig the vote and to murder his rivals")."""
    if token.dep_ == "xcomp" and token.head.lower_ in knowledge.keep_verbs:
        token = token.head  # "to continue killing": the infinitive is the verb kept up
    while token.dep_ == "conj" and infinitive(token) and infinitive(token.head):
        token = token.head  # "to rig the vote and to murder his foes": one aim, listed
    if token.dep_ != "advcl" or token.tag_ != "VB" or not infinitive(token):
        return False
    head = token.head
    if head.lower_ in knowledge.use_verbs or head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "dobj" and c.lower_ in knowledge.attempt_heads for c in head.children):
        return False  # "staged an operation to kidnap him": the attempt is the act
    return not any(t.start <= head.idx < t.end for t in find_triggers(sentence, knowledge))


def _general_present(token: Token, knowledge: EventKnowledge) -> bool:
    """A verb in the simple present, active or passive ("the army bombs villages whenever it
    likes", "they are murdered or harassed"), tells what is done as a rule: news tells its
    acts in the past (a headline's present is news, and is left to its caller). Only forms the
    present owns count: "-s" forms and "is/are" with a participle; a base form may be a
    mis-tagged past ("troops retook"), and a verb whose present and past are one form
    ("hits" aside) cannot be told present by its form."""
    if token.pos_ != "VERB" or token.lower_ in knowledge.same_past:
        return False
    if token.lower_ in knowledge.control_words:
        return False  # "now controls X after the army left": a state whose present is news
    token = _form_giver(token)
    aux = [c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")]
    if token.tag_ == "VBZ":
        return not aux and token.lower_.endswith("s")
    if token.tag_ == "VBN" and len(aux) == 1 and aux[0] in ("is", "are"):
        return True
    return _each_time(token, knowledge)


def _kind_in_present(token: Token, knowledge: EventKnowledge) -> bool:
    """A bare plural noun of acts (no article, count or owner) that is an argument of a clause
    in the present ("we are the target of army raids", "night raids are carried out by
    foreign pilots"): a kind of act and what is so as a rule, no incident told. A report's
    verb ("raids are reported in the north") and acts that are the subject of "is/are"
    ("clashes are ongoing in X") tell acts."""
    if token.tag_ != "NNS" or token.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("det", "nummod", "poss", "quantmod") for c in token.children):
        return False
    node = token
    for _ in range(KIND_DEPTH):
        if node.dep_ not in KIND_DEPS or node.head.i == node.i:
            return False
        below, node = node, node.head
        if node.pos_ in ("VERB", "AUX"):
            if node.lower_ in PRESENT_BE and below.dep_ == "nsubj":
                return False  # "clashes are ongoing in X": the acts are what the clause tells
            return _present_state(node, knowledge)
    return False


KIND_DEPS = frozenset({"pobj", "prep", "attr", "nsubj", "nsubjpass", "dobj"})
KIND_DEPTH = 4  # noun, preposition, noun, preposition: the clause's verb within reach


def _present_state(verb: Token, knowledge: EventKnowledge) -> bool:
    """ "is/are" as the verb, a "-s" present, or a present passive; not a report's verb, nor a
    base form (it may be a past the parse mistook)."""
    if verb.lower_ in knowledge.same_past or knowledge.time_cues.speech_verbs.get(verb.lower_):
        return False
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.lower_ in PRESENT_BE and not aux:
        return True
    if verb.tag_ == "VBZ":
        return not aux and verb.lower_.endswith("s")
    return verb.tag_ == "VBN" and len(aux) == 1 and aux[0] in PRESENT_BE


def _form_giver(verb: Token) -> Token:
    """The verb whose form a conjoined verb shares ("they question them and then murder
    them", "taxes are squandered or stolen"): the first conjunct, when the later one has no
    subject nor auxiliary of its own."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
            break
        verb = verb.head
    return verb


EACH_TIME = frozenset({"when", "whenever"})


def _each_time(verb: Token, knowledge: EventKnowledge) -> bool:
    """A clause opened by "when"/"whenever" in the present, hung on a clause in the present,
    tells what happens each time, and so does the clause it hangs on ("when the planes bomb
    towns they are bombing civilians", "whenever patrols catch a deserter they shoot him").
    Both must be present: a base form alone may be a past the parse mistook."""
    if _opened_by_when(verb):
        main = verb.head
        return main.i != verb.i and _present(main, knowledge) and _present(verb, knowledge)
    return _present(verb, knowledge) and any(
        c.dep_ == "advcl" and _opened_by_when(c) and _present(c, knowledge) for c in verb.children
    )


def _opened_by_when(verb: Token) -> bool:
    return verb.dep_ == "advcl" and any(
        c.dep_ in ("advmod", "mark") and c.lower_ in EACH_TIME and c.i < verb.i
        for c in verb.children
    )


def _present(verb: Token, knowledge: EventKnowledge) -> bool:
    """A verb in a present form: simple, progressive or passive."""
    if verb.lower_ in knowledge.same_past:
        return False
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not aux:
        return verb.tag_ in ("VBZ", "VBP")
    return len(aux) == 1 and aux[0] in PRESENT_BE and verb.tag_ in ("VBG", "VBN")


PRESENT_BE_AUX = frozenset({"is", "are", "am", "'s", "'re", "'m"})


def _charge_on_a_people(token: Token, knowledge: EventKnowledge) -> bool:
    """A verb in the present progressive or the present perfect whose every object is a whole
    people ("the government is attacking the people", "a regime that has murdered and
    persecuted the people"): a charge about what a side does. A count ("is shelling 40
    villagers") or a named object is an act."""
    if token.pos_ != "VERB" or not _present_charge(token):
        return False
    objects = _objects_of(token) or [o for c in token.conjuncts for o in _objects_of(c)]
    return bool(objects) and all(_whole_people(o, knowledge) for o in objects)


def _present_charge(verb: Token) -> bool:
    """The verb (or the first verb of its list) is "is/are ...ing" or "has/have ...ed"."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if verb.tag_ == "VBG":
        return bool(aux & PRESENT_BE_AUX)
    return verb.tag_ == "VBN" and bool(aux & PRESENT_HAVE) and "been" not in aux


def _objects_of(verb: Token) -> list[Token]:
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "against"):
        objects += [c for c in prep.children if c.dep_ == "pobj"]
    return [o for o in objects if o.pos_ in ("NOUN", "PROPN", "PRON")]  # not "more than"


def _whole_people(noun: Token, knowledge: EventKnowledge) -> bool:
    """A people named whole: no count, quantifier or clause picking some out ("several
    citizens", "civilians who were taken from their homes" are victims)."""
    return noun.lower_ in knowledge.whole_peoples and not any(
        c.dep_ in ("nummod", "relcl", "acl") or c.lower_ in COUNTED for c in noun.children
    )


def _charged(token: Token, drafts: list[Draft], knowledge: EventKnowledge) -> bool:
    """An act against a whole people with no day or place of its own in its sentence ("is
    attacking the people", "their indiscriminate bombing of the civilian population"): a
    charge, no incident. With a day or a place ("are shelling civilians in Korak this
    morning") it is a live report."""
    if any(d.date_explicit or _scene(d) for d in drafts):
        return False
    if token.pos_ != "NOUN":
        return _charge_on_a_people(token, knowledge)
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "against")]
    objects = [g for p in preps for g in p.children if g.dep_ == "pobj"]
    return bool(objects) and all(_whole_people(o, knowledge) for o in objects)


def _cast(
    ctx: SentenceContext,
    trig: Trigger,
    token: Token,
    roles: Roles,
    mentions: list[ActorMention],
    knowledge: EventKnowledge,
) -> Cast:
    """Who is who: the doers (a mention inside the cue itself, "suicide bomber", first; a
    nationality on the cue, "Israeli air strikes", when none), the side hit (the objects, else
    those the sentence says were killed or hurt)."""
    lexicon = knowledge.actors
    numbers = knowledge.numbers
    assert lexicon is not None and numbers is not None
    own = [m for m in mentions if m.start < trig.end and trig.start < m.end]
    own = [m for m in own if not _in_gap(m, trig, token)]
    agents = same_actor_once(own + mentions_in(roles.agents, mentions), lexicon)
    named_hit = [m for m in mentions_in(roles.modifiers, agents) if not _armed_side(m, lexicon)]
    agents = [m for m in agents if m not in named_hit]  # "the Fenastras attack": hit there
    agents = [m for m in agents if not _members_of(m, agents, ctx.sentence, lexicon)]
    if not agents:
        agents = demonym_doer(token, lexicon)
    agents = _with_allies(ctx.sentence, agents, mentions, roles, knowledge)
    patients = [m for m in mentions_in(roles.patients, mentions) if m not in agents]
    patients = named_hit + [m for m in patients if m not in named_hit]
    hurt = numbers.death_cues | numbers.not_death_cues
    patients = same_actor_once(patients, lexicon) or victims(
        ctx.sentence, mentions, agents, hurt, lexicon.member_nouns
    )
    doers = [s for s in roles.modifiers if mentions_in((s,), agents)]  # "the FMLN attack"
    spans = [s for s in roles.agents if s not in roles.modifiers or s in doers]
    agent_spans = spans_after(tuple(spans), ctx.dateline)
    bystanders = [
        m
        for m in mentions
        if m not in agents
        and (
            _arriving(ctx.sentence, m, knowledge)
            or _speakers_appeal(ctx.sentence, m, token, lexicon)
        )
    ]
    others = [m for m in mentions if m not in bystanders]
    return Cast(agents, patients, others, agent_spans, _full_spans(roles.patient_heads))


def _members_of(
    mention: ActorMention, agents: list[ActorMention], sentence: Span, lexicon: ActorLexicon
) -> bool:
    """Civilians told as the men a fighting body is made of ("armed units of local farmers,
    the Green Brigade, ..."; "a battalion of volunteers"): who the side's men are, not a
    side of their own, where an armed side or a state force is also a doer."""
    if kind_class(mention.kind, lexicon) != "unarmed":
        return False
    if not any(_armed_side(m, lexicon) for m in agents):
        return False
    body = of_head(mention_root(sentence, mention))
    if body is None:
        return False
    covered = any(m.start <= body.idx < m.end for m in agents if m is not mention)
    return body.pos_ == "NOUN" and not covered  # "a crowd of residents" is the crowd's own


def _with_allies(
    sentence: Span,
    agents: list[ActorMention],
    mentions: list[ActorMention],
    roles: Roles,
    knowledge: EventKnowledge,
) -> list[ActorMention]:
    """A mention after a participle of support on another ("troops backed by the X militia
    retook ...") is that side's ally: its associate after it, never the side it fought, and
    no doer of its own where the parse took the ally for the subject."""
    for doer, ally in _allies(sentence, mentions, knowledge):
        taken = ally in agents or any(s < ally.end and ally.start < e for s, e in roles.agents)
        if doer in agents and ally not in agents:
            agents = [*agents, ally]
        elif doer not in agents and taken:
            agents = [doer, ally, *(m for m in agents if m is not ally)]
    return agents


def _allies(
    sentence: Span, mentions: list[ActorMention], knowledge: EventKnowledge
) -> list[tuple[ActorMention, ActorMention]]:
    """(side, ally) pairs: the ally follows "<backed> by (the)", on the side's noun. Read on
    the words before the ally, as the parse of a name may break up."""
    doc = sentence.doc
    spans = [(m, doc.char_span(m.start, m.end, alignment_mode="expand")) for m in mentions]
    pairs = []
    for ally, span in spans:
        if span is None:
            continue
        i = span.start - 1
        while i > sentence.start and doc[i].dep_ == "det":
            i -= 1
        backed = doc[i].lower_ == "by" and doc[i - 1].lower_ in knowledge.ally_verbs
        if i <= sentence.start or not backed:
            continue
        noun = doc[i - 1].head  # the noun the participle hangs on ("troops backed by")
        sides = [m for m, s in spans if s is not None and s.start <= noun.i < s.end]
        sides = sides or [m for m, s in spans if s is not None and s.root.head.i == noun.i]
        pairs += [(side, ally) for side in sides[:1] if side is not ally]
    return pairs


def _arriving(sentence: Span, mention: ActorMention, knowledge: EventKnowledge) -> bool:
    """The mention only arrives in a clause of time ("he died before police arrived", "when
    soldiers reached the village"): no doer of the act, who a bare toll may not fall back on."""
    head = mention_root(sentence, mention)
    if head is None:
        return False
    verb = head.head
    return (
        head.dep_ == "nsubj"
        and verb.lower_ in knowledge.arrival_verbs
        and verb.dep_ == "advcl"
        and any(c.dep_ == "mark" for c in verb.children)
    )


def _speakers_appeal(
    sentence: Span, mention: ActorMention, token: Token, lexicon: ActorLexicon
) -> bool:
    """The mention is in a participle the speaker adds to the report, apart from the act
    ("..., the governor said, urging residents to call the police"; "..., the mayor said,
    calling on the army to protect the town"): named in the speaker's appeal, no side of it."""
    root = mention_root(sentence, mention)
    if root is None:
        return False
    for clause in root.ancestors:
        if clause.dep_ == "advcl" and clause.tag_ == "VBG":
            spoken = clause.head.lower_ in lexicon.speech_verbs
            return spoken and token not in clause.subtree
    return False


def _armed_side(mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """A mention of an armed side or of state forces: the kind that does an act."""
    return kind_class(mention.kind, lexicon) in ("state", "armed")


def _state_captor(cast: Cast, lexicon: ActorLexicon) -> Cast:
    """Civilians make no arrest: a capture that is the state's ("officials captured two
    bandits") names a person, not the force; the state's default stands in for it."""
    agents = [m for m in cast.agents if kind_class(m.kind, lexicon) != "unarmed"]
    return replace(cast, agents=agents) if len(agents) < len(cast.agents) else cast


def _armed_captives(patients: list[ActorMention], lexicon: ActorLexicon) -> bool:
    """The people taken are an armed group's or criminals' men ("two drug traffickers")."""
    return bool(patients) and all(kind_class(p.kind, lexicon) == "armed" for p in patients)


def _in_gap(mention: ActorMention, trig: Trigger, token: Token) -> bool:
    """A mention in the gap of a cue, between its verb and its last words, inside the verb's
    direct object ("drove the rebels out of"): the side hit, not the doer. One that ends the
    cue ("joined forces", "suicide bomber") or a means ("dropped from a helicopter") stays."""
    if mention.start < token.idx + len(token.text) or mention.end >= trig.end:
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return any(
        o.left_edge.idx <= mention.start and mention.end <= o.right_edge.idx + len(o.right_edge)
        for o in objects
    )


def _sub_event(
    ctx: SentenceContext,
    trig: Trigger,
    token: Token,
    roles: Roles,
    cast: Cast,
    knowledge: EventKnowledge,
) -> str | None:
    """The sub-event from the cue, the sentence and the actors' kinds; None when the cue tells
    no event of these actors ("the gunmen fled": a getaway, no displacement)."""
    lexicon = knowledge.actors
    assert lexicon is not None
    kind = weapon_kind(trig.sub_event, token, knowledge)  # "the dynamite attack": a bombing
    clause = _clause(ctx.sentence, token)
    skip = _animals_killed(clause, knowledge)
    if kind == "looting":  # the killing that came before makes no raid for goods deadly; an
        skip |= _earlier_clause(clause, token)  # "after troops withdrew" still tells a handover
    key = refine(kind, clause, knowledge, skip)
    if key == kind:  # "... Three soldiers were treated for burning eyes": the report's agent
        key = ctx.told_kinds.get(kind, kind)
    if key == "excessive_force" and not _protest_toll(ctx.sentence, knowledge):
        key = trig.sub_event  # "no one was killed", a killing dated apart: not this protest's
    agents, patients = cast.agents, cast.patients
    a1_kind = (
        acting_kind(agents[0], ctx.anchor.date)
        if agents
        else None
        if key == "arrests"  # "the detained militiamen": no doer told, the state's arrest
        else fallback_kind(cast.mentions, patients, {"state", "armed"}, lexicon)
    )
    a2_kind = patients[0].kind if patients else None
    a1_class = kind_class(a1_kind, lexicon)
    if (
        a1_class == "unarmed"
        and agents
        and _acts_on_object(token)  # "three villagers shot dead" (a headline): the ones hit
        and _community(agents[0], ctx.sentence, knowledge)
    ) or (a1_class == "unarmed" and agents and _vigilante(token, knowledge)):
        a1_class = "mob"  # "residents beat a man": a community, no single civilian
    if a1_class == "unarmed" and agents and _demanding_crowd(agents[0], ctx.sentence, knowledge):
        a1_class = "crowd"  # "hundreds of young men demanding jobs stormed ...": demonstrators
    if _ground_word(token, trig, knowledge) and not _side_took_place(
        token, a1_class, ctx, knowledge
    ):
        return None  # "took Ali to hospital", "the firm took Lagos by storm": no ground taken
    settled = settle(
        key,
        token,
        a1_class,
        kind_class(a2_kind, lexicon),
        (
            _patient_is_person(
                roles.patient_heads,
                patients,
                ctx,
                lexicon,
                knowledge.settlement_nouns | knowledge.military_targets,
            ),
            any(h.lower_ in knowledge.military_targets for h in roles.patient_heads),
        ),
        trig.weak,
        knowledge,
    )
    if settled is None:
        return None  # "the battle against poverty", "the weapons that were seized"
    if settled == "armed_shutdown" and a1_class not in ("state", "armed"):
        return None  # "the company shut down the refinery": no side's force of arms
    taking = settled in ("abduction", "arrests")
    if taking and a1_class in ("crowd", "mob") and crowd_took_to_harm(token, knowledge):
        return "mob_violence"  # "residents seized three men and beat them": the mob's attack
    if taking and harmed_in_taking(token, knowledge):
        # "seized the mayor and shot him", "rounded up men, then took them behind the school
        # and opened fire": hurt while taken, the taking is the attack's own
        return "civilian_attack"
    if settled == "looting" and own_arms(token, knowledge):
        return "change_group"  # "the fighters burned their rifles": arms given up
    decree = trig.sub_event == "change_group" and _bare(token, trig)
    if settled == "change_group" and decree and not decreed(token, a1_class, knowledge):
        return None  # a verb of decree cued alone: "imposed a fine on the driver"
    if settled == "base_established" and a1_class in ("state", None):
        words = fold(ctx.sentence.doc.text[trig.start : trig.end]).split()
        if knowledge.routine_posts.intersection(words):
            return None  # "the army set up checkpoints": routine security, no base
    if settled == "abduction" and token.lower_ in knowledge.capture_words:
        if not agents:
            return "arrests"  # "35 suspects were captured": no captor told, the state's arrest
        if a1_class != "armed" and _armed_captives(patients, lexicon):
            # "officials captured two of the bandits", "a patrol captured two traffickers":
            # only an armed group told as the captor makes the capture of its foes' or of
            # criminals' men an abduction; anyone else's is the state's arrest
            return "arrests"
    armed_doer = kind_class(a1_kind, lexicon) in ("state", "armed") and agents
    by_state = a1_class in ("state", None) and settled in ("civilian_attack", "arrests")
    gathered = by_state and (
        _gathered(token, knowledge)  # read once, only where it can count
        or (settled == "arrests" and _detained_after_gathering(token, knowledge))
    )
    if (
        settled == "civilian_attack"
        and a1_class == "state"
        and (gathered or _at_protest(ctx, knowledge))
    ):
        return "excessive_force"  # "police shot dead a student taking part in a march"
    if settled == "arrests" and gathered:
        return "protest_intervention"  # "police detained 40 people who gathered to mourn"
    if settled == "government_regains" and agents and _foreign(agents[0], ctx):
        # "Russian troops took control of Avdiivka": a foreign state's forces taking ground
        # is ACLED's Non-state actor overtakes territory, only a country's own regain it
        return "nonstate_overtakes"
    if agents and a1_kind in knowledge.sub_events[settled].not_by_kinds:
        return None  # "the rebels set up barricades": their fight's, no crowd's riot
    if knowledge.sub_events[settled].unarmed_only and (
        armed_doer
        or _one_person(token, lexicon.person_nouns)
        or _fleeing_offenders(token, knowledge.offender_nouns)
    ):
        return None  # "the gunmen fled" is a getaway, "he fled abroad" no displacement
    return settled


def _ground_word(token: Token, trig: Trigger, knowledge: EventKnowledge) -> bool:
    """The trigger is a bare verb of taking or a word of control (`detect.ground_taken`)."""
    words = knowledge.ground_taking_verbs | knowledge.control_words
    return trig.sub_event == "nonstate_overtakes" and token.lower_ in words and _bare(token, trig)


def _side_took_place(
    token: Token, a1_class: str | None, ctx: SentenceContext, knowledge: EventKnowledge
) -> bool:
    """An armed side (named, or by its noun: "fighters") took or holds a place the gazetteer
    knows ("took Abu Hamed") or a settlement ("the town"): ground, not a person or a market."""
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    side = a1_class in ("state", "armed") or (
        a1_class is None and any(c.lower_ in knowledge.side_nouns for c in subjects)
    )
    return side and any(
        h.lower_ in knowledge.settlement_nouns or _resolved_place(h, ctx)
        for h in ground_held(token, knowledge)
    )


def _resolved_place(token: Token, ctx: SentenceContext) -> bool:
    start, end = original_span(ctx.passage, token.idx, token.idx + len(token.text))
    return any(p.start <= start and end <= p.end for p in ctx.places)


ONE_PERSON = frozenset({"he", "she", "i"})


def _fleeing_offenders(token: Token, offenders: frozenset[str]) -> bool:
    """Those who flee are offenders running from the law ("smugglers fled back across the
    border at the sight of a patrol", "the suspects escaped"): a getaway, no displacement."""
    verb = token.head if token.dep_ == "xcomp" else token
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.lower_ in offenders for s in subjects)


def _one_person(token: Token, people: frozenset[str]) -> bool:
    """The one who flees is one person ("he fled the country", "the mayor took refuge in an
    embassy"): a displacement is of people, many of them."""
    verb = token.head if token.dep_ == "xcomp" else token  # "was forced to flee"
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subject.lower_ in ONE_PERSON or subject.ent_type_ == "PERSON":
            return True
        if subject.tag_ == "NN" and subject.lower_ in people:  # "the mayor", not "the family"
            return not any(c.dep_ == "conj" for c in subject.children)
    return False


def _clause(sentence: Span, token: Token) -> Span:
    """The part of the sentence between semicolons that holds the cue: a headline's "Drone
    kills two near X; rebels fire rockets at Y" tells two incidents, each with its own means."""
    start = max(
        (t.i + 1 for t in sentence if t.text == ";" and t.i < token.i), default=sentence.start
    )
    end = min((t.i for t in sentence if t.text == ";" and t.i > token.i), default=sentence.end)
    return sentence.doc[start:end]


def _bare(token: Token, trig: Trigger) -> bool:
    """The cue matched is the one word of the trigger ("imposed", not "imposed a curfew")."""
    return trig.start == token.idx and trig.end == token.idx + len(token.text)


def _weak(trig: Trigger, key: str) -> bool:
    """A weak cue ("killing two") tells a weak telling, but not once its scene made it the
    force used on a protest: a later "the two were shot dead" retells that, not the lead."""
    return trig.weak and key != "excessive_force"


def _at_protest(ctx: SentenceContext, knowledge: EventKnowledge) -> bool:
    pattern = knowledge.protest_scene
    return pattern is not None and pattern.search(fold(ctx.sentence.text)) is not None


# Words that put a gathering in the act's own scene: "detained them as they gathered"
# (SAME_TIME_MARKS), "at a vigil", "during a march" (not "after groups gathered", a gathering
# before the act).
SCENE_PREPS = ("at", "during", "amid")


def _in_scene(child: Token) -> bool:
    """A dependent of the act that tells whom it took or where and when it happened."""
    if child.dep_ in ("dobj", "nsubjpass"):
        return True
    if child.dep_ == "advcl":
        return any(m.lower_ in SAME_TIME_MARKS for m in child.children)
    return child.dep_ == "prep" and (child.lower_ == "of" or child.lower_ in SCENE_PREPS)


def _gathered(token: Token, knowledge: EventKnowledge) -> bool:
    """The people the act took or hit were gathered in public to make a point: a word of
    gathering among its objects ("people who tried to demonstrate", "20 people who had come
    to lay flowers"), in a clause of the same moment ("as supporters gathered") or in its
    scene ("during an opposition march"); not a modifier ("the protest camp"), a month, or
    a gathering no protest ("a campaign rally")."""
    region = [t for c in token.children if _in_scene(c) for t in c.subtree]
    if token.dep_ == "advcl" and token.tag_ == "VBG":  # "fired at crowds ..., killing two":
        region += [t for c in token.head.children if _in_scene(c) for t in c.subtree]
    blocked = knowledge.sub_events["peaceful_protest"].not_cues
    return any(
        t.lower_ in knowledge.gathering_words
        and t.pos_ != "PROPN"
        and t.ent_type_ != "DATE"
        and t.dep_ != "compound"
        and not (blocked and blocked.search(fold(t.doc[t.left_edge.i : t.i + 1].text)))
        and not _covered(t, knowledge)
        and not prepared_for(t)  # "as they prepared posters for a rally": none held yet
        for t in region
    )


def _detained_after_gathering(token: Token, knowledge: EventKnowledge) -> bool:
    """People detained right "after a rally" or "after the march" were taken as the gathering
    ended: ACLED codes the arrests of a protest's crowd as its Protest with intervention. Only
    the gathering itself as the object of "after" counts ("after the killing of a protester"
    tells a cause, not the scene)."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "after"
        and any(
            obj.dep_ == "pobj"
            and obj.lower_ in knowledge.gathering_words
            and obj.pos_ == "NOUN"
            and obj.ent_type_ != "DATE"
            for obj in prep.children
        )
        for prep in token.children
    )


def _covered(word: Token, knowledge: EventKnowledge) -> bool:
    """The gathering is what the people taken were reporting on ("journalists covering a
    rally"): they were at work there, not gathered."""
    return word.dep_ in ("dobj", "pobj") and (
        word.head.lower_ in knowledge.coverage_verbs
        or word.head.head.lower_ in knowledge.coverage_verbs  # "reporting on a march"
    )


def _foreign(agent: ActorMention, ctx: SentenceContext) -> bool:
    """The doer's country (a demonym: "Russian troops") is none of the countries of the places
    below a country its sentence names ("Russia's defence ministry said" names no ground)."""
    start, end = ctx.passage.original_span(ctx.sentence.start_char, ctx.sentence.end_char)
    named = [p for p in ctx.places if start <= p.start < end and p.country]
    ground = [p for p in named if not is_country(p)] or named
    countries = {p.country for p in ground}
    return bool(agent.country and countries) and agent.country not in countries


def _acts_on_object(token: Token) -> bool:
    """The verb (or one joined to it) has a direct object or a passive's doer: "residents
    looted shops", "a thief was beaten to death by residents", not "three villagers shot
    dead"."""
    verbs = (token, *token.conjuncts)
    return any(c.dep_ in ("dobj", "agent") for v in verbs for c in v.children)


def _community(agent: ActorMention, sentence: Span, knowledge: EventKnowledge) -> bool:
    """The doer is named as a community or a crowd of civilians ("residents of the
    township", "villagers"), not one person or unnamed men."""
    words = sentence.doc.text[agent.start : agent.end].lower().split()
    return any(w in knowledge.mob_nouns for w in words)


def _demanding_crowd(agent: ActorMention, sentence: Span, knowledge: EventKnowledge) -> bool:
    """Civilians told by the demand they press ("hundreds of young men demanding jobs",
    "farmers who were protesting a tax", "youths calling for the mayor's resignation"): a
    crowd of demonstrators, whose violence is a riot."""
    root = mention_root(sentence, agent)
    if root is None:
        return False
    nouns = [root]
    body = of_head(root)
    if body is not None:
        nouns.append(body)  # "hundreds of men demanding ...", however hung
    return any(
        c.dep_ in ("acl", "relcl") and c.lower_ in knowledge.demand_verbs
        for noun in nouns
        for c in noun.children
    )


def _vigilante(token: Token, knowledge: EventKnowledge) -> bool:
    """The act's clause charges the one hit with a crime ("beat a man accused of theft", "was
    beaten to death by men who accused him of stealing cows"): civilians punishing a suspect
    are vigilantes, a mob, whoever they are. A charge on the doers themselves ("men suspected
    to be herders") tells who they may be, not what they punished."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head  # "beaten to death": the verb of "death"
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    return any(
        t.lower_ in knowledge.accusation_words
        and not (t.dep_ in ("acl", "amod") and t.head in doers)
        for t in verb.subtree
        if t is not verb
    )


def _protest_toll(sentence: Span, knowledge: EventKnowledge) -> bool:
    """The sentence tells force at the protest: shooting words, or a toll of its own (not "no
    one was killed", nor "the collapse that killed 15 people in November")."""
    assert knowledge.numbers is not None
    shooting, deaths = _force_words(knowledge.refinements)
    text = fold(sentence.text)
    if shooting.search(text) or not deaths.search(text):
        return True  # the refinement's words of shooting ("opened fire", "live ammunition")
    return count_fatalities(sentence, knowledge.numbers).count > 0


@cache
def _force_words(refinements: tuple[Refinement, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The excessive_force refinement's words of shooting, and its words of death (those it
    reads in one form only, "=killed"), each matched as written."""
    words = {w for r in refinements if r.target == "excessive_force" for w in r.words}
    shooting = sorted(w for w in words if not w.startswith("="))
    deaths = sorted(w[1:] for w in words if w.startswith("="))
    return _any_word(shooting), _any_word(deaths)


def _any_word(words: Sequence[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def _deadly(sub: SubEvent, kill: Fatalities, token: Token, knowledge: EventKnowledge) -> SubEvent:
    """ "attacked the village, killing 14 and abducting 20": one attack; but "kidnapped a judge
    and killed two policemen" tells two acts (only a gerund is read so)."""
    if kill.count and sub.key in knowledge.deadly_as and token.tag_ == "VBG":
        return knowledge.sub_events[knowledge.deadly_as[sub.key]]
    return sub


def _draft(
    ctx: SentenceContext,
    scene: Scene,
    sub: SubEvent,
    actors: Sides,
    setting: Setting | None,
    when: When,
    kill: Fatalities,
    certainty: Judgement,
    happening: Factuality,
    knowledge: EventKnowledge,
) -> Draft:
    """One draft at one place on one day."""
    passage, trig_span = ctx.passage, scene.trigger
    cert_span = _cue_span(passage, certainty.cue_start, certainty.cue_end) or trig_span
    country = (setting.place.country if setting and setting.place else None) or scene.country
    return Draft(
        sub_event=sub.key,
        trigger=trig_span,
        actor1=actors[0],
        assoc1=actors[1],
        actor2=actors[2],
        assoc2=actors[3],
        setting=setting,
        country=country,
        date=when.date,
        precision=when.precision,
        date_span=when.span,
        date_explicit=when.explicit,
        date_first=when.first,
        date_last=when.last,
        date_reported=when.reported,
        fatalities=kill.count,
        fatalities_span=_cue_span(passage, kill.start, kill.end),
        fatalities_upper=kill.upper,
        fatalities_victim=kill.victim,
        fatalities_source=kill.source,
        fatalities_vague=kill.vague,
        fatalities_added=kill.added,
        fallen=knowledge.numbers is not None and kill.victim in knowledge.numbers.fighters,
        certainty=Certainty(certainty.label),
        certainty_span=cert_span,
        factuality=dated_factuality(
            happening, when, ctx.anchor, knowledge.time_cues.report, ctx.original
        ),
        order=trig_span[0],
        sentence=original_span(passage, ctx.sentence.start_char, ctx.sentence.end_char)[0],
        event_type=sub.event_type,
        armed=knowledge.event_types[sub.event_type].armed,
        headline=passage.kind in HEADLINE_KINDS,
    )


def _as_told(
    drafts: list[Draft],
    sentence: Span,
    token: Token,
    trig: Trigger,
    sub: SubEvent,
    doer: tuple[bool, bool],
    knowledge: EventKnowledge,
) -> list[Draft]:
    """Drafts that only tell more of an event told before are marked so: a generic word with
    no doer, place or day of its own; the details of a claim; a part of an attack."""
    assert knowledge.actors is not None
    if any(d.fatalities >= WAR_TOLL for d in drafts):
        # "the war has left more than 70,000 dead": a war's toll sums it up, no one incident
        return [replace(d, factuality=Factuality.HISTORICAL) for d in drafts]
    tally = _aggregate(token, knowledge) or _perfect_tally(token, knowledge)
    tally = tally or _in_many(token, knowledge) or _many_done(token, knowledge)
    tally = tally or _perfect_count(token)
    tally = tally or _trend_object(token, knowledge)
    tally = tally or (sub.actor1_from_patients and _told_up_to_now(token))
    if (tally and not any(d.date_explicit for d in drafts)) or _spread(token, drafts):
        return [replace(d, anaphoric=True, detail=True, generic=True) for d in drafts]
    if _charged(token, drafts, knowledge):
        # "the army is bombing the people", "their bombing of the civilian population": a
        # charge, no incident; only an event of the same kind takes it in, not the one just told
        return [replace(d, detail=True, generic=True) for d in drafts]
    undated_campaign = campaign(token, knowledge) and not any(d.date_explicit for d in drafts)
    generic = _generic(token, trig, drafts, doer, knowledge.actors)
    folded = fold(sentence.text)  # once, not per claim word
    claim = any(c in folded for c in knowledge.claims)
    if (generic and not _means_of_act(token, knowledge)) or undated_campaign:
        # talk of a kind of violence adds no event; one avoided or planned stays a mention
        return [
            replace(d, anaphoric=True, detail=True, generic=True, claim=claim)
            if d.factuality.is_event
            else d
            for d in drafts
        ]
    if claim:
        return [replace(d, anaphoric=True, detail=True, claim=True) for d in drafts]  # its details
    told_apart = any(d.date_explicit or _explicit(d) for d in drafts)
    unnamed = sub.part_of_attack == "unnamed" and not any(_told_doer(d) for d in drafts)
    if (sub.part_of_attack is True or unnamed) and not told_apart:
        return [replace(d, anaphoric=True, detail=True) for d in drafts]
    return drafts


# ---- small tests on the trigger -----------------------------------------------------------


def _done(token: Token, lexicon: ActorLexicon) -> bool:
    """The noun is the object of a verb in the past that did it ("warplanes carried out air
    strikes"), or names a crowd ("protesters"): not a generic plural."""
    head = token.head
    talk = head.lower_ in lexicon.government_verbs or head.lower_ in lexicon.speech_verbs
    if token.dep_ in ("dobj", "nsubjpass") and head.tag_ in ("VBD", "VBN") and not talk:
        return True  # "condemned bombings" only talks of them
    return names_crowd(token, lexicon)


def _aggregate(token: Token, knowledge: EventKnowledge) -> bool:
    """A plural event noun that sums up many events ("carried out various bomb attacks", "a
    wave of killings"): a tally or a trend, no one event, unless a day of its own is told."""
    if token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN"):
        token = token.head  # "bomb" of "bomb attacks"
    if token.pos_ not in ("NOUN", "PROPN") or token.tag_ not in ("NNS", "NNPS"):
        return False
    words = [c.lower_ for c in token.children if c.dep_ in ("amod", "det", "advmod")]
    if any(w in knowledge.aggregate_quantifiers for w in words):
        return True
    head = token.head
    return (
        token.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lower_ in knowledge.aggregate_nouns
    )


def _perfect_tally(token: Token, knowledge: EventKnowledge) -> bool:
    """A verb in the present perfect whose subject is a many ("many brave people have been
    murdered", "thousands have been killed"): a tally over time, no one event."""
    aux = {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}
    if not aux & {"has", "have"}:
        return False
    for subject in (c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")):
        words = {subject.lower_} | {c.lower_ for c in subject.children if c.dep_ != "prep"}
        if words & (knowledge.aggregate_quantifiers | knowledge.aggregate_nouns):
            return True
    return False


WAR_TOLL = 10_000  # dead in one telling: a war's or a genocide's toll, never one incident
TALLY_VICTIMS = 100  # so many hit over a period ("since 1985, 1,000 have been murdered")
SETTING_LIST = ("in", "across", "throughout", "against", "on")


def _trend_object(token: Token, knowledge: EventKnowledge) -> bool:
    """A bare plural event noun that a verb of trend takes ("has intensified bombings and
    artillery attacks"): a trend of many acts, none told."""
    first = first_conjunct(token)
    bare = not any(c.dep_ in ("det", "nummod", "poss") for c in first.children)
    plural = first.tag_ in ("NNS", "NNPS")
    return plural and bare and first.dep_ == "dobj" and first.head.lower_ in knowledge.trend_objects


def _in_many(token: Token, knowledge: EventKnowledge) -> bool:
    """An act set in many places or occasions at once ("bombings in various cities", "murdered
    disabled people in various circumstances"): many incidents summed up, none told."""
    act = first_conjunct(token)
    acts = [act, *act.conjuncts]
    if act.dep_ in ("nsubj", "nsubjpass") and act.pos_ == "NOUN":
        acts.append(act.head)  # "these attacks were carried out against various garrisons"
    preps = [c for t in acts for c in t.children if c.dep_ == "prep"]
    for prep in (p for p in preps if p.lower_ in SETTING_LIST):
        for noun in (g for g in prep.children if g.dep_ == "pobj" and g.tag_ in ("NNS", "NNPS")):
            words = {c.lower_ for c in noun.children if c.dep_ in ("amod", "det")}
            if words & knowledge.aggregate_quantifiers:
                return True
    return False


def _many_done(token: Token, knowledge: EventKnowledge) -> bool:
    """A participle on a many ("hundreds of peasants who have been murdered, kidnapped and
    tortured"), or a count of victims this large over a period ("since the party was founded,
    nearly 1,000 of its members have been murdered"): a tally, no one event."""
    act = first_conjunct(token)
    for verb in (act, *act.conjuncts):
        noun = verb.head if verb.dep_ in ("relcl", "acl") and verb.head is not verb else None
        many = [noun] if noun is not None else []
        if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of":
            many.append(noun.head.head)  # "hundreds of peasants who ..."
        if any(n.lower_ in knowledge.aggregate_nouns for n in many):
            return True
    if not _present_perfect(act) or not any(c.lower_ == "since" for c in act.subtree):
        return False
    subjects = [c for c in act.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.pos_ == "NUM" and _number(s) >= TALLY_VICTIMS for s in subjects)


def _perfect_count(token: Token) -> bool:
    """A verb in the present perfect counting its victims or its acts in the hundreds ("have
    set off more than 260 bombs", "15,000 people have been killed"): a tally over time, no
    one incident (one told with its day stays: the caller keeps dated drafts)."""
    verb = token.head if token.dep_ == "dobj" else token
    if not _present_perfect(verb):
        return False
    roles = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    counts = [n for r in roles for n in (r, *r.children) if n is r or n.dep_ == "nummod"]
    return any(_number(n) >= TALLY_VICTIMS for n in counts if n.pos_ == "NUM")


def _told_up_to_now(token: Token) -> bool:
    """A flight told in the present perfect, or as how a present perfect came about ("where
    villages have emptied as farmers fled", "families have abandoned their farms"): a trend up
    to now, no one flight (one told with its day, "have fled since Sunday", stays: the caller
    keeps dated drafts)."""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    under = verb.head if verb.dep_ in ("advcl", "conj") else verb
    return _present_perfect(verb) or _present_perfect(under)


def _present_perfect(verb: Token) -> bool:
    """ "have set off", "has been killed": told up to now."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in PRESENT_HAVE for c in verb.children)


def _number(token: Token) -> int:
    """A number written in digits ("1,200"), else 0."""
    digits = token.text.replace(",", "")
    return int(digits) if digits.isdigit() else 0


SPREAD_PLACES = 4  # a plural event noun set at this many places sums up a campaign


def _spread(token: Token, drafts: list[Draft]) -> bool:
    """One plural event noun told at many places of its own ("the attacks were carried out
    in A, B, C and D"): a summary of a campaign, not incidents told one by one."""
    if token.tag_ not in ("NNS", "NNPS"):
        return False
    places = {d.setting.place.name for d in drafts if d.setting and d.setting.place}
    return len(places) >= SPREAD_PLACES


def _told_doer(draft: Draft) -> bool:
    """The text names actor1 (not a default of the type)."""
    return draft.actor1 is not None and not draft.actor1.default


def _explicit(draft: Draft) -> bool:
    return draft.setting is not None and draft.setting.explicit


def _scene(draft: Draft) -> bool:
    """The draft's own sentence names a place below a country."""
    place = draft.setting.place if draft.setting else None
    return _explicit(draft) and place is not None and not is_country(place)


def _bare_singular(token: Token) -> bool:
    """An event noun with no article, owner or number, alone or in a list ("charged with
    murder", "murder and kidnapping of students"): the kind of act, not one act."""
    if token.pos_ != "NOUN" or token.tag_ != "NN":
        return False
    nouns = [token, token.head] if token.dep_ == "conj" else [token]
    return not any(c.dep_ in ("det", "poss", "nummod") for n in nouns for c in n.children)


def _anaphoric(token: Token, knowledge: EventKnowledge) -> bool:
    """The trigger is, or acts on, a definite event noun ("claimed the attack", "repelled the
    assault"): the event was told before."""
    nouns = [token] + [c for c in token.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    return any(
        n.lower_ in knowledge.anaphora_nouns
        and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in n.children)
        for n in nouns
    )


def _named_done(token: Token) -> bool:
    """The cue is a past participle describing a definite noun ("the kidnapped persons",
    "his murdered son"): who underwent the act is named, the act itself is not told."""
    noun = token.head
    if token.dep_ != "amod" or token.tag_ != "VBN" or noun is token:
        return False
    return any(
        c.dep_ in ("det", "poss") and (c.dep_ == "poss" or c.lower_ in DEFINITE)
        for c in noun.children
    )


ACT_ROLES = ("nsubj", "nsubjpass", "dobj")  # the act noun's doer, what was hit, what went off


def _another_act(
    ctx: SentenceContext, token: Token, draft: Draft, knowledge: EventKnowledge
) -> int | None:
    """The start of the sentence when it tells the act as one more beside those told before
    ("another bomb exploded", "a second device was found", "in addition, rebels blew up a
    bus"; "also" only with the act's own place or day: "rebels also burned a bus in X"), else
    None. A coder records such an act as an incident of its own. A bare toll is one more
    act only after an opener: "another soldier was wounded" is the toll of the act told."""
    marked = _counted_another(token, knowledge) or _also_with_own(token, draft, knowledge)
    # "in addition, the blast ...": more of the act told, not one more
    opened = not draft.anaphoric and _opens_addition(ctx.sentence, knowledge)
    if not ((marked and not draft.consequence) or opened):
        return None
    return original_span(ctx.passage, ctx.sentence.start_char, ctx.sentence.start_char)[0]


def _counted_another(token: Token, knowledge: EventKnowledge) -> bool:
    """ "another bomb", "a second device" on the act noun or its subject or object; not "the
    third attack this month" (a count of a series) nor "exploded ..., and another in B" (a
    second bomb's place, told by `_place_days`)."""
    nouns = [token] + [c for c in token.children if c.dep_ in ACT_ROLES]
    return any(
        c.lower_ in knowledge.another_words and (c.dep_ == "det" or _indefinite(n))
        for n in nouns
        for c in n.children
        if c.dep_ in ("det", "amod")
    )


def _indefinite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ARTICLES for c in noun.children)


def _also_with_own(token: Token, draft: Draft, knowledge: EventKnowledge) -> bool:
    """ "also" on the act when the sentence gives it a place or day of its own."""
    own = draft.date_explicit or bool(draft.setting and draft.setting.explicit)
    return own and any(c.lower_ in knowledge.also_words for c in token.children)


def _opens_addition(sentence: Span, knowledge: EventKnowledge) -> bool:
    """ "In addition, ..." opens the sentence; "in addition to the blast" does not."""
    opening = " ".join(t.lower_ for t in sentence if not t.is_punct and not t.is_space)
    return any(
        opening.startswith(o + " ") and not opening.startswith(o + " to ")
        for o in knowledge.addition_openers
    )


def _generic(
    token: Token,
    trig: Trigger,
    drafts: list[Draft],
    doer: tuple[bool, bool],
    lexicon: ActorLexicon,
) -> bool:
    """Talk about violence or a detail of an event told before, not an event: a generic word
    ("violence", "the attack") with no doer, place or day of its own, or a bare plural
    ("bombings of populated areas", "the army's attacks") with no place or day of its own and
    no doer named ("Russian strikes" tell a campaign). `doer`: one is found, one is named."""
    has_doer, named = doer
    bare_plural = token.tag_ == "NNS" and not any(
        c.dep_ in ("det", "nummod") for c in token.children
    )
    own = any(d.date_explicit or _explicit(d) for d in drafts)
    if (bare_plural or _bare_singular(token)) and not _done(token, lexicon):
        # a kind of violence named in general ("murders, tortures and arrests in El
        # Salvador", "charged with murder"): a country is no scene of its own
        return not (named or any(d.date_explicit or _scene(d) for d in drafts))
    if not trig.weak or has_doer:
        return False
    return not (own or any(_told_doer(d) for d in drafts))


def _means_of_act(token: Token, knowledge: EventKnowledge) -> bool:
    """A weapon named as the means of an act ("the attack with explosives"): the act's own
    weapon, not a plural of acts talked of in general."""
    prep = token.head
    return (
        token.lower_ in knowledge.instruments
        and token.dep_ == "pobj"
        and prep.lower_ == "with"
        and prep.head.lower_ in knowledge.event_heads
    )


def _targets(
    heads: Sequence[Token],
    patients: list[ActorMention],
    passage: Passage,
    trig: Trigger,
    cue_words: Collection[str] = frozenset(),
) -> tuple[Span_, ...]:
    """The phrases of every object (and its conjuncts and appositions): what or who was hit
    ("a bank and two shops", "a judge, two policemen and a student": an actor beyond the two
    an event keeps is still evidence); not the cue's own noun ("set fire to"; what fills its
    gap is hit: "set the club on fire"), a time, a pronoun, a number, nor a phrase that is no
    more than an actor's own words (its evidence says it)."""
    out: list[Span_] = []
    for head in [h for first in heads for h in (first, *first.conjuncts, *_appositions(first))]:
        named = _person_named_before(head)
        head = named or head
        own = trig.start <= head.idx < trig.end and (not cue_words or head.lower_ in cue_words)
        if own or head.pos_ in NOT_TARGET_POS:
            continue
        if head.ent_type_ in ("DATE", "TIME"):
            continue
        start, end = _own_phrase(head)
        if trig.start <= head.idx < trig.end:  # "the club" of "set the club on fire"
            end = min(end, _gap_end(head, trig, cue_words))
        if named is not None and not (named.pos_ and named.ent_type_ == "PERSON"):
            start, end = named.idx, named.idx + len(named)  # a name alone, or unparsed
        if not any(m.start <= start and end <= m.end for m in patients):
            span = original_span(passage, start, end)
            if span not in out:
                out.append(span)
    return tuple(out)


def _gap_end(head: Token, trig: Trigger, cue_words: Collection[str]) -> int:
    """Where the words filling a cue's gap end: before the cue's next own word."""
    for token in head.doc[head.i + 1 :]:
        if token.idx >= trig.end:
            break
        if token.lower_ in cue_words:
            before = head.doc[token.i - 1]
            return before.idx + len(before.text)
    return trig.end


PERSONAL = frozenset({"he", "she", "him", "her", "his"})


def _person_named_before(pronoun: Token) -> Token | None:
    """ "Oqueli left for the airport. He was kidnapped by armed men": a personal pronoun hit
    stands for the person last named before it, in its sentence or the one before; a name the
    recogniser missed there counts when it tags the same name elsewhere in the article."""
    # "... joins that of Judge Carlos Valencia. Who was murdered on 16 August": a relative
    # pronoun cut from its clause by a stray full stop stands for the person named before
    opening = pronoun.lower_ == "who" and pronoun.i == pronoun.sent.start
    if (pronoun.lower_ not in PERSONAL and not opening) or pronoun.pos_ != "PRON":
        return None
    doc = pronoun.doc
    first = pronoun.sent.start
    if first > 0:
        first = doc[first - 1].sent.start
    people = _people_named(doc)
    surnames = {e[-1].lower_ for e in people}
    named = [e.root for e in people if first <= e.start and e.end <= pronoun.i]
    named += [
        t
        for t in doc[first : pronoun.i]
        if t.ent_type_ != "PERSON" and t.lower_ in surnames and t.text[0].isupper()
    ]
    return max(named, key=lambda t: t.i) if named else None


def _people_named(doc: Doc) -> list[Span]:
    """The people the article names: a person's name ends with a surname, written with a
    capital in the text the parse reads unless the article tells that surname again ("La
    Aurora airport" is no person)."""
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    told = Counter(e[-1].lower_ for e in people)
    return [e for e in people if e[-1].text[0].isupper() or told[e[-1].lower_] > 1]


def _appositions(head: Token) -> list[Token]:
    """The names or descriptions set beside an object ("the mayor, Raul Perez,"): each may be
    the words that name who was hit when the head itself is an actor's word."""
    return [c for c in head.children if c.dep_ == "appos"]


SITE_PREPS = (
    "in", "at", "near", "outside", "inside", "beside", "behind", "under", "into", "against",
)  # fmt: skip
SITE_EVENT_TYPES = ("Explosions/Remote violence",)


def _sites(
    token: Token,
    sub: SubEvent,
    places: Sequence[Place],
    passage: Passage,
    knowledge: EventKnowledge,
) -> list[Token]:
    """Where a bomb was set or went off, when that is a thing and not a named place ("placed
    in liquor stores", "exploded in front of a travel agency", "threw a grenade at a police
    post", "the explosion took place in a bank", "a bomb that hit a house"): the target."""
    if sub.event_type not in SITE_EVENT_TYPES:
        return []
    named = [(p.start, p.end) for p in places]
    found: list[Token] = []
    for verb in _site_verbs(phrase_head(token), knowledge):
        objects = _site_objects(verb)
        if verb is not token:  # "a bomb that hit a house": what the weapon hit
            objects += [c for c in verb.children if c.dep_ == "dobj" and c.i != token.i]
        # "..., one at the park, another at a school": each weapon's site, wherever the parse
        # hangs the list
        objects += [t for t in verb.subtree if t.lower_ in ONES and t.dep_ in ONE_DEPS]
        for obj in (o for first in objects for o in _each_one(first)):
            obj = _beyond_side(obj, knowledge)
            start, end = passage.original_span(obj.idx, obj.idx + len(obj.text))
            if obj.ent_type_ in ("GPE", "LOC", "DATE", "TIME"):
                continue
            if not any(s < end and start < e for s, e in named):
                found.append(obj)
    return found


def _site_verbs(token: Token, knowledge: EventKnowledge) -> list[Token]:
    """The words whose prepositions tell where the weapon went: the verb a noun cue is the
    subject of ("the bomb exploded in", "the attack took place in"), else the cue itself and
    the verb it is the object of ("placed a bomb in", "threw a grenade at"); and a verb of the
    noun's own clause ("a bomb planted near", "a bomb that hit")."""
    noun = token.pos_ in ("NOUN", "PROPN")
    head = token.head
    telling = head.lower_ in knowledge.use_verbs or head.lower_ in knowledge.happening_verbs
    verbs: list[Token] = []
    if noun and token.dep_ in ("nsubj", "nsubjpass"):
        verbs += [head] if telling else []
    else:
        verbs.append(token)
        if noun and token.dep_ == "dobj" and telling:
            verbs.append(head)
    weapons = (
        [token]
        if noun
        else [  # "dropped a bomb that hit": the bomb's own clause
            c for c in token.children if c.dep_ == "dobj" and c.lower_ in knowledge.instruments
        ]
    )
    verbs += [
        c
        for weapon in weapons
        for c in weapon.children
        if c.dep_ in ("acl", "relcl") and c.lower_ in knowledge.use_verbs
    ]
    return verbs


ONES = ("one", "another", "other")
ONE_DEPS = ("appos", "conj", "npadvmod")  # a pobj "one" is an object already


def _each_one(obj: Token) -> list[Token]:
    """ "Three bombs went off in the city, one at the park, another at a school": each bomb's
    own site, for a word that counts the weapons off; else the object itself."""
    if obj.lower_ not in ONES:
        return [obj]
    return [g for one in (obj, *obj.conjuncts) for g in _site_objects(one)]


def _site_objects(token: Token) -> list[Token]:
    """The objects of the site prepositions hung on the token ("at the market", "in X")."""
    return [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in SITE_PREPS
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _beyond_side(obj: Token, knowledge: EventKnowledge) -> Token:
    """ "in front of a bank": the bank."""
    if obj.lower_ not in knowledge.spot_nouns:
        return obj
    inner = [g for c in obj.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return inner[0] if inner else obj


def _toll_only(token: Token, cast: Cast, knowledge: EventKnowledge) -> bool:
    """The cue tells a toll and no act: a toll word ("nine dead", "he died"), or a passive
    killing with no doer ("a sergeant was killed")."""
    if token.lower_ in knowledge.consequence_words:
        return True
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)
    # "reported 50 soldiers killed": a bare participle with no object is passive too
    bare = token.tag_ == "VBN" and not any(
        c.dep_ in ("dobj", "aux", "agent") for c in token.children
    )
    # its subject is the dead ("50 soldiers killed"), not a doer
    if bare or counted_toll(token, knowledge.passive_tolls):
        return token.lower_ in knowledge.passive_tolls
    return passive and not cast.agents and token.lower_ in knowledge.passive_tolls


# the noun as the object of the verb ("condemned the attack", "the murder was condemned");
# a subject does the verb ("a suicide bomber rammed a convoy on Monday")
COMMENTED_DEPS = ("dobj", "nsubjpass")


def _day_of_comment(
    ctx: SentenceContext, token: Token, draft: Draft, knowledge: EventKnowledge
) -> bool:
    """An act named by a noun whose day is told outside the noun's phrase, on a verb that does
    not tell it happen ("the government today condemned the attack", "protested today the
    murder of a student"): that day is the comment's; the act may be older. "The 31 October
    attack" and "launched an attack today" date the act itself."""
    if token.dep_ in ("compound", "amod") and token.head.lower_ in knowledge.anaphora_nouns:
        token = token.head  # "condemned the dynamite attack": the phrase's noun is the attack
    on_person = token.lower_ in knowledge.role_words.possessor_hit
    if not (on_person or token.lower_ in knowledge.anaphora_nouns) or not draft.date_explicit:
        return False  # an act's noun; not "rockets slammed into the town on Tuesday"
    verb = token.head  # the act as what the verb is about, not "killed in an attack"
    if token.dep_ not in COMMENTED_DEPS or verb.pos_ not in ("VERB", "AUX"):
        return False
    if realises(verb, token, knowledge.time_cues):
        return False
    # "hurled a bomb today": the verb tells the act; "protested the killing" comments on
    # an act on a person
    if verb.lower_ in knowledge.cue_words and not on_person:
        return False
    left, right = token.left_edge, token.right_edge
    phrase = original_span(ctx.passage, left.idx, right.idx + len(right))
    start, end = draft.date_span
    return not (phrase[0] <= start and end <= phrase[1])


def _victims(heads: Sequence[Token], knowledge: EventKnowledge) -> frozenset[str]:
    """The words that may name who was hit, from each object's core and its apposition
    ("Hector Oqueli, leader of ..."): no function word, plural, title or role noun, so two
    tellings of one killing meet on the name ("the assassination of Oqueli")."""
    words: set[str] = set()
    for head in [h for first in heads for h in (first, *first.conjuncts)]:
        core = [head, *(c for c in head.children if c.dep_ == "appos")]
        for token in core:
            for word in (token, *(c for c in token.children if c.dep_ in NAME_DEPS)):
                if _name_like(word, knowledge):
                    words.add(word.lower_)
    return frozenset(words)


NAME_DEPS = ("compound", "flat", "nmod", "amod")
NOT_NAME_POS = ("ADJ", "VERB", "ADV", "NUM", "PRON", "DET", "ADP")


def _name_like(token: Token, knowledge: EventKnowledge) -> bool:
    text = token.lower_
    if not token.is_alpha or len(text) < 4 or token.is_stop or token.tag_ in ("NNS", "NNPS"):
        return False
    if token.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL") or token.pos_ in NOT_NAME_POS:
        return False
    if not _proper(token):
        return False  # "the place", "damage": a common noun is no victim's name
    return text not in knowledge.role_nouns and text not in knowledge.anaphora_nouns


def _proper(token: Token) -> bool:
    """A name as the parse sees it: a proper noun, a person, or a capital inside a sentence
    (true-cased wire copy capitalises only the words no dictionary knows)."""
    if token.pos_ == "PROPN" or token.ent_type_ == "PERSON":
        return True
    return token.text[:1].isupper() and not token.is_sent_start


def _own_phrase(head: Token) -> Span_:
    """The head's phrase without its conjuncts and their joining words ("a bank" of "a bank
    and two shops"); a relative clause stays ("the house where they lived")."""
    left = head.left_edge
    right = head
    for child in head.rights:
        if child.dep_ in ("conj", "cc") or (child.dep_ == "punct" and child.text == ","):
            break
        right = child.right_edge
    return left.idx, right.idx + len(right.text)


def _full_spans(tokens: Sequence[Token]) -> tuple[Span_, ...]:
    return tuple((t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)) for t in tokens)


def _cue_span(passage: Passage, start: int | None, end: int | None) -> Span_ | None:
    if start is None or end is None or end <= start:
        return None
    return original_span(passage, start, end)


def _patient_is_person(
    heads: Sequence[Token],
    patients: list[ActorMention],
    ctx: SentenceContext,
    lexicon: ActorLexicon,
    grounds: frozenset[str],
) -> bool:
    """The direct object is people (an actor noun or a person's name), not ground. A place
    noun heading it ("overran the last army base", "captured a rebel outpost") is ground,
    even when an actor's name modifies it."""
    for head in heads:
        if head.dep_ not in ("dobj", "nsubjpass"):
            continue
        if head.lower_ in grounds:
            return False
        start, end = original_span(ctx.passage, head.idx, head.idx + len(head.text))
        if any(p.start <= start and end <= p.end for p in ctx.places):
            return False
        if any(c.dep_ == "appos" and c.lower_ in grounds for c in head.children):
            return False  # "captured Kyaukmae, a town on the road": ground, whatever its tag
        if head.ent_type_ == "PERSON" or head.lower_ in lexicon.person_nouns:
            return True
        return any(m.start <= head.idx < m.end for m in patients)
    return False
