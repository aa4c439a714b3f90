"""A page's publication date from every kind of evidence it holds, and why one was chosen.

Three sources, in order of trust: the date the page shows its reader next to the story (a
`<time>`, a "Published: 6 March 2024" line, a dated byline), the structured data that
describes the article (JSON-LD `datePublished`, `article:published_time` and kin), and
htmldate's reading of the markup. When they disagree, the visible, more specific evidence
wins and the reason says what was set aside ("htmldate said ..."). Dates labelled as
updates or modifications are never taken for the publication date.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

import lxml.html

from sitrep.intake._classify import stamp_date
from sitrep.intake._dates import find_dates, numeric_date
from sitrep.intake._rules import Rules
from sitrep.intake._text import squeeze
from sitrep.intake.published import DateError, parse_published

_DATE_CLASS = re.compile(r"date|time|publish|posted|dateline|byline|meta|stamp", re.IGNORECASE)
# an element whose own text starts with a date's label ("Posted: Monday, August 19, 2024")
_DATE_LABEL = re.compile(
    r"\s*(first |originally )?(published|posted|date[ds]?|released|issued)( on)?\s*[:\-]?\s*\w",
    re.IGNORECASE,
)
_UPDATED = re.compile(r"\b(updated|modified|last edited|edited|amended)\b", re.IGNORECASE)
_POSTED = re.compile(r"\bposted\b", re.IGNORECASE)
_PUBLISHED = re.compile(r"\b(published|first published|originally published|released)\b", re.I)
# furniture whose dates belong to other stories or to readers
_ELSEWHERE = (
    "ancestor-or-self::aside or ancestor-or-self::nav or ancestor-or-self::footer or "
    "ancestor::*[contains(@class, 'related') or contains(@class, 'comment')"
    " or contains(@class, 'widget') or contains(@class, 'sidebar')]"
)
_VISIBLE_XPATH = (
    f"(//time | //*[@class or @id][not(*[self::p or self::div or self::section])]"
    f" | //dd)[not({_ELSEWHERE})]"
)
_META_NAMES = (
    "article:published_time", "og:article:published_time", "datepublished", "pubdate",
    "publishdate", "publish-date", "publication_date", "dc.date.issued", "date",
    "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime",
)  # fmt: skip
MAX_STAMP_CHARS = 160


@dataclass(frozen=True)
class PageDate:
    date: str | None
    reason: str


@dataclass(frozen=True)
class Seen:
    """A date shown on the page and the label in front of it."""

    date: str
    label: str  # "published", "posted", "updated" or ""


def page_date(tree: lxml.html.HtmlElement | None, htmldate: str | None, rules: Rules) -> PageDate:
    """The publication date, visible evidence first (see the module docstring)."""
    visible = visible_date(tree, rules) if tree is not None else None
    structured = structured_date(tree) if tree is not None else None
    if visible:
        return PageDate(visible, _reason("the date shown on the page", visible, htmldate))
    if structured:
        return PageDate(structured, _reason("the article's structured data", structured, htmldate))
    if htmldate:
        return PageDate(htmldate, "htmldate (page markup)")
    return PageDate(None, "no date found")


def _reason(source: str, chosen: str, htmldate: str | None) -> str:
    if htmldate is None or htmldate == chosen:
        return f"{source} ({chosen}){', as htmldate found' if htmldate else ''}"
    return f"{source} ({chosen}), preferred to htmldate's {htmldate}"


def visible_date(tree: lxml.html.HtmlElement, rules: Rules) -> str | None:
    """The publication date the page shows: a "published" date first, then an unlabelled
    one (in page order), then a "posted" one; never an "updated" one."""
    seen = [s for element in _stamps(tree) for s in _dates_in(element, rules)]
    for label in ("published", "", "posted"):
        dates = [s.date for s in seen if s.label == label]
        if dates:
            return min(dates) if label == "published" else dates[0]
    return None


def _stamps(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Short elements that may show a date: `<time>`, date-ish classes, `<dd>` values, and
    elements whose text starts with a date's label ("Posted:")."""
    out = []
    for element in tree.xpath(_VISIBLE_XPATH):
        if element.tag not in ("time", "dd"):
            marks = f"{element.get('class', '')} {element.get('id', '')}"
            if not _DATE_CLASS.search(marks):
                continue
        out.append(element)
    labelled = tree.xpath(f"//body//*[not(@class or @id)][text()][not({_ELSEWHERE})]")
    out += [e for e in labelled if isinstance(e.text, str) and _DATE_LABEL.match(e.text)]
    return out


def _dates_in(element: lxml.html.HtmlElement, rules: Rules) -> list[Seen]:
    text = squeeze(" ".join(element.itertext()))
    if not text or len(text) > MAX_STAMP_CHARS:
        return []
    label = _label_before(element)
    found = find_dates(text, rules)
    if not found:
        iso = numeric_date(text) or stamp_date(text, rules)
        return [Seen(iso, _kind(label + " " + text))] if iso else []
    out, start = [], 0
    for date in found:  # "Published: 6 March | Updated: 7 March": each date its own label
        out.append(Seen(date.iso, _kind(label + " " + text[start : date.start])))
        start = date.end
    return out


def _label_before(element: lxml.html.HtmlElement) -> str:
    """The label a date stands under: the `<dt>` before its `<dd>`, or its parent's text."""
    holder = next((a for a in element.iterancestors() if a.tag == "dd"), None)
    holder = element if element.tag == "dd" else holder
    if holder is not None:
        term = holder.getprevious()
        return squeeze(term.text_content()) if term is not None and term.tag == "dt" else ""
    parent = element.getparent()
    if element.tag == "time" and parent is not None:
        before = parent.text or ""
        return squeeze(before)[-40:]
    return ""


def _kind(context: str) -> str:
    if _UPDATED.search(context):
        return "updated"
    if _PUBLISHED.search(context):
        return "published"
    if _POSTED.search(context):
        return "posted"
    return ""


def structured_date(tree: lxml.html.HtmlElement) -> str | None:
    """`datePublished` of the page's JSON-LD, else a publication-time meta tag."""
    for script in tree.xpath("//script[@type='application/ld+json']"):
        for value in _json_dates(script.text or ""):
            day = _day(value)
            if day:
                return day
    for meta in tree.xpath("//meta[@content]"):
        name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if name in _META_NAMES:
            day = _day(meta.get("content"))
            if day:
                return day
    return None


def _json_dates(text: str) -> list[str]:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return []
    found: list[str] = []
    stack = [data]
    while stack and len(found) < 10:  # iterative: nesting depth is the page's choice
        item = stack.pop()
        if isinstance(item, dict):
            value = item.get("datePublished")
            if isinstance(value, str):
                found.append(value)
            stack.extend(v for v in item.values() if isinstance(v, dict | list))
        elif isinstance(item, list):
            stack.extend(reversed(item))
    return found


def _day(value: str | None) -> str | None:
    try:
        return parse_published(value, "datePublished")
    except DateError:
        return None
