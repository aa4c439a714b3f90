"""Cleans scraped plain text (a page copied or extracted as text) into an `Article`.

The work is split in two: `_classify` labels every line (title, byline, caption, widget,
related headline, ... or body) with the id of the rule that matched, and this module
assembles the labelled lines into the record: body paragraphs joined by a blank line with an
`OffsetMap` back into the original, captions with their credits, the publication date with
the evidence it came from, and the list of what was set aside and why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from sitrep.intake._classify import (
    Hints,
    Label,
    Sheet,
    byline_names,
    classify,
    ends_sentence,
    is_prose,
    split_names,
    stamp_date,
)
from sitrep.intake._dateline import Dateline, find_dateline
from sitrep.intake._dates import find_dates, make_iso
from sitrep.intake._limits import (
    DEFAULT_LIMITS,
    OVER_LIMIT,
    Limits,
    keep_within,
    scanned,
    without_repeats,
)
from sitrep.intake._rules import Rules, load_rules
from sitrep.intake._text import CleanBuilder, Line, join_wrapped, split_lines, strip_span
from sitrep.intake._title import name_title
from sitrep.model import Article, Caption, Link, OffsetMap, Removed

KEPT = ("title", "standfirst", "body", "caption")


@dataclass(frozen=True)
class Published:
    date: str | None = None
    inferred: bool = False
    reason: str = ""


def clean_text(
    original: str,
    *,
    id: str,
    sha256: str,
    rules: Rules | None = None,
    published: str | None = None,
    published_reason: str = "given with the capture",
    hints: Hints | None = None,
    url: str | None = None,
    encoding: str = "utf-8",
    format: str = "text",
    limits: Limits = DEFAULT_LIMITS,
) -> Article:
    """Separate story from page furniture; `published` (given with the capture) wins.

    Text beyond `limits` is set aside as "over-limit" (see `_limits`).
    """
    rules = rules or load_rules()
    text = scanned(original, limits)
    lines, repeats = without_repeats(join_wrapped(split_lines(text), text))
    sheet = classify(lines, rules, hints or Hints())
    over = repeats + _bound(sheet, limits)
    if len(text) < len(original):
        over.append(Removed(OVER_LIMIT, len(text), len(original), "scan-limit"))
    body_lines = [line for _, line in sheet.of_kind("body")]
    body, offsets = assemble_body(original, body_lines)
    dateline = find_dateline(_first_paragraph(body_lines), rules)
    captions = build_captions(sheet)
    published_info = choose_published(sheet, captions, dateline, published, published_reason)
    title, outlet = _named_title(_first_of(sheet, "title"), url, rules, hints)
    standfirst = _first_of(sheet, "standfirst")
    return Article(
        id=id,
        original=original,
        sha256=sha256,
        body=body,
        body_offsets=offsets,
        title=title.text if title else None,
        title_span=(title.start, title.end) if title else None,
        standfirst=standfirst.text if standfirst else None,
        standfirst_span=(standfirst.start, standfirst.end) if standfirst else None,
        authors=find_authors(sheet, hints),
        published=published_info.date,
        published_inferred=published_info.inferred,
        published_reason=published_info.reason,
        dateline=dateline.place,
        agency=dateline.agency,
        captions=captions,
        related=build_related(sheet),
        tags=build_tags(sheet),
        removed=build_removed(sheet) + tuple(over),
        url=url,
        format=format,
        encoding=encoding,
        outlet=outlet,
    )


def _named_title(
    line: Line | None, url: str | None, rules: Rules, hints: Hints | None
) -> tuple[Line | None, str | None]:
    """A scraped title line without the site's name around it ("Headline | Site", told by the
    URL's host, a date or a section), and that name as the outlet. A page's title comes named
    already (`html.read_page`)."""
    if line is None or (hints is not None and hints.markup):
        return line, None
    named = name_title([line.text], [], [], url, rules)
    at = line.text.find(named.title or "")
    if not named.title or named.title == line.text or at < 0:
        return line, named.outlet
    start = line.start + at
    return replace(line, start=start, end=start + len(named.title), text=named.title), named.outlet


def _bound(sheet: Sheet, limits: Limits) -> list[Removed]:
    """Set aside what is over the limits; the cut-off ends of shortened lines are returned."""
    kinds = [label.kind if label else None for label in sheet.labels]
    shortened, dropped = keep_within(sheet.lines, kinds, limits)
    rests = []
    for i, line in shortened.items():
        rests.append(Removed(OVER_LIMIT, line.end, sheet.lines[i].end, "size-limit"))
        sheet.lines[i] = line
    for i in dropped:
        sheet.labels[i] = Label(OVER_LIMIT, "size-limit")
    return rests


def _first_paragraph(lines: list[Line]) -> str:
    """The text of the first body paragraph (skipping a stray id or label line)."""
    return next((line.key for line in lines if is_prose(line)), lines[0].key if lines else "")


def _first_of(sheet: Sheet, kind: str) -> Line | None:
    return next((line for _, line in sheet.of_kind(kind)), None)


# ---------------------------------------------------------------- body


def assemble_body(original: str, lines: list[Line]) -> tuple[str, OffsetMap]:
    """Body paragraphs joined by "\\n\\n"; hard-wrapped lines of one paragraph by a space."""
    builder = CleanBuilder(original)
    previous: Line | None = None
    for line in lines:
        if previous is not None:
            builder.insert(" " if _continues(previous, line) else "\n\n")
        builder.copy_normalised(line.start, line.end)
        previous = line
    return builder.text(), builder.offsets()


def _continues(previous: Line, line: Line) -> bool:
    """A line that carries on the sentence of the line before (hard-wrapped text)."""
    return (
        not previous.blank_after
        and line.index == previous.index + 1
        and not ends_sentence(previous.text)
        and line.text[:1].islower()
    )


# ---------------------------------------------------------------- captions, links, tags


def build_captions(sheet: Sheet) -> tuple[Caption, ...]:
    out: list[Caption] = []
    for i, line in sheet.of_kind("caption"):
        parts = sheet.captions[i]
        start, end = strip_span(line.text, parts.start, parts.end)
        text = line.text[start:end]
        credit = parts.credit
        agency, photographer = parse_credit(credit, sheet.rules) if credit else (None, None)
        dates = find_dates(text, sheet.rules)
        out.append(
            Caption(
                text,
                credit,
                agency,
                photographer,
                dates[0].iso if dates else None,
                line.start + start,
                line.start + end,
            )
        )
    return tuple(out)


def parse_credit(credit: str, rules: Rules) -> tuple[str | None, str | None]:
    """(agency, photographer) of "STRINGER/AFP", "REUTERS/Jane Doe", "Jane Doe via Getty"."""
    cleaned = re.sub(r"\b(photo|file)\b", "", credit, flags=re.IGNORECASE).strip(" ()[]/")
    parts = [p.strip() for p in re.split(r"\s*/\s*|\s+(?:via|for)\s+", cleaned) if p.strip()]
    agency = next((rules.agencies[p.lower()] for p in parts if p.lower() in rules.agencies), None)
    people = [p for p in parts if p.lower() not in rules.agencies]
    photographer = people[0] if people else None
    if agency is None and photographer and _organisation(photographer, rules):
        return photographer, None  # an organisation credited as a whole ("Ministry of Defence")
    return agency, photographer


def _organisation(credit: str, rules: Rules) -> bool:
    words = re.findall(r"[\w']+", credit.lower())
    return any(w in rules.organisation_words for w in words) or not split_names(credit, rules)


def build_related(sheet: Sheet) -> tuple[Link, ...]:
    """The linked headlines: the title a "Read more: ..." prompt leads to, or the whole line."""
    out: list[Link] = []
    for _, line in sheet.of_kind("related"):
        start, end = 0, len(line.text)
        for pattern in sheet.rules.related:  # the last prompt that matches gives the title
            match = pattern.regex.fullmatch(line.text)
            if match:
                start, end = match.span("title")
        out.append(Link(line.text[start:end], line.start + start, line.start + end))
    return tuple(out)


def build_tags(sheet: Sheet) -> tuple[str, ...]:
    out: list[str] = []
    for i, line in sheet.of_kind("tags"):
        match = sheet.rules.tags[0].regex.fullmatch(line.key)
        if match:
            out.extend(t.strip() for t in re.split(r"[,;|•·]", match["tags"]) if t.strip())
        elif (label := sheet.labels[i]) is not None and label.rule == "tag-list":
            out.append(line.key)
    return tuple(dict.fromkeys(out))


def build_removed(sheet: Sheet) -> tuple[Removed, ...]:
    return tuple(
        Removed(label.kind, line.start, line.end, label.rule)
        for line, label in zip(sheet.lines, sheet.labels, strict=True)
        if label and label.kind not in ("title", "standfirst", "body")
    )


# ---------------------------------------------------------------- authors


def find_authors(sheet: Sheet, hints: Hints | None) -> tuple[str, ...]:
    names: list[str] = list(hints.authors) if hints else []
    for i, line in sheet.of_kind("byline"):
        label = sheet.labels[i]
        if label and label.rule != "byline-affiliation":
            names.extend(_names_in_byline(line.key, sheet.rules))
    unique: dict[str, str] = {}
    for name in names:
        unique.setdefault(name.lower(), name)
    return tuple(unique.values())


def _names_in_byline(text: str, rules: Rules) -> list[str]:
    found = byline_names(text, rules)
    return found[1] if found else split_names(re.sub(r"^[-–—]+\s*", "", text), rules)


# ---------------------------------------------------------------- publication date


def choose_published(
    sheet: Sheet,
    captions: tuple[Caption, ...],
    dateline: Dateline,
    given: str | None,
    given_reason: str = "given with the capture",
) -> Published:
    """The stated date if there is one, else the best lower bound the text gives."""
    if given:
        return Published(given, False, given_reason)
    story_start = next((i for i, _ in sheet.of_kind("body")), None)
    stamps = _stamp_dates(sheet, "published", story_start)
    if stamps:
        return Published(min(stamps), False, f"published stamp ({min(stamps)})")
    if dateline.iso:
        return Published(dateline.iso, False, f"dateline ({dateline.iso})")
    stamps = _stamp_dates(sheet, "published")  # a dated line inside the story comes last
    if stamps:
        return Published(min(stamps), False, f"published stamp ({min(stamps)})")
    return _inferred(sheet, captions, dateline)


def _inferred(sheet: Sheet, captions: tuple[Caption, ...], dateline: Dateline) -> Published:
    updated = _stamp_dates(sheet, "updated")
    caption_dates = [c.date for c in captions if c.date]
    text_dates = _story_dates(sheet)
    evidence = updated or caption_dates or text_dates
    if dateline.month_day and evidence:
        iso = _nearest_year(dateline.month_day, max(evidence))
        if iso:
            return Published(iso, True, f"dateline day in the year of the other dates ({iso})")
    if updated:
        return Published(min(updated), True, f"earliest updated stamp ({min(updated)})")
    if caption_dates:
        latest = max(caption_dates)
        return Published(latest, True, f"latest dated caption ({latest})")
    if text_dates:
        latest = max(text_dates)
        return Published(latest, True, f"latest date written in the story ({latest})")
    return Published(None, False, "no date found")


def _nearest_year(month_day: tuple[int, int], near: str) -> str | None:
    """The date of `month_day` closest to the ISO date `near` ("Dec 31" near 2017-01-02)."""
    year = int(near[:4])
    candidates = [make_iso(y, *month_day) for y in (year - 1, year, year + 1)]
    valid = [c for c in candidates if c]
    target = date.fromisoformat(near)
    return min(valid, key=lambda c: abs(date.fromisoformat(c) - target)) if valid else None


def _stamp_dates(sheet: Sheet, kind: str, before: int | None = None) -> list[str]:
    """Dates of the stamps of one kind (only those above line `before`, if given)."""
    end = len(sheet.lines) if before is None else before
    found = (stamp_date(line.text, sheet.rules) for i, line in sheet.of_kind(kind) if i < end)
    return [iso for iso in found if iso]


def _story_dates(sheet: Sheet) -> list[str]:
    return [
        found.iso
        for _, line in sheet.of_kind("title", "standfirst", "body")
        for found in find_dates(line.text, sheet.rules)
    ]


__all__ = ["Hints", "clean_text"]
