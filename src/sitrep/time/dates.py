"""Event dates: which of the article's time expressions dates a candidate event."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from sitrep.model import Passage, PassageKind, TimeExpr, TimePrecision
from sitrep.time._tokens import SUBJECT_DEPS, is_function_word, is_verb
from sitrep.time._words import CLAIM_VERBS, END_VERBS, ONSET_VERBS, REPORT_VERBS, TERM_OPENERS
from sitrep.time.anchor import Anchor

_UNDATING = frozenset({"duration", "dateline"})  # these never date an event by themselves
_LOOK_BACK = 2  # sentences of the same paragraph a narrative keeps its date over


@dataclass(frozen=True)
class EventDate:
    date: str | None
    precision: int | None
    evidence: TimeExpr | None = None  # the expression it came from, if any


@dataclass(frozen=True)
class When:
    """One date of a candidate event, with its evidence span (original offsets)."""

    date: str | None
    precision: int | None
    span: tuple[int, int]
    explicit: bool  # the expression sits in the event's own sentence
    first: str | None = None  # the period the date stands for, when it is coarse
    last: str | None = None
    reported: bool = False  # the day is the report's ("said on Monday"), the best there is


@dataclass(frozen=True)
class Placed:
    """A time expression found back among a sentence's tokens."""

    expr: TimeExpr
    tokens: tuple[Token, ...]

    @property
    def root(self) -> Token:
        inside = set(t.i for t in self.tokens)
        for tok in self.tokens:
            if tok.head.i not in inside or tok.head.i == tok.i:
                return tok
        return self.tokens[0]


def event_date(
    passage: Passage,
    sentence: Span,
    trigger: Token | Span,
    times: Sequence[TimeExpr],
    anchor: Anchor,
) -> EventDate:
    """The date of the event at `trigger`, trying in turn: the sentence's time that governs it
    (closest in the tree), a caption's date, a day the sentence's main clause names ("today"),
    the narrative's date (previous sentences of the paragraph), the dateline's day for a wire
    story's headline and lead (unless told in the perfect: "have been killed" is recent, not
    that day), and last the anchor (precision 2: "in recent days").

    An act a claim takes up ("the group claimed the raid"), or one told in the perfect under
    a report's day ("said on Tuesday its raid had killed 40"), keeps the day the story told
    it on before, when there is one: the claim's or report's day is later.

    A happened event never postdates its report: a date after the anchor gives way to the
    anchor (see `not_after_anchor`).
    """
    return not_after_anchor(_event_date(passage, sentence, trigger, times, anchor), anchor)


def event_dates(
    passage: Passage,
    sentence: Span,
    token: Token,
    times: Sequence[TimeExpr],
    anchor: Anchor,
    original: str,
) -> list[When]:
    """One date per day the sentence gives the event ("on Monday and Tuesday": two), else the
    one `event_date` finds; with no expression at all, the document's date rests on the
    sentence itself."""
    sent_span = passage.original_span(sentence.start_char, sentence.end_char)
    days = [
        t
        for t in times
        if t.start >= sent_span[0]
        and t.end <= sent_span[1]
        and t.precision == 1
        and t.kind == "date"
    ]
    if len(days) > 1 and _coordinated(days, original):
        return [When(t.date, t.precision, (t.start, t.end), True, t.first, t.last) for t in days]
    # never after the anchor: `event_date` keeps a reported event before its report
    found = event_date(passage, sentence, token, times, anchor)
    if found.evidence is not None:
        ev = found.evidence
        explicit = ev.start >= sent_span[0] and ev.end <= sent_span[1]
        reported = explicit and _report_day(passage, sentence, times, ev)
        span = (ev.start, ev.end)
        return [When(found.date, found.precision, span, explicit, ev.first, ev.last, reported)]
    return [When(found.date, found.precision, sent_span, False)]


def _report_day(
    passage: Passage, sentence: Span, times: Sequence[TimeExpr], expr: TimeExpr
) -> bool:
    """The day is the report's ("troops have retaken the town, a spokesman said on Monday"):
    the best there is for the event, but not its own."""
    return any(p.expr is expr and _dates_speech(p) for p in times_in(passage, sentence, times))


def _coordinated(times: list[TimeExpr], original: str) -> bool:
    """Days joined by "and", a comma or "or" ("on Monday and Tuesday")."""
    ordered = sorted(times, key=lambda t: t.start)
    gaps = [
        original[a.end : b.start].strip().lower()
        for a, b in zip(ordered, ordered[1:], strict=False)
    ]
    return all(g in {"and", ",", ", and", "and on", "or"} for g in gaps)


def not_after_anchor(found: EventDate, anchor: Anchor) -> EventDate:
    """A date after the anchor ("in the coming days", a misread year) is not the day of a
    reported event: the anchor's month (precision 3) when the expression only named a month or
    more, else the anchor with precision 2."""
    if anchor.date is None or found.date is None or found.date[:10] <= anchor.date[:10]:
        return found
    month_level = found.precision == TimePrecision.MONTH
    return EventDate(anchor.date, TimePrecision.MONTH if month_level else TimePrecision.WEEK)


def _event_date(
    passage: Passage,
    sentence: Span,
    trigger: Token | Span,
    times: Sequence[TimeExpr],
    anchor: Anchor,
) -> EventDate:
    token = trigger.root if isinstance(trigger, Span) else trigger
    placed = governing_time(passage, sentence, token, times)
    if _claimed(token) and not (placed and _on_trigger(placed, token)):
        act = _narrative_time(passage, sentence, times)  # the act's day, told before the claim
        if act is not None and (placed is None or _earlier(act, placed.expr)):
            return _from(act)
    if placed is not None:
        return _from(placed.expr)
    if passage.kind == PassageKind.CAPTION and passage.date:
        return EventDate(passage.date, TimePrecision.DAY)
    named = _sentence_day(passage, sentence, times, token)
    if named is not None and _perfect(token) and _report_day(passage, sentence, times, named):
        act = _told_act_day(passage, sentence, times)
        if act is not None and _earlier(act, named):
            return _from(act)
    named = named or _report_month(passage, sentence, times)  # "In January, X reported"
    if named is not None:
        return _from(named)
    carried = _narrative_time(passage, sentence, times)
    if carried is not None:
        return _from(carried)
    if passage.kind == PassageKind.TITLE and (told := _lead_day(passage, times)) is not None:
        return _from(told)
    if _perfect(token) and (told := _next_day(passage, sentence, times)) is not None:
        return _from(told)
    lead = _wire_lead_day(passage, sentence, times)
    if lead is not None and not _perfect(token):
        named = _any_day(passage, sentence, times)
        if named is not None:  # the lead's own day, though the parse hung it on a noun
            return _from(named)
        return EventDate(lead.date, TimePrecision.DAY, lead)
    if anchor.date is None:
        return EventDate(None, None)
    return EventDate(anchor.date, TimePrecision.WEEK)  # "in recent days"-like vagueness


def _told_act_day(passage: Passage, sentence: Span, times: Sequence[TimeExpr]) -> TimeExpr | None:
    """The day of an act a report tells in the perfect ("the army said on Tuesday its raid had
    killed 40", "troops have retaken the town, the army said on Thursday"): the day the story
    told it on before, else the one day the next sentence gives it ("they entered it on
    Tuesday"): a perfect lead under a report's day is told in detail next; else the day the
    fighting it followed ended ("have retaken X after fighting that ended on Tuesday")."""
    return (
        _narrative_time(passage, sentence, times)
        or _next_day(passage, sentence, times)
        or _day_it_ended(passage, sentence, times)
    )


def _day_it_ended(passage: Passage, sentence: Span, times: Sequence[TimeExpr]) -> TimeExpr | None:
    """The one day the sentence hangs on a verb of ending ("after fighting that began on Monday
    and ended on Tuesday"): what came of the fighting came that day."""
    days = {
        p.expr.date: p.expr
        for p in times_in(passage, sentence, times)
        if p.expr.precision == TimePrecision.DAY
        and p.expr.kind not in _UNDATING
        and (governor := _governor(p)) is not None
        and governor.lower_ in END_VERBS
    }
    return next(iter(days.values())) if len(days) == 1 else None


def _claimed(token: Token) -> bool:
    """The act a claim takes up ("the group claimed the assault", "a statement claiming the
    arson", "claimed responsibility for the attack"): a day on the claim is the claim's. Not
    the subject of "claimed" ("a car bomb claimed 12 lives"): that claim is the act's toll."""
    node = token
    for _ in range(_CLAIM_REACH):
        if node.head.i == node.i:
            return False
        below, node = node, node.head
        if is_verb(node):
            own_claim = node.lower_ in CLAIM_VERBS and below.dep_ not in SUBJECT_DEPS
            return own_claim or _claims_content(node, below)
    return False


def _claims_content(verb: Token, subject: Token) -> bool:
    """ "a statement claiming the arson was the group's work", "claimed the attack was revenge":
    the act is the subject of what the claim says; the parse may even read "claiming the arson
    was sent" so. The claim's day is not the act's."""
    return subject.dep_ in SUBJECT_DEPS and verb.dep_ == "ccomp" and verb.head.lower_ in CLAIM_VERBS


_CLAIM_REACH = 3  # "claimed" -> "responsibility" -> "for" -> "attack"


def _on_trigger(placed: Placed, token: Token) -> bool:
    """The time sits on the trigger itself or below it ("claimed Sunday's attack")."""
    governor = _governor(placed)
    return governor is not None and (governor.i == token.i or token in governor.ancestors)


def _earlier(a: TimeExpr, b: TimeExpr) -> bool:
    return bool(a.date and b.date and a.date[:10] < b.date[:10])


def _perfect(token: Token) -> bool:
    """ "have been killed", "had fled": the perfect says "recently" or "before", not the day."""
    verb = token if is_verb(token) else next((a for a in token.ancestors if is_verb(a)), None)
    return verb is not None and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have", "had", "'ve", "'d")
        for c in verb.children
    )


def _from(expr: TimeExpr) -> EventDate:
    return EventDate(expr.date, expr.precision, expr)


def _sentence_day(
    passage: Passage, sentence: Span, times: Sequence[TimeExpr], token: Token | None = None
) -> TimeExpr | None:
    """The one day the sentence's main clause names though not on the trigger's branch
    ("Today, officials said, gunmen ...", "this morning"), or the told clause of a report
    ("gunmen stormed a village on Sunday and killed 17, police said, adding that houses were
    burned"). A day in a clause about a noun ("people who arrived today") dates that clause's
    own act, not the event; so does the day a fight broke out on, told about the noun of what
    the event's doers fled or followed (`_onset_of_other`)."""
    days = [
        p
        for p in times_in(passage, sentence, times)
        if p.expr.kind not in _UNDATING
        and p.expr.precision == TimePrecision.DAY
        and not _opens_a_term(p)
    ]
    # what the report tells, not a day counted back from it in a noun's clause ("fighters
    # who had overrun it two days earlier": that clause's earlier act)
    told = [p for p in days if not _dates_speech(p) and not _counted_back_in_clause(p)]
    if len(told) < len(days):  # "said on Wednesday that militiamen had raped women ... on Monday"
        other = {p.expr.date: p.expr for p in told}
        if len(other) == 1:
            return next(iter(other.values()))
        said = {p.expr.date: p.expr for p in days if _dates_speech(p)}
        if not told and len(said) > 1:  # the parse hung both days on "said": the event's
            return min(said.values(), key=lambda e: e.date or "")  # comes before the report
    main = {p.expr.date: p.expr for p in days if _dates_told_clause(p)}
    if not main:  # the one day of a participle on a noun ("missiles fired by rebels late on
        # Sunday"); not of a relative clause's own act ("men who had fled on Sunday")
        main = {
            p.expr.date: p.expr
            for p in days
            if not (_in_relative_clause(p) or _onset_of_other(p, token))
        }
    return next(iter(main.values())) if len(main) == 1 else None


def _opens_a_term(placed: Placed) -> bool:
    """ "ordered lorries off the roads from Wednesday", "stay indoors starting Saturday": a
    day a measure starts or ends dates no act; the act is its announcement (a range "from
    Monday to Wednesday" is no such term)."""
    if placed.expr.kind not in ("date", "relative"):
        return False
    if any(t.tag_ == "POS" for t in placed.tokens):
        return False  # "from Saturday's strike": the day owns the act, no term
    first = placed.tokens[0]
    before = first.doc[first.i - 1].lower_ + " " if first.i > first.sent.start else ""
    return (before + placed.expr.text.lower()).startswith(TERM_OPENERS) or (
        placed.expr.text.lower().startswith(TERM_OPENERS)
    )


def _report_month(passage: Passage, sentence: Span, times: Sequence[TimeExpr]) -> TimeExpr | None:
    """ "In January, the group reported the killing of dozens": the one month or week a
    sentence gives is its report's, and what it reports happened by then; not the day the
    sentence before told of another act."""
    said = {
        p.expr.date: p.expr
        for p in times_in(passage, sentence, times)
        if p.expr.kind not in _UNDATING
        and p.expr.precision != TimePrecision.DAY
        and _dates_speech(p)
        and _dates_told_clause(p)
    }
    return next(iter(said.values())) if len(said) == 1 else None


def _dates_speech(placed: Placed) -> bool:
    """The day a report was made ("said on Wednesday", "in a statement on Friday"), not the
    day of what it reports."""
    if _after_speech_verb(placed) or _after_statement(placed):
        return True
    governor = _governor(placed)
    if governor is None:
        return False
    if governor.lower_ in REPORT_VERBS:
        return True
    if governor.dep_ == "acl" and governor.head.lower_ in STATEMENTS:
        return True  # "in a statement read on television on Sunday": the statement's day
    # "said in a statement on Friday": the day hangs on the statement
    return governor.lower_ in STATEMENTS and any(
        a.lower_ in REPORT_VERBS for a in governor.ancestors
    )


STATEMENTS = frozenset({"statement", "briefing", "interview", "communique", "communiqué"})


def _after_statement(placed: Placed) -> bool:
    """ "In a statement the following day, the army acknowledged ...": a day told right
    after the statement is its day, whatever verb tells what it says."""
    first = placed.tokens[0]
    before = first.doc[first.i - 1] if first.i > first.sent.start else None
    return before is not None and before.lower_ in STATEMENTS


def _after_speech_verb(placed: Placed) -> bool:
    """ "said on Saturday its fighters had seized ...": a day right after the speech verb is
    the report's, though the parse may hang it on the told verb. In a sentence left unparsed
    (no event cue: "the mayor said on Monday", read for the narrative's day) the word alone
    tells it."""
    first = placed.tokens[0]
    before = first.doc[first.i - 1] if first.i > first.sent.start else None
    return before is not None and before.lower_ in REPORT_VERBS and before.pos_ in _VERB_OR_UNPARSED


_VERB_OR_UNPARSED = ("VERB", "AUX", "")  # a cold sentence's words have no part of speech


def _any_day(passage: Passage, sentence: Span, times: Sequence[TimeExpr]) -> TimeExpr | None:
    """The one day a wire lead names anywhere ("bombers blew themselves up at a hall where
    fans watched a match on Sunday night"): in a lead that names one day, that day is the
    event's more often than the dateline's."""
    days = {
        p.expr.date: p.expr
        for p in times_in(passage, sentence, times)
        if p.expr.kind not in _UNDATING and p.expr.precision == TimePrecision.DAY
    }
    return next(iter(days.values())) if len(days) == 1 else None


LEAD_REACH = 400  # characters after a headline within which its lead's day is sought


def _lead_day(title: Passage, times: Sequence[TimeExpr]) -> TimeExpr | None:
    """A headline's day is the day its lead names first ("STRIKE KILLED TWO FIGHTERS" over
    "... carried out a strike on Sunday"): the headline sums up the lead."""
    end = title.original_span(0, len(title.text))[1]
    days = [
        t
        for t in times
        if end <= t.start < end + LEAD_REACH
        and t.kind not in _UNDATING
        and t.precision == TimePrecision.DAY
    ]
    return min(days, key=lambda t: t.start) if days else None


def _wire_lead_day(passage: Passage, sentence: Span, times: Sequence[TimeExpr]) -> TimeExpr | None:
    """The dateline's date for a headline, or a sentence of the lead paragraph, of a wire
    story ("KABUL, Dec 12 (Reuters) - ..."): wire copy reports the day's events."""
    datelines = [t for t in times if t.kind == "dateline" and t.precision == TimePrecision.DAY]
    if not datelines:
        return None
    if passage.kind == PassageKind.TITLE:
        return datelines[0]
    if passage.kind != PassageKind.BODY:
        return None
    start, end = passage.original_span(0, len(passage.text))
    inside = [t for t in datelines if start <= t.start < end]
    if not inside:
        return None
    opening = passage.text.find(inside[0].text)
    if opening < 0:
        return None
    lead_start = passage.text.rfind("\n", 0, opening) + 1  # the dateline's line
    lead_end = passage.text.find("\n", opening)
    lead_end = len(passage.text) if lead_end < 0 else lead_end
    return inside[0] if lead_start <= sentence.start_char < lead_end else None


def governing_time(
    passage: Passage,
    sentence: Span,
    token: Token,
    times: Sequence[TimeExpr],
    attached_only: bool = False,
) -> Placed | None:
    """The dating expression of `sentence` for `token`: attached to its clause first, then the
    nearest in the tree, then in the text. `attached_only` drops expressions that date another
    word ("the massacre of 1995" does not date "killings")."""
    placed = [
        p
        for p in times_in(passage, sentence, times)
        if p.expr.kind not in _UNDATING and not _opens_a_term(p)
    ]
    heads = {token.i} | {a.i for a in token.ancestors} - _misparsed_relative(token)
    pivot = _predicate_of(token)
    scored = []
    for p in placed:
        governor = _governor(p)
        if _after_speech_verb(p) or (
            governor is not None and governor.i != token.i and _dates_speech(p)
        ):
            continue  # the report's day; `_sentence_day` weighs it against the others
        if governor is not None and governor.i != token.i and _names_a_noun(p, governor, token):
            continue  # "the ceasefire agreement of 10 November" dates the agreement
        if governor is not None and governor.i != token.i and _counted_back_on_noun(p, governor):
            continue  # "a student killed two days earlier" dates that killing alone
        attached = governor is None or governor.i in heads or _dates_below(governor, token, pivot)
        if not attached:
            continue  # it dates another word's event ("which began in 2015", "the 1995 massacre")
        scored.append(((not attached, _tree_distance(token, p.root), abs(p.root.i - token.i)), p))
    return min(scored, key=lambda s: s[0])[1] if scored else None


def _misparsed_relative(token: Token) -> set[int]:
    """A verb hung as a participle on a noun inside a relative clause ("residents whose homes
    were destroyed in the 2024 war gathered outside ...": "gathered" on "war") is the main
    verb the parse lost: the relative clause above it, and its times, are not its own."""
    if token.dep_ != "acl" or token.pos_ != "VERB":
        return set()
    passed = []
    for above in token.ancestors:
        passed.append(above.i)
        if above.dep_ == "relcl":
            return set(passed)
        if above.pos_ in ("VERB", "AUX"):
            return set()
    return set()


_SIDE_CLAUSES = frozenset({"relcl", "acl", "advcl", "appos", "parataxis", "ccomp"})


def _dates_main_clause(placed: Placed) -> bool:
    """A time inside a side clause ("which began in 2015") does not carry to the next sentence."""
    governor = _governor(placed)
    if governor is None:
        return True
    chain = [governor, *governor.ancestors]
    return not any(t.dep_ in _SIDE_CLAUSES for t in chain)


_NOUN_CLAUSES = frozenset({"relcl", "acl", "appos"})


def _dates_told_clause(placed: Placed) -> bool:
    """A time in the main clause or in what a report says happened (a clause under "said"),
    not in a clause that describes a noun."""
    governor = _governor(placed)
    if governor is None:
        return True
    chain = [governor, *governor.ancestors]
    return not any(t.dep_ in _NOUN_CLAUSES for t in chain)


def _names_a_noun(placed: Placed, governor: Token, token: Token) -> bool:
    """A date that is part of another noun's name ("the agreement of 10 November", "the
    10 November agreement")."""
    if governor.pos_ not in ("NOUN", "PROPN"):
        return False
    own = {token.i, *(c.i for c in token.children)}  # "signed the 2016 deal"
    if token.dep_ == "compound":
        own.add(token.head.i)
    if any(t.head.i in own for t in placed.tokens):
        return False  # "the 2014 massacre", "the 2016 peace deal" date the event itself
    head = placed.root.head
    if head.lower_ == "of" and head.head.i == governor.i:
        return True
    inside = {t.i for t in placed.tokens}
    return any(  # "of the 2019 uprising": the year is the uprising's
        t.like_num
        and t.dep_ in ("compound", "nummod", "amod")
        and t.head.i not in inside
        and t.head.pos_ in ("NOUN", "PROPN")
        for t in placed.tokens
    )


def _in_relative_clause(placed: Placed) -> bool:
    """In a relative clause in the perfect ("men who had fled on Sunday"): its own, earlier
    act. One in the simple past or progressive ("a man who was working in his field on
    Sunday") shares the event's time."""
    governor = _governor(placed)
    if governor is None:
        return False
    for clause in (t for t in [governor, *governor.ancestors] if t.dep_ == "relcl"):
        if any(c.dep_ == "aux" and c.lower_ in _PERFECT for c in clause.children):
            return True
    return False


def _onset_of_other(placed: Placed, token: Token | None) -> bool:
    """ "villagers fled fighting, which broke out on 18 May": a day in a relative clause of
    onset dates the start of the fight the clause tells about, not the act done about it (the
    fight is the verb's object, or in a clause below it); it stays the day of the fight itself
    ("fighting, which erupted on Sunday, killed ten": its subject), however far the parse hung
    the clause."""
    governor = _governor(placed)
    if token is None or governor is None or governor.lower_ not in ONSET_VERBS:
        return False
    clause = next((t for t in [governor, *governor.ancestors] if t.dep_ == "relcl"), None)
    if clause is None or token.pos_ != "VERB" or token.tag_ == "VBG":
        return False
    path = [clause, *clause.ancestors]
    pairs = zip(path, path[1:], strict=False)
    below = next((t for t, above in pairs if above.i == token.i), None)
    return below is not None and below.dep_ in _ANSWERED


_ANSWERED = frozenset({"dobj", "prep", "advcl"})  # "fled fighting", "fled from", "fled as ..."


_COUNTED_BACK = re.compile(r"\b(?:earlier|before|previous|prior)\b", re.IGNORECASE)


def _counted_back_in_clause(placed: Placed) -> bool:
    """ "two days earlier" in a perfect relative clause: a day before the story's own."""
    return bool(_COUNTED_BACK.search(placed.expr.text)) and _in_relative_clause(placed)


_PERFECT = frozenset({"had", "has", "have", "'d", "'ve"})


def _counted_back_on_noun(placed: Placed, governor: Token) -> bool:
    """ "mourners at the burial of a student killed two days earlier", "the funeral of a
    protester shot the day before": a day counted back from the story's own, in a clause that
    describes a noun, dates that clause's earlier act; not the event the sentence tells, which
    the parse may hang below it ("..., killing one person")."""
    return governor.dep_ in _NOUN_CLAUSES and bool(_COUNTED_BACK.search(placed.expr.text))


def _predicate_of(token: Token) -> Token:
    """The verb an event noun is subject or object of ("fighting has forced ... since Friday"
    is dated by the verb's phrases); a verb trigger is its own predicate."""
    head = token.head
    if token.dep_ in ("nsubj", "nsubjpass", "dobj") and is_verb(head) and head.i != token.i:
        return head
    return token


def _dates_below(governor: Token, token: Token, pivot: Token) -> bool:
    """A time under the trigger (or its predicate) dates it unless it sits in a clause about
    another argument ("the offensive, which began in 2015, has killed hundreds")."""
    node = governor
    while node.i != pivot.i:
        if node.dep_ in ("relcl", "acl", "advcl", "ccomp") and node.head.i not in (
            token.i,
            pivot.i,
        ):
            return False
        if node.head.i == node.i:
            return False  # reached the root without meeting the trigger: not below it
        node = node.head
    return True


def _governor(placed: Placed) -> Token | None:
    """The first content word above the expression (the word it modifies)."""
    for anc in placed.root.ancestors:
        if is_function_word(anc):
            continue
        return anc
    return None


def times_in(passage: Passage, sentence: Span, times: Sequence[TimeExpr]) -> list[Placed]:
    """The expressions inside `sentence` (original offsets), with their tokens.

    Remembered in the `Doc`: every trigger of a sentence asks, for its date and its
    factuality."""
    memo = sentence.doc.user_data.setdefault("sitrep.times_in", {})
    key = (sentence.start, sentence.end, id(passage), id(times))
    if key not in memo:  # the passage and times are kept with the answer: their ids stay
        memo[key] = (passage, times, _times_in(passage, sentence, times))
    return list(memo[key][2])


def _times_in(passage: Passage, sentence: Span, times: Sequence[TimeExpr]) -> list[Placed]:
    start, end = passage.original_span(sentence.start_char, sentence.end_char)
    inside = [t for t in times if t.start >= start and t.end <= end]
    if not inside:
        return []
    positions = [(passage.offsets.position(tok.idx), tok) for tok in sentence]
    out = []
    for expr in inside:
        tokens = tuple(tok for pos, tok in positions if expr.start <= pos < expr.end)
        if tokens:
            out.append(Placed(expr, tokens))
    return out


def _narrative_time(passage: Passage, sentence: Span, times: Sequence[TimeExpr]) -> TimeExpr | None:
    """The last dating expression of the previous sentence(s) in the same paragraph."""
    current = sentence
    for _ in range(_LOOK_BACK):
        if current.start == 0:
            return None
        previous = _previous_sentence(current)
        if _paragraph_break(previous, current):
            return None  # a new paragraph starts a new scene
        placed = [
            p
            for p in times_in(passage, previous, times)
            if p.expr.kind not in _UNDATING and _dates_told_clause(p) and not _dates_speech(p)
        ]
        if placed:
            return max(placed, key=lambda p: p.expr.start).expr
        current = previous
    return None


def _paragraph_break(previous: Span, current: Span) -> bool:
    """A line break in the white space between two adjacent sentences (no Doc.text: slow)."""
    before, after = previous.text, current.text
    gap = before[len(before.rstrip()) :] + previous[-1].whitespace_
    gap += after[: len(after) - len(after.lstrip())]
    return "\n" in gap


def _next_day(passage: Passage, sentence: Span, times: Sequence[TimeExpr]) -> TimeExpr | None:
    """The one day the next sentence of the paragraph names: a lead in the perfect ("troops
    have recaptured the town") is told in detail next ("they entered it on Sunday")."""
    doc = sentence.doc
    if sentence.end >= len(doc):
        return None
    end = sentence.end + 1
    while end < len(doc) and not doc[end].is_sent_start:
        end += 1
    following = doc[sentence.end : end]
    if _paragraph_break(sentence, following):
        return None
    days = {
        p.expr.date: p.expr
        for p in times_in(passage, following, times)
        if p.expr.kind not in _UNDATING
        and p.expr.precision == TimePrecision.DAY
        and _dates_told_clause(p)
        and not _dates_speech(p)
    }
    return next(iter(days.values())) if len(days) == 1 else None


def _previous_sentence(sentence: Span) -> Span:
    """The sentence before `sentence` (Token.sent would walk the whole document)."""
    doc = sentence.doc
    start = sentence.start - 1
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    return doc[start : sentence.start]


def _tree_distance(a: Token, b: Token) -> int:
    """Edges between two tokens through their lowest common ancestor."""
    up = {a.i: 0}
    for depth, anc in enumerate(a.ancestors, start=1):
        up[anc.i] = depth
    if b.i in up:
        return up[b.i]
    for depth, anc in enumerate(b.ancestors, start=1):
        if anc.i in up:
            return depth + up[anc.i]
    return 99
