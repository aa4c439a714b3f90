"""Resolution in context: pick each mention's referent with the article's evidence.

Each name gets one referent per article (one sense per discourse). Scores add a prior
(feature class, population, main-name match) to context read from the other mentions:
the article's main countries, the admin1 regions it names, "X, Y" containment, district
next to its city, and nearness to the other places resolved. Two rounds let context
resolved in the first round settle the second.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from sitrep.places._lexicon import Lexicon
from sitrep.places._normalize import name_key, skeleton
from sitrep.places.gazetteer import Country, Entry, Gazetteer
from sitrep.places.recognize import (
    LOOSE_MIN_LENGTH,
    Form,
    Mention,
    Recognition,
)
from sitrep.places.story import Story

FEATURE_PRIOR = {
    "PCLI": 3.0, "CONT": 2.5, "ADM1": 2.0, "RGN": 3.5, "SEA": 3.5, "GULF": 3.5, "PPLC": 2.5,
    "STM": 2.0, "LK": 2.0, "PPLA": 1.0, "PPLX": 0.5, "ADM2": 0.5, "PPL": 0.0,
}  # fmt: skip
REGION_FEATURES = frozenset({"PCLI", "CONT", "ADM1", "RGN", "SEA", "GULF", "STM", "LK"})
WIDE_FEATURES = REGION_FEATURES | {"ADM2"}
# A gazetteer-only hit on a town needs this many people, unless context supports it.
GAZETTEER_ONLY_POPULATION = 20_000
CONTEXT_POPULATION = 1_000
# A city this big is a place even where spaCy says ORG (a tenth of it where it says PERSON).
CONTESTED_POPULATION = 1_000_000
FAR_TOWN_POPULATION = 5_000  # smaller towns outside the story's countries need support
FAR_ARTICLE_TOWN_POPULATION = 100_000  # and those of a name written "the X"
SETTLED = 2.0  # a story whose one leading country has this weight is settled there,
SETTLED_NAMES = 2  # from at least this many of its names ("near the border with Chad" is one)
SETTLED_TOWN_POPULATION = 100_000  # and smaller towns abroad need the text's support
FAR_KM = 300  # a place the text puts near a town lies within this distance of it
# a named feature of these kinds lies in its town, not near it ("Tahrir Square")
TOWN_STREETS = frozenset({"street", "st", "avenue", "ave", "square", "boulevard", "lane", "drive"})
PROXY_LABELS = frozenset({"GPE", "LOC"})  # unknown names placed at their container (not FAC)
# relations that make a name a place whatever spaCy says ("X in Y" may be a firm in a town)
PLACING = frozenset({"comma", "bracket", "near", "of", "region"})  # "region": see `kinds`
ROUNDS = 2
PERSON_OVERRIDE_POPULATION = 100_000
FAMOUS_POPULATION = 200_000  # a town this big is named in capitals copy with no place word
TOP_COUNTRY = 2.0  # support for a reading in the article's leading country
TOP_COUNTRY_GROWTH = 0.5  # and per vote beyond the first, up to two
BESIDE_KM = 1_000  # a reading this near the centre of the story's leading country is beside it
NEIGHBOUR_KM = 400  # and one this near a town the story names in its leading country
FORCES = 1.0  # support for a reading in a country whose armed forces act in the story
REGION_BESIDE_KM = 150  # a town this near a region the text names may be filed in its neighbour
HOLDS_NAMED = 2.0  # support for a region that holds a reading of the place written before it
DATELINE = 3.0  # support for the capital or biggest town of a name a wire dateline gives
DATELINE_CITY_POPULATION = 1_000_000  # a town this big is known to the world's desks
_COMMA = re.compile(r"\s*,\s*$")
_TYPED_COMMA = re.compile(r"\s+(?P<type>\w+)\s*,\s*$")  # "X municipality, Y"
_OF = re.compile(
    r"\s+(?:neighbou?rhoods?|distri(?:ct|cts)|quarters?|suburbs?|areas?|regions?|zones?"
    r"|provinces?|count(?:y|ies)|departments?|municipalit(?:y|ies))\s+(?:of|in)\s+"
    r"(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*,\s+)?"  # "the Brooklyn area of Cite Soleil, "
    r"(?:(?:north|south)?-?(?:east|west)?(?:ern)?\s+|central\s+)?$"  # "of western Kabul"
)
# "Maaret al-Numan in Idlib province": only a hint, it scores only when consistent; after a
# type word the lexicon knows too ("X village near Y")
_IN = re.compile(r",?\s+(?:(?P<type>\w+),?\s+)?(?:in|near|outside|of)\s+(?:the\s+)?$")
# "Taza, south of Kirkuk", "a village 20 km north-west of Djibo"
_BEARING = re.compile(
    r",?\s+(?:(?:about|some|around|nearly)\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?$"
)
# "Marte (Marte, Borno)", "Taza, south of Kirkuk (Kirkuk)": ACLED's note form names the
# district and region in brackets; "X (Mezam, North-West)" too, and after a type word the
# lexicon knows, "Kani township (Kani, Sagaing)"
_BRACKET = re.compile(r"\s*(?:(?P<type>\w+)\s*)?\(\s*(?:[^(),;.]{1,40},\s*)?$")
_REPEATS = re.compile(r"(.)\1+")
# the Arabic article at a name's start, as GeoNames writes it assimilated ("Ar Rastan")
_ARTICLE = re.compile(r"^(?:a[lrsztdn]|ash|ath|adh|el|e[drsztn])\s+")  # "En Nahud", "Er Rahad"
# "Aleppo's eastern Sukkari"; "Syrias Aleppo" where a scraper stripped the apostrophe
Position = tuple[int, int]  # (passage, start) of a mention: one mention in the article
Container = tuple[Position, str]  # a mention the text puts a name in or near, and how
_NEAR = re.compile(r"\b(?:near|outside)\b")
_LIST = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s+)")
# administrative levels: a region can hold a town, not another region of its level; the
# widest features (continents, seas, regions) are never held ("Africa in Morocco" is a list)
LEVELS = {"PCLI": 3, "ADM1": 2, "ADM2": 1, "CONT": -1, "RGN": -1, "SEA": -1, "GULF": -1}
_POSSESSIVE = re.compile(r"[’']?s (?:\w+ ){0,2}")


@dataclass(frozen=True)
class Resolved:
    mention: Mention
    form: Form
    entry: Entry | None  # for a feature placed near a town: that town
    precision: int
    feature: str | None = None  # set when the place is a named feature placed at a town
    proxy: bool = False  # a place the gazetteer lacks, placed at the one the text puts it in


@dataclass
class _Group:
    """All mentions of one name in the article, resolved together."""

    key: str  # the name key, plus its containers when the text names them
    mentions: list[tuple[Mention, Form]]
    candidates: list[Entry]
    loose: bool
    gazetteer_only: bool
    contested: bool
    generic: str | None
    located: bool = False  # some mention follows a locative preposition ("from Hama")
    feature: str | None = None  # a named feature (street, lake) rather than a town
    name: str = ""  # the name key alone
    common: bool = True  # every mention is an English word in capitals copy ("TRIAL")
    # each place the text puts it in (or near), as the (passage, start) of that mention
    containers: set[Container] = field(default_factory=set)
    entry_keys: dict[int, str] = field(init=False)  # candidate id -> its name key

    def __post_init__(self) -> None:
        self.entry_keys = {e.id: name_key(e.name) for e in self.candidates}

    @property
    def placed(self) -> bool:
        """Its own words say it is a place: a type word ("the town of X", "X province"), a
        container ("X, Idlib"), or nearness ("near X"), whatever spaCy called it."""
        near = any(m.near for m, _ in self.mentions)
        named_with = any(kind in PLACING for _, kind in self.containers)
        return self.generic is not None or named_with or near


def resolve(
    recognition: Recognition,
    texts: Sequence[str],
    gazetteer: Gazetteer,
    story: Story | None = None,
) -> list[Resolved]:
    """Each mention's referent, with the `story`'s countries as evidence from the start (its
    peoples, agencies and armed actors: see `story`)."""
    neighbours = _neighbours(recognition.mentions, texts, gazetteer.lexicon)
    given = _Given(
        story or Story(), recognition.person_words, gazetteer.lexicon.stoplist, neighbours,
        recognition.titled_words, gazetteer.countries, gazetteer.lexicon.directions,
    )  # fmt: skip
    groups = _groups(recognition, gazetteer, neighbours)
    chosen, silent = _choose(groups, given)
    context = _Context.build(groups, chosen, given, silent)
    anchor = _anchor_town(groups, chosen)
    home = _home_town(groups, chosen, context) or anchor  # a neighbourhood's town
    out = [r for g in groups for r in _kept(g, chosen[g.key], context, anchor, home)]
    out.sort(key=lambda r: (r.mention.passage, r.form.start))
    return _echoed(out, texts)


def _echoed(out: list[Resolved], texts: Sequence[str]) -> list[Resolved]:
    """A bracket that repeats the place before it as its district ("near Abala (Abala,
    Tillaberi)") is the same place as the text placed it: it takes that mention's precision.
    A bracket's own district record stays the district ("Mafa (Mafa, Borno)")."""
    for k in range(1, len(out)):
        before, here = out[k - 1], out[k]
        if before.mention.passage != here.mention.passage or here.entry is None:
            continue
        if before.entry is None or before.entry.id != here.entry.id:
            continue
        if texts[here.mention.passage][before.form.end : here.form.start].strip() == "(":
            out[k] = replace(here, precision=before.precision)
    return out


@dataclass(frozen=True)
class _Given:
    """What the article gives before any name is resolved."""

    story: Story
    person_words: frozenset[str]  # words of the article's person names
    stoplist: frozenset[str]  # ordinary words (the lexicon's stoplist)
    links: dict[Position, set[Container]]  # what each mention's words put it in (`_neighbours`)
    titled_words: frozenset[str] = frozenset()  # words after a title or a given name
    countries: Mapping[str, Country] = field(default_factory=dict)  # code -> its centre
    directions: frozenset[str] = frozenset()  # compass words ("northern")

    @property
    def story_country(self) -> Country | None:
        """The country the story's own words favour most (its peoples, agencies, actors)."""
        votes = self.story.votes
        return self.countries.get(max(votes, key=lambda cc: votes[cc])) if votes else None


def _choose(groups: list[_Group], given: _Given) -> tuple[dict[str, Entry | None], frozenset[str]]:
    """Each group's referent: by prior alone, then again with the context chosen so far; and
    the groups that are no place, which give the context nothing."""
    chosen = {g.key: _best(g, _Context.empty()) for g in groups}
    for _ in range(ROUNDS):
        context = _Context.build(groups, chosen, given)
        chosen = {g.key: _best(g, context) for g in groups}
    # a name that will be no place ("THE OAS", a word of a prize's name) casts no vote for
    # the story's country nor is near anything: the others are chosen again without it
    silent = frozenset(g.key for g in groups if _no_place(g, chosen[g.key], context))
    if silent:
        context = _Context.build(groups, chosen, given, silent)
        chosen = {g.key: chosen[g.key] if g.key in silent else _best(g, context) for g in groups}
    return _one_reading(groups, chosen), silent


def _no_place(group: _Group, entry: Entry | None, context: _Context) -> bool:
    """What `_kept` drops whatever its reading: an English word of capitals copy, a bare
    word spaCy did not call a place and the gazetteer does not back. (A person's name still
    votes: in local news its namesake towns are mostly the paper's own country.)"""
    if entry is None or group.feature or _quarter(group) or group.name in context.person_words:
        return False
    if group.common and not _famous_or_placed(group, entry):
        return True
    return group.gazetteer_only and not _accept_gazetteer_only(group, entry, context)


def _one_reading(groups: list[_Group], chosen: dict[str, Entry | None]) -> dict[str, Entry | None]:
    """A name written bare (a headline's "Taxco") means what the same name means where the
    text puts it in a region ("Taxco, Guerrero"), when it puts it in one place only."""
    placed: dict[str, set[int]] = defaultdict(set)
    entries: dict[int, Entry] = {}
    for group in groups:
        entry = chosen.get(group.key)
        if group.containers and entry is not None:
            placed[group.name].add(entry.id)
            entries[entry.id] = entry
    out = dict(chosen)
    for group in groups:
        readings = placed.get(group.name, set())
        if group.containers or group.generic is not None or len(readings) != 1:
            continue  # a bracket's district or region is another place of the same name
        (only,) = readings
        if any(e.id == only for e in group.candidates):
            out[group.key] = entries[only]
    return out


def _kept(
    group: _Group,
    entry: Entry | None,
    context: _Context,
    anchor: Entry | None,
    home: Entry | None = None,
) -> list[Resolved]:
    """The group's mentions with their referent; none where the name is not kept as a place.
    `anchor` is the article's town, `home` its town in the story's countries."""
    if group.feature:
        return _anchored(group, entry, _town_it_lies_in(group, context) or anchor)
    town = (_town_of_quarter(group, context) or home) if _quarter(group) else None
    if town is None and any(m.quarter for m, _ in group.mentions):
        town = _town_of_quarter(group, context)  # "the Karrada area of X": X's part, if X a town
    if town is not None and not _quarter_reading(entry, town):
        placed = _in_town(group, town, context)
        if placed:
            return placed
    if group.common and not _famous_or_placed(group, entry):
        return []
    if group.gazetteer_only and not _accept_gazetteer_only(group, entry, context):
        return []
    if entry is not None and _unsupported(entry, group, context):
        entry = None
    if entry is not None and _foreign_facility(entry, group, context):
        entry = None  # "the Imperial Hotel" in Vienna is not in Imperial, Peru
    proxy = _container_entry(group, context) if entry is None else None
    if proxy is not None and _proxied(group, context.stoplist):
        # "in Pazigyi village near Kanbalu": a village the gazetteer lacks, placed there
        precision = 3 if proxy.feature in REGION_FEATURES else 2
        return [
            Resolved(m, f, proxy, _proxy_precision(m, proxy, precision), proxy=True)
            for m, f in group.mentions
        ]
    if entry is None and not _keep_unresolved(group):
        return []
    if _person_name(group, entry, context):
        return []
    return [Resolved(m, f, entry, _precision(entry, m, f)) for m, f in group.mentions]


QUARTER_KM = 15  # a neighbourhood's own record lies this near the town it is part of
QUARTER_CITY_POPULATION = 100_000  # a town this big before "neighborhood" is the town


def _quarter(group: _Group) -> bool:
    return any(m.neighbourhood for m, _ in group.mentions)


def _quarter_reading(entry: Entry | None, town: Entry) -> bool:
    """A name the text calls a neighbourhood keeps its reading only as a place within the
    town the text puts it in (or the story's town), or as a big town of that town's country,
    whose neighbourhoods the text means ("a Bogota neighborhood"): "the Escalon
    neighborhood" in a Salvadoran story is no Californian town."""
    if entry is None or entry.feature in REGION_FEATURES or entry.lat is None:
        return False
    if entry.id == town.id:
        return True  # "San Salvador neighborhoods": the town's own
    big = entry.feature in ("PPLC", "PPLA") or entry.population >= QUARTER_CITY_POPULATION
    return (big and entry.cc == town.cc) or _km(entry, town) <= QUARTER_KM


def _town_of_quarter(group: _Group, context: _Context) -> Entry | None:
    """The town the text names the neighbourhood in ("X neighborhood of Lima"); not a
    comma's, which lists other neighbourhoods ("in San Benito, Escalon and ...")."""
    towns = [
        e for e, kind in context.kinds(group) if e.feature.startswith("PPL") and kind != "comma"
    ]
    return towns[0] if towns else None


def _town_it_lies_in(group: _Group, context: _Context) -> Entry | None:
    """The town the text puts a street or a lake in ("a rally on Shevchenko Avenue in
    Kharkiv", "Elm Street, Dayton"), before the article's main town."""
    return next((e for e, _ in context.kinds(group) if e.feature.startswith("PPL")), None)


def _in_town(group: _Group, town: Entry, context: _Context) -> list[Resolved]:
    """A neighbourhood the gazetteer lacks, placed in its town (ACLED codes the town), when
    that town lies in the story's countries."""
    _, main = context.main_countries(without=group.key)
    if main and town.cc not in main:
        return []
    return [Resolved(m, f, town, 1, feature="PPLX") for m, f in group.mentions]


def _famous_or_placed(group: _Group, entry: Entry | None) -> bool:
    """An English word in capitals copy ("IN CHARGE OF", "TO DATE") is a place only where the
    text's words make it one (a type word, a container, "near"), or as a famous place: a
    country, a region, a capital or a big town ("BOGOTA")."""
    if group.generic is not None or group.placed:
        return True
    if entry is None or group.entry_keys.get(entry.id) != group.name:
        return False  # famous by another of its names ("SIDES" for Haiti's Sud-Est): a word
    return (
        entry.feature in ("PCLI", "ADM1", "PPLC", "CONT")
        or entry.population >= FAMOUS_POPULATION
        or (group.located and _seat_of_its_region(group, entry))
    )


SEAT_SLACK = 0.05  # degrees: a region's recorded seat and its town's point agree this well


def _seat_of_its_region(group: _Group, entry: Entry) -> bool:
    """The town is the seat of the first-level region named after it ("IN GAO", "AT KIDAL"):
    a regional capital, as well known as a big town, after a locative word."""
    return entry.feature.startswith("PPL") and any(
        region.feature == "ADM1" and region.cc == entry.cc and _at_seat(region, entry)
        for region in group.candidates
    )


def _at_seat(region: Entry, entry: Entry) -> bool:
    lat, lon = region.seat_lat, region.seat_lon
    if lat is None or lon is None or entry.lat is None or entry.lon is None:
        return False
    return abs(lat - entry.lat) <= SEAT_SLACK and abs(lon - entry.lon) <= SEAT_SLACK


def _proxy_precision(mention: Mention, proxy: Entry, otherwise: int) -> int:
    """ "the Kafouri area of Khartoum North": a quarter the gazetteer lacks is in its town."""
    return 1 if mention.quarter and proxy.feature.startswith("PPL") else otherwise


def _unsupported(entry: Entry, group: _Group, context: _Context) -> bool:
    """A reading the story does not back: one outside the place the text puts it in, a
    village abroad spaCy named, or a look-alike spelling of a town outside the story's
    countries."""
    if _outside_container(entry, group, context):
        return True  # "Moura, near Djenne": not the Portuguese Moura
    if not group.gazetteer_only and _far_small_town(entry, group, context):
        return True
    if _abroad_of_settled_story(entry, group, context):
        return True
    if group.loose:
        _, main = context.main_countries(without=group.key)
        if entry.cc in main or entry.feature == "PCLI":
            return False
        # a region abroad only while the story has no country of its own: "Al-Kadha" in a
        # Yemeni story is no look-alike of Malaysia's Kedah
        return entry.feature != "ADM1" or bool(main)
    return False


def _groups(
    recognition: Recognition,
    gazetteer: Gazetteer,
    neighbours: dict[Position, set[Container]],
) -> list[_Group]:
    """Mentions grouped by name, apart where the text puts a name in different containers."""
    by_key: dict[str, _Group] = {}
    key_at = {_position(m): m.forms[0].key for m in recognition.mentions}
    for mention in recognition.mentions:
        form, candidates, loose = _readings(mention, recognition, gazetteer)
        containers = neighbours.get(_position(mention), set())
        # the same name in different places the text names is kept apart ("Kandahar
        # (Kandahar, Kandahar)": town, district, province)
        group_key = "|".join(
            [form.key, *sorted(f"{key_at[c]}@{c[0]}.{c[1]}" for c, _ in containers)]
        )
        group = by_key.get(group_key)
        if group is None:
            group = _Group(
                group_key, [], candidates, loose, gazetteer_only=True, contested=True,
                generic=None, name=form.key, containers=containers,
            )  # fmt: skip
            by_key[group_key] = group
        group.mentions.append((mention, form))
        group.gazetteer_only = group.gazetteer_only and not mention.entity
        group.contested = group.contested and mention.contested
        group.located = group.located or mention.located
        group.common = group.common and mention.common
        group.feature = group.feature or mention.feature
        group.generic = group.generic or form.generic
    return list(by_key.values())


def _readings(
    mention: Mention, recognition: Recognition, gazetteer: Gazetteer
) -> tuple[Form, list[Entry], bool]:
    if mention.country and "." in mention.country:
        return mention.forms[0], gazetteer.admin1_entries(mention.country), False
    if mention.country and mention.country in gazetteer.countries:
        country = gazetteer.countries[mention.country]
        entry = gazetteer.entry(country.geonameid)
        return mention.forms[0], [entry] if entry else [], False
    forms = [f for f in mention.forms if not f.fallback]
    for form in forms:
        found = [e for e in recognition.entries.get(form.key, []) if e.lat is not None]
        if found:
            return form, found, False
    last = forms[-1]
    loose = [
        e
        for e in recognition.loose.get(skeleton(last.key), [])
        if e.lat is not None
        and (not 0 < e.population < CONTEXT_POPULATION or "supplement" in e.origin)
    ]  # a town of unknown size (0) may be news, a small one not
    if loose and len(last.key) >= LOOSE_MIN_LENGTH:
        return last, loose, True
    for form in mention.forms:  # a fallback reads only a notable place's own name
        found = [
            e
            for e in recognition.entries.get(form.key, [])
            if e.lat is not None and name_key(e.name) == form.key and _notable(e)
        ]
        if form.fallback and found:
            return form, found, False
    return last, [], False


def _position(mention: Mention) -> Position:
    return mention.passage, mention.forms[0].start


def _notable(entry: Entry) -> bool:
    """A place big or curated enough to stand for a name read only in part ("Damascus" for
    "Damascus International Airport", not Peru's "Imperial" for "the Imperial Hotel")."""
    return (
        entry.feature in ("PCLI", "ADM1", "ADM2", "RGN", "PPLC", "PPLA")
        or "supplement" in entry.origin
        or entry.population >= GAZETTEER_ONLY_POPULATION
    )


def _neighbours(
    mentions: list[Mention], texts: Sequence[str], lexicon: Lexicon
) -> dict[Position, set[Container]]:
    """(passage, start) of a mention -> those of the places its own words put it in or near.

    "Springfield, Illinois" and "the Sukkari neighbourhood of Aleppo" make Illinois and
    Aleppo containers of Springfield and Sukkari.
    """
    out: dict[Position, set[Container]] = defaultdict(set)
    by_passage: dict[int, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_passage[mention.passage].append(mention)
    for index, items in by_passage.items():
        items.sort(key=lambda m: m.forms[0].start)
        text = texts[index]
        for k, (left, right) in enumerate(zip(items, items[1:], strict=False)):
            between = text[left.forms[0].end : right.forms[0].start]
            after = items[k + 2] if k + 2 < len(items) else None
            if _COMMA.fullmatch(between) and _listed(right, after, text):
                continue  # "Iraq, Afghanistan and Syria": a list, not "Springfield, Illinois"
            kind = _relation(between, lexicon)
            if kind is None and between.isupper():  # capitals copy: "THE X AREA OF KABUL"
                kind = _relation(between.lower(), lexicon)
            if kind:
                out[_position(left)].add((_position(right), kind))
                # "Kok-Tash in Kyrgyzstan's Batken region": the region after the possessive
                # holds it too
                if after is not None and _POSSESSIVE.fullmatch(
                    text[right.forms[0].end : after.forms[0].start]
                ):
                    out[_position(left)].add((_position(after), kind))
            if _POSSESSIVE.fullmatch(between):
                out[_position(right)].add((_position(left), "in"))
    return out


def _relation(between: str, lexicon: Lexicon) -> str | None:
    """What the words between two names say of the second: "comma" ("Springfield,
    Illinois"), "bracket" ("Marte (Marte, Borno)"), "near" ("near X", "south of X"), "of"
    ("the Sukkari district of Aleppo"), "in" ("X in Y", "Y's X": a hint only)."""
    if _COMMA.fullmatch(between):
        return "comma"
    typed = _TYPED_COMMA.fullmatch(between)
    if typed and lexicon.generic_kind(typed["type"]) is not None:
        return "comma"  # "Rio Blanco municipality, Tolima department": its region
    if _typed(_BRACKET.fullmatch(between), lexicon):
        return "bracket"
    hint = _typed(_IN.fullmatch(between), lexicon)
    if _BEARING.fullmatch(between) or (hint and _NEAR.search(between)):
        return "near"
    if _OF.fullmatch(between):
        return "of"
    if hint:
        return "in"
    return None


def _typed(match: re.Match[str] | None, lexicon: Lexicon) -> bool:
    """The words matched, and the type word among them, if any, is one the lexicon knows."""
    return match is not None and (
        not match["type"] or lexicon.generic_kind(match["type"]) is not None
    )


def _listed(right: Mention, after: Mention | None, text: str) -> bool:
    """`right` is followed by a comma or "and" and another place: the three are a list."""
    if after is None:
        return False
    return bool(_LIST.fullmatch(text[right.forms[0].end : after.forms[0].start]))


@dataclass
class _Context:
    countries: dict[str, float]  # country code -> weight of the names resolved in it
    admin1: dict[tuple[str, str], set[str]]  # (cc, admin1 name) -> groups naming that region
    points: dict[str, Entry]  # key -> chosen point-like entry (towns, districts)
    at: dict[Position, Entry]  # (passage, start) of a mention -> the entry chosen for it
    person_words: frozenset[str] = frozenset()  # words of the article's person names
    votes: dict[str, tuple[str, float]] = field(default_factory=dict)  # group -> its vote
    forces: frozenset[str] = frozenset()  # countries whose armed forces act in the story
    stoplist: frozenset[str] = frozenset()  # ordinary words (the lexicon's stoplist)
    links: dict[Position, set[Container]] = field(default_factory=dict)  # `_neighbours`
    memo: dict[str, tuple[str | None, set[str]]] = field(default_factory=dict)  # main countries
    titled_words: frozenset[str] = frozenset()  # words after a title or a given name
    story_country: Country | None = None  # `_Given.story_country`
    story_votes: Mapping[str, float] = field(default_factory=dict)  # `Story.votes`
    # group -> readings of the names the text puts in it by a comma or a bracket
    held: dict[str, list[Entry]] = field(default_factory=dict)
    shaky: frozenset[Position] = frozenset()  # regions read without a sign (`_shaky_regions`)
    cells: dict[tuple[int, int], set[str]] = field(default_factory=dict)  # `_reading_cells`

    @classmethod
    def empty(cls) -> _Context:
        return cls({}, {}, {}, {})

    @classmethod
    def build(
        cls,
        groups: list[_Group],
        chosen: dict[str, Entry | None],
        given: _Given,
        silent: frozenset[str] = frozenset(),
    ) -> _Context:
        countries: dict[str, float] = defaultdict(float, given.story.votes)
        votes: dict[str, tuple[str, float]] = {}
        admin1: dict[tuple[str, str], set[str]] = defaultdict(set)
        points: dict[str, Entry] = {}
        for group in groups:
            entry = chosen.get(group.key)
            if entry is None or (group.gazetteer_only and group.contested and not group.placed):
                continue
            if group.key in silent:
                continue  # no place, whatever the gazetteer says (`_no_place`)
            if all(m.modifier for m, _ in group.mentions):
                continue  # "U.S. embassy" says whose, not where: no vote for the story
            weight = len(group.mentions) ** 0.5
            if entry.cc:
                vote = weight * (2.0 if entry.feature == "PCLI" else 1.0)
                countries[entry.cc] += vote
                votes[group.key] = (entry.cc, vote)
            if entry.feature == "ADM1" and entry.admin1:
                admin1[(entry.cc, entry.admin1)].add(group.key)
            if entry.feature not in REGION_FEATURES:
                points[group.name] = entry
        at = {  # a name that is no place ("near the UN") holds nothing either
            _position(m): entry
            for g in groups
            if (entry := chosen.get(g.key)) is not None and g.key not in silent
            for m, _ in g.mentions
        }
        return cls(
            countries, admin1, points, at, given.person_words, votes, given.story.forces,
            given.stoplist, given.links, titled_words=given.titled_words,
            story_country=given.story_country, story_votes=given.story.votes,
            held=(held := _held(groups, given.links)),
            shaky=_shaky_regions(groups, chosen, held, given.stoplist | given.directions),
            cells=_reading_cells(groups, silent),
        )  # fmt: skip

    def containers(self, group: _Group) -> list[Entry]:
        """The resolved places the text puts the group in or near."""
        return [entry for entry, _ in self.kinds(group)]

    def kinds(self, group: _Group) -> list[tuple[Entry, str]]:
        """The same, each with how the text relates the group to it (see `_relation`); past
        an unknown name to its own container ("Ngarbuh village, in Ndu near Nkambe")."""
        out = []
        for position, kind in group.containers:
            region = self.bracket_region(position) if kind == "bracket" else None
            if region is not None:  # "Bali (Bali, North West)": the region holds the town
                out.append((region, "region"))
            if position in self.at:
                if region is None or _district_fits(self.at[position], region):
                    out.append((self.at[position], kind))
                continue
            for further, second in self.links.get(position, ()):
                if further in self.at:
                    out.append((self.at[further], "near" if "near" in (kind, second) else kind))
        return out

    def bracket_region(self, position: Position) -> Entry | None:
        """The first-level region an ACLED bracket names after its district ("Sagaing" in
        "(Kani, Sagaing)"), given the district's position."""
        for further, kind in self.links.get(position, ()):
            entry = self.at.get(further)
            if kind == "comma" and entry is not None and entry.feature == "ADM1":
                return None if further in self.shaky else entry
        return None

    def names_admin1(self, entry: Entry, group: _Group) -> bool:
        """Another name in the article is the admin1 region `entry` lies in."""
        return bool(self.admin1.get((entry.cc, entry.admin1 or ""), set()) - {group.key})

    def own_vote(self, group_key: str, cc: str) -> float:
        """What one group's own reading adds to country `cc`."""
        voted, vote = self.votes.get(group_key, ("", 0.0))
        return vote if voted == cc else 0.0

    def main_countries(self, without: str = "") -> tuple[str | None, set[str]]:
        """The article's leading country and all close to it, leaving out one group's vote."""
        if without not in self.memo:
            self.memo[without] = self._main_countries(without)
        return self.memo[without]

    def _main_countries(self, without: str) -> tuple[str | None, set[str]]:
        countries = dict(self.countries)
        if without in self.votes:
            cc, vote = self.votes[without]
            countries[cc] -= vote
        countries = {cc: w for cc, w in countries.items() if w > 1e-9}
        if not countries:
            return None, set()
        top = max(countries, key=lambda cc: countries[cc])
        return top, {cc for cc, w in countries.items() if w >= 0.5 * countries[top]}


def _held(groups: list[_Group], links: dict[Position, set[Container]]) -> dict[str, list[Entry]]:
    """Each group -> the readings of the names the text writes before it in "X, Y" or in an
    ACLED bracket, "X (district, Y)" (the region holds the district and the town)."""
    owner = {_position(m): g.key for g in groups for m, _ in g.mentions}
    out: dict[str, list[Entry]] = defaultdict(list)
    for group in groups:
        for position, kind in group.containers:
            chain = [position] if kind in ("comma", "bracket") else []
            if kind == "bracket":
                chain += [p for p, second in links.get(position, ()) if second == "comma"]
            for held_in in chain:
                if held_in in owner:
                    out[owner[held_in]].extend(group.candidates)
    return out


def _in_bracket_region(group: _Group, context: _Context) -> list[Entry]:
    """The group's readings inside the region its ACLED bracket names, if it names one: the
    others are never its referent (see `_outside_container`), so they get no vote."""
    regions = [c for c, kind in context.kinds(group) if _bracket_region(c, kind)]
    if not regions:
        return []
    return [e for e in group.candidates if not any(_outside_region(e, r) for r in regions)]


def _shaky_regions(
    groups: list[_Group],
    chosen: dict[str, Entry | None],
    held: dict[str, list[Entry]],
    ordinary: frozenset[str],
) -> frozenset[Position]:
    """Mentions of a region name several countries use ("Central", "Capital": the gazetteer
    knows some of them by another name) where the region read holds no reading of the names
    placed in it: the choice is a guess, no evidence against those names."""
    out: set[Position] = set()
    for group in groups:
        entry = chosen.get(group.key)
        if entry is None or entry.feature != "ADM1":
            continue
        namesakes = sum(1 for e in group.candidates if e.feature == "ADM1")
        common = all(word in ordinary for word in group.name.split())
        holds = any((e.cc, e.admin1) == (entry.cc, entry.admin1) for e in held.get(group.key, ()))
        if (namesakes > 1 or common) and not holds:
            out.update(_position(m) for m, _ in group.mentions)
    return frozenset(out)


def _holds_named(entry: Entry, group: _Group, context: _Context) -> float:
    """A first-level region written after a place ("Bali (Bali, North West)") is the one of
    its namesakes that holds a reading of that place (Cameroon's, not South Africa's)."""
    if entry.feature != "ADM1":
        return 0.0
    inside = (
        e.id != entry.id and (e.cc, e.admin1) == (entry.cc, entry.admin1)
        for e in context.held.get(group.key, ())
    )
    return HOLDS_NAMED if any(inside) else 0.0


def _best(group: _Group, context: _Context) -> Entry | None:
    if not group.candidates:
        return None
    candidates = _in_bracket_region(group, context) or group.candidates
    scored = [(_score(e, group, context), -e.id, e) for e in candidates]
    return max(scored, key=lambda s: (s[0], s[1]))[2]


def _score(entry: Entry, group: _Group, context: _Context) -> float:
    return _prior(entry, group) + _support(entry, group, context)


def _prior(entry: Entry, group: _Group) -> float:
    score = FEATURE_PRIOR.get(entry.feature, 1.0 if "supplement" in entry.origin else 0.0)
    score += 0.35 * math.log10(entry.population + 1)
    if group.entry_keys[entry.id] == group.name:
        score += 0.7
    if group.loose:
        score -= 1.5
        if skeleton(group.entry_keys[entry.id]) == skeleton(group.name):
            score += 0.7  # spelt like the place's own name ("Ras al-Ain", Ras al Ayn), not an
            # alternate name of another place (Ceylanpinar across the border)
    return score + _generic_fit(entry, group)


def _dateline_fit(entry: Entry, group: _Group, context: _Context) -> float:
    """A wire dateline names a city the desks of the world know ("BOGOTA, 2 SEP --"): of
    the name's towns, the capital or else the biggest if it is a big city, unless the text
    places it ("PARIS, Texas") or the story's own words (peoples, forces, agencies) favour
    the country of another reading ("TRIPOLI -- Lebanese soldiers ..."). Countries the
    story merely names do not take it abroad."""
    if group.containers or not any(m.dateline for m, _ in group.mentions):
        return 0.0
    towns = [e for e in group.candidates if e.feature.startswith("PPL")]
    best = max(towns, key=lambda e: (e.feature == "PPLC", e.population), default=None)
    if best is None or entry.id != best.id:
        return 0.0
    if best.feature != "PPLC" and best.population < DATELINE_CITY_POPULATION:
        return 0.0  # a local paper's dateline ("HUDSON --") names a town of its own area
    votes = context.story_votes
    # the city's own country counts all the story gives it, its other names too ("LA PAZ"
    # with "BOLIVIA" twice and a Colombian actor): a story naming it is set there
    own = context.countries.get(best.cc, 0.0) - context.own_vote(group.key, best.cc)
    return 0.0 if any(votes.get(e.cc, 0.0) > own for e in group.candidates) else DATELINE


def _generic_fit(entry: Entry, group: _Group) -> float:
    feature = entry.feature
    if group.generic == "admin1":
        return 2.5 if feature == "ADM1" else -1.0
    if group.generic == "admin2":
        return 2.5 if feature == "ADM2" else (1.0 if feature == "PPLX" else -0.5)
    fit = 0.0
    if group.generic == "town":
        fit += 1.0 if feature.startswith("PPL") else -0.5
    if feature in ("ADM1", "ADM2"):
        if _has_town_namesake(entry, group):
            fit -= 2.5  # "Aleppo" alone is the city, not the governorate
        elif group.entry_keys[entry.id] != group.name:
            fit -= 1.0  # "Ohio" is the state, not Ohio County
    return fit


# a town this big named the region's name and more ("Montana City") is what the name means
NAMESAKE_TOWN = 100_000


def _has_town_namesake(entry: Entry, group: _Group) -> bool:
    """Another reading of the same name is a town inside this region ("Geneva", "Aleppo")."""
    for other in group.candidates:
        if not other.feature.startswith("PPL") or other.cc != entry.cc:
            continue
        longer = group.entry_keys[other.id].startswith(group.name + " ")
        if longer and other.population < NAMESAKE_TOWN:
            continue  # a hamlet known by the region's name too ("Montana" for Montana City)
        if entry.feature == "ADM1" and other.admin1 == entry.admin1:
            return True
        if entry.feature == "ADM2" and other.admin2 == entry.admin2:
            return True
        if entry.lat is not None and other.lat is not None and _km(entry, other) < 100:
            return True
    return False


def _support(entry: Entry, group: _Group, context: _Context) -> float:
    score = 0.0
    top, main = context.main_countries(without=group.key)
    if entry.cc and entry.cc == top:
        # more so the more the story names it: "Lebanese troops ... Beirut" for Tripoli
        extra = context.countries.get(top, 0.0) - context.own_vote(group.key, top) - 1.0
        score += TOP_COUNTRY + TOP_COUNTRY_GROWTH * min(max(extra, 0.0), 2.0)
    elif entry.cc in main:
        score += 0.75
    if entry.cc in context.forces:
        score += FORCES  # "Lebanese soldiers clashed with gunmen in Tripoli"
    if entry.feature != "ADM1" and context.names_admin1(entry, group):
        score += 2.0
    score += _containment(entry, group, context) + _holds_named(entry, group, context)
    score += _nearness(entry, group, context) + _dateline_fit(entry, group, context)
    score += _agreement(entry, group, context)
    return score + _beside_story(entry, group, context, main)


def _beside_story(entry: Entry, group: _Group, context: _Context, main: set[str]) -> float:
    """No reading of the name lies in a country the story is about, but this one lies close
    to the one its own words favour ("Gaza" in a story of Israeli troops is Gaza city, not
    Mozambique's province): that evidence still decides over a far country it never names.
    Without such words, a reading near a town of the story's leading country is beside the
    story too ("Gaza" after a "CAIRO" dateline)."""
    if entry.lat is None or any(
        c.cc in main or c.cc in context.story_votes for c in group.candidates
    ):
        return 0.0
    country = context.story_country
    if country is None:
        return TOP_COUNTRY if _near_leading_town(entry, group, context) else 0.0
    if country.lat is None or country.lon is None:
        return 0.0
    far = haversine_km(country.lat, country.lon, entry.lat, entry.lon or 0.0)
    return TOP_COUNTRY if far <= BESIDE_KM else 0.0


def _near_leading_town(entry: Entry, group: _Group, context: _Context) -> bool:
    """The reading lies within NEIGHBOUR_KM of a town the story names in its leading
    country."""
    top, _ = context.main_countries(without=group.key)
    towns = [e for key, e in context.points.items() if key != group.name and e.cc == top]
    return any(e.lat is not None and _km(entry, e) <= NEIGHBOUR_KM for e in towns)


def _outside_container(entry: Entry, group: _Group, context: _Context) -> bool:
    """The text puts a town, district or province in a larger region (or near a town), and
    this reading is known to lie outside it (or more than FAR_KM from the town)."""
    if entry.lat is None or LEVELS.get(entry.feature, 0) < 0:
        return False  # countries, seas and wide regions hold lists, not containment
    for container, kind in context.kinds(group):
        if container.lat is None:
            continue
        if kind in ("near", "of"):  # near a town, or a district of it
            if container.feature.startswith("PPL") and _km(entry, container) > FAR_KM:
                return True
            # "the La Montana region of Guerrero": a part of the region, whatever its level
            region = LEVELS.get(container.feature, 0) > 0
            if kind == "of" and region and _known_outside(entry, container):
                return True
        elif _bracket_region(container, kind) and _outside_region(entry, container):
            return True  # "Sangha (Bandiagara, Mopti)": a place in Mopti, not a region abroad
        elif kind != "region" and _wider(container, entry) and _known_outside(entry, container):
            return True
    return False


def _bracket_region(container: Entry, kind: str) -> bool:
    """The region an ACLED bracket names last: what the bracket follows lies in it, whatever
    kind of place a reading of that name is."""
    return kind == "region" or (kind == "bracket" and container.feature == "ADM1")


def _district_fits(district: Entry, region: Entry) -> bool:
    """A bracket's district read in its region: not abroad, nor as another first-level region
    ("(Lim-Pende, Ouham-Pende)": the prefecture carved out of it is not what holds the town)."""
    other_region = district.feature == "ADM1" and district.id != region.id
    return not other_region and not _outside_region(district, region)


def _outside_region(entry: Entry, region: Entry) -> bool:
    """`entry` lies in another country than the first-level `region`, or in another region
    of it and away from this one: a capital that is a region of its own ("Minsk (Minsk,
    Minsk)") still lies in the region its name gives."""
    if entry.id == region.id or region.lat is None:
        return False
    if entry.cc != region.cc:
        return True
    other = entry.admin1 is not None and entry.admin1 != region.admin1
    return other and _km(entry, region) > REGION_BESIDE_KM


def _wider(container: Entry, entry: Entry) -> bool:
    return LEVELS.get(container.feature, 0) > LEVELS.get(entry.feature, 0)


def _known_outside(entry: Entry, container: Entry) -> bool:
    """`entry` lies outside the region `container` by what the gazetteer records (an unknown
    district counts as inside if the place is near it)."""
    if entry.cc != container.cc:
        return True
    if container.feature == "ADM1":
        return entry.admin1 is not None and entry.admin1 != container.admin1
    if container.feature == "ADM2":
        return entry.admin2 != container.admin2 if entry.admin2 else _km(entry, container) > 100
    return False


def _foreign_facility(entry: Entry, group: _Group, context: _Context) -> bool:
    """A facility read as the town it is named for, which lies outside the story's countries
    and is no capital."""
    if not any(f.fallback == "facility" for _, f in group.mentions):
        return False
    _, main = context.main_countries(without=group.key)
    return entry.cc not in main and entry.feature != "PPLC"


def _container_entry(group: _Group, context: _Context) -> Entry | None:
    """The most specific resolved place the text puts the group in or near by a comma, a
    bracket or "near" (a town or a district before a region, a region before a country); by
    "in" too where the text says what the group is ("the town of Toumour in the Diffa
    region")."""
    rank = {"PCLI": 3, "ADM1": 2, "RGN": 2}
    placing = PLACING | {"in"} if group.generic is not None else PLACING
    found = [e for e, kind in context.kinds(group) if kind in placing]
    return min(found, key=lambda e: rank.get(e.feature, 1), default=None)


def _proxied(group: _Group, stoplist: frozenset[str]) -> bool:
    """An unknown name may stand at its container if spaCy calls it a place, the text puts it
    there as a place ("in X", "X village") and no word of it is an ordinary one ("Central
    Regional Jail", "Sheriff's Department")."""
    words = group.name.split()
    if any(kind == "bracket" for _, kind in group.containers):
        # ACLED's "X village (district, region)" says X is a place, whatever spaCy says
        core = words[:-1] if group.generic is not None and len(words) > 1 else words
        return not any(word in stoplist for word in core)  # the type word is no sign
    if not all(m.entity in PROXY_LABELS for m, _ in group.mentions):
        return False
    placed = group.located or group.generic is not None or any(m.near for m, _ in group.mentions)
    return placed and not any(word in stoplist for word in words)


def _containment(entry: Entry, group: _Group, context: _Context) -> float:
    return sum(_inside(entry, container) for container in context.containers(group))


def _inside(entry: Entry, container: Entry) -> float:
    """How well `entry` fits inside `container`, which the text says contains it. No region
    is inside itself: in "Minsk (Minsk, Minsk)" the region does not contain the first Minsk."""
    if entry.id == container.id and container.feature in REGION_FEATURES:
        return 0.0
    if container.feature == "PCLI":
        return 3.0 if entry.cc == container.cc else 0.0
    if container.feature == "ADM1":
        same = (entry.cc, entry.admin1) == (container.cc, container.admin1)
        return 4.0 if same else 0.0
    if container.feature == "ADM2" and entry.admin2:
        return 4.0 if entry.admin2 == container.admin2 else 0.0
    if entry.parent and name_key(entry.parent) == name_key(container.name):
        return 4.0
    if container.lat is not None and _km(entry, container) < 30:
        return 3.0
    return 0.0


def _nearness(entry: Entry, group: _Group, context: _Context) -> float:
    if entry.feature in REGION_FEATURES or entry.lat is None:
        return 0.0
    distances = [_km(entry, other) for key, other in context.points.items() if key != group.name]
    if not distances:
        return 0.0
    nearest = min(distances)
    if entry.parent and name_key(entry.parent) in context.points:
        return 2.0
    return 1.5 if nearest < 50 else 0.75 if nearest < 200 else 0.0


AGREEING_CELL = 0.5  # degrees: readings in the same or a neighbouring cell lie close
AGREEMENT = 0.5  # support per other name with a reading that close, up to three names
AGREEING_POPULATION = 1_000  # hamlets agree with anything: only towns count
WORLD_FEATURES = frozenset({"PCLI", "CONT", "RGN"})


def _reading_cells(groups: list[_Group], silent: frozenset[str]) -> dict[tuple[int, int], set[str]]:
    """Grid cell -> the names with a town or district reading there: where the readings of
    several names meet ("Hall County" and "Gainesville" both in Georgia), the story likely is,
    though neither name's likeliest reading lies there. A country's or a region's name lends
    none: its namesake hamlets ("Middle East", Maryland) say nothing of the story."""
    cells: dict[tuple[int, int], set[str]] = defaultdict(set)
    for group in groups:
        if group.key in silent or all(m.modifier for m, _ in group.mentions):
            continue
        if any(e.feature in WORLD_FEATURES for e in group.candidates):
            continue
        for entry in group.candidates:
            if _agreeing_reading(entry):
                cells[_cell(entry)].add(group.name)
    return dict(cells)


def _agreeing_reading(entry: Entry) -> bool:
    point = entry.feature.startswith("PPL") or entry.feature == "ADM2"
    return point and entry.lat is not None and entry.population >= AGREEING_POPULATION


def _cell(entry: Entry) -> tuple[int, int]:
    return (math.floor((entry.lat or 0.0) / AGREEING_CELL),
            math.floor((entry.lon or 0.0) / AGREEING_CELL))  # fmt: skip


def _agreement(entry: Entry, group: _Group, context: _Context) -> float:
    """Support for a reading near readings of the article's other names."""
    if not context.cells or not _agreeing_reading(entry):
        return 0.0
    row, column = _cell(entry)
    names = set().union(
        *(context.cells.get((row + i, column + j), set()) for i in (-1, 0, 1) for j in (-1, 0, 1))
    )
    return AGREEMENT * min(len(names - {group.name}), 3)


def _km(a: Entry, b: Entry) -> float:
    return haversine_km(a.lat or 0.0, a.lon or 0.0, b.lat or 0.0, b.lon or 0.0)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def _accept_gazetteer_only(group: _Group, entry: Entry | None, context: _Context) -> bool:
    """A capitalised word spaCy did not call a place must name something notable."""
    if entry is None or not _trusted_name(group, entry, context):
        return False
    supported = (
        _containment(entry, group, context) > 0 or group.generic is not None or group.located
    )
    if entry.feature in REGION_FEATURES or entry.origin == "supplement":
        if not group.contested or supported or entry.feature in ("PCLI", "ADM1", "CONT"):
            return True
        # a region of the country the story is about ("the capital of Tigray")
        _, main = context.main_countries(without=group.key)
        return entry.feature in REGION_FEATURES and entry.cc in main
    if group.contested:  # spaCy called it an organisation or a person
        return _contested_town(group, entry, context, supported)
    if entry.population >= GAZETTEER_ONLY_POPULATION:
        return True
    _, main = context.main_countries(without=group.key)
    return (
        supported
        or context.names_admin1(entry, group)
        or (entry.cc in main and entry.population >= CONTEXT_POPULATION)
    )


def _trusted_name(group: _Group, entry: Entry, context: _Context) -> bool:
    """Whether the bare name may stand for `entry`: not too short, no word of a person's
    name, and the entry's own name unless the record is curated (or a county in a state the
    article names: "Oconee" for Oconee County)."""
    curated = "supplement" in entry.origin or entry.feature in ("PCLI", "CONT", "ADM1")
    if not curated and len(group.name.replace(" ", "")) < 3:
        return False
    if group.name in context.person_words and entry.feature not in ("PCLI", "ADM1", "CONT"):
        return False  # "Ripley" after "Kristina Ripley"
    county_by_name = entry.feature == "ADM2" and context.names_admin1(entry, group)
    # towns' alternate names are too noisy to trust without spaCy, but a spelling variant of
    # the main name is not ("Mekelle" for Mek'ele, "Kiev" for Kyiv), nor one the text calls a
    # place in the story's country ("the town of Mhardeh" in a Syrian story)
    top, _ = context.main_countries(without=group.key)
    # or one after a place verb ("shelled Mhardeh") in a country whose forces act in the story
    located = group.located and entry.cc in context.forces
    local = (group.placed or located) and entry.cc == top
    return (
        curated
        or county_by_name
        or local
        or _named_region_holds(entry, group, context)
        or _spelling_variant(group.entry_keys[entry.id], group.name)
    )


def _named_region_holds(entry: Entry, group: _Group, context: _Context) -> bool:
    """The text writes the region right after the name ("Taxco, Guerrero", "X (Y, Borno)")
    and the entry lies in it: an alternate name is then as good as the entry's own."""
    return any(
        kind in ("comma", "bracket", "region")
        and region.feature in ("ADM1", "ADM2")
        and _inside(entry, region) > 0
        for region, kind in context.kinds(group)
    )


def _spelling_variant(own: str, name: str) -> bool:
    """The same name, or one spelt with doubled letters or other inner vowels: "Mekelle" for
    Mek'ele, "Sanaa" for Sana'a, or with or without the Arabic article ("Rastan" for Ar
    Rastan); not a short word ("More" for Mora) or another ending."""
    if own == name or _REPEATS.sub(r"\1", own) == _REPEATS.sub(r"\1", name):
        return True
    long_enough = len(name) >= 6  # the article counts: "En Nahud" for An Nuhud
    own, name = _ARTICLE.sub("", own), _ARTICLE.sub("", name)
    if own == name:
        return True  # the Arabic article written or not: "Zabadani" for Az Zabadani
    # other vowels without the article too: "Nuseirat" for An Nusayrat
    same_ends = own[:1] == name[:1] and own[-1:] == name[-1:]
    # spaces do not count: "Naypyitaw" for Nay Pyi Taw
    same = skeleton(own).replace(" ", "") == skeleton(name).replace(" ", "")
    return long_enough and same_ends and same


def _contested_town(group: _Group, entry: Entry, context: _Context, supported: bool) -> bool:
    """A town where spaCy saw an organisation or a person: kept if the text supports it, if
    it is big (very big against ORG), or if it lies in the article's area."""
    organisation = all(m.label == "ORG" for m, _ in group.mentions)
    threshold = CONTESTED_POPULATION if organisation else CONTESTED_POPULATION // 10
    if supported or entry.population >= threshold:
        return True
    in_context = context.names_admin1(entry, group) or _nearness(entry, group, context) >= 1.5
    if "supplement" in entry.origin:  # a curated conflict town: in the story's country, or
        top, _ = context.main_countries(without=group.key)  # the story names no other
        return in_context or entry.cc == top or top is None
    return in_context and entry.population >= GAZETTEER_ONLY_POPULATION // 2


def _home_town(
    groups: list[_Group], chosen: dict[str, Entry | None], context: _Context
) -> Entry | None:
    """The town of the story, where its neighbourhoods lie: a wire dateline's town, else its
    most named town in the story's countries."""
    for group in groups:
        entry = chosen.get(group.key)
        dated = any(m.dateline for m, _ in group.mentions)
        if dated and entry is not None and entry.feature.startswith("PPL"):
            return entry
    _, main = context.main_countries()
    return _anchor_town(groups, chosen, main) if main else None


def _anchor_town(
    groups: list[_Group], chosen: dict[str, Entry | None], countries: set[str] | None = None
) -> Entry | None:
    """The town the article is about: its most often named town (first named on ties), in
    one of `countries` if given."""
    best: tuple[int, int] | None = None
    anchor = None
    for order, group in enumerate(groups):
        entry = chosen.get(group.key)
        if entry is None or group.feature or not entry.feature.startswith("PPL"):
            continue
        if _quarter(group) or (countries is not None and entry.cc not in countries):
            continue  # a neighbourhood is in the story's town, never that town
        rank = (len(group.mentions), -order)
        if best is None or rank > best:
            best, anchor = rank, entry
    return anchor


def _anchored(group: _Group, entry: Entry | None, anchor: Entry | None) -> list[Resolved]:
    """A street, lake or river: its own record if the gazetteer has one, else placed at the
    article's town: in it for a street or square (ACLED codes the town itself), near it for
    a road, river, lake or forest (precision 2)."""
    if entry is not None and entry.feature == group.feature:
        return [Resolved(m, f, entry, 1) for m, f in group.mentions]
    if anchor is None:
        return []
    precision = 1 if group.name.split()[-1] in TOWN_STREETS else 2
    return [Resolved(m, f, anchor, precision, feature=group.feature) for m, f in group.mentions]


def _far_small_town(entry: Entry, group: _Group, context: _Context) -> bool:
    """A village abroad is an unlikely reading of a name the story gives no support for; so
    is a town abroad of a name always written with "the" ("the Defence of the Homeland")."""
    article = all(m.article for m, _ in group.mentions)
    small = FAR_ARTICLE_TOWN_POPULATION if article else FAR_TOWN_POPULATION
    if not entry.feature.startswith("PPL") or entry.population >= small:
        return False
    if "supplement" in entry.origin or _containment(entry, group, context) > 0:
        return False
    _, main = context.main_countries(without=group.key)
    return bool(main) and entry.cc not in main


def _abroad_of_settled_story(entry: Entry, group: _Group, context: _Context) -> bool:
    """A town abroad is an unlikely reading in a story settled in one country (several of
    its names there) when nothing else in the story points to the town's country and the
    text gives it no container: "San Antonio Abad" in a Salvadoran story is no Spanish
    town, whatever spaCy called the name."""
    if not entry.feature.startswith("PPL") or entry.population >= SETTLED_TOWN_POPULATION:
        return False
    if "supplement" in entry.origin or _containment(entry, group, context) > 0:
        return False
    top, main = context.main_countries(without=group.key)
    if top is None or main != {top} or entry.cc == top or entry.cc in context.forces:
        return False  # no one leading country
    if context.countries.get(entry.cc, 0.0) - context.own_vote(group.key, entry.cc) > 0:
        return False  # the story names the country or another of its places
    names = sum(cc == top for key, (cc, _) in context.votes.items() if key != group.key)
    weight = context.countries.get(top, 0.0) - context.own_vote(group.key, top)
    return names >= SETTLED_NAMES and weight >= SETTLED


def _person_name(group: _Group, entry: Entry | None, context: _Context) -> bool:
    """A lone word that the article also uses inside a person's name ("Deputy Kristina
    Ripley ... Ripley said"), unless it names a country, a region or a large city."""
    if group.name not in context.person_words or " " in group.name:
        return False
    if entry is None:
        return True
    if group.name in context.titled_words and entry.feature not in ("PCLI", "CONT"):
        # "JUDGE RAMIRO LARA": a region too needs the text's word that it is a place
        return not (group.placed or group.located)
    return entry.feature not in REGION_FEATURES and entry.population < PERSON_OVERRIDE_POPULATION


def _keep_unresolved(group: _Group) -> bool:
    """A place the gazetteer lacks is kept only when its own words say it is one ("Guernsey
    County", "the town of Harwinton"); bare unknown names are mostly people and firms."""
    if any(c.isdigit() for c in group.name):
        return False
    return group.generic is not None and all(m.entity == "GPE" for m, _ in group.mentions)


def _precision(entry: Entry | None, mention: Mention, form: Form) -> int:
    if entry is None:
        return 3
    if entry.feature in REGION_FEATURES:
        # "northern X", and "near X" for a region named like its capital ("near Murzuq")
        around = form.part or (mention.near and form.generic is None)
        return 2 if around and entry.feature != "PCLI" else 3
    if mention.quarter:
        return 1  # "the X district of Aden": a part of the town is the town, for ACLED
    if entry.feature == "ADM2" and form.generic == "town" and not mention.near:
        return 1  # "in X town" of a district named like its seat: the seat town itself
    if entry.feature == "ADM2" or _district_by_its_town(entry, mention, form):
        return 2
    return 2 if mention.near else 1  # a part of a town ("eastern Cali") is the town, for ACLED


def _district_by_its_town(entry: Entry, mention: Mention, form: Form) -> bool:
    """ "the Tarmiyah district": a district known only by its town, which ACLED codes near
    that town; not a city's own district the gazetteer holds ("the Sukkari district of
    Aleppo"), nor a town in a bracket's district slot ("(Jenin, West Bank)")."""
    return mention.typed and form.generic == "admin2" and entry.feature != "PPLX"
