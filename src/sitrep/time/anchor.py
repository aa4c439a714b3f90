"""The document's anchor date: the day every relative expression is resolved against."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from sitrep.model import Article
from sitrep.time._words import TimeWords
from sitrep.time.expressions import FUTURE, UNKNOWN, parse_iso, resolve, scan

_FULL_DATES = frozenset({"iso", "dmy", "mdy"})
_HEAD_CHARS = 400  # a wire dateline sits in the first lines of the capture


@dataclass(frozen=True)
class Anchor:
    date: str | None  # ISO date every relative expression is resolved against
    reason: str  # where it came from


def document_anchor(article: Article, words: TimeWords) -> Anchor:
    """Published date, else dateline, else latest caption date, else latest full date in text."""
    published = parse_iso(article.published)
    captions = [d for d in (parse_iso(c.date) for c in article.captions) if d]
    latest_caption = max(captions) if captions else None
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
