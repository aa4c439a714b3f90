"""The time word lists (data/time_words.toml) and the regexes built from them, loaded once."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

_FLAGS = re.IGNORECASE

# Verbs of a report: a day right after one is the report's ("said on Saturday that ..."), not
# the day of what it tells (`dates`, `expressions`).
REPORT_VERBS = frozenset(
    {"said", "says", "told", "announced", "reported", "stated", "claimed", "confirmed", "added"}
)

# Words that open the term of a measure ("from Wednesday", "starting Monday", "until Friday"):
# the day a blockade or curfew starts or ends, not the day anything was done.
TERM_OPENERS = ("from ", "starting ", "as of ", "as from ", "beginning ", "until ", "till ")

# Verbs of claiming an act: the day of a claim is not the day of the act it takes up.
CLAIM_VERBS = frozenset({"claim", "claims", "claimed", "claiming"})

# Verbs of a fight or operation ending ("fighting that ended on Tuesday"): a capture told in the
# perfect after it took place that day (past forms: the parse gives no lemmas).
END_VERBS = frozenset({"ended", "ceased", "finished", "concluded", "stopped", "subsided"})

# Verbs of a fight or crisis breaking out ("fighting, which broke out on 18 May"): a day in a
# clause of onset dates the start of what the noun names, not what people did about it later
# (past forms: the parse gives no lemmas).
ONSET_VERBS = frozenset({"began", "begun", "started", "erupted", "flared", "broke"})

# Auxiliaries of the present perfect ("has killed"), read by factuality and by the events'
# non-event rules.
PRESENT_HAVE = frozenset({"has", "have", "'ve"})


@dataclass(frozen=True)
class TimeWords:
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    units: dict[str, int]
    relative_days: dict[str, int]
    story_days: dict[str, int]  # "the next day": offset from the story's last dated expression
    us_places: frozenset[str]  # dateline places whose numeric dates are month first
    past_words: frozenset[str]  # modifiers that point back: "last", "since", "earlier"
    future_words: frozenset[str]  # and forward: "next", "coming"
    future_aux: frozenset[str]
    future_verbs: frozenset[str]
    patterns: tuple[tuple[str, re.Pattern[str]], ...]  # (name, regex), in priority order
    triggers: dict[str, tuple[str, ...]]  # word -> the patterns it can be part of
    word: re.Pattern[str]
    since_before: re.Pattern[str]
    future_context: re.Pattern[str]
    night_words: frozenset[str] = frozenset()  # "overnight": the night of the story's day

    def number(self, word: str) -> int | None:
        word = word.lower().replace(",", "")
        return int(word) if word.isdigit() else self.numbers.get(word)

    def unit_days(self, word: str) -> float:
        word = word.lower()
        if word.startswith("hour"):
            return 1 / 24
        return float(self.units.get(word, self.units.get(word.rstrip("s"), 1)))


def load_time_words(path: str | None = None) -> TimeWords:
    """Read the word lists and compile every pattern; call once and pass the result around."""
    if path is None:
        raw = (resources.files("sitrep") / "data" / "time_words.toml").read_text("utf-8")
    else:
        with open(path, encoding="utf-8") as fh:
            raw = fh.read()
    data = tomllib.loads(raw)
    return _build(data)


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _build(data: dict[str, Any]) -> TimeWords:
    months: dict[str, int] = data["months"]
    weekdays: dict[str, int] = data["weekdays"]
    numbers: dict[str, int] = data["numbers"]
    units: dict[str, int] = data["units"]
    rel: dict[str, int] = data["relative_days"]
    story: dict[str, int] = data["story_days"]
    tense = data["tense"]
    mon = _alt(list(months))
    mon_full = _alt([m for m in months if len(m) > 4 or m in ("may", "june", "july")])
    wd_full = _alt([w for w in weekdays if w.endswith("day")])
    num = r"\d+|" + _alt(list(numbers))
    few = _alt(data["modifiers"]["vague_few"]).replace("\\ ", r"\s+")
    parts = _alt(data["modifiers"]["parts_of_day"])
    unit = r"hours?|days?|weeks?|fortnights?|months?|years?|decades?"
    wd_prefix = rf"(?:(?:{wd_full}),?\s+(?:the\s+)?)?"
    ordinal = r"(?:st|nd|rd|th)?"
    year2 = r"(?:19|20)\d{2}|'?\d{2}(?![\s,]*[a-z0-9])"
    free = [w for w in story if not w.endswith(("before", "after"))]
    bound = [w for w in story if w.endswith(("before", "after"))]
    # "between 3 and 5 June" needs its "between"; "3-5 June" and "3 to 5 June" do not
    span_sep = r"(?(pre)(?:and|-|\u2013|to|until|through)|(?:-|\u2013|to|until|through))"
    not_name = rf"(?!\s+(?:{_alt(data['names']['nouns'])})\b)"
    specs = [
        ("iso", r"\b(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"),
        (
            "numeric",
            r"\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>(?:19|20)\d{2}|\d{2})\b(?![/.]\d)",
        ),
        (
            "dmy",
            rf"\b{wd_prefix}(?P<d>\d{{1,2}}){ordinal}\s+(?:of\s+)?(?P<mon>{mon})\.?,?\s+"
            rf"(?P<y>{year2})\b",
        ),
        (
            "mdy",
            rf"\b{wd_prefix}(?P<mon>{mon})\.?\s+(?P<d>\d{{1,2}}){ordinal},?\s+"
            r"(?P<y>(?:19|20)\d{2})\b",
        ),
        (
            "my",
            rf"\b(?:(?P<pre>early|mid|late|the end of|the beginning of|the start of|the middle of)"
            rf"[\s-]+)?(?P<mon>{mon_full}|{mon})\.?,?\s+(?:of\s+)?(?P<y>(?:19|20)\d{{2}})\b",
        ),
        (
            "dm",
            rf"\b{wd_prefix}(?P<d>\d{{1,2}}){ordinal}\s+(?:of\s+)?(?P<mon>{mon})\b{not_name}",
        ),
        (
            "md",
            rf"\b{wd_prefix}(?P<mon>{mon})\.?\s+(?P<d>\d{{1,2}}){ordinal}\b"
            rf"(?!\s*(?:%|per|people|[-:.,]?\d)){not_name}",
        ),
        (
            "window",
            r"\b(?:(?:in|over|during|for|within|throughout)\s+)?(?:the\s+)?"
            r"(?P<pre>recent|past|last|previous|coming|next|(?<=the\s)following)\s+"
            rf"(?:(?P<n>{num})\s+|(?P<few>{few})\s+)?"
            r"(?P<unit>hours|days|weeks|months|years|(?<=\d\s)hour|(?<=\d\s)day)\b",
        ),
        (
            "relperiod",
            r"\b(?:(?P<lead>earlier|later|early|late|mid|so\s+far|since|until|"
            r"the\s+(?:end|beginning|start|middle)\s+of)[\s-]+)?"
            r"(?:in\s+)?(?P<the>the\s+)?(?P<pre>last|this|next|past|previous|coming)\s+"
            r"(?P<unit>week|month|year|weekend)\b",
        ),
        (
            "ago",
            rf"\b(?P<n>{num})\s+(?:(?:more|long)\s+)?(?P<unit>{unit})\s+(?P<ago>ago)\b",
        ),
        (
            "weekday",
            r"\b(?:overnight\s+(?:into\s+)?)?"  # "overnight (into) Monday": that night
            r"(?:(?P<pre>last|this|next|on|since|by|until|early|late|from|before|after|past)"
            rf"\s+)?(?P<wd>{wd_full})(?:'s)?(?:\s+(?P<part>{parts}|overnight))?\b",
        ),
        (
            "weekend",
            r"\b(?:(?P<pre>last|this|next|over\s+the|during\s+the|on\s+the|at\s+the)\s+)"
            r"weekend\b",
        ),
        (
            "month",
            r"\b(?P<pre>in|last|since|during|until|by|this|next|early|mid|late|from|before|after|"
            rf"throughout|earlier\s+in|later\s+in|of)[\s-]+(?P<mon>{mon_full})\b(?![\s.,]*\d)",
        ),
        (
            "year",
            r"\b(?P<pre>in|since|by|until|till|during|from|before|after|early|late|mid|throughout|"
            r"between|of|the)[\s-]+(?:the\s+)?(?:(?:late|early|mid)[\s-]+)?"
            r"(?P<y>(?:19|20)\d{2})(?P<s>'?s)?\b(?!\s*(?:%|percent|people|[.,]\d|-\d|\s*[a-z]+s\b))",
        ),
        (
            "story",
            rf"\b(?:(?P<word>{_alt(free)})|(?P<bound>{_alt(bound)}){_ALONE}|"
            rf"(?:a\s+)?(?P<n>{num}|a\s+couple\s+of)\s+(?P<unit>hours?|days?|weeks?|months?)\s+"
            rf"(?P<dir>earlier|later|(?:before|after){_ALONE}))\b",
        ),
        (
            "wdspan",
            rf"\b(?P<pre>between|from)\s+(?:last\s+)?(?P<wd1>{wd_full})\s+"
            rf"(?:and|to|until|till|through)\s+(?P<wd2>{wd_full})\b",
        ),
        (
            "dayspan",
            rf"\b(?:(?P<pre>between|from)\s+)?(?:the\s+)?(?P<d1>\d{{1,2}}){ordinal}\s*{span_sep}\s*"
            rf"(?:the\s+)?(?P<d2>\d{{1,2}}){ordinal}\s+(?:of\s+)?(?P<mon>{mon})\b"
            r"(?:\.?,?\s+(?P<y>(?:19|20)\d{2})\b)?",
        ),
        (
            "mdspan",
            rf"\b(?:(?P<pre>between|from)\s+)?(?P<mon>{mon})\.?\s+(?P<d1>\d{{1,2}}){ordinal}\s*"
            rf"{span_sep}\s*(?P<d2>\d{{1,2}}){ordinal}\b(?:,?\s+(?P<y>(?:19|20)\d{{2}})\b)?",
        ),
        (
            "weekof",
            r"\b(?:(?:in|during)\s+)?(?:the\s+)?(?P<ord>first|second|third|fourth|last|final|"
            r"1st|2nd|3rd|4th)\s+(?P<part>week|fortnight|half)\s+of\s+(?:(?P<rel>this|last|next)"
            rf"\s+month|(?P<mon>{mon_full}|{mon})\b(?:\.?,?\s+(?P<y>(?:19|20)\d{{2}})\b)?)",
        ),
        ("relday", rf"\b(?:(?P<lead>early|late|earlier|later)\s+)?(?P<word>{_alt(list(rel))})\b"),
        (
            "ordinal",  # "on the 12th": a day of the anchor's month
            r"\b(?:on|since|by|until)\s+the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b"
            rf"(?!\s+(?:of\s+)?(?:{mon}|century|floor|anniversary|time|round|day|week|year|"
            r"district|division|brigade|battalion|regiment|army|corps|street|avenue|annual))",
        ),
        (
            "duration",
            r"\b(?:(?P<prep>for|over|during|after|following|within|in)\s+)?"
            r"(?:(?:more\s+than|over|nearly|almost|about|around|some|at\s+least|less\s+than|"
            r"roughly|the\s+past|the\s+last)\s+)?"
            rf"(?P<n>{num})\s+(?:(?:long|full|straight|consecutive|more)\s+)?(?P<unit>{unit})\b"
            r"(?!\s+ago|[-\s]+old)",
        ),
    ]
    patterns = tuple((name, re.compile(rx, _FLAGS)) for name, rx in specs)
    future = _alt(
        [
            "will",
            "shall",
            "scheduled",
            "due",
            "expected",
            "planned",
            "until",
            "by",
            "next",
            "set for",
            "ahead of",
            "before",
        ]
    )
    return TimeWords(
        months=months,
        weekdays=weekdays,
        numbers=numbers,
        units=units,
        relative_days=rel,
        story_days=story,
        us_places=_us_places(data["us_datelines"]),
        past_words=frozenset(data["modifiers"]["past"]),
        future_words=frozenset(data["modifiers"]["future"]),
        future_aux=frozenset(tense["future_aux"]),
        future_verbs=frozenset(tense["future_verbs"]),
        patterns=patterns,
        triggers=_triggers(months, weekdays, units, rel, story, data["modifiers"]["parts_of_day"]),
        word=re.compile(
            r"[^\W\d_]+|(?:19|20)\d\d(?:'?s)?\b|\d{1,4}[-/.]\d|\d{1,2}(?:st|nd|rd|th)\b"
        ),
        since_before=re.compile(r"\bsince\s+$", _FLAGS),
        future_context=re.compile(rf"\b(?:{future})\b[^.;]*$", _FLAGS),
        night_words=frozenset(data["modifiers"].get("night_words", ())),
    )


_DATE_PATTERNS = ("dmy", "mdy", "my", "dm", "md", "month", "dayspan", "mdspan", "weekof")
_UNIT_PATTERNS = ("window", "relperiod", "ago", "duration", "weekof")
# "two days later": the direction word triggers the story pattern, not the (frequent) unit
_STORY_STOP = frozenset({"the", "a", "one", "that", "hours", "minutes", "moments"})
_ALONE = r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|but|when|as)\b)"  # nothing follows "the day before"


def _us_places(table: dict[str, list[str]]) -> frozenset[str]:
    return frozenset(w.lower() for words in table.values() for w in words)


def _triggers(
    months: dict[str, int],
    weekdays: dict[str, int],
    units: dict[str, int],
    rel: dict[str, int],
    story: dict[str, int],
    parts_of_day: list[str],
) -> dict[str, tuple[str, ...]]:
    """Words that can anchor an expression, each with the patterns worth trying around it:
    a cheap pre-filter, so the full patterns run on a few short windows of an article."""
    table: dict[str, set[str]] = {}

    def add(word: str, *names: str) -> None:
        table.setdefault(word, set()).update(names)

    for month in months:
        add(month, *_DATE_PATTERNS)
    for day in weekdays:
        if day.endswith("day"):
            add(day, "weekday", "dmy", "mdy", "dm", "md", "wdspan")
    for unit in [*units, "hour", "hours"]:
        add(unit, *_UNIT_PATTERNS)
    for phrase in rel:
        for word in phrase.split():
            if word not in ("the", "before", "last", "this", "earlier", "later", "previous"):
                add(word, "relday")
    for phrase in story:
        for word in phrase.split():
            if word not in _STORY_STOP:
                add(word, "story")
    for word in ("earlier", "later", "before", "after"):
        add(word, "story")
    for part in parts_of_day:
        add(part, "weekday", "story")
    add("weekend", "weekend", "relperiod")
    add("recent", "window")
    add("year:", "year", "my", "dmy", "mdy", "iso", "numeric")  # a 19xx/20xx token
    add("numeric:", "iso", "numeric")  # digits followed by - / or .
    add("ordinal:", "ordinal")  # "12th"
    return {word: tuple(sorted(names)) for word, names in table.items()}
