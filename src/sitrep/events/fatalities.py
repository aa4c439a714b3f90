"""Fatality counts: the lowest reported number of people killed, ACLED's rules for vague counts."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

from sitrep.events._lexicon import fold
from sitrep.events.knowledge import NumberLexicon
from sitrep.time import PRESENT_HAVE

T = TypeVar("T")  # what a toll is read from: a sentence's count or a draft

SKIP_ENTS = {"MONEY", "PERCENT", "ORDINAL"}
DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})*$|^\d+$")
MAX_DIGITS = 12  # a longer run of digits is no count (and int() of thousands of digits fails)
BEFORE_WINDOW = 6  # tokens between a count and the death word after it
LINKED_WINDOW = 12  # the same, when the parse ties the count to the death word
AFTER_WINDOW = 4  # tokens between a death word and the count after it ("killing at least 12")
RANGE_LINKS = {"to", "and", "-", "or"}
# How the parser attaches "dead" in "shot dead a man" (it varies with the words around it).
RESULT_DEPS = ("advmod", "oprd", "acomp")
ARTICLES = {"a", "an"}
LISTED_DETS = ARTICLES | {"the"}  # a person joined after the counted ("and the driver")
VAGUE_WORDS = {
    "several",
    "many",
    "some",
    "numerous",
    "scores",
    "dozens",
    "hundreds",
    "thousands",
}  # "a" counts as one only when the parse ties it to the death word


@dataclass(frozen=True)
class Count:
    value: int
    start: int  # token indices in the doc, [start, end)
    end: int


@dataclass(frozen=True)
class Fatalities:
    count: int
    start: int | None = None  # doc character offsets of the words behind the count
    end: int | None = None
    victim: str | None = None  # the noun the count counts ("soldiers"), when the parse says
    upper: bool = False  # an upper bound ("as many as 20"): another report's figure is lower
    source: str | None = None  # who gives the figure ("police"), when a reporting verb says
    vague: bool = False  # "dozens", "killed villagers": no figure of its own to dispute another's
    added: bool = False  # "two more died": dead besides a toll told before, not a retelling


def word_value(token: Token, numbers: NumberLexicon) -> int | None:
    """The value of one number token ("82", "1,200", "twenty-two", "dozens"), else None."""
    text = token.lower_
    if DIGITS.match(text):
        digits = text.replace(",", "")
        return int(digits) if len(digits) <= MAX_DIGITS else None
    if text in numbers.units:
        return numbers.units[text]
    if text in numbers.vague:
        return numbers.vague[text]
    if "-" in text:
        parts = text.split("-")
        if all(p in numbers.units for p in parts):
            return sum(numbers.units[p] for p in parts)
    return None


def find_counts(sentence: Span, numbers: NumberLexicon) -> list[Count]:
    """Counts in the sentence; a range keeps its lower bound; years and dates are skipped."""
    counts: list[Count] = []
    tokens = list(sentence)
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        value = word_value(tok, numbers)
        if value is None or _skipped_entity(tok) or _is_year(tok) or _dated(tok, numbers):
            i += 1
            continue
        if (
            _age(tokens, i, numbers)
            or _quoted_vague(tokens, i, numbers)
            or _clock(tokens, i, numbers)
        ):
            i += 1
            continue
        end = i + 1
        if _hyphen_units(tokens, end, value, numbers):  # "thirty - two" split by the tokenizer
            value += numbers.units[tokens[end + 1].lower_]
            end += 2
        while end < len(tokens) and tokens[end].lower_ in numbers.multipliers:
            value *= numbers.multipliers[tokens[end].lower_]
            end += 1
        if i > 0 and tokens[i - 1].lower_ in numbers.fractions:  # "half a dozen": 6
            value = int(value * numbers.fractions[tokens[i - 1].lower_])
        aside = i > 0 and tokens[i - 1].text in {
            ",",
            "(",
            "-",
            "–",
            "—",
        }  # ", two of them children,"
        told = aside and any(tokens[0].doc[c.start].lower_ not in ARTICLES for c in counts)
        told = told and not _share_of_hurt(tokens[0].doc, counts[-1], numbers)
        if _partitive(tokens, end, numbers) and (told or tok.lower_ in numbers.vague):
            i = end
            continue
        if counts and _is_range_end(tokens, counts[-1], i):
            i = end
            continue
        if value > numbers.largest_count:  # no toll: a serial number, a sum of money, noise
            i = end
            continue
        counts.append(Count(value, tok.i, tokens[end - 1].i + 1))
        i = end
    return counts


PERCENT_WORDS = ("%", "percent", "per cent")


def _skipped_entity(token: Token) -> bool:
    """A number of a sum of money, a share or a rank; a share only with its percent word (the
    tagger may take "at least 4 FANCI soldiers" for a percentage)."""
    if token.ent_type_ != "PERCENT":
        return token.ent_type_ in SKIP_ENTS
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    text = entity.text.lower() if entity is not None else token.lower_
    return any(word in text for word in PERCENT_WORDS)


def _age(tokens: list[Token], i: int, numbers: NumberLexicon) -> bool:
    """A bare number set off by commas after one person ("a Palestinian man, 37, was shot
    dead") or told as an age ("aged 41", "at the age of 30"): the person's age, no count."""
    tok = tokens[i]
    before = [t.lower_ for t in tokens[max(0, i - 2) : i]]
    if before and (before[-1] in numbers.age_words or before == ["age", "of"]):
        return tok.text.isdigit()
    if len(before) == 2 and before[1] == "of" and tok.text.isdigit() and 0 < int(tok.text) < 120:
        # "a man of 60", "a woman of 54": one person's age
        person = tokens[i - 2]
        return person.tag_ == "NN" and any(c.lower_ in ("a", "an") for c in person.children)
    if not tok.text.isdigit() or tok.dep_ != "appos" or tok.head.tag_ not in ("NN", "NNP"):
        return False
    inside = 0 < i < len(tokens) - 1
    return inside and tokens[i - 1].text == "," and tokens[i + 1].text in {",", ")"}


def _clock(tokens: list[Token], i: int, numbers: NumberLexicon) -> bool:
    """ "murdered at 1620 this afternoon": four digits after "at" that read as hours and minutes
    on the 24-hour clock, followed by a word of the day or the clause's end, tell when."""
    text = tokens[i].text
    if len(text) != 4 or not text.isdigit() or int(text[:2]) > 23 or int(text[2:]) > 59:
        return False
    if i == 0 or tokens[i - 1].lower_ != "at":
        return False
    return i + 1 == len(tokens) or tokens[i + 1].lower_ in numbers.clock_followers


QUOTES = {"'", '"', "‘", "’", "“", "”"}
QUOTED_REACH = 4  # tokens from a quoted vague figure to the quote's end ("'dozens of rebels'")


def _quoted_vague(tokens: list[Token], i: int, numbers: NumberLexicon) -> bool:
    """ "killed 'dozens' of soldiers": a vague figure a party is quoted giving is its claim,
    kept at a distance by the reporter; the most conservative count leaves it out."""
    if tokens[i].lower_ not in numbers.vague or not 0 < i < len(tokens) - 1:
        return False  # also a quote that opens on it: "killed 'dozens of terrorists'"
    closing = tokens[i + 1 : i + 1 + QUOTED_REACH]
    return tokens[i - 1].text in QUOTES and any(t.text in QUOTES for t in closing)


def _hyphen_units(tokens: list[Token], i: int, value: int, numbers: NumberLexicon) -> bool:
    if not (20 <= value <= 90 and value % 10 == 0) or i + 1 >= len(tokens):
        return False
    unit = numbers.units.get(tokens[i + 1].lower_)
    return tokens[i].text == "-" and unit is not None and 1 <= unit <= 9


def _dated(token: Token, numbers: NumberLexicon) -> bool:
    """A number beside a month, a time unit or a measure ("12 December", "3 hours"), also
    when a hyphen joins them ("a 71-year-old man", "a 12-hour siege": an age or a length)."""
    doc = token.doc
    after = token.i + 2 if token.i + 2 < len(doc) and doc[token.i + 1].text == "-" else token.i + 1
    near = [doc[j] for j in (token.i - 1, after) if 0 <= j < len(doc)]
    return any(t.lower_ in numbers.date_neighbours for t in near)


def _is_year(token: Token) -> bool:
    return token.text.isdigit() and len(token.text) == 4 and 1800 <= int(token.text) <= 2100


def _share_of_hurt(doc: Doc, told: Count, numbers: NumberLexicon) -> bool:
    """The count a share is set aside from counts the hurt ("wounding seven customers, one
    of whom died"): the share is no breakdown of a toll but its own dead."""
    before = doc[max(0, told.start - 2) : told.start]
    return any(t.lower_ in numbers.not_death_cues for t in before)


def _partitive(tokens: list[Token] | Doc, end: int, numbers: NumberLexicon) -> bool:
    """ "many of them", "two of whom": a share of people counted elsewhere (when set aside
    after a count told before it, or when vague; "killing three of them" and "nine were hurt
    and one of them died" are counts)."""
    return (
        end + 1 < len(tokens)
        and tokens[end].lower_ == "of"
        and tokens[end + 1].lower_ in numbers.partitive_words
    )


def running_total(cue: Token, numbers: NumberLexicon) -> bool:
    """A toll over a period, not of one event: "have been killed since 2015", "killed so far
    this year", "the number killed in the state this year"."""
    verb = _killing_verb(cue)
    for child in verb.children:
        word = child.lower_
        if child.dep_ in ("prep", "mark") and word == "since":
            return True
        if child.dep_ == "advcl" and any(  # "has killed thousands since the war began"
            m.dep_ == "mark" and m.lower_ == "since" for m in child.children
        ):
            return True
        if word in numbers.cumulative_words and child.dep_ in ("npadvmod", "advmod", "pobj"):
            if word in numbers.total_words:
                return True
            if any(d.lower_ in ("this", "last", "past", "previous") for d in child.children):
                return True
        if child.dep_ == "prep" and word in ("to", "in"):
            objects = [g.lower_ for g in child.children if g.dep_ == "pobj"]
            if "date" in objects or "total" in objects:
                return True
        if child.dep_ == "prep" and over_a_period(child, numbers):
            return True
    return _perfect(verb) and any(  # "have been abducted since May, and some have died"
        t.lower_ == "since" and t.dep_ in ("prep", "mark") and _perfect(t.head) for t in cue.sent
    )


PERIOD_PREPOSITIONS = {"in", "over", "during", "within", "throughout"}


def over_a_period(prep: Token, numbers: NumberLexicon) -> bool:
    """ "killed in the past decade", "over the last two years", "in recent months", "during
    the same period": a period's toll; not "in the last week of May", a date."""
    if prep.lower_ not in PERIOD_PREPOSITIONS:
        return False
    for period in (c for c in prep.children if c.dep_ == "pobj"):
        if period.lower_ not in numbers.period_nouns or any(
            c.lower_ == "of" for c in period.children
        ):
            continue
        if any(c.lower_ in numbers.period_openers for c in period.children):
            return True
        if period.lower_ in numbers.same_periods and _said_same(period):
            return True  # "during the same period": a span told before
    return False


def _said_same(noun: Token) -> bool:
    """ "the same period": the noun points back to a span told before."""
    return any(c.lower_ == "same" and c.dep_ == "amod" for c in noun.children)


def _perfect(verb: Token) -> bool:
    """Told in the perfect ("have been killed", "has died"): a tally up to now."""
    return any(c.dep_ == "aux" and c.lower_ in PRESENT_HAVE for c in verb.children)


def _earlier_killing(cue: Token, numbers: NumberLexicon) -> bool:
    """ "settlers rampaged ... after two settlers were shot dead", "after a man died in
    custody", "after pictures showing the bodies of two students spread": the toll of the
    death that came before, not of this event. Only a death told without its doer acting ("after
    gunmen killed two" may be the event's own act). The parse may hang a clause opening the
    sentence ("hours after X was killed, men looted ...") as the reported clause: the same."""
    verb = _killing_verb(cue)
    if verb.pos_ in ("VERB", "AUX"):
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        undone = passive or cue.lower_ in numbers.undone_deaths
        clause = verb
    else:  # a noun: "the bodies of two students", within the clause it hangs in
        undone = True
        clause = next((a for a in _ancestors(cue, 5) if a.dep_ in ("advcl", "ccomp")), cue)
    if not undone or clause.dep_ not in ("advcl", "ccomp") or _told_before(clause, numbers):
        return False
    return _after_clause(clause)


def _buried_alive(cue: Token, numbers: NumberLexicon) -> bool:
    """A burial word told of its own subject ("five people were buried under the rubble"):
    trapped, perhaps alive; only someone burying the dead tells a toll."""
    if cue.lower_ not in numbers.burial_cues:
        return False
    return not any(c.dep_ == "dobj" for c in cue.children)


def _accused_of(cue: Token, numbers: NumberLexicon) -> bool:
    """ "officers accused of beating a rider to death", "a man wanted for killing two": the
    killing someone is accused of came before; it is no toll of the event told."""
    verb = _killing_verb(cue)
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ not in ("of", "for", "with"):
        return False
    return prep.head.lower_ in numbers.accusing_words


def _after_clause(clause: Token) -> bool:
    """The clause opens with "after" or "since": it tells what came before."""
    return any(c.dep_ == "mark" and c.lower_ in ("after", "since") for c in clause.children)


def _shown_before(cue: Token, numbers: NumberLexicon) -> bool:
    """ "rioted after videos circulated showing traders being killed", "after a video spread
    showing two men being killed": the killing a picture showed before the event set it off."""
    shown = next(
        (a for a in _ancestors(_killing_verb(cue), 3) if a.lower_ in numbers.depiction_verbs),
        None,
    )
    if shown is None:
        return False
    for node in [shown, *_ancestors(shown, 3)]:
        if node.dep_ == "advcl" and _after_clause(node):
            return True
        if node.dep_ == "pobj" and node.head.lower_ in ("after", "following"):
            return True
    return False


def _told_before(clause: Token, numbers: NumberLexicon) -> bool:
    """ "police came after he had died", "after the victims were dead": the dead are the
    ones the event's own act killed, told again, not another death."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.pos_ == "PRON" or s.lower_ in numbers.told_victims for s in subjects)


def _dated_apart(cue: Token, numbers: NumberLexicon) -> bool:
    """ "the collapse of a canopy that killed 15 people in November", "the fighting earlier in
    the week that left 12 dead": a killing a relative clause, or the phrase it hangs on,
    dates to a month or day of its own is an earlier event, not this one's toll."""
    verb = _killing_verb(cue)
    if _free_participle(verb):
        return False  # "fired on protesters who had fled on 18 May, killing 23": the firing's
    clause = next((t for t in [verb, *verb.ancestors][:3] if t.dep_ == "relcl"), None)
    if clause is None:
        return False
    if any(
        (t.lower_ in numbers.dating_words or _is_year(t)) and t.i > clause.i for t in clause.subtree
    ):
        return True  # "the people it executed in 2014-2017": dated to a month or year apart
    # "follows fighting earlier in the week that left a dozen dead": the phrase the clause
    # hangs on dates the killing to another day
    antecedent = clause.head
    phrase = antecedent.head if antecedent.dep_ == "pobj" else antecedent
    inside = {t.i for t in clause.subtree}
    return any(t.lower_ in numbers.dating_words for t in phrase.subtree if t.i not in inside)


def _like_earlier(cue: Token, numbers: NumberLexicon) -> bool:
    """ "in March a similar attack left 18 people dead": a killing done by an event named as
    like this one, or as before it, is another event's toll."""
    verb = _killing_verb(cue)
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if cue.pos_ == "NOUN":
        doers.append(cue)
    return any(c.lower_ in numbers.earlier_words for d in doers for c in d.children)


def _free_participle(verb: Token) -> bool:
    """ ", killing 23 people" set off by a comma: the result of the sentence's act, which the
    parse may hang on the nearest verb, even one inside a relative clause ("opened fire on
    protesters who had fled on 18 May, killing 23": the firing killed them, not the flight)."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i == 0:
        return False
    return verb.doc[verb.i - 1].text == ","


def _measured_before(cue: Token, numbers: NumberLexicon) -> bool:
    """ "The attack came a week after shelling killed 20 people", "two days after gunmen
    had killed five": a killing dated a span of days or more before another act is an earlier
    event, whoever did it; its toll is not this event's."""
    verb = _killing_verb(cue)
    for node in [verb, *_ancestors(verb, 3)]:
        opener = node if node.lower_ in ("after", "since") else None
        opener = opener or next(
            (c for c in node.children if c.dep_ == "mark" and c.lower_ in ("after", "since")),
            None,
        )
        if opener is None:
            continue
        if _a_state(opener.head if opener is node else node.head):
            return False  # "the market was quiet, two days after gunmen killed 40": the news
        spans = [c for t in (opener, node) for c in t.children if c.dep_ == "npadvmod"]
        return any(c.lower_ in numbers.period_nouns or c.lower_ in numbers.day_nouns for c in spans)
    return False


def _a_state(clause: Token) -> bool:
    """A clause that tells how things stand ("was quiet"), not another act: its head is the
    copula itself (an auxiliary heads no clause of an act)."""
    return clause.pos_ == "AUX"


def _referred_killing(cue: Token, numbers: NumberLexicon) -> bool:
    """ "arrested in connection with the killing of a student": a killing referred to, told
    elsewhere, not a toll of this event."""
    first = cue  # "protesting over the allowances and the death of a rider": listed with
    while first.dep_ == "conj" and first.head.i != first.i:  # the object, referred to too
        first = first.head
    if cue.pos_ != "NOUN" or first.dep_ != "pobj" or cue.lower_ not in numbers.killing_nouns:
        return False  # "two children were among the dead" is a toll
    return any(c.dep_ in ("det", "poss") and c.lower_ != "a" for c in cue.children)


def _in_place_phrase(doc: Doc, count: Count, numbers: NumberLexicon) -> bool:
    noun = doc[count.end - 1].head
    return noun.dep_ == "pobj" and noun.head.lower_ in numbers.place_prepositions


def _is_range_end(tokens: list[Token], previous: Count, i: int) -> bool:
    """The second number of "between 10 and 15" or "10 to 15" (the lower one is kept)."""
    first = tokens[0].i
    gap = [t.lower_ for t in tokens[previous.end - first : i]]
    return 1 <= len(gap) <= 1 and gap[0] in RANGE_LINKS


def count_fatalities(sentence: Span, numbers: NumberLexicon) -> Fatalities:
    """The number killed reported in one sentence (0 if none)."""
    if numbers.zero_phrases is not None and numbers.zero_phrases.search(fold(sentence.text)):
        return Fatalities(0)
    if numbers.old_remains is not None and numbers.old_remains.search(fold(sentence.text)):
        return Fatalities(0)  # the remains of past killings are no toll of this event
    counts = find_counts(sentence, numbers)
    by_victim: dict[str | None, Fatalities] = {}
    told: list[Fatalities] = []  # the counts a reporting verb gives a source
    besides: list[Fatalities] = []  # dead told besides the others ("was also killed")
    for tok in sentence:
        euphemism = tok.lower_ in numbers.euphemisms
        if (tok.lower_ not in numbers.death_cues and not euphemism) or running_total(tok, numbers):
            continue
        if only_animals(tok, numbers):
            continue  # "killed cattle and goats": no people dead
        if _earlier_killing(tok, numbers) or _shown_before(tok, numbers):
            continue
        if _accused_of(tok, numbers) or _buried_alive(tok, numbers):
            continue
        if _referred_killing(tok, numbers) or _dated_apart(tok, numbers):
            continue
        if _like_earlier(tok, numbers) or _measured_before(tok, numbers):
            continue
        found = _count_for(tok, counts, sentence, numbers)
        if euphemism and (found is None or found.victim not in numbers.fighters):
            continue  # "neutralised two explosive devices": no one dead
        if found is None:
            continue
        sourced = found.count and not _tells_a_part(sentence, counts, numbers)
        found = replace(found, source=_source(tok, numbers) if sourced else None)
        found = replace(found, added=bool(found.count) and _told_besides(tok, found, numbers))
        if found.added:  # "a man was killed; his son was also killed": added below
            besides.append(found)
            continue
        held = by_victim.get(found.victim)
        if held is None or found.count > held.count:
            by_victim[found.victim] = found
        told += [found] if found.source is not None else []
    if not by_victim:
        return max(besides, key=lambda f: f.count, default=Fatalities(0))
    if besides:
        return _plus_besides(_sentence_toll(by_victim, told, numbers), besides, numbers)
    return _sentence_toll(by_victim, told, numbers)


def _plus_besides(
    toll: Fatalities, besides: list[Fatalities], numbers: NumberLexicon
) -> Fatalities:
    """The sentence's toll with the dead it tells besides it ("a farmer and his wife were
    killed; their son was also killed": 3); only those told after it ("two more were killed,
    bringing the toll to nine": the toll already holds them)."""
    after = toll.end if toll.end is not None else 0
    besides = [f for f in besides if f.start is not None and f.start >= after]
    total = min(toll.count + sum(f.count for f in besides), numbers.largest_count)
    ends = [f.end for f in (toll, *besides) if f.end is not None]
    return replace(toll, count=total, end=max(ends, default=toll.end))


def _sentence_toll(
    by_victim: dict[str | None, Fatalities], told: list[Fatalities], numbers: NumberLexicon
) -> Fatalities:
    """The sentence's toll from the counts of each victim noun and of each source."""
    disputed = least_of_sources(told, lambda f: f, numbers)
    if disputed is not None:
        return disputed
    best = max(by_victim.values(), key=lambda f: f.count)
    sides = [f for v, f in by_victim.items() if v is not None and v not in numbers.generic_victims]
    if len(sides) >= 2 and len(sides) == len(by_victim):
        # "three border guards were killed; two of their soldiers died": both sides' dead
        starts = [f.start for f in sides if f.start is not None]
        ends = [f.end for f in sides if f.end is not None]
        total = min(sum(f.count for f in sides), numbers.largest_count)
        return Fatalities(total, min(starts, default=None), max(ends, default=None))
    return best


def least_of_sources(
    tolls: Sequence[T], toll: Callable[[T], Fatalities], numbers: NumberLexicon
) -> T | None:
    """Two sources each giving a figure ("police confirmed three deaths; a community leader said
    16 people were killed"): the same dead told twice, and ACLED takes the most conservative
    figure (each source's highest, the lowest of those); unless each counts its own named side
    ("the army said it lost two soldiers; the rebels said nine fighters died"), which a battle
    adds up. A vague count ("dozens") gives no figure: the firm one of the other source stands.
    `toll` reads the count off each item (a sentence's count, or a draft's)."""
    by_source: dict[str, T] = {}
    for item in tolls:
        source = toll(item).source
        if source is None:
            continue
        held = by_source.setdefault(source, item)
        if toll(item).count > toll(held).count:
            by_source[source] = item
    told = list(by_source.values())
    if len(told) < 2 or _each_own_side([toll(t).victim for t in told], numbers):
        return None
    firm = [t for t in told if not toll(t).vague] or told
    return min(firm, key=lambda t: toll(t).count)


def _each_own_side(victims: list[str | None], numbers: NumberLexicon) -> bool:
    """Tolls that each count a different named group ("soldiers", "fighters"): the dead of
    two sides, not one toll told twice."""
    named = all(v is not None and v not in numbers.generic_victims for v in victims)
    return named and len(set(victims)) == len(victims)


def _source(cue: Token, numbers: NumberLexicon) -> str | None:
    """Who gives the toll a death word tells: the subject of the reporting verb it hangs on
    ("police confirmed three deaths", "a leader said 16 were killed"), within the stretch of
    the sentence between semicolons (the parse may hang one source's clause on the other's)."""
    stretch = _semicolon_stretch(cue)
    for verb in [cue, *_ancestors(cue, 6)]:
        if verb.i not in stretch or verb.lower_ not in numbers.source_verbs:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        if subjects:
            return subjects[0].lower_
    return None


ADDED_REACH = 2  # tokens before a count that may say it is more ("a further two")


def _told_besides(cue: Token, found: Fatalities, numbers: NumberLexicon) -> bool:
    """ "Two more died in hospital", "a further three bodies", "another soldier died", "a
    civilian was also killed": dead besides those told before, a toll to add, not retell."""
    verb = _killing_verb(cue)
    verbs = [verb, verb.head] if verb.pos_ != "VERB" else [verb]  # "too lost their lives"
    if any(
        c.dep_ == "advmod" and c.lower_ in numbers.also_words for v in verbs for c in v.children
    ):
        return True
    if found.start is None or found.end is None:
        return False
    doc = cue.doc
    told = [t for t in cue.sent if found.start <= t.idx < found.end]
    if not told:
        return False
    first = told[0].i
    words = [*doc[max(cue.sent.start, first - ADDED_REACH) : first], *told]
    return any(_adds(t, numbers) for t in words)


def _adds(token: Token, numbers: NumberLexicon) -> bool:
    """An additive word, but not a floor ("more than 20")."""
    if token.lower_ not in numbers.added_words:
        return False
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return after is None or after.lower_ != "than"


def _tells_a_part(sentence: Span, counts: list[Count], numbers: NumberLexicon) -> bool:
    """ "two of the dead were women", "two children were among those killed": a sentence that
    breaks a toll down gives no rival figure, whoever tells it."""
    doc = sentence.doc
    if any(t.lower_ in numbers.part_words for t in sentence):
        return True
    return any(c.end < sentence.end and doc[c.end].lower_ == "of" for c in counts)


def _semicolon_stretch(token: Token) -> range:
    sentence = token.sent
    start = max(
        (t.i + 1 for t in sentence if t.text == ";" and t.i < token.i), default=sentence.start
    )
    end = min((t.i for t in sentence if t.text == ";" and t.i > token.i), default=sentence.end)
    return range(start, end)


def only_animals(verb: Token, numbers: NumberLexicon) -> bool:
    """Every object the killing names is an animal ("killed cattle and domestic animals")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [o for first in list(objects) for o in first.conjuncts]
    return bool(objects) and all(o.lower_ in numbers.animals for o in objects)


def _count_for(
    cue: Token, counts: list[Count], sentence: Span, numbers: NumberLexicon
) -> Fatalities | None:
    doc = sentence.doc
    before = [  # farther only when the parse ties them ("46 people, mostly women, were killed")
        c
        for c in counts
        if c.end <= cue.i
        and (
            cue.i - c.end <= BEFORE_WINDOW
            or (cue.i - c.end <= LINKED_WINDOW and _linked(doc, c, cue))
            # "one of whom, a woman trader, died": the share's aside does not part them
            or (cue.i - c.end <= LINKED_WINDOW and _partitive(doc, c.end, numbers))
            or _subject_of(doc, c, cue)
        )
    ]
    before = [c for c in before if _clear(doc[_past_share(doc, c) : cue.i], numbers)]
    after: list[Count] = []
    if (
        cue.lower_ in numbers.count_after_cues | numbers.euphemisms
        or cue.dep_ in RESULT_DEPS
        or _lives_taken(cue, numbers)
    ):
        after = [c for c in counts if c.start > cue.i and c.start - cue.i <= AFTER_WINDOW]
        after = [c for c in after if _clear(doc[cue.i + 1 : c.start], numbers)]
        # "hacked to death and several houses burnt": past "and" the count is of another thing
        after = [c for c in after if not _across_and(doc, c, cue)]
        after = [c for c in after if not _followed_by_hurt(doc, c, numbers)]
        if cue.lower_ not in numbers.euphemisms:  # "put its losses at four soldiers"
            after = [c for c in after if not _in_place_phrase(doc, c, numbers)]
    distances = [(cue.i - c.end, c) for c in before] + [(c.start - cue.i, c) for c in after]
    # Ranked: tied to the death word in the parse first, then nearest.
    options = [
        (not _linked(doc, c, cue), d, c)
        for d, c in distances
        if not _doer(doc, c, cue, numbers) and not _breakdown(doc, c, counts)
    ]
    options = [o for o in options if not o[0] or doc[o[2].start].lower_ not in ARTICLES]
    if (
        cue.lower_ in numbers.remains_nouns
    ):  # "released 14 prisoners and exchanged the bodies of ...":
        options = [o for o in options if not o[0]]  # only a count of the bodies themselves
    if options:
        _, _, count = min(options, key=lambda o: (o[0], o[1]))
        joined = [c for c in _coordinated(doc, count, counts) if _same_side(c, count, cue)]
        start = min(count.start, cue.i, *(c.start for c in joined))
        end = max(count.end, cue.i + 1, *(c.end for c in joined))
        total = count.value + sum(c.value for c in joined) + _one_besides(doc, count, numbers)
        total += len(_named_besides(doc, count, counts, numbers))
        if doc[count.start].lower_ in ARTICLES and not joined:  # "a man, his son and a neighbour"
            listed = _people_listed(doc[count.start].head, numbers)
            total = max(total, len(listed))
            end = max([end, *(p.i + 1 for p in listed)])
        total = max(total, _numbered_list(_list_head(_counted_noun(doc, count)), cue, numbers))
        total = min(total, numbers.largest_count)
        victim = _victim(doc, count, cue)
        upper = _upper_bound(doc, count)
        vague = not joined and doc[count.start].lower_ in numbers.vague
        return Fatalities(
            total, doc[start].idx, _end_char(doc[end - 1]), victim, upper, None, vague
        )
    others = _toll_figure(cue, counts, numbers) or _one_and_others(cue, counts)
    if others is not None:
        return others
    antecedent = _counted_by_pronoun(cue, counts)
    if antecedent is not None:
        return antecedent
    victims = [  # a vague word as the object is a count, read (or set aside) above
        c
        for c in cue.children
        if c.dep_ in ("nsubjpass", "dobj") and c.tag_ == "NNS" and c.lower_ not in numbers.vague
    ]
    if victims and not any(c.dep_ == "nummod" for c in victims[0].children):
        start = min(victims[0].i, cue.i)
        end = max(victims[0].i, cue.i)
        return Fatalities(
            numbers.plural_unspecified, doc[start].idx, _end_char(doc[end]), vague=True
        )
    return _one_victim(cue, counts, numbers)


SINGULAR_PRONOUNS = {"he", "she", "him", "her", "himself", "herself"}
PLURAL_PRONOUNS = {"them", "they", "themselves"}
VICTIM_DEPS = ("dobj", "nsubjpass")


def _counted_by_pronoun(cue: Token, counts: list[Count]) -> Fatalities | None:
    """ "caught two men and beat them to death": the killing's victim is a plural pronoun
    for the counted object of the verb it is joined to, which holds the toll."""
    verb = _killing_verb(cue)
    if verb.dep_ != "conj" or not any(
        c.dep_ in VICTIM_DEPS and c.lower_ in PLURAL_PRONOUNS for c in verb.children
    ):
        return None
    doc = cue.doc
    objects = {c.i for c in verb.head.children if c.dep_ in VICTIM_DEPS}
    for count in counts:
        if count.end <= verb.i and _counted_noun(doc, count).i in objects:
            start, end = doc[count.start].idx, _end_char(cue)
            return Fatalities(count.value, start, end, _counted_noun(doc, count).lower_)
    return None


def _killing_verb(cue: Token) -> Token:
    """The verb a death word completes: "stabbed" of "stabbed to death", "shot" of "shot
    dead"; a killing verb is its own."""
    if cue.lower_ == "death" and cue.head.lower_ == "to" and cue.head.head.pos_ == "VERB":
        return cue.head.head
    if cue.dep_ in RESULT_DEPS and cue.head.pos_ in ("VERB", "AUX"):
        return cue.head
    return cue


def _one_victim(cue: Token, counts: list[Count], numbers: NumberLexicon) -> Fatalities | None:
    """One named victim of a killing with no number: "shot dead the shop owner", "a farmer
    was stabbed to death", "he died at the scene" count one each (ACLED's rule)."""
    if cue.lower_ not in numbers.one_each:
        return None
    verb = _killing_verb(cue)
    intransitive = cue.lower_ in numbers.dying_verbs or cue.lower_ == "dead"
    deps = (*VICTIM_DEPS, "nsubj") if intransitive else VICTIM_DEPS
    victims = [c for c in verb.children if c.dep_ in deps]
    if not victims:  # "beat to death and burned a student": the object of the joined verb
        victims = [c for v in verb.conjuncts for c in v.children if c.dep_ == "dobj"]
    if not victims and verb.dep_ == "conj":  # "a man was chased and beaten to death": the
        victims = [c for c in verb.head.children if c.dep_ == "nsubjpass"]  # shared subject
    for victim in victims:
        if any(c.start <= victim.i < c.end or c.start <= victim.i + 1 < c.end for c in counts):
            return None  # a number is given: the counts decide
        listed = _people_listed(victim, numbers)
        if listed:
            last = max(p.i for p in listed)
            start, end = min(victim.i, cue.i), max(last, cue.i)
            # a victim newly named ("a farmer") keeps the killing apart from another of the
            # same sentence ("hacked a farmer to death and shot dead two of his neighbours":
            # 3); "the victim", "the man" retell one already named
            new = any(c.dep_ == "det" and c.lower_ in ARTICLES for c in victim.children)
            named = victim.lower_ if new and victim.pos_ == "NOUN" else None
            doc = victim.doc
            return Fatalities(len(listed), doc[start].idx, _end_char(doc[end]), named)
    return None


def _people_listed(victim: Token, numbers: NumberLexicon) -> list[Token]:
    """The persons a killing names one by one, each counting one ("shot dead a man, his son
    and a neighbour"); an apposition counts only when it is itself a list (the parse hangs
    "his son and a neighbour" on "a man"), since "a man, a teacher" is one person."""
    members = [*_list_members(victim), *_joined_past_a_clause(victim)]
    if len(members) > 1 and all(_single(m, numbers) for m in members):
        return members
    return [victim] if _one_person(victim, numbers) else []


def _list_members(victim: Token) -> list[Token]:
    """The noun and those joined to it, with an apposition only when it is itself a list (the
    parse hangs "his son and a neighbour" on "a man"; "a man, a teacher" is one person)."""
    members = [victim, *victim.conjuncts]
    for appos in (c for c in victim.children if c.dep_ == "appos"):
        if appos.conjuncts:
            members += [appos, *appos.conjuncts]
    return members


def _joined_past_a_clause(victim: Token) -> list[Token]:
    """ "killing a guard who tried to stop him and a passer-by": the parse joins the newly named
    person to the pronoun ending the victim's relative clause, but a pronoun is someone told
    already; the person joined is the killing's second victim."""
    clauses = [c for c in victim.children if c.dep_ == "relcl"]
    if not clauses:
        return []
    # the parse hangs it on the pronoun, on a verb of the clause, or on the killing verb
    hosts = [t for c in clauses for t in c.subtree if t.pos_ in ("PRON", "VERB")]
    hosts += [victim.head] if victim.head.pos_ == "VERB" else []
    return [
        c
        for host in hosts
        for c in host.children
        if c.dep_ == "conj"
        and c.pos_ == "NOUN"
        and c.i > victim.i
        and any(d.dep_ == "det" and d.lower_ in ARTICLES for d in c.children)
    ]


def _numbered_list(victim: Token, cue: Token, numbers: NumberLexicon) -> int:
    """The people a list names with numbers among them ("killing a tribal chief, three of his
    sons and two herders": 1 + 3 + 2); 0 unless every member is one person or counted, on the
    death word's same side ("leaving nine soldiers dead, a nurse and two residents said": the
    residents are a source)."""
    if victim.lower_ in numbers.generic_victims:
        return 0  # "three people, two women and a child": a toll broken down, no list
    if _broken_down(victim, numbers):
        return 0  # "two residents, a man of 70 and his neighbour": the two, one by one
    members = _list_members(victim)
    sizes = [_member_size(m, numbers) for m in members]
    if len(members) < 3 or not all(sizes):
        return 0
    if len({m.i < cue.i for m in members}) > 1:
        return 0
    return sum(sizes)


def _broken_down(victim: Token, numbers: NumberLexicon) -> bool:
    """A counted noun whose apposition lists as many people as its count ("two residents, a
    man and his neighbour"): the same dead named one by one; a list that adds up to more is
    more people ("two soldiers, a nurse and three farmers")."""
    count = _member_size(victim, numbers)
    if not count or not any(c.dep_ == "nummod" for c in victim.children):
        return False
    for appos in (c for c in victim.children if c.dep_ == "appos" and c.conjuncts):
        sizes = [_member_size(m, numbers) for m in (appos, *appos.conjuncts)]
        if all(sizes) and sum(sizes) == count:
            return True
    return False


def _list_head(noun: Token) -> Token:
    """The first member of the list a noun is in (the parse joins later ones to earlier)."""
    for _ in range(4):
        if noun.dep_ not in ("conj", "appos") or noun.head.i == noun.i:
            break
        noun = noun.head
    return noun


def _member_size(member: Token, numbers: NumberLexicon) -> int:
    """How many people one member of a list is: a number ("three of his sons"), a counted
    noun ("two herders"), one person; 0 when it does not say."""
    if member.pos_ == "NUM":
        return word_value(member, numbers) or 0
    counts = [c for c in member.children if c.dep_ == "nummod" and c.lower_ not in VAGUE_WORDS]
    if counts:
        return word_value(counts[0], numbers) or 0
    return 1 if _single(member, numbers) else 0


def _single(noun: Token, numbers: NumberLexicon) -> bool:
    """One person, whatever it is listed with."""
    if noun.lower_ in SINGULAR_PRONOUNS:
        return True
    if noun.tag_ not in ("NN", "NNP") or noun.lower_ in numbers.collective_nouns:
        return False
    if any(c.dep_ == "nummod" for c in noun.children):
        return False
    return noun.ent_type_ in ("", "PERSON", "NORP") or noun.tag_ == "NN"


def _one_person(noun: Token, numbers: NumberLexicon) -> bool:
    if noun.lower_ in SINGULAR_PRONOUNS:
        return True  # "killing himself and five others"
    if any(c.dep_ == "conj" for c in noun.children):
        return False  # "a farmer and two sons": not one
    return _single(noun, numbers)


def _across_and(doc: Doc, count: Count, cue: Token) -> bool:
    """ "hacked to death and several houses burnt": past an "and" the count is of another
    thing, unless its noun is joined to the death word's own object ("killing himself and
    five others")."""
    if not any(t.dep_ == "cc" for t in doc[cue.i + 1 : count.start]):
        return False
    noun = doc[count.end - 1].head
    return not (noun.dep_ == "conj" and any(a.head == cue for a in noun.ancestors))


UPPER_WORDS = ("as many as", "up to")


def _upper_bound(doc: Doc, count: Count) -> bool:
    """ "as many as 20 people died": the highest figure a source gives, never the most
    conservative when another report gives one."""
    before = " ".join(t.lower_ for t in doc[max(0, count.start - 3) : count.start])
    return before.endswith(UPPER_WORDS)


def _one_besides(doc: Doc, count: Count, numbers: NumberLexicon) -> int:
    """1 for "killing himself and five others", "the mayor and three others": the one named
    before the others."""
    noun = doc[count.end - 1].head
    if noun.lower_ not in ("others", "other") or noun.dep_ != "conj":
        return 0
    return 1 if _one_person(noun.head, numbers) else 0


def _victim(doc: Doc, count: Count, cue: Token) -> str | None:
    """The noun a count counts: its head ("three guards"), or what it is a number of ("two
    of their soldiers")."""
    number = doc[count.end - 1]
    noun = number.head
    if noun.dep_ == "compound" and noun.head.i > noun.i:  # "4 FAMa soldiers": the soldiers
        noun = noun.head
    if noun.pos_ in ("NOUN", "PROPN") and noun.i != cue.i:
        return noun.lower_
    for prep in (c for c in number.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            return obj.lower_
    return None


def _toll_figure(cue: Token, counts: list[Count], numbers: NumberLexicon) -> Fatalities | None:
    """ "The death toll from the strike rose to 25", "put the number of fighters killed at
    11": the figure a toll verb gives its toll noun, however far from the death word."""
    path = [cue, *_ancestors(cue, 4)]
    verb = next((t for t in path if t.pos_ == "VERB" and t.lower_ in numbers.toll_verbs), None)
    if verb is None or not any(t.lower_ in numbers.toll_nouns for t in path[: path.index(verb)]):
        return None
    doc = cue.doc
    steps = path[: path.index(verb) + 1]
    for count in counts:
        number = doc[count.end - 1]
        goal = number.head == verb and number.dep_ in ("dobj", "attr")
        goal = goal or (
            number.dep_ == "pobj"
            and number.head.lower_ in ("to", "at")
            and number.head.head in steps
        )
        if goal:
            start, end = min(cue.i, count.start), max(cue.i, count.end - 1)
            return Fatalities(count.value, doc[start].idx, _end_char(doc[end]))
    return None


def _one_and_others(cue: Token, counts: list[Count]) -> Fatalities | None:
    """ "killed the governor and four other people": the one named plus the others."""
    doc = cue.doc
    for victim in (
        c
        for c in cue.children
        if c.dep_ == "dobj" and (c.tag_ in ("NN", "NNP") or c.lower_ in SINGULAR_PRONOUNS)
    ):
        # the parser may join "people" to the verb rather than to the first victim
        loose = [c for c in cue.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
        for partner in [*victim.conjuncts, *loose]:
            if not any(c.lower_ == "other" for c in partner.children):
                continue
            for count in counts:
                if doc[count.end - 1].head == partner and doc[count.start].lower_ not in ARTICLES:
                    end = _end_char(doc[max(partner.i, count.end - 1)])
                    return Fatalities(count.value + 1, cue.idx, end)
    return None


def _coordinated(doc: Doc, count: Count, counts: list[Count]) -> list[Count]:
    """Counts of nouns joined to the count's noun by "and" ("three soldiers and two
    civilians were killed"): the same killing, so their sum is its toll."""
    noun = _counted_noun(doc, count)
    if noun.pos_ not in ("NOUN", "PROPN", "NUM"):
        return []
    partners = set(noun.conjuncts) | _fellow_subjects(noun) | _partitive_partners(noun)
    return [  # a real number, not "a" ("killing three people, witnesses and a rights group said")
        c
        for c in counts
        if c is not count
        and _counted_noun(doc, c) in partners
        and doc[c.start].lower_ not in ARTICLES
        and (doc[c.end - 1].dep_ == "nummod" or _counted_noun(doc, c) == doc[c.end - 1])
        and doc[c.start].lower_ not in VAGUE_WORDS  # "one dead and several houses burnt"
    ]


def _named_besides(
    doc: Doc, count: Count, counts: list[Count], numbers: NumberLexicon
) -> list[Token]:
    """One person joined by "and" to the counted people and told by whose he is or by name
    ("eight guards and their driver were killed", "four soldiers and Captain Ali"): one more
    each (ACLED counts every named victim)."""
    noun = _counted_noun(doc, count)
    if noun.pos_ not in ("NOUN", "PROPN", "NUM"):
        return []
    numbered = [c for c in counts if doc[c.start].lower_ not in ARTICLES]  # "a chief": one named
    counted = {_counted_noun(doc, c) for c in numbered} | {doc[c.end - 1] for c in numbered}
    partners = (set(noun.conjuncts) | _fellow_subjects(noun)) - counted
    return [
        p
        for p in partners
        if _single(p, numbers)
        and p.lower_ not in numbers.animals
        and (p.ent_type_ == "PERSON" or _whose_or_new(p, noun))
    ]


def _whose_or_new(partner: Token, counted: Token) -> bool:
    """Told by whose he is ("their driver"), or newly named before the counted ("a village
    chief and two of his councillors were shot dead") or joined after it ("two policemen and
    a shopkeeper", "two guards and the driver of the van": a definite one in the list is one
    more person too): one person more."""
    if any(c.dep_ == "poss" for c in partner.children):
        return True
    new = any(c.dep_ == "det" and c.lower_ in ARTICLES for c in partner.children)
    named_after = any(c.dep_ == "det" and c.lower_ in LISTED_DETS for c in partner.children)
    if named_after and partner.i > counted.i:  # "killing two policemen and a shopkeeper"
        # only the list itself between them ("nine soldiers dead, a nurse and two residents
        # said": the nurse is a source)
        own = {t.i for t in partner.subtree}
        between = partner.doc[counted.i + 1 : partner.i]
        listed = all(t.i in own or t.dep_ in ("cc", "punct") for t in between)
        return listed and partner.dep_ == "conj" and partner.head.i == counted.i
    return new and partner.i < counted.i and partner.dep_ in SUBJECTS


def _same_side(one: Count, other: Count, cue: Token) -> bool:
    """Joined counts on either side of the death word belong to two phrases ("leaving nine
    soldiers dead, a nurse and two residents said": the residents are a source)."""
    return (one.start < cue.i) == (other.start < cue.i)


def _partitive_partners(number: Token) -> set[Token]:
    """Nouns the parse joined to the object of a counted "of" ("fourteen of the attackers and
    six soldiers died"): the second count's noun hangs on "attackers", not on "fourteen"."""
    if number.pos_ != "NUM":
        return set()
    objects = [o for c in number.children if c.lower_ == "of" for o in c.children]
    return {p for o in objects if o.dep_ == "pobj" for p in o.conjuncts}


SUBJECTS = ("nsubj", "nsubjpass")


def _counted_noun(doc: Doc, count: Count) -> Token:
    """The noun a count counts: its head ("seven soldiers"), or the number itself when it
    stands for the people ("four of the rebels were killed")."""
    number = doc[count.end - 1]
    of = any(c.lower_ == "of" for c in number.children)
    if of and number.dep_ in (*SUBJECTS, "conj", "dobj"):
        return number
    return number.head


def _fellow_subjects(noun: Token) -> set[Token]:
    """Subjects of the same verb joined by "and" that the parse left unlinked ("seven
    soldiers and four of the rebels were killed")."""
    if noun.dep_ not in SUBJECTS:
        return set()
    out = set()
    for other in noun.head.children:
        if other is noun or other.dep_ != noun.dep_:
            continue
        low, high = sorted((noun.i, other.i))
        if any(t.dep_ == "cc" for t in noun.doc[low:high]):
            out.add(other)
    return out


def _ancestors(token: Token, steps: int) -> list[Token]:
    out = []
    for _ in range(steps):
        if token.head == token:
            break
        token = token.head
        out.append(token)
    return out


def _linked(doc: Doc, count: Count, cue: Token) -> bool:
    """The count and the death word are tied in the parse ("12 people were killed")."""
    number = doc[count.end - 1]
    if cue in _ancestors(number, 3):
        return True
    if number.head in _ancestors(cue, 2) or number.head in cue.children:
        return True
    return cue.dep_ in RESULT_DEPS and number.head.head == cue.head  # "shot dead a man"


def _subject_of(doc: Doc, count: Count, cue: Token) -> bool:
    """The counted noun is the subject of the death word, however long the phrase between
    ("24 people, most of them soldiers waiting for a train, were killed"), or of the verb
    the death word is joined to ("three aid workers ... were ambushed and killed")."""
    noun = doc[count.end - 1]
    noun = noun if noun.pos_ in ("NOUN", "PROPN") else noun.head
    if noun.dep_ == "appos":  # "QUETTA, Nov 9 - At least 24 people ... were killed": the parse
        noun = noun.head  # takes a dateline's town for the subject and the count for its apposition
    if noun.dep_ not in ("nsubjpass", "nsubj"):
        return False
    if noun.head == cue and cue.pos_ == "VERB":
        return True
    verb = cue.head if cue.dep_ in RESULT_DEPS else cue  # "shot dead"
    first = verb.head if verb.dep_ == "conj" else None  # "were ambushed and shot dead"
    return first is not None and first.pos_ == "VERB" and verb.pos_ == "VERB" and noun.head == first


def _doer(doc: Doc, count: Count, cue: Token, numbers: NumberLexicon) -> bool:
    """The count belongs to the killer, not the killed ("a bomb killed ..."), or is the
    subject of a clause on the death word ("were killed when a suicide bomber rammed ...")."""
    noun = doc[count.end - 1].head
    if noun == cue:  # "6 fatalities; ...": a count of the death word itself is the toll
        return False
    verb = cue if cue.pos_ == "VERB" else cue.head
    if cue.lower_ == "lives" and verb.lower_ in numbers.life_losers:
        return False  # "six people lost their lives": the subject is the dead
    transitive = any(c.dep_ == "dobj" for c in verb.children)
    if transitive and noun.dep_ == "nsubj" and noun.head == verb:
        return True
    clause = noun.head
    return (
        count.start > cue.i
        and noun.dep_ == "nsubj"
        and clause.dep_ == "advcl"
        and clause.head == verb
        and any(c.dep_ == "mark" or c.tag_ == "WRB" for c in clause.children)  # "when", "as"
    )


def _breakdown(doc: Doc, count: Count, counts: list[Count]) -> bool:
    """A count in apposition to a counted noun breaks that toll down ("ten people, among them
    three children, were killed"): the toll is the head's count, not the part's."""
    noun = doc[count.end - 1].head
    if noun.dep_ != "appos":
        return False
    return any(c is not count and doc[c.end - 1].head == noun.head for c in counts)


def _clear(between: Span, numbers: NumberLexicon) -> bool:
    """Nothing between a count and its death word that says hurt, moved or another clause."""
    return not any(t.lower_ in numbers.not_death_cues or t.text in {";", ":"} for t in between)


def _past_share(doc: Doc, count: Count) -> int:
    """Where the words after a count begin, past a share's "of the wounded" ("two of the
    injured later died": the hurt are whom the dead are counted among, not another count)."""
    if count.end + 2 < len(doc) and doc[count.end].lower_ == "of":
        noun = next((c for c in doc[count.end].children if c.dep_ == "pobj"), None)
        if noun is not None and doc[count.end + 1].lower_ in ("the", "those"):
            return noun.i + 1
    return count.end


def _lives_taken(cue: Token, numbers: NumberLexicon) -> bool:
    """ "claimed the lives of nine people": the count follows "lives" when they are taken."""
    return cue.lower_ == "lives" and cue.dep_ == "dobj" and cue.head.lower_ in numbers.life_takers


def _followed_by_hurt(doc: Doc, count: Count, numbers: NumberLexicon) -> bool:
    window = doc[count.end : min(count.end + 3, len(doc))]
    for token in window:  # "left 3 wounded"; not "killed 3 people and wounded 5"
        if token.dep_ == "cc" or token.is_punct:
            return False
        describes = token.dep_ == "amod" and token.head.i > token.i  # "11 displaced people"
        if token.lower_ in numbers.not_death_cues and not describes:
            return True
    return False


def _end_char(token: Token) -> int:
    return token.idx + len(token.text)
