"""Who did what to whom: actor mentions, their ACLED names, and the actors of each event."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from sitrep.events._lexicon import fold, in_capitals
from sitrep.events.knowledge import ActorLexicon, EventType, Group, SubEvent
from sitrep.events.roles import of_head, with_verb
from sitrep.model import Passage

Span_ = tuple[int, int]  # original character offsets

KEEP_SURFACE_ENTS = {"ORG", "NORP", "PERSON"}
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
    by_country: tuple[tuple[str, str], ...] = ()  # ACLED's name of the group in a country
    unit: str | None = None  # a state unit ACLED names apart ("... Popular Mobilization Forces")
    rules: tuple[str, str] | None = None  # (country, day): the group is its state since then


def find_actor_mentions(sentence: Span, lexicon: ActorLexicon) -> list[ActorMention]:
    """Every actor mention in the sentence, longest first where they overlap.

    Remembered in the `Doc` for the sentence and lexicon: several stages ask for the same."""
    memo = sentence.doc.user_data.setdefault(_MEMO, {})
    key = (sentence.start, sentence.end, id(lexicon))
    if key not in memo:
        memo[key] = (lexicon, _find_actor_mentions(sentence, lexicon))  # lexicon: id stays
    return list(memo[key][1])


_MEMO = "sitrep.actor_mentions"
# A name that qualifies another actor as its sponsor or ally: the actor is the one qualified.
SPONSOR = re.compile(
    r"-(?:linked|backed|affiliated|allied|aligned|sponsored|supported|run)\b"
)  # "the Houthi-run ministry": an office the group runs speaks, the group does nothing


def _find_actor_mentions(sentence: Span, lexicon: ActorLexicon) -> list[ActorMention]:
    text = fold(sentence.text)
    base = sentence.start_char
    found: list[tuple[int, ActorMention]] = []  # (priority, mention)
    for group in lexicon.groups_in(text):
        for m in _group_matches(group, text, sentence.text):
            start, end = base + m.start(), base + m.end()
            if SPONSOR.match(text, m.end()):
                continue  # "al-Qaeda-linked JNIM", "Iran-backed militias": the sponsor is no doer
            if _opens_a_persons_name(sentence, start, end):
                continue  # "Wagner Freire", a company's president: a given name, no group
            if group.state:  # "the Assad regime": state forces, named by the event's date
                state = ActorMention(start, end, group.kind, country=group.state, unit=group.unit)
                found.append((0, state))
                continue
            if not group.name:  # "separatists": a group's name in its countries, else generic
                if not _modifier_only(sentence, start, end):
                    country = _nationality_before(text, m.start(), group.kind, lexicon)
                    mention = ActorMention(
                        start, end, group.kind, country=country, by_country=group.names
                    )
                    found.append((0, mention))
                continue
            if group.kin_label:  # "the Tebu and Ahali communities": Ahali's a community too
                found += [
                    (1, p) for p in _joined_community(sentence, end, group.kin_label, lexicon)
                ]
            fixed = None if "{country}" in group.name else group.name
            mention = ActorMention(
                start,
                end,
                group.kind,
                name=fixed,
                group=group.name if fixed is None else None,
                group_countries=group.countries,
                fallback=group.fallback,
                by_country=group.names,
                rules=group.rules,
            )
            found.append((0, mention))
    found += [(1, clan) for clan in _named_clans(sentence, lexicon)]
    generic_found = {
        kind: list(generic.finditer(text))
        for kind, generic in lexicon.generic.items()
        if generic is not None
    }
    for kind, pattern in lexicon.demonym_generic.items():
        if not generic_found.get(kind, True):
            continue  # its noun is not there: "<Syrian> ... <army>" cannot match either
        for m in pattern.finditer(text):
            if not _one_phrase(sentence, base + m.start(), base + m.end()):
                continue
            country = lexicon.demonyms.get(m.group("lead"))
            found.append((1, ActorMention(base + m.start(), base + m.end(), kind, country=country)))
    for kind, pattern in lexicon.demonym_nouns.items():  # "Ukrainian positions", "Israeli drone"
        for m in pattern.finditer(text):
            country = lexicon.demonyms.get(m.group("lead"))
            found.append((1, ActorMention(base + m.start(), base + m.end(), kind, country=country)))
    things = [t.span() for t in lexicon.things.finditer(text)] if lexicon.things else []
    for kind, generic in lexicon.generic.items():
        if generic is None:
            continue
        for m in generic_found[kind]:
            if any(s <= m.start() and m.end() <= e for s, e in things):
                continue  # "fuel tanks": a thing, no army
            start, end = base + m.start(), base + m.end()
            authority = kind in lexicon.kinds.get("authority", ())
            if _modifier_only(sentence, start, end) and not (authority and _titles(sentence, end)):
                continue
            if _joined(sentence, end, lexicon):
                continue  # "the gangs joined forces": they united, no army is named
            if _means_of_doer(sentence, start, end, lexicon):
                continue  # "Russian forces struck the town with artillery": their means
            if _weapons_kind(sentence, start, end, lexicon):
                continue  # "artillery shells slammed into the market": the shells' kind
            if authority and _modifies(sentence, start, end) and not _titles(sentence, end):
                continue  # "government helicopters", "a government school": not the government
            proper = _proper_name(sentence, start, end)
            statal = authority or kind in lexicon.kinds.get("state", ())
            owner = _of_country(text, m.end(), lexicon) if statal else None
            if proper is not None and owner is not None and _generic_words(proper, lexicon):
                proper = None  # "Military Forces of Ethiopia": ACLED's own naming of a state
            if proper is not None and kind == POLICE:
                proper = None  # "Karachi Metropolitan Police": a command of the state's police
            if proper is not None and authority and _portfolio(proper, start, lexicon):
                proper = None  # "the Interior Cabinet Secretary": an office of the state
            if proper is not None:  # "the Ansar Dine Brigade": a name, not a generic noun
                found.append((1, ActorMention(proper.start_char, end, kind, name=proper.text)))
            elif owner is not None:  # "the Government of Sudan", "the army of Mali"
                found.append((1, ActorMention(start, base + owner[1], kind, country=owner[0])))
            elif statal and _out_of_service(text, m.start(), lexicon):
                found.append((2, ActorMention(start, end, CIVILIANS)))
            else:
                found.append((2, ActorMention(start, end, kind)))
    kept = [(p, m) for p, m in found if not _former_members_body(sentence, m, lexicon)]
    return _with_their_nouns(_without_overlaps(kept), sentence, lexicon)


def _nationality_before(text: str, start: int, kind: str, lexicon: ActorLexicon) -> str | None:
    """The country a nationality right before a state force's word names ("Russian
    peacekeepers" in Azerbaijan are Russia's forces); where the group has its own name in the
    event's country ("Nepalese peacekeepers" in Lebanon: the UN's mission), that name wins."""
    if kind not in lexicon.kinds.get("state", ()):
        return None
    words = LAST_WORDS.search(text[:start])
    if words is None:
        return None
    last, before = words.group(2) or words.group(1), words.group(1)
    two = f"{before} {last}" if words.group(2) else None
    return lexicon.demonyms.get(two or "") or lexicon.demonyms.get(last)


def _former_members_body(sentence: Span, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """The force a former member served in ("a former officer of the Afghan army", "a retired
    colonel in the police"): what the civilian once was, no actor of the event."""
    member = of_head(mention_root(sentence, mention), ("of", "in"))
    return (
        member is not None
        and member.pos_ in ("NOUN", "PROPN")
        and any(
            c.lower_ in lexicon.out_of_service
            for c in member.children
            if c.dep_ in ("amod", "advmod")
        )
    )


CLAN_NAME_PARTS = re.compile(r"\s*,\s*|\s+(?:and|or)\s+")
CLAN_KIND = "militia"


def _named_clans(sentence: Span, lexicon: ActorLexicon) -> list[ActorMention]:
    """ "the Saleban and Ayr clans", "a Wagadi sub-clan": each clan the text names, known to
    the data or not, is ACLED's "<Name> Clan Militia (<country>)" (the event's country)."""
    if in_capitals(sentence.text):
        return []
    out = []
    for pattern, kin_label in lexicon.kin_names:
        for found in pattern.finditer(sentence.text):
            names, at = found.group("names"), sentence.start_char + found.start("names")
            offset = 0
            for part in CLAN_NAME_PARTS.split(names):
                offset = names.index(part, offset)
                name = _proper_part(sentence, at + offset, at + offset + len(part), lexicon)
                offset += len(part)
                if name is not None:
                    label = f"{name.text} {kin_label} ({{country}})"
                    out.append(ActorMention(name.start_char, name.end_char, CLAN_KIND, group=label))
    return out


# "and" or "or" and one or two capitalised words, after a community's name
JOINED_NAME = re.compile(r"\s+(?:and|or)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)")


def _joined_community(
    sentence: Span, end: int, label: str, lexicon: ActorLexicon
) -> list[ActorMention]:
    """The name joined to a known community before their shared noun ("elders of the Tebu
    and Ahali communities", "Dinka and Anyuak youths"): a community too, of the same label
    ("Ahali Ethnic Militia (<country>)"), known to the data or not (a known one wins)."""
    at = end - sentence.start_char
    found = JOINED_NAME.match(sentence.text, at)
    if found is None or in_capitals(sentence.text):
        return []
    start = sentence.start_char + found.start(1)
    name = _proper_part(sentence, start, start + len(found.group(1)), lexicon)
    if name is None:
        return []
    group = f"{name.text} {label} ({{country}})"
    return [ActorMention(name.start_char, name.end_char, CLAN_KIND, group=group)]


def _proper_part(sentence: Span, start: int, end: int, lexicon: ActorLexicon) -> Span | None:
    """The proper nouns that end a capitalised name ("Rival Sacad": "Sacad"); None when the
    parse sees none, or the name is a people's or a country's ("Somali clans")."""
    span = sentence.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    first = next((t.i for t in span if t.pos_ == "PROPN"), None)
    if first is None or span[-1].pos_ != "PROPN":
        return None
    name = sentence.doc[first : span.end]
    return None if fold(name.text) in lexicon.demonyms else name


def _opens_a_persons_name(sentence: Span, start: int, end: int) -> bool:
    """A group's alias that is the first word of a person's longer name is that person's
    given name (the parse tags "Wagner Freire" a person; "Wagner fighters" it does not)."""
    return any(
        e.label_ == "PERSON" and e.start_char == start and end < e.end_char for e in sentence.ents
    )


def _group_matches(group: Group, folded: str, original: str) -> list[re.Match[str]]:
    """Where the group's aliases occur: in the folded text, and its initials kept in capitals
    in the text as written (not in a line all in capitals, where every word is so)."""
    found = list(group.pattern.finditer(folded)) if group.pattern is not None else []
    if group.cased is not None and not in_capitals(original):
        found += group.cased.finditer(original)
    return found


def _unnamed_armed(actor: Actor) -> bool:
    return (actor.generic or actor.default) and actor.side == "armed"


def _joined(sentence: Span, end: int, lexicon: ActorLexicon) -> bool:
    """The noun is the bare object of a verb of uniting ("joined forces", "joining forces")."""
    span = sentence.doc.char_span(end - 1, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    noun = span[-1]
    bare = not any(c.dep_ in ("det", "amod", "poss", "compound") for c in noun.children)
    return bare and noun.dep_ == "dobj" and noun.head.lower_ in lexicon.joining_verbs


LAST_WORDS = re.compile(r"([\w-]+)\s+(?:([\w-]+)\s+)?$")


def _means_of_doer(sentence: Span, start: int, end: int, lexicon: ActorLexicon) -> bool:
    """A weapon the generic military words name ("artillery"), bare, after "with" on a verb
    that has its own subject: the subject's means, not a second army."""
    words = fold(sentence.doc.text[start:end])
    span = sentence.doc.char_span(start, end, alignment_mode="expand")
    if words not in lexicon.means_nouns or span is None:
        return False
    noun = span.root
    if any(c.dep_ in ("poss", "amod") and c.ent_type_ == "NORP" for c in noun.children):
        return False  # "with Russian artillery": whose it is, named
    verb = with_verb(noun)
    return verb is not None and any(c.dep_ == "nsubj" for c in verb.children)


def _weapons_kind(sentence: Span, start: int, end: int, lexicon: ActorLexicon) -> bool:
    """A weapon the generic military words name, bare, before the noun of what it fires
    ("artillery shells", "tank rounds"): the kind of the munition, no army that fired it."""
    span = sentence.doc.char_span(start, end, alignment_mode="expand")
    if fold(sentence.doc.text[start:end]) not in lexicon.means_nouns or span is None:
        return False
    noun = span.root
    bare = not any(c.dep_ in ("det", "poss", "amod") for c in noun.children)
    return bare and noun.dep_ == "compound" and noun.head.pos_ == "NOUN"


def _out_of_service(text: str, start: int, lexicon: ActorLexicon) -> bool:
    """A retired or former member of the forces ("a retired senior police officer"): a civilian,
    no state force (the word may stand one word before the noun)."""
    words = LAST_WORDS.search(text[:start])
    return words is not None and any(
        (w or "").lower() in lexicon.out_of_service for w in words.groups()
    )


OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?((?:[\w'-]+\s*){1,6})")


def _of_country(text: str, end: int, lexicon: ActorLexicon) -> tuple[str, int] | None:
    """The country a generic noun names after "of" ("the army of Mali", "the Government of
    South Sudan") and where its name ends, the longest name first; None if none follows."""
    found = OF_COUNTRY.match(text, end)
    if found is None:
        return None
    words = found.group(1).split()
    for size in range(len(words), 0, -1):
        name = " ".join(words[:size])
        country = lexicon.demonyms.get(name)
        if country is not None:
            return country, text.index(name, found.start(1)) + len(name)
    return None


def _with_their_nouns(
    mentions: list[ActorMention], sentence: Span, lexicon: ActorLexicon
) -> list[ActorMention]:
    """A name and the generic noun right after it of the same side are one mention ("JNIM
    militants", "FMLN urban commandos", "Barkhane troops"): the evidence spans both."""
    text, base = sentence.text, sentence.start_char
    out: list[ActorMention] = []
    for mention in mentions:
        last = out[-1] if out else None
        between = text[last.end - base : mention.start - base] if last else ""
        if (
            last is not None
            and _named(last)
            and not _named(mention)
            and (
                (
                    between in (" ", "-")
                    and kind_class(last.kind, lexicon) == kind_class(mention.kind, lexicon)
                )
                # "Taliban police", "the Taliban's intelligence directorate": the ruling
                # group's own unit of the state's forces
                or (
                    between in (" ", "-", "'s ", "\u2019s ")
                    and last.rules is not None
                    and kind_class(mention.kind, lexicon) == "state"
                )
            )
        ):
            police = last.rules is not None and mention.kind == POLICE
            out[-1] = replace(last, end=mention.end, kind=POLICE if police else last.kind)
        elif last is not None and _rulers_own(last, mention, between, lexicon):
            # "the Taliban's Ministry for the Propagation of Virtue": the ruling group's own
            # body of the state it rules, named in the data
            out[-1] = replace(last, end=mention.end, kind=mention.kind)
        elif last is not None and _governments_own(last, mention, between, lexicon):
            out[-1] = replace(mention, start=last.start, country=mention.country or last.country)
        elif last is not None and _members_of(sentence, last, mention, between, lexicon):
            out[-1] = replace(mention, start=last.start)
            _absorb_members(out, sentence, lexicon)
        else:
            out.append(mention)
    return out


# "the government's troops", "the Government of National Unity's 111th Brigade"
GOVERNMENTS_OWN = re.compile(r"(?:\s+of(?:\s+[A-Z][\w-]*){1,4})?['’]s\s+(?:[\w-]+\s+){0,2}")


def _rulers_own(
    last: ActorMention, mention: ActorMention, between: str, lexicon: ActorLexicon
) -> bool:
    """The ruling group's own state body, named as the state's ("the Taliban's vice
    ministry"), right after the group."""
    if last.rules is None or mention.name or mention.country != last.rules[0]:
        return False
    state = kind_class(mention.kind, lexicon) == "state"
    return state and between in (" ", "-", "'s ", "\u2019s ")


def _governments_own(
    last: ActorMention, mention: ActorMention, between: str, lexicon: ActorLexicon
) -> bool:
    """A government's own forces are the state's forces, one actor (ACLED names no
    government beside its army), not the government and a unit of it."""
    state = kind_class(mention.kind, lexicon) == "state" and not _named(mention)
    return state and last.kind == "government" and bool(GOVERNMENTS_OWN.fullmatch(between))


def _absorb_members(out: list[ActorMention], sentence: Span, lexicon: ActorLexicon) -> None:
    """Once "the paramilitary RSF" is one mention, "fighters of" it join it too."""
    text, base = sentence.text, sentence.start_char
    while len(out) > 1:
        before, named = out[-2], out[-1]
        between = text[before.end - base : named.start - base]
        if not _members_of(sentence, before, named, between, lexicon):
            return
        out[-2:] = [replace(named, start=before.start)]


def _named(mention: ActorMention) -> bool:
    """Named by the text: a group, or a country's forces; "insurgents", a group's name only
    in some countries, is a generic word here."""
    return bool(mention.name or mention.group or mention.country)


# "fighters of", "forces loyal to", "a unit from": the armed men belong to the group after it,
# past at most three words of its own ("loyal to Khalifa Haftar's Libyan National Army")
MEMBERS_OF = re.compile(
    r"\s+(?:(?:of|from|loyal\s+to|belonging\s+to|affiliated\s+(?:to|with)|linked\s+to)\s+"
    r"(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?)?$",  # or nothing: "the paramilitary RSF"
    re.IGNORECASE,
)


def _members_of(
    sentence: Span,
    generic: ActorMention,
    named: ActorMention,
    between: str,
    lexicon: ActorLexicon,
) -> bool:
    """An armed generic word, or people who stand for a group ("leaders"), followed by the
    named group they belong to ("fighters of the RSF", "leaders of the Dozo militia"): one
    actor, the group."""
    if not (_named(named) or named.by_country):
        return False
    found = MEMBERS_OF.match(between)
    if found is None:
        return False
    # "Russian fighters of the Wagner group": a demonym says where they come from, the group
    # after "of" who they are
    demonym_only = generic.country is not None and not (generic.name or generic.group)
    foreign = demonym_only and found.group(0).strip() and named.name
    if _named(generic) and not foreign:
        return False
    if _crowd_of_a_party(generic, named, lexicon):
        return True  # "supporters of the NUP": the party's people, named by it
    if kind_class(named.kind, lexicon) not in ("state", "armed"):
        return False
    word = fold(_words(sentence, generic.start, generic.end))
    return kind_class(generic.kind, lexicon) in ("state", "armed") or word in lexicon.member_nouns


def _crowd_of_a_party(generic: ActorMention, named: ActorMention, lexicon: ActorLexicon) -> bool:
    """A crowd word before an unarmed named group ("supporters of the opposition NUP")."""
    return (
        _named(named)
        and kind_class(generic.kind, lexicon) == "crowd"
        and kind_class(named.kind, lexicon) == "unarmed"
    )


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


def _portfolio(proper: Span, start: int, lexicon: ActorLexicon) -> bool:
    """The words a proper phrase adds before a government noun are a ministry's portfolio
    ("Interior Cabinet Secretary", "Home Affairs Minister"): an office, no name."""
    added = fold(proper.doc.text[proper.start_char : start]).strip()
    return added in lexicon.portfolios


def _generic_words(span: Span, lexicon: ActorLexicon) -> bool:
    """Every word of a capitalised phrase is a generic actor noun ("Military Forces")."""
    return all(
        any(p is not None and p.fullmatch(t.lower_) for p in lexicon.generic.values()) for t in span
    )


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
    adjective = last.tag_ == "JJ" and last.dep_ != "compound"  # "a junta base": mis-tagged
    return adjective or last.head.pos_ not in ("NOUN", "PROPN")


def _titles(sentence: Span, end: int) -> bool:
    """The word is a person's title ("President Filipe Nyusi"): the office, an actor."""
    following = next((t for t in sentence if t.idx > end), None)
    return following is not None and following.ent_type_ == "PERSON"


def _modifies(sentence: Span, start: int, end: int) -> bool:
    span = sentence.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[-1].dep_ in ("compound", "amod", "nmod")


def _without_overlaps(found: list[tuple[int, ActorMention]]) -> list[ActorMention]:
    found.sort(key=lambda pm: (pm[0], -(pm[1].end - pm[1].start), pm[1].start))
    kept: list[ActorMention] = []
    for _, mention in found:
        if all(mention.end <= k.start or mention.start >= k.end for k in kept):
            kept.append(mention)
    return sorted(kept, key=lambda m: m.start)


def ruling(mention: ActorMention, when: str | None) -> tuple[str, str] | None:
    """The (country, day) since which a group rules as that country's state on the day `when`
    (the Taliban since 15 August 2021), or None."""
    rules = mention.rules
    return rules if rules and when and when[:10] >= rules[1] else None


def acting_kind(mention: ActorMention, when: str | None) -> str:
    """The mention's kind on the day `when`: a group that rules acts as state forces (its
    arrests are arrests, not abductions)."""
    if ruling(mention, when):  # "Taliban police": the ruling group's police are the state's
        return POLICE if mention.kind == POLICE else MILITARY
    return mention.kind


def actor_name(
    mention: ActorMention, country: str | None, lexicon: ActorLexicon, when: str | None = None
) -> str:
    """The ACLED-style name of a mention for an event in `country` on the day `when` (state
    forces carry the period of the government in power then)."""
    local = local_name(mention, country)
    if local:
        return local
    rule = ruling(mention, when)
    if rule:  # the Taliban since 2021
        forces = ActorMention(
            mention.start, mention.end, acting_kind(mention, when), country=rule[0]
        )
        return actor_name(forces, country, lexicon, when)
    if mention.name:
        return mention.name
    if mention.group:
        if country and (country in mention.group_countries or not mention.group_countries):
            # no countries: a group of any country, named there ("<Name> Clan Militia (X)")
            return mention.group.format(country=country)
        return mention.fallback or mention.group.replace(" ({country})", "")
    where = mention.country or country
    if not where:
        return lexicon.kind_names[mention.kind]
    specific = lexicon.country_names.get(where, {}).get(mention.kind)
    if specific:
        return specific
    state = lexicon.states.get(where)
    dated = (*lexicon.kinds.get("state", ()), *lexicon.kinds.get("authority", ()))
    if state is None or mention.kind not in dated:
        return _with_unit(lexicon.templates[mention.kind].format(country=where), mention)
    name = lexicon.templates[mention.kind].format(country=f"the {where}" if state.the else where)
    period = state.label(when)
    full = f"{name} ({period})" if period else name
    unit = state.unit(when) if mention.kind in lexicon.kinds.get("state", ()) else None
    if unit and not mention.unit:  # Libya's forces by the government they serve
        return f"{full} {unit}"
    return _with_unit(full, mention)


def named_for_country(
    actor: Actor, country: str | None, when: str | None, lexicon: ActorLexicon
) -> Actor:
    """An actor named for the event's country when its name is only its kind's: named before
    any country was known ("the government" alone is "Government"), or a crowd, which ACLED
    names for where it gathers ("Israelis rallied in Tel Aviv": Protesters (Israel))."""
    if not country or actor.kind is None or actor.kind not in lexicon.templates:
        return actor
    bare = actor.name == lexicon.kind_names.get(actor.kind)
    crowd = kind_class(actor.kind, lexicon) == "crowd"
    crowd = crowd and actor.name.startswith(lexicon.name_prefix(actor.kind))
    if not (bare or crowd):
        return actor
    return replace(actor, name=actor_name(ActorMention(0, 0, actor.kind), country, lexicon, when))


def _with_unit(name: str, mention: ActorMention) -> str:
    """ "Military Forces of Iraq (2022-) Popular Mobilization Forces": the unit after the
    state's name and period."""
    return f"{name} {mention.unit}" if mention.unit else name


def local_name(mention: ActorMention, country: str | None) -> str | None:
    """The group's own name in the event's country ("Al Qaeda" in Yemen is AQAP), if any."""
    return dict(mention.by_country).get(country or "") if mention.by_country else None


def kind_class(kind: str | None, lexicon: ActorLexicon) -> str | None:
    """'state', 'armed', 'crowd', 'unarmed' or 'authority' for an actor kind."""
    if kind is None:
        return None
    for name in ("state", "armed", "crowd", "unarmed", "authority"):
        if kind in lexicon.kinds.get(name, ()):
            return name
    return None


def mentions_in(
    spans: tuple[tuple[int, int], ...], mentions: list[ActorMention]
) -> list[ActorMention]:
    """Mentions inside any of the spans, in text order, first span first; a span wholly
    inside a longer mention is that mention's ("Forces loyal to the X" where the parse cut
    the name off the subject after "loyal to the"), and so is a span a mention ends in after
    starting before it ("struck a gathering of IS Sahel militants": the parse hung "IS" on
    "of", the span is "Sahel militants ...")."""
    out: list[ActorMention] = []
    for start, end in spans:
        out += [m for m in mentions if _in_span(m, start, end) and m not in out]
    return out


def _in_span(mention: ActorMention, start: int, end: int) -> bool:
    inside = start <= mention.start and mention.end <= end
    covers = mention.start <= start and end <= mention.end
    cut_off = mention.start < start < mention.end <= end
    return inside or covers or cut_off


def same_actor_once(mentions: list[ActorMention], lexicon: ActorLexicon) -> list[ActorMention]:
    """In one role, a named group absorbs generic words of its class ("FMLN terrorists"), and
    forces of a named country the generic words of their kind ("Israeli forces fired
    artillery": the artillery is theirs)."""
    named = [m for m in mentions if m.name or m.group]
    classes = {kind_class(m.kind, lexicon) for m in named}
    national = {m.kind for m in mentions if m.country}
    return [
        m
        for m in mentions
        if m.name
        or m.group
        or m.country
        or (kind_class(m.kind, lexicon) not in classes and m.kind not in national)
    ]


def mention_root(sentence: Span, mention: ActorMention) -> Token | None:
    """The head word of the mention in the parse (None where its offsets cover no token)."""
    span = sentence.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return None if span is None else span.root


def _go_between(sentence: Span, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """The mention is who brokers a deal ("a ceasefire brokered by tribal elders",
    "talks mediated by Qatar", "brokered by the army's 4th brigade and the UN"): the doer
    after "by" of a verb of a go-between, or its owner, or one joined to it."""
    done = _done_by(sentence, mention)
    return done is not None and done.lower_ in lexicon.go_between_verbs


def holder(sentence: Span, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """The mention holds a place the sentence names ("Azaz, a town held by Turkish-backed
    factions", "an area controlled by the rebels"): the doer after "by" of a verb of holding
    set on a noun, the place's holder, no doer of the act told there."""
    done = _done_by(sentence, mention)
    return done is not None and done.dep_ == "acl" and done.lower_ in lexicon.holding_verbs


def _done_by(
    sentence: Span, mention: ActorMention, through: tuple[str, ...] = ("poss", "compound", "conj")
) -> Token | None:
    """The verb whose "by" names the mention, its owner, or one joined to it ("brokered by
    the army's 4th brigade and the UN"); None when no "by" names it. `through`: the links
    climbed from the mention to the "by" phrase's object."""
    root = mention_root(sentence, mention)
    while root is not None and root.dep_ in through and root.head != root:
        root = root.head
    if root is None or root.dep_ != "pobj" or root.head.dep_ != "agent":
        return None
    return root.head.head


def speaker(sentence: Span, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """The mention is who says, not who does ("The Houthis said the strikes hit ...")."""
    head = mention_root(sentence, mention)
    if head is None:
        return False
    while head.head is not head and (
        head.dep_ in ("compound", "amod", "poss", "nmod", "npadvmod") or _speaker_of(head)
    ):
        head = head.head if head.dep_ != "pobj" else head.head.head
        # "Taliban officials said", "the army's spokesman said", "a spokesman for X said"
    verb = head.head
    claims = any(c.dep_ == "dobj" and c.lower_ == "responsibility" for c in verb.children)
    if head.dep_ == "nsubj" and claims:
        return False  # "X claimed responsibility for ...": X is the doer
    if head.dep_ in ("nsubj", "pobj") and verb.lower_ in lexicon.speech_verbs:
        return True
    if head.dep_ == "nsubj" and verb.lower_ in lexicon.telling_verbs:
        return True  # "police are investigating the blast": a source, neither doer nor hit
    if head.dep_ == "pobj" and head.head.head.lower_ in lexicon.speech_verbs:
        return True
    return _before_speech(sentence, head, lexicon)


def _speaker_of(token: Token) -> bool:
    """The body a speaking noun speaks for ("a spokesman for the police", "an official of X")."""
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.lower_ in ("for", "of")
        and prep.head.pos_ == "NOUN"
        and prep.head.dep_ in ("nsubj", "nsubjpass")
    )


def _before_speech(sentence: Span, head: Token, lexicon: ActorLexicon) -> bool:
    """The mention's phrase is followed at once by a verb of speech ending the sentence
    ("..., police in El Oro province said."; "Jammu and Kashmir Police said."): its
    speaker, however the parse attached it."""
    after = _phrase_end(head) + 1
    if after >= sentence.end or sentence.doc[after].lower_ not in lexicon.speech_verbs:
        return False
    return all(t.is_punct for t in sentence.doc[after + 1 : sentence.end])


def surface_actor(
    sentence: Span, spans: tuple[tuple[int, int], ...], lexicon: ActorLexicon
) -> Span | None:
    """A named entity in a role position that no alias knows: kept as written. A nationality
    or country word is no actor's name ("COLOMBIAN"), nor a model number ("C-47")."""
    for start, end in spans:
        for ent in sentence.ents:
            if ent.label_ in KEEP_SURFACE_ENTS and ent.start_char >= start and ent.end_char <= end:
                if fold(ent.text) in lexicon.demonyms or any(ch.isdigit() for ch in ent.text):
                    continue
                if all(t.lower_ in lexicon.machines for t in ent if not t.is_stop):
                    continue  # "an enemy UAV released gas": the weapon, not who sent it
                if _names_a_place(sentence, ent, lexicon):
                    continue
                return ent
    return None


def _names_a_place(sentence: Span, ent: Span, lexicon: ActorLexicon) -> bool:
    """ "Niassa province", "Lofa county": a name the next word makes a place is no actor,
    whatever label the tagger gave it."""
    after = sentence.doc[ent.end] if ent.end < sentence.end else None
    return after is not None and after.lower_ in lexicon.place_nouns


@dataclass(frozen=True)
class Actor:
    """An actor of a candidate event: its ACLED name and the evidence span (original)."""

    name: str
    kind: str | None
    span: Span_
    generic: bool = False  # built from a generic noun ("the insurgents"), not a name
    side: str | None = None  # "state", "armed", "unarmed", "crowd"
    default: bool = False  # named by no text: the type's default ("Unidentified Armed Group")
    rival: bool = False  # one of two sides one phrase names ("two rival militias clashed")


@dataclass(frozen=True)
class Cast:
    """The mentions around one trigger (doc offsets): doers, the side hit, all of them, and
    the spans where the parse expects each role."""

    agents: list[ActorMention]
    patients: list[ActorMention]
    mentions: list[ActorMention]
    agent_spans: tuple[Span_, ...]
    patient_spans: tuple[Span_, ...]


@dataclass(frozen=True)
class Scene:
    """Where a trigger sits: its sentence and passage, the article's text, the trigger's
    original span, the country and the day of the event (for actor names)."""

    sentence: Span
    passage: Passage
    original: str
    trigger: Span_
    country: str | None
    when: str | None = None


Sides = tuple["Actor | None", "Actor | None", "Actor | None", "Actor | None"]


def default_actor(
    kind: str, country: str | None, when: str | None, evidence: Span_, lexicon: ActorLexicon
) -> Actor:
    """The unnamed actor of a kind, named for the country and the day (the default of a type
    or sub-type); its evidence is the event's cue, which implies it."""
    name = actor_name(ActorMention(0, 0, kind), country, lexicon, when)
    return Actor(name, kind, evidence, True, kind_class(kind, lexicon), default=True)


def assign_actors(
    scene: Scene, event_type: EventType, sub: SubEvent, cast: Cast, lexicon: ActorLexicon
) -> Sides:
    """actor1, its associate, actor2, its associate: the doers from the parse; the crowd for
    protests and riots; the defaults of the type and sub-type (taxonomy.toml) when none is
    named. A default actor names no text: its evidence is the event's cue, which implies it."""
    patients, mentions = cast.patients, cast.mentions
    hit_forces: list[ActorMention] = []  # forces named beside a bomb whose doer is hidden
    agents = [_unknown_doer(scene.sentence, m, lexicon) for m in cast.agents]
    if not event_type.armed and sub.key not in lexicon.unknown_doer_sub_events:
        agents = list(cast.agents)

    def actor(m: ActorMention) -> Actor:
        return _actor(scene, m, lexicon)

    def default(kind: str) -> Actor:
        return default_actor(kind, scene.country, scene.when, scene.trigger, lexicon)

    if event_type.armed and not event_type.crowd:  # "jets bombed a crowd": people hit
        patients = [_as_kind(m, CIVILIANS) if _crowd(m, lexicon) else m for m in patients]
    sites = [m for m in agents if _own_site(scene.sentence, m, lexicon)]
    agents = [m for m in agents if m not in sites]  # "Ukrainian positions" were hit
    patients = patients + [m for m in sites if m not in patients]
    if sub.parties:  # "a truce brokered by elders": the elders are no party to it
        agents = [m for m in agents if not _go_between(scene.sentence, m, lexicon)] or agents
    if sub.key in lexicon.police_sub_events:
        agents = [_police(scene.sentence, m, lexicon, scene.country) for m in agents]
    first = [actor(owner(scene.sentence, m, mentions, lexicon)) for m in agents]
    # "the AA said jets bombed its fighters": the group's own were hit, as they are the doers
    # in "the AA said its fighters shelled ..."
    second = [actor(owner(scene.sentence, m, mentions, lexicon)) for m in patients]
    if sub.key in lexicon.hidden_doer:  # a bomb's target: the forces named, before people
        if all(_people_only(m, lexicon) for m in patients):
            second = _forces_hit(scene, cast, first, [], lexicon) or second
        second = sorted(second, key=lambda a: a.side != "state")
    # "two groups of villagers attacked each other": both sides are rioters (ACLED)
    crowds_fight = sub.key == "mob_violence" and _crowd_against_crowd(scene, lexicon)
    if event_type.crowd:  # protests and riots: the crowd first, the state second
        crowd = [
            actor(_as_kind(m, event_type.crowd))
            for m in mentions
            if kind_class(m.kind, lexicon) == "crowd"
        ]
        first = (crowd or [default(event_type.crowd)]) + _identities(scene, mentions, lexicon)
        second = [
            actor(_police(scene.sentence, m, lexicon, scene.country))  # no police abroad
            for m in mentions
            if kind_class(m.kind, lexicon) == "state" and not speaker(scene.sentence, m, lexicon)
        ]
        if sub.key == "mob_violence":  # "a mob beat a man to death before police arrived":
            beaten = patients or [m for m in mentions if m.kind == CIVILIANS]  # the man is hit
            second = [actor(m) for m in beaten][:1] or second
            if crowds_fight:
                crowds = [m for m in mentions if m.kind != CIVILIANS]
                second = [actor(_as_kind(m, "rioters")) for m in crowds][:1]
                second = second or [default("rioters")]
    elif not first and sub.actor1_from_patients and sub.default_actor1:
        kind = sub.default_actor1  # "thousands fled": those displaced are actor1
        first = [actor(m) for m in patients if m.kind == kind] or [default(kind)]
        second = []
    elif not first and event_type.armed:
        blamed = [m for m in patients if _blamed_object(scene.sentence, m, lexicon)]
        if blamed:  # "the army blamed the ELN for the blast": the ELN did it
            first = [actor(m) for m in blamed]
            second = [actor(m) for m in patients if m not in blamed]
        else:
            struck = {actor(m).name for m in patients}  # they did not do it ("their patrol")
            unnamed = _unnamed_doers(scene.sentence, cast, lexicon)
            # "a bomb went off as a pick-up of the X drove past": the vehicle's owner was hit
            unnamed = [m for m in unnamed if not _owns_vehicle(scene.sentence, m, lexicon)]
            if sub.key in lexicon.hidden_doer:  # "a bomb went off as an army patrol passed"
                hit_forces = _forces_named(scene.sentence, cast, lexicon)
                unnamed = [m for m in unnamed if m not in hit_forces]
            doers = [actor(m) for m in unnamed]
            first = [a for a in doers if a.name not in struck][:1]
    if not first and sub.key in lexicon.unknown_doer_sub_events:
        # "insurgents raided a village, looting food": when the parse hangs no doer on the
        # looting, the armed side its sentence names (not hit, not telling of it) did it
        first = [actor(m) for m in _unnamed_doers(scene.sentence, cast, lexicon)][:1]
    if not first and sub.parties:  # "Ukraine and Russia swapped prisoners": their states
        first = [actor(m) for m in _countries_as_parties(scene.sentence, cast, lexicon)]
    if not first and sub.key in lexicon.country_forces:  # "France handed over the base"
        countries = _countries_as_parties(scene.sentence, cast, lexicon)
        first = [actor(replace(m, kind=MILITARY)) for m in countries][:1]
    together = sub.key in lexicon.sides_together  # "X and Y exchanged fire": the two sides
    if (sub.parties or together) and all(_no_party(a, sub.parties) for a in second):
        # "..., killing 4 people"; "the army and the rebels agreed to a truce brokered by
        # elders": two sides named as doers are the parties, not those hit or the go-betweens
        second = [] if len({a.name for a in first}) >= 2 else second
    if together and not second and any(_ally(scene.sentence, m) for m in agents):
        # "police backed by soldiers exchanged fire with gangs": the doers' ally is no side
        second = _other_side(scene, cast, first[0], lexicon)
    if (sub.parties or together) and not second and len({a.name for a in first}) >= 2:
        second = [a for a in first if a.name != first[0].name]  # "X and Y agreed": two sides
        first = first[:1]
    hit_kind = event_type.default_actor2
    if hit_kind and first and first[0].kind == hit_kind and not _named_party(first[0], lexicon):
        # "people murdered": the people are the victims; a party named as the doer stays it
        second, first = first + second, []
    if not first:
        first = [actor(m) for m in _speaker_owns(scene.sentence, cast, lexicon)][:1]
    if sub.key in lexicon.named_group_sub_events and all(_unnamed_armed(a) for a in first):
        # "gangs formed a new alliance called Viv Ansanm": the armed group named is the one
        # changed (a state's decree stays the state's); so is a group that announces its own
        # change ("JNIM announced a blockade of the town"), before any other name the parse
        # finds where the doer should be (the town's)
        named = [
            m for m in mentions if (m.name or m.group) and kind_class(m.kind, lexicon) == "armed"
        ]
        first = [actor(m) for m in named][:1] or first
    if not first:
        first = _the_enemy(scene, cast.agent_spans, lexicon)
    if not first:
        first = _surface(scene, cast.agent_spans, lexicon)
    if not first and sub.default_actor1:  # "a bomb went off": an unidentified armed group
        first = [_named_by_agent(default(sub.default_actor1), scene, cast)]
    if not second and event_type.two_sided and first:
        second = _other_side(scene, cast, first[0], lexicon)
    if not second and sub.key in lexicon.hidden_doer:
        second = _forces_hit(scene, cast, first, hit_forces, lexicon)
    if not second and event_type.armed and not event_type.two_sided:
        people = [
            m
            for m in _civilians_hit(mentions, first)
            if m not in cast.agents and not speaker(scene.sentence, m, lexicon)
        ]  # not the doers, nor those who tell of it ("officials said")
        second = [actor(m) for m in people][:1]
    one_sided = event_type.armed and not event_type.two_sided
    if one_sided and _own_hit(scene, cast, first, second, lexicon):
        first = [default(UNIDENTIFIED)]  # "a drone hit an army base": no army's act, unnamed
    if not second and event_type.armed and not event_type.two_sided:
        second = _site_owner(scene, cast, first, lexicon)  # "a grenade at a police post"
        second = second or [a for a in map(actor, hit_forces) if a.name not in _names(first)][:1]
        second = second or _people_hurt(scene, cast, first, lexicon)
        second = second or _civilian_site_hit(scene, cast, first, lexicon)
    if sub.key in lexicon.weapon_owner_hit:  # a weapon stopped is an armed side's: people
        second = [a for a in second if a.kind != CIVILIANS]  # named near it ("a bomb found by
        # a refugee camp") are no side of it (no notes set's coder gave civilians as actor2)
    if not second and sub.key in lexicon.weapon_owner_hit:
        second = [a for a in _weapon_owner(scene, cast, lexicon) if a.name not in _names(first)]
        second = second or _the_foes_weapon(scene, first, lexicon)
    if not second and event_type.armed:  # "RSF commanders said a drone hit their positions"
        spoken = _speaker_hit(scene.sentence, cast, lexicon)
        second = [a for a in map(actor, spoken) if a.name not in _names(first)][:1]
    hit = event_type.default_actor2 or sub.default_actor2
    if not second and hit:
        second = [_named_by_object(default(hit), scene, cast)]
    if not second and first and sub.key in lexicon.ground_sides:  # "after the rebels left"
        second = _ground_giver(scene, cast, first, lexicon)
    if sub.key in lexicon.named_group_sub_events:  # "handed out food to families": they got
        second = [a for a in second if a.kind != "civilians"]  # it, no side of the change
    if sub.key in lexicon.state_first:  # "X signed an accord with the government"
        first, second = _state_first(scene, cast, first, second, lexicon)
    elif sub.key in lexicon.receiver_first and _own_units_moved(scene, cast, lexicon):
        second = []  # "the army pulled its troops out of X": its own men, no receiver
    elif sub.key in lexicon.receiver_first and (first or second) and _gives_ground(scene, lexicon):
        # "French troops handed the base over to the army", "... withdrew, and the army took
        # over": the side that takes the ground is actor1; when no verb names the giver ("the
        # base was handed to the army"), the giver is the other party the sentence names
        second = second or _other_party(scene, cast, first, lexicon)
        first, second = (second, first) if second else (first, second)
        second = second or _other_party(scene, cast, first, lexicon)
    else:
        second = [a for a in second if kind_class(a.kind, lexicon) != "authority"]  # never hit
    a1, assoc1 = _main_and_assoc(first)
    if a1 is not None and crowds_fight:
        return a1, assoc1, *_main_and_assoc(second)  # rioters on both sides
    rivals = _rivals(scene, cast, lexicon) if sub.parties or together else None
    if rivals is not None:  # "two rival militias clashed/agreed": both sides alike
        side = actor(rivals)
        return side, None, replace(side, rival=True), None
    a2, assoc2 = _main_and_assoc([a for a in second if a1 is None or a.name != a1.name])
    return a1, assoc1, a2, assoc2


def _no_party(actor: Actor, deal: bool) -> bool:
    """Not a side beside two doers named: the unarmed, and of a deal, fighters no name tells
    ("X and Y signed a truce, ending clashes in which six fighters were killed"); the state's
    forces stay one ("fighters surrendered to troops")."""
    return actor.side == "unarmed" or (deal and actor.generic and actor.side != "state")


RECIPROCAL = re.compile(r"\b(?:each other|one another)\b", re.IGNORECASE)


def _ally(sentence: Span, mention: ActorMention) -> bool:
    """The mention backs the doers ("police backed by soldiers", "troops supported by militia
    fighters"): the "by" of a participle hung on a noun, an ally, not a side against them."""
    done = _done_by(sentence, mention, through=("poss", "compound"))  # not "X and Y": sides
    return (
        done is not None
        and done.dep_ == "acl"
        and done.tag_ == "VBN"
        and done.head.pos_ in ("NOUN", "PROPN")
    )


def _crowd_against_crowd(scene: Scene, lexicon: ActorLexicon) -> bool:
    """The crowd fights itself: "two groups of villagers attacked each other", "youths from two
    rival clans clashed" (a reciprocal on the cue's verb, or a count or a rivalry in its
    subject). Only the cue's own verb: "two people died when a mob attacked a man" and "a mob
    beat him after the two families accused each other" hit a man."""
    verbs = [t for t in scene.sentence if t.pos_ == "VERB" and _cue_word(t, scene)]
    for verb in verbs:
        preps = [c for c in verb.children if c.dep_ == "prep"]
        objects = [*verb.children, *(g for p in preps for g in p.children)]
        said = " ".join(w.text for o in objects if o.dep_ in ("dobj", "pobj") for w in o.subtree)
        if RECIPROCAL.search(said):
            return True
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        if any(w.lower_ in lexicon.rival_words for t in doers for w in t.subtree):
            return True
    return False


def _rivals(scene: Scene, cast: Cast, lexicon: ActorLexicon) -> ActorMention | None:
    """The mention of one phrase naming two sides of a kind ("two rival armed groups",
    "fighters from two rival clans", "opposing militias", "two Hamas commanders"): each is a
    side, named alike."""
    doc = scene.sentence.doc
    for m in [*cast.agents, *cast.mentions]:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        root = _group_noun(span) if span is not None else None
        if span is None or root is None:
            continue
        named_before = root != span.root and any(  # "two X commanders": X in the doers
            s <= root.idx < e for s, e in cast.agent_spans
        )
        doer = named_before or root.i in {a.i for c in cast.agents for a in _tokens(doc, c)}
        owner = root.head.head  # "fighters from two rival clans"
        of_doer = root.dep_ == "pobj" and any(
            owner.i in {a.i for a in _tokens(doc, c)} for c in cast.agents
        )
        lefts = [*root.lefts, *span.root.lefts]  # "two X commanders": "two" on the name
        if (doer or of_doer) and any(t.lower_ in lexicon.rival_words for t in lefts):
            return m
    return None


def _group_noun(span: Span) -> Token | None:
    """The plural noun that heads a mention's phrase: its own root ("militias"), or the noun
    a group's name stands before ("MILF commanders")."""
    root = span.root
    if root.dep_ == "compound" and root.head.i == span.end and root.head.tag_ == "NNS":
        root = root.head
    return root if root.tag_ == "NNS" else None


def _tokens(doc: Doc, mention: ActorMention) -> Span | list[Token]:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span if span is not None else []


def _cue_word(token: Token, scene: Scene) -> bool:
    """The token is the event's cue word (or inside it)."""
    start, end = scene.passage.original_span(token.idx, token.idx + len(token.text))
    return scene.trigger[0] <= start and end <= scene.trigger[1]


def _names(actors: list[Actor]) -> set[str]:
    return {a.name for a in actors}


def _speaker_owns(sentence: Span, cast: Cast, lexicon: ActorLexicon) -> list[ActorMention]:
    """ "The army said its air defences intercepted a drone": the doer is "its", the speaker's."""
    for start, end in cast.agent_spans:
        phrase = sentence.doc.char_span(start, end, alignment_mode="expand")
        if phrase is None or not _group_possessive(phrase.root):
            continue
        named = [m for m in cast.mentions if m.country or m.name or m.group]
        return [m for m in named if _says(sentence, m, lexicon)]
    return []


AIMED_PREPS = frozenset({"on", "at", "against", "onto"})


def _speaker_hit(sentence: Span, cast: Cast, lexicon: ActorLexicon) -> list[ActorMention]:
    """ "RSF commanders said a drone dropped gas on their positions": what was aimed at is
    "their" own, the speaker's, who is then the side hit."""
    aimed = [
        t
        for t in sentence
        if t.dep_ == "pobj" and t.head.lower_ in AIMED_PREPS and _group_possessive(t)
    ]
    if not aimed:
        return []
    named = [m for m in cast.mentions if m.country or m.name or m.group]
    return [m for m in named if _says(sentence, m, lexicon)]


def _countries_as_parties(sentence: Span, cast: Cast, lexicon: ActorLexicon) -> list[ActorMention]:
    """Countries named as the doers of a deal ("Ukraine and Russia swapped prisoners",
    "Chad signed a pact with Sudan"): each country's government is a party."""
    names = [(e.start_char, e.end_char) for e in sentence.ents if e.label_ == "GPE"]
    names += [(t.idx, t.idx + len(t.text)) for t in sentence if t.pos_ == "PROPN"]
    found: dict[str, ActorMention] = {}
    for start, end in sorted(names):
        if not any(s <= start and end <= e for s, e in cast.agent_spans):
            continue
        name = fold(sentence.doc.text[start:end]).removeprefix("the ")
        country = lexicon.demonyms.get(name)
        if country and fold(country) == name and country not in found:
            found[country] = ActorMention(start, end, "government", country=country)
    return list(found.values())


def _weapon_owner(scene: Scene, cast: Cast, lexicon: ActorLexicon) -> list[Actor]:
    """The country a nationality gives the weapon hit ("shot down two Russian missiles"):
    its forces."""
    doc = scene.sentence.doc
    for start, end in cast.patient_spans:
        phrase = doc.char_span(start, end, alignment_mode="expand")
        for token in phrase if phrase is not None else ():
            country = lexicon.demonyms.get(token.lower_)
            if country and (_on_weapon(token) or _launcher(token, country, lexicon)):
                end = token.idx + len(token.text)
                owner = ActorMention(token.idx, end, "military", country=country)
                return [_actor(scene, owner, lexicon)]
    return []


def _the_foes_weapon(scene: Scene, first: list[Actor], lexicon: ActorLexicon) -> list[Actor]:
    """ "Air defences shot down nine drones over Dnipro": a weapon no word gives an owner,
    stopped in a country at war with one state, is that state's (lexicon.weapon_foes)."""
    foe = lexicon.weapon_foes.get(scene.country or "")
    if foe is None:
        return []
    for side in (foe, scene.country):  # Russia's air defences over Ukraine stop Ukraine's
        owner = _actor(scene, ActorMention(0, 0, MILITARY, country=side), lexicon)
        if owner.name not in _names(first):
            return [replace(owner, span=scene.trigger, generic=True, default=True)]
    return []


def _on_weapon(token: Token) -> bool:
    """A nationality before the weapon's noun ("two Russian missiles")."""
    return token.dep_ in ("amod", "compound", "nmod") and token.head.i > token.i


def _launcher(token: Token, country: str, lexicon: ActorLexicon) -> bool:
    """A country named as the one who sent the weapon ("drones launched by Russia", "missiles
    Iran fired"), or whence a participle sent it ("drones launched from Iran"): its forces;
    not a land armed groups fire from ("rockets fired from Lebanon")."""
    if fold(country) != token.lower_:
        return False
    if token.dep_ == "pobj" and token.head.lower_ == "by":
        return token.head.head.pos_ == "VERB"
    if token.dep_ == "pobj" and token.head.lower_ == "from":
        sent = token.head.head
        home = country in lexicon.group_launch_grounds
        return sent.pos_ == "VERB" and sent.dep_ == "acl" and sent.tag_ == "VBN" and not home
    return token.dep_ == "nsubj" and token.head.dep_ in ("relcl", "acl")


def _blamed_object(sentence: Span, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """The mention is what a verb of blaming blames ("blamed the ELN for the blast")."""
    root = mention_root(sentence, mention)
    return root is not None and root.dep_ == "dobj" and root.head.lower_ in lexicon.blame_verbs


def _site_owner(scene: Scene, cast: Cast, first: list[Actor], lexicon: ActorLexicon) -> list[Actor]:
    """The armed side whose site was hit ("a grenade at a police post", "shells hit an army
    base"), when no one else is named as hit."""
    doers = {a.name for a in first}
    owners = [
        _actor(scene, m, lexicon)
        for m in cast.mentions
        if kind_class(m.kind, lexicon) in ("state", "armed")
        and (
            _site(scene.sentence, m, lexicon)
            or _owns_vehicle(scene.sentence, m, lexicon)
            or _owns_site_hit(scene.sentence, m, lexicon)
        )
    ]
    return [a for a in owners if a.name not in doers][:1]


def _own_hit(
    scene: Scene, cast: Cast, first: list[Actor], second: list[Actor], lexicon: ActorLexicon
) -> bool:
    """The doer no name tells (a drone's, or the type's default: the state's forces for a drone
    strike) owns the site hit ("a drone hit an army base"): the state did not strike its own."""
    if not first or not (first[0].default or first[0].generic):
        return False
    hit = second or _site_owner(scene, cast, [], lexicon)
    return bool(hit) and all(a.name == first[0].name for a in hit)


def _site(sentence: Span, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """An actor word before a site ("a police post"), or a side's site itself."""
    return names_site(sentence, mention, lexicon) or _own_site(sentence, mention, lexicon)


def _own_site(sentence: Span, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """The mention is a side's site ("Ukrainian positions"): hit, never the doer."""
    last = fold(_words(sentence, mention.start, mention.end)).split()[-1:]
    return bool(last) and last[0] in lexicon.site_nouns


def _police(
    sentence: Span, mention: ActorMention, lexicon: ActorLexicon, country: str | None = None
) -> ActorMention:
    """Unspecified security forces facing a crowd or making arrests are the police; the army
    named as such ("troops", "soldiers") stays the army, and so do a state's forces acting
    outside their country (`country`: the event's; "Israeli forces detained 15 people in
    Jenin": no police of theirs work there)."""
    if mention.kind != MILITARY or mention.name or mention.group or mention.unit:
        return mention  # "IRGC forces": a unit of the army, named, is no unspecified force
    if mention.country and country and mention.country != country:
        return mention
    words = fold(_words(sentence, mention.start, mention.end)).split()
    if mention.country:
        words = words[1:]  # "Kenyan security forces"
    return replace(mention, kind=POLICE) if " ".join(words) in lexicon.police_words else mention


MILITARY, POLICE = "military", "police"


def _gives_ground(scene: Scene, lexicon: ActorLexicon) -> bool:
    """The cue gives ground up ("handed over", "withdrew from"): its doer is the side that
    loses the ground, not the one that takes it."""
    cue = fold(scene.original[scene.trigger[0] : scene.trigger[1]])
    return any(w in lexicon.giving_words for w in re.findall(r"[\w-]+", cue))


def _state_first(
    scene: Scene, cast: Cast, first: list[Actor], second: list[Actor], lexicon: ActorLexicon
) -> tuple[list[Actor], list[Actor]]:
    """The parties of an agreement, the government (or its forces) first: "the rebels signed
    an accord with the government" is the government's accord with the rebels."""
    if first and not second:  # "with the government": a party, though no target
        second = _other_party(scene, cast, first, lexicon)
    if first and second and second[0].side in STATES and first[0].side not in STATES:
        return second, first
    return first, second


def _other_party(
    scene: Scene, cast: Cast, first: list[Actor], lexicon: ActorLexicon
) -> list[Actor]:
    """The other side the sentence names beside the doers (a state one first), not a
    speaker nor a go-between ("a pact brokered by the army"): the second party of an
    agreement or of a handover."""
    named = {a.name for a in first}
    others = [
        _actor(scene, m, lexicon)
        for m in cast.mentions
        if kind_class(m.kind, lexicon) in (*STATES, "armed")
        and not any(s <= m.start < e for s, e in cast.agent_spans)
        and not speaker(scene.sentence, m, lexicon)
        and not _go_between(scene.sentence, m, lexicon)
    ]
    others = [a for a in others if a.name not in named]
    return sorted(others, key=lambda a: a.side not in STATES)[:1]


STATES = ("state", "authority")


def _phrase_end(token: Token) -> int:
    """The last word of the token's own phrase ("police in El Oro province"), without the
    phrases joined to it ("the army and allied militias")."""
    ends = [_phrase_end(c) for c in token.children if c.i > token.i and c.dep_ not in JOINED]
    return max([token.i, *ends])


JOINED = ("conj", "cc", "punct", "appos")


def _ground_giver(
    scene: Scene, cast: Cast, first: list[Actor], lexicon: ActorLexicon
) -> list[Actor]:
    """The armed side the sentence tells giving the ground up beside its taker ("moved in
    after the rebels pulled out", "after the SDF agreed to hand the area over"): the side
    that held it."""
    named = _names(first)
    givers = [
        _actor(scene, m, lexicon)
        for m in cast.mentions
        if kind_class(m.kind, lexicon) in ("state", "armed")
        and (_gives_up(scene.sentence, m, lexicon) or _dealt_with(scene.sentence, m, lexicon))
    ]
    return [a for a in givers if a.name not in named][:1]


def _dealt_with(sentence: Span, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """The mention is who a deal was made with ("moved into the town under an accord with the
    rebels"): beside the side taking the ground, the side that gave it up."""
    root = mention_root(sentence, mention)
    if root is None or root.dep_ != "pobj" or root.head.lower_ != "with":
        return False
    return root.head.head.lower_ in lexicon.deal_nouns


def _gives_up(sentence: Span, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """The mention is the subject of a verb of giving ground ("the rebels withdrew"), or of
    one that takes it ("agreed to hand over")."""
    head = mention_root(sentence, mention)
    if head is None or head.dep_ != "nsubj":
        return False
    verbs = [head.head, *(c for c in head.head.children if c.dep_ == "xcomp")]
    return any(v.lower_ in lexicon.giving_words for v in verbs)


def _crowd(mention: ActorMention, lexicon: ActorLexicon) -> bool:
    return kind_class(mention.kind, lexicon) == "crowd"


def _civilians_hit(mentions: list[ActorMention], first: list[Actor]) -> list[ActorMention]:
    """Civilians the sentence names beside a one-sided strike ("a shell hit the market,
    killing three residents"): ACLED's actor2 when no other side is hit."""
    if any(a.kind == CIVILIANS for a in first):
        return []
    return [m for m in mentions if m.kind == CIVILIANS]


CIVILIANS = "civilians"


def _people_hurt(
    scene: Scene, cast: Cast, first: list[Actor], lexicon: ActorLexicon
) -> list[Actor]:
    """ "threw a grenade into a bar, killing two customers": people killed or hurt whom no
    actor word names are civilians (ACLED codes the civilians hit as actor2)."""
    if any(a.kind == CIVILIANS for a in first):
        return []
    for token in scene.sentence:
        if token.dep_ not in ("dobj", "nsubjpass") or not token.head.lower_.startswith(
            lexicon.hurt_stems
        ):
            continue
        if token.pos_ != "NOUN" or any(m.start <= token.idx < m.end for m in cast.mentions):
            continue
        start, end = token.idx, token.idx + len(token.text)
        victim = ActorMention(start, end, CIVILIANS)
        return [_actor(scene, victim, lexicon)]
    return []


def _civilian_site_hit(
    scene: Scene, cast: Cast, first: list[Actor], lexicon: ActorLexicon
) -> list[Actor]:
    """ "threw a grenade at the gate of a warehouse": a private building the act is aimed
    at, no one named as hit, targets the civilians who own or use it (ACLED's Civilians as
    actor2)."""
    if any(a.kind == CIVILIANS for a in first):
        return []
    for token in scene.sentence:
        if token.lower_ not in lexicon.civilian_sites or token.pos_ != "NOUN":
            continue
        if any(m.start <= token.idx < m.end for m in cast.mentions):
            continue
        if not _aimed_at_site(token):
            continue
        start, end = token.idx, token.idx + len(token.text)
        return [_actor(scene, ActorMention(start, end, CIVILIANS), lexicon)]
    return []


TARGET_PREPS = ("at", "into", "on", "against", "outside")


def _aimed_at_site(noun: Token) -> bool:
    """The noun is what an act is aimed at ("at a shop", "at the gate of a warehouse")."""
    for _ in range(3):
        if noun.dep_ == "pobj" and noun.head.lower_ in TARGET_PREPS:
            return True
        if noun.dep_ != "pobj" or noun.head.lower_ != "of":
            return False
        noun = noun.head.head  # "the gate of a warehouse": the gate
    return False


def _named_by_object(actor: Actor, scene: Scene, cast: Cast) -> Actor:
    """A default victim ("Civilians") whose evidence is the object of the act, when there is
    one ("murdered Magistrate Carlos Valencia"): the words that name who was hit."""
    if not cast.patient_spans:
        return actor
    start, end = cast.patient_spans[0]
    return replace(actor, span=scene.passage.original_span(start, end))


def _named_by_agent(actor: Actor, scene: Scene, cast: Cast) -> Actor:
    """A default doer whose evidence is the phrase that names it without a known actor: a
    "by" phrase ("carried out by a commando unit") or the subject of the cue's own verb ("a
    hired squad shot the judge"); not the subject of a verb about the act ("officials
    condemned the murder")."""
    doc = scene.sentence.doc
    for start, end in cast.agent_spans:
        end = start + len(doc.text[start:end].rstrip())  # "a unit " before "that"
        phrase = doc.char_span(start, end, alignment_mode="expand")
        if phrase is not None and len(phrase) and _names_doer(phrase.root, scene):
            return replace(actor, span=scene.passage.original_span(start, end))
    return actor


def _names_doer(root: Token, scene: Scene) -> bool:
    head = root.head
    if head.lower_ == "by":
        return True
    if root.dep_ != "nsubj" or head.pos_ != "VERB":
        return False
    return _cue_word(head, scene)  # the cue's own verb


def _identities(scene: Scene, mentions: list[ActorMention], lexicon: ActorLexicon) -> list[Actor]:
    """Who a crowd is made of ("students", "striking teachers"): ACLED's associated actor
    ("Students (Kenya)")."""
    found = (_identity(scene, m, lexicon) for m in mentions)
    return [a for a in found if a is not None]


def _identity(scene: Scene, mention: ActorMention, lexicon: ActorLexicon) -> Actor | None:
    """Unarmed people named by who they are ("two journalists"): "Journalists (Ethiopia)";
    None for other words."""
    word = fold(_words(scene.sentence, mention.start, mention.end))
    label = lexicon.identities.get(word)
    if label is None or mention.kind not in lexicon.kinds.get("unarmed", ()):
        return None
    where = mention.country or scene.country
    name = f"{label} ({where})" if where else label
    span = scene.passage.original_span(mention.start, mention.end)
    return Actor(name, mention.kind, span, True, kind_class(mention.kind, lexicon))


def _words(sentence: Span, start: int, end: int) -> str:
    """The document's text from `start` to `end`, read from the sentence when it holds them
    (spaCy builds `Doc.text` anew at every call: per trigger, that is quadratic)."""
    base = sentence.start_char
    if base <= start and end <= sentence.end_char:
        return sentence.text[start - base : end - base]
    return sentence.doc.text[start:end]


UNIDENTIFIED = "armed_group"  # the kind of an unidentified armed group


def _unknown_doer(sentence: Span, mention: ActorMention, lexicon: ActorLexicon) -> ActorMention:
    """ "Two men on a motorcycle shot ...": people who do armed violence are an unidentified
    armed group."""
    word = fold(_words(sentence, mention.start, mention.end))
    if mention.kind in lexicon.kinds.get("unarmed", ()) and word in lexicon.unknown_doers:
        return replace(mention, kind=UNIDENTIFIED)
    return mention


def _as_kind(mention: ActorMention, kind: str) -> ActorMention:
    """A generic crowd word under the event type's crowd kind ("protesters" who riot are
    Rioters); a named group stays itself."""
    if mention.name or mention.group:
        return mention
    return replace(mention, kind=kind)


def _named_party(actor: Actor, lexicon: ActorLexicon) -> bool:
    """A group the text names ("BJP supporters"), not people of a place ("Kenyan villagers",
    or "Sudan People" inside a longer name), whose ACLED name is their kind's own."""
    own = lexicon.kind_names.get(actor.kind or "", "")
    return not (actor.generic or actor.default or (own and actor.name.startswith(own)))


def _actor(scene: Scene, mention: ActorMention, lexicon: ActorLexicon) -> Actor:
    span = scene.passage.original_span(mention.start, mention.end)
    generic = not (mention.name or mention.group or mention.country)
    name = actor_name(mention, scene.country, lexicon, scene.when)
    return Actor(name, mention.kind, span, generic, kind_class(mention.kind, lexicon))


def _unnamed_doers(sentence: Span, cast: Cast, lexicon: ActorLexicon) -> list[ActorMention]:
    """An armed side named outside the target's phrase, not the speaker nor a site, nor a
    place's holder ("in Azaz, a town held by X": X holds it)."""
    return [
        m
        for m in cast.mentions
        if m not in cast.patients
        and not speaker(sentence, m, lexicon)
        and not any(s <= m.start < e for s, e in cast.patient_spans)
        and kind_class(m.kind, lexicon) in ("state", "armed")
        and not _site(sentence, m, lexicon)
        and not _suffered(sentence, m, lexicon)
        and not suspected(sentence, m, lexicon)
        and not holder(sentence, m, lexicon)
    ]


def suspected(sentence: Span, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """A side only held for the act ("sources suspect elements of X", "X, which has been
    blamed for such attacks"): no doer the text names outright, nor the one hit. The object
    or passive subject of a verb of suspicion, through "members of" and a relative pronoun."""
    head = mention_root(sentence, mention)
    while head is not None and head.dep_ == "pobj" and head.head.head is not head.head:
        head = head.head.head  # "elements of the UPC": the elements are suspected
    if head is None:
        return False
    held = head.dep_ in ("dobj", "nsubjpass") and head.head.lower_ in lexicon.suspicion_verbs
    relative = any(
        c.dep_ == "relcl"
        and c.lower_ in lexicon.suspicion_verbs
        and any(s.dep_ == "nsubjpass" and s.tag_ == "WDT" for s in c.children)
        for c in head.children
    )
    return held or relative


def _forces_named(sentence: Span, cast: Cast, lexicon: ActorLexicon) -> list[ActorMention]:
    """State forces the sentence names, not as the speaker ("as an army patrol passed", "three
    policemen died when") nor as a place's holder ("in X, a town held by the army"): beside a
    bomb whose doer is hidden, the side hit."""
    return [
        m
        for m in cast.mentions
        if kind_class(m.kind, lexicon) == "state"
        and not speaker(sentence, m, lexicon)
        and not holder(sentence, m, lexicon)
    ]


def _forces_hit(
    scene: Scene, cast: Cast, first: list[Actor], hidden: list[ActorMention], lexicon: ActorLexicon
) -> list[Actor]:
    """Beside a bomb, the state forces named that did not plant it ("a bomb planted by
    insurgents went off as a ranger patrol passed, killing two rangers and a passer-by"):
    the target, before any civilians hit with them."""
    forces = hidden or _forces_named(scene.sentence, cast, lexicon)
    doers = _names(first)
    return [a for a in (_actor(scene, m, lexicon) for m in forces) if a.name not in doers][:1]


def _people_only(mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """People a bomb killed whom no side names ("84 people", "two fighters")."""
    unnamed = not (mention.name or mention.group or mention.country)
    return unnamed and kind_class(mention.kind, lexicon) in ("unarmed", "armed")


def _suffered(sentence: Span, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """The mention is the subject of a passive verb ("two policemen were killed when a bomb
    hit their van"), or set beside a dateline the parse took for that subject, or the object
    of a verb of killing or wounding."""
    head = mention_root(sentence, mention)
    if head is None:
        return False
    while head.dep_ == "appos" and head.head is not head:
        head = head.head
    if head.dep_ == "dobj" and head.head.lower_.startswith(
        lexicon.hurt_stems
    ):  # no lemmas in the parse
        return True  # "a bomb hit their van, killing two policemen"
    if head.dep_ == "nsubj" and head.head.lower_.startswith(lexicon.dying_stems):
        return True  # "two soldiers died when a bomb went off under their truck"
    return head.dep_ == "nsubjpass"


def _the_enemy(scene: Scene, agent_spans: tuple[Span_, ...], lexicon: ActorLexicon) -> list[Actor]:
    """ "An enemy drone dropped gas on a trench", "the enemy shelled the village": in a country
    at war with one state (lexicon.weapon_foes), the enemy its side's reports name as the doer
    is that state's forces."""
    foe = lexicon.weapon_foes.get(scene.country or "")
    if foe is None:
        return []
    for token in scene.sentence:
        inside = any(s <= token.idx < e for s, e in agent_spans)
        if inside and token.lower_ in lexicon.enemy_words:
            end = token.idx + len(token.text)
            return [_actor(scene, ActorMention(token.idx, end, MILITARY, country=foe), lexicon)]
    return []


def _surface(scene: Scene, agent_spans: tuple[Span_, ...], lexicon: ActorLexicon) -> list[Actor]:
    """A named entity in the doer's place that no alias knows, kept as written."""
    entity = surface_actor(scene.sentence, agent_spans, lexicon)
    if entity is None:
        return []
    span = scene.passage.original_span(entity.start_char, entity.end_char)
    return [Actor(scene.original[span[0] : span[1]], None, span)]


def _other_side(scene: Scene, cast: Cast, first: Actor, lexicon: ActorLexicon) -> list[Actor]:
    """The other armed side of a battle, outside the doer's own phrase."""
    return [
        _actor(scene, m, lexicon)
        for m in cast.mentions
        if kind_class(m.kind, lexicon) in ("state", "armed")
        and _actor(scene, m, lexicon).name != first.name
        and m not in cast.agents  # nor the doer's ally ("troops backed by X")
        and not any(s <= m.start < e for s, e in cast.agent_spans)
        and not speaker(scene.sentence, m, lexicon)
    ][:1]


def owner(
    sentence: Span, mention: ActorMention, mentions: list[ActorMention], lexicon: ActorLexicon
) -> ActorMention:
    """For "its fighters" or "their troops", the named group that says so ("the Arakan Army
    said its fighters captured ..."); else the mention itself."""
    if mention.name or mention.group or mention.country:
        return mention
    root = mention_root(sentence, mention)
    if root is None or not _group_possessive(root):
        return mention
    named = [m for m in mentions if (m.name or m.group) and _says(sentence, m, lexicon)]
    return named[0] if named else mention


def _own_units_moved(scene: Scene, cast: Cast, lexicon: ActorLexicon) -> bool:
    """Every side the handover's verb moves is the doer's own ("the army pulled its troops
    out of the city", "withdrew its brigade from X"): its units leave, none receives."""
    roots = [mention_root(scene.sentence, m) for m in cast.patients]
    return bool(roots) and all(r is not None and _group_possessive(r) for r in roots)


def _group_possessive(noun: Token) -> bool:
    """ "its fighters", "their troops": a group's own (the group that speaks, as a rule)."""
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in noun.children)


def _says(sentence: Span, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """The mention is, or is inside, the subject of a verb of saying ("the armed wing of
    Hamas said")."""
    if speaker(sentence, mention, lexicon):
        return True
    head = mention_root(sentence, mention)
    if head is None:
        return False
    while head.dep_ in ("pobj", "prep", "compound", "poss", "appos", "nmod") and head.head != head:
        head = head.head
    return head.dep_ == "nsubj" and head.head.lower_ in lexicon.speech_verbs


def victims(
    sentence: Span,
    mentions: list[ActorMention],
    agents: list[ActorMention],
    hurt: frozenset[str],
    members: frozenset[str] = frozenset(),
) -> list[ActorMention]:
    """Actors the sentence says were killed or hurt ("killing six policemen", "killing six
    members of the Revolutionary Guards"): the side hit. `hurt` holds the verbs of killing and
    wounding, `members` the nouns of people who stand for the group after "of"."""
    out = []
    for m in mentions:
        root = mention_root(sentence, m)
        if root is None or m in agents:
            continue
        root = _member_noun(root, members) or root
        if root.dep_ in ("dobj", "nsubjpass") and root.head.lower_ in hurt:
            out.append(m)
    return out


def _member_noun(group: Token, members: frozenset[str]) -> Token | None:
    """ "members of the X", "commanders of the X": the noun of the group's people, whose place
    in the sentence is the group's (they were killed, so the group was hit)."""
    prep = group.head
    if group.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lower_ not in members:
        return None
    return prep.head


def names_site(sentence: Span, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """The actor word names a site ("a police station", "an army base"): what was hit."""
    span = sentence.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.end >= sentence.end:
        return False
    return sentence.doc[span.end].lower_ in lexicon.site_nouns


def _owns_vehicle(sentence: Span, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """The mention owns the vehicle an "of" hangs it on ("a pick-up of the Security Belt
    Forces"); not a site it may merely be near ("landed near the headquarters of X")."""
    root = mention_root(sentence, mention)
    vehicle = of_head(root)  # "pick-up" is three tokens, its last the head
    if root is None or vehicle is None:
        return False
    words = {vehicle.lower_, sentence.doc[max(vehicle.i - 2, 0) : vehicle.i + 1].text.lower()}
    return vehicle.i < root.i and bool(words & lexicon.vehicle_nouns)


def _owns_site_hit(sentence: Span, mention: ActorMention, lexicon: ActorLexicon) -> bool:
    """The mention owns the site an "of" hangs it on, where the act came down ("gas over
    trenches of the X", "shells onto a base of the X"); not one it was only near."""
    site = of_head(mention_root(sentence, mention))
    return (
        site is not None
        and site.lower_ in lexicon.site_nouns
        and site.dep_ == "pobj"
        and site.head.lower_ in SITE_HIT_PREPS
    )


SITE_HIT_PREPS = frozenset({"on", "onto", "upon", "over", "into", "at", "against"})


def demonym_doer(token: Token, lexicon: ActorLexicon) -> list[ActorMention]:
    """ "Israeli air strikes", "Turkish shelling": a nationality on the trigger is its army."""
    for child in token.children:
        country = lexicon.demonyms.get(child.lower_)
        if child.dep_ in ("amod", "compound", "nmod") and child.i < token.i and country:
            start = child.idx
            return [ActorMention(start, start + len(child.text), "military", country=country)]
    return []


def fallback_kind(
    mentions: list[ActorMention],
    exclude: list[ActorMention],
    classes: set[str],
    lexicon: ActorLexicon,
) -> str | None:
    """The kind of the first mention of one of `classes` outside `exclude`."""
    for m in mentions:
        if m not in exclude and kind_class(m.kind, lexicon) in classes:
            return m.kind
    return None


def blamed(sentence: Span, lexicon: ActorLexicon) -> ActorMention | None:
    """The named actor a sentence blames ("The volunteers blamed the RSF"), if any; it is
    named for the event it is blamed for ("blamed the Islamic State": its branch there)."""
    if not any(t.lower_ in lexicon.blame_verbs for t in sentence):
        return None
    text, base = sentence.text, sentence.start_char  # the sentence's text, not the whole doc's
    for m in find_actor_mentions(sentence, lexicon):
        if not (m.name or m.group or kind_class(m.kind, lexicon) == "state"):
            continue  # a group, or a country's forces ("blaming the Pakistani army", "accused
            # the army of firing the rounds": the army of the event's country)
        # Right after the verb: sentences without an event cue carry no parse to go by.
        before = text[max(0, m.start - base - 60) : m.start - base].lower().split()
        before = _past_part(before[-8:], lexicon)
        before = [w for w in before if w not in ("the", "a")]
        if before and before[-1] in lexicon.blame_verbs:
            return m
    return None


def _past_part(words: list[str], lexicon: ActorLexicon) -> list[str]:
    """The words before a group, up to the blame's verb when what lies between names a part
    of the group ("blamed the Western Front of the", "blamed fighters of"): at most four
    words, the last a part noun."""
    of = len(words) - (2 if words[-2:] == ["of", "the"] else 1)
    if of < 1 or words[of] != "of" or words[of - 1] not in lexicon.part_nouns:
        return words
    for start in range(of - 1, max(of - 6, -1), -1):
        if words[start] in lexicon.blame_verbs:
            return words[: start + 1]
    return words


def claimant(sentence: Span, lexicon: ActorLexicon) -> ActorMention | None:
    """The named group a sentence says claimed an act ("IS claimed the attack", "Al-Shabaab
    said it had targeted police officers"): the doer of the event told before it."""
    for m in find_actor_mentions(sentence, lexicon):
        if not (m.name or m.group):
            continue
        if CLAIM.match(sentence.doc.text[m.end : sentence.end_char]):
            return m
        if PLANTED_BY.search(sentence.doc.text[sentence.start_char : m.start]):
            return m  # "the device had been planted by JNIM": who set the bomb told before
        if NAMED_AS.search(sentence.doc.text[sentence.start_char : m.start]):
            return m  # "the attackers were fighters of JNIM": the unnamed side told before
    return None


def fire_source(sentence: Span, lexicon: ActorLexicon) -> ActorMention | None:
    """The armed side the sentence says fire came from ("the rounds came from RSF positions",
    "a rocket fired from government positions", "the shots came from the army"): the doer of
    the act it tells or told before; a government's positions are its forces'."""
    text, base = sentence.text, sentence.start_char  # the sentence's text, not the whole doc's
    for m in find_actor_mentions(sentence, lexicon):
        if kind_class(m.kind, lexicon) not in ("state", "armed", "authority"):
            continue
        if not FIRED_FROM_END.search(text[max(0, m.start - base - 80) : m.start - base]):
            continue
        return replace(m, kind=MILITARY) if kind_class(m.kind, lexicon) == "authority" else m
    return _state_positions(text, base)


def _state_positions(text: str, base: int) -> ActorMention | None:
    """ "fired from government positions": no actor word (a government's word before a noun
    names none), but the state's forces."""
    for fired in FIRED_FROM.finditer(text):
        held = STATE_POSITIONS.match(text, fired.end())
        if held is not None:
            return ActorMention(base + held.start(1), base + held.end(1), MILITARY)
    return None


# Fire, then a verb of coming or sending, then "from" right before the side ("the rounds came
# from", "a rocket fired from the", "the shelling came from the direction of the"). Our own
# pattern.
FIRED_FROM = re.compile(
    r"\b(?:fire|shots|shells?|rounds|rockets?|missiles?|bullets|gunfire|shelling|mortars?|"
    r"projectiles?|artillery|drones?)\s+(?:[\w-]+\s+){0,3}?(?:(?:had|has|have)\s+)?"
    r"(?:(?:been|was|were)\s+)?(?:came|come|comes|coming|fired|launched|originated)\s+"
    r"from\s+(?:(?:the|an?)\s+)?(?:direction\s+of\s+(?:the\s+)?)?",
    re.IGNORECASE,
)
FIRED_FROM_END = re.compile(FIRED_FROM.pattern + "$", re.IGNORECASE)  # right before the side
# The state's side named by a word before its ground ("government positions"). Our own.
STATE_POSITIONS = re.compile(
    r"(government|regime|pro-government)\s+(?:positions|lines|bases|posts|side|troops|forces)\b",
    re.IGNORECASE,
)


# Read on the words (sentences without an event cue carry no parse): the name, at most three
# words of its own ("Islamic State's Khorasan branch"), then a claim of an act.
CLAIM = re.compile(
    r"(?:['’]s)?(?:\s+[\w-]+){0,3}?\s+(?:has\s+|have\s+)?(?:(?:later\s+)?claimed\s+(?:"
    r"responsibility|credit|it\s*[.;]|"
    r"the\s+(?:[\w-]+\s+)?(?:attack|bombing|blast|killing|assault|strike|ambush|kidnapping|"
    r"abduction|explosion)s?)|said(?:\s+in\s+a\s+statement)?(?:\s+that)?\s+"
    r"(?:(?:it|they)\s+|(?:one\s+of\s+)?its\s+(?:[\w-]+\s+){1,2}?)(?:had\s+|has\s+|have\s+)?"
    r"(?:targeted|carried\s+out|attacked|struck|staged|launched|planted|detonated|set\s+off|"
    r"fired|killed|ambushed|bombed))(?!\w)",
    re.IGNORECASE,
)

# A bomb told before, said to have been set by a named group ("the mine had been planted by
# X", "the explosives were laid by X"): its doer. Our own pattern.
PLANTED_BY = re.compile(
    r"\b(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?(?:device|bomb|mine|landmine|explosive|ied|"
    r"charge)s?\s+(?:(?:had|has|have)\s+been|was|were)\s+(?:planted|laid|placed|hidden|"
    r"buried)\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# The unnamed attackers of an act told before, then named ("The attackers, who came on
# motorbikes, were fighters of X", "the gunmen were members of X"). Our own pattern.
NAMED_AS = re.compile(
    r"\b(?:the|these|those)\s+(?:attackers|assailants|gunmen|raiders|militants)\b[^.;]{0,80}?"
    r"\b(?:were|was)\s+(?:(?:fighters|members|militants|men)\s+(?:of|from)\s+)?(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)


def _main_and_assoc(actors: Sequence[Actor]) -> tuple[Actor | None, Actor | None]:
    if not actors:
        return None, None
    main = actors[0]
    assoc = next((a for a in actors[1:] if a.name != main.name), None)
    return main, assoc
