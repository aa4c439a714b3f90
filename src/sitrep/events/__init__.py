"""Events: detect, classify, fill ACLED fields with evidence, merge.

`extract_events` runs the whole stage on one article: cue triggers per sentence
(`detect`), sub-type rules (`classify`), actors (`actors`), fatalities (`fatalities`),
place and date (`setting`, `sitrep.time`), merging (`merge`) and notes (`notes`).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Doc

from sitrep.events.actors import Actor, named_for_country
from sitrep.events.candidates import Draft, drafts_for_article
from sitrep.events.fatalities import Fatalities, least_of_sources
from sitrep.events.knowledge import EventKnowledge, SubEvent, load_event_knowledge
from sitrep.events.merge import PART_OF_ATTACK, Group, merge_drafts, subsumed, taking_told
from sitrep.events.notes import build_note
from sitrep.events.setting import article_country, location_name
from sitrep.events.sides import battle_side, crowd_side, name_sides
from sitrep.model import Article, Certainty, Event, Evidence, Factuality, Passage, Place, TimeExpr
from sitrep.time import Anchor


def extract_events(
    article: Article,
    passages: Sequence[Passage],
    docs: Sequence[Doc],
    places: Sequence[Place],
    times: Sequence[TimeExpr],
    anchor: Anchor,
    knowledge: EventKnowledge,
) -> tuple[tuple[Event, ...], tuple[Event, ...]]:
    """The article's events (happened or ongoing) and its other mentions, each with evidence."""
    lexicon = knowledge.actors
    home = article_country(places, passages, lexicon, article.agency) if lexicon else None
    places = [p for p in places if not p.modifier]  # "U.S. embassy" sets no event
    drafts = drafts_for_article(
        passages, docs, places, times, anchor, article.original, knowledge, home
    )
    drafts = name_sides(drafts, passages, docs, article.original, knowledge)
    records = [
        to_event(group, article, knowledge, home)
        for group in merge_drafts(drafts, subsumed(knowledge))
    ]
    events = tuple(e for e in records if e.is_event)
    mentions = tuple(e for e in records if not e.is_event)
    return events, mentions


def _evidence(article: Article, name: str, span: tuple[int, int] | None) -> list[Evidence]:
    if span is None or span[1] <= span[0]:
        return []
    start, end = span
    return [Evidence(name, article.original[start:end], start, end)]


# "the Farabundo Marti National Liberation Front (FMLN)": an abbreviation in brackets
_ABBREVIATION = re.compile(r"\s*[(\[]([A-Z][A-Za-z.-]{1,11})[)\]]")


def _with_abbreviation(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """An actor's span with the abbreviation told in brackets right after its name: both name
    the actor."""
    if span is None:
        return None
    found = _ABBREVIATION.match(text, span[1])
    written = found.group(1) if found else ""
    return (span[0], found.end()) if found and written.upper() == written else span


def _cue_only(actor: Actor, group: Group) -> bool:
    """A default actor no phrase names ("a bomb went off": an unidentified armed group): its
    span is the cue that implies it, which says no more than that it is implied."""
    start, end = actor.span
    return actor.default and any(
        s < end and start < e for s, e in (d.trigger for d in group.drafts)
    )


def _other_crowd(group: Group, actor1: Actor | None) -> Actor | None:
    """The other crowd of a mob's act told as two crowds fighting (its actor2 is actor1's
    kind: "two groups of villagers attacked each other")."""
    if actor1 is None:
        return None
    return next(
        (
            d.actor2
            for d in group.drafts
            if d.sub_event == "mob_violence" and d.actor2 and d.actor2.name == actor1.name
        ),
        None,
    )


def _doer_told_by(group: Group, tells: Callable[[Draft], bool]) -> Actor | None:
    """actor1 as told by the group's tellings of one kind only: the event's own sub-event
    ("police defused the bomb", not "IS has planted such bombs before" merged into it), or a
    crowd's own event type (a lynching also told as a killing, "he died", is the rioters', not
    an armed group's; a riot also told as a protest is the rioters': ACLED codes the crowd by
    what it did)."""
    own = Group()
    for draft in group.drafts:
        if tells(draft):
            own.add(draft)
    return own.first("actor1") if own.drafts else None


def to_event(
    group: Group, article: Article, knowledge: EventKnowledge, home: str | None = None
) -> Event:
    """One merged group as an ACLED record: its sub-event, sides, place, day, toll and the
    evidence of each field; `home`, the article's country, is the event's when no place of
    its own sets one (`article_country`)."""
    lead = group.lead
    sub = knowledge.sub_events[_sub_event(group, knowledge)]
    actor1, assoc1, actor2, assoc2 = _sides(group, sub, knowledge)
    setting = group.placed.setting or group.first("setting")
    dated = group.dated
    place = setting.place if setting else None
    country = (place.country if place else None) or group.placed.country or home
    lexicon = knowledge.actors
    if lexicon is not None:
        actor1, assoc1, actor2, assoc2 = (
            named_for_country(a, country, dated.date, lexicon) if a else None
            for a in (actor1, assoc1, actor2, assoc2)
        )
    killed = _toll(group, sub, knowledge)
    toll, other_side = (
        _both_sides(group, killed, knowledge)
        if sub.event_type == "Battles"
        else (killed.fatalities, None)
    )
    evidence = _field_evidence(article, group, (actor1, assoc1, actor2, assoc2))
    if setting is not None and setting.start is not None and setting.end is not None:
        evidence += _evidence(article, "location", (setting.start, setting.end))
    for draft in group.drafts:
        for target in draft.targets:
            evidence += _evidence(article, "target", target)
    if dated.date:
        evidence += _evidence(article, "event_date", dated.date_span)
    if killed.fatalities:
        evidence += _evidence(article, "fatalities", killed.fatalities_span)
    if other_side is not None:
        evidence += _evidence(article, "fatalities", other_side.fatalities_span)
    evidence += _evidence(article, "certainty", lead.certainty_span)
    civilians = sub.civilian_targeting or knowledge.sub_events[lead.sub_event].civilian_targeting
    civilians = civilians or any(a is not None and a.kind == "civilians" for a in (actor2, assoc2))
    location = location_name(place) if place else None
    values = {
        "actor1": actor1.name if actor1 else None,
        "actor2": actor2.name if actor2 else None,
        "location": location,
    }
    event = Event(
        event_date=dated.date,
        time_precision=dated.precision,
        event_type=sub.event_type,
        sub_event_type=sub.name,
        actor1=values["actor1"],
        assoc_actor_1=assoc1.name if assoc1 else None,
        actor2=values["actor2"],
        assoc_actor_2=assoc2.name if assoc2 else None,
        civilian_targeting=civilians and sub.event_type != "Protests",
        country=country,
        iso=place.iso if place else None,
        admin1=place.admin1 if place else None,
        admin2=place.admin2 if place else None,
        location=location,
        latitude=place.latitude if place else None,
        longitude=place.longitude if place else None,
        geo_precision=place.geo_precision if place else None,
        fatalities=toll,
        notes=build_note(sub.note, values, dated.date, dated.precision, toll),
        source=article.agency,
        geonameid=place.geonameid if place else None,
        certainty=Certainty.DISPUTED if group.disputed else lead.certainty,
        factuality=Factuality.DISPUTED if group.disputed else lead.factuality,
        evidence=tuple(_unique(evidence)),
        article_id=article.id,
    )
    return _with_id(event)


Sides = tuple[Actor | None, Actor | None, Actor | None, Actor | None]


def _sides(group: Group, sub: SubEvent, knowledge: EventKnowledge) -> Sides:
    """actor1, its associate, actor2 and its associate of the group's event."""
    actor1, assoc1 = group.first("actor1"), group.first("assoc1")
    if sub.own_doer:
        actor1 = _doer_told_by(group, lambda d: d.sub_event == sub.key) or actor1
    elif knowledge.event_types[sub.event_type].crowd:
        kinds = knowledge.sub_events
        told = _doer_told_by(group, lambda d: kinds[d.sub_event].event_type == sub.event_type)
        actor1 = told or actor1
    if actor1 is not None and sub.event_type == "Riots":
        actor1 = _crowd_as(actor1, "protesters", "rioters", knowledge)
    actor2, assoc2 = group.first("actor2"), group.first("assoc2")
    crowds = _other_crowd(group, actor1) if sub.key == "mob_violence" else None
    actor2 = crowds or actor2  # two crowds fought: rioters on both sides, not who died
    same = actor1 is not None and actor2 is not None and actor2.name == actor1.name
    rivals = same and actor2 is not None and actor2.rival  # "two rival militias clashed"
    if same and not crowds and not rivals and actor1 is not None and not actor1.default:
        actor2 = next(  # "two officers were wounded" in a police clash: not the other side
            (d.actor2 for d in group.drafts if d.actor2 and d.actor2.name != actor1.name), None
        )
    if sub.one_sided:
        actor2 = assoc2 = None
    elif knowledge.event_types[sub.event_type].two_sided:
        actor2 = battle_side(group, actor1, actor2)
    elif sub.event_type == "Protests" and actor2 is not None:  # rioters may hit civilians
        actor2 = crowd_side(group, actor1, actor2)
    return actor1, assoc1, actor2, assoc2


def _crowd_as(actor: Actor, told: str, coded: str, knowledge: EventKnowledge) -> Actor:
    """A crowd named by the type of its act: "the crowd" that threw stones at a riot is ACLED's
    Rioters, whatever the telling of its dispersal called it."""
    if knowledge.actors is None:
        return actor
    before, after = (knowledge.actors.name_prefix(k) for k in (told, coded))
    if not actor.name.startswith(before):
        return actor
    return replace(actor, name=after + actor.name[len(before) :], kind=coded)


def _toll(group: Group, sub: SubEvent, knowledge: EventKnowledge) -> Draft:
    """The draft whose toll the event takes: the most conservative figure of the body (an
    upper bound, "as many as 20", gives way to a firm one); none for a non-violent act whose
    telling names dead ("exchanged the bodies of 28 fighters": those dead are another event's)."""
    firm = _firm_tolls(group)
    base = [d for d in firm if not d.fatalities_added] or firm
    killed = max(base or _body(group), key=lambda d: d.fatalities)
    # two sources in different sentences ("Police confirmed three deaths. A leader said 16
    # were killed."): the same dead told twice, the most conservative figure
    assert knowledge.numbers is not None
    killed = least_of_sources(base, _told_toll, knowledge.numbers) or killed
    killed = _with_added(killed, firm)
    return replace(killed, fatalities=0, fatalities_span=None) if sub.no_toll else killed


def _with_added(killed: Draft, firm: list[Draft]) -> Draft:
    """The toll plus the dead told besides it in other sentences ("killing three people. Two
    more died in hospital": 5); each added toll once, however many drafts tell it."""
    if killed.fatalities_added:
        return killed
    spans = {d.fatalities_span: d.fatalities for d in firm if d.fatalities_added}
    spans.pop(killed.fatalities_span, None)
    return replace(killed, fatalities=killed.fatalities + sum(spans.values())) if spans else killed


def _told_toll(draft: Draft) -> Fatalities:
    """The draft's toll as a sentence's count gives it (figure, victim, source, vagueness)."""
    return Fatalities(
        draft.fatalities,
        victim=draft.fatalities_victim,
        source=draft.fatalities_source,
        vague=draft.fatalities_vague,
    )


def _body(group: Group) -> list[Draft]:
    """The group's tellings outside the headline (a headline's toll may be another event's)."""
    return [d for d in group.drafts if not d.headline] or list(group.drafts)


def _firm_tolls(group: Group) -> list[Draft]:
    """The body's tellings with a firm toll (not an upper bound)."""
    return [d for d in _body(group) if d.fatalities and not d.fatalities_upper]


def _field_evidence(article: Article, group: Group, sides: Sides) -> list[Evidence]:
    """The evidence of the event's type and sub-type (every cue of the group) and of each side
    (every telling of the same actor in the incident)."""
    evidence: list[Evidence] = []
    for draft in group.drafts:
        evidence += _evidence(article, "event_type", draft.trigger)
        evidence += _evidence(article, "sub_event_type", draft.trigger)
    for name, actor in zip(_DRAFT_ROLE, sides, strict=True):
        if actor is not None:
            tellings = [actor] + [
                other
                for d in group.drafts
                for other in (getattr(d, _DRAFT_ROLE[name]),)
                if other is not None and other.name == actor.name and other.span != actor.span
            ]
            # the cue that implies a default actor is its evidence only when no words name it
            named = [told for told in tellings if not _cue_only(told, group)] or tellings
            evidence += [
                ev
                for told in named
                for ev in _evidence(article, name, _with_abbreviation(article.original, told.span))
            ]
    return evidence


_DRAFT_ROLE = {
    "actor1": "actor1",
    "assoc_actor_1": "assoc1",
    "actor2": "actor2",
    "assoc_actor_2": "assoc2",
}


GENERIC_ATTACK = "civilian_attack"  # the sub-event that names no weapon


def _both_sides(group: Group, killed: Draft, knowledge: EventKnowledge) -> tuple[int, Draft | None]:
    """A battle's dead are both sides' (ACLED adds them): a toll of the state's men ("23
    soldiers were killed") and one of their enemies told in another sentence ("30 attackers
    were neutralised") add up; two tolls of one side are one told twice (the larger kept)."""
    assert knowledge.numbers is not None
    firm = _firm_tolls(group)
    sides = (knowledge.numbers.state_dead, knowledge.numbers.armed_dead)
    best = [
        max(
            (d for d in firm if d.fatalities_victim in words),
            key=lambda d: d.fatalities,
            default=None,
        )
        for words in sides
    ]
    if best[0] is None or best[1] is None or best[0].trigger == best[1].trigger:
        return killed.fatalities, None
    if best[0].fatalities_span == best[1].fatalities_span:
        return killed.fatalities, None
    other = best[1] if killed is best[0] else best[0]
    total = best[0].fatalities + best[1].fatalities
    return (total, other) if total > killed.fatalities else (killed.fatalities, None)


def _sub_event(group: Group, knowledge: EventKnowledge) -> str:
    """The lead's sub-event; an attack told with the weapon that did it is that weapon's
    (a bomb, a shell, an air strike); a bomb attack whose target fought back ("repelled the
    attack after a gunfight", told in the body) is a battle, but not one only retold in
    generic words ("the attack", "the offensive"): a bomb near a clash stays a bomb."""
    lead = group.lead.sub_event
    taking = taking_told(group, subsumed(knowledge), knowledge.peace_mission_words)
    if taking is not None:  # "stormed the town, burned the police station ... took it"
        return taking
    if lead == LOOTING and _by_crowd(group):
        return MOB_VIOLENCE
    if group.lead.consequence:  # "two fighters were killed ... The strike was carried out by
        told = _weapon_told(group, knowledge)  # a drone": a toll names no act, the weapon does
        lead = told or lead
    attacks = [d for d in group.drafts[1:] if d.sub_event == GENERIC_ATTACK]
    if lead in PART_OF_ATTACK and any(d.fatalities for d in attacks):
        return GENERIC_ATTACK  # "gunmen burned houses ... 7 fatalities": people killed
    if lead == GENERIC_ATTACK:  # "killed civilians" told with the barrel bombs that did it
        weapon = [
            d.sub_event
            for d in group.drafts
            if not (d.headline or d.weak)
            and knowledge.sub_events[d.sub_event].event_type == "Explosions/Remote violence"
        ]
        return weapon[0] if weapon else lead
    if knowledge.sub_events[lead].event_type != "Explosions/Remote violence":
        return lead
    fought = [
        d.sub_event
        for d in group.drafts
        if not (d.headline or d.generic or d.weak)
        and knowledge.sub_events[d.sub_event].event_type == "Battles"
    ]
    return fought[0] if fought else lead


LOOTING, MOB_VIOLENCE = "looting", "mob_violence"


def _by_crowd(group: Group) -> bool:
    """Property looted or burned by a crowd ("residents looted and torched foreigners' shops"):
    ACLED codes a crowd's violence against people or property as Riots (Mob violence), and
    Looting/property destruction only for armed or organised doers."""
    actor1 = group.first("actor1")
    return actor1 is not None and actor1.side == "crowd"


def _weapon_told(group: Group, knowledge: EventKnowledge) -> str | None:
    """The sub-event of the first act in the group told with a weapon used at a distance."""
    return next(
        (
            d.sub_event
            for d in group.drafts
            if not (d.headline or d.consequence)
            and knowledge.sub_events[d.sub_event].event_type == "Explosions/Remote violence"
        ),
        None,
    )


def _unique(evidence: list[Evidence]) -> list[Evidence]:
    seen: set[Evidence] = set()
    out = []
    for item in evidence:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


def _with_id(event: Event) -> Event:
    key = "|".join(
        str(v)
        for v in (
            event.article_id,
            event.event_type,
            event.sub_event_type,
            event.actor1,
            event.actor2,
            event.location,
            event.event_date,
            event.factuality,
            event.evidence[0].start if event.evidence else "",
        )
    )
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    return replace(event, event_id=digest)


__all__ = ["Draft", "EventKnowledge", "extract_events", "load_event_knowledge"]
