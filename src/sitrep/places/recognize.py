"""Recognition: which stretches of a passage name places.

Two sources, merged: spaCy's GPE/LOC/FAC entities (reduced to the name they contain:
"northern Idlib province" -> "Idlib", a part of an admin1), and gazetteer look-ups of
capitalised word sequences spaCy missed. Gazetteer-only hits must survive a stoplist,
must not sit inside an organisation's or a person's name, and are flagged so that the
resolver can demand a notable referent.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from sitrep.language import OPENING_WORDS, was_shouted
from sitrep.places._lexicon import Lexicon
from sitrep.places._normalize import name_key, respelt, skeleton
from sitrep.places.gazetteer import Entry, Gazetteer

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entities whose words are not place mentions even when a gazetteer knows them.
# (Titles, events, products and laws are left open: the small model often gives those labels
# to lists of towns.)
BLOCKING_LABELS = frozenset({"ORG", "PERSON", "NORP", "DATE"})
# Labels the small model often puts on a settlement named with its type word ("Kajuru LGA",
# "Diapaga town", "the Spera district"): the type word says it is a place after all.
MISLABELLED = frozenset({"ORG", "PERSON"})
# type words that name a settlement or a district (not "area", "camp": a group has those too)
SETTLEMENT_WORDS = frozenset({"town", "village", "city", "hamlet", "township", "settlement"})
CONNECTORS = frozenset({"of", "al", "el", "de", "la", "le", "du", "des", "del", "-", "an", "ad"})
CONNECTORS |= frozenset({"ar", "as", "ash", "at", "az", "ez", "ul", "bin", "ibn", "on", "upon"})
CONNECTORS |= frozenset({"da", "do", "dos", "das", "di", "van", "von", "der", "den", "sur", "y"})
CONNECTORS |= frozenset({"au", "aux", "en", "lès", "sous"})  # "Port-au-Prince"
CONNECTORS |= frozenset({"e", "i"})  # the Persian ezafe: "Pul-e Alam", "Mazar-i-Sharif"
ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "es", "et"})
ARTICLES |= frozenset({"en", "er", "ez"})  # the article assimilated: "En Nahud", "Er Rahad"
DETERMINERS = ("the", "a", "an")
_COMPASS = re.compile(r"(north|south)(east|west(?:ern)?)")
ROMANCE_ARTICLES = frozenset({"la", "le", "les", "los", "las"})  # connectors inside a name
# words that open places named after saints and people ("San Pedro", "Puerto Cortes")
PLACE_OPENERS = frozenset({"san", "santa", "santo", "sao", "são", "saint", "st", "ste", "santiago"})
PLACE_OPENERS |= frozenset({"puerto", "porto", "port", "ciudad", "villa", "fort", "mount", "mt"})
PLACE_OPENERS |= frozenset({"el", "la", "los", "las", "de", "del", "do", "da", "dos", "das"})
ROAD_WORDS = frozenset({"road", "highway", "axis", "route", "motorway", "expressway"})
MAX_NGRAM = 5
# where a name entity splits into names: "Marte (Marte, Borno", "the Monument in Bangkok"
SEPARATORS = frozenset({"'s", "’s", ",", "(", ")", "in"})
LOOSE_MIN_LENGTH = 6  # shorter names have too many look-alikes
NOTABLE_POPULATION = 20_000  # a town this big may be named with a stripped "'s"
COMPOUND_HEADS = frozenset(
    {"led", "backed", "based", "born", "run", "owned", "allied", "funded", "made", "style"}
    | {"sponsored", "supported", "affiliated", "aligned", "bound", "linked", "headquartered"}
)
# heads of a compound that say the name before them is a place ("Houston-based",
# "Chicago-born"), unlike "Saudi-led" (a people) or "Iran-backed" (a state)
PLACE_COMPOUND_HEADS = frozenset({"based", "headquartered", "born"})
_COMPOUND = re.compile(r"-(\w+)")
_GLUED = re.compile(r"\b([A-Z][a-z]{3,}[^s'’\W])s\b")  # "Syrias": "Syria" + a stripped "'s"
LOCATIVE = frozenset(
    {"in", "near", "from", "to", "at", "outside", "into", "toward", "towards", "across"}
    | {"around", "through", "inside", "between", "via", "beyond"}
)
NEAR_WORDS = frozenset({"near", "outside", "nearby", "around", "outskirts", "overlooking"})
# nouns before "of" that put an event around a town rather than in it ("rural areas of Tame",
# "on the edge of Izium": ACLED's precision 2, near a town)
NEAR_OF = frozenset({"countryside", "hinterland", "environs", "vicinity", "periphery"})
NEAR_OF |= frozenset({"edge", "edges", "fringes", "fringe"})
AREA_WORDS = frozenset({"rural", "remote", "surrounding", "outlying"})  # "rural area(s) of"
# nouns after a name that put an event around it ("the Idlib countryside", "the X area")
AROUND_NOUNS = frozenset({"countryside", "outskirts", "suburbs", "environs", "hinterland", "area"})
# nouns after a name that make it a part of the town named next ("the Kafouri area of
# Khartoum North", "the Tabbaneh quarter of Tripoli"): the town itself, for ACLED
QUARTER_NOUNS = frozenset({"area", "neighbourhood", "neighborhood", "quarter", "suburb", "sector"})
# a place in an unnamed village of a named one ("a village in Kanbalu township") is around it
VILLAGE_NOUNS = frozenset({"village", "villages", "hamlet", "hamlets", "settlement", "settlements"})
# heights named by the town below them ("the hills above X"): around the town, not in it
HEIGHTS = frozenset({"hills", "hill", "heights", "mountains", "ridge", "ridges", "slopes"})
INDEFINITE = frozenset({"a", "an", "one"})


@dataclass(frozen=True)
class Form:
    """One reading of a mention: the key to look up and the span it covers."""

    key: str
    start: int  # character offsets in the passage text
    end: int
    generic: str | None = None  # "admin1" | "admin2" | "town": a type word came with it
    part: bool = False  # read without a direction word: "northern Idlib" -> "Idlib"
    # a last resort, read only if the name as written is unknown even loosely: "glued"
    # ("Idlibs" as "Idlib"), "quarter" ("Daraa al-Balad" as "Daraa"), "facility"
    # ("Damascus International Airport" as "Damascus")
    fallback: str = ""

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


@dataclass(frozen=True)
class Mention:
    passage: int
    forms: tuple[Form, ...]  # most specific first
    entity: str  # spaCy label, or "" for a gazetteer-only hit
    part: bool = False  # "northern X": a part of X
    near: bool = False  # "near X", "the outskirts of X", "20 km north of X": around X
    contested: bool = False  # spaCy called it a person or organisation
    country: str | None = None  # code an abbreviation stands for: "US", or admin1 "US.WV"
    located: bool = False  # right after a locative preposition: "fled to X"
    label: str = ""  # the non-place label spaCy gave a contested name ("ORG", "PERSON")
    feature: str | None = None  # a named feature's type: "STRT", "LK", "STM", "PRK", "MT"
    quarter: bool = False  # "the X area of Khartoum": a part of the town named next
    article: bool = False  # "the Homeland": towns seldom take "the" (the name is a noun)
    common: bool = False  # one English word in capitals copy ("TRIAL"): needs the text's support
    dateline: bool = False  # the town of a wire dateline ("LIMA, 5 JAN 90 --")
    neighbourhood: bool = False  # named as a part of a town ("the Escalon neighborhood")
    modifier: bool = False  # an abbreviation before a noun ("U.S. embassy"): see `Place`
    typed: bool = False  # its own type word beside it ("X district", "the town of X")


@dataclass
class Recognition:
    mentions: list[Mention]
    entries: dict[str, list[Entry]]  # exact key -> entries
    loose: dict[str, list[Entry]]  # skeleton key -> entries
    person_words: frozenset[str] = frozenset()  # name keys of words in PERSON entities
    titled_words: frozenset[str] = frozenset()  # name keys of words after a title or given name


def recognize(
    passages: Sequence[str],
    docs: Sequence[Doc],
    gazetteer: Gazetteer,
    not_places: Mapping[int, Sequence[tuple[int, int]]] | None = None,
    owners: bool = False,
) -> Recognition:
    """Place mentions of all passages, with the gazetteer entries their names may stand for.
    `not_places` holds spans per passage that name something else (news agencies); `owners`
    adds the names that say whose, not where (peoples: see `_people_mentions`)."""
    lexicon = gazetteer.lexicon
    blocked = not_places or {}
    parsed = list(enumerate(zip(passages, docs, strict=True)))
    named = {
        index: [
            m
            for m in _named_mentions(index, text, doc, lexicon, list(blocked.get(index, ())))
            if not _a_people(m, gazetteer.demonyms)
        ]
        for index, (text, doc) in parsed
    }
    for index, (text, doc) in parsed if owners else ():
        named[index] += _compound_owners(index, doc, named[index])
        named[index] += _party_homes(index, text, lexicon, named[index])
    ngrams = {index: _ngram_candidates(text, doc, lexicon) for index, (text, doc) in parsed}
    keys = {f.key for found in named.values() for m in found for f in m.forms}
    keys |= {key for found in ngrams.values() for _, _, key in found}
    keys |= {name_key(m.group(1)) for text in passages for m in _GLUED.finditer(text)}
    keys |= {k for text in passages for m in _GLUED.finditer(text) for k in _run_after(text, m)}
    keys |= {split for key in keys if (split := _compass_split(key))}
    respellings = {key: english for key in keys if (english := respelt(key))}
    entries = gazetteer.lookup(keys | set(respellings.values()))  # one query for the article
    entries |= _respelt_entries(respellings, entries)
    for index, (_, doc) in parsed:
        named[index] = _widened(named[index], ngrams[index], entries, doc)
    mentions = [m for found in named.values() for m in found]
    loose = _loose_entries(mentions, ngrams, entries, gazetteer)
    for index, (text, doc) in parsed:
        taken = [m.forms[0].span for m in named[index]] + list(blocked.get(index, ()))
        glued = _glued_possessives(doc, text, entries)
        lookups = _Lookups(entries, loose, glued, lexicon, gazetteer.demonyms)
        mentions.extend(_gazetteer_mentions(index, text, doc, ngrams[index], lookups, taken))
    mentions = [
        m
        for m in mentions
        if not _shouted_non_place(m, passages, docs, lexicon) and not _speaker(m, passages)
    ]
    for index, (_, doc) in parsed if owners else ():
        taken = [m.forms[0].span for m in mentions if m.passage == index]
        mentions.extend(_people_mentions(index, doc, gazetteer.demonyms, taken))
    mentions = [_region_compass(m, entries) for m in mentions]
    mentions = [_country_owner(m, docs[m.passage], entries, lexicon) for m in mentions]
    mentions.sort(key=lambda m: (m.passage, m.forms[0].start))
    titled = _titled_words(passages, docs, lexicon)
    persons = _person_words(docs, lexicon, gazetteer.demonyms) | titled
    return Recognition(mentions, entries, loose, persons, titled)


def _respelt_entries(
    respellings: Mapping[str, str], entries: Mapping[str, list[Entry]]
) -> dict[str, list[Entry]]:
    """Entries of names written in a spelling that the gazetteer holds only in another school's
    ("Al-Koufra" for Al Kufra, "Valuiki" for Valuyki): see `respelt`. Only notable places: a
    village of the English spelling abroad is likelier another name ("Al-Qousour" for El
    Ksour)."""
    out = {}
    for key, english in respellings.items():
        found = [e for e in entries.get(english, ()) if _notable_respelt(e, key, english)]
        if key not in entries and found:
            out[key] = found
    return out


def _notable_respelt(entry: Entry, key: str, english: str) -> bool:
    """A town big enough, or a seat of government, to be the one a respelt name means; a
    respelt single word only by the town's main name ("Tarhouna" is Tarhuna, but "Tounsi", a
    surname, is no Chinese town with "Tunsi" among its other names)."""
    if " " not in key and name_key(entry.name) != english:
        return False
    return entry.population >= NOTABLE_POPULATION or entry.feature in ("PPLA", "PPLC", "ADM1")


def _country_owner(
    mention: Mention, doc: Doc, entries: Mapping[str, list[Entry]], lexicon: Lexicon
) -> Mention:
    """A country's name before a noun it modifies ("the United States embassy", "UNITED
    STATES EMBASSY") says whose the thing is, as its abbreviation does ("U.S. embassy");
    not before its forces ("Pakistan army": forces mostly fight at home), nor after "in"."""
    form = mention.forms[0]
    if mention.modifier or not any(e.feature == "PCLI" for e in entries.get(form.key, ())):
        return mention
    span = doc.char_span(form.start, form.end, alignment_mode="expand")
    if span is None or span.end >= len(doc) or doc[span.end].lower_ in lexicon.force_nouns:
        return mention
    if span.start > 0 and doc[span.start - 1].lower_ in LOCATIVE:
        return mention
    return replace(mention, modifier=True) if _modifies_noun(doc, form.start, form.end) else mention


def _compass_split(key: str) -> str | None:
    """ "northwest" -> "north west": a compass region's name written as one word."""
    match = _COMPASS.fullmatch(key)
    return f"{match[1]} {match[2]}" if match else None


def _region_compass(mention: Mention, entries: Mapping[str, list[Entry]]) -> Mention:
    """A first-level region written as one compass word ("(Bali, Northwest)") is read first
    as the region written in two ("North-West"), not as a hamlet called Northwest."""
    form = mention.forms[0]
    split = _compass_split(form.key)
    if form.generic != "admin1" or split is None:
        return mention
    if not any(e.feature == "ADM1" for e in entries.get(split, ())):
        return mention
    return replace(mention, forms=(replace(form, key=split), *mention.forms))


def _widened(
    found: list[Mention], ngrams: list[tuple[int, int, str]], entries: dict[str, list[Entry]],
    doc: Doc,
) -> list[Mention]:  # fmt: skip
    """A place entity inside a longer name the gazetteer knows whole ("Cauca" in "Valle del
    Cauca") stands for that name: the longest match wins, read once."""
    longer = [
        (doc[i].idx, doc[j - 1].idx + len(doc[j - 1]), key)
        for i, j, key in ngrams
        if j - i > 1 and key in entries
    ]
    out: list[Mention] = []
    used: set[tuple[int, int]] = set()
    for mention in found:
        start, end = mention.forms[0].span
        wider = [c for c in longer if c[0] <= start and end <= c[1] and c[1] - c[0] > end - start]
        if not mention.entity or mention.country or mention.feature or not wider:
            out.append(mention)
            continue
        first, last, key = max(wider, key=lambda c: (c[1] - c[0], -c[0]))
        if (first, last) not in used:
            used.add((first, last))
            generic = next((f.generic for f in mention.forms if f.generic), None)
            out.append(replace(mention, forms=(Form(key, first, last, generic=generic),)))
    return out


@dataclass(frozen=True)
class _Lookups:
    """What the gazetteer said about a passage's candidate names."""

    entries: dict[str, list[Entry]]  # exact key -> entries
    loose: dict[str, list[Entry]]  # skeleton key -> entries
    glued: dict[int, str]  # token -> key of the place it names with a stripped "'s"
    lexicon: Lexicon
    demonyms: Mapping[str, str]  # a people's name key -> its country

    def knows(self, key: str, words: Span) -> bool:
        """An exact entry, or a loose one for a name of several words, as transliterations
        are spelt many ways ("Jisr al-Shughur", "Tal Tamr" for Tall Tamr)."""
        if key in self.entries:
            return True
        return _several_names(words) and skeleton(key) in self.loose


def _a_people(mention: Mention, demonyms: Mapping[str, str]) -> bool:
    """spaCy's place entity is a people's name ("Ukrainian" tagged as a GPE)."""
    return " " not in mention.forms[0].key and is_people(mention.forms[0].key, demonyms)


def _people_mentions(
    index: int, doc: Doc, demonyms: Mapping[str, str], taken: list[tuple[int, int]]
) -> list[Mention]:
    """A people's name ("Sudanese", "the Latvians") refers to its country, as geoparsing
    corpora (LGL, GeoWebNews) count it; it says who, not where anything happens, so it is a
    `modifier` (no event's setting, no vote for the story). "The Malian capital" is the city
    (`with_capitals`)."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in ("NORP", "GPE") or _before_word(ent, "capital"):
            continue
        key = name_key(ent.text)
        country = demonyms.get(key) or (demonyms.get(key[:-1]) if key.endswith("s") else None)
        if country is None or _overlaps((ent.start_char, ent.end_char), taken):
            continue
        form = Form(key, ent.start_char, ent.end_char)
        out.append(Mention(index, (form,), ent.label_, country=country, modifier=True))
    return out


def _compound_owners(index: int, doc: Doc, found: Sequence[Mention]) -> list[Mention]:
    """The name before "-based" ("the Houston-based contractor", "Gori-based units") is a
    place whatever spaCy calls it: geoparsing corpora count it; it says whose the thing is,
    not where the event is, so it is a `modifier` (asked for with `owners`)."""
    taken = [f.span for m in found for f in m.forms]
    out = []
    for token in doc[2:]:
        if token.lower_ not in PLACE_COMPOUND_HEADS or doc[token.i - 1].text != "-":
            continue
        words = _capitalised_run(doc, token.i - 1)
        if not words:
            continue
        span = (words[0].idx, words[-1].idx + len(words[-1]))
        if _overlaps(span, taken):
            continue
        form = Form(name_key(doc[words[0].i : words[-1].i + 1].text), *span)
        out.append(Mention(index, (form,), "GPE", modifier=True))
    return out


# a legislator's party and home after the name: "Sen. Ann Lee, D-Dayton", "(R-Ocilla)",
# "DFL-Elbow Lake", "D-W. Va."
_PARTY_HOME = re.compile(
    r"(?:,\s*|\()(?:R|D|I|DFL)-((?:[A-Z][a-z]*\.?\s?){1,3}?)(?=[,;)]|\s+[a-z\W]|\s*$)"
)


def _party_homes(
    index: int, text: str, lexicon: Lexicon, found: Sequence[Mention]
) -> list[Mention]:
    """The home town, county or state of a legislator after the party's letter ("Rep. Ann
    Lee, D-Dayton"): a place geoparsing corpora count; it says who the person is, not where
    the event is, so it is a `modifier` (asked for with `owners`)."""
    taken = [f.span for m in found for f in m.forms]
    out = []
    for match in _PARTY_HOME.finditer(text):
        name = match.group(1).rstrip()
        start = match.start(1)
        span = (start, start + len(name))
        if _overlaps(span, taken):
            continue
        code = lexicon.abbreviations.get(name) or lexicon.abbreviations.get(f"{name}.")
        if code and "." in code:  # "D-Pa.", "D-Calif": the state
            out.append(Mention(index, (Form(name_key(name), *span),), "", country=code,
                               modifier=True))  # fmt: skip
        elif not code:
            out.append(Mention(index, (Form(name_key(name), *span),), "GPE", modifier=True))
    return out


def _capitalised_run(doc: Doc, end: int) -> list[Token]:
    """Up to three capitalised words right before token `end`, glued to it (no space)."""
    words: list[Token] = []
    k = end - 1
    if k < 0 or doc[k].whitespace_:
        return []
    while k >= 0 and len(words) < 3 and doc[k].text[:1].isupper() and doc[k].is_alpha:
        if doc[k].lower_ in DETERMINERS:
            break
        words.insert(0, doc[k])
        k -= 1
    return words


def _before_word(ent: Span, word: str) -> bool:
    return ent.end < len(ent.doc) and ent.doc[ent.end].lower_ == word


def is_people(key: str, demonyms: Mapping[str, str]) -> bool:
    """A people's name, or its plural ("Iraqis")."""
    return key in demonyms or (key.endswith("s") and key[:-1] in demonyms)


def _several_names(words: Span) -> bool:
    """Two or more capitalised words beside any articles ("Tal Tamr", "Jisr al-Shughur"; not
    "The Honda", whose loose key is one word)."""
    names = [t for t in words if t.text[:1].isupper() and t.lower_ not in ("the", "a", "an")]
    return len([t for t in names if t.lower_ not in ARTICLES]) > 1 and words[0].lower_ != "the"


_CAPITALISED_RUN = re.compile(r"\s+([A-Z][\w'’-]*)(?:\s+([A-Z][\w'’-]*))?(?:\s+([A-Z][\w'’-]*))?")


def _run_after(text: str, glued: re.Match[str]) -> list[str]:
    """Keys of the capitalised words after a glued possessive ("Cameroons Far North region":
    "far", "far north"), so `_owns_next` can tell whether they name a place."""
    run = _CAPITALISED_RUN.match(text, glued.end())
    words = [w for w in run.groups() if w] if run else []
    return [name_key(" ".join(words[:n])) for n in range(1, len(words) + 1)]


def _glued_shape(token: Token) -> bool:
    """A capitalised word that may be a name whose apostrophe a scraper stripped: "Syrias",
    "Idlibs" for "Syria's", "Idlib's"."""
    word = token.text
    return (
        len(word) >= 5
        and word[0].isupper()
        and word[-1] == "s"
        and word[-2] not in "s'’"
        and word[1:].islower()
    )


def _stem(lower: str) -> str:
    return name_key(lower[:-1])


def _glued_possessives(doc: Doc, text: str, entries: dict[str, list[Entry]]) -> dict[int, str]:
    """Token -> key of the place a glued possessive names ("Syrias Aleppo", "Idlibs southern
    countryside"): the word is no name the gazetteer knows, its stem is a country, a region or
    a big town, and what follows is something it owns, not a verb ("Canadians who")."""
    out = {}
    for match in _GLUED.finditer(text):  # shouted copy never matches: too many plurals
        span = doc.char_span(match.start(), match.end())
        if span is None or len(span) != 1:
            continue
        token = span[0]
        if not _glued_shape(token) or name_key(token.text) in entries:
            continue
        stem = _stem(token.lower_)
        if _names_notable(stem, entries) and _owns_next(token, entries):
            out[token.i] = stem
    return out


def _owns_next(token: Token, entries: dict[str, list[Entry]]) -> bool:
    """The words around a glued possessive read as "X's ...": no capitalised word before
    it ("St. Marys River"), and after it a noun, an adjective or a known place."""
    doc = token.doc
    if token.i > 0 and not token.is_sent_start and doc[token.i - 1].text[:1].isupper():
        return False
    if token.i + 1 >= len(doc):
        return False
    after = doc[token.i + 1]
    if after.text[:1].isupper():  # "Cameroons Far North region": the longest capitalised run
        run = [after]
        for t in doc[token.i + 2 : token.i + 4]:
            if not t.text[:1].isupper():
                break
            run.append(t)
        return any(
            _names_notable(name_key(" ".join(t.text for t in run[:n])), entries)
            for n in range(len(run), 0, -1)
        )
    return after.pos_ in ("NOUN", "ADJ") and after.text.isalpha()


def _names_notable(key: str, entries: dict[str, list[Entry]]) -> bool:
    """`key` is the own name of a country, a region, a curated place or a big town (not an
    alternate name: "Common" for Wakefield)."""
    return any(
        (
            e.feature in ("PCLI", "ADM1", "RGN")
            or "supplement" in e.origin
            or e.population >= NOTABLE_POPULATION
        )
        and name_key(e.name) == key
        for e in entries.get(key, [])
    )


def _named_mentions(
    index: int, text: str, doc: Doc, lexicon: Lexicon, blocked: list[tuple[int, int]]
) -> list[Mention]:
    """What names itself a place: spaCy's place entities, abbreviations, named features;
    none inside a `blocked` span."""
    entities = [
        m
        for m in _entity_mentions(index, text, doc, lexicon)
        if not _overlaps(m.forms[0].span, blocked)
    ]
    taken = [f.span for m in entities for f in m.forms] + blocked
    abbreviations = _abbreviation_mentions(index, text, doc, lexicon, taken)
    spans = [m.forms[0].span for m in abbreviations]
    found = [m for m in entities if not _overlaps(m.forms[0].span, spans)] + abbreviations
    taken = [f.span for m in found for f in m.forms]
    return found + _feature_mentions(index, text, doc, lexicon, taken)


def _loose_entries(
    mentions: list[Mention],
    ngrams: dict[int, list[tuple[int, int, str]]],
    entries: dict[str, list[Entry]],
    gazetteer: Gazetteer,
) -> dict[str, list[Entry]]:
    """Skeleton-key look-ups for spaCy's place names that no exact key found, and for
    names of several words it took for something else ("Jisr al-Shughur" as a PERSON)."""
    unmatched = {
        skeleton(m.forms[-1].key)
        for m in mentions
        if m.entity and not any(f.key in entries for f in m.forms)
    }
    unmatched |= {
        skeleton(key)
        for found in ngrams.values()
        for _, _, key in found
        if key not in entries and len(key) >= LOOSE_MIN_LENGTH and " " in key
    }
    unmatched -= {""}
    return gazetteer.lookup(unmatched, loose=True) if unmatched else {}


def _person_words(
    docs: Sequence[Doc], lexicon: Lexicon, demonyms: Mapping[str, str]
) -> frozenset[str]:
    """Name keys of the words in multi-word person names (not events named after people, nor
    a headline run into its body: "enter Kherson Ukrainian soldiers" is no one's name, nor
    a district in a note's bracket: "Gondar (Gondar Zuria, ...)")."""
    return frozenset(
        name_key(t.text)
        for doc in docs
        for e in doc.ents
        if e.label_ == "PERSON" and len(e) > 1
        if not typed_as_place(e, lexicon)
        if not bracket_generic(doc, e.start, e.end, lexicon)
        if not any(t.lower_ in lexicon.event_nouns for t in e)
        if not any(is_people(name_key(t.text), demonyms) for t in e)
        for t in e
    )


def _titled_words(texts: Sequence[str], docs: Sequence[Doc], lexicon: Lexicon) -> frozenset[str]:
    """Name keys of the words after a title or a given name ("GENERAL X", "RODRIGO LARA
    BONILLA": up to two), which the model misses in copy set in capitals."""
    out = set()
    for text, doc in zip(texts, docs, strict=True):
        shouted = was_shouted(text, doc)
        for token in doc[:-1]:
            word = token.lower_.rstrip(".")
            if word not in lexicon.titles and word not in lexicon.given_names:
                continue
            if not _capitalised(token, text, shouted) or _opens_place(token):
                continue
            for after in token.doc[token.i + 1 : token.i + 3]:
                if not (after.is_alpha and _capitalised(after, text, shouted)) or after.is_stop:
                    break
                out.add(name_key(after.text))
    return frozenset(out)


def _opens_place(token: Token) -> bool:
    """A given name inside a place's name: "SAN JOSE", "SANTA ANA", "CIUDAD ROSA"."""
    return token.i > 0 and token.doc[token.i - 1].lower_.rstrip(".") in PLACE_OPENERS


def _abbreviation_mentions(
    index: int, text: str, doc: Doc, lexicon: Lexicon, taken: list[tuple[int, int]]
) -> list[Mention]:
    """Country and state abbreviations in their exact case ("U.S.", "UK", "Springfield, Mo.")."""
    shouted = was_shouted(text, doc)
    gpe_spans = {(e.start_char, e.end_char) for e in doc.ents if e.label_ == "GPE"}
    out = []
    for match in lexicon.abbreviation_pattern.finditer(text):
        word, start, end = match.group(1), match.start(1), match.end(1)
        code = lexicon.abbreviations[word]
        if shouted and "." not in word:
            continue  # "US" in shouted copy may be the pronoun
        if _qualifies(text, end):
            continue  # "US-led", "UK-backed": the name describes something else
        after_town = text[:start].rstrip().endswith(",")
        if "." in code and not (after_town or (start, end) in gpe_spans):
            continue  # state abbreviations only in "Town, St." position or tagged as places
        taken_here = [(s, e) for s, e in taken if s < end and start < e]
        if taken_here and not (len(taken_here) == 1 and "." in code):
            continue
        modifier = _modifies_noun(doc, start, end)  # "U.S. embassy"
        form = Form(name_key(word), start, end)
        out.append(Mention(index, (form,), "", country=code, modifier=modifier))
    return out


def _feature_mentions(
    index: int, text: str, doc: Doc, lexicon: Lexicon, taken: list[tuple[int, int]]
) -> list[Mention]:
    """Streets, roads, lakes and rivers spaCy did not tag: "Gillis Street", "Highway 200".
    Not in copy that was all capitals, where every word looks like a name."""
    if was_shouted(text, doc):
        return []
    out = []
    blocked = _blocked_tokens(doc)
    for token in doc:
        feature = lexicon.features.get(token.lower_)
        if feature is None or not text[token.idx].isupper():
            continue
        if token.i in blocked and not _ends_in_street_word(token, blocked[token.i]):
            continue
        if token.lower_ in ("st.", "dr.", "way", "square", "circle", "route", "interstate"):
            continue  # titles and ordinary words too often
        start = token.i
        first = blocked[token.i][0] if token.i in blocked else 0
        while start > first and start > token.i - 3 and _name_word(doc[start - 1], text, lexicon):
            start -= 1
        end = token.i + 1
        followed = end < len(doc) and (doc[end].like_num or _name_word(doc[end], text, lexicon))
        if token.lower_ in ("highway", "lake") and followed:
            end += 1  # "Highway 200", "Lake Lanier"
        elif token.lower_ == "road" and end < len(doc) and doc[end].like_num:
            end += 1  # "County Road 35": the number is the road's name
        if end - start < 2 or any(t.text == "-" for t in doc[start:end]):
            continue  # "the Kaduna-Abuja highway" is told by its towns
        span = (doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
        if _overlaps(span, taken):
            continue
        form = Form(name_key(text[span[0] : span[1]]), *span)
        out.append(Mention(index, (form,), "", feature=feature))
    return out


# street words that end no person's or firm's name: "Pine Needle Drive" tagged as an
# organisation is still a street (not "Lane", "Street" or "Park": surnames and firms too)
STREET_ENDINGS = frozenset({"avenue", "boulevard", "drive", "road", "highway", "parkway"})


def _ends_in_street_word(token: Token, entity: tuple[int, int]) -> bool:
    """A person's or organisation's entity that is a street's name: its last word is one
    (`STREET_ENDINGS`) and no word of it is a street word before."""
    start, end = entity
    return token.i == end - 1 and token.lower_ in STREET_ENDINGS and end - start >= 2


def _name_word(token: Token, text: str, lexicon: Lexicon) -> bool:
    word = text[token.idx : token.idx + len(token)]
    return (
        word[:1].isupper()
        and token.lower_ not in lexicon.stoplist
        and token.lower_ not in ("the", "a", "an", "on", "in", "at", "of")
        and not token.is_sent_start
    ) or (token.like_num and token.i > 0)


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Whether `span` shares a character with any of `spans`."""
    start, end = span
    return any(s < end and start < e for s, e in spans)


def _shouted_non_place(
    mention: Mention, texts: Sequence[str], docs: Sequence[Doc], lexicon: Lexicon
) -> bool:
    """In capitals copy, words that are no place on their own: the first words of a longer
    name the parse joins them to ("CANO LIMON-COVENAS" pipeline, "SAN ANTONIO ABAD" street,
    not the Texan city), or one word with the indefinite article ("A WHITE MONZA LOADED WITH
    DYNAMITE": a car)."""
    text, doc = texts[mention.passage], docs[mention.passage]
    form = mention.forms[0]
    span = doc.char_span(form.start, form.end, alignment_mode="expand")
    if span is None or not len(span) or mention.dateline or not was_shouted(text, doc):
        return False
    last = span[-1]
    head = last.head
    if last.dep_ == "compound" and head.i >= span.end and head.pos_ == "PROPN":
        same_name = head.ent_iob_ == "I" and head.ent_type_ == last.ent_type_ != ""
        return (
            (same_name or not head.ent_type_) and lexicon.generic_kind(head.text) is None
            and form.generic is None
        )  # fmt: skip
    if len(span) != 1 or last.dep_ in ("compound", "poss") or form.generic is not None:
        return False  # "A BOGOTA HOSPITAL": a town naming a thing in it
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in last.children)


# a transcript's speaker label: a bracketed name opening the text or a sentence
_SPEAKER_OPEN = re.compile(r"(?:^|[.!?\]]\s+)\[[A-Z'. -]*$")
_SPEAKER_CLOSE = re.compile(r"[A-Z'. -]*\]\s+\S")


def _speaker(mention: Mention, texts: Sequence[str]) -> bool:
    """A name in the bracket that opens a transcript's turn ("[MONTENEGRO] THE TRUTH IS",
    "[BEGIN RECORDING] [DIAZ SALVADOR] THESE OPERATIONS") is who speaks, not a place."""
    text, form = texts[mention.passage], mention.forms[0]
    before = text[max(0, form.start - 60) : form.start]
    return bool(_SPEAKER_OPEN.search(before) and _SPEAKER_CLOSE.match(text, form.end))


def _entity_mentions(index: int, text: str, doc: Doc, lexicon: Lexicon) -> list[Mention]:
    """spaCy's place entities; one that holds a bracket or a comma is each of its parts
    ("Marte (Marte, Borno" is three names)."""
    out: list[Mention] = []
    shouted = was_shouted(text, doc)
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS and not typed_as_place(ent, lexicon):
            continue
        parts = [(ent.start, ent.end)]
        if any(t.text in ("(", ")", ",") for t in ent):
            parts = _possessive_parts(doc, ent.start, ent.end)
        elif ent.end < len(doc) and doc[ent.end].lower_ in ROAD_WORDS:
            parts = _road_parts(doc, ent.start, ent.end)  # "the Kaduna-Abuja" highway
        for start, end in parts:
            if _uncapitalised(doc[start:end]) and (not shouted or _after_a_name(doc, start)):
                continue
            span = Span(doc, start, end, label=ent.label_)
            mention = _entity_mention(index, text, span, lexicon)
            if mention is not None:
                out.append(mention)
    return out


def _uncapitalised(words: Span) -> bool:
    """Words without a capital letter are a common noun, not a name, whatever label the model
    gave them: "canton" in "San Sebastian canton, Sesori" is the type of the name before it,
    not Canton in China. (In capitals copy the parse's case is a guess, "bogota" as well as
    "canton": there only a word right after a name is taken for its type.)"""
    return not any(ch.isupper() for t in words for ch in t.text)


def _after_a_name(doc: Doc, start: int) -> bool:
    """The token before `start` is a capitalised word: "Sebastian" before "canton"."""
    return start > 0 and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper()


def typed_as_place(ent: Span, lexicon: Lexicon) -> bool:
    """An organisation's or a person's entity that is a settlement named with its type word,
    written in lower case or as an abbreviation ("Kajuru LGA", "Diapaga town", "Spera" before
    "district"): no group or person is named so, so the model's label is wrong."""
    if ent.label_ not in MISLABELLED or _spans_bracket(ent):
        return False
    if any(t.text in ("'s", "’s") for t in ent):
        return False  # "Kharkiv's Saltivka" is two names, read by the organisation's parts
    doc = ent.doc
    inside = len(ent) > 1 and _settlement_type(ent[-1], lexicon)
    after = ent.end < len(doc) and _settlement_type(doc[ent.end], lexicon)
    after = after and doc[ent.end].dep_ != "compound"  # not "X town hall"
    name = ent[:-1] if inside else ent
    capitalised = len(name) > 0 and all(t.text[:1].isupper() for t in name if t.is_alpha)
    typed = inside or after or _settlement_of(doc, ent.start, lexicon)
    return capitalised and (typed or _settlement_apposed(doc, ent.end, lexicon))


def _settlement_of(doc: Doc, start: int, lexicon: Lexicon) -> bool:
    """ "the desert town of X", "the Kurdish city of X" """
    return start > 1 and doc[start - 1].lower_ == "of" and _settlement_type(doc[start - 2], lexicon)


def _settlement_apposed(doc: Doc, end: int, lexicon: Lexicon) -> bool:
    """ "X, a town on the main road", "X, a market town north of Y" """
    words = doc[end : end + 5]
    if len(words) < 3 or words[0].text != "," or words[1].lower_ not in ("a", "an"):
        return False
    return any(_settlement_type(t, lexicon) and t.dep_ != "compound" for t in words[2:])


def _settlement_type(token: Token, lexicon: Lexicon) -> bool:
    """A type word of a settlement or a second-level region, not part of a name as written
    ("district", "LGA"; not "District", which more often opens a court's or council's name)."""
    word = token.text
    if not (word.islower() or (word.isupper() and len(word) > 1)):
        return False
    kind = lexicon.generic_kind(word)
    return kind == "admin2" or (kind == "town" and word.lower() in SETTLEMENT_WORDS)


def _qualifies(text: str, end: int) -> bool:
    """The characters after a name make it a compound's first half ("US-led")."""
    match = _COMPOUND.match(text, end)
    return match is not None and match.group(1).lower() in COMPOUND_HEADS


MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
NOMINAL_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj"})


def _modifies_noun(doc: Doc, start: int, end: int) -> bool:
    """A country's abbreviation that modifies the noun after it ("U.S. embassy", "two US
    citizens", "US troops") says whose the thing is, not where the event is."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    last = span[-1]
    after = next((t for t in doc[span.end :] if not t.is_space), last)
    if not after.is_alpha or after.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    if last.dep_ in MODIFIER_DEPS and last.head.i > last.i:
        return True
    # a parse gone astray in capitals copy: a noun right after it, and no role of its own
    return after.pos_ == "NOUN" and last.dep_ not in NOMINAL_ROLES


def _abbreviation_modifier(text: str, doc: Doc, start: int, end: int, lexicon: Lexicon) -> bool:
    """A country's abbreviation read as a name ("U.S." as "u s") that modifies a noun."""
    surface = text[start:end]
    abbreviated = surface in lexicon.abbreviations or f"{surface}." in lexicon.abbreviations
    return abbreviated and _modifies_noun(doc, start, end)


def _adjectival(doc: Doc, end: int) -> bool:
    """ "Saudi-led", "Aleppo-based": the name qualifies something else."""
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in COMPOUND_HEADS


def _names_a_weapon(doc: Doc, end: int, lexicon: Lexicon) -> bool:
    """A name before a weapon's noun names the weapon: "Iskander missiles", "Grad rockets"."""
    return end < len(doc) and doc[end].lower_ in lexicon.weapon_nouns


def _names_a_people(doc: Doc, start: int, lexicon: Lexicon) -> bool:
    """ "an ethnic Rakhine armed group": after such a word the name is a people's."""
    return start > 0 and doc[start - 1].lower_ in lexicon.people_before


_NUMBERED = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)


def _names_a_unit(doc: Doc, start: int) -> bool:
    """A name after a numeral ordinal names a unit ("the 43rd BIMA", "the 7th Kandahar
    Battalion"), not the town it shares a word with."""
    return start > 0 and bool(_NUMBERED.fullmatch(doc[start - 1].text))


def _entity_mention(index: int, text: str, ent: Span, lexicon: Lexicon) -> Mention | None:
    if _adjectival(ent.doc, ent.end) or _names_a_weapon(ent.doc, ent.end, lexicon):
        return None
    if _names_a_people(ent.doc, ent.start, lexicon) or _names_a_unit(ent.doc, ent.start):
        return None
    tokens = _name_tokens(ent)
    if not tokens:
        return None
    words = ent.doc[tokens[0].i : tokens[-1].i + 1]
    shouted = was_shouted(text, ent.doc)
    if shouted and (_street_or_facility(words, lexicon) or _qualifier(words[-1], lexicon)):
        return None
    dateline = _dateline(ent.doc, words.start, words.end, text)
    common = shouted and len(words) == 1 and _english_word(words[0]) and not dateline
    surface = text[tokens[0].idx : tokens[-1].idx + len(tokens[-1])]
    if surface.rstrip(".") in lexicon.abbreviations or surface in lexicon.abbreviations:
        return None  # abbreviations are read by `_abbreviation_mentions`
    feature = lexicon.feature_of(tokens[0].text, tokens[-1].text) if len(tokens) > 1 else None
    if feature:
        after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
        if after is not None and after.like_num and tokens[-1].lower_ in ("road", "highway"):
            tokens = [*tokens, after]  # "County Road 35": the number is the road's name
        return Mention(index, (_form(text, tokens, None),), ent.label_, feature=feature)
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    part = before is not None and before.lower_ in lexicon.directions
    forms = _entity_forms(text, ent, tokens, part, lexicon)
    if not forms:
        return None
    near = (
        is_near(ent.doc, ent.start, lexicon)
        or road_from(ent.doc, ent.end)
        or around_after(ent.doc, ent.end, lexicon)
    )
    located = near or is_located(ent.doc, ent.start, lexicon, ent.end)
    quarter = quarter_of_town(ent.doc, ent.end)
    article = ent[0].lower_ == "the" or (before is not None and before.lower_ == "the")
    return Mention(
        index, tuple(forms), ent.label_, part=part, near=near, located=located,
        quarter=quarter, article=article, common=common, dateline=dateline,
        neighbourhood=named_quarter(ent.doc, ent.start, ent.end, lexicon),
        typed=_typed_beside(ent.doc, ent.start, ent.end, lexicon),
    )  # fmt: skip


def _typed_beside(doc: Doc, start: int, end: int, lexicon: Lexicon) -> bool:
    """The name has its own type word next to it ("Kauru district", "the town of X"), not a
    slot in an ACLED bracket ("(Jenin, West Bank)")."""
    inside = end - start > 1 and lexicon.generic_kind(doc[end - 1].text) is not None
    return inside or bool(
        following_kind(doc, end, lexicon) or preceding_generic(doc, start, lexicon)
    )


def _name_tokens(ent: Span) -> list[Token]:
    """The entity's tokens without a trailing possessive or a leading article."""
    tokens = list(ent)
    while tokens and tokens[-1].text in ("'s", "’s", "'", "’"):
        tokens.pop()
    while tokens and tokens[0].lower_ in DETERMINERS:
        tokens.pop(0)
    return tokens


def _entity_forms(
    text: str, ent: Span, tokens: list[Token], part: bool, lexicon: Lexicon
) -> list[Form]:
    """The readings of a place entity, most specific first: with the type word after it
    ("Idlib province"), as written, without a direction word ("northern Idlib" -> "Idlib"),
    without its own type word ("Aleppo Governorate" -> "Aleppo")."""
    core = tokens
    forms = [_form(text, core, None)]
    if len(core) > 1 and core[-1].text.islower() and lexicon.generic_kind(core[-1].text):
        # "Sindh province" is looked up whole, but the name is "Sindh"
        forms[0] = replace(forms[0], end=core[-2].idx + len(core[-2]))
    if len(core) > 1 and core[0].lower_ in lexicon.directions:
        core = core[1:]
        forms.append(replace(_form(text, core, None), part=True))
    following = _following_generic(ent, lexicon)
    generic = (
        following
        or preceding_generic(ent.doc, ent.start, lexicon)
        or bracket_generic(ent.doc, ent.start, ent.end, lexicon)
    )
    if following in ("admin1", "admin2") and ent.doc[ent.end].lower_ in LIST_JOINS:
        forms.insert(0, _form(text, core, following))  # "Baghlan" in "Baghlan and Takhar
        # provinces": the type word is not next to it
    elif following in ("admin1", "admin2"):
        typed = _form(text, [*core, ent.doc[ent.end]], following)
        if ent.doc[ent.end].text.islower():  # "Helmand province": the name is "Helmand"
            typed = replace(typed, end=core[-1].idx + len(core[-1]))
        forms.insert(0, typed)
    if len(core) > 1 and lexicon.generic_kind(core[-1].text):
        generic = lexicon.generic_kind(core[-1].text)
        bare = _form(text, core[:-1], generic)
        if _names_its_type(core[-1], text, lexicon):
            # "Borno State", "Jackson Township": the type word is part of the name
            bare = replace(bare, end=core[-1].idx + len(core[-1]))
        forms.append(bare)
    forms += _glued_forms(text, core) + _town_of_quarter(text, core)
    forms += _town_of_facility(text, core, lexicon)
    forms = [replace(f, generic=f.generic or generic, part=f.part or part) for f in forms if f.key]
    return _unique(forms)


def _town_of_quarter(text: str, core: list[Token]) -> list[Form]:
    """ "Daraa al-Balad", "Homs al-Jadida": a town's name, then a quarter's after an Arabic
    article; the town stands for the place when the whole is unknown."""
    cut = next((k for k, t in enumerate(core) if k > 0 and t.lower_ in ARTICLES), None)
    if cut is None or not core[0].text[:1].isupper() or len(core[0].text) < 4:
        return []  # not "Bab al-Tabbaneh" as "Bab"
    return [replace(_form(text, core[:cut], None), fallback="quarter")]


def _town_of_facility(text: str, core: list[Token], lexicon: Lexicon) -> list[Form]:
    """ "Damascus International Airport", "Aleppo Central Prison": a facility named for its
    town; the town stands for it when the facility is unknown."""
    if len(core) < 2 or core[-1].lower_ not in lexicon.facilities:
        return []
    if core[0].lower_ in lexicon.stoplist or core[0].lower_ in lexicon.directions:
        return []  # "Central Regional Jail", "West Side Market"
    return [replace(_form(text, core[:1], None), fallback="facility")]


def _glued_forms(text: str, core: list[Token]) -> list[Form]:
    """A one-word name read without a scraper's stripped possessive: "Idlibs" as "Idlib"
    (used only if the name as written is unknown)."""
    if len(core) != 1 or not _glued_shape(core[0]):
        return []
    after = core[0].doc[core[0].i + 1] if core[0].i + 1 < len(core[0].doc) else None
    if after is None or not (after.text[:1].isupper() or after.pos_ in ("NOUN", "ADJ")):
        return []  # "Kumamotos and Kushis": a plural, not a possessive
    start, end = core[0].idx, core[0].idx + len(core[0]) - 1
    return [Form(name_key(text[start:end]), start, end, fallback="glued")]


def _names_its_type(token: Token, text: str, lexicon: Lexicon) -> bool:
    """A capitalised type word that belongs to the name before it, as written."""
    word = text[token.idx : token.idx + len(token)]
    return word[:1].isupper() and not word.isupper() and token.lower_ not in lexicon.org_type_words


# "on the road out of X", "the track leading out of X", "the road from X to Y": along a road
# that leaves the town, near it (ACLED's precision 2)
ROAD_OUT = re.compile(r"\b(?:road|roads|track|highway|route)\s+(?:leading\s+)?(?:out of|from)$")


def is_near(doc: Doc, start: int, lexicon: Lexicon) -> bool:
    """The words before a name place the event around it, not in it."""
    words = [t.lower_ for t in doc[max(0, start - 3) : start]]
    if not words:
        return False
    if ROAD_OUT.search(" ".join(t.lower_ for t in doc[max(0, start - 4) : start])):
        return True
    if words[-1] in NEAR_WORDS or words[-2:] == ["close", "to"]:  # "a well close to X"
        return True
    if words[-1] == "above" and len(words) >= 2 and words[-2] in HEIGHTS:
        return True  # "in the hills above X"
    if words[-1] in ("in", "of") and len(words) >= 2 and words[-2] in VILLAGE_NOUNS:
        if len(words) == 3 and words[0] in NEAR_OF | AREA_WORDS | INDEFINITE:
            return True  # "a hinterland village of X", "a rural settlement of X", "a village of X"
        return words[-1] == "in" or words[-2].endswith("s")  # "villages of X", not "village of"
    if words[-2:] == ["coast", "of"] and start >= 4 and doc[start - 4].lower_ == "off":
        return True  # "off the coast of X"
    if words[-1] in ("of", "from") and len(words) >= 2:
        head = words[-2]
        before = words[-3] if len(words) >= 3 else ""
        if head in lexicon.directions:  # "south of X" is around it, "the south of X" in it
            k = start - 3  # past a compound's parts: "the south-east of X"
            while k > 0 and (doc[k].text == "-" or doc[k].lower_ in lexicon.directions):
                k -= 1
            return doc[k].lower_ not in DETERMINERS if k >= 0 else True
        return (
            head in NEAR_WORDS
            or head in NEAR_OF
            or (head in ("area", "areas", "villages") and before in AREA_WORDS)
            or head in ("km", "kilometres", "kilometers", "miles", "mi")
        )
    return False


def around_after(doc: Doc, end: int, lexicon: Lexicon) -> bool:
    """The words after the name put the event around it: "X countryside", "Hama's northern
    countryside", "the X outskirts"."""
    k = end
    if k < len(doc) and doc[k].text in ("'s", "’s"):
        k += 1
    while k < len(doc) and (doc[k].lower_ in lexicon.directions or doc[k].text == "-"):
        k += 1
    return k < len(doc) and doc[k].lower_ in AROUND_NOUNS and not quarter_of_town(doc, end)


def quarter_of_town(doc: Doc, end: int) -> bool:
    """ "X district of Aden", "X area of Khartoum North": the name is a part of the town
    named after "of" (a capitalised name, or "the" and one)."""
    k = end
    if k + 2 >= len(doc) or doc[k].lower_ not in QUARTER_NOUNS or doc[k + 1].lower_ != "of":
        return False
    k += 2
    if doc[k].lower_ == "the" and k + 1 < len(doc):
        k += 1
    return doc[k].text[:1].isupper()


def named_quarter(doc: Doc, start: int, end: int, lexicon: Lexicon) -> bool:
    """The text calls the name on tokens [start, end) a part of a town: "the Escalon
    neighborhood", "Colonia Palmira", or it is listed before the plural ("X, Y and Z
    neighborhoods"). Not "the X neighborhood of Lima"'s town, after "of", nor a town alone
    before the plural ("DeKalb neighborhoods")."""
    words = lexicon.quarter_words
    if start > 0 and doc[start - 1].lower_ in words:
        return True
    if _area_of_the_town(doc, end):
        return True
    before = ""
    listed_with = start > 0 and doc[start - 1].lower_ in (",", "and")  # "..., and Z"
    for token in doc[end : end + 16]:
        word = token.lower_
        if word in words:
            return True
        if word.endswith("s") and word[:-1] in words:
            return listed_with  # "X and Y neighborhoods"; "DeKalb neighborhoods" are the town's
        listed_with = listed_with or word in (",", "and")
        listed = token.is_space or word in (",", "and") or token.pos_ in ("PROPN", "ADJ")
        if not (listed or (token.pos_ == "DET" and before == ",")):  # "X, an exclusive
            return False  # neighborhood"
        before = word
    return False


# "the X area on the city's western edge", "the X district of the town": a part of the
# story's own town, told by a reference back to it
_AREA_OF_THE_TOWN = re.compile(
    r"^(?:area|district|sector|zone)\s+(?:(?:on|in|at)\s+the\s+(?:city|town)['’]s\b"
    r"|of\s+the\s+(?:city|town)\b)",
    re.I,
)


def _area_of_the_town(doc: Doc, end: int) -> bool:
    if end >= len(doc):
        return False
    return bool(_AREA_OF_THE_TOWN.match(doc.text[doc[end].idx : doc[end].idx + 40]))


def road_from(doc: Doc, end: int) -> bool:
    """The name begins a road's name ("the Gwoza-Limankara road"): the event is along the
    road, near the town."""
    tail = [t.lower_ for t in doc[end : end + 4]]
    return len(tail) >= 3 and tail[0] == "-" and any(w in ROAD_WORDS for w in tail[2:4])


def _joins_road(doc: Doc, start: int, end: int) -> bool:
    """Tokens [start, end) are one end of a road's name ("Kaduna" or "Abuja" in "the
    Kaduna-Abuja highway")."""
    second = start >= 2 and doc[start - 1].text == "-" and _unspaced(doc[start - 2 : start])
    ends_road = end < len(doc) and doc[end].lower_ in ROAD_WORDS
    return road_from(doc, end) or (second and ends_road)


def _form(text: str, tokens: Sequence[Token], generic: str | None) -> Form:
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    return Form(name_key(text[start:end]), start, end, generic)


def _unique(forms: list[Form]) -> list[Form]:
    seen: set[str] = set()
    out = []
    for form in forms:
        if form.key not in seen:
            seen.add(form.key)
            out.append(form)
    return out


def _following_generic(ent: Span, lexicon: Lexicon) -> str | None:
    return following_kind(ent.doc, ent.end, lexicon)


def following_kind(doc: Doc, end: int, lexicon: Lexicon) -> str | None:
    """The kind of place the words from token `end` on say the name before them is: "X
    province", "X local government area"."""
    if end >= len(doc):
        return None
    words = " ".join(t.lower_ for t in doc[end : end + 3])
    if any(words == p or words.startswith(p + " ") for p in lexicon.admin2_phrases):
        return "admin2"
    if doc[end].lower_ in lexicon.kind_qualifiers and end + 1 < len(doc):
        end += 1  # "X refugee camp", "X displacement camp": the qualifier hides the type word
    word = doc[end].text
    if word.islower() and word.endswith("s") and lexicon.generic_kind(word[:-1]) != "town":
        # "Idlib and Hama provinces", and "Marib governorates Sirwah district" whose
        # apostrophe a scraper stripped; not "United States", nor a lone name before the
        # plural ("Indiana counties" are the state's counties)
        if _lone_before_plural(doc, end):
            return None
        return _plural_kind(word, lexicon) or lexicon.generic_kind(word)
    return lexicon.generic_kind(word) or _listed_kind(doc, end, lexicon)


def _lone_before_plural(doc: Doc, end: int) -> bool:
    """The name ending before token `end` stands alone before the plural type word there:
    no list joins it ("Walton and Oconee counties"), and no name follows the plural as
    after a stripped possessive ("Hajjah governorates Abs district")."""
    after = doc[end + 1] if end + 1 < len(doc) else None
    if after is not None and after.text[:1].isupper():
        return False
    k = end - 1
    while k > 0 and end - k < MAX_NGRAM and doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha:
        k -= 1
    return k == 0 or doc[k - 1].lower_ not in LIST_JOINS


def _plural_kind(word: str, lexicon: Lexicon) -> str | None:
    """ "provinces" -> admin1, "counties" -> admin2; towns and other nouns -> None."""
    if not (word.islower() and word.endswith("s")):
        return None
    singular = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    kind = lexicon.generic_kind(singular)
    return kind if kind in ("admin1", "admin2") else None


LIST_JOINS = frozenset({",", "and", "or", "&"})


def _listed_kind(doc: Doc, end: int, lexicon: Lexicon) -> str | None:
    """A name listed before a plural type word is of that type: every name in "Kunduz,
    Baghlan and Takhar provinces" or "Walton and Oconee counties" is a region."""
    joined = False
    for k in range(end, min(end + 12, len(doc))):
        word = doc[k].text
        if word.lower() in LIST_JOINS:
            joined = joined or word.lower() != ","
        elif k == end:
            return None  # the name is not followed by a list
        elif not word[:1].isupper():
            return _plural_kind(word, lexicon) if joined else None
    return None


DATELINE_MARKS = (",", "(", "-", "–", "—", "--")
# after a headline a dateline opens the body: "... budget. TORRINGTON — The council ...",
# "BEIRUT: The body of ..."; a comma or bracket there may open an ordinary sentence
BODY_DATELINE_MARKS = frozenset({"-", "–", "—", "--", ":"})


def _dateline(doc: Doc, i: int, j: int, text: str) -> bool:
    """A wire dateline's town: the text opens with the name in capitals, then a comma, a
    bracket or a dash ("JALALABAD, Tuesday -", "N'DJAMENA (AFP) -"); or, in copy not set all
    in capitals, a sentence opens with it and a dash or a colon follows ("TORRINGTON — ")."""
    if j >= len(doc) or not text[doc[i].idx : doc[j - 1].idx + len(doc[j - 1])].isupper():
        return False
    if all(t.is_space for t in doc[:i]):  # the text opens with it (an indent apart)
        return doc[j].text in DATELINE_MARKS or doc[j].text == ":"
    return (
        doc[j].text in BODY_DATELINE_MARKS
        and doc[i - 1].text in (".", "!", "?")
        and not text.isupper()
        and not was_shouted(text, doc)
    )


def _dateline_name(doc: Doc, i: int, text: str) -> bool:
    """A word of the names that open capitals copy as its dateline, before the first
    dateline mark that is no comma: its town, or the country after it ("BEIRA, MOZAMBIQUE,
    MAY 2 -"), which say where the story is."""
    if i + 1 >= len(doc) or not _dateline_word(doc[i], text):
        return False
    before = [t for t in doc[:i] if not t.is_space]
    if any(not (t.text == "," or _dateline_word(t, text)) for t in before):
        return False
    after = doc[i + 1].text
    return after in DATELINE_MARKS and (not before or before[-1].text == ",")


def _dateline_word(token: Token, text: str) -> bool:
    written = text[token.idx : token.idx + len(token)]
    return written.isalpha() and written.isupper()


def _wire_kind(doc: Doc, end: int, shouted: bool, lexicon: Lexicon) -> str | None:
    """ "X DEPARTMENT" in capitals copy: a first-level region (see `wire_admin1`)."""
    if not shouted or end >= len(doc) or doc[end].lower_ not in lexicon.wire_admin1:
        return None
    return "admin1"


def bracket_generic(doc: Doc, start: int, end: int, lexicon: Lexicon | None = None) -> str | None:
    """The kind of region a name in an ACLED-style bracket after a place stands for: in
    "Marte (Marte, Borno)" the last name is the admin1 region, the one before its district."""
    opening = next(
        (k for k in range(start - 1, max(-1, start - 8), -1) if doc[k].text in ("(", ")")), None
    )
    if opening is None or doc[opening].text != "(" or opening == 0:
        return None
    if not _bracket_opens_after_name(doc, opening, lexicon):
        return None  # "(the district of ...)", "District A (East End)"
    if any(t.text.isupper() and len(t.text) > 1 for t in doc[start:end]):
        return None  # "(START)", "(FAMa)": an acronym, not a region
    for token in doc[end : min(len(doc), end + 8)]:
        if token.text == ")":
            return "admin1" if token.i == end else "admin2"
        if token.text == "(":
            return None
    return None


def _bracket_opens_after_name(doc: Doc, opening: int, lexicon: Lexicon | None) -> bool:
    """The "(" follows a place's name, or its type word ("Kani township (Kani, Sagaing)")."""
    before = doc[opening - 1]
    if before.text[:1].isupper() and len(before.text) >= 3:
        return True
    typed = lexicon is not None and lexicon.generic_kind(before.text) is not None
    return typed and opening >= 2 and doc[opening - 2].text[:1].isupper()


def _bracket_follows(doc: Doc, end: int) -> bool:
    """ "(Mezam, North-West)" right after the name: capitalised names up to a ")"."""
    if end + 1 >= len(doc) or doc[end].text != "(" or not doc[end + 1].text[:1].isupper():
        return False
    for token in doc[end + 1 : min(len(doc), end + 10)]:
        if token.text == ")":
            return True
        if token.text == "(" or token.is_sent_start:
            return False
    return False


def preceding_generic(doc: Doc, start: int, lexicon: Lexicon) -> str | None:
    """ "the city of X", "the government-held town of X"; not "the Sukkari district of X"
    (there the type word belongs to the name before it)."""
    if start < 3 or doc[start - 1].lower_ != "of" or doc[start - 2].text[:1].isupper():
        return None
    kind = lexicon.generic_kind(doc[start - 2].text)
    if kind is None:
        return None
    if doc[start - 2].lower_ in QUARTER_NOUNS and doc[start - 3].is_title:
        return "town"  # "the Sukkari neighbourhood of X": X is the town that holds the quarter
    for token in reversed(doc[max(0, start - 7) : start - 2]):
        if token.lower_ in DETERMINERS or token.like_num:
            return kind
        if token.pos_ not in ("ADJ", "NOUN", "PUNCT", "VERB", "ADV") or token.is_title:
            return None  # "the Sukkari district of", "clashes near the town of"
    return None


def _ngram_candidates(text: str, doc: Doc, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """(first token, end token, key) for capitalised word runs that may be place names.

    Inside a non-place entity only the whole entity is a candidate (spaCy's small model
    often calls a lone place name an ORG); "Aleppo" inside "Aleppo Media Center" is not,
    but "Aleppo" in "Aleppo Massacre" is (an event named after its place).
    """
    shouted = was_shouted(text, doc)
    blocked = _blocked_tokens(doc)
    out: list[tuple[int, int, str]] = []
    for i, token in enumerate(doc):
        if not _can_start(token, text, shouted):
            continue
        if i in blocked:
            start, end = blocked[i]
            for part_start, part_end in _event_named_parts(doc, start, end, lexicon):
                if i == part_start and _capitalised(doc[part_end - 1], text, shouted):
                    out.append((i, part_end, name_key(doc[i:part_end].text)))
                    typed = part_end - i > 1 and lexicon.generic_kind(doc[part_end - 1].text)
                    if typed:  # "Rakhine State" tagged as a person: looked up as "Rakhine"
                        out.append((i, part_end, name_key(doc[i : part_end - 1].text)))
            continue
        for j in range(i + 1, min(i + MAX_NGRAM, len(doc)) + 1):
            last = doc[j - 1]
            if j - 1 in blocked and blocked[j - 1][0] == j - 1 and j - 1 > i:
                # "Dera" before a PERSON "Ismail Khan": the name may run through it
                end = blocked[j - 1][1]
                if end - i <= MAX_NGRAM and _capitalised(doc[end - 1], text, shouted):
                    out.append(
                        (i, end, name_key(text[token.idx : doc[end - 1].idx + len(doc[end - 1])]))
                    )
                break
            if j - 1 in blocked or "\n" in last.text:
                break
            if j - 1 > i and not (_capitalised(last, text, shouted) or last.lower_ in CONNECTORS):
                break
            if _capitalised(last, text, shouted):
                start, end = token.idx, last.idx + len(last)
                out.append((i, j, name_key(text[start:end])))
    return out


def _event_named_parts(doc: Doc, start: int, end: int, lexicon: Lexicon) -> list[tuple[int, int]]:
    """The whole entity, its possessive parts, and the name before an event noun inside it."""
    parts = [(start, end), *_possessive_parts(doc, start, end)]  # "Cox's Bazar" is one name
    parts += [  # "TORRINGTON — City Council" tagged as one organisation: the dateline's town
        (start, k) for k in range(start + 1, end) if _dateline(doc, start, k, doc.text)
    ]
    parts += [  # "the Badia of Deir Ezzor", "the outskirts of Hama"
        (k + 1, end)
        for k in range(start + 1, end - 1)
        if doc[k].lower_ == "of" and doc[k - 1].lower_ in lexicon.of_nouns
    ]
    if end < len(doc) and doc[end].lower_ in ROAD_WORDS:  # "the Dhaka-Rajshahi" highway as an
        parts += _road_parts(doc, start, end)  # organisation: the towns its road joins
    first = start + (doc[start].lower_ in DETERMINERS)  # "the Raqqa Offensive"
    nouns = [k for k in range(first + 1, end) if doc[k].lower_ in lexicon.event_nouns]
    if nouns:
        parts.append((first, nouns[0]))
    facility = doc[end - 1]
    kinds = doc[first + 1 : end]  # "University", "Polytechnic Institute"
    named_for_town = 1 <= len(kinds) <= 2 and all(t.lower_ in lexicon.facilities for t in kinds)
    if named_for_town and facility.dep_ != "compound":
        # "students of Rajshahi University", "outside the Kaduna Polytechnic Institute": a
        # facility named for its town, not a word describing someone ("a Mosul University
        # lecturer")
        parts.append((first, first + 1))
    return parts


def _possessive_parts(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The whole entity, or its parts around a possessive, a comma or a bracket: "Kharkiv's
    Saltivka", "Poso, Central Sulawesi", "Marte (Marte, Borno"."""
    parts, part_start = [], start
    for k in range(start, end):
        if doc[k].text in SEPARATORS:
            parts.append((part_start, k))
            part_start = k + 1
    parts.append((part_start, end))
    return [(a, b) for a, b in parts if b > a]


def _road_parts(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The towns a road's name joins with hyphens ("Kaduna-Abuja")."""
    parts, part_start = [], start
    for k in range(start, end):
        if doc[k].text == "-":
            parts.append((part_start, k))
            part_start = k + 1
    parts.append((part_start, end))
    return [(a, b) for a, b in parts if b > a]


def _hyphen_half(doc: Doc, i: int, j: int, text: str, lookups: _Lookups) -> bool:
    """Tokens [i, j) are one half of a hyphenated name whose other half names no place
    ("Ngo" in the division "Ngo-Ketunjia"): the whole is another name, which the gazetteer
    lacks. Two places joined ("Kaduna-Abuja"), or the ends of a road, are each a place."""
    if j + 1 < len(doc) and doc[j].text == "-" and _unspaced(doc[j - 1 : j + 1]):
        other, first = doc[j + 1], True
    elif i >= 2 and doc[i - 1].text == "-" and _unspaced(doc[i - 2 : i]):
        other, first = doc[i - 2], False
    else:
        return False
    shouted = was_shouted(text, doc)
    if not _capitalised(other, text, shouted) or len(other.text) < 4:
        return False  # a party's letter ("R-Florence", "DFL-Cook") is no name
    if other.text.isupper() and not shouted:
        return False  # nor a team's or a firm's initials ("Watertown-ML")
    end = max(j, other.i + 1)
    if end < len(doc) and doc[end].lower_ in ROAD_WORDS:
        return False  # "the Gwoza-Limankara road" joins a town to a village
    word = name_key(other.text)
    # the other half may open or close a name of several words ("Kaduna-Port Harcourt")
    return not any(
        (key.split()[0] if first else key.split()[-1]) == word for key in lookups.entries if key
    )


def _unspaced(tokens: Span) -> bool:
    return not any(t.whitespace_ for t in tokens)


def _capitalised(token: Token, text: str, shouted: bool) -> bool:
    word = text[token.idx : token.idx + len(token)]
    if not word[:1].isalpha():
        return False
    return shouted or word[0].isupper()


SHOUTED_OPENERS = ROMANCE_ARTICLES | {"el"}  # "LA PAZ", "EL PEDREGAL" in capitals copy


def _can_start(token: Token, text: str, shouted: bool) -> bool:
    if shouted and token.lower_ in SHOUTED_OPENERS and token.i + 1 < len(token.doc):
        # an article opens a name in capitals copy: the gazetteer decides ("LA PAZ" is one
        # name; "LA" before a name it does not know starts none)
        return _capitalised(token.doc[token.i + 1], text, shouted)
    if token.lower_ in ARTICLES and token.i + 1 < len(token.doc):
        following = token.doc[token.i + 1]
        if following.text == "-" and token.i + 2 < len(token.doc):
            return _capitalised(token.doc[token.i + 2], text, shouted)  # "al-Salihin"
        # "El Fasher", "Al Mukalla": a capitalised article opens the name it stands before
        return not shouted and token.text[0].isupper() and _capitalised(following, text, False)
    if token.lower_ in ROMANCE_ARTICLES and token.text[0].isupper() and not shouted:
        # "(Santa Rosa, La Pampa)": in an ACLED bracket the article opens the region's name
        named = token.i + 1 < len(token.doc) and _capitalised(token.nbor(), text, False)
        return named and bracket_generic(token.doc, token.i, token.i + 1) is not None
    return _capitalised(token, text, shouted) and token.lower_ not in CONNECTORS


def _plausible(words: Span, key: str, shouted: bool, lookups: _Lookups, text: str) -> bool:
    """Whether a gazetteer hit reads as a name rather than an ordinary capitalised word
    (`text`: the passage as written, before capitals copy was lower-cased)."""
    lexicon = lookups.lexicon
    if not shouted and bracket_generic(words.doc, words.start, words.end, lexicon):
        return True  # "(Kani, Sagaing)", "(Tripoli, North)" after a place: names by their slot
    if all(w in lexicon.stoplist or w in lexicon.directions for w in key.split()):
        # "Western" powers, "Central" command; but "Unity state", "Liberty county": a word
        # before a region's type word names that region
        return _region_by_type(words, key, shouted, lexicon)
    if shouted and _street_or_facility(words, lexicon):
        return False
    if len(words) > 1:
        return True
    if is_people(key, lookups.demonyms):
        return False  # "SOMALI POLICE": a people, not Ethiopia's Somali region
    token = words[0]
    if shouted and _dateline_name(token.doc, token.i, text):
        return True  # "PEMBA, MOZAMBIQUE, JULY 14 -": the parse skips a dateline's words
    if shouted:
        if token.is_stop or token.pos_ not in ("PROPN", "NOUN", "ADJ"):
            return False
        return not _qualifier(token, lexicon)
    if _dateline(token.doc, token.i, token.i + 1, token.doc.text):
        return True  # "N'DJAMENA, Thursday -": a dateline's town whatever its tag
    after_locative = token.i > 0 and token.doc[token.i - 1].lower_ in NEAR_WORDS | {"in", "at"}
    if after_locative and token.ent_type_ != "NORP" and token.pos_ != "ADJ":
        return True  # "near Sake": a capitalised word there is a name whatever its tag
    if _after_type_of(token, lexicon):
        return True  # "the Vastra district of Norrkoping": the parse may read it a verb
    whole = token.i == 0 or token.doc[token.i - 1].text != "-"  # not "Dasht-e-Barchi"'s end
    if whole and following_kind(token.doc, token.i + 1, lexicon) in ("admin1", "admin2"):
        return True  # "in Shopian district": a region's type word names the word before it
    # an entity is a name whatever its part of speech; a nationality word is not a place
    return token.pos_ == "PROPN" or token.ent_type_ not in ("", "NORP")


def _after_type_of(token: Token, lexicon: Lexicon) -> bool:
    """The word after a place's type word and "of" ("the town of X", "the Kallio district of
    X") is a name by its slot, whatever the tagger made of it ("Norrkoping" read as a verb
    for its "-ing")."""
    doc, i = token.doc, token.i
    if i < 3 or doc[i - 1].lower_ != "of" or lexicon.generic_kind(doc[i - 2].text) is None:
        return False
    return preceding_generic(doc, i, lexicon) is not None or doc[i - 3].is_title


def _region_by_type(words: Span, key: str, shouted: bool, lexicon: Lexicon) -> bool:
    """An ordinary word named as a region by the type word after it ("Unity state"); not a
    direction ("Western province" may be any country's) nor in capitals copy."""
    if shouted or any(w in lexicon.directions for w in key.split()):
        return False
    return following_kind(words.doc, words.end, lexicon) in ("admin1", "admin2")


def _english_word(token: Token) -> bool:
    """In capitals copy, a word the true-casing left small: an English word ("TRIAL"), or
    one it capitalised only because it opens a sentence ("RIVERA WAS SHOT")."""
    if not token.text.isalpha():
        return False
    return token.text.islower() or token.idx in token.doc.user_data.get(OPENING_WORDS, ())


def _qualifier(token: Token, lexicon: Lexicon) -> bool:
    """An English word that qualifies the noun after it ("NEAR CONVOY ROUTES", "RIFLE FIRE"),
    not a place's type word ("USULUTAN DEPARTMENT")."""
    doc, j = token.doc, token.i + 1
    if not _english_word(token) or j >= len(doc) or following_kind(doc, j, lexicon):
        return False
    if _wire_kind(doc, j, True, lexicon) or doc[j].ent_type_ in ("DATE", "TIME"):
        return False  # "USULUTAN DEPARTMENT", "IN GAZA TODAY"
    return doc[j].pos_ == "NOUN" and _english_word(doc[j])


def _street_or_facility(words: Span, lexicon: Lexicon) -> bool:
    """In copy set in capitals, a street ("ALAMEDA ROOSEVELT", "X STREET") or a facility word
    alone ("AIRPORT", whose town the copy does not name there): no town."""
    doc = words.doc
    before = doc[words.start - 1].lower_.rstrip(".") if words.start > 0 else ""
    after = doc[words.end].lower_.rstrip(".") if words.end < len(doc) else ""
    if before in lexicon.street_before or after in lexicon.street_after:
        return True
    if words[0].lower_ in lexicon.street_before:
        return True  # "ALAMEDA ROOSEVELT" read as one name
    return len(words) == 1 and words[0].lower_ in lexicon.facilities


def _inside_longer_name(
    doc: Doc, i: int, j: int, text: str, shouted: bool, lookups: _Lookups
) -> bool:
    """A capitalised neighbour makes the match part of a longer name ("Taco Bell", "Rodeo
    Gainesville"), unless the neighbour is a type word ("Laurel County") or a place's glued
    possessive ("Syrias Aleppo")."""
    if shouted:
        return False
    lexicon = lookups.lexicon
    before = doc[i - 1] if i > 0 else None
    after = doc[j] if j < len(doc) else None
    if (
        before is not None
        and before.i not in lookups.glued
        and not doc[i].is_sent_start
        and _capitalised(before, text, False)
        and lexicon.generic_kind(before.text) is None
        and before.lower_ not in lexicon.directions
    ):
        return True
    return (
        after is not None
        and _capitalised(after, text, False)
        and lexicon.generic_kind(after.text) is None
    )


def _spans_bracket(ent: Span) -> bool:
    """An entity across a bracket ("Bannu (Bannu" as an organisation) is no name: the model's
    label on it says nothing of its parts, which note-style brackets make places."""
    return any(t.text in ("(", ")") for t in ent)


def _blocked_tokens(doc: Doc) -> dict[int, tuple[int, int]]:
    """Token -> (start, end) of the multi-word non-place entity it sits in."""
    blocked: dict[int, tuple[int, int]] = {}
    for ent in doc.ents:
        end = _name_end(ent)
        if ent.label_ in BLOCKING_LABELS and end - ent.start > 1 and not _spans_bracket(ent):
            blocked.update((t, (ent.start, end)) for t in range(ent.start, end))
    return blocked


def _name_end(ent: Span) -> int:
    """Where an entity's name ends: before the lowercase joining words the model may run it
    into ("between Kaya and" taken as one organisation): no name ends on "and"."""
    end = ent.end
    while end - 1 > ent.start and ent.doc[end - 1].lower_ in ("and", "or", "&"):
        end -= 1
    return end


def _gazetteer_mentions(
    index: int,
    text: str,
    doc: Doc,
    candidates: list[tuple[int, int, str]],
    lookups: _Lookups,
    taken: list[tuple[int, int]],
) -> list[Mention]:
    """Longest gazetteer matches, left to right, outside spans already recognised; and the
    places named by glued possessives ("Syrias")."""
    lexicon = lookups.lexicon
    shouted = was_shouted(text, doc)
    known = [
        (i, j, k)
        for i, j, k in candidates
        if lookups.knows(k, doc[i:j])
        and _plausible(doc[i:j], k, shouted, lookups, text)
        and not _hyphen_half(doc, i, j, text, lookups)
    ]
    known += [(i, i + 1, stem) for i, stem in lookups.glued.items()]
    known.sort(key=lambda c: (c[0], -(c[1] - c[0])))  # left to right, longest first
    label_of = {
        t: ent.label_
        for ent in doc.ents
        if not (shouted and len(ent) == 1 and ent.label_ == "ORG") and not _spans_bracket(ent)
        for t in range(ent.start, ent.end)
    }  # in shouted copy one kept-capital word is an ORG to the model by its case alone
    out: list[Mention] = []
    covered_until = -1
    for i, j, key in known:
        if i < covered_until:
            continue
        start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1])
        if i in lookups.glued and j == i + 1:
            end -= 1  # "Syrias": the name is "Syria"
        if _overlaps((start, end), taken) or _adjectival(doc, j):
            continue
        if _names_a_weapon(doc, j, lexicon) or _names_a_people(doc, i, lexicon):
            continue
        if _names_a_unit(doc, i):
            continue
        label = label_of.get(i, "")
        glued = i in lookups.glued and j == i + 1  # a possessive ends the name
        if not (label or glued) and _inside_longer_name(doc, i, j, text, shouted, lookups):
            continue
        form = Form(key, start, end)
        mention = _gazetteer_mention(index, text, doc, (i, j), form, label, lexicon)
        if _abbreviation_modifier(text, doc, start, end, lexicon):
            mention = replace(mention, modifier=True)  # "U.S." read as "u s"
        out.append(mention)
        covered_until = j
    return out


def _gazetteer_mention(
    index: int, text: str, doc: Doc, tokens: tuple[int, int], form: Form, label: str,
    lexicon: Lexicon,
) -> Mention:  # fmt: skip
    """A gazetteer hit on tokens [i, j) with what its neighbours say about it."""
    i, j = tokens
    event_named = j < len(doc) and doc[j].lower_ in lexicon.event_nouns
    dateline = _dateline(doc, i, j, text)
    # a town a road is named for is a place, whatever the model called the road's name
    contested = label in BLOCKING_LABELS and not (event_named or dateline or _joins_road(doc, i, j))
    shouted = was_shouted(text, doc)
    generic = following_kind(doc, j, lexicon) or _wire_kind(doc, j, shouted, lexicon)
    end = form.end
    if generic in ("admin1", "admin2") and _names_its_type(doc[j], text, lexicon):
        end = doc[j].idx + len(doc[j])  # "Rakhine State": the type word is in the name
    generic = generic or preceding_generic(doc, i, lexicon) or bracket_generic(doc, i, j, lexicon)
    near = is_near(doc, i, lexicon) or road_from(doc, j) or around_after(doc, j, lexicon)
    # "north of X", "fled to X", "airstrikes on X" read as places whatever spaCy says
    located = near or dateline or is_located(doc, i, lexicon, j)
    common = j == i + 1 and shouted and _english_word(doc[i]) and not dateline
    return Mention(
        index, (replace(form, end=end, generic=generic),), "", contested=contested,
        located=located, label=label, near=near, quarter=quarter_of_town(doc, j),
        article=i > 0 and doc[i - 1].lower_ == "the", common=common, dateline=dateline,
        neighbourhood=named_quarter(doc, i, j, lexicon), typed=_typed_beside(doc, i, j, lexicon),
    )  # fmt: skip


def _names_residents(doc: Doc, start: int, end: int, lexicon: Lexicon) -> bool:
    """ "Kabul residents", "a Gainesville man", "the 20-year-old Camarillo native", a
    headline's "Gainesville man charged": the name is where the people after it live (see
    `resident_nouns`)."""
    if end >= len(doc):
        return False
    noun = doc[end].lower_
    if noun in lexicon.resident_alone:
        return True
    if noun not in lexicon.resident_after_article:
        return False
    if start == 0 or doc[start - 1].text in (".", "!", "?"):
        return True  # a headline's opening: "Gainesville man charged"
    before = doc[start - 1]
    return before.lower_ in ("a", "an", "the", "old") or before.like_num


def is_located(doc: Doc, start: int, lexicon: Lexicon, end: int | None = None) -> bool:
    """A locative word before the name ("in X", "fled to X", "an assault on X"), or an
    ACLED-style bracket after it naming its district and region ("Bamenda (Mezam, ...)")."""
    if end is not None and _bracket_follows(doc, end):
        return True
    if end is not None and _names_residents(doc, start, end, lexicon):
        return True
    if start == 0:
        return False
    word = doc[start - 1].lower_
    if word in LOCATIVE:
        return True  # "in X"
    if word in lexicon.place_verbs:
        # "entered X"; but "had taken Billy's into bankruptcy": the name owns what is acted on
        return end is None or end >= len(doc) or doc[end].lower_ not in ("'s", "’s")
    if word == "of" and start >= 2 and doc[start - 2].lower_ in lexicon.of_nouns:
        return True  # "the centre of X", "control of X"
    if word != "on" or start < 2:
        return False
    # "airstrikes on X", "an attack by Turkish-backed factions on X": an attack noun before
    # "on" in the same phrase (no verb or clause break between)
    for k in range(start - 2, max(-1, start - 8), -1):
        one = doc[k].lower_
        two = f"{doc[k - 1].lower_} {one}" if k >= 1 else one
        if one in lexicon.on_after or two in lexicon.on_after:
            return True
        finite = doc[k].pos_ in ("VERB", "AUX") and doc[k].tag_ not in ("VBN", "VBG")
        if finite or doc[k].text in (",", ";", ".", "(", ")"):
            return False  # "Turkish-backed" is no clause break
    return False
