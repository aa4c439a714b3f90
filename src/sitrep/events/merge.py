"""One record per distinct event: drafts that agree on type, actors, place and day are merged."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from sitrep.events.actors import UNIDENTIFIED, Actor
from sitrep.events.candidates import Draft
from sitrep.events.knowledge import EventKnowledge
from sitrep.events.setting import contains, is_country
from sitrep.model import Factuality, TimePrecision

WEEK_SLACK_DAYS = 3  # a week-precision date stands for the middle of its week


def _identified(actor: Actor | None) -> bool:
    """An armed side the text names, not an unidentified one."""
    return (
        actor is not None
        and actor.side == "armed"
        and actor.kind != UNIDENTIFIED
        and not actor.default
    )


@dataclass
class Group:
    """Drafts judged to be one event; the first draft with a value wins for each field."""

    drafts: list[Draft] = field(default_factory=list)
    disputed: bool = False  # a denial of this very event follows it
    # one draft per distinct `_signature`: drafts alike in every compared field compare alike,
    # so a text telling one event a thousand times costs a thousand comparisons, not a million
    kinds: dict[tuple[object, ...], Draft] = field(default_factory=dict)
    last: int = -1  # the latest `order` among the drafts

    def add(self, draft: Draft) -> None:
        self.drafts.append(draft)
        self.kinds.setdefault(_signature(draft), draft)
        self.last = max(self.last, draft.order)

    def first(self, attribute: str):  # noqa: ANN201
        """The first value of a field; for actors, a name before a generic noun, and a generic
        noun before a default; a bare toll's ("40 fighters were killed": its default victims
        are not the act's other side) only when the act's drafts tell none."""
        ordered = sorted(self.drafts, key=lambda d: d.consequence)  # stable: acts first
        if attribute == "actor1":  # "Smith today condemned the murder": who comments on an
            done = [d for d in ordered if not d.day_of_comment]  # act told elsewhere did
            ordered = done or ordered  # not do it
        values = [getattr(d, attribute) for d in ordered]
        values = [v for v in values if v is not None]
        acts = [getattr(d, attribute) for d in ordered if not d.consequence]
        if any(v is not None and not getattr(v, "default", False) for v in acts):
            values = [v for v in acts if v is not None]
        if attribute == "actor1" and self.drafts[0].armed:  # a government told beside the
            armed = [v for v in values if v.side != GOVERNING]  # act gives way to who fired
            values = armed or values
        if attribute == "actor1":  # "troops retook the village ... the insurgents fled after
            values = self._not_the_leads_other_side(values)  # a short fight": still the troops'
        named = [v for v in values if not getattr(v, "generic", False)]
        told = [v for v in values if not getattr(v, "default", False)]  # named by the text
        chosen = (named or told or values or [None])[0]
        if getattr(chosen, "kind", None) == UNIDENTIFIED:  # "the attackers", after "killed by
            every = [getattr(d, attribute) for d in ordered]  # separatists": those named
            return next((v for v in every if _identified(v)), chosen)
        return chosen

    def _not_the_leads_other_side(self, doers: list):  # noqa: ANN202
        """The side the lead act was done to is not its doer, however a later telling of the
        same event named it (by name, where the lead's doer was told by a noun)."""
        lead = self.lead
        if lead.actor1 is None or lead.actor1.default or lead.actor2 is None:
            return doers
        return [v for v in doers if v.name != lead.actor2.name] or doers

    @property
    def lead(self) -> Draft:
        return self.drafts[0]

    @property
    def dated(self) -> Draft:
        """The draft whose own sentence gives the date, if any, the finest first ("on Friday"
        over "this week"); a comment's day ("condemned today the murder") only when no telling
        gives the act's own."""
        told = [d for d in self.drafts if d.date_explicit]
        own = [d for d in told if not (d.date_reported or d.day_of_comment)]
        finest = min((d.precision or 1 for d in own), default=None)  # a day, not "this week"
        own = [d for d in own if (d.precision or 1) == finest]
        return next(iter(own), next(iter(told), self.drafts[0]))

    @property
    def placed(self) -> Draft:
        """The draft whose own sentence names the place, if any."""
        return next((d for d in self.drafts if d.setting and d.setting.explicit), self.drafts[0])


def _same_actor(a: Actor | None, b: Actor | None) -> bool:
    """Equal names, an unknown or default side, or a generic noun for a named actor of its
    side ("the insurgents" after "Boko Haram")."""
    if a is None or b is None or a.name == b.name or a.default or b.default:
        return True  # a default actor ("Unidentified Armed Group") is an unknown one
    return (a.generic or b.generic) and a.side is not None and a.side == b.side


GOVERNING = "authority"  # a government or ministry: it speaks and orders, it wields no arms


def _doers_agree(a: Actor | None, b: Actor | None) -> bool:
    """Two tellings of armed violence may have one doer: the same actor (`_same_actor`), or a
    government on one side, which the text names beside the act ("the government denounced
    the murder", "accused the government of the bombing"), not as the one who fired: no other
    doer than the armed one named."""
    if _same_actor(a, b):
        return True
    return any(x.side == GOVERNING for x in (a, b) if x)


def _location(d: Draft) -> str | None:
    return d.setting.place.name if d.setting and d.setting.place else None


def _signature(d: Draft) -> tuple[object, ...]:
    """Every field `compatible` looks at, and nothing else (no offsets)."""
    p = d.setting.place if d.setting else None
    where = (p.name, p.parent, p.feature, p.country, p.admin1, p.admin2) if p else None
    return (
        d.sub_event, d.factuality.is_event, _actor_key(d.actor1), _actor_key(d.actor2),
        where, bool(d.setting and d.setting.explicit), d.date,
        d.date_explicit, d.precision, d.date_first, d.date_last,
    )  # fmt: skip


def _actor_key(a: Actor | None) -> tuple[object, ...] | None:
    return (a.name, a.generic, a.side) if a else None


def compatible(group: Group, draft: Draft) -> bool:
    """Same sub-event; actors, place and day agree wherever both are known; no other named
    victim."""
    if _other_victims(group, draft) or _one_more(group.drafts, [draft]):
        return False
    for other in group.kinds.values() if group.kinds else group.drafts:
        if (
            other.sub_event != draft.sub_event
            or other.factuality.is_event != draft.factuality.is_event
        ):
            return False
        if not (
            _same_actor(other.actor1, draft.actor1) and _same_actor(other.actor2, draft.actor2)
        ):
            return False
        if not _same_place(other, draft) or not _same_day(other, draft):
            return False
    return True


def _same_place(a: Draft, b: Draft) -> bool:
    """Same place, or one inherited; a place and its container (a district and its city) only
    on the same day (a city-wide campaign is not the same event as a district taken in it)."""
    if _location(a) == _location(b):
        return True
    nested = _nested(a, b)
    if nested and a.date is not None and a.date == b.date:
        return True
    explicit = [d for d in (a, b) if d.setting and d.setting.explicit]
    return len(explicit) < 2


def _nested(a: Draft, b: Draft) -> bool:
    """One draft's place holds the other's: by the gazetteer, or by the name of the other's
    province or district ("in Isulan, Sultan Kudarat province", whatever feature the bare
    name "Sultan Kudarat" was resolved to)."""
    pa = a.setting.place if a.setting else None
    pb = b.setting.place if b.setting else None
    if pa is None or pb is None:
        return False
    if contains(pa, pb) or contains(pb, pa):
        return True
    if pa.country != pb.country:
        return False
    return pa.name in (pb.admin1, pb.admin2) or pb.name in (pa.admin1, pa.admin2)


def _same_day(a: Draft, b: Draft) -> bool:
    """Equal days, or a coarse date (week, month, year) whose period holds the other's day."""
    if a.date == b.date or not (a.date_explicit and b.date_explicit):
        return True
    if not a.date or not b.date:
        return True
    if (a.date_reported or b.date_reported) and a.sub_event == b.sub_event:
        return True  # "have retaken the town, he said on Monday ... entered it on Sunday"
    coarse, fine = (a, b) if (a.precision or 1) >= (b.precision or 1) else (b, a)
    assert coarse.date is not None and fine.date is not None
    day = fine.date[:10]
    if coarse.date_first and coarse.date_last:
        return coarse.date_first[:10] <= day <= coarse.date_last[:10]
    if (coarse.precision or 1) >= TimePrecision.MONTH:
        return coarse.date[:7] == day[:7]
    if (coarse.precision or 1) == TimePrecision.WEEK:
        gap = date.fromisoformat(coarse.date[:10]) - date.fromisoformat(day)
        return abs(gap.days) <= WEEK_SLACK_DAYS
    return False


Subsumed = Mapping[str, Collection[str]]  # sub-event -> the sub-events it takes in


def subsumed(knowledge: EventKnowledge) -> Subsumed:
    """Each sub-event's `subsumes` (taxonomy.toml): a lynching takes in "the killing"."""
    return {key: sub.subsumes for key, sub in knowledge.sub_events.items()}


def merge_drafts(drafts: Sequence[Draft], subsumes: Subsumed | None = None) -> list[Group]:
    """Greedy merge in text order: each draft joins the first group it agrees with. A definite
    event noun ("the attack") joins the event told just before it; a headline joins the body's
    event it sums up."""
    groups: list[Group] = []
    drafts = _summaries(drafts)
    ordered = sorted(drafts, key=lambda d: d.order)
    takes_in = subsumes or {}
    for draft in [d for d in ordered if not d.headline] + [d for d in ordered if d.headline]:
        home = (
            _earlier_event(groups, draft, takes_in)
            if draft.anaphoric and not draft.headline
            else None
        )
        if home is None and draft.headline:
            home = _summed_up(groups, draft, takes_in)
        if home is None and _names_done(draft):
            home = _done_before(groups, draft)
            if home is not None:  # it only names who underwent the act: it leads nothing
                draft = replace(draft, anaphoric=True)
        home = home or next((g for g in groups if compatible(g, draft)), None)
        if home is None and draft.consequence:  # "one later died": the toll of the riot before
            home = _toll_home(groups, draft)
        if home is None and draft.generic and not (_names_victim(draft) or _told_anew(draft)):
            continue  # a generic word with no event before it to belong to
        if home is None:
            home = Group()
            groups.append(home)
        home.add(draft)
    groups = _without_vague(_incidents(_with_denials(groups), takes_in))
    for group in groups:  # explicit places and dates first, so they win over inherited ones
        group.drafts.sort(
            key=lambda d: (
                d.headline,
                d.anaphoric,
                d.consequence,  # a toll ("nine dead") never leads the act it follows
                d.weak,  # "the attack" never leads the bombing it retells
                not (d.setting and d.setting.explicit),
                not d.date_explicit,
                d.order,
            )
        )
        _unopposed(group)
    return groups


def _told_anew(draft: Draft) -> bool:
    """A weapon or act word told as one more ("in addition, a car was destroyed by a dynamite
    charge"): an act of its own, not a word of the act before; a toll or a bare "attack" so
    told ("another offensive", "another death") still tells no act."""
    return draft.another is not None and not draft.weak


def _names_victim(draft: Draft) -> bool:
    """A generic word naming who was hit ("the attack on Fenastras", "Gomez was killed")
    with no event before it tells that incident itself; a claim's words only retell one."""
    named = draft.victims - _country_words(draft)  # "Peru has been the target of attacks"
    return bool(named) and draft.weak and not draft.claim and draft.factuality.is_event


def _country_words(draft: Draft) -> frozenset[str]:
    """The words of the country the draft is set in: a country named as the one hit is no
    one hit in an incident, only where a kind of violence happens."""
    place = draft.setting.place if draft.setting else None
    if place is None or not is_country(place):
        return frozenset()
    return frozenset(w.lower() for w in (*place.text.split(), *place.name.split()))


TAKINGS = ("government_regains", "nonstate_overtakes")


def _named_alike(a: Actor, b: Actor | None) -> bool:
    return b is not None and a.name == b.name


def _unopposed(group: Group) -> None:
    """A taking that the headline tells the same side made without a fight ("army enters X
    without a fight" over "troops entered X after the militants pulled out"): a non-violent
    transfer of territory. A headline of the other side leaving ("rebels withdraw from X")
    says nothing of how the taker came in."""
    lead = group.lead
    if lead.sub_event not in TAKINGS or lead.headline:
        return
    calm = next(
        (
            d
            for d in group.drafts
            if d.headline
            and d.sub_event == "nonviolent_transfer"
            and (d.actor1 is None or _named_alike(d.actor1, lead.actor1))
        ),
        None,
    )
    if calm is not None:
        group.drafts[0] = replace(
            lead, sub_event=calm.sub_event, event_type=calm.event_type, armed=calm.armed
        )


def _without_vague(groups: list[Group]) -> list[Group]:
    """A passing mention of an act, told once with no place, day or named doer of its own
    ("the kidnappings must stop", "after the murder, he left"), is background when the report
    tells other incidents in full: a coder records those and adds no event for the mention.
    A report whose only act is so told keeps it."""
    full = [g for g in groups if g.lead.factuality.is_event and not _vague(g)]
    if not full:
        return groups
    return [g for g in groups if not (g.lead.factuality.is_event and _vague(g))]


def _vague(group: Group) -> bool:
    if len(group.drafts) > 1 or group.lead.headline:
        return False
    d = group.lead
    told = d.actor1 is not None and not d.actor1.default  # "government helicopters" too
    return not (told or d.fatalities or d.date_explicit or (d.setting and d.setting.explicit))


SUMMARY_PLACES = 3  # one cue told at this many places, with no day, sums up a campaign


def _summaries(drafts: Sequence[Draft]) -> list[Draft]:
    """One cue told at many places and on no day of its own ("attacked in the cities of A,
    B, C and D") sums up a campaign: each draft only tells more of an event told before."""
    places: dict[int, set[str]] = {}
    for d in drafts:
        if d.setting and d.setting.place:
            places.setdefault(d.order, set()).add(d.setting.place.name)
    return [
        replace(d, generic=True, anaphoric=True, detail=True)
        if len(places.get(d.order, ())) >= SUMMARY_PLACES and not d.date_explicit
        else d
        for d in drafts
    ]


def _incidents(groups: list[Group], subsumes: Subsumed | None = None) -> list[Group]:
    """One record per incident: a group of armed violence that adds no place, day or doer of
    its own to an earlier one of the same family joins it ("a bomb exploded in the market ...
    two people were killed ... the attack took place at 2100"); the nearest earlier first."""
    kept: list[Group] = []
    for group in groups:
        more = _one_more([], group.drafts)  # one more act: only its victim's incident
        home = None if more else next((h for h in reversed(kept) if _same_incident(h, group)), None)
        home = home or next((h for h in kept if _same_victim(h, group)), None)
        if home is None and not more:
            home = next((h for h in reversed(kept) if _toll_of(h, group)), None)
            home = home or next((h for h in reversed(kept) if _toll_told_first(h, group)), None)
            home = home or next((h for h in reversed(kept) if _fighters_fell(h, group)), None)
            home = home or next((h for h in reversed(kept) if _same_scene(h, group)), None)
            home = home or next((h for h in reversed(kept) if _taken_in(h, group, subsumes)), None)
            home = home or next((h for h in reversed(kept) if _sums_up(h, group, subsumes)), None)
            home = home or next((h for h in reversed(kept) if _one_riot(h, group)), None)
        if home is None:
            kept.append(group)
            continue
        _commenter_apart(home, group)
        for draft in group.drafts:
            home.add(draft)
        home.disputed = home.disputed or group.disputed
        if home.lead.event_type == RIOTS:
            _as_one_riot(home)
    return kept


RIOTS = "Riots"
MOB = "mob_violence"
DEMONSTRATION = "violent_demonstration"


def _one_riot(earlier: Group, later: Group) -> bool:
    """One crowd's riot told in several acts at one scene on one day ("residents stoned two
    men and set them on fire", "pelted the police and burned their cars"): one incident,
    however each act reads (a demonstration's violence or a mob's)."""
    a, b = earlier.lead, later.lead
    if a.event_type != RIOTS or b.event_type != RIOTS or a.headline or b.headline:
        return False
    if not (a.factuality.is_event and b.factuality.is_event):
        return False
    if not _same_actor(earlier.first("actor1"), later.first("actor1")):
        return False
    return _scene_place(earlier.placed, later.placed) and _told_same_day(earlier, later)


def _as_one_riot(group: Group) -> None:
    """The riot's kind: a violent demonstration when the crowd fought the state's forces
    ("pelted the police and burned their cars"); else a mob's violence when it hit people
    ("residents caught two men, stoned them and set them on fire"), with those people, not
    the building it stormed, as the side hit."""
    riots = [d for d in group.drafts if d.event_type == RIOTS and not d.consequence]
    fought = any(d.sub_event != MOB and _hits(d, "state") for d in riots)
    people = any(d.sub_event == MOB and _hits(d, "unarmed") for d in riots)
    mob = people and not fought
    drafts, group.drafts, group.kinds = group.drafts, [], {}
    for draft in drafts:
        if draft.event_type == RIOTS:
            # the side hit is the riot's own: not the police station a mob stormed to lynch
            # a man, nor the buses a crowd burned while it fought the police
            aside = _hits(draft, "state") if mob else _hits(draft, "unarmed") and fought
            draft = replace(draft, sub_event=MOB if mob else DEMONSTRATION)
            draft = replace(draft, actor2=None) if aside else draft
        group.add(draft)


def _hits(draft: Draft, side: str) -> bool:
    return draft.actor2 is not None and draft.actor2.side == side


def _commenter_apart(home: Group, group: Group) -> None:
    """A commenter's telling joined to the act told with its own day (`_told_by_commenter`)
    gives neither the act's day nor its doer: its days become the comment's."""
    if _same_day(home.dated, group.dated):
        return
    for told, own in ((home, group), (group, home)):
        if _told_by_commenter(told) and not _told_by_commenter(own):
            drafts, told.drafts, told.kinds = told.drafts, [], {}
            for draft in drafts:
                told.add(replace(draft, day_of_comment=True))


INCIDENT_REACH = 2000  # characters after an incident within which its retelling may follow


def _one_more(earlier: Sequence[Draft], later: Sequence[Draft]) -> bool:
    """The later telling opens with an act told as one more ("another bomb went off", "in
    addition, rebels blew up a bus"): an incident of its own, not one of the earlier's; the
    drafts of its own sentence still join it."""
    first = min(later, key=lambda d: d.order)
    return first.another is not None and all(d.another != first.another for d in earlier)


def _same_incident(earlier: Group, later: Group) -> bool:
    """`later` only retells `earlier`: told by generic words ("two people were killed", "the
    attack"), right after it, with no other place, day or doer."""
    a, b = earlier.lead, later.lead
    if not _both_armed(a, b):
        return False
    if a.factuality != b.factuality or not all(d.weak for d in later.drafts):
        return False
    if min(d.order for d in later.drafts) - earlier.last > INCIDENT_REACH:
        return False
    if not (_same_place(earlier.placed, later.placed) and _same_day(earlier.dated, later.dated)):
        return False
    if _apart(_victims(earlier), _victims(later)):
        return False
    return _doers_agree(earlier.first("actor1"), later.first("actor1"))


def _same_scene(earlier: Group, later: Group) -> bool:
    """One incident told again with other words: armed violence of a compatible kind at the
    same place (or one inside the other, or one with no place of its own) on the same day (or
    one with no day of its own), by the same doer, on no other victim."""
    a, b = earlier.lead, later.lead
    if not _both_armed(a, b):
        return False
    if a.factuality.is_event != b.factuality.is_event or not _kinds_agree(a, b):
        return False
    if not _one_act(earlier, later):
        return False
    if {d.order for d in earlier.drafts} & {d.order for d in later.drafts}:
        return False  # one cue told at several places ("attacks in A, B and C"): apart
    # two days may still be one incident when one is only a comment's on the act ("the
    # bishop condemned today the murder" after "she was shot on Tuesday")
    other_days = not _same_day(earlier.dated, later.dated)
    if other_days and not _comment_day(earlier, later):
        return False
    if not (_scene_place(earlier.placed, later.placed) or _passing_country(earlier, later)):
        return False
    if _apart(_victims(earlier), _victims(later)):
        return False
    if _doers_agree(earlier.first("actor1"), later.first("actor1")):
        return True
    if other_days and any(_comment_only(g) or _told_by_commenter(g) for g in (earlier, later)):
        return True  # "the bishop condemned the murder": who comments did not do it
    same_kind = earlier.lead.sub_event == later.lead.sub_event
    return same_kind and _unidentified(earlier, later) and _told_same_day(earlier, later)


def _comment_day(a: Group, b: Group) -> bool:
    """One telling is dated only by a comment on the act ("the bishop today condemned the
    murder of a teacher"), the other by the act's own day before it ("she was shot on
    Tuesday"), at the same place or one inside the other: the comment's day is no other
    incident's."""
    for told, own in ((a, b), (b, a)):
        if not (_dated_by_comment(told) or _told_by_commenter(told)):
            continue
        comment, act = told.dated, own.dated
        if not (act.date_explicit and act.date and comment.date) or act.day_of_comment:
            continue
        if _other_names(_victims(told), _victims(own)):
            continue  # "the murder of Carlos Valencia" and "Luis Carlos Galan was shot"
        where = _location(comment) == _location(act) or _nested(comment, act)
        if where and act.date[:10] < comment.date[:10]:
            return True
    return False


def _dated_by_comment(group: Group) -> bool:
    """Every day the group's tellings give is a comment's on the act."""
    dated = [d for d in group.drafts if d.date_explicit]
    return bool(dated) and all(d.day_of_comment for d in dated)


def _told_by_commenter(group: Group) -> bool:
    """Told only in generic words, retold by a definite noun ("the murder"), with every
    telling's doer no armed or state side: one who spoke of the act ("the lawyer yesterday
    testified about the murder of the priests ... she came after the murder"), whose day is
    the comment's, not the act's."""
    drafts = group.drafts
    if not (all(d.weak and not d.claim for d in drafts) and any(d.anaphoric for d in drafts)):
        return False  # the act told, or claimed, by its doer: "the Legion killed a judge"
    return all(d.actor1 and d.actor1.side is None and not d.actor1.default for d in drafts)


def _comment_only(group: Group) -> bool:
    """Told only in a comment ("the bishop condemned the murder"), with no armed side read as
    its doer: the commenter read as doer is none."""
    return _dated_by_comment(group) and not _identified(group.first("actor1"))


def _unidentified(a: Group, b: Group) -> bool:
    """One telling leaves the doer unidentified ("gunmen", "unknown men"): no other doer
    than the one the other telling names, for an act of the same kind at its scene on its
    day (a rape told beside a murder stays apart: two acts, whoever did them)."""
    doers = (a.first("actor1"), b.first("actor1"))
    return any(x is not None and x.kind == UNIDENTIFIED for x in doers)


def _told_same_day(a: Group, b: Group) -> bool:
    """The days agree as told, an inherited day too: "three officers were killed last month"
    is not the morning's shooting, whoever did either."""
    return _same_day(replace(a.dated, date_explicit=True), replace(b.dated, date_explicit=True))


def _passing_country(a: Group, b: Group) -> bool:
    """One group is placed at a bare country only, on the other's day: by no other doer, a
    country named with no town ("the Spanish envoy deplored the murder", "the witness was
    flown to the United States") is said in passing, no scene of its own. A day of its own
    that is not the other's ("last week a similar attack in Cameroon") keeps it apart."""
    for country, other in ((a, b), (b, a)):
        place = country.placed.setting.place if country.placed.setting else None
        if place is None or not is_country(place):
            continue
        own = country.dated
        if not own.date_explicit or _same_day(own, replace(other.dated, date_explicit=True)):
            return True
    return False


def _taken_in(earlier: Group, later: Group, subsumes: Subsumed | None) -> bool:
    """`later` tells only kinds the earlier event takes in (taxonomy `subsumes`) at its scene
    on its day: "the protest had been peaceful" after police fired on the marchers is the
    same protest, coded by what was done to it."""
    a = earlier.lead
    kinds = (subsumes or {}).get(a.sub_event, ())
    if a.headline or later.lead.headline or not all(d.sub_event in kinds for d in later.drafts):
        return False
    if a.event_type in OWN_DAMAGE_ONLY and any(d.sub_event in PART_OF_ATTACK for d in later.drafts):
        return False  # "a bus was set on fire" told on its own: arson, not the blast's damage
    if not (a.factuality.is_event and later.lead.factuality.is_event):
        return False  # mentions (a coming offensive elsewhere) are no retelling of an event
    if not _scene_place(earlier.placed, later.placed):
        return False
    return _same_day(earlier.dated, later.dated) or _reported_then_dated(earlier, later)


def _sums_up(earlier: Group, later: Group, subsumes: Subsumed | None) -> bool:
    """`later` is what the acts told before it came to at their scene on their day: the
    fighting and the burning, then "by evening the gangs controlled the town". One event, the
    taking (see `taking_told`, which then names the event)."""
    return later.lead.sub_event in TAKINGS and _taken_in(later, earlier, subsumes)


def taking_told(group: Group, subsumes: Subsumed, missions: Collection[str] = ()) -> str | None:
    """The ground taken that the group's lead act led up to (`_sums_up`), if the group tells
    one: the event is the taking, the fight and burning its parts. `missions`: words of a
    peace mission's name (`_taker_came_calmly`)."""
    lead = group.lead.sub_event
    return next(
        (
            d.sub_event
            for d in group.drafts
            if d.sub_event in TAKINGS
            and not d.headline
            and lead in subsumes.get(d.sub_event, ())
            and not _taker_came_calmly(group, d, missions)
        ),
        None,
    )


def _taker_came_calmly(group: Group, taking: Draft, missions: Collection[str]) -> bool:
    """The taker's own coming in is told as a non-violent transfer from a peace mission, with
    no fight told ("the peacekeepers pulled out, and within hours the rebels drove in and
    raised their flags ... 'we have taken back what is ours'"): the taking is that transfer.
    A foe pulling out ("drove in after the soldiers pulled out") loses ground: a taking."""
    if taking.actor1 is None or any(d.sub_event == "armed_clash" for d in group.drafts):
        return False
    return any(
        d.sub_event == "nonviolent_transfer"
        and not d.headline
        and _named_alike(taking.actor1, d.actor1)
        and d.actor2 is not None
        and any(w in d.actor2.name.lower() for w in missions)
        for d in group.drafts
    )


def _reported_then_dated(earlier: Group, later: Group) -> bool:
    """An act dated only by the day it was reported ("troops have restored control over the
    villages, the agency said on Monday"), then retold by a generic noun with its own day
    ("the operation, carried out on Saturday, killed 17"): one act, on the retelling's day."""
    retold = all(_generic_telling(d) for d in later.drafts)
    return retold and earlier.dated.date_reported and not later.dated.date_reported


# A weapon's damage is told with it ("the bomb destroyed three shops": taken in within its
# sentence, or by a retelling of the blast); property destroyed in a telling of its own
# after a bombing ("hours later, men set fire to a bus") is another act of another doer.
OWN_DAMAGE_ONLY = frozenset({"Explosions/Remote violence"})

APART = frozenset({"abduction"})  # sub-events that are an incident of their own kind


def _kinds_agree(a: Draft, b: Draft) -> bool:
    """Kinds one incident may be told as: one-sided violence (a bombing, a shooting, an
    execution), not a kidnapping after an attack. Battles are left to `compatible`: a clash
    is not the bombing near it, and each district taken is an event of its own."""
    if a.event_type == "Battles" or b.event_type == "Battles":
        return False
    return (a.sub_event in APART) == (b.sub_event in APART)


def _one_act(earlier: Group, later: Group) -> bool:
    """Two tellings may be one act: the same sub-event, one told only in generic words ("the
    attack", "two died"), or both told as done in the same way; "are executing civilians"
    (going on) and "barrel bombs were dropped" (done) are two."""
    if earlier.lead.sub_event == later.lead.sub_event:
        return True
    if any(all(_generic_telling(d) for d in g.drafts) for g in (earlier, later)):
        return True
    return earlier.lead.factuality == later.lead.factuality


def _generic_telling(d: Draft) -> bool:
    return d.weak or d.anaphoric or d.consequence or d.generic


def _scene_place(a: Draft, b: Draft) -> bool:
    """Same place, one inside the other, or one not named in its own sentence."""
    if _location(a) == _location(b) or _nested(a, b):
        return True
    return not (a.setting and a.setting.explicit and b.setting and b.setting.explicit)


TOLL_REACH = 1500  # characters after an act within which a bare toll is taken as its own


def _toll_of(earlier: Group, later: Group) -> bool:
    """`later` only tells a toll ("nine soldiers died", "17 casualties") after an act of armed
    violence on a day it fits: the toll of that act, whatever place it names."""
    a, b = earlier.lead, later.lead
    if a.headline or b.headline or _family(a) not in VIOLENT or _family(b) != "armed":
        return False
    if not all(d.consequence for d in later.drafts) or a.factuality != b.factuality:
        return False
    if min(d.order for d in later.drafts) - earlier.last > TOLL_REACH:
        return False
    if _apart(_victims(earlier), _victims(later)):
        return False
    return _same_day(earlier.dated, later.dated)


FIGHTS = ("Battles", "Explosions/Remote violence")  # acts whose dead may be fighters


def _fighters_fell(earlier: Group, later: Group) -> bool:
    """`later` only tells fighters killed in generic words ("30 soldiers were killed", "the
    strikes killed six militants") after a fight or a strike at its scene on its day: that
    act's dead, not an attack on civilians of its own."""
    a, b = earlier.lead, later.lead
    if not _both_armed(a, b) or a.event_type not in FIGHTS or a.factuality != b.factuality:
        return False
    if not all(d.weak for d in later.drafts) or not any(d.fallen for d in later.drafts):
        return False
    if min(d.order for d in later.drafts) - earlier.last > TOLL_REACH:
        return False
    return _scene_place(earlier.placed, later.placed) and _same_day(earlier.dated, later.dated)


CAUSE_REACH = 400  # characters after a bare toll within which the act that caused it is told
DEATH_DELAY_DAYS = 3  # the wounded who die later: a toll up to three days after its act


def _toll_told_first(earlier: Group, later: Group) -> bool:
    """A bare toll told first ("a man died in hospital this morning") and the act told right
    after it ("he was shot last night"): the toll of that act, on its day or on a day after
    it (the wounded die later; ACLED adds the death to the act that caused it)."""
    a, b = earlier.lead, later.lead
    if not _both_armed(a, b):
        return False
    if not all(d.consequence for d in earlier.drafts) or all(d.consequence for d in later.drafts):
        return False
    if (
        a.factuality != b.factuality
        or min(d.order for d in later.drafts) - earlier.last > CAUSE_REACH
    ):
        return False
    named = _victims(later)
    if named and not named & _victims(earlier):
        return False  # "gunmen shot Omar Hassan" after "Ali Musa died": another victim's act
    if not _scene_place(earlier.placed, later.placed):
        return False
    return _same_day(earlier.dated, later.dated) or _died_after(later.dated, earlier.dated)


def _died_after(act: Draft, toll: Draft) -> bool:
    """The toll's day follows the act's day by a few days at most."""
    if not (act.date and toll.date and act.date_explicit and toll.date_explicit):
        return False
    gap = date.fromisoformat(toll.date[:10]) - date.fromisoformat(act.date[:10])
    return 0 < gap.days <= DEATH_DELAY_DAYS


VIOLENT = ("armed", "Riots")  # families whose acts can leave a toll told after them


def _takes_toll(group: Group, draft: Draft) -> bool:
    """A bare toll ("six were hurt and one later died") belongs to the violent act told just
    before it on a day it fits, when nothing else would take it."""
    lead = group.lead
    if lead.headline or draft.headline or not (_family(lead) in VIOLENT or _armed_ruin(lead)):
        return False
    if lead.factuality != draft.factuality or draft.order - group.last > TOLL_REACH:
        return False
    if _one_more(group.drafts, [draft]):
        return False  # "in addition, three were wounded in an attack": another act's toll
    # the hit who die a day or two later are the act's toll (ACLED adds them to it)
    later = _died_after(group.dated, draft) and _family(lead) == "armed"
    return draft.order > group.last and (_same_day(group.dated, draft) or later)


def _toll_home(groups: Sequence[Group], draft: Draft) -> Group | None:
    """The act a bare toll belongs to: the latest that takes it (`_takes_toll`), first among
    those on the toll's own day ("the army retook the town on Monday after the rebels had
    entered it on Saturday. Two civilians were killed": the toll, told on the narrative's
    day, is the retaking's, not the entry told in passing); fighters' dead go to a fight or a
    strike before any other act ("overran the town and looted shops. One soldier killed")."""
    fits = _toll_order([g for g in reversed(groups) if _takes_toll(g, draft)], draft)
    return fits[0] if fits else None


def _toll_order(latest_first: Sequence[Group], draft: Draft) -> list[Group]:
    """The groups a bare toll may belong to, best first (see `_toll_home`): those on the day
    it is told on when it has none of its own, then, for fighters' dead, fights and strikes;
    the latest first within each (a stable sort). Any telling with dead goes to an act that
    can kill before one that cannot (`_cannot_kill`)."""
    if not draft.consequence:
        return sorted(latest_first, key=lambda group: _cannot_kill(group, draft))

    def rank(group: Group) -> tuple[bool, bool, bool, bool]:
        off_day = not draft.date_explicit and group.dated.date != draft.date
        own_fire = _own_side_fell(group, draft)
        fighters = draft.fallen and group.lead.event_type not in FIGHTS
        return off_day, _cannot_kill(group, draft), own_fire, fighters

    return sorted(latest_first, key=rank)


def _cannot_kill(group: Group, toll: Draft) -> bool:
    """The telling counts dead ("two officers were killed; residents fled") and the group's
    act cannot have killed them (a looting, a flight): "gunmen overran the town and burned the
    town hall. Two officers were killed" tells the dead of the overrunning, not the burning."""
    return toll.fatalities > 0 and group.lead.event_type in HARMLESS


HARMLESS = ("Strategic developments",)  # ACLED's non-violent type: its acts kill no one


def _own_side_fell(group: Group, toll: Draft) -> bool:
    """The toll's dead are the side that did the group's act ("rebels attacked the post;
    artillery shelled the rebels. One soldier was killed": the soldier fell to the rebels'
    attack, not to his own army's shelling): a side's dead go to an act against it first."""
    fell, doer = toll.actor2, group.lead.actor1
    if fell is None or doer is None or fell.default or doer.default:
        return False
    return fell.name == doer.name and group.lead.actor2 is not None


def _same_victim(earlier: Group, later: Group) -> bool:
    """Two tellings of one act of armed violence on one named person ("Oqueli was kidnapped"
    ... "the assassination of Oqueli"): one incident, whatever words and places they use."""
    a, b = earlier.lead, later.lead
    if not _both_armed(a, b) or (a.sub_event in APART) != (b.sub_event in APART):
        return False  # the kidnapping of a man found dead later, and his killing: two acts
    if a.factuality.is_event != b.factuality.is_event:
        return False
    if {d.order for d in earlier.drafts} & {d.order for d in later.drafts}:
        return False  # one cue told at several places ("attacks in A, B and C"): apart
    named, others = _victims(earlier), _victims(later)
    return bool(named & others) and not _other_names(named, others)


def _other_names(a: set[str], b: set[str]) -> bool:
    """Each telling names two or more words the other lacks: two people sharing a given name
    ("Juan Carlos Mendoza", "Carlos Ibarra Ortega"), not a full name and its surname."""
    return len(a - b) >= 2 and len(b - a) >= 2


def _victims(group: Group) -> set[str]:
    return {word for d in group.drafts for word in d.victims}


def _other_victims(group: Group, draft: Draft) -> bool:
    """The draft names who was hit and the group names others ("the murder of Reyes" after
    Lopez was shot): a coder keeps one record per victim's incident."""
    return _apart(_victims(group), draft.victims)


def _apart(named: Collection[str], others: Collection[str]) -> bool:
    return bool(named and others and not set(named) & set(others))


def _with_denials(groups: list[Group]) -> list[Group]:
    """A denial ("the army denied shelling X") disputes the event it answers: same sub-event,
    place and day. The denial joins that event, which is then disputed. An event with dead
    reported stays one ("58 killed when warplanes dropped toxic gas ... Damascus denied using
    chemical weapons"): the deaths are told as fact, the denial disputes only who did it."""
    kept: list[Group] = []
    for group in groups:
        lead = group.lead
        answered = None
        if lead.factuality == Factuality.DISPUTED:
            answered = next(
                (
                    g
                    for g in kept
                    if g.lead.factuality.is_event
                    and not any(d.fatalities for d in g.drafts)
                    and g.lead.sub_event == lead.sub_event
                    and _location(g.lead) == _location(lead)
                    and _same_day(g.lead, lead)
                ),
                None,
            )
        if answered is None:
            kept.append(group)
        else:
            for draft in group.drafts:
                answered.add(draft)
            answered.disputed = True
    return kept


def _both_armed(a: Draft, b: Draft) -> bool:
    """Two tellings in the body (a headline only sums up) of armed violence."""
    return not (a.headline or b.headline) and _family(a) == _family(b) == "armed"


def _family(draft: Draft) -> str:
    return "armed" if draft.armed else draft.event_type


PART_OF_ATTACK = frozenset({"looting"})  # "the attackers also burned two houses": the attack


def _armed_ruin(draft: Draft) -> bool:
    """Property an armed or state side destroyed ("gunmen set houses on fire"): a toll told next is
    of the same raid, which ACLED then codes as the attack it was."""
    actor = draft.actor1
    return (
        draft.sub_event in PART_OF_ATTACK and actor is not None and actor.side in ("armed", "state")
    )


def _earlier_event(groups: list[Group], draft: Draft, subsumes: Subsumed) -> Group | None:
    """The group of the latest body event before the draft, when it is of the same family or
    takes the draft's kind in ("the killing" after a lynching; houses burned by "the
    attackers" after a raid: ACLED codes the destruction as part of the attack)."""
    before = [g for g in groups if not g.lead.headline and g.lead.order < draft.order]
    if not before:
        return None
    latest_first = sorted(before, key=lambda g: g.last, reverse=True)
    last = _toll_order(latest_first, draft)[0]  # a toll's act: see `_toll_home`
    if _other_victims(last, draft):
        return None
    detail = draft.detail and _family(last.lead) == "armed"  # "seized four rifles" after a raid
    part = draft.sub_event in subsumes.get(last.lead.sub_event, ()) or (
        draft.sub_event in PART_OF_ATTACK and _family(last.lead) == "armed"
    )
    if _one_more(last.drafts, [draft]) and not part:
        return None  # "in addition, a van was destroyed by a dynamite charge": one more act
    same = _family(last.lead) == _family(draft) or detail or part
    told_alike = last.lead.factuality == draft.factuality or _history_retold(before, draft)
    return last if same and told_alike else None


def _history_retold(before: list[Group], draft: Draft) -> bool:
    """A definite event noun with no day of its own when all the article told before it is
    a past it recalls ("a film about the 1983 massacre ... said a woman who lost her father in
    the massacre"): that past event named again, history too, not an act of the report's day.
    After an event of the report ("fighting raged on Monday ... troops repelled the attack")
    the noun takes that one up, whatever background came between."""
    recalled = all(g.lead.factuality is Factuality.HISTORICAL for g in before)
    return recalled and draft.factuality.is_event


def _names_done(draft: Draft) -> bool:
    """A participle naming who underwent an act ("the kidnapped men"), in the body, with no
    place or day of its own: it may only mention an act told before."""
    own = draft.date_explicit or (draft.setting is not None and draft.setting.explicit)
    return draft.named_done and not (draft.headline or own)


def _done_before(groups: list[Group], draft: Draft) -> Group | None:
    """The latest body event of the draft's kind told before it, at a place that agrees
    and with no other named victim: "the arrested men" after an arrest is that arrest. With
    none, the participle tells the act itself."""
    return next(
        (
            g
            for g in reversed(groups)
            if not g.lead.headline
            and g.lead.order < draft.order
            and g.lead.sub_event == draft.sub_event
            and g.lead.factuality.is_event == draft.factuality.is_event
            and _same_place(g.lead, draft)
            and (not draft.victims or bool(draft.victims & _victims(g)))
            and draft.trigger[0] - max(d.trigger[1] for d in g.drafts) <= INCIDENT_REACH
        ),
        None,
    )


def _summed_up(groups: list[Group], draft: Draft, subsumes: Subsumed) -> Group | None:
    """The body event a headline draft sums up: same sub-event first, then same type, then
    the same family of violence or a kind the body's event takes in ("protesters burn tyres"
    over a violent demonstration), in the same country and a compatible place."""
    body = [
        g
        for g in groups
        if not g.lead.headline
        and g.lead.factuality.is_event == draft.factuality.is_event
        and (
            _family(g.lead) == _family(draft)
            or draft.sub_event in subsumes.get(g.lead.sub_event, ())
        )
        and (draft.country is None or g.lead.country in (None, draft.country))
        and _headline_place(g.lead, draft)
    ]
    for same in (
        lambda g: g.lead.sub_event == draft.sub_event,
        lambda g: g.lead.event_type == draft.event_type,
        lambda g: True,
    ):
        found = [g for g in body if same(g)]
        if found:
            return found[0]
    return None


def _headline_place(body: Draft, headline: Draft) -> bool:
    """The headline names no place of its own, or the body's place, or one holding it."""
    if not (headline.setting and headline.setting.explicit and headline.setting.place):
        return True
    if body.setting is None or body.setting.place is None or not body.setting.explicit:
        return True  # the body names no place of its own: the headline may give it
    inner, outer = body.setting.place, headline.setting.place
    if inner.name == outer.name or contains(outer, inner) or contains(inner, outer):
        return True
    return outer.name in (inner.admin1, inner.admin2)  # a province named like its capital
