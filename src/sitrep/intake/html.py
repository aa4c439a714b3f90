"""Cleans an HTML page into an `Article`.

For HTML, `Article.original` is NOT the markup: it is the plain text sitrep analyses,
assembled here as

    title "\\n\\n" paragraph "\\n\\n" paragraph ... "\\n\\n" caption "\\n\\n" caption ...

where the title and authors come from trafilatura's metadata, the paragraphs are
trafilatura's main text (one per line of its output) and the captions are the page's
`<figcaption>` texts (which trafilatura drops), each with its credit as printed. That text
is then cleaned like scraped text (`scraped.clean_text`), so every evidence offset points
into it. The markup itself stays in `Capture.raw`. The publication date comes from
`htmldate` (offline: it is given the HTML string and never fetches anything).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

import htmldate
import lxml.html
import trafilatura

from sitrep.intake._classify import Hints
from sitrep.intake._limits import DEFAULT_LIMITS, Limits
from sitrep.intake._pagedate import PageDate, page_date
from sitrep.intake._rules import Rules, load_rules
from sitrep.intake._text import squeeze
from sitrep.intake._title import name_title
from sitrep.intake._tree import MAX_DEPTH, depth, flat_text, parse_html
from sitrep.intake.read import IntakeError
from sitrep.intake.scraped import clean_text
from sitrep.model import Article

_IS_CAPTION = (
    "(self::figcaption or contains(concat(' ', normalize-space(@class), ' '), ' caption '))"
)
# the outermost caption elements: lxml walks each one's ancestors once, in C
_CAPTION_XPATH = f"//*[{_IS_CAPTION} and not(ancestor::*[{_IS_CAPTION}])]"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Page:
    """What the HTML yields before cleaning."""

    title: str | None
    authors: tuple[str, ...]
    paragraphs: tuple[str, ...]
    captions: tuple[str, ...]
    published: PageDate = PageDate(None, "no date found")
    outlet: str | None = None
    headings: frozenset[str] = frozenset()  # subheadings inside the story's text
    links: frozenset[str] = frozenset()  # texts of the page's links
    description: str | None = None  # the page's own summary of the story


def clean_html(
    html: str,
    *,
    id: str,
    sha256: str,
    rules: Rules | None = None,
    published: str | None = None,
    url: str | None = None,
    encoding: str = "utf-8",
    limits: Limits = DEFAULT_LIMITS,
    source: str | None = None,
) -> Article:
    """Extract the story from `html` and clean it; `published` (given) wins over the page's.

    `source` names the page in warnings (its id if not given).
    """
    rules = rules or load_rules()
    page = read_page(html, rules, url=url, source=source or id)
    original, caption_starts = assemble_original(page)
    hints = Hints(
        title=page.title, authors=page.authors, caption_starts=caption_starts, markup=True,
        headings=page.headings, links=page.links, description=page.description,
    )  # fmt: skip
    article = clean_text(
        original,
        id=id,
        sha256=sha256,
        rules=rules,
        published=published or page.published.date,
        published_reason="given with the capture" if published else page.published.reason,
        hints=hints,
        url=url,
        encoding=encoding,
        format="html",
        limits=limits,
    )
    return replace(article, outlet=page.outlet)


def read_page(html: str, rules: Rules, *, url: str | None = None, source: str = "<html>") -> Page:
    tree = parse_html(html)
    if tree is None:
        return Page(None, (), (), ())
    if depth(tree) > MAX_DEPTH:
        log.warning(
            "%s: HTML nested more than %d levels deep: read as plain text", source, MAX_DEPTH
        )
        return flat_page(html)
    own = parse_html(html)  # the extractor changes the tree it is given: this one is ours
    assert own is not None  # it parsed once already
    document = _extract(tree, html, url, tables=not laid_out_in_tables(own))
    meta = document.as_dict() if document is not None and hasattr(document, "as_dict") else {}
    text = meta.get("text") or _recall(html) or visible_text(parse_html(html))
    named = name_title(
        [meta.get("title"), *_meta(own, "og:title", "twitter:title"), *own.xpath("//title/text()")],
        [" ".join(h.itertext()) for h in own.xpath("//h1")],
        [*_meta(own, "og:site_name", "application-name"), _publisher(own)],
        url or meta.get("url") or next(iter(_meta(own, "og:url")), None) or _canonical(own),
        rules,
        prominent=_short_texts(own),
    )
    return Page(
        title=named.title,
        authors=split_authors(meta.get("author")),
        paragraphs=tuple(squeeze(p) for p in text.splitlines() if p.strip()),
        captions=figure_captions(own),
        published=page_date(own, publication_date(parse_html(html)), rules),
        outlet=named.outlet,
        headings=_headings(document),
        links=frozenset(t for t in (squeeze(" ".join(a.itertext())) for a in own.iter("a")) if t),
        description=next(iter(_meta(own, "og:description", "description")), None),
    )


def _short_texts(tree: lxml.html.HtmlElement) -> list[str]:
    """Texts of headings and bold or block elements short enough to be a headline."""
    found = tree.xpath(
        "//body//*[self::h2 or self::h3 or self::b or self::strong or self::font or self::p "
        "or self::div or self::span or self::td][string-length(normalize-space()) < 300]"
    )
    return [squeeze(" ".join(e.itertext())) for e in found[:5000]]


def _meta(tree: lxml.html.HtmlElement, *names: str) -> list[str]:
    """The contents of the page's <meta> tags with these property or name values."""
    wanted = {n.lower() for n in names}
    return [
        m.get("content")
        for m in tree.iter("meta")
        if (m.get("property") or m.get("name") or "").lower() in wanted and m.get("content")
    ]


def _publisher(tree: lxml.html.HtmlElement) -> str | None:
    """The publisher's name in the page's JSON-LD, if it names one."""
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        found = re.search(r'"publisher"\s*:\s*\{[^{}]*?"name"\s*:\s*"([^"]{2,80})"', script)
        if found:
            return found.group(1)
    return None


def _canonical(tree: lxml.html.HtmlElement) -> str | None:
    found = tree.xpath("//link[@rel='canonical']/@href")
    return str(found[0]) if found else None


def _headings(document: object) -> frozenset[str]:
    """Texts the extractor marked as headings inside the main text (`<head>` elements)."""
    body = getattr(document, "body", None)
    if body is None:
        return frozenset()
    return frozenset(t for t in (squeeze(" ".join(h.itertext())) for h in body.iter("head")) if t)


def _extract(tree: lxml.html.HtmlElement, html: str, url: str | None, *, tables: bool) -> object:
    """trafilatura's main text and metadata; without tables for a page laid out in them, and
    with them again if that finds no text."""
    document = trafilatura.bare_extraction(
        tree, url=url, with_metadata=True, include_comments=False, include_tables=tables
    )
    if tables or getattr(document, "text", None):
        return document
    again = parse_html(html)
    return again if again is None else _extract(again, html, url, tables=True)


def laid_out_in_tables(tree: lxml.html.HtmlElement) -> bool:
    """An old page that uses a `<table>` for its layout: the story's paragraphs or headings
    sit in a table cell. Read as a data table, the whole page would become the story."""
    return bool(tree.xpath("//td[count(.//p | .//h1 | .//h2 | .//ul | .//table) >= 2]"))


def _recall(html: str) -> str | None:
    tree = parse_html(html)
    return trafilatura.extract(tree, favor_recall=True) if tree is not None else None


def flat_page(html: str) -> Page:
    """A page read as plain text (see `_tree.flat_text`): title and blocks, no metadata."""
    title, blocks = flat_text(html)
    return Page(title, (), tuple(blocks), ())


def visible_text(tree: lxml.html.HtmlElement | None) -> str:
    """The page's text block by block, for pages trafilatura finds no article in."""
    if tree is None:
        return ""
    for element in tree.xpath("//script | //style | //noscript | //template"):
        element.drop_tree()
    blocks = tree.xpath("//p | //h1 | //h2 | //h3 | //li | //td | //blockquote | //pre")
    texts = [squeeze(" ".join(b.itertext())) for b in blocks]
    return "\n".join(t for t in texts if t) or squeeze(" ".join(tree.itertext()))


def split_authors(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(a.strip() for a in re.split(r"\s*[;|]\s*", value) if a.strip())


def figure_captions(tree: lxml.html.HtmlElement | None) -> tuple[str, ...]:
    """Texts of `<figcaption>` (and class="caption") elements, outermost only, in order."""
    if tree is None:
        return ()
    found: dict[str, None] = {}  # ordered and unique, without comparing captions pairwise
    for element in tree.xpath(_CAPTION_XPATH):
        text = squeeze(" ".join(element.itertext()))
        if text:
            found.setdefault(text)
    return tuple(found)


def publication_date(tree: lxml.html.HtmlElement | None) -> str | None:
    """The page's own publication date from its markup, never from the network."""
    if tree is None:
        return None
    try:
        found = htmldate.find_date(
            tree, extensive_search=False, original_date=True, outputformat="%Y-%m-%d"
        )
    except Exception:  # htmldate raises on odd markup; no date is the honest answer
        return None
    return found or None


def assemble_original(page: Page) -> tuple[str, frozenset[int]]:
    """The text sitrep analyses (see the module docstring) and where each caption starts."""
    blocks: list[str] = []
    paragraphs = list(page.paragraphs)
    if page.title and not (paragraphs and paragraphs[0] == page.title):
        blocks.append(page.title)
    blocks.extend(paragraphs)
    starts: set[int] = set()
    position = sum(len(b) + 2 for b in blocks)
    for caption in page.captions:
        starts.add(position)
        blocks.append(caption)
        position += len(caption) + 2
    if not blocks:
        raise IntakeError("<html>", "no article text")
    return "\n\n".join(blocks), frozenset(starts)
