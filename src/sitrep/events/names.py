"""The people an article names, and who a partial naming stands for.

A coder reads a surname, or a name told without its first names, as the person the article
names in full ("Oqueli Colindres was kidnapped", "Oqueli's murder" -> "Hector Oqueli
Colindres"). The recogniser is no such reader on all-capitals wire copy: it may tag a name a
person in one sentence and an organisation in the next, or miss a first name it takes for a
common noun. So a naming is any run of name words, and it stands for the one fuller naming of
a person the article gives that ends with the same words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from sitrep.language import OPENING_WORDS, TITLES
from sitrep.model import Passage

Span_ = tuple[int, int]  # original character offsets

# entity labels whose words name no person (a surname is no town, date or nationality)
NOT_PERSONS = frozenset(
    {"GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY",
     "PERCENT"}
)  # fmt: skip


@dataclass(frozen=True)
class Person:
    """A naming of a person (original spans): the recognised name, and the name with the
    nouns told right before it (all-capitals wire text often hides a first name from the
    recogniser, which then sees "Oqueli Colindres" only, and reads "Hector" as a noun)."""

    words: tuple[str, ...]
    span: Span_
    full_words: tuple[str, ...]
    full_span: Span_


@dataclass(frozen=True)
class Naming:
    """A run of name words (original span), recognised as a person or not."""

    words: tuple[str, ...]
    span: Span_


@dataclass(frozen=True)
class Namings:
    """Every naming of a person the article gives, and every run of name words, in order."""

    people: tuple[Person, ...]
    namings: tuple[Naming, ...]


def _before_name(token: Token, text: str) -> bool:
    """A word told right before a recognised name that may belong to it: a proper noun, or a
    noun written in capitals (the parse reads true-cased text, where an unknown first name in
    capitals may become a common noun); in a sentence left unparsed, a word true-casing
    capitalised (no English word: "determine", "cowardly" are no first names)."""
    written = text[token.idx : token.idx + len(token.text)]
    if not token.pos_:
        return token.is_alpha and not token.is_stop and token.text[0].isupper()
    return token.pos_ == "PROPN" or (token.pos_ == "NOUN" and written.isupper())


def _name_word(token: Token, surnames: frozenset[str]) -> bool:
    """A word that may be a name: capitalised in the text the parse reads (true-casing leaves
    English words of shouted copy in lower case), or a word of a person's name the article
    gives in full ("Galan" after "Luis Carlos Galan") told without an article; not a
    sentence's opening word nor a function word, nor part of a place, date or number."""
    opening = token.doc.user_data.get(OPENING_WORDS, ())
    capitalised = token.text[0].isupper() and token.idx not in opening
    after_article = token.i > 0 and token.doc[token.i - 1].lower_ in ARTICLES
    known = token.lower_ in surnames and not after_article
    return (
        token.is_alpha
        and len(token.text) > 1
        and (capitalised or known)
        and not token.is_stop
        and token.ent_type_ not in NOT_PERSONS
    )


ARTICLES = frozenset({"the", "a", "an", "this", "that", "these", "those"})


def _a_person(entity: Span, recognised: set[tuple[str, ...]]) -> bool:
    words = tuple(t.lower_ for t in entity if t.is_alpha)
    return entity.label_ == "PERSON" or (entity.label_ not in NOT_PERSONS and words in recognised)


def article_namings(passages: Sequence[Passage], docs: Sequence[Doc]) -> Namings:
    """The article's namings of people and its runs of name words."""
    people: list[Person] = []
    namings: list[Naming] = []
    recognised = {
        tuple(t.lower_ for t in e if t.is_alpha)
        for d in docs
        for e in d.ents
        if e.label_ == "PERSON"
    }
    for passage, doc in zip(passages, docs, strict=True):
        # the same words are the same person throughout, whatever the recogniser tags them
        # elsewhere ("Oqueli Colindres" a person in one sentence, an organisation in the next)
        for e in (e for e in doc.ents if _a_person(e, recognised)):
            first = e.start
            while first > max(e.start - 3, 0) and _before_name(doc[first - 1], passage.text):
                first -= 1
            people.append(
                Person(
                    tuple(t.lower_ for t in e if t.is_alpha),
                    passage.original_span(e.start_char, e.end_char),
                    tuple(t.lower_ for t in doc[first : e.end] if t.is_alpha),
                    passage.original_span(doc[first].idx, e.end_char),
                )
            )
    # the words of the names recognised in full: "Galan" may be an English word to true-casing
    surnames = frozenset(w for p in people if len(p.words) > 1 for w in p.words)
    for passage, doc in zip(passages, docs, strict=True):
        run: list[Token] = []
        for token in [*doc, None]:
            named = token is not None and _name_word(token, surnames)
            if token is not None and named and (not run or token.i == run[-1].i + 1):
                run.append(token)
                continue
            if run:
                start, end = run[0].idx, run[-1].idx + len(run[-1].text)
                span = passage.original_span(start, end)
                namings.append(Naming(tuple(t.lower_ for t in run), span))
            run = [token] if token is not None and named else []
    return Namings(tuple(people), tuple(namings))


def fuller_naming(words: tuple[str, ...], namings: Namings) -> Span_ | None:
    """The fullest naming of the one person whose name ends with `words`, when the article
    gives a fuller one; none when two people share those words ("Jose Antonio Marquez" and
    "Miguel Maza Marquez": "Marquez" names neither)."""
    n = len(words)
    if not n:
        return None
    longer = [p for p in namings.people if len(p.full_words) > n and p.full_words[-n:] == words]
    if not longer:
        return None
    given = {p.words[-n - 1] for p in longer if len(p.words) > n and p.words[-n:] == words}
    if len(given) > 1:
        return None
    # the fullest naming ("Carlos Ernesto Valencia" over "Judge Valencia"), the first of
    # equals: max keeps the first
    return max(longer, key=lambda p: len(p.full_words)).full_span


def _untitled(words: tuple[str, ...]) -> tuple[str, ...]:
    """A run of name words without the titles it opens with ("Col Franklin Quintero")."""
    while len(words) > 1 and words[0] in TITLES:
        words = words[1:]
    return words


def named_in_full(spans: Sequence[Span_], namings: Namings) -> tuple[Span_, ...]:
    """The fuller namings of the people `spans` name in part (a recognised name inside a
    span, or a run of name words inside it), told outside them, in order of the spans."""
    full: list[Span_] = []
    for start, end in spans:
        told = [p.words for p in namings.people if start <= p.span[0] and p.span[1] <= end]
        told += [n.words for n in namings.namings if start <= n.span[0] and n.span[1] <= end]
        for words in dict.fromkeys(told):
            found = fuller_naming(_untitled(words), namings)
            inside = found is not None and start <= found[0] and found[1] <= end
            if found is not None and not inside and found not in full:
                full.append(found)
    return tuple(full)
