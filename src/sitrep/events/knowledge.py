"""The event lexicons, loaded once from `sitrep/data` and passed in: no module state."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.events._lexicon import compile_cues, first_literals, fold, inflections
from sitrep.events.roles import RoleWords
from sitrep.events.scene_words import SceneWords, scene_words
from sitrep.places._lexicon import load_lexicon
from sitrep.time import load_cues, load_time_words


@dataclass(frozen=True)
class EventType:
    """ACLED's properties of an event type (taxonomy.toml [[event_type]])."""

    name: str
    definition: str
    disorder_type: str
    armed: bool = False  # organised armed violence: one family when incidents merge
    two_sided: bool = False  # both sides armed: the other armed side named is actor2
    crowd: str | None = None  # the crowd is actor1 (this kind when none is named)
    default_actor2: str | None = None  # the side hit when none is named


@dataclass(frozen=True)
class SubEvent:
    key: str
    event_type: str
    name: str
    definition: str
    note: str
    cues: re.Pattern[str] | None
    weak_cues: re.Pattern[str] | None
    not_cues: re.Pattern[str] | None = None
    territory: bool = False
    civilian_targeting: bool = False
    subsumes: tuple[str, ...] = ()
    part_of_attack: bool | str = False  # no day or place of its own: a detail of the event before
    unarmed_only: bool = False  # told of armed men it is no event ("the gunmen fled")
    not_by_kinds: tuple[str, ...] = ()  # done by these kinds it is no event of this sub-type
    default_actor1: str | None = None  # actor1's kind when no doer is named
    default_actor2: str | None = None  # the side hit when none is named (looting: civilians)
    actor1_from_patients: bool = False  # those it befalls are actor1 ("thousands fled")
    parties: bool = False  # doers named together are its two sides ("X and Y agreed")
    no_toll: bool = False  # a non-violent development: the dead it tells of are another event's
    one_sided: bool = False  # no actor2: a group's own change ("suspended its attacks on X")
    own_doer: bool = False  # actor1 from its own tellings only: who defused, not who planted


@dataclass(frozen=True)
class Refinement:
    source: str
    target: str
    when: re.Pattern[str] | None
    words: tuple[str, ...] = ()  # `when` as the data writes it
    unless: re.Pattern[str] | None = None  # the rule is not applied when these are there
    # words that apply the rule from anywhere in the report ("... Three soldiers were treated
    # for burning eyes": the munition of another sentence carried a choking agent)
    report_when: re.Pattern[str] | None = None


@dataclass(frozen=True)
class Group:
    """A named actor: `name` may hold {country}, used only for `countries`."""

    name: str
    kind: str
    pattern: re.Pattern[str] | None
    countries: tuple[str, ...] = ()
    fallback: str | None = None
    state: str | None = None  # the state forces of this country under another name
    # ACLED's name of the group in some countries ("Al Qaeda" in Yemen is AQAP); a group
    # without `name` is one only there ("separatists" in Cameroon), elsewhere a generic word
    names: tuple[tuple[str, str], ...] = ()
    unit: str | None = None  # a unit of the state forces ACLED names apart ("... Basij")
    rules: tuple[str, str] | None = None  # (country, day): it is that state's forces since
    literals: tuple[str, ...] = ()  # every match of `pattern` holds one; (): unknown
    cased: re.Pattern[str] | None = None  # initials matched only as written ("^AA", "^KIA")
    # a community's label ("Ethnic Militia"): a name joined to it before its noun shares it
    kin_label: str | None = None

    def may_occur(self, folded: str) -> bool:
        """False when `pattern` cannot match `folded` text (a cheap test before the regex)."""
        return not self.literals or any(w in folded for w in self.literals)


@dataclass(frozen=True)
class StatePeriods:
    """When each government of a country took office, for ACLED's period in state actor names."""

    starts: tuple[str, ...]  # ISO dates, in order
    the: bool = False  # "Military Forces of the Philippines"
    # period start -> the government ACLED names the state's forces after in that period
    # ("Military Forces of Libya (2021-) Government of National Unity")
    units: tuple[tuple[str, str], ...] = ()

    def unit(self, when: str | None) -> str | None:
        """The government a state force of the period of `when` is named after, if any."""
        if not when or not self.starts or when[:10] < self.starts[0]:
            return None
        start = max(s for s in self.starts if s <= when[:10])
        return dict(self.units).get(start)

    def label(self, when: str | None) -> str | None:
        """ "2015-2023" for a date in that period, "2023-" in the last; None before the first
        or without a date."""
        if not when or not self.starts or when[:10] < self.starts[0]:
            return None
        i = max(k for k, start in enumerate(self.starts) if start <= when[:10])
        first = self.starts[i][:4]
        last = self.starts[i + 1][:4] if i + 1 < len(self.starts) else ""
        return f"{first}-{last}"


@dataclass(frozen=True)
class ActorLexicon:
    groups: tuple[Group, ...]
    generic: dict[str, re.Pattern[str] | None]  # kind -> pattern of its generic nouns
    demonym_generic: dict[str, re.Pattern[str]]  # kind -> "<Syrian> (...) <army>" pattern
    demonyms: dict[str, str]  # lower demonym or country name -> country
    templates: dict[str, str]
    kind_names: dict[str, str]
    country_names: dict[str, dict[str, str]]  # country -> kind -> ACLED name
    kinds: dict[str, tuple[str, ...]]  # "state" | "armed" | "unarmed" | "crowd" -> kinds
    person_nouns: frozenset[str] = frozenset()
    speech_verbs: frozenset[str] = frozenset()
    government_verbs: frozenset[str] = frozenset()  # "Moscow said": a capital as its government
    site_nouns: frozenset[str] = frozenset()  # "police station": the actor word names a site
    vehicle_nouns: frozenset[str] = frozenset()  # "a pick-up of the X": the X's own
    place_verbs: frozenset[str] = frozenset()  # "Kyiv came under fire": a capital as a place
    blame_verbs: frozenset[str] = frozenset()  # "blamed the RSF": the doer of the event before
    blaming_verbs: frozenset[str] = frozenset()  # "blamed chemicals for the blast": a cause
    suspicion_verbs: frozenset[str] = frozenset()  # "police suspect X": held for it, not hit
    telling_verbs: frozenset[str] = frozenset()  # "police confirmed the killing": a source
    states: dict[str, StatePeriods] = field(default_factory=dict)  # country -> its governments
    unknown_doers: frozenset[str] = frozenset()  # "two men shot ...": an unidentified armed group
    identities: dict[str, str] = field(default_factory=dict)  # "students" -> "Students"
    # kind -> "<Ukrainian> positions": nouns that name a side only after a nationality
    demonym_nouns: dict[str, re.Pattern[str]] = field(default_factory=dict)
    receiver_first: frozenset[str] = frozenset()  # sub-events whose receiving side is actor1
    giving_words: frozenset[str] = frozenset()  # "handed over": the doer gives the ground up
    deal_nouns: frozenset[str] = frozenset()  # "under a deal with the rebels": they gave it up
    state_first: frozenset[str] = frozenset()  # sub-events whose state side is actor1
    police_sub_events: frozenset[str] = frozenset()  # besides crowds: the police act here
    unknown_doer_sub_events: frozenset[str] = frozenset()  # "men" who burn a school: armed
    police_words: frozenset[str] = frozenset()  # "security forces" facing a crowd: police
    joining_verbs: frozenset[str] = frozenset()  # "joined forces": no military named
    out_of_service: frozenset[str] = frozenset()  # "a retired police officer": a civilian
    named_group_sub_events: frozenset[str] = frozenset()  # no doer: the group named acts
    member_nouns: frozenset[str] = frozenset()  # "leaders of X": people who stand for X
    part_nouns: frozenset[str] = frozenset()  # "the armed wing of X": a part, blamed as X
    sides_together: frozenset[str] = frozenset()  # "X and Y clashed": the doers are two sides
    go_between_verbs: frozenset[str] = frozenset()  # "a truce brokered by elders": no party
    holding_verbs: frozenset[str] = frozenset()  # "a town held by X": X holds it, no doer
    ground_sides: frozenset[str] = frozenset()  # the side that held the ground, named beside
    weapon_owner_hit: frozenset[str] = frozenset()  # "downed two Russian drones": Russia's
    hidden_doer: frozenset[str] = frozenset()  # a planted bomb's unnamed doer: forces are hit
    things: re.Pattern[str] | None = None  # "fuel tanks": an actor word naming a thing
    machines: frozenset[str] = frozenset()  # "an enemy UAV": a weapon's name, no actor
    portfolios: frozenset[str] = frozenset()  # "the Interior Minister": an office, no name
    civilian_sites: frozenset[str] = frozenset()  # "a grenade at a warehouse": civilians hit
    means_nouns: frozenset[str] = frozenset()  # "struck X with artillery": a means, no actor
    country_forces: frozenset[str] = frozenset()  # "France handed over the base": its army
    # "the Saleban and Ayr clans", "the Shammar tribe": names before a clan's or a tribe's
    # word, and ACLED's label after each name ("Clan Militia", "Tribal Militia")
    kin_names: tuple[tuple[re.Pattern[str], str], ...] = ()
    place_nouns: frozenset[str] = frozenset()  # "Niassa province": the name is a place
    weapon_foes: dict[str, str] = field(default_factory=dict)  # country -> whose drones fly in
    group_launch_grounds: frozenset[str] = frozenset()  # "fired from Lebanon": no state's
    # any nationality or country word as written ("the Guinean news site"); none of two letters
    demonym_words: re.Pattern[str] | None = None
    agency_countries: dict[str, str] = field(default_factory=dict)  # "IRNA" -> "Iran" as written
    rival_words: frozenset[str] = frozenset()  # "two rival clans": each is a side
    hurt_stems: tuple[str, ...] = ()  # "kill", "injur": the stems of every form of harm
    dying_stems: tuple[str, ...] = ()  # "died", "perish": the subject suffered the act
    enemy_words: frozenset[str] = frozenset()  # "an enemy drone": the state at war's forces
    unknown_words: tuple[str, ...] = ()  # "unidentified gunmen": no group named
    irregular_speech: frozenset[str] = frozenset()  # "Kigali said": a verb with no "-ed"

    def groups_in(self, folded: str) -> list[Group]:
        """The groups whose pattern may match `folded` text: those with one of their literals
        in it (each literal tested once, not once per group), or with none."""
        present = {w for w in self._literals if w in folded}
        return [g for g in self.groups if not g.literals or not present.isdisjoint(g.literals)]

    @functools.cached_property
    def _literals(self) -> frozenset[str]:
        return frozenset(w for g in self.groups for w in g.literals)

    def name_prefix(self, kind: str) -> str:
        """What the names of a kind begin with before its country ("Protesters (")."""
        return self.templates[kind].split("{")[0]

    @functools.cached_property
    def state_prefixes(self) -> tuple[str, ...]:
        """What the names of a state's forces begin with ("Military Forces of "); a template
        that starts with its country gives none."""
        prefixes = (self.name_prefix(k) for k in self.kinds.get("state", ()))
        return tuple(p for p in prefixes if p)


@dataclass(frozen=True)
class NumberLexicon:
    units: dict[str, int]
    multipliers: dict[str, int]
    vague: dict[str, int]
    plural_unspecified: int
    floor_words: tuple[str, ...]
    death_cues: frozenset[str]
    count_after_cues: frozenset[str]
    not_death_cues: frozenset[str]
    zero_phrases: re.Pattern[str] | None
    date_neighbours: frozenset[str]
    largest_count: int = 10_000_000  # a bigger figure is not read as a count of people
    one_each: frozenset[str] = frozenset()  # "stabbed to death a farmer": one, unless a number
    collective_nouns: frozenset[str] = frozenset()  # "killed the family": not one person
    animals: frozenset[str] = frozenset()  # "killed cattle": no people dead
    clock_followers: frozenset[str] = frozenset()  # "at 1620 this afternoon": a time of day
    cumulative_words: frozenset[str] = frozenset()  # "killed since 2015": a running tally
    partitive_words: frozenset[str] = frozenset()  # "many of them": part of a count told
    place_prepositions: frozenset[str] = frozenset()  # "bodies lay in several streets"
    old_remains: re.Pattern[str] | None = None  # "a mass grave holding ten bodies"
    toll_verbs: frozenset[str] = frozenset()  # "the toll rose to 25": its figure is the goal
    period_nouns: frozenset[str] = frozenset()  # "in the past decade": a period's toll
    period_openers: frozenset[str] = frozenset()  # "past", "last", "recent"
    same_periods: frozenset[str] = frozenset()  # "during the same period": one told before
    undone_deaths: frozenset[str] = frozenset()  # "after a man died": no doer, an earlier death
    accusing_words: frozenset[str] = frozenset()  # "accused of killing": an earlier act
    burial_cues: frozenset[str] = frozenset()  # "buried seven soldiers": dead when active
    told_victims: frozenset[str] = frozenset()  # "after the victims were dead": this event's
    depiction_verbs: frozenset[str] = frozenset()  # "after videos showing X being killed"
    toll_nouns: frozenset[str] = frozenset()  # "toll", "number" (of the killed)
    age_words: frozenset[str] = frozenset()  # "aged 41": the number after them is an age
    earlier_words: frozenset[str] = frozenset()  # "a similar attack killed 18": another event
    euphemisms: frozenset[str] = frozenset()  # "neutralised", "losses": deaths of fighters
    fighters: frozenset[str] = frozenset()  # the nouns a euphemism may count
    state_dead: frozenset[str] = frozenset()  # "soldiers": a battle's state side
    armed_dead: frozenset[str] = frozenset()  # "attackers": the side fighting the state
    source_verbs: frozenset[str] = frozenset()  # "said", "confirmed": who gives a toll
    fractions: dict[str, float] = field(default_factory=dict)  # "half a dozen": 6
    added_words: frozenset[str] = frozenset()  # "two more died": dead besides those told
    also_words: frozenset[str] = frozenset()  # "a civilian was also killed": the same
    total_words: frozenset[str] = frozenset()  # "killed so far": a running total
    dating_words: frozenset[str] = frozenset()  # "that killed 15 in November": another event
    killing_nouns: frozenset[str] = frozenset()  # "in connection with the killing of"
    generic_victims: frozenset[str] = frozenset()  # "people": may count the same dead twice
    remains_nouns: frozenset[str] = frozenset()  # "exchanged the bodies of": no new dead
    dying_verbs: frozenset[str] = frozenset()  # "he died at the scene": its subject is one
    life_takers: frozenset[str] = frozenset()  # "claimed the lives of nine people"
    life_losers: frozenset[str] = frozenset()  # "six people lost their lives": the dead
    day_nouns: frozenset[str] = frozenset()  # "two days after gunmen killed five": earlier
    part_words: frozenset[str] = frozenset()  # "two children were among those killed"


@dataclass(frozen=True)
class EventKnowledge:
    sub_events: dict[str, SubEvent] = field(default_factory=dict)
    event_types: dict[str, EventType] = field(default_factory=dict)
    refinements: tuple[Refinement, ...] = ()
    actors: ActorLexicon | None = None
    numbers: NumberLexicon | None = None
    irregular: dict[str, tuple[str, ...]] = field(default_factory=dict)
    cue_words: frozenset[str] = frozenset()  # every form of every cue's own words
    dateline: re.Pattern[str] | None = None
    identified_as: re.Pattern[str] | None = None  # "the victims were identified as X"
    named_hit: re.Pattern[str] | None = None  # "the target was X", in a sentence with no cue
    event_heads: frozenset[str] = frozenset()  # nouns a weapon word may modify in an event
    anaphora_nouns: frozenset[str] = frozenset()  # "the attack": an event already told
    another_words: frozenset[str] = frozenset()  # "another bomb": one more act, not one told
    addition_openers: tuple[str, ...] = ()  # "in addition, ...": one more act follows
    also_words: frozenset[str] = frozenset()  # "also blew up a bus on Monday": one more act
    aggregate_quantifiers: frozenset[str] = frozenset()  # "various attacks": many, none told
    aggregate_nouns: frozenset[str] = frozenset()  # "a wave of killings": many, none told
    conduct_nouns: frozenset[str] = frozenset()  # "violence": a kind of conduct, no incident
    whole_peoples: frozenset[str] = frozenset()  # "the people": a charge's object, no victim
    conduct_acts: frozenset[str] = frozenset()  # "an act of violence": one incident of it
    role_nouns: frozenset[str] = frozenset()  # "mayor", "embassy": who or what, not a name
    consequence_words: frozenset[str] = frozenset()  # "died", "casualties": a toll, no act
    hearing_verbs: frozenset[str] = frozenset()  # "explosions were heard": a sound, no act
    capture_words: frozenset[str] = frozenset()  # with no captor told, a capture is an arrest
    same_past: frozenset[str] = frozenset()  # "hit": present and past alike, no tense told
    passive_tolls: frozenset[str] = frozenset()  # "a sergeant was killed": a toll, no doer
    verbal: dict[str, frozenset[str]] = field(default_factory=dict)  # "attacked the plan"
    things: frozenset[str] = frozenset()  # "seized a boat": goods and arms, no territory
    arms: frozenset[str] = frozenset()  # "seized four rifles": weapons taken, no territory
    abstractions: frozenset[str] = frozenset()  # "a battle against poverty": no armed foe
    figurative_battles: frozenset[str] = frozenset()  # "a political battle": no arms
    campaign_nouns: frozenset[str] = frozenset()  # "the rebel offensive": many events, none told
    agreement_nouns: frozenset[str] = frozenset()  # "a truce": made only with a verb of making
    agreement_verbs: frozenset[str] = frozenset()  # "announced a truce", "the truce took effect"
    agreement_starts: frozenset[str] = frozenset()  # "the truce took effect"
    agreement_acts: frozenset[str] = frozenset()  # "the declaration of a truce"
    settlement_nouns: frozenset[str] = frozenset()  # "Kyaukmae, a town": ground, not people
    entering_verbs: frozenset[str] = frozenset()  # "rebels entered Hama": ground taken
    ground_taking_verbs: frozenset[str] = frozenset()  # "rebels took Hama": ground taken
    shutting_verbs: frozenset[str] = frozenset()  # "armed men shut down the oil field"
    shutting_nouns: frozenset[str] = frozenset()  # "forced the closure of the oil terminal"
    installation_nouns: frozenset[str] = frozenset()  # "field", "refinery", "pipeline"
    energy_words: frozenset[str] = frozenset()  # "oil", "gas": the installation's output
    armed_men_nouns: frozenset[str] = frozenset()  # "gunmen": an armed side by its arms
    control_words: frozenset[str] = frozenset()  # "now controls Hama": ground taken, claimed
    share_words: frozenset[str] = frozenset()  # "all of Hama": the place held
    shooting_nouns: frozenset[str] = frozenset()  # "gunfire between X and Y": a fight
    leaving_words: frozenset[str] = frozenset()  # "after the army withdrew": ground left
    retreat_phrases: re.Pattern[str] | None = None  # "the troops fell back": ground left
    peace_mission_words: tuple[str, ...] = ()  # "united nations": a mission, no side's foe
    side_nouns: frozenset[str] = frozenset()  # "fighters", "troops": an armed side unnamed
    offender_nouns: frozenset[str] = frozenset()  # "smugglers fled": a getaway, no displacement
    kin_nouns: frozenset[str] = frozenset()  # "seized a couple": people taken, no ground
    office_words: frozenset[str] = frozenset()  # "Taliban intelligence officers": an office
    decree_verbs: frozenset[str] = frozenset()  # "imposed", "dissolved": a rule or body changed
    decreed_measures: frozenset[str] = frozenset()  # "martial law", "the commission"
    self_ending_verbs: frozenset[str] = frozenset()  # "the network disbanded": itself ended
    talk_verbs: frozenset[str] = frozenset()  # "agreed to meet again": talks, no agreement
    agree_verbs: frozenset[str] = frozenset()  # "agreed": an Agreement only between two sides
    agreement_parties: frozenset[str] = frozenset()  # "the warring sides agreed": both sides
    party_counts: frozenset[str] = frozenset()  # "the two gangs agreed": counted sides
    party_group_nouns: frozenset[str] = frozenset()  # "gangs", "clans": sides when counted
    wish_verbs: frozenset[str] = frozenset()  # "demanded that they declare a truce": a wish
    unlawful_takings: tuple[str, ...] = ()  # "kidnap": no arrest even by state forces
    disappearance_phrases: tuple[str, ...] = ()  # "took them to an unknown location"
    forced_service_phrases: tuple[str, ...] = ()  # "fear they are being used as porters"
    custody_killings: tuple[str, ...] = ()  # "executed": captives killed, not forces met
    harm_on_taking: tuple[str, ...] = ()  # "seized him and shot him": an attack
    crowd_harm: tuple[str, ...] = ()  # "burned the shrine and beat the caretaker": a mob
    mob_acts: tuple[str, ...] = ()  # "two thieves were lynched": a mob's act by its word
    later_words: frozenset[str] = frozenset()  # "abducted and later killed": harm in captivity
    showing_verbs: frozenset[str] = frozenset()  # "demonstrated its skill": no protest
    weapon_object_cues: tuple[str, ...] = ()  # "intercepted": of a weapon, or of no event
    weapon_objects: frozenset[str] = frozenset()  # "intercepted a drone": a weapon stopped
    deadly_as: dict[str, str] = field(default_factory=dict)  # sub-event once people die in it
    adjective_only: frozenset[str] = frozenset()  # sub-events whose cue as adjective tells none
    referring: re.Pattern[str] | None = None  # "in connection with the bombing": told before
    trend_verbs: frozenset[str] = frozenset()  # "violence rose": a trend, no event
    stop_verbs: frozenset[str] = frozenset()  # every form of "stop the killings": no event
    kept_verbs: frozenset[str] = frozenset()  # "the army keeps bombing": conduct, no event
    spread_preps: frozenset[str] = frozenset()  # "fighting continued across the region"
    wide_areas: frozenset[str] = frozenset()
    evidence_verbs: frozenset[str] = frozenset()  # "these bombings prove": acts cited
    practice_nouns: frozenset[str] = frozenset()  # "is a common practice": a habit
    motive_preps: frozenset[str] = frozenset()  # "arrested for killing": the act is a charge
    charge_words: frozenset[str] = frozenset()  # "accused of encouraging the murders"
    aim_nouns: frozenset[str] = frozenset()  # "the mission of killing him": an aim, no act
    identified_hit: frozenset[str] = frozenset()  # "the dead man was identified as X"
    searched_premises: frozenset[str] = frozenset()  # "raided three farms": a search, no attack
    raid_words: frozenset[str] = frozenset()  # "raided": a search or an arrest's operation
    time_spans: frozenset[str] = frozenset()  # "a day after the clash": another day's act
    follow_verbs: frozenset[str] = frozenset()  # "followed fighting the week before"
    trace_nouns: frozenset[str] = frozenset()  # "signs of having been tortured": a detail
    ally_verbs: frozenset[str] = frozenset()  # "troops backed by vigilantes": an ally
    allegiance_preps: frozenset[str] = frozenset()  # "men fighting for the rebels": a side
    allegiance_sides: frozenset[str] = frozenset()  # "fighting on the rebels' side"
    counted_tolls: frozenset[str] = frozenset()  # "7 fatalities": a toll only when counted
    keep_verbs: frozenset[str] = frozenset()  # "to continue killing": an aim kept up
    backdrop_verbs: frozenset[str] = frozenset()  # "came as fighting continued": the war
    naming_verbs: frozenset[str] = frozenset()  # "called the arrests an attack": a judgement
    grievance_nouns: frozenset[str] = frozenset()  # "justice for a girl raped by": a cause
    past_only: frozenset[str] = frozenset()  # "retook": a verb, whatever the tagger says
    whole_words: frozenset[str] = frozenset()  # "passer-by": one word, not three tokens
    trend_objects: frozenset[str] = frozenset()  # "intensified air strikes": a trend
    background: re.Pattern[str] | None = None  # "because of the attacks": cited, not told
    arrest_order_verbs: frozenset[str] = frozenset()  # "ordered his arrest": none made yet
    arrest_order_nouns: frozenset[str] = frozenset()  # "a warrant for his arrest": none yet
    figurative_subjects: frozenset[str] = frozenset()  # "the crisis exploded": no weapon
    spoken_fights: frozenset[str] = frozenset()  # "a war of words": no arms
    figurative_blasts: frozenset[str] = frozenset()  # "a social explosion": nouns of bursting
    figurative_kinds: frozenset[str] = frozenset()  # "social": a blast of no weapon
    symbols: frozenset[str] = frozenset()  # "burned flags": a sign, no property destroyed
    intangibles: frozenset[str] = frozenset()  # "had stolen the presidency": no property
    mob_nouns: frozenset[str] = frozenset()  # "residents", "villagers": civilians as a mob
    accusation_words: frozenset[str] = frozenset()  # "a man they accused of theft": vigilantes
    destination_cues: tuple[str, ...] = ()  # "diverted to X": X sets no later sentence
    origin_cues: tuple[str, ...] = ()  # "fired from X", "many from X": X is no scene
    # "demanded", "calling for" (every form): what is asked for is no scene
    demand_cues: frozenset[str] = frozenset()
    claims: tuple[str, ...] = ()  # "claimed responsibility": details of an attack told before
    instruments: frozenset[str] = frozenset()  # weapons: an event only when used ("bomb hit")
    firing_parts: frozenset[str] = frozenset()  # "pulled the pin of a grenade": the weapon used
    firing_verbs: frozenset[str] = frozenset()  # "pulled", "lit": a firing part set off
    prizes: frozenset[str] = frozenset()  # "the battle for the mayoralty": a contest
    mined_goods: frozenset[str] = frozenset()  # "a coal mine": a pit, no weapon
    pit_verbs: frozenset[str] = frozenset()  # "work the mines": a pit, no weapon
    military_targets: frozenset[str] = frozenset()  # "attacked army positions": a battle
    cargo_verbs: frozenset[str] = frozenset()  # "a lorry carrying dynamite": a load, no weapon
    vehicles: frozenset[str] = frozenset()  # "bus", "lorry": vehicles that crash or carry loads
    cargo: re.Pattern[str] | None = None  # "a lorry carrying dynamite": the load's weapon word
    accidents: re.Pattern[str] | None = None  # "the helicopter crashed": no violence
    accident_cause_verbs: frozenset[str] = frozenset()  # "was caused by careless handling"
    collision: re.Pattern[str] | None = None  # "a bus travelling to X hit a lorry": a crash
    sport: re.Pattern[str] | None = None  # "hit Zamalek with three goals": a game
    market: re.Pattern[str] | None = None  # "shares fell to a six-month low": a market
    march_routes: frozenset[str] = frozenset()  # "marched the streets": ground, not people
    debate: re.Pattern[str] | None = None  # "lawmakers clashed over the budget": a chamber
    force: re.Pattern[str] | None = None  # "fans clashed with police": violence after all
    game_talk: re.Pattern[str] | None = None  # "a late header killed off the contest": play
    audience: re.Pattern[str] | None = None  # "in front of 50,000 fans": who watched the play
    sport_result: re.Pattern[str] | None = None  # "beat the visitors 3-1": a match's result
    criminal_goods: re.Pattern[str] | None = None  # "seized 2 tonnes of cocaine": crime
    protest_scene: re.Pattern[str] | None = None  # "a student taking part in a march"
    gathering_words: frozenset[str] = frozenset()  # "detained those who gathered": a protest
    crowd_verbs: frozenset[str] = frozenset()  # "gathered ..., demanding": a peaceful protest
    aircraft_nouns: frozenset[str] = frozenset()  # "drones ... struck": an air/drone strike
    strike_verbs: frozenset[str] = frozenset()
    handover_verbs: frozenset[str] = frozenset()  # "handed the camp ... over": ground passed on
    handover_grounds: frozenset[str] = frozenset()  # "camp", "villages": what is handed is ground
    release_verbs: frozenset[str] = frozenset()  # "released", "freed": captives let go
    captivity_verbs: frozenset[str] = frozenset()  # "held", "kidnapped": the freed one was held
    taking_away_verbs: frozenset[str] = frozenset()  # "took three activists from their homes"
    taking_away_particles: frozenset[str] = frozenset()  # "picked up": the taking's particle
    home_nouns: frozenset[str] = frozenset()  # "from their homes": where people were taken from
    shoving_verbs: frozenset[str] = frozenset()  # "bundled a priest into a pickup truck"
    leading_off_verbs: frozenset[str] = frozenset()  # "took the chief ... away": abducted
    leading_off_particles: frozenset[str] = frozenset()  # "away", "off"
    wild_nouns: frozenset[str] = frozenset()  # "into the bush": where captives are led
    weapon_points: frozenset[str] = frozenset()  # "taken at gunpoint": taken as captives
    vehicle_nouns: frozenset[str] = frozenset()  # "into a pickup truck": the taker's vehicle
    captor_verbs: frozenset[str] = frozenset()  # "kidnapped": only people are held so
    captive_words: frozenset[str] = frozenset()  # "held hostage": the held one is a person
    demand_verbs: frozenset[str] = frozenset()
    coverage_verbs: frozenset[str] = frozenset()  # "covering a rally": at work, not gathered
    filmed_things: frozenset[str] = frozenset()  # "scenes were shot in a village": filming
    shoot_words: frozenset[str] = frozenset()  # "shot", "shooting": a camera's too
    routine_posts: frozenset[str] = frozenset()  # a state's checkpoint is no base
    found_verbs: frozenset[str] = frozenset()  # "blew up the mines they found": disrupted
    fight_words: frozenset[str] = frozenset()  # "seized rifles after the clash": the fight's spoils
    fire_fight_words: frozenset[str] = frozenset()  # "crews fought the blaze": no violence
    fires: frozenset[str] = frozenset()  # "fought fires still burning": what firefighters fight
    firefighters: frozenset[str] = frozenset()  # "firefighters battled": fire fighting
    attacking_animals: frozenset[str] = frozenset()  # "elephants attacked the hut": no actor
    taking_nouns: frozenset[str] = frozenset()  # "the seizure of rifles": a taking
    scene_nouns: frozenset[str] = frozenset()  # "the area of fighting": a setting
    use_verbs: frozenset[str] = frozenset()  # the verbs that use a weapon, every form
    object_use_verbs: frozenset[str] = frozenset()  # "released grenades": used as its object
    going_off_verbs: frozenset[str] = frozenset()  # "exploded", "went off": a weapon went off
    happening_verbs: frozenset[str] = frozenset()  # "the attack took place in a bank"
    attempt_heads: frozenset[str] = frozenset()  # "the campaign to retake X": an attempt
    success_heads: frozenset[str] = frozenset()  # "managed to retake X": an outcome after all
    quantity_nouns: frozenset[str] = frozenset()  # "a number of prisoners": the "of" was taken
    ousting_verbs: frozenset[str] = frozenset()  # "drove the rebels out": the enemy ousted
    mutual_fight_verbs: frozenset[str] = frozenset()  # "villagers fought": a communal clash
    one_sided_fight_verbs: frozenset[str] = frozenset()  # "ambushed": nobody fought back
    using_verbs: frozenset[str] = frozenset()  # "used a car bomb to kill": the act's weapon
    span_nouns: frozenset[str] = frozenset()  # "a week after a driver was shot": earlier
    alike_words: frozenset[str] = frozenset()  # "similarly, gunmen burned ...": one more act
    arrival_verbs: frozenset[str] = frozenset()  # "when police arrived": after the act
    spot_nouns: frozenset[str] = frozenset()  # "in front of the court": the place, no target
    standing_words: frozenset[str] = frozenset()  # "already under rebel control": no taking
    role_words: RoleWords = RoleWords()  # "Oqueli's assassination": the possessor was hit
    time_cues: Any = None  # sitrep.time.Cues: factuality and certainty cues, loaded once
    day_words: frozenset[str] = frozenset()  # month and weekday names, "today": an occasion
    # the place-lexicon words that set a named place aside as no scene (`scene_words`)
    scene_words: SceneWords = field(default_factory=lambda: scene_words(load_lexicon()))

    @functools.cached_property
    def people_nouns(self) -> frozenset[str]:
        """Nouns that name people: the actors' person nouns (ranks, roles) and those of kin,
        age or trade ("three farmers"), joined once."""
        people = self.actors.person_nouns if self.actors is not None else frozenset()
        return people | self.kin_nouns


DATA_DIR = Path(__file__).resolve().parents[1] / "data"


def _read(name: str, data_dir: Path = DATA_DIR) -> dict[str, Any]:
    return tomllib.loads((data_dir / name).read_text("utf-8"))


def _cue_words(taxonomy: dict[str, Any]) -> frozenset[str]:
    """Every form of the words the cues spell out ("set", "fire" of "set ... on fire"); what
    fills a cue's gap ("the club") is none of them."""
    irregular = taxonomy.get("irregular", {})
    words: set[str] = set()
    for item in taxonomy["sub_event"]:
        for cue in (*item.get("cues", ()), *item.get("weak_cues", ())):
            for word in fold(cue).split():
                if word != "...":
                    words |= inflections(word.lstrip("="), irregular)
    return frozenset(words)


def load_taxonomy(data: dict[str, Any]) -> tuple[dict[str, SubEvent], tuple[Refinement, ...]]:
    irregular = data.get("irregular", {})
    subs = {}
    for item in data["sub_event"]:
        subs[item["key"]] = SubEvent(
            key=item["key"],
            event_type=item["event_type"],
            name=item["name"],
            definition=item["definition"],
            note=item.get("note", ""),
            cues=compile_cues(item.get("cues", []), irregular),
            weak_cues=compile_cues(item.get("weak_cues", []), irregular),
            not_cues=compile_cues(item.get("not_cues", []), irregular),
            territory=item.get("territory", False),
            civilian_targeting=item.get("civilian_targeting", False),
            subsumes=tuple(item.get("subsumes", ())),
            part_of_attack=item.get("part_of_attack", False),
            unarmed_only=item.get("unarmed_only", False),
            not_by_kinds=tuple(item.get("not_by_kinds", ())),
            default_actor1=item.get("default_actor1"),
            default_actor2=item.get("default_actor2"),
            actor1_from_patients=item.get("actor1_from_patients", False),
            parties=item.get("parties", False),
            no_toll=item.get("no_toll", False),
            one_sided=item.get("one_sided", False),
            own_doer=item.get("own_doer", False),
        )
    refinements = tuple(
        Refinement(source, rule["to"], when, tuple(rule["when"]), unless, report_when)
        for rule in data.get("refine", [])
        for when in [compile_cues(rule["when"], irregular)]
        for unless in [compile_cues(rule["unless"], irregular) if "unless" in rule else None]
        for report_when in [compile_cues(rule.get("report_when", []), irregular)]
        for source in _one_or_many(rule["from"])  # one rule may refine several kinds alike
    )
    return subs, refinements


def _one_or_many(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def load_event_types(data: dict[str, Any]) -> dict[str, EventType]:
    return {
        item["name"]: EventType(
            name=item["name"],
            definition=item["definition"],
            disorder_type=item["disorder_type"],
            armed=item.get("armed", False),
            two_sided=item.get("two_sided", False),
            crowd=item.get("crowd"),
            default_actor2=item.get("default_actor2"),
        )
        for item in data["event_type"]
    }


# ACLED's communal militias carry the country they act in ("<Name> Clan Militia (Somalia)"):
# a named clan, ethnic or communal militia without one takes the event's country
COMMUNAL_LABELS = ("Clan Militia", "Ethnic Militia", "Communal Militia")


def _communal_name(name: str) -> str:
    if name.endswith(COMMUNAL_LABELS) and "(" not in name:
        return f"{name} ({{country}})"
    return name


def load_actor_lexicon(data: dict[str, Any]) -> ActorLexicon:
    roles = data.get("roles", {})
    speech = data.get("speech", {})
    blaming = speech.get("blaming_verbs", ())
    demonyms = {k.lower(): v for k, v in data["demonyms"].items()}
    countries = set(demonyms.values()) | set(data.get("country", {}))
    demonyms.update({c.lower(): c for c in countries})
    lead = "|".join(re.escape(d) for d in sorted(demonyms, key=len, reverse=True))
    generic: dict[str, re.Pattern[str] | None] = {}
    demonym_generic: dict[str, re.Pattern[str]] = {}
    for kind, nouns in data["generic"].items():
        pattern = compile_cues(nouns, {}, nouns_only=True)
        generic[kind] = pattern
        if pattern is not None:
            inner = pattern.pattern[len(r"(?<![\w])") : -len(r"(?![\w])")]
            # "Malian (FAMa) and French troops": a bracketed acronym names the lead's own force
            demonym_generic[kind] = re.compile(
                rf"(?<![\w])(?P<lead>{lead})(?:'s)?(?:\s*\([\w\-]{{2,8}}\))?[\s\-]+"
                rf"(?:[\w\-]+\s+){{0,2}}?{inner}(?![\w])"
            )
    groups = tuple(
        Group(
            name=_communal_name(g.get("name", "")),
            kind=g.get("kind", "rebels"),
            pattern=compile_cues(_folded_aliases(g["aliases"]), {}, nouns_only=True),
            countries=tuple(g.get("countries", ())),
            fallback=g.get("fallback"),
            state=g.get("state"),
            names=tuple(g.get("names", {}).items()),
            unit=g.get("unit"),
            rules=(g["rules"]["country"], g["rules"]["from"]) if "rules" in g else None,
            literals=first_literals([a.lstrip("^") for a in g["aliases"]], nouns_only=True),
            cased=_cased_aliases(g["aliases"]),
        )
        for g in data.get("group", [])
    ) + _ethnic_groups(data)
    # "Ukrainian defensive positions": a describing word between the nationality and the noun
    modifiers = data.get("people", {}).get("demonym_noun_modifiers", [])
    between = rf"(?:(?:{_alternatives(modifiers)})[\s\-]+)?" if modifiers else ""
    return ActorLexicon(
        groups=groups,
        generic=generic,
        demonym_generic=demonym_generic,
        demonym_nouns={
            kind: re.compile(
                rf"(?<![\w])(?P<lead>{lead})(?:'s)?[\s\-]+{between}(?:{_alternatives(nouns)})(?![\w])"
            )
            for kind, nouns in data.get("demonym_nouns", {}).items()
        },
        demonyms=demonyms,
        templates=dict(data["templates"]),
        kind_names=dict(data["kind_names"]),
        country_names={c: dict(v) for c, v in data.get("country", {}).items()},
        kinds={k: tuple(v) for k, v in data["kinds"].items()},
        person_nouns=frozenset(data.get("people", {}).get("nouns", ())),
        speech_verbs=frozenset(data.get("speech", {}).get("verbs", ())),
        government_verbs=_all_forms(data.get("speech", {}).get("government_verbs", ()), {}),
        site_nouns=_all_forms(data.get("people", {}).get("site_nouns", ()), {}),
        vehicle_nouns=_all_forms(data.get("people", {}).get("vehicle_nouns", ()), {}),
        place_nouns=frozenset(data.get("people", {}).get("place_nouns", ())),
        weapon_foes=dict(roles.get("weapon_foes", {})),
        group_launch_grounds=frozenset(roles.get("group_launch_grounds", ())),
        place_verbs=_all_forms(data.get("speech", {}).get("place_verbs", ()), {}),
        blame_verbs=_all_forms([*blaming, *speech.get("blame_verbs", ())], {}),
        blaming_verbs=_all_forms(blaming, {}),
        suspicion_verbs=_all_forms(speech.get("suspicion_verbs", ()), {}),
        telling_verbs=_all_forms(speech.get("telling_verbs", ()), {}),
        unknown_doers=frozenset(data.get("people", {}).get("unknown_doers", ())),
        member_nouns=frozenset(data.get("people", {}).get("members", ())),
        part_nouns=frozenset(data.get("people", {}).get("parts", ())),
        identities=dict(data.get("identities", {})),
        receiver_first=frozenset(roles.get("receiver_first", ())),
        giving_words=frozenset(roles.get("giving_words", ())),
        deal_nouns=frozenset(roles.get("deal_nouns", ())),
        state_first=frozenset(roles.get("state_first", ())),
        police_sub_events=frozenset(roles.get("police_sub_events", ())),
        unknown_doer_sub_events=frozenset(roles.get("unknown_doer_sub_events", ())),
        police_words=frozenset(roles.get("police_words", ())),
        joining_verbs=frozenset(roles.get("joining_verbs", ())),
        out_of_service=frozenset(roles.get("out_of_service", ())),
        named_group_sub_events=frozenset(roles.get("named_group_sub_events", ())),
        sides_together=frozenset(roles.get("sides_together", ())),
        go_between_verbs=_all_forms(roles.get("go_between_verbs", ()), {}),
        holding_verbs=_all_forms(roles.get("holding_verbs", ()), {}),
        things=compile_cues(data.get("people", {}).get("things", []), {}, nouns_only=True),
        machines=frozenset(data.get("people", {}).get("machines", ())),
        portfolios=frozenset(data.get("people", {}).get("portfolios", ())),
        civilian_sites=frozenset(data.get("people", {}).get("civilian_sites", ())),
        means_nouns=frozenset(data.get("people", {}).get("means_nouns", ())),
        ground_sides=frozenset(roles.get("ground_sides", ())),
        weapon_owner_hit=frozenset(roles.get("weapon_owner_hit", ())),
        hidden_doer=frozenset(roles.get("hidden_doer", ())),
        country_forces=frozenset(roles.get("country_forces", ())),
        kin_names=_kin_names(data, ("clan_names", "tribe_names")),
        states={
            country: StatePeriods(
                tuple(sorted(v["from"])),
                bool(v.get("the", False)),
                tuple(sorted(v.get("units", {}).items())),
            )
            for country, v in data.get("state", {}).items()
        },
        demonym_words=_demonym_words(demonyms),
        agency_countries=dict(data.get("agency_countries", {})),
        rival_words=frozenset(roles.get("rival_words", ())),
        hurt_stems=tuple(roles.get("hurt_stems", ())),
        dying_stems=tuple(roles.get("dying_stems", ())),
        enemy_words=frozenset(roles.get("enemy_words", ())),
        unknown_words=tuple(roles.get("unknown_words", ())),
        irregular_speech=frozenset(speech.get("irregular_speech", ())),
    )


def _demonym_words(demonyms: Mapping[str, str]) -> re.Pattern[str] | None:
    """Nationality and country words anywhere in a text, longest first ("South Sudanese"
    before "Sudanese"); two-letter ones ("us") are too often another word to count alone."""
    words = sorted((d for d in demonyms if len(d) > 2), key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w])", re.I)


def _folded_aliases(aliases: Sequence[str]) -> list[str]:
    return [a for a in aliases if not a.startswith("^")]


def _cased_aliases(aliases: Sequence[str]) -> re.Pattern[str] | None:
    """Initials that are also a word or another thing's initials ("AA", "KIA", "JEM" beside
    Jaish-e-Mohammed's "JeM"): matched only in capitals as written, never in lower case."""
    cased = sorted((a[1:] for a in aliases if a.startswith("^")), key=len, reverse=True)
    if not cased:
        return None
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(a) for a in cased) + r")(?![\w])")


def _day_words(path: str) -> frozenset[str]:
    """Month and weekday names and one-word days ("today", "yesterday")."""
    words = load_time_words(path)
    days = (w for w in words.relative_days if " " not in w)
    return frozenset([*words.months, *words.weekdays, *days])


def _alternatives(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# A name: one to three capitalised words ("Ayr", "Cumar Maxamuud", "Habar Gidir").
CLAN_NAME = r"[A-Z][\w'’]*(?:[\s-][A-Z][\w'’]*){0,2}"


def _kin_names(
    data: dict[str, Any], sections: Sequence[str]
) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each kin word section's names pattern with its label ("[tribe_names]": "the Shammar
    tribe" is the "Shammar Tribal Militia")."""
    found = [(_clan_names(data.get(k, {}).get("nouns", ())), data.get(k, {})) for k in sections]
    return tuple((pattern, d.get("label", "Clan Militia")) for pattern, d in found if pattern)


def _clan_names(nouns: Sequence[str]) -> re.Pattern[str] | None:
    """Names, one or several joined by commas, "and" or "or", right before a clan word ("the
    Saleban and Ayr clans"): read on the text as written, the names in capitals."""
    if not nouns:
        return None
    words = _alternatives(nouns)
    names = rf"(?P<names>{CLAN_NAME}(?:(?:\s*,\s*|\s+(?:and|or)\s+){CLAN_NAME})*)"
    return re.compile(rf"(?<![\w-]){names}\s+(?i:{words})(?![\w-])")


def _ethnic_groups(data: dict[str, Any]) -> tuple[Group, ...]:
    """Communities in arms ("Fulani herders", "Dinka and Murle youths"): the community's word
    when a militia noun follows it, past a second community joined by "and"."""
    nouns = data.get("ethnic_nouns", {}).get("nouns", [])
    if not nouns:
        return ()
    after = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    groups = []
    for e in data.get("ethnic", []):
        names = e.get("aliases") or [e["name"].lower()]
        words = "|".join(re.escape(w) for w in sorted(names, key=len, reverse=True))
        label = f"{e['name']} {e.get('label', 'Ethnic Militia')}"
        pattern = re.compile(
            rf"(?<![\w-])(?:{words})(?=(?:\s+(?:and|or)\s+[\w'-]+(?:\s+[\w'-]+)?)?"
            rf"\s+(?:{after})(?![\w]))"
        )
        countries = tuple(e["countries"])
        groups.append(
            Group(
                f"{label} ({{country}})",
                "militia",
                pattern,
                countries,
                f"{label} ({countries[0]})",
                literals=tuple(sorted(names)),
                kin_label=e.get("label", "Ethnic Militia"),
            )
        )
    return tuple(groups)


def load_number_lexicon(data: dict[str, Any]) -> NumberLexicon:
    rules = data["rules"]
    return NumberLexicon(
        units=dict(data["units"]),
        multipliers=dict(data["multipliers"]),
        vague=dict(data["vague"]),
        plural_unspecified=int(rules["plural_unspecified"]),
        floor_words=tuple(rules["floor_words"]),
        death_cues=frozenset(rules["death_cues"]),
        count_after_cues=frozenset(rules["count_after_cues"]),
        not_death_cues=frozenset(rules["not_death_cues"]),
        zero_phrases=compile_cues(rules["zero_phrases"], {}, nouns_only=True),
        date_neighbours=frozenset(rules["date_neighbours"]),
        largest_count=int(rules["largest_count"]),
        one_each=frozenset(rules.get("one_each", ())),
        collective_nouns=frozenset(rules.get("collective_nouns", ())),
        animals=frozenset(rules.get("animals", ())),
        clock_followers=frozenset(rules.get("clock_followers", ())),
        cumulative_words=frozenset(rules.get("cumulative_words", ())),
        partitive_words=frozenset(rules.get("partitive_words", ())),
        place_prepositions=frozenset(rules.get("place_prepositions", ())),
        old_remains=compile_cues(rules.get("old_remains", []), {}, nouns_only=True),
        toll_verbs=frozenset(rules.get("toll_verbs", ())),
        period_nouns=frozenset(rules.get("period_nouns", ())),
        period_openers=frozenset(rules.get("period_openers", ())),
        same_periods=frozenset(rules.get("same_periods", ())),
        undone_deaths=frozenset(rules.get("undone_deaths", ())),
        accusing_words=frozenset(rules.get("accusing_words", ())),
        burial_cues=frozenset(rules.get("burial_cues", ())),
        told_victims=frozenset(rules.get("told_victims", ())),
        depiction_verbs=frozenset(rules.get("depiction_verbs", ())),
        toll_nouns=frozenset(rules.get("toll_nouns", ())),
        age_words=frozenset(rules.get("age_words", ())),
        earlier_words=frozenset(rules.get("earlier_words", ())),
        euphemisms=frozenset(rules.get("euphemisms", ())),
        fighters=frozenset(rules.get("fighters", ())),
        state_dead=frozenset(rules.get("state_dead", ())),
        armed_dead=frozenset(rules.get("armed_dead", ())),
        source_verbs=frozenset(rules.get("source_verbs", ())),
        fractions=dict(data.get("fractions", {})),
        added_words=frozenset(rules.get("added_words", ())),
        also_words=frozenset(rules.get("also_words", ())),
        total_words=frozenset(rules.get("total_words", ())),
        dating_words=frozenset(rules.get("dating_words", ())),
        killing_nouns=frozenset(rules.get("killing_nouns", ())),
        generic_victims=frozenset(rules.get("generic_victims", ())),
        remains_nouns=frozenset(rules.get("remains_nouns", ())),
        dying_verbs=frozenset(rules.get("dying_verbs", ())),
        life_takers=frozenset(rules.get("life_takers", ())),
        life_losers=frozenset(rules.get("life_losers", ())),
        day_nouns=frozenset(rules.get("day_nouns", ())),
        part_words=frozenset(rules.get("part_words", ())),
    )


def _later_hit(taxonomy: dict[str, Any], key: str) -> re.Pattern[str] | None:
    pattern = taxonomy.get("later_hit", {}).get(key)
    return re.compile(pattern, re.I) if pattern else None


def _words(rules: dict[str, Any], key: str) -> frozenset[str]:
    """A [rules] word list of taxonomy.toml as a set (empty when the list is absent)."""
    return frozenset(rules.get(key, ()))


def _all_forms(words: Any, irregular: dict[str, Any]) -> frozenset[str]:
    """Every inflected form of the words (the parse carries no lemmas)."""
    return frozenset(form for word in words for form in inflections(word, irregular))


def _phrase_forms(phrases: Any, irregular: dict[str, Any]) -> frozenset[str]:
    """Every inflected form of phrases whose first word is a verb ("calling for")."""
    out = set()
    for phrase in phrases:
        verb, _, rest = phrase.partition(" ")
        out |= {f"{form} {rest}".strip() for form in inflections(verb, irregular)}
    return frozenset(out)


def _words_pattern(taxonomy: dict[str, Any], key: str) -> re.Pattern[str] | None:
    """Whole words or phrases of a [rules] list, one alternation (matched on folded text)."""
    words = taxonomy.get("rules", {}).get(key, [])
    if not words:
        return None
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})\b")


def _audience(taxonomy: dict[str, Any]) -> re.Pattern[str] | None:
    """ "in front of 50,000 fans", "watched by thousands of supporters": a lead word of the
    audience_words list, a count of a few words at most, then one of its nouns; or the noun
    alone ("fans clashed with stewards"): in a match report the crowd is no force by itself,
    only what it did or who faced it (police, stones, the injured)."""
    rules = taxonomy.get("rules", {})
    leads, nouns = rules.get("audience_words", []), rules.get("audience_nouns", [])
    if not leads or not nouns:
        return None
    lead = "|".join(re.escape(w) for w in sorted(leads, key=len, reverse=True))
    noun = "|".join(re.escape(w) for w in nouns)
    return re.compile(rf"\b(?:(?:{lead})\s+(?:[\w,.'-]+\s+){{0,4}}?)?(?:{noun})\b")


# A game's score ("38-10", "6-1, 6-2"): two small numbers joined by a dash, standing alone
# (not "AK-47", "2019-20") and followed by no unit or noun ("10-12 people", "5-7 May" are
# ranges), only by punctuation or a word that goes on with the match; or a count of what only
# games score ("three goals in twelve minutes", "four tries").
_SCORE_LINE = (
    r"(?<![\w.,/-])\d{1,3} ?[-\u2013] ?\d{1,3}(?![\w%/-])"
    r"(?=\s*(?:[,.;:)]|$|(?:in|at|on|win|victory|defeat|loss|lead|against|with|after|to|and|as"
    r"|draw|home|away|over|before|thanks|for|last|this)\b))"
)
_SCORE_COUNT = (
    r"\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)"
    r" (?:goals|tries|wickets|touchdowns|three-pointers)\b"
)
SCORE = rf"(?:{_SCORE_LINE}|{_SCORE_COUNT})"


def _collision_pattern(vehicles: list[str], verbs: list[str]) -> re.Pattern[str] | None:
    """A vehicle that hits another ("a bus travelling to the capital hit a lorry", "bus hits
    lorry"): a road crash, matched on folded text within one clause."""
    if not vehicles or not verbs:
        return None
    vehicle = "|".join(re.escape(v) for v in sorted(vehicles, key=len, reverse=True))
    verb = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
    return re.compile(
        rf"\b(?:{vehicle})\b(?:[^\s.;!?]*\s+){{0,7}}?(?:{verb})\s+(?:[^\s.;!?]+\s+){{0,2}}"
        rf"(?:{vehicle})\b"
    )


def _cargo_pattern(
    vehicles: frozenset[str], verbs: frozenset[str], weapons: frozenset[str]
) -> re.Pattern[str] | None:
    """A weapon a vehicle carries as its load ("a lorry carrying tonnes of dynamite", "an
    explosives truck"), matched on folded text; group 1 or 2 is the weapon's word."""
    if not vehicles or not verbs or not weapons:
        return None
    vehicle, verb, weapon = (
        "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        for words in (vehicles, verbs, weapons)
    )
    return re.compile(
        rf"\b(?:{vehicle})\s+(?:{verb})\s+(?:[^\s.;!?]+\s+){{0,3}}?({weapon})\b"
        rf"|\b({weapon})\s+(?:{vehicle})\b"
    )


def _result_pattern(verbs: list[str]) -> re.Pattern[str] | None:
    """A verb of winning or losing with a score after it ("beat Tonga 41-7", "won 2-0"): a
    match's result, matched on folded text within one clause."""
    if not verbs:
        return None
    alternation = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})\b[^.;!?]{{0,60}}?{SCORE}")


def load_event_knowledge(data_dir: Path = DATA_DIR) -> EventKnowledge:
    """The taxonomy, actor and number lexicons from `data_dir` (the bundled data by default)."""
    taxonomy = _read("taxonomy.toml", data_dir)
    subs, refinements = load_taxonomy(taxonomy)
    irregular = taxonomy.get("irregular", {})
    rules = taxonomy.get("rules", {})

    def forms(key: str) -> frozenset[str]:
        """Every inflected form of a [rules] word list."""
        return _all_forms(rules.get(key, ()), irregular)

    actors = load_actor_lexicon(_read("actors.toml", data_dir))
    return EventKnowledge(
        sub_events=subs,
        event_types=load_event_types(taxonomy),
        refinements=refinements,
        actors=actors,
        numbers=load_number_lexicon(_read("numbers.toml", data_dir)),
        irregular={k: tuple(v) for k, v in taxonomy.get("irregular", {}).items()},
        cue_words=_cue_words(taxonomy),
        dateline=re.compile(taxonomy["dateline"]["pattern"]) if "dateline" in taxonomy else None,
        identified_as=_later_hit(taxonomy, "identified"),
        named_hit=_later_hit(taxonomy, "uncued"),
        event_heads=forms("event_heads"),
        deadly_as=dict(rules.get("deadly_as", {})),
        adjective_only=_words(rules, "adjective_only"),
        trend_verbs=_words(rules, "trend_verbs"),
        stop_verbs=forms("stop_verbs"),
        kept_verbs=_words(rules, "kept_verbs"),
        spread_preps=_words(rules, "spread_preps"),
        wide_areas=_words(rules, "wide_areas"),
        evidence_verbs=_words(rules, "evidence_verbs"),
        practice_nouns=_words(rules, "practice_nouns"),
        motive_preps=_words(rules, "motive_preps"),
        charge_words=_words(rules, "charge_words"),
        aim_nouns=_words(rules, "aim_nouns"),
        identified_hit=_words(rules, "identified_hit"),
        searched_premises=_words(rules, "searched_premises"),
        raid_words=forms("raid_words"),
        time_spans=_words(rules, "time_spans"),
        follow_verbs=_words(rules, "follow_verbs"),
        trace_nouns=_words(rules, "trace_nouns"),
        ally_verbs=_words(rules, "ally_verbs"),
        allegiance_preps=_words(rules, "allegiance_preps"),
        allegiance_sides=_words(rules, "allegiance_sides"),
        counted_tolls=_words(rules, "counted_tolls"),
        backdrop_verbs=forms("backdrop_verbs"),
        keep_verbs=forms("keep_verbs"),
        naming_verbs=forms("naming_verbs"),
        grievance_nouns=_words(rules, "grievance_nouns"),
        past_only=_words(rules, "past_only"),
        whole_words=_words(rules, "whole_words"),
        trend_objects=_words(rules, "trend_object_verbs"),
        background=_referring(rules.get("background", ())),
        arrest_order_verbs=forms("arrest_order_verbs"),
        arrest_order_nouns=_words(rules, "arrest_order_nouns"),
        figurative_subjects=_words(rules, "figurative_subjects"),
        spoken_fights=_words(rules, "spoken_fights"),
        figurative_blasts=_words(rules, "figurative_blasts"),
        figurative_kinds=_words(rules, "figurative_kinds"),
        symbols=_words(rules, "symbols"),
        intangibles=_words(rules, "intangibles"),
        mob_nouns=_words(rules, "mob_nouns"),
        accusation_words=_words(rules, "accusation_words"),
        destination_cues=tuple(rules.get("destination_cues", ())),
        origin_cues=tuple(rules.get("origin_cues", ())),
        demand_cues=_phrase_forms(rules.get("demand_cues", ()), irregular),
        claims=tuple(rules.get("claims", ())),
        instruments=_words(rules, "instruments"),
        firing_parts=_words(rules, "firing_parts"),
        firing_verbs=forms("firing_verbs"),
        prizes=_words(rules, "prizes"),
        mined_goods=_words(rules, "mined_goods"),
        pit_verbs=forms("pit_verbs"),
        military_targets=_words(rules, "military_targets"),
        scene_words=scene_words(load_lexicon(data_dir / "places.toml")),
        cargo_verbs=forms("cargo_verbs"),
        cargo=_cargo_pattern(
            _words(rules, "vehicles"), forms("cargo_verbs"), _words(rules, "instruments")
        ),
        vehicles=_words(rules, "vehicles"),
        accidents=compile_cues(rules.get("accidents", []), {}, nouns_only=True),
        accident_cause_verbs=forms("accident_cause_verbs"),
        collision=_collision_pattern(rules.get("vehicles", []), rules.get("collision_verbs", [])),
        sport=_words_pattern(taxonomy, "sport_words"),
        market=_words_pattern(taxonomy, "market_words"),
        debate=_words_pattern(taxonomy, "debate_words"),
        march_routes=_words(rules, "march_routes"),
        force=_words_pattern(taxonomy, "force_words"),
        game_talk=_words_pattern(taxonomy, "game_talk"),
        audience=_audience(taxonomy),
        sport_result=_result_pattern(rules.get("result_verbs", [])),
        criminal_goods=_words_pattern(taxonomy, "criminal_goods"),
        protest_scene=_words_pattern(taxonomy, "protest_scene"),
        gathering_words=forms("gathering_words"),
        crowd_verbs=forms("crowd_verbs"),
        aircraft_nouns=_words(rules, "aircraft_nouns"),
        strike_verbs=forms("strike_verbs"),
        handover_verbs=forms("handover_verbs"),
        handover_grounds=_words(rules, "handover_grounds") | _words(rules, "settlement_nouns"),
        release_verbs=forms("release_verbs"),
        captivity_verbs=forms("captivity_verbs"),
        captor_verbs=forms("captor_verbs"),
        taking_away_verbs=forms("taking_away_verbs"),
        taking_away_particles=_words(rules, "taking_away_particles"),
        home_nouns=_words(rules, "home_nouns"),
        shoving_verbs=forms("shoving_verbs"),
        leading_off_verbs=forms("leading_off_verbs"),
        leading_off_particles=_words(rules, "leading_off_particles"),
        wild_nouns=_words(rules, "wild_nouns"),
        weapon_points=_words(rules, "weapon_points"),
        vehicle_nouns=_words(rules, "vehicle_nouns"),
        captive_words=_words(rules, "captive_words"),
        demand_verbs=forms("demand_verbs"),
        coverage_verbs=forms("coverage_verbs"),
        filmed_things=_words(rules, "filmed_things"),
        shoot_words=_words(rules, "shoot_words"),
        routine_posts=frozenset(rules.get("routine_posts", ())),
        found_verbs=forms("found_verbs"),
        fight_words=forms("fight_words"),
        fire_fight_words=_words(rules, "fire_fight_words"),
        fires=_words(rules, "fires"),
        firefighters=_words(rules, "firefighters"),
        attacking_animals=_words(rules, "attacking_animals"),
        taking_nouns=_words(rules, "taking_nouns"),
        scene_nouns=_words(rules, "scene_nouns"),
        use_verbs=forms("use_verbs"),
        object_use_verbs=forms("object_use_verbs"),
        going_off_verbs=forms("going_off_verbs"),
        happening_verbs=forms("happening_verbs"),
        attempt_heads=_words(rules, "attempt_heads"),
        success_heads=_words(rules, "success_heads"),
        quantity_nouns=_words(rules, "quantity_nouns"),
        ousting_verbs=_words(rules, "ousting_verbs"),
        mutual_fight_verbs=_words(rules, "mutual_fight_verbs"),
        one_sided_fight_verbs=_words(rules, "one_sided_fight_verbs"),
        using_verbs=_words(rules, "using_verbs"),
        span_nouns=_words(rules, "span_nouns"),
        alike_words=_words(rules, "alike_words"),
        arrival_verbs=_words(rules, "arrival_verbs"),
        spot_nouns=_words(rules, "spot_nouns"),
        standing_words=_words(rules, "standing_words"),
        role_words=RoleWords(
            possessor_hit=forms("possessor_hit"),
            victim_nouns=forms("victim_nouns"),
            survival_verbs=forms("survival_verbs"),
            survival_states=_words(rules, "survival_states"),
            falling_nouns=_words(rules, "falling_nouns"),
            manner_participles=_words(rules, "manner_participles"),
            shooting_nouns=_words(rules, "shooting_nouns"),
            settlement_nouns=_words(rules, "settlement_nouns"),
            doer_verbs=forms("doer_verbs"),
            suspicion_verbs=actors.suspicion_verbs | actors.blame_verbs,
            telling_verbs=actors.telling_verbs,
            blast_verbs=forms("blast_verbs"),
            weapons=_words(rules, "instruments"),
            run_into_verbs=_words(rules, "run_into_verbs"),
            use_verbs=forms("use_verbs"),
            happening_verbs=forms("happening_verbs"),
            toll_words=_words(rules, "consequence_words"),
            passive_tolls=_words(rules, "passive_tolls"),
            place_naming_verbs=_words(rules, "place_naming_verbs"),
            speech_roots=_words(rules, "speech_roots"),
            aiming_participles=_words(rules, "aiming_participles"),
        ),
        referring=_referring(rules.get("referring", ())),
        anaphora_nouns=forms("anaphora_nouns"),
        another_words=_words(rules, "another_words"),
        addition_openers=tuple(rules.get("addition_openers", ())),
        also_words=_words(rules, "also_words"),
        aggregate_quantifiers=_words(rules, "aggregate_quantifiers"),
        aggregate_nouns=_words(rules, "aggregate_nouns"),
        conduct_nouns=_words(rules, "conduct_nouns"),
        whole_peoples=_words(rules, "whole_peoples"),
        conduct_acts=_words(rules, "conduct_acts"),
        role_nouns=_role_nouns(taxonomy),
        consequence_words=_words(rules, "consequence_words"),
        hearing_verbs=_words(rules, "hearing_verbs"),
        capture_words=_words(rules, "capture_words"),
        same_past=_words(rules, "same_past"),
        passive_tolls=_words(rules, "passive_tolls"),
        verbal={k: frozenset(v) for k, v in taxonomy.get("verbal_attacks", {}).items()},
        things=_words(rules, "seized_things"),
        arms=_words(rules, "seized_arms"),
        abstractions=_words(rules, "abstract_foes"),
        figurative_battles=_words(rules, "figurative_battles"),
        campaign_nouns=_words(rules, "campaign_nouns"),
        agreement_nouns=_words(rules, "agreement_nouns"),
        agreement_verbs=forms("agreement_verbs"),
        agreement_starts=forms("agreement_starts"),
        agreement_acts=_words(rules, "agreement_acts"),
        settlement_nouns=_words(rules, "settlement_nouns"),
        entering_verbs=_words(rules, "entering_verbs"),
        ground_taking_verbs=_words(rules, "ground_taking_verbs"),
        shutting_verbs=forms("shutting_verbs"),
        shutting_nouns=_words(rules, "shutting_nouns"),
        installation_nouns=_words(rules, "installation_nouns"),
        energy_words=_words(rules, "energy_words"),
        armed_men_nouns=_words(rules, "armed_men_nouns"),
        control_words=_words(rules, "control_words"),
        share_words=_words(rules, "share_words"),
        shooting_nouns=_words(rules, "shooting_nouns"),
        leaving_words=_words(rules, "leaving_words"),
        retreat_phrases=_words_pattern(taxonomy, "retreat_phrases"),
        peace_mission_words=tuple(rules.get("peace_mission_words", ())),
        side_nouns=_words(rules, "side_nouns"),
        offender_nouns=_words(rules, "offender_nouns"),
        kin_nouns=_words(rules, "kin_nouns"),
        office_words=_words(rules, "office_words"),
        decree_verbs=forms("decree_verbs"),
        decreed_measures=_words(rules, "decreed_measures"),
        self_ending_verbs=forms("self_ending_verbs"),
        talk_verbs=forms("talk_verbs"),
        agree_verbs=forms("agree_verbs"),
        agreement_parties=_words(rules, "agreement_parties"),
        party_counts=_words(rules, "party_counts"),
        party_group_nouns=_words(rules, "party_group_nouns"),
        wish_verbs=forms("wish_verbs"),
        unlawful_takings=tuple(rules.get("unlawful_takings", ())),
        disappearance_phrases=tuple(rules.get("disappearance_phrases", ())),
        forced_service_phrases=tuple(rules.get("forced_service_phrases", ())),
        custody_killings=tuple(rules.get("custody_killings", ())),
        harm_on_taking=tuple(rules.get("harm_on_taking", ())),
        crowd_harm=tuple(rules.get("crowd_harm", ())),
        mob_acts=tuple(rules.get("mob_acts", ())),
        later_words=_words(rules, "later_words"),
        showing_verbs=forms("showing_verbs"),
        weapon_object_cues=tuple(rules.get("weapon_object_cues", ())),
        weapon_objects=_words(rules, "weapon_objects"),
        time_cues=load_cues(str(data_dir / "factuality.toml")),
        day_words=_day_words(str(data_dir / "time_words.toml")),
    )


def _role_nouns(taxonomy: dict[str, Any]) -> frozenset[str]:
    """Titles, roles and kinds of place that say who or what was hit but name no one."""
    return frozenset(w.lower() for w in taxonomy.get("rules", {}).get("role_nouns", ()))


def _referring(phrases: Sequence[str]) -> re.Pattern[str] | None:
    """Phrases that end right before an event noun they refer back to."""
    if not phrases:
        return None
    options = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"\b(?:{options})\s+(?:the|this|that|these|those|its|their)\s+$")
