"""The document's anchor date: the day every relative expression is resolved against."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from sitrep.model import Article
from sitrep.time._words import TimeWords
from sitrep.time.expressions import FUTURE, UNKNOWN, parse_iso, resolve, scan

_FULL_DATES = frozenset({"iso", "dmy", "mdy"})
_HEAD_CHARS = 400  # a wire dateline sits in the first lines of the capture
# What may stand before a header date on its line: capitalised words (a place, a weekday,
# "Published", an agency) and punctuation, and a stamp's "on"/"at" ("Posted on"); no
# other lower-case word, so no sentence ("ten years after"). A word ends at a digit, so one a
# scraper glued to the date still counts ("Aleppo13-12-2016", "Posted on13 December 2016").
# (possessive quantifiers: each word and separator is read one way only, never backtracked)
_WORD = (
    r"(?:(?i:(?:posted|published|updated|dated|date)(?:[ \t]*+(?:on|at))?+)(?![^\W\d_])"
    r"|[A-Z][^\W\d_]*+(?:['’.-][^\W\d_]++)*+\.?+)"
)
_LEAD = rf"(?:^|\n)[ \t]*(?P<lead>[^\w\n]*+(?:{_WORD}[\s,|:/()\[\]–—-]*+){{0,5}})"
_YEAR = r"(?:19|20)\d{2}"
# A compact "13122016" or "20161213" is a date only where no number or code would be.
_NOT_A_DATE_LEAD = re.compile(
    r"(?i:\b(?:tel|phone|mobile|fax|call|whatsapp|no|nr|id|ref|reference|code|order|ticket|"
    r"case|file|invoice|isbn|issn|serial)\b)|[+#№]\s*$"
)
_COMPACT_YEARS = range(1980, 2050)  # a header stamp's year, not a count or a code
# A weekday and day heading the text ("Thursday 27 January") a few days before its publication
# is the day it reports (a day's page published the next morning), not a stamp.
_HEADER_LAG = 7


@dataclass(frozen=True)
class Anchor:
    date: str | None  # ISO date every relative expression is resolved against
    reason: str  # where it came from


def document_anchor(article: Article, words: TimeWords) -> Anchor:
    """Published date, else the date heading the text, else dateline, else latest caption
    date, else latest full date in text. A published date the cleaner only inferred comes
    after the header date."""
    published = parse_iso(article.published)
    captions = [d for d in (parse_iso(c.date) for c in article.captions) if d]
    latest_caption = max(captions) if captions else None
    header = header_date(article.original[:_HEAD_CHARS], article.original, words)
    if header and not (published and not article.published_inferred):
        return Anchor(header.isoformat(), "the date heading the text")
    day = _day_heading(article, published, words) if header is None else None
    if day is not None:
        return Anchor(day.isoformat(), "the day heading the text (year of its publication)")
    if published:
        if article.published_inferred and latest_caption and latest_caption > published:
            return Anchor(latest_caption.isoformat(), "latest caption date (after inferred date)")
        how = f"inferred: {article.published_reason}" if article.published_inferred else "metadata"
        reason = f"published ({article.published_reason or how})"
        return Anchor(published.isoformat(), reason)
    dateline = _dateline_date(article.original[:_HEAD_CHARS], words)
    if dateline:
        return Anchor(dateline.isoformat(), "dateline")
    if latest_caption:
        return Anchor(latest_caption.isoformat(), "latest caption date")
    texts = [t for t in (article.title, article.standfirst, article.body) if t]
    latest = _latest_full_date(texts, words)
    if latest:
        return Anchor(latest.isoformat(), "latest full date in the text")
    return Anchor(None, "none")


def header_date(head: str, text: str, words: TimeWords) -> date | None:
    """The first date opening a line of `head`, in any common written form: "13-12-2016",
    "13.12.2016", "2016/12/13", "13 December 2016", "Dec 13, 2016", "July 7 (2023)" or
    "Dec 132016" (the year glued on by a scraper), compact "13122016" or "20161213", and
    "Tuesday 13 December" (the year is the one, among the years `text` names, in which that
    day is that weekday). Words glued to the date before it still open the line
    ("Aleppo13-12-2016")."""
    found = [
        (m.start("date"), day)
        for pattern, read in _header_forms(words)
        for m in re.finditer(pattern, head)
        if (day := read(m, text, words)) is not None
    ]
    return min(found)[1] if found else None


def _header_forms(words: TimeWords) -> list[tuple[str, _Reader]]:
    month = "(?i:" + "|".join(sorted(map(re.escape, words.months), key=len, reverse=True)) + ")"
    weekday = "(?i:" + "|".join(sorted(map(re.escape, words.weekdays), key=len, reverse=True))
    weekday += ")"
    nth = r"(?:st|nd|rd|th)?"
    return [
        (rf"{_LEAD}(?P<date>(?P<a>\d{{1,2}})(?P<s>[./-])(?P<b>\d{{1,2}})(?P=s)(?P<y>{_YEAR}))"
         r"(?!\d)", _numeric),
        (rf"{_LEAD}(?P<date>(?P<y>{_YEAR})(?P<s>[./-])(?P<m>\d{{1,2}})(?P=s)(?P<d>\d{{1,2}}))"
         r"(?!\d)", _year_first),
        (rf"{_LEAD}(?P<date>(?P<c>\d{{8}}))(?![./,:-]?\d)", _compact),
        (rf"{_LEAD}(?P<date>(?:(?:{weekday})\.?,?\s+)?(?P<d>\d{{1,2}}){nth}\s+(?:of\s+)?"
         rf"(?P<mon>{month})\.?,?\s*(?P<y>{_YEAR}|\({_YEAR}\)))(?!\d)", _written),
        (rf"{_LEAD}(?P<date>(?P<d>\d{{1,2}})-(?P<mon>{month})-(?P<y>{_YEAR}))(?!\d)",
         _written),  # "09-Mar-2025", a database's stamp
        (rf"{_LEAD}(?P<date>(?:(?:{weekday})\.?,?\s+)?(?P<mon>{month})\.?\s*(?P<d>\d{{1,2}}){nth}"
         rf",?\s*(?P<y>{_YEAR}|\({_YEAR}\)))(?!\d)", _written),
        (rf"{_LEAD}(?P<date>(?P<wd>{weekday}),?\s+(?:the\s+)?(?P<d>\d{{1,2}}){nth}\s+(?:of\s+)?"
         rf"(?P<mon>{month})\b)(?![.,]?\s*\d)", _weekday_only),
        (rf"{_LEAD}(?P<date>(?P<wd>{weekday}),?\s+(?P<mon>{month})\.?\s+(?P<d>\d{{1,2}}){nth})"
         r"(?![.,]?\s*\d)", _weekday_only),
    ]  # fmt: skip


_Reader = Callable[[re.Match[str], str, TimeWords], date | None]


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _numeric(m: re.Match[str], text: str, words: TimeWords) -> date | None:
    """Day first, as most of the world writes it; month first only where it must be."""
    a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
    return _make(year, b, a) or _make(year, a, b)


def _year_first(m: re.Match[str], text: str, words: TimeWords) -> date | None:
    return _make(int(m["y"]), int(m["m"]), int(m["d"]))


def _compact(m: re.Match[str], text: str, words: TimeWords) -> date | None:
    """ "13122016" (day first), "20161213" (year first), "12132016" only where it must be month
    first; never after a phone, id or reference word. The two orders never both give a date
    with a year in `_COMPACT_YEARS`, so the reading is unique."""
    if _NOT_A_DATE_LEAD.search(m["lead"]):
        return None
    c = m["c"]
    for year, month, day in (
        (c[4:], c[2:4], c[:2]),
        (c[:4], c[4:6], c[6:]),
        (c[4:], c[:2], c[2:4]),
    ):
        if int(year) in _COMPACT_YEARS and (found := _make(int(year), int(month), int(day))):
            return found
    return None


def _written(m: re.Match[str], text: str, words: TimeWords) -> date | None:
    month = words.months.get(m["mon"].lower().rstrip("."))
    year = int(m["y"].strip("()"))  # "KISUMU, July 7 (2023) -": the year in brackets
    return _make(year, month, int(m["d"])) if month else None


def _weekday_only(m: re.Match[str], text: str, words: TimeWords) -> date | None:
    """ "Tuesday 13 December": the year the text names in which that day was a Tuesday, else
    the year after the latest it names, if that day was a Tuesday then."""
    month, weekday = words.months.get(m["mon"].lower()), words.weekdays.get(m["wd"].lower())
    if month is None or weekday is None:
        return None
    years = sorted({int(y) for y in re.findall(rf"\b({_YEAR})\b", text)}, reverse=True)
    after = [years[0] + 1] if years else []  # a report names past years ("since May 2024")
    for year in years + after:
        day = _make(year, month, int(m["d"]))
        if day is not None and day.weekday() == weekday % 7:
            return day
    return None


def _day_heading(article: Article, published: date | None, words: TimeWords) -> date | None:
    """A year-less day heading the text ("Thursday 27 January") that the publication's year
    makes a date, up to a week before the publication: the day the text reports."""
    if published is None or article.published_inferred:
        return None
    years = f"{article.original}\n{published.year} {published.year - 1}"
    day = header_date(article.original[:_HEAD_CHARS], years, words)
    return day if day and 0 < (published - day).days <= _HEADER_LAG else None


def _dateline_date(head: str, words: TimeWords) -> date | None:
    """ "SAN SALVADOR, 3 JAN 90 --" or "KABUL, Dec 12 (Reuters) -" at the top of the capture."""
    for found in scan(head, words):
        if found.name not in _FULL_DATES:
            continue
        before, after = head[: found.start], head[found.end : found.end + 6]
        line = before.rsplit("\n", 1)[-1]
        place_before = re.search(r"[A-Za-z]\s*,\s*$", line)
        if place_before and re.match(r"\s*(?:--|\u2014|\u2013|-|\()", after):
            res = resolve(found, None, UNKNOWN, words)
            if res:
                return res.date
    return None


def _latest_full_date(texts: list[str], words: TimeWords) -> date | None:
    """The latest explicit day-month-year date that is not announced as still to come."""
    days: list[date] = []
    for text in texts:
        for found in scan(text, words):
            if found.name not in _FULL_DATES:
                continue
            lead = text[max(found.start - 60, 0) : found.start]
            lead = re.split(r"[.!?;]\s", lead)[-1]
            if words.future_context.search(lead):
                continue
            res = resolve(found, None, FUTURE, words)
            if res:
                days.append(res.date)
    if not days:
        return None
    days.sort()
    # A lone date far beyond all the others is more likely an announcement than the news day.
    while len(days) > 1 and days[-1] - days[-2] > timedelta(days=366):
        days.pop()
    return days[-1]
