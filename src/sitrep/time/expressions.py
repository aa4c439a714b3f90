"""Temporal expressions: cheap regex candidates, resolved against the anchor with tense."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from sitrep.model import Passage, TimeExpr
from sitrep.time._tokens import is_function_word, is_verb, past_form
from sitrep.time._words import REPORT_VERBS, TimeWords

Day = date  # the field `Resolved.date` would shadow the type inside the class
PAST, UNKNOWN, FUTURE = -1, 0, 1


@dataclass(frozen=True)
class Found:
    """A regex candidate in clean text, before resolution."""

    name: str
    start: int
    end: int
    match: re.Match[str]


@dataclass(frozen=True)
class Resolved:
    date: Day
    precision: int
    kind: str = "date"
    first: Day | None = None
    last: Day | None = None


_REACH = 40  # characters an expression extends from its trigger word ("the beginning of")


def scan(text: str, words: TimeWords) -> list[Found]:
    """All non-overlapping candidates, longest first, then by pattern priority.

    The full patterns only run on short windows around trigger words (months, weekdays,
    units, years...), and only the patterns that trigger can take part in.
    """
    patterns = dict(words.patterns)
    seen: set[tuple[str, int, int]] = set()
    found: list[Found] = []
    for start, end, names in _windows(text, words):
        for name in names:
            for m in patterns[name].finditer(text, start, end):
                key = (name, m.start(), m.end())
                if m.end() > m.start() and key not in seen:
                    seen.add(key)
                    found.append(Found(name, m.start(), m.end(), m))
    order = {name: rank for rank, (name, _) in enumerate(words.patterns)}
    found.sort(key=lambda f: (-(f.end - f.start), order[f.name], f.start))
    taken: list[Found] = []
    for cand in found:
        if all(cand.end <= t.start or cand.start >= t.end for t in taken):
            taken.append(cand)
    return sorted(taken, key=lambda f: f.start)


def _windows(text: str, words: TimeWords) -> list[tuple[int, int, tuple[str, ...]]]:
    out = []
    for m in words.word.finditer(text):
        token = m.group(0)
        if token[0].isdigit():
            if token[:4].isdigit() and not token[4:5].isdigit():
                key = "year:"  # 1994, 1990s
            else:
                key = "ordinal:" if token[-1].isalpha() else "numeric:"
        else:
            key = token.lower()
        names = words.triggers.get(key)
        if names:
            out.append((max(m.start() - _REACH, 0), min(m.end() + _REACH, len(text)), names))
    return out


def iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def find_expressions(
    passage: Passage, doc: Doc | None, anchor: date | None, words: TimeWords
) -> tuple[TimeExpr, ...]:
    """Every temporal expression of `passage`, with original offsets."""
    text = passage.text
    found = scan(text, words)
    month_first = us_dateline(text, words) or _month_first_vote(found)
    out: list[tuple[int, TimeExpr]] = []  # (clean start, expression)
    story: Resolved | None = None  # the narrative's last dated expression
    speech: tuple[int, Resolved] | None = None  # a report's day: "said on Saturday" (its end)
    for cand in found:
        start, since = _since(text, cand, words)
        direction = PAST if since else _direction(text, doc, cand, words)
        if cand.name == "story":
            res = _story_resolved(cand, story, anchor, direction, words)
        elif (told := _speech_day(text, cand, speech)) is not None:
            res = resolve(cand, told, direction, words, month_first)
        else:
            res = resolve(cand, anchor, direction, words, month_first)
        if res is None:
            continue
        res = _night_of_story(cand, res, story, words)
        if since and anchor and res.date <= anchor and res.kind != "duration":
            res = _since_range(res, anchor)
        kind = "dateline" if _is_dateline(text, cand) else res.kind
        if kind != "duration" and res.precision <= 2:
            story = res
        if res.precision == 1 and _SAID_BEFORE.search(text, max(start - 12, 0), start):
            speech = (cand.end, res)
        ostart, oend = passage.original_span(start, cand.end)
        if oend - ostart != cand.end - start:
            continue  # spans a join the cleaner made: its text is not a stretch of the original
        out.append(
            (
                start,
                TimeExpr(
                    ostart,
                    oend,
                    text[start : cand.end],
                    res.date.isoformat(),
                    res.precision,
                    iso(res.first),
                    iso(res.last),
                    kind,
                ),
            )
        )
    return tuple(_join_ranges(passage, out))


# A day right after a speech verb is the report's ("said on Saturday that ...").
_SAID_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(REPORT_VERBS)) + r")\s+\Z", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"'”’]?\s")


def _speech_day(text: str, cand: Found, speech: tuple[int, Resolved] | None) -> Day | None:
    """A day counted back from "today" ("yesterday", "last night") told later in the sentence
    of a dated report ("said on Saturday its fighters took the town yesterday") counts from
    the report's day, as the speaker's words do."""
    if speech is None or cand.name != "relday":
        return None
    if not re.match(r"(?i)yesterday|last\s+night|the\s+day\s+before", cand.match["word"]):
        return None
    end, said = speech
    return None if _SENTENCE_END.search(text, end, cand.start) else said.date


_RANGE_OPEN = re.compile(r"\b(?:between|from)\s+(?:the\s+)?$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:and|to|until|till|through|-|\u2013)\s*(?:on\s+)?", re.IGNORECASE)
_RANGE_DAYS = 31  # "between 3 June and 5 July" still reads as one stretch; longer is two dates


def _join_ranges(passage: Passage, found: list[tuple[int, TimeExpr]]) -> list[TimeExpr]:
    """ "between 30 May and 2 June", "from Monday 3 June to Wednesday": two days that bound
    one stretch become a range, dated in its middle."""
    text, out, i = passage.text, [], 0
    while i < len(found):
        start, first = found[i]
        if i + 1 < len(found):
            joined = _joined(passage, text, start, first, found[i + 1])
            if joined is not None:
                out.append(joined)
                i += 2
                continue
        out.append(first)
        i += 1
    return out


def _joined(
    passage: Passage, text: str, start: int, first: TimeExpr, after: tuple[int, TimeExpr]
) -> TimeExpr | None:
    second_start, second = after
    if first.precision != 1 or second.precision != 1 or first.kind == "dateline":
        return None
    opener = _RANGE_OPEN.search(text, max(start - 14, 0), start)
    end = start + len(first.text)
    if opener is None or not _RANGE_JOIN.fullmatch(text, end, second_start):
        return None
    day_one, day_two = date.fromisoformat(first.date), date.fromisoformat(second.date)
    if not 0 < (day_two - day_one).days <= _RANGE_DAYS:
        return None
    clean_end = second_start + len(second.text)
    ostart, oend = passage.original_span(opener.start(), clean_end)
    if oend - ostart != clean_end - opener.start():
        return None
    res = _range(day_one, day_two, middle=True)
    return TimeExpr(
        ostart, oend, text[opener.start() : clean_end], res.date.isoformat(), res.precision,
        first.date, second.date, "range",
    )  # fmt: skip


def _story_resolved(
    cand: Found, story: Resolved | None, anchor: date | None, direction: int, words: TimeWords
) -> Resolved | None:
    """ "The next day" counts from the story's last dated expression, at no better precision;
    without one, from the anchor, only backwards, and only to within a few days."""
    if story is not None:
        res = resolve(cand, story.date, direction, words)
        if res is None:
            return None
        return Resolved(res.date, max(res.precision, story.precision), res.kind)
    res = resolve(cand, anchor, direction, words)
    if res is None or anchor is None:
        return None
    return Resolved(min(res.date, anchor), 2, res.kind)


def _night_of_story(
    cand: Found, res: Resolved, story: Resolved | None, words: TimeWords
) -> Resolved:
    """A bare "overnight" after a day the story named is that day's night, not the anchor's."""
    if cand.name != "relday" or cand.match["lead"] or story is None or story.precision != 1:
        return res
    if cand.match["word"].lower() not in words.night_words or story.date > res.date:
        return res
    return Resolved(story.date, 1, "relative")


_DATELINE_PLACE = re.compile(r"\A\s*(?P<place>[^\n(]{2,60}?)\s*(?:\(|--|\u2014|\u2013|-\s)")


def us_dateline(text: str, words: TimeWords) -> bool:
    """Whether `text` opens with a dateline in the United States ("DALLAS (AP) -",
    "PORTLAND, Ore., May 3 -"): then numeric dates are month first."""
    m = _DATELINE_PLACE.match(text)
    if not m:
        return False
    parts = [p.strip().rstrip(".").lower() for p in m["place"].split(",")]
    return any(p in words.us_places for p in parts)


def resolve(
    cand: Found, anchor: date | None, direction: int, words: TimeWords, month_first: bool = False
) -> Resolved | None:
    """The dates `cand` stands for, or None when it cannot be resolved (no anchor, bad day)."""
    try:
        return _RESOLVERS[cand.name](cand.match, anchor, direction, words, month_first)
    except (ValueError, OverflowError, KeyError):
        return None


# ---- resolvers, one per pattern name -------------------------------------------------------


def _iso(m: re.Match[str], anchor: date | None, *_: object) -> Resolved:
    return Resolved(date(int(m["y"]), int(m["m"]), int(m["d"])), 1)


def _numeric(
    m: re.Match[str], anchor: date | None, _d: int, _w: TimeWords, month_first: bool
) -> Resolved:
    a, b, year = int(m["a"]), int(m["b"]), _year(m["y"], anchor)
    day_first = a > 12 or (b <= 12 and not month_first)
    options = [(year, b, a), (year, a, b)] if day_first else [(year, a, b), (year, b, a)]
    valid = [date(y, mo, d) for y, mo, d in options if 1 <= mo <= 12 and _valid(y, mo, d)]
    if not valid:
        raise ValueError("no reading of the numeric date is a day")
    if anchor and len(valid) == 2 and valid[0] > anchor + timedelta(days=1) >= valid[1]:
        return Resolved(valid[1], 1)  # the other reading is the only one not in the future
    return Resolved(valid[0], 1)


def _my(m: re.Match[str], anchor: date | None, _d: int, words: TimeWords, *_: object) -> Resolved:
    return _month_resolved(int(m["y"]), words.months[m["mon"].lower()], m["pre"])


def _dm(m: re.Match[str], anchor: date | None, direction: int, words: TimeWords, *_: object):
    if anchor is None:
        return None
    month, day = words.months[m["mon"].lower()], int(m["d"])
    return Resolved(_nearest_year(anchor, month, day, direction), 1)


def _window(m: re.Match[str], anchor: date | None, _d: int, words: TimeWords, *_: object):
    if anchor is None:
        return None
    unit = words.unit_days(m["unit"])
    count = words.number(m["n"]) if m["n"] else 3
    span = max(round((count or 3) * unit), 1)
    if m["pre"].lower() in words.future_words:
        first, last = anchor + timedelta(days=1), anchor + timedelta(days=span)
    else:
        first, last = anchor - timedelta(days=span - 1 if span > 1 else 0), anchor
    if _open_window(m, unit, words):
        # "over the previous weeks", "in recent weeks": a state reached up to the report, of
        # no told length; like "since May" it is dated on the day it is reported
        return Resolved(anchor, 2, "range", first, last)
    return _range(first, last, middle=True)


def _open_window(m: re.Match[str], unit: float, words: TimeWords) -> bool:
    """A past window of weeks whose length is not told (no number, not "few"); months of it
    are background more often than an event."""
    past = m["pre"].lower() not in words.future_words
    return past and not m["n"] and not m["few"] and unit == 7


def _relperiod(m: re.Match[str], anchor: date | None, _d: int, _w: TimeWords, *_: object):
    """last/this/next/past week, month, year or weekend, with earlier/later/so far."""
    if anchor is None:
        return None
    pre, unit, lead = m["pre"].lower(), m["unit"].lower(), (m["lead"] or "").lower()
    step = -1 if pre in ("last", "previous", "past") else 1 if pre in ("next", "coming") else 0
    if unit == "weekend":
        return _weekend(anchor, PAST if step < 0 else FUTURE if step > 0 else UNKNOWN)
    if pre == "past" or (m["the"] and step < 0):
        # "the past week", "over the last year": a rolling window, not the calendar period
        span = {"week": 7, "month": 30, "year": 365}[unit]
        return _range(anchor - timedelta(days=span - 1), anchor, middle=True)
    first, last = _calendar_period(anchor, unit, step)
    part = _PART_LEADS.get(" ".join(lead.split()))
    if part and unit in ("month", "year"):  # "late last month", "early this year"
        return _part_of_period(first, unit, part, anchor)
    if step == 0:  # this week/month/year: the part before the anchor, unless "later this"
        first, last = (anchor, last) if lead == "later" else (first, anchor)
    if unit == "week":
        return _range(first, last, middle=True)
    if step == 0:
        middle = first + (last - first) / 2
    else:
        middle = first.replace(day=15) if unit == "month" else date(first.year, 7, 1)
    return Resolved(middle, 3, "relative" if unit == "month" else "year", first, last)


_PART_LEADS = {
    "early": "early",
    "the beginning of": "early",
    "the start of": "early",
    "mid": "mid",
    "the middle of": "mid",
    "late": "late",
    "the end of": "late",
}


def _part_of_period(first: date, unit: str, part: str, anchor: date) -> Resolved:
    """The early, middle or late part of a month (thirds) or a year (four months each),
    never running past the anchor."""
    if unit == "month":
        res = _month_resolved(first.year, first.month, part)
        kind = "relative"
    else:
        months = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[part]
        start, end = (
            date(first.year, months[0], 1),
            date(first.year, months[1], 31 if months[1] == 12 else 30),
        )
        res = Resolved(start + (end - start) / 2, 3, "year", start, end)
        kind = "year"
    if res.first and res.first <= anchor < (res.last or anchor):
        return Resolved(min(res.date, anchor), 3, kind, res.first, anchor)
    return Resolved(res.date, 3, kind, res.first, res.last)


def _calendar_period(anchor: date, unit: str, step: int) -> tuple[date, date]:
    """The calendar week (Monday to Sunday), month or year `step` periods from the anchor's."""
    if unit == "week":
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=step)
        return monday, monday + timedelta(days=6)
    if unit == "month":
        y, mo = _add_months(anchor.year, anchor.month, step)
        return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
    return date(anchor.year + step, 1, 1), date(anchor.year + step, 12, 31)


def _ago(m: re.Match[str], anchor: date | None, _d: int, words: TimeWords, *_: object):
    if anchor is None:
        return None
    count = words.number(m["n"]) or 1
    unit = m["unit"].lower().rstrip("s")
    if unit in ("month", "year"):  # calendar months: "one month ago" on 4 Sep is 4 Aug
        y, mo = _add_months(anchor.year, anchor.month, -count * (12 if unit == "year" else 1))
        day = date(y, mo, min(anchor.day, calendar.monthrange(y, mo)[1]))
        return Resolved(day, 3, "relative")
    day = anchor - timedelta(days=round(count * words.unit_days(m["unit"])))
    # "15 days ago" names a day; "two weeks ago" only the week
    return Resolved(day, 1 if unit in ("day", "hour") else 2, "relative")


def _weekday(m: re.Match[str], anchor: date | None, direction: int, words: TimeWords, *_: object):
    if anchor is None:
        return None
    pre = (m["pre"] or "").lower()
    target = words.weekdays[m["wd"].lower()]
    if pre in ("next",) or (pre == "this" and direction == FUTURE) or direction == FUTURE:
        ahead = (target - anchor.weekday()) % 7
        if ahead == 0 and pre == "next":
            ahead = 7
        return Resolved(anchor + timedelta(days=ahead), 1, "relative")
    back = (anchor.weekday() - target) % 7
    if back == 0 and pre in ("last", "past"):
        back = 7
    return Resolved(anchor - timedelta(days=back), 1, "relative")


def _weekend_match(m: re.Match[str], anchor: date | None, direction: int, *_: object):
    if anchor is None:
        return None
    pre = (m["pre"] or "").lower()
    way = PAST if pre == "last" else FUTURE if pre == "next" else direction
    return _weekend(anchor, way)


def _story(m: re.Match[str], reference: date | None, _d: int, words: TimeWords, *_: object):
    """ "the following day", "two days earlier", "hours later" from a reference day."""
    if reference is None:
        return None
    phrase = m["word"] or m["bound"]
    if phrase:
        offset = words.story_days[" ".join(phrase.lower().split())]
        return Resolved(reference + timedelta(days=offset), 1, "relative")
    unit = m["unit"].lower().rstrip("s")
    said = m["n"].lower().split()
    word = "couple" if "couple" in said else said[0]
    count = words.number(word) or 1
    sign = -1 if m["dir"].lower() in ("earlier", "before") else 1
    if unit == "month":
        y, mo = _add_months(reference.year, reference.month, sign * count)
        day = date(y, mo, min(reference.day, calendar.monthrange(y, mo)[1]))
        return Resolved(day, 3, "relative")
    day = reference + timedelta(days=sign * round(count * words.unit_days(m["unit"])))
    vague = word in _VAGUE and unit != "hour"  # "a few days later": within some days
    return Resolved(day, 2 if unit == "week" or vague else 1, "relative")


_VAGUE = frozenset({"few", "several", "couple"})


def _wdspan(m: re.Match[str], anchor: date | None, direction: int, words: TimeWords, *_: object):
    """ "between Monday and Wednesday": the days between, dated in the middle."""
    if anchor is None:
        return None
    first_day, last_day = words.weekdays[m["wd1"].lower()], words.weekdays[m["wd2"].lower()]
    length = (last_day - first_day) % 7
    if direction == FUTURE:
        first = anchor + timedelta(days=(first_day - anchor.weekday()) % 7)
        return _range(first, first + timedelta(days=length), middle=True)
    last = anchor - timedelta(days=(anchor.weekday() - last_day) % 7)
    return _range(last - timedelta(days=length), last, middle=True)


def _dayspan(m: re.Match[str], anchor: date | None, direction: int, words: TimeWords, *_: object):
    """ "between 3 and 5 June", "June 3-5, 2016": the days between, dated in the middle."""
    month, first_day, last_day = words.months[m["mon"].lower()], int(m["d1"]), int(m["d2"])
    if first_day >= last_day:
        raise ValueError("not a range of days")
    if m["y"]:
        year = int(m["y"])
    elif anchor is not None:
        year = _nearest_year(anchor, month, last_day, direction).year
    else:
        return None
    return _range(date(year, month, first_day), date(year, month, last_day), middle=True)


def _weekof(m: re.Match[str], anchor: date | None, direction: int, words: TimeWords, *_: object):
    """ "the first week of May", "the last week of this month", "the second half of June"."""
    if m["y"]:
        year, month = int(m["y"]), words.months[m["mon"].lower()]
    elif anchor is None:
        return None
    elif m["rel"]:
        step = {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
        year, month = _add_months(anchor.year, anchor.month, step)
    else:
        month = words.months[m["mon"].lower()]
        year = _nearest_year(anchor, month, 1, direction).year
    first, last = _part_of_month(year, month, m["ord"].lower(), m["part"].lower())
    return _range(first, last, middle=True)


_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4}


def _part_of_month(year: int, month: int, ordinal: str, part: str) -> tuple[date, date]:
    end = calendar.monthrange(year, month)[1]
    length = {"week": 7, "fortnight": 14, "half": 15}[part]
    if ordinal in ("last", "final"):
        return date(year, month, end - length + 1), date(year, month, end)
    first = 1 + length * (_ORDINALS[ordinal] - 1)
    return date(year, month, min(first, end)), date(year, month, min(first + length - 1, end))


def _month_only(
    m: re.Match[str], anchor: date | None, direction: int, words: TimeWords, *_: object
) -> Resolved | None:
    if anchor is None or not m["mon"][0].isupper():
        return None  # lower-case "march" or "may" is a verb, not a month
    pre = m["pre"].lower().split()[0]
    month = words.months[m["mon"].lower()]
    if pre == "next" or (direction == FUTURE and pre not in ("last",)):
        year = anchor.year if month > anchor.month else anchor.year + 1
    elif pre == "this":
        year = anchor.year
    else:
        later = month > anchor.month or (pre == "last" and month == anchor.month)
        year = anchor.year - 1 if later else anchor.year
    res = _month_resolved(year, month, pre if pre in ("early", "mid", "late") else None)
    if res.first and res.first <= anchor < (res.last or anchor) and direction != FUTURE:
        return Resolved(min(res.date, anchor), 3, res.kind, res.first, anchor)
    return res


def _year_match(m: re.Match[str], anchor: date | None, *_: object) -> Resolved:
    year = int(m["y"])
    if m["s"]:  # "the 1990s"
        return Resolved(date(year + 5, 1, 1), 3, "year", date(year, 1, 1), date(year + 9, 12, 31))
    return Resolved(date(year, 7, 1), 3, "year", date(year, 1, 1), date(year, 12, 31))


def _relday(m: re.Match[str], anchor: date | None, _d: int, words: TimeWords, *_: object):
    if anchor is None:
        return None
    key = " ".join(m["word"].lower().split())
    return Resolved(anchor + timedelta(days=words.relative_days[key]), 1, "relative")


def _ordinal(m: re.Match[str], anchor: date | None, direction: int, *_: object):
    """ "on the 12th": this month's day, or last month's if that is still to come."""
    if anchor is None:
        return None
    day, year, month = int(m["d"]), anchor.year, anchor.month
    if direction != FUTURE and day > anchor.day + 1:
        year, month = _add_months(year, month, -1)
    elif direction == FUTURE and day < anchor.day:
        year, month = _add_months(year, month, 1)
    return Resolved(date(year, month, day), 1, "relative")


def _duration(m: re.Match[str], anchor: date | None, _d: int, words: TimeWords, *_: object):
    if anchor is None:
        return None
    count = words.number(m["n"])
    if not count or count > 1000:
        return None
    if len(m["n"]) == 4 and m["unit"].lower().startswith("hour"):
        return None  # "at 0700 hours": a clock time
    days = max(round(count * words.unit_days(m["unit"])), 1)
    first = anchor - timedelta(days=days)
    return Resolved(anchor, 2 if days <= 14 else 3, "duration", first, anchor)


_RESOLVERS: dict[str, Callable[..., Resolved | None]] = {
    "iso": _iso,
    "numeric": _numeric,
    "dmy": lambda m, a, d, w, mf: Resolved(
        date(_year(m["y"], a), w.months[m["mon"].lower()], int(m["d"])), 1
    ),
    "mdy": lambda m, a, d, w, mf: Resolved(
        date(int(m["y"]), w.months[m["mon"].lower()], int(m["d"])), 1
    ),
    "my": _my,
    "dm": _dm,
    "md": _dm,
    "window": _window,
    "relperiod": _relperiod,
    "ago": _ago,
    "weekday": _weekday,
    "weekend": _weekend_match,
    "month": _month_only,
    "year": _year_match,
    "relday": _relday,
    "story": _story,
    "wdspan": _wdspan,
    "dayspan": _dayspan,
    "mdspan": _dayspan,
    "weekof": _weekof,
    "ordinal": _ordinal,
    "duration": _duration,
}


# ---- helpers -------------------------------------------------------------------------------


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= day <= calendar.monthrange(year, month)[1]


def _year(text: str, anchor: date | None) -> int:
    digits = text.lstrip("'")
    if len(digits) == 4:
        return int(digits)
    short = int(digits)
    ref = anchor.year if anchor else 2000 + 30
    candidates = [century + short for century in (1900, 2000)]
    return (
        min(candidates, key=lambda y: (abs(y - ref), -y))
        if anchor
        else (2000 + short if short <= 30 else 1900 + short)
    )


def _nearest_year(anchor: date, month: int, day: int, direction: int) -> date:
    """The year of a day-and-month date: past tense = not (much) after the anchor."""
    this = date(anchor.year, month, day) if _valid(anchor.year, month, day) else None
    options = [
        date(y, month, day)
        for y in (anchor.year - 1, anchor.year, anchor.year + 1)
        if _valid(y, month, day)
    ]
    if direction == FUTURE:
        ahead = [d for d in options if d >= anchor - timedelta(days=1)]
        return min(ahead)
    if direction == PAST:
        behind = [d for d in options if d <= anchor + timedelta(days=7)]
        return max(behind)
    return (
        this
        if this and abs((this - anchor).days) <= 183
        else min(options, key=lambda d: abs((d - anchor).days))
    )


def _month_resolved(year: int, month: int, pre: str | None) -> Resolved:
    last_day = calendar.monthrange(year, month)[1]
    first, last = date(year, month, 1), date(year, month, last_day)
    part = (pre or "").lower()
    if part == "early" or "beginning" in part or "start" in part:
        first, last = date(year, month, 1), date(year, month, 10)
        return Resolved(date(year, month, 5), 3, "date", first, last)
    if part == "late" or "end" in part:
        first = date(year, month, 21)
        return Resolved(date(year, month, 25), 3, "date", first, last)
    if part in ("mid", "the middle of"):
        first, last = date(year, month, 11), date(year, month, 20)
        return Resolved(date(year, month, 15), 3, "date", first, last)
    return Resolved(date(year, month, 15), 3, "date", first, last)


def _add_months(year: int, month: int, step: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + step
    return index // 12, index % 12 + 1


def _range(first: date, last: date, middle: bool) -> Resolved:
    span = (last - first).days + 1
    precision = 1 if span <= 1 else 2 if span <= 14 else 3
    day = first + timedelta(days=(span - 1) // 2) if middle else last
    return Resolved(day, precision, "range", first, last)


def _since_range(res: Resolved, anchor: date) -> Resolved:
    """ "since Monday": from that day up to the anchor, dated on the end day (ongoing)."""
    first = res.first or res.date
    span = (anchor - first).days + 1
    return Resolved(anchor, 2 if span <= 14 else 3, "range", first, anchor)


def _weekend(anchor: date, direction: int) -> Resolved:
    if direction == FUTURE:
        saturday = anchor + timedelta(days=(5 - anchor.weekday()) % 7)
    else:
        saturday = anchor - timedelta(days=(anchor.weekday() - 5) % 7)
    return Resolved(saturday, 2, "range", saturday, saturday + timedelta(days=1))


def _since(text: str, cand: Found, words: TimeWords) -> tuple[int, bool]:
    """Start of the expression, taking in a "since" just before it; and whether there is one."""
    if cand.match.group(0).lower().startswith("since"):
        return cand.start, True
    head = text[max(cand.start - 8, 0) : cand.start]
    m = words.since_before.search(head)
    return (cand.start - (len(head) - m.start()), True) if m else (cand.start, False)


def _is_dateline(text: str, cand: Found) -> bool:
    """A date in a wire dateline ("SAN SALVADOR, 3 JAN 90 --") dates the report, not events."""
    if cand.start > 80 or "\n" in text[: cand.start].strip("\n "):
        return False
    return bool(re.match(r"\s*(?:--|\u2014|\u2013|-\s|\()", text[cand.end : cand.end + 4]))


def _month_first_vote(found: list[Found]) -> bool:
    """Month-first numerals when the text's other numeric dates can only be read so
    ("11/25/2016"). Spelled-out dates ("December 12") say nothing: wire style writes them
    month first the world over."""
    votes = 0
    for f in found:
        if f.name == "numeric":
            a, b = int(f.match["a"]), int(f.match["b"])
            votes += 1 if b > 12 >= a else -1 if a > 12 >= b else 0
    return votes > 0


def _direction(text: str, doc: Doc | None, cand: Found, words: TimeWords) -> int:
    """Past or future from the governing verb's tense; UNKNOWN without a parse."""
    pre = ((cand.match.groupdict().get("pre")) or "").lower()
    if pre in words.past_words:
        return PAST
    if pre in words.future_words:
        return FUTURE
    if doc is None or _DEADLINE.search(text[max(cand.start - 9, 0) : cand.start]):
        return UNKNOWN  # "closed through April 20", "by Oct. 1": a limit, not an event day
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or not len(span):
        return UNKNOWN
    verb, via_noun = _governing_verb(span.root)
    if verb is None:
        return UNKNOWN
    tense = verb_tense(verb, words)
    # "punishment for the massacre of 16 November will come": a dated noun is most often a
    # past event, whatever the tense of the clause that mentions it
    return UNKNOWN if via_noun and tense == FUTURE else tense


_DEADLINE = re.compile(r"\b(?:until|till|through|by|before)\s+$", re.IGNORECASE)


def _governing_verb(token: Token) -> tuple[Token | None, bool]:
    """The verb above the expression, and whether a noun came first ("the massacre of 16
    November"), in which case the verb's tense says less about the date."""
    via_noun = False
    while token.head.i != token.i:
        token = token.head
        if is_verb(token):
            return token, via_noun
        via_noun = via_noun or not is_function_word(token)
    return None, via_noun


def verb_tense(verb: Token, words: TimeWords) -> int:
    """FUTURE for will/shall/going to/plans to..., PAST for past forms, else UNKNOWN."""
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass") and child.lower_ in words.future_aux:
            return FUTURE
    head = verb
    while head.dep_ in ("xcomp", "ccomp") and head.head.i != head.i:
        head = head.head
        if any(c.dep_ == "aux" and c.lower_ in words.future_aux for c in head.children):
            return FUTURE
        if head.lower_ in words.future_verbs:
            return UNKNOWN if past_form(head) else FUTURE  # "was set to die Feb. 26": either way
    # "set fire to houses on Thursday" acts on an object: "set" is no schedule there
    acts = any(c.dep_ == "dobj" for c in verb.children)
    scheduled = (verb.lower_ in words.future_verbs and not acts) or any(
        c.dep_ in ("acomp", "xcomp") and c.lower_ in words.future_verbs for c in verb.children
    )
    if scheduled:  # "is scheduled for March 31", "are due in March"; "was set for": either way
        return UNKNOWN if past_form(verb) else FUTURE
    if past_form(verb):
        return PAST
    if any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in verb.children):
        return PAST
    return UNKNOWN
