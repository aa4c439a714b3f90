"""The story's countries: evidence of where an article happens, read before names resolve.

Peoples named ("Lebanese troops" -> Lebanon), news agencies ("SANA" -> Syria; never a
place themselves) and hints from the caller (the countries of the actors the article names)
each vote for a country. The resolver adds the places it resolves to these votes, so that an
ambiguous name ("Tripoli") goes to the country the story is about.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from sitrep.language import was_shouted
from sitrep.places._lexicon import Lexicon
from sitrep.places._normalize import name_key

PEOPLE_VOTE = 0.5  # a country's vote for each (square-rooted) mention of its people
AGENCY_VOTE = 0.5  # and for each agency of that country the article cites
HINT_VOTE = 0.5  # and for each of the caller's hints (an actor of that country)
AGENCY_WORDS = ("news agency", "agency", "news")

Span_ = tuple[int, int]


@dataclass(frozen=True)
class Story:
    """Country votes before any place is resolved, and the spans that are no places."""

    votes: Mapping[str, float] = field(default_factory=dict)  # country code -> weight
    agencies: Mapping[int, tuple[Span_, ...]] = field(default_factory=dict)  # passage -> spans
    # countries whose armed forces act in the story ("Lebanese soldiers", an actor's country):
    # forces mostly fight at home, so their country is strong evidence for ambiguous names
    forces: frozenset[str] = frozenset()


def read_story(
    texts: Sequence[str],
    docs: Sequence[Doc],
    lexicon: Lexicon,
    demonyms: Mapping[str, str],
    hints: Mapping[str, int] | None = None,
    countries: Mapping[str, str] | None = None,
) -> Story:
    """The votes of an article's peoples, agencies, forces named for their country
    (`countries`: name key -> code) and `hints` (country code -> how many mentions of actors
    from that country)."""
    counts: dict[str, float] = defaultdict(float)
    forces = set(hints or {})
    for cc, armed in peoples(texts, docs, demonyms, lexicon):
        counts[cc] += PEOPLE_VOTE**2
        if armed:
            forces.add(cc)
    for cc in named_forces(docs, countries or {}, lexicon):
        counts[cc] += PEOPLE_VOTE**2
        forces.add(cc)
    agencies: dict[int, tuple[Span_, ...]] = {}
    for index, (text, doc) in enumerate(zip(texts, docs, strict=True)):
        found = agency_names(text, doc, lexicon)
        agencies[index] = tuple((start, end) for start, end, _ in found)
        for *_, cc in found:
            counts[cc] += AGENCY_VOTE**2
    for cc, n in (hints or {}).items():
        counts[cc] += n * HINT_VOTE**2
    # each source's weight grows with the square root of its mentions, as places' do
    votes = {cc: w**0.5 for cc, w in counts.items() if w > 0}
    return Story(votes, agencies, frozenset(forces))


def peoples(
    texts: Sequence[str], docs: Sequence[Doc], demonyms: Mapping[str, str], lexicon: Lexicon
) -> list[tuple[str, bool]]:
    """The country of each people named ("Lebanese", "Iraqis", "South Sudanese"), and whether
    the word names that country's forces or a place in it ("Lebanese soldiers", "the Lebanese
    city of Tripoli"). In copy that was all capitals, where spaCy finds few peoples, every
    word that is a people's name counts."""
    out = []
    for text, doc in zip(texts, docs, strict=True):
        spans = [(e.start, e.end) for e in doc.ents if e.label_ == "NORP"]
        if was_shouted(text, doc):  # the language stage lower-cased shouted copy
            spans += [(t.i, t.i + 1) for t in doc if t.is_alpha and t.ent_type_ != "NORP"]
        for start, end in spans:
            cc = _people(name_key(doc[start:end].text), demonyms)
            if cc:
                following = {t.lower_ for t in doc[end : end + 2]}
                out.append((cc, bool(following & (lexicon.force_nouns | lexicon.place_nouns))))
    return out


# words after a country's name that may hold its force noun ("Uganda People's Defence Forces")
FORCE_REACH = 4


def named_forces(docs: Sequence[Doc], countries: Mapping[str, str], lexicon: Lexicon) -> list[str]:
    """The country of each force named for it as an organisation ("the Kenya Defence
    Forces", "the Mali Army"): the model calls the name an organisation, so the country's
    name in it is no place mention, yet its forces mostly act at home."""
    out = []
    for doc in docs:
        for ent in doc.ents:
            if ent.label_ != "ORG":
                continue
            words = [t for t in ent if t.lower_ != "the"]
            for size in range(min(3, len(words) - 1), 0, -1):
                cc = countries.get(name_key(" ".join(t.text for t in words[:size])))
                rest = {t.lower_ for t in words[size : size + FORCE_REACH]}
                if cc and rest & lexicon.force_nouns:
                    out.append(cc)
                    break
    return out


def _people(key: str, demonyms: Mapping[str, str]) -> str | None:
    return demonyms.get(key) or (demonyms.get(key[:-1]) if key.endswith("s") else None)


def agency_names(text: str, doc: Doc, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """(start, end, country) of each news agency's name: an all-capitals name anywhere
    ("SANA"), a name that is also a word or place ("Saba", "Petra") only beside "news agency"
    or alone in brackets."""
    out = []
    shouted = was_shouted(text, doc)
    for match in lexicon.agency_pattern.finditer(text):
        span = doc.char_span(match.start(), match.end())
        if span is None or len(span) != 1:
            continue
        token, word = span[0], match.group()
        cc = lexicon.agencies.get(word) or (
            lexicon.agencies.get(word.capitalize()) if shouted else None
        )
        if cc is None:
            continue
        capitals = word.isupper() and len(word) > 1 and not shouted
        if capitals or _named_as_agency(token) or _bracketed(token):
            out.append((token.idx, token.idx + len(token), cc))
    return out


def _named_as_agency(token: Token) -> bool:
    """ "Saba news agency", "the state agency Petra", "Fars reported" is not enough."""
    doc = token.doc
    after = " ".join(t.lower_ for t in doc[token.i + 1 : token.i + 3])
    before = " ".join(t.lower_ for t in doc[max(0, token.i - 3) : token.i])
    return after.startswith(AGENCY_WORDS) or before.endswith(("agency", "news agency"))


def _bracketed(token: Token) -> bool:
    """ "(Petra)", "(SANA)": a source credit after a dateline or a quote."""
    doc = token.doc
    i = token.i
    return 0 < i < len(doc) - 1 and doc[i - 1].text == "(" and doc[i + 1].text == ")"
