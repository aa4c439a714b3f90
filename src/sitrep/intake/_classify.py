"""Line classifiers for scraped news text.

Each classifier looks at the lines (and the labels given so far) and labels the lines it
recognises with a kind and the id of the rule that matched. They run in a fixed order (see
`classify`); a line keeps the first label it gets. Whatever is left unlabelled is body text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from sitrep.intake._dateline import is_dateline
from sitrep.intake._dates import find_dates, numeric_date
from sitrep.intake._rules import Pattern, Rules
from sitrep.intake._text import Line, squeeze

TERMINAL = ".!?:;…"
CLOSERS = "\"'”’»)]*"
BULLETS = "-•*–—·▪►"
MAX_CAPTION_WORDS = 70
TAG_LIKE_RULES = {"section-label"}  # a section name listed under "Topics" is a tag
FURNITURE = {
    "related-header",
    "byline",
    "caption",
    "caption-repeat",
    "caption-credit",
    "boilerplate",
    "published",
    "updated",
}
_NAME_TOKEN = re.compile(r"[A-ZÀ-ÞĀ-Ž][\w.'’\-À-ÿ]*\Z")
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bwith\b)\s*")
_LEAD_DASH = re.compile(r"^[-–—]+\s*")
_DATE_NOISE = re.compile(r"[\d:,|/()\-–—]")


@dataclass(frozen=True)
class Label:
    kind: str  # title, standfirst, byline, published, updated, caption, caption-repeat,
    # boilerplate, related, tags, repeat, body
    rule: str


@dataclass(frozen=True)
class Hints:
    """What a richer source (HTML metadata) already knows about the text."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    caption_starts: frozenset[int] = frozenset()  # original offsets of caption lines
    markup: bool = False  # the text comes from a page's markup: the hints below are known
    headings: frozenset[str] = frozenset()  # the story's own subheadings (<h2> in its text)
    links: frozenset[str] = frozenset()  # texts of the page's links (related headlines)
    description: str | None = None  # the page's own summary (its description meta tag)


@dataclass
class Sheet:
    """The lines with their labels, as classifiers fill them in."""

    lines: list[Line]
    rules: Rules
    hints: Hints
    labels: list[Label | None] = field(init=False)
    captions: dict[int, CaptionParts] = field(default_factory=dict)  # line index -> caption
    shouting: bool = field(init=False)  # in all-capital text a name has no telling shape

    def __post_init__(self) -> None:
        self.labels = [None] * len(self.lines)
        letters = "".join(filter(str.isalpha, "".join(line.text for line in self.lines)))
        capitals = sum(map(str.isupper, letters))
        self.shouting = len(letters) > 200 and capitals > 0.8 * len(letters)

    def free(self, i: int) -> bool:
        return self.labels[i] is None

    def set(self, i: int, kind: str, rule: str) -> None:
        if self.labels[i] is None:
            self.labels[i] = Label(kind, rule)

    def set_caption(self, i: int, parts: CaptionParts) -> None:
        """Label a free line a caption, with where its text and credit are."""
        self.captions[i] = parts
        self.set(i, "caption", parts.rule)

    def kind(self, i: int) -> str | None:
        label = self.labels[i]
        return label.kind if label else None

    def of_kind(self, *kinds: str) -> Iterator[tuple[int, Line]]:
        """(index, line) of each line labelled with one of `kinds`, in order."""
        return ((i, line) for i, line in enumerate(self.lines) if self.kind(i) in kinds)


# ---------------------------------------------------------------- line shapes


_EDITORIAL_NOTE = re.compile(r"\s*\[[^\]]{0,40}\]\s*$")  # "[END RECORDING]", "[CONTINUED]"
_SENTENCE_BREAK = re.compile(r"[^\W\d_]{3,}[.!?][\"'”’]?\s+\S")


def ends_sentence(text: str) -> bool:
    core = _EDITORIAL_NOTE.sub("", text).rstrip(CLOSERS + " ")
    return bool(core) and core[-1] in TERMINAL


def is_prose(line: Line) -> bool:
    return (line.words >= 6 and ends_sentence(line.text)) or line.words >= 25


def is_headline(line: Line) -> bool:
    text = line.text
    return (
        2 <= line.words <= 30
        and not ends_sentence(text)
        and not _SENTENCE_BREAK.search(text)  # two sentences make a paragraph, not a headline
        and text[0] not in BULLETS
        and any(ch.isalpha() for ch in text)
        and (text[0].isupper() or text[0] in "\"'‘“«" or text[0].isdigit())
    )


def is_name(text: str, rules: Rules) -> bool:
    """ "Jane Doe", "Ahmed al-Rashid", "JANE DOE": 2-5 capitalised tokens, no sentence words."""
    tokens = text.split()
    if not 2 <= len(tokens) <= 5 or len(text) > 60 or text.lower() in rules.agencies:
        return False
    capitalised = 0
    for token in tokens:
        if token.lower() in rules.name_stopwords:
            return False
        if token.lower().startswith(("al-", "el-")):
            capitalised += token[3:4].isupper()
            continue
        if token.lower() in rules.name_particles:
            continue
        if not _NAME_TOKEN.match(token) or any(ch.isdigit() for ch in token):
            return False
        capitalised += 1
    return capitalised >= 2


_IN_PLACE = re.compile(r"\s+in\s+.*$")
_CLAUSE_BY = re.compile(
    r"\(?(?:additional )?(?:reporting|writing|compiled|written|text) by (.+)", re.IGNORECASE
)


def split_names(text: str, rules: Rules) -> list[str]:
    """ "Jane Doe and John Roe, Reuters" -> ["Jane Doe", "John Roe"] (only name-like parts)."""
    parts = [_IN_PLACE.sub("", p).strip(" .") for p in _NAME_SPLIT.split(text)]
    return [p for p in parts if is_name(p, rules)]


def byline_names(text: str, rules: Rules) -> tuple[str, list[str]] | None:
    """(rule id, names) if `text` is a byline such as "By Jane Doe and John Roe"."""
    for pattern in rules.byline:
        match = pattern.regex.fullmatch(text)
        if not match:
            continue
        names = clause_names(text, rules) if pattern.clauses else split_names(match["names"], rules)
        if names:
            return pattern.id, names
    return None


def clause_names(text: str, rules: Rules) -> list[str]:
    """Names in "Reporting by A in Goma and B; Writing by C; Editing by D" (not editors)."""
    names: list[str] = []
    for clause in text.split(";"):
        match = _CLAUSE_BY.match(clause.strip())
        if match:
            names.extend(split_names(match.group(1).rstrip(")"), rules))
    return names


def only_a_date(line: Line, rules: Rules) -> bool:
    """A line that is just a date (and maybe a time or weekday): a publication stamp."""
    dates = find_dates(line.text, rules)
    if not dates or line.words > 10:
        return False
    rest = line.text[: dates[0].start] + line.text[dates[0].end :]
    rest = _DATE_NOISE.sub(" ", rest).lower()
    weekdays = {d[:3] for d in rules.weekdays}
    leftovers = [
        w
        for w in (w.strip(".") for w in rest.split())
        if len(w) > 1 and w not in rules.time_words and w[:3] not in weekdays
    ]
    return not leftovers


# ---------------------------------------------------------------- classifiers


def label_widgets(sheet: Sheet) -> None:
    for i, line in enumerate(sheet.lines):
        pattern = _full_match(sheet.rules.line, line.key) or _short_line_match(sheet.rules, line)
        if pattern:
            sheet.set(i, pattern.kind, pattern.id)


def _short_line_match(rules: Rules, line: Line) -> Pattern | None:
    """The first [[contains]] pattern found in a line short enough for it."""
    return next(
        (p for p in rules.contains if line.words <= p.max_words and p.regex.search(line.key)),
        None,
    )


def _full_match(patterns: tuple[Pattern, ...], key: str) -> Pattern | None:
    """The first pattern that matches the whole of `key`."""
    return next((p for p in patterns if p.regex.fullmatch(key)), None)


def label_stamps(sheet: Sheet) -> None:
    """Publication stamps: "Published ...", "Updated ...", a bare date, a date-place line."""
    header_end = next((i for i, line in enumerate(sheet.lines) if is_prose(line)), 0)
    for i, line in enumerate(sheet.lines):
        if not sheet.free(i) or line.words > 25 or not stamp_date(line.text, sheet.rules):
            continue
        pattern = next((p for p in sheet.rules.stamp if p.regex.match(line.key)), None)
        if pattern:
            sheet.set(i, pattern.kind, pattern.id)
        elif only_a_date(line, sheet.rules):
            sheet.set(i, "published", "date-line")
        elif i < header_end and _few_words_besides_dates(line, sheet.rules):
            sheet.set(i, "published", "header-date")


def stamp_date(text: str, rules: Rules) -> str | None:
    """The date a stamp line gives: written out, ISO, or numeric day-first."""
    found = find_dates(text, rules)
    return found[0].iso if found else numeric_date(text)


def _few_words_besides_dates(line: Line, rules: Rules) -> bool:
    """ "Aleppo | Dec 14, 2016 | 10:31" yes; a headline that names a date, no."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]{2,}", line.text)]
    other = [w for w in words if w.rstrip(".") not in rules.months and w not in rules.weekdays]
    return len(other) <= 3


@dataclass(frozen=True)
class CaptionParts:
    """Where a caption's text sits in its line (offsets into `Line.text`), and its credit."""

    start: int
    end: int
    credit: str | None
    rule: str


def caption_parts(line: Line, rules: Rules) -> CaptionParts | None:
    """The caption in a line: after a caption prefix and/or before a trailing credit."""
    if line.words > MAX_CAPTION_WORDS:  # a paragraph: no caption, whatever it starts with
        return None
    start, rule = 0, ""
    for pattern in rules.caption_prefix:
        prefix = pattern.regex.match(line.text)
        if prefix:
            start, rule = prefix.end(), pattern.id
            break
    for pattern in rules.credit:
        if pattern.max_words and line.words > pattern.max_words:
            continue
        match = pattern.regex.search(line.text, start)
        if match and len(line.text[start : match.start()].split()) >= 3:
            end = len(line.text[: match.start()].rstrip())
            return CaptionParts(start, end, match["credit"].strip(), rule or pattern.id)
    return CaptionParts(start, len(line.text), None, rule) if rule else None


def label_captions(sheet: Sheet) -> None:
    for i, line in enumerate(sheet.lines):
        if not sheet.free(i):
            continue
        parts = caption_parts(line, sheet.rules)
        if parts is None and line.start in sheet.hints.caption_starts:
            parts = CaptionParts(0, len(line.text), None, "html-figcaption")
        if parts:
            sheet.set_caption(i, parts)
    _attach_credit_lines(sheet)


def _attach_credit_lines(sheet: Sheet) -> None:
    """A credit printed on its own line beside a caption that has none."""
    for i, line in enumerate(sheet.lines):
        if not sheet.free(i):
            continue
        for pattern in sheet.rules.credit_line:
            match = pattern.regex.fullmatch(line.key)
            target = _uncredited_caption_near(sheet, i) if match else None
            if match and target is not None:
                old = sheet.captions[target]
                sheet.captions[target] = CaptionParts(
                    old.start, old.end, match["credit"].strip(), old.rule
                )
                sheet.set(i, "caption-credit", pattern.id)
                break


def _uncredited_caption_near(sheet: Sheet, i: int) -> int | None:
    for j in (i + 1, i - 1, i + 2, i - 2):
        if j in sheet.captions and sheet.captions[j].credit is None:
            return j
    return None


def label_bylines(sheet: Sheet) -> None:
    hinted = {squeeze(a).lower() for a in sheet.hints.authors}
    for i, line in enumerate(sheet.lines):
        if not sheet.free(i) or line.words > 40:
            continue
        if squeeze(line.text).lower() in hinted:
            sheet.set(i, "byline", "metadata-author")
            continue
        found = byline_names(line.key, sheet.rules)
        if found:
            sheet.set(i, "byline", found[0])


def label_tags(sheet: Sheet) -> None:
    in_tag_list = False
    for i, line in enumerate(sheet.lines):
        label = sheet.labels[i]
        taggable = sheet.free(i) or (label is not None and label.rule in TAG_LIKE_RULES)
        if in_tag_list and taggable and line.words <= 5 and not ends_sentence(line.text):
            sheet.labels[i] = Label("tags", "tag-list")
            continue
        in_tag_list = _opens_tag_list(sheet, i, label)
        if sheet.free(i) and (inline := _full_match(sheet.rules.tags[:1], line.key)):
            sheet.set(i, "tags", inline.id)


def _opens_tag_list(sheet: Sheet, i: int, label: Label | None) -> bool:
    """A tag-list header ("Topics"), or a boilerplate line that reads like one."""
    key = sheet.lines[i].key
    header = _full_match(sheet.rules.tags[1:], key) if label is None else None
    if header:
        sheet.set(i, "tags", header.id)
        return True
    return bool(
        label
        and label.kind == "boilerplate"
        and key.rstrip().endswith(":")
        and "topic" in key.lower()
    )


def label_timestamps(sheet: Sheet) -> None:
    for i, line in enumerate(sheet.lines):
        if sheet.free(i) and _full_match(sheet.rules.timestamp, line.key):
            sheet.set(i, "body", "live-timestamp")


def label_repeats(sheet: Sheet) -> None:
    """Keep one copy of anything scraped twice: captions, bylines, paragraphs."""
    captions = {i: caption_text(sheet, i) for i, _ in sheet.of_kind("caption")}
    starts = sorted(captions.values())  # a free line repeating a caption's start: bisect
    seen: dict[str, int] = {}
    for i, line in enumerate(sheet.lines):
        key = line.key
        if key in seen and sheet.kind(i) not in ("boilerplate", "tags", "body"):
            first = sheet.kind(seen[key])
            kind = "caption-repeat" if first == "caption" else (first or "repeat")
            sheet.labels[i] = Label(kind if kind != "body" else "repeat", "repeated-line")
        elif sheet.free(i) and _repeats_caption(key, starts):
            sheet.set(i, "caption-repeat", "caption-without-credit")
        seen.setdefault(key, i)
    _drop_caption_duplicates(sheet, captions)


def caption_text(sheet: Sheet, i: int) -> str:
    line, parts = sheet.lines[i], sheet.captions.get(i)
    return squeeze(line.text[parts.start : parts.end] if parts else line.text)


def _repeats_caption(key: str, starts: list[str]) -> bool:
    """A line of 4+ words that some caption begins with (`starts`: caption texts, sorted)."""
    if len(key.split()) < 4:
        return False
    at = bisect.bisect_left(starts, key)
    return at < len(starts) and starts[at].startswith(key)


def _drop_caption_duplicates(sheet: Sheet, captions: dict[int, str]) -> None:
    kept: set[str] = set()
    for i, text in sorted(captions.items()):
        if text in kept:
            sheet.labels[i] = Label("caption-repeat", "repeated-caption")
        kept.add(text)


def label_title(sheet: Sheet) -> None:
    hinted = squeeze(sheet.hints.title or "")
    for i, line in enumerate(sheet.lines):
        if hinted and line.key == hinted and sheet.free(i):
            sheet.set(i, "title", "metadata-title")
            return
    if hinted:
        return
    for i, line in enumerate(sheet.lines):
        if not sheet.free(i):
            continue
        if 3 <= line.words <= 30 and _headline_end(line.text):
            sheet.set(i, "title", "first-headline")
        return


def _headline_end(text: str) -> bool:
    """No full stop ends the line, before a trailing editorial note ("... people. [size=no
    report]" is a one-line report), and no sentence ends inside it."""
    core = _EDITORIAL_NOTE.sub("", text).rstrip(CLOSERS + " ")
    return not core.endswith(".") and not _SENTENCE_BREAK.search(core)


def first_prose(sheet: Sheet, after: int = -1) -> int | None:
    for i in range(after + 1, len(sheet.lines)):
        if sheet.free(i) and is_prose(sheet.lines[i]):
            return i
    return None


def label_subtitle(sheet: Sheet) -> None:
    """On a page, the first line under the headline, when the page marks it as its summary
    (its description meta tag says the same) or sets it as a heading, and it reads as no
    sentence of the story (no full stop): the standfirst."""
    if not sheet.hints.markup:
        return
    description = squeeze(sheet.hints.description or "").lower()
    for i, line in enumerate(sheet.lines):
        if not sheet.free(i):
            continue  # the title, a byline, a date: look further
        marked = line.key.lower() == description or line.key in sheet.hints.headings
        if marked and not is_prose(line) and not ends_sentence(line.text):
            sheet.set(i, "standfirst", "page-subtitle")
        return  # only the first free line can be the subtitle


def label_ad_teasers(sheet: Sheet) -> None:
    """The headline an advertisement label ("Sponsored") stands over is the advertisement's."""
    for i in range(1, len(sheet.lines)):
        label = sheet.labels[i - 1]
        after_ad = label is not None and label.rule == "advertisement"
        if after_ad and sheet.free(i) and is_headline(sheet.lines[i]):
            sheet.set(i, "boilerplate", "ad-teaser")


def label_standfirst(sheet: Sheet) -> None:
    """The first paragraph is a standfirst if page furniture separates it from the story.

    Not on a page: there a picture or a video between the first paragraphs is common inside
    the story, and the page marks its standfirst itself (`label_subtitle`).
    """
    if sheet.hints.markup:
        return
    p0 = first_prose(sheet)
    if p0 is None or not any(sheet.kind(i) == "title" for i in range(p0)):
        return
    if _is_dateline(sheet, p0):
        return  # a wire story starts with its dateline: that is the body
    p1 = first_prose(sheet, p0)
    if p1 is None:
        return
    between = [sheet.kind(i) for i in range(p0 + 1, p1)]
    starts_wire = _is_dateline(sheet, p1)
    if any(k in FURNITURE for k in between) or starts_wire or _is_name_line(sheet, p0 + 1):
        sheet.set(p0, "standfirst", "first-paragraph-before-furniture")


def _is_dateline(sheet: Sheet, i: int) -> bool:
    return is_dateline(sheet.lines[i].key, sheet.rules)


def _is_name_line(sheet: Sheet, i: int) -> bool:
    return i < len(sheet.lines) and sheet.free(i) and is_name(sheet.lines[i].text, sheet.rules)


def label_name_lines(sheet: Sheet) -> None:
    """Author names standing alone near the top (or at the very end) of the article."""
    story = [
        i
        for i, line in enumerate(sheet.lines)
        if sheet.kind(i) in (None, "repeat") and is_prose(line)
    ]
    if not story or sheet.shouting:
        return
    # A byline may also follow the first paragraph (an unrecognised standfirst); there a
    # name must sit beside other furniture (see `_near_furniture`).
    top_end = story[1] if len(story) > 1 else story[0]
    for i in range(top_end):
        if (
            sheet.free(i)
            and is_name(sheet.lines[i].text, sheet.rules)
            and _near_furniture(sheet, i)
        ):
            sheet.set(i, "byline", "name-line")
    _label_affiliations(sheet, top_end)
    for i in range(story[-1] + 1, len(sheet.lines)):
        if sheet.free(i) and _signature(sheet.lines[i].text, sheet.rules):
            sheet.set(i, "byline", "name-line-end")


def _label_affiliations(sheet: Sheet, top_end: int) -> None:
    """The short line under a byline: "BBC News, Nairobi", "Senior Africa correspondent"."""
    for i in range(1, top_end):
        line = sheet.lines[i]
        after_byline = sheet.kind(i - 1) == "byline" and not line.blank_before
        if sheet.free(i) and after_byline and line.words <= 6 and not ends_sentence(line.text):
            sheet.set(i, "byline", "byline-affiliation")


def _signature(text: str, rules: Rules) -> bool:
    """ "Jane Doe" or "— Jane Doe and John Roe" standing alone after the story."""
    if _LEAD_DASH.match(text):
        return bool(split_names(_LEAD_DASH.sub("", text), rules)) and len(text.split()) <= 9
    return is_name(text, rules)


def _near_furniture(sheet: Sheet, i: int) -> bool:
    """Before the first paragraph anything goes; later, a name must sit beside furniture."""
    first = first_prose(sheet)
    if first is None or i < first:
        return True
    neighbours = [j for j in (i - 1, i + 1) if 0 <= j < len(sheet.lines)]
    return any(sheet.kind(j) in FURNITURE for j in neighbours) or any(
        sheet.lines[j].key == sheet.lines[i].key for j in neighbours
    )


def label_dated_captions(sheet: Sheet) -> None:
    """A lone line with a full date and no closing full stop describes a photo.

    Headlines and related links rarely carry a date with its year; paragraphs end with a
    full stop. A caption scraped without its credit looks like this.
    """
    if sheet.shouting or sum(1 for line in sheet.lines if is_prose(line)) < 2:
        return  # a lone line is the story itself; all-capital wire copy has no photos
    for i, line in enumerate(sheet.lines):
        if (
            sheet.free(i)
            and 6 <= line.words <= 45
            and not ends_sentence(line.text)
            and find_dates(line.text, sheet.rules)
        ):
            sheet.set_caption(i, CaptionParts(0, len(line.text), None, "dated-caption"))
    _attach_credit_lines(sheet)


def label_header_times(sheet: Sheet) -> None:
    """A time or "2 hours ago" above the first paragraph stamps the page, not a live entry."""
    first = first_prose(sheet) or 0
    for i in range(first):
        label, line = sheet.labels[i], sheet.lines[i]
        opens_entry = not line.blank_after and sheet.kind(i + 1) in (None, "body")
        if label is not None and label.rule == "live-timestamp" and not opens_entry:
            sheet.labels[i] = Label("boilerplate", "header-time")


def label_related_lists(sheet: Sheet) -> None:
    """Headlines listed under a related-stories header, up to the next paragraph."""
    in_list = False
    for i, line in enumerate(sheet.lines):
        if sheet.kind(i) == "related-header":
            in_list = True
        elif in_list and (is_prose(line) or not sheet.free(i)):
            in_list = sheet.kind(i) not in (None, "body", "standfirst", "caption")
        elif in_list and is_headline(line) and line.words >= 3:
            sheet.set(i, "related", "related-list")
        elif in_list:
            sheet.set(i, "boilerplate", "related-list-detail")


def label_related(sheet: Sheet) -> None:
    """Links to other stories: "Read more: ..." lines, and headlines standing alone.

    A headline-like line glued to the paragraph below it is a subheading (a live-blog
    entry's headline, say) and stays in the story, unless the page has no blank lines at all.
    """
    spaced = any(line.blank_before for line in sheet.lines[1:])
    for i, line in enumerate(sheet.lines):
        if not sheet.free(i):
            continue
        prompt = _full_match(sheet.rules.related, line.key)
        if prompt and (line.words <= 10 or (line.words <= 30 and not is_prose(line))):
            sheet.set(i, "related", prompt.id)
        elif _lone_headline(sheet, line, spaced):
            sheet.set(i, "related", "lone-headline")


def _lone_headline(sheet: Sheet, line: Line, spaced: bool) -> bool:
    """A headline standing alone. From a page, only one that is a link's text: a line of the
    story's own text (a lead without its full stop, a subheading) is never dropped for its
    shape; plain text has no links to tell, so there its standing alone must do."""
    if sheet.hints.markup:
        item = line.key.lstrip(BULLETS + " ")
        return item in sheet.hints.links and is_headline(replace(line, text=item))
    return not sheet.shouting and is_headline(line) and (line.blank_after or not spaced)


def label_lone_words(sheet: Sheet) -> None:
    """A single word on its own line ("Haaretz", "Opinion") is page furniture."""
    for i, line in enumerate(sheet.lines):
        text = line.text
        heading = line.key in sheet.hints.headings  # "Findings": a subheading of the story
        alone = line.words == 1 and not ends_sentence(text) and text.isalpha()
        if sheet.free(i) and alone and not heading:
            sheet.set(i, "boilerplate", "lone-word")


def label_rest_as_body(sheet: Sheet) -> None:
    for i in range(len(sheet.lines)):
        sheet.set(i, "body", "story")


Classifier = Callable[[Sheet], None]


def classify(lines: list[Line], rules: Rules, hints: Hints) -> Sheet:
    """Label every line; the order matters (a line keeps its first label)."""
    sheet = Sheet(lines, rules, hints)
    steps: tuple[Classifier, ...] = (
        label_widgets,  # share/follow/newsletter/cookie/ads: certain, context-free
        label_stamps,  # "Published ...", "Updated ...", a bare date
        label_captions,  # lines ending with a photo credit, caption prefixes, credit lines
        label_bylines,  # "By ...", "Reporting by ...", author bios
        label_tags,  # "Topics: ..." and tag lists
        label_timestamps,  # live-blog times: kept as body
        label_repeats,  # anything scraped twice, captions without their credit
        label_title,  # the first headline-like line
        label_ad_teasers,  # the headline under "Sponsored"
        label_subtitle,  # a page's summary line under its headline
        label_standfirst,  # the first paragraph when furniture follows it
        label_dated_captions,  # a photo's description with its date but no credit
        label_header_times,  # "2 hours ago" above the story
        label_name_lines,  # author names standing alone near the top or at the end
        _relabel_name_repeats,
        label_related_lists,  # the headlines under "More on this story"
        label_related,  # "Read more: ..." and lone headlines
        label_lone_words,
        label_rest_as_body,
    )
    for step in steps:
        step(sheet)
    return sheet


def _relabel_name_repeats(sheet: Sheet) -> None:
    """A byline scraped twice: the copy was marked a repeat before names were known."""
    names = {line.key for _, line in sheet.of_kind("byline")}
    for i, line in enumerate(sheet.lines):
        if sheet.kind(i) in ("repeat", None) and line.key in names:
            sheet.labels[i] = Label("byline", "repeated-byline")
