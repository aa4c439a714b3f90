"""From one trigger in one sentence to event drafts with every field and its evidence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Span, Token

from sitrep.events._lexicon import fold
from sitrep.events.actors import (
    ActorMention,
    Roles,
    actor_name,
    find_actor_mentions,
    find_roles,
    kind_class,
    mentions_in,
    same_actor_once,
    speaker,
    surface_actor,
)
from sitrep.events.classify import intended, refine, settle
from sitrep.events.detect import Trigger, find_triggers, trigger_token
from sitrep.events.fatalities import count_fatalities
from sitrep.events.knowledge import ActorLexicon, EventKnowledge
from sitrep.events.setting import (
    Setting,
    main_country,
    main_setting,
    preceding_setting,
    sentence_settings,
)
from sitrep.model import Certainty, Factuality, Passage, PassageKind, Place, TimeExpr
from sitrep.time import Anchor, classify_certainty, classify_factuality, event_date

Span_ = tuple[int, int]  # original character offsets

HEADLINE_KINDS = (PassageKind.TITLE, PassageKind.STANDFIRST)
DEFINITE = {"the", "this", "that", "these", "those"}
MODIFIER_DEPS = ("compound", "amod")
NOT_TARGET_POS = {"PRON", "DET", "NUM", "ADP", "PUNCT", "SPACE"}
ARMED_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
DEFAULT_ACTOR1 = {"Protests": "protesters", "Riots": "rioters"}
DEFAULT_ACTOR1_SUB = {"other": "civilians"}
DEFAULT_ACTOR2_TYPE = {"Violence against civilians": "civilians"}


@dataclass(frozen=True)
class Actor:
    name: str
    kind: str | None
    span: Span_
    generic: bool = False  # built from a generic noun ("the insurgents"), not a name
    side: str | None = None  # "state", "armed", "unarmed", "crowd"


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
    target: Span_ | None = None  # what was hit, when it is no actor ("a hospital")
    event_type: str = ""
    headline: bool = False  # from the title or standfirst: a summary of the body's events
    anaphoric: bool = False  # "the attack", "repelled the assault": an event told before
    detail: bool = False  # may join a violent event of another type told before it
    generic: bool = False  # a generic word: joins the event before it, or is dropped


@dataclass(frozen=True)
class SentenceContext:
    passage: Passage
    sentence: Span
    places: Sequence[Place]
    times: Sequence[TimeExpr]
    anchor: Anchor
    original: str


def original_span(passage: Passage, start: int, end: int) -> Span_:
    return passage.original_span(start, end)


def drafts_for_article(
    passages: Sequence[Passage],
    docs: Sequence,
    places: Sequence[Place],
    times: Sequence[TimeExpr],
    anchor: Anchor,
    original: str,
    knowledge: EventKnowledge,
) -> list[Draft]:
    drafts: list[Draft] = []
    speakers = _speaking_places(passages, docs, places, knowledge)
    places = [p for p in places if (p.start, p.end) not in speakers]
    for passage, doc in zip(passages, docs, strict=True):
        before: list[Draft] = []  # the drafts of the sentence before, in this passage
        for sentence in doc.sents:
            blamed = _blamed(sentence, passage, knowledge)
            if blamed is not None and before:
                drafts = [_with_doer(d, blamed) if d in before else d for d in drafts]
            triggers = find_triggers(sentence, knowledge)
            before = []
            if not triggers:
                continue
            local = _without_dateline(passage, places, knowledge)
            ctx = SentenceContext(passage, sentence, local, times, anchor, original)
            mentions = find_actor_mentions(sentence, knowledge.actors) if knowledge.actors else []
            found: list[Draft] = []
            for trig in triggers:
                found += drafts_for_trigger(ctx, trig, mentions, knowledge)
            before = _one_telling(without_subsumed(found, knowledge))
            drafts += before
    return [d for d in drafts if _plausible(d, knowledge)]


def _without_dateline(
    passage: Passage, places: Sequence[Place], knowledge: EventKnowledge
) -> Sequence[Place]:
    """The places, minus one named in the passage's wire dateline (where the report was filed)."""
    m = knowledge.dateline.match(passage.text) if knowledge.dateline else None
    if m is None:
        return places
    start, end = original_span(passage, 0, m.end())
    return [p for p in places if not (start <= p.start and p.end <= end)]


def _blamed(sentence: Span, passage: Passage, knowledge: EventKnowledge) -> Actor | None:
    """The named actor a sentence blames ("The volunteers blamed the RSF"), if any."""
    lexicon = knowledge.actors
    if lexicon is None or not any(t.lower_ in lexicon.blame_verbs for t in sentence):
        return None
    text, base = sentence.text, sentence.start_char  # the sentence's text, not the whole doc's
    for m in find_actor_mentions(sentence, lexicon):
        if not (m.name or m.group):
            continue
        # Right after the verb: sentences without an event cue carry no parse to go by.
        before = text[max(0, m.start - base - 20) : m.start - base].lower().split()
        before = [w for w in before if w not in ("the", "a")]
        if before and before[-1] in lexicon.blame_verbs:
            name = actor_name(m, None, lexicon)
            where = original_span(passage, m.start, m.end)
            return Actor(name, m.kind, where, False, kind_class(m.kind, lexicon))
    return None


def _with_doer(draft: Draft, doer: Actor) -> Draft:
    """The blamed actor becomes the doer of an event that named none."""
    if draft.actor1 is not None and not draft.actor1.generic:
        return draft
    if draft.actor2 is not None and draft.actor2.name == doer.name:
        return draft
    return replace(draft, actor1=doer)


def _one_telling(drafts: list[Draft]) -> list[Draft]:
    """A sentence that takes up an event told before ("troops repelled the attack after a
    gunfight") tells more of it: its other drafts without a day or place of their own too."""
    if not any(d.anaphoric for d in drafts):
        return drafts
    return [
        replace(d, anaphoric=True) if not (d.date_explicit or _explicit(d)) else d for d in drafts
    ]


def _speaking_places(
    passages: Sequence[Passage], docs: Sequence, places: Sequence[Place], knowledge: EventKnowledge
) -> set[Span_]:
    """Place mentions that are no setting: a capital speaking for its government ("Moscow
    said", "a charge Kigali denies") and a place name inside a named actor ("Fano militia")."""
    lexicon = knowledge.actors
    if lexicon is None:
        return set()
    out: set[Span_] = set()
    for passage, doc in zip(passages, docs, strict=True):
        mentions: dict[int, list[ActorMention]] = {}
        for place in places:
            span = _doc_span(passage, doc, place)
            if span is None:
                continue
            sentence = span.root.sent
            if sentence.start not in mentions:
                mentions[sentence.start] = find_actor_mentions(sentence, lexicon)
            named = [m for m in mentions[sentence.start] if m.name or m.group]
            inside = any(m.start < span.end_char and span.start_char < m.end for m in named)
            capital = (place.feature or "").startswith("PPLC")
            speaks = _government_subject(span.root, lexicon, capital) or _says_next(
                span, lexicon
            )  # the next word too: sentences without an event cue get no full parse
            if inside or speaks:
                out.add((place.start, place.end))
    return out


def _says_next(place: Span, lexicon: ActorLexicon) -> bool:
    """The verb after a place (past a second place joined by "and", past "has") is one of
    saying or deciding: "Washington and Paris urged restraint", "Kigali has denied it"."""
    doc = place.doc
    i = place.end
    if i < len(doc) and doc[i].lower_ == "and":
        i += 1
        while i < len(doc) and doc[i].is_title:  # the second place
            i += 1
    if i < len(doc) and doc[i].lower_ in ("has", "have", "had"):
        i += 1
    if i >= len(doc) or doc[i].lower_ not in lexicon.government_verbs:
        return False
    if doc[i].pos_:
        return doc[i].pos_ in ("VERB", "AUX")
    return doc[i].lower_.endswith(("ed", "s")) or doc[i].lower_ in ("said", "told")  # untagged


def _government_subject(root: Token, lexicon: ActorLexicon, capital: bool) -> bool:
    """The place is the subject of a verb of saying or deciding; a capital, of any verb but
    one that befalls a place ("Moscow did not shrink from ..."; not "Kyiv came under fire")."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.lower_ in lexicon.government_verbs:
        return True
    return capital and verb.lower_ not in lexicon.place_verbs


def _doc_span(passage: Passage, doc, place: Place) -> Span | None:  # noqa: ANN001
    """The tokens of a place mention in the passage's parse (None if it lies elsewhere)."""
    for clean, original, length in passage.offsets.segments:
        if original <= place.start and place.end <= original + length:
            start = clean + place.start - original
            span = doc.char_span(start, start + place.end - place.start, alignment_mode="expand")
            return span if span is not None and len(span) else None
    return None


def without_subsumed(drafts: list[Draft], knowledge: EventKnowledge) -> list[Draft]:
    """Drop drafts of one sentence that another draft at the same place absorbs (see
    `subsumes`); "marched peacefully in Kisumu, while in Mombasa youths rioted" keeps both."""
    return [
        d
        for d in drafts
        if not any(
            d.sub_event in knowledge.sub_events[other.sub_event].subsumes
            and _same_setting(d, other)
            for other in drafts
        )
    ]


def _same_setting(a: Draft, b: Draft) -> bool:
    pa = a.setting.place if a.setting else None
    pb = b.setting.place if b.setting else None
    return pa is None or pb is None or pa.name == pb.name


def _plausible(draft: Draft, knowledge: EventKnowledge) -> bool:
    """A battle needs an armed side: 'residents fled the fighting' is not a clash by residents."""
    sub = knowledge.sub_events[draft.sub_event]
    lexicon = knowledge.actors
    if sub.event_type == "Battles" and draft.actor1 is not None and lexicon is not None:
        return kind_class(draft.actor1.kind, lexicon) not in ("unarmed", "crowd")
    return True


def drafts_for_trigger(
    ctx: SentenceContext, trig: Trigger, mentions: list[ActorMention], knowledge: EventKnowledge
) -> list[Draft]:
    lexicon = knowledge.actors
    assert lexicon is not None and knowledge.numbers is not None
    sentence, passage = ctx.sentence, ctx.passage
    token = trigger_token(sentence, trig)
    if trig.weak and _infinitive(token):
        return []  # "the need to attack X": a generic word in an infinitive is no report
    if _modifies_other_noun(token, trig, knowledge):
        return []  # "missile launchers", "displaced families": a cue word describing a thing
    if trig.weak and token.dep_ == "nsubj" and token.head.lower_ in knowledge.trend_verbs:
        return []  # "violence rose again this week": a trend
    if _refers_back(token, sentence, knowledge):
        return []  # "arrested six in connection with the bombing": the bombing was told
    trig_span = original_span(passage, trig.start, trig.end)
    settings = _settings(ctx, trig_span[0], knowledge)
    country = _country(settings[0] if settings else None, ctx.places)
    roles = _outside_dateline(find_roles(token), passage, knowledge)
    own = [m for m in mentions if m.start < trig.end and trig.start < m.end]  # "suicide bomber"
    agents = same_actor_once(own + mentions_in(roles.agents, mentions), lexicon)
    if not agents:
        agents = _demonym_doer(token, lexicon)
    patients = [m for m in mentions_in(roles.patients, mentions) if m not in agents]
    patients = same_actor_once(patients, lexicon) or _victims(sentence, mentions, agents, knowledge)
    key = refine(trig.sub_event, sentence, knowledge)
    a1_kind = (
        agents[0].kind
        if agents
        else _fallback_kind(mentions, patients, {"state", "armed"}, lexicon)
    )
    a2_kind = patients[0].kind if patients else None
    key = settle(
        key,
        token,
        kind_class(a1_kind, lexicon),
        kind_class(a2_kind, lexicon),
        _patient_is_person(roles.patient_heads, patients, ctx, lexicon),
        trig.weak,
    )
    sub = knowledge.sub_events[key]
    if sub.unarmed_only and kind_class(a1_kind, lexicon) in ("state", "armed") and agents:
        return []  # "the gunmen fled": a getaway, no displacement
    actors = _assign_actors(
        ctx,
        sub.event_type,
        key,
        (agents, patients, mentions),
        (_after_dateline(roles.agents, passage, knowledge), _full_spans(roles.patient_heads)),
        trig_span,
        country,
        lexicon,
    )
    kill = count_fatalities(sentence, knowledge.numbers)
    kill_span = _cue_span(passage, kill.start, kill.end)
    if kill.count and key in knowledge.deadly_as and token.tag_ == "VBG":
        # "attacked the village, killing 14 and abducting 20": one attack; but "kidnapped a
        # judge and killed two policemen" tells two acts
        key = knowledge.deadly_as[key]
        sub = knowledge.sub_events[key]
    cues = knowledge.time_cues
    certainty = classify_certainty(sentence, token, cues=cues)
    factuality = classify_factuality(
        sentence, token, cues=cues, anchor=ctx.anchor, times=ctx.times, passage=passage
    )
    happening = Factuality(factuality.label)
    if happening.is_event and _hypothetical(token, knowledge):
        happening = Factuality.FUTURE
    if happening.is_event and _looks_back(token, ctx.anchor, knowledge):
        happening = Factuality.HISTORICAL
    if happening.is_event and not sub.territory and intended(token, sub.event_type in ARMED_TYPES):
        happening = Factuality.FUTURE  # territory has its own rule: an attempt is a clash
    cert_span = _cue_span(passage, certainty.cue_start, certainty.cue_end) or trig_span
    sent_span = original_span(passage, sentence.start_char, sentence.end_char)
    out: list[Draft] = []
    places: list[Setting | None] = list(settings) or [None]
    for setting in places:
        for when in _dates(ctx, token, sent_span):
            out.append(
                Draft(
                    sub_event=key,
                    trigger=trig_span,
                    actor1=actors[0],
                    assoc1=actors[1],
                    actor2=actors[2],
                    assoc2=actors[3],
                    setting=setting,
                    country=(setting.place.country if setting and setting.place else None)
                    or country,
                    date=when.date,
                    precision=when.precision,
                    date_span=when.span,
                    date_explicit=when.explicit,
                    date_first=when.first,
                    date_last=when.last,
                    fatalities=kill.count,
                    fatalities_span=kill_span,
                    certainty=Certainty(certainty.label),
                    certainty_span=cert_span,
                    factuality=_dated_factuality(
                        happening, when, ctx.anchor, knowledge, ctx.original
                    ),
                    order=trig_span[0],
                    target=_target(roles.patient_heads, patients, passage, trig),
                    event_type=sub.event_type,
                    headline=passage.kind in HEADLINE_KINDS,
                    anaphoric=not when.explicit and _anaphoric(token, knowledge),
                )
            )
    if _generic(token, trig, out, bool(agents)):
        return [replace(d, anaphoric=True, detail=True, generic=True) for d in out]
    if any(c in fold(sentence.text) for c in knowledge.claims):
        return [replace(d, anaphoric=True, detail=True) for d in out]  # the claim's details
    told_apart = any(d.date_explicit or _explicit(d) for d in out)
    unnamed = sub.part_of_attack == "unnamed" and not any(d.actor1 for d in out)
    if (sub.part_of_attack is True or unnamed) and not told_apart:
        return [replace(d, anaphoric=True, detail=True) for d in out]
    return out


def _outside_dateline(roles: Roles, passage: Passage, knowledge: EventKnowledge) -> Roles:
    """Roles without a phrase headed in the wire dateline: a parse that hangs the lead's
    verb on "BAMAKO (AFP) -" makes the dateline's conjuncts look like the victims."""
    m = knowledge.dateline.match(passage.text) if knowledge.dateline else None
    if m is None:
        return roles
    keep = [i for i, h in enumerate(roles.patient_heads) if h.idx >= m.end()]
    patients = tuple(s for s in roles.patients if s[0] >= m.end())
    heads = tuple(roles.patient_heads[i] for i in keep)
    return Roles(roles.agents, patients, heads)


def _after_dateline(
    spans: tuple[Span_, ...], passage: Passage, knowledge: EventKnowledge
) -> tuple[Span_, ...]:
    """Role spans clipped to after the wire dateline ("MOGADISHU (Reuters) -" is no doer)."""
    m = knowledge.dateline.match(passage.text) if knowledge.dateline else None
    if m is None:
        return spans
    return tuple((max(s, m.end()), e) for s, e in spans if e > m.end())


def _explicit(draft: Draft) -> bool:
    return draft.setting is not None and draft.setting.explicit


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


def _anaphoric(token: Token, knowledge: EventKnowledge) -> bool:
    """The trigger is, or acts on, a definite event noun ("claimed the attack", "repelled the
    assault"): the event was told before."""
    nouns = [token] + [c for c in token.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    return any(
        n.lower_ in knowledge.anaphora_nouns
        and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in n.children)
        for n in nouns
    )


def _dated_factuality(
    factuality: Factuality, when: When, anchor: Anchor, knowledge: EventKnowledge, original: str
) -> Factuality:
    """An event dated long before the report is background: a historical mention."""
    if not factuality.is_event or not when.explicit or not when.date or not anchor.date:
        return factuality
    try:
        reported = date.fromisoformat(anchor.date[:10])
        age = reported - date.fromisoformat(when.date[:10])
        began = date.fromisoformat(when.first[:10]) if when.first else None
    except ValueError:
        return factuality
    opens = original[when.span[0] : when.span[1]].lower().startswith(knowledge.period_openers)
    if opens and began is not None and (reported - began).days >= knowledge.historical_days:
        return Factuality.HISTORICAL  # "since 2014", "over the past year": a campaign's summary
    return Factuality.HISTORICAL if age.days >= knowledge.historical_days else factuality


def _hypothetical(token: Token, knowledge: EventKnowledge) -> bool:
    """An event noun that is the subject of a modal verb ("fighting would endanger ...")."""
    if token.pos_ != "NOUN" or token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any(c.dep_ == "aux" and c.lower_ in knowledge.modals for c in token.head.children)


def _refers_back(token: Token, sentence: Span, knowledge: EventKnowledge) -> bool:
    """A definite event noun after a phrase that points back ("in connection with the
    bombing"): the event it names was told before or elsewhere."""
    if knowledge.referring is None or token.pos_ != "NOUN":
        return False
    base = sentence.start_char  # slice the sentence: rebuilding the doc's text costs O(doc)
    before = fold(sentence.text[max(0, token.idx - base - 60) : token.idx - base])
    return knowledge.referring.search(before) is not None


def _looks_back(token: Token, anchor: Anchor, knowledge: EventKnowledge) -> bool:
    """The event is recalled, not reported: a year's tally ("since the start of the year"),
    named by an earlier year ("the 2014 massacre"),
    measured back to ("ten years after the massacre", "the anniversary of the siege"), or a
    conflict's tally in the present perfect ("the insurgency has killed 5,000 people")."""
    if any(p in fold(token.sent.text) for p in knowledge.year_to_date):
        return True
    year = int(anchor.date[:4]) if anchor.date else None
    for noun in [token, *_governing_events(token)]:
        if year and any(_is_earlier_year(c, year) for c in noun.children):
            return True
        if noun.dep_ == "pobj" and _measured_back(noun.head, knowledge):
            return True
    return _tally(token, knowledge)


def _governing_events(token: Token) -> list[Token]:
    """The noun a relative clause hangs on ("the massacre, in which gunmen killed 30")."""
    clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
    if clause is None and token.dep_ == "relcl":
        clause = token
    return [clause.head] if clause is not None and clause.head.pos_ == "NOUN" else []


def _is_earlier_year(token: Token, year: int) -> bool:
    text = token.text
    return token.dep_ in ("compound", "nummod", "amod") and (
        text.isdigit() and len(text) == 4 and 1900 <= int(text) < year
    )


def _measured_back(prep: Token, knowledge: EventKnowledge) -> bool:
    """ "after"/"since" hung on "ten years", or "of" hung on "anniversary"."""
    if prep.lower_ in ("after", "since"):
        units = [prep.head, *prep.children]
        return any(u.lower_ in knowledge.looking_back for u in units) or any(
            u.lower_ in knowledge.looking_back for u in prep.head.children
        )
    return prep.lower_ == "of" and prep.head.lower_ in knowledge.looking_back


def _tally(token: Token, knowledge: EventKnowledge) -> bool:
    perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in token.children)
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    return perfect and any(
        s.lower_ in knowledge.summary_subjects  # no lemmas: the parse runs without them
        or " ".join(t.lower_ for t in s.subtree if t.dep_ != "det") in knowledge.summary_subjects
        for s in subjects
    )


def _generic(token: Token, trig: Trigger, drafts: list[Draft], has_doer: bool) -> bool:
    """A generic word or a bare plural ("attacks must stop") with no doer, place or day of
    its own is talk about violence or a detail of an event told before, not an event."""
    bare_plural = token.tag_ == "NNS" and not any(
        c.dep_ in ("det", "nummod", "poss") for c in token.children
    )
    if not (trig.weak or bare_plural):
        return False
    if has_doer:
        return False
    return not any(d.date_explicit or _explicit(d) or d.actor1 is not None for d in drafts)


def _target(
    heads: Sequence[Token], patients: list[ActorMention], passage: Passage, trig: Trigger
) -> Span_ | None:
    """The phrase of the first object that names no actor: the thing attacked."""
    for head in heads:
        if trig.start <= head.idx < trig.end or head.pos_ in NOT_TARGET_POS:
            continue  # "set fire to": the cue's own noun is no target
        if head.ent_type_ in ("DATE", "TIME"):
            continue
        last = head.right_edge
        start, end = head.left_edge.idx, last.idx + len(last.text)
        if not any(start <= m.start < end for m in patients):
            return original_span(passage, start, end)
    return None


def _demonym_doer(token: Token, lexicon: ActorLexicon) -> list[ActorMention]:
    """ "Israeli air strikes", "Turkish shelling": a nationality on the trigger is its army."""
    for child in token.children:
        country = lexicon.demonyms.get(child.lower_)
        if child.dep_ in ("amod", "compound", "nmod") and child.i < token.i and country:
            start = child.idx
            return [ActorMention(start, start + len(child.text), "military", country=country)]
    return []


def _infinitive(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _full_spans(tokens: Sequence[Token]) -> tuple[Span_, ...]:
    return tuple((t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)) for t in tokens)


def _destination(place: Place, original: str, knowledge: EventKnowledge) -> bool:
    """The place is where people or planes went ("diverted to Misrata"), not a scene."""
    before = fold(original[max(0, place.start - 30) : place.start]).rstrip()
    return before.endswith(knowledge.destination_cues)


def _settings(ctx: SentenceContext, trigger_pos: int, knowledge: EventKnowledge) -> list[Setting]:
    passage, sentence = ctx.passage, ctx.sentence
    start, end = original_span(passage, sentence.start_char, sentence.end_char)
    found = sentence_settings(ctx.places, start, end, trigger_pos, ctx.original)
    if found:
        return found
    own = [
        p
        for p in ctx.places
        if in_passage(passage, p.start) and not _destination(p, ctx.original, knowledge)
    ]
    before = preceding_setting(own, 0, start)
    if before is not None:
        return [before]
    main = main_setting(ctx.places)
    return [main] if main is not None else []


def in_passage(passage: Passage, position: int) -> bool:
    """The original position lies in text this passage was cleaned from."""
    segments = passage.offsets.segments
    return any(o <= position < o + n for _, o, n in segments)


def _country(setting: Setting | None, places: Sequence[Place]) -> str | None:
    if setting is not None and setting.place is not None and setting.place.country:
        return setting.place.country
    return main_country(places)


def _cue_span(passage: Passage, start: int | None, end: int | None) -> Span_ | None:
    if start is None or end is None or end <= start:
        return None
    return original_span(passage, start, end)


@dataclass(frozen=True)
class When:
    date: str | None
    precision: int | None
    span: Span_
    explicit: bool  # the expression sits in the event's own sentence
    first: str | None = None  # the period the date stands for, when it is coarse
    last: str | None = None


def _when(expr: TimeExpr, explicit: bool) -> When:
    return When(expr.date, expr.precision, (expr.start, expr.end), explicit, expr.first, expr.last)


def _dates(ctx: SentenceContext, token: Token, sent_span: Span_) -> list[When]:
    """One date per day the sentence gives the event ("on Monday and Tuesday": two)."""
    days = [
        t
        for t in ctx.times
        if t.start >= sent_span[0]
        and t.end <= sent_span[1]
        and t.precision == 1
        and t.kind == "date"
    ]
    if len(days) > 1 and _coordinated_times(days, ctx.original):
        return [_when(t, True) for t in days]
    # never after the anchor: `event_date` keeps a reported event before its report
    found = event_date(ctx.passage, ctx.sentence, token, ctx.times, ctx.anchor)
    if found.evidence is not None:
        ev = found.evidence
        explicit = ev.start >= sent_span[0] and ev.end <= sent_span[1]
        return [When(found.date, found.precision, (ev.start, ev.end), explicit, ev.first, ev.last)]
    # No expression: the date comes from the document; the sentence is what it rests on.
    return [When(found.date, found.precision, sent_span, False)]


def _coordinated_times(times: list[TimeExpr], original: str) -> bool:
    ordered = sorted(times, key=lambda t: t.start)
    gaps = [
        original[a.end : b.start].strip().lower()
        for a, b in zip(ordered, ordered[1:], strict=False)
    ]
    return all(g in {"and", ",", ", and", "and on", "or"} for g in gaps)


def _fallback_kind(
    mentions: list[ActorMention],
    exclude: list[ActorMention],
    classes: set[str],
    lexicon: ActorLexicon,
) -> str | None:
    for m in mentions:
        if m not in exclude and kind_class(m.kind, lexicon) in classes:
            return m.kind
    return None


def _patient_is_person(
    heads: Sequence[Token],
    patients: list[ActorMention],
    ctx: SentenceContext,
    lexicon: ActorLexicon,
) -> bool:
    """The direct object is people (an actor noun or a person's name), not ground."""
    for head in heads:
        if head.dep_ not in ("dobj", "nsubjpass"):
            continue
        start, end = original_span(ctx.passage, head.idx, head.idx + len(head.text))
        if any(p.start <= start and end <= p.end for p in ctx.places):
            return False
        if head.ent_type_ == "PERSON" or head.lower_ in lexicon.person_nouns:
            return True
        return any(m.start <= head.idx < m.end for m in patients)
    return False


def _assign_actors(
    ctx: SentenceContext,
    event_type: str,
    key: str,
    found: tuple[list[ActorMention], list[ActorMention], list[ActorMention]],
    role_spans: tuple[tuple[Span_, ...], tuple[Span_, ...]],
    trig_span: Span_,
    country: str | None,
    lexicon: ActorLexicon,
) -> tuple[Actor | None, Actor | None, Actor | None, Actor | None]:
    passage = ctx.passage
    agents, patients, mentions = found
    agent_spans, patient_spans = role_spans

    def actor(m: ActorMention) -> Actor:
        span = original_span(passage, m.start, m.end)
        generic = not (m.name or m.group or m.country)
        name = actor_name(m, country, lexicon)
        return Actor(name, m.kind, span, generic, kind_class(m.kind, lexicon))

    def default(kind: str) -> Actor:
        name = actor_name(ActorMention(0, 0, kind), country, lexicon)
        return Actor(name, kind, trig_span, True, kind_class(kind, lexicon))

    first = [actor(_owner(ctx.sentence, m, mentions, lexicon)) for m in agents]
    second = [actor(m) for m in patients]
    if event_type in DEFAULT_ACTOR1:  # protests and riots: the crowd first, the state second
        crowd = [actor(m) for m in mentions if m.kind in ("protesters", "rioters")]
        state = [actor(m) for m in mentions if kind_class(m.kind, lexicon) == "state"]
        first = crowd or [default(DEFAULT_ACTOR1[event_type])]
        second = state
    elif not first and key in DEFAULT_ACTOR1_SUB:
        first = [actor(m) for m in patients if m.kind == "civilians"] or [default("civilians")]
        second = []
    elif not first and event_type in ARMED_TYPES:
        first = [  # an armed side named outside the target's phrase and not the speaker
            actor(m)
            for m in mentions
            if m not in patients
            and not speaker(ctx.sentence, m, lexicon)
            and not any(s <= m.start < e for s, e in patient_spans)
            and kind_class(m.kind, lexicon) in ("state", "armed")
            and not _names_site(ctx.sentence, m, lexicon)
        ][:1]
    if event_type == "Violence against civilians" and first and first[0].kind == "civilians":
        second, first = first + second, []  # "people murdered": the people are the victims
    if not first:
        entity = surface_actor(ctx.sentence, agent_spans)
        if entity is not None:
            span = original_span(passage, entity.start_char, entity.end_char)
            first = [Actor(ctx.original[span[0] : span[1]], None, span)]
    if not second and event_type == "Battles" and first:
        second = [  # the other armed side, outside the doer's own phrase
            actor(m)
            for m in mentions
            if kind_class(m.kind, lexicon) in ("state", "armed")
            and actor(m).name != first[0].name
            and not any(s <= m.start < e for s, e in agent_spans)
            and not speaker(ctx.sentence, m, lexicon)
        ][:1]
    if not second and event_type in DEFAULT_ACTOR2_TYPE:
        second = [default(DEFAULT_ACTOR2_TYPE[event_type])]
    a1, assoc1 = _main_and_assoc(first)
    a2, assoc2 = _main_and_assoc([a for a in second if a1 is None or a.name != a1.name])
    return a1, assoc1, a2, assoc2


def _owner(
    sentence: Span, mention: ActorMention, mentions: list[ActorMention], lexicon: ActorLexicon
) -> ActorMention:
    """For "its fighters" or "their troops", the named group that says so ("the Arakan Army
    said its fighters captured ..."); else the mention itself."""
    if mention.name or mention.group or mention.country:
        return mention
    span = sentence.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not any(
        c.dep_ == "poss" and c.lower_ in ("its", "their") for c in span.root.children
    ):
        return mention
    named = [m for m in mentions if (m.name or m.group) and _says(sentence, m, lexicon)]
    return named[0] if named else mention


def _says(sentence: Span, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """The mention is, or is inside, the subject of a verb of saying ("the armed wing of
    Hamas said")."""
    if speaker(sentence, mention, lexicon):
        return True
    span = sentence.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    while head.dep_ in ("pobj", "prep", "compound", "poss", "appos", "nmod") and head.head != head:
        head = head.head
    return head.dep_ == "nsubj" and head.head.lower_ in lexicon.speech_verbs


def _victims(
    sentence: Span,
    mentions: list[ActorMention],
    agents: list[ActorMention],
    knowledge: EventKnowledge,
) -> list[ActorMention]:
    """Actors the sentence says were killed or hurt ("killing six policemen"): the side hit."""
    numbers = knowledge.numbers
    assert numbers is not None
    hurt = numbers.death_cues | numbers.not_death_cues
    out = []
    for m in mentions:
        span = sentence.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or m in agents:
            continue
        root = span.root
        if root.dep_ in ("dobj", "nsubjpass") and root.head.lower_ in hurt:
            out.append(m)
    return out


def _names_site(sentence: Span, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """The actor word names a site ("a police station", "an army base"): what was hit."""
    span = sentence.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.end >= sentence.end:
        return False
    return sentence.doc[span.end].lower_ in lexicon.site_nouns


def _main_and_assoc(actors: list[Actor]) -> tuple[Actor | None, Actor | None]:
    if not actors:
        return None, None
    main = actors[0]
    assoc = next((a for a in actors[1:] if a.name != main.name), None)
    return main, assoc
