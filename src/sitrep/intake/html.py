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

import re
from dataclasses import dataclass

import htmldate
import lxml.html
import trafilatura
from lxml.etree import ParserError

from sitrep.intake._classify import Hints
from sitrep.intake._limits import DEFAULT_LIMITS, Limits
from sitrep.intake._rules import Rules
from sitrep.intake._text import squeeze
from sitrep.intake.read import IntakeError
from sitrep.intake.scraped import clean_text
from sitrep.model import Article

_IS_CAPTION = (
    "(self::figcaption or contains(concat(' ', normalize-space(@class), ' '), ' caption '))"
)
# the outermost caption elements: lxml walks each one's ancestors once, in C
_CAPTION_XPATH = f"//*[{_IS_CAPTION} and not(ancestor::*[{_IS_CAPTION}])]"


@dataclass(frozen=True)
class Page:
    """What the HTML yields before cleaning."""

    title: str | None
    authors: tuple[str, ...]
    paragraphs: tuple[str, ...]
    captions: tuple[str, ...]
    published: str | None


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
) -> Article:
    """Extract the story from `html` and clean it; `published` (given) wins over htmldate."""
    page = read_page(html)
    original, caption_starts = assemble_original(page)
    hints = Hints(title=page.title, authors=page.authors, caption_starts=caption_starts)
    return clean_text(
        original,
        id=id,
        sha256=sha256,
        rules=rules,
        published=published or page.published,
        published_reason="given with the capture" if published else "htmldate (page markup)",
        hints=hints,
        url=url,
        encoding=encoding,
        format="html",
        limits=limits,
    )


def read_page(html: str) -> Page:
    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True
    )
    meta = document.as_dict() if document is not None and hasattr(document, "as_dict") else {}
    text = meta.get("text") or trafilatura.extract(html, favor_recall=True) or visible_text(html)
    return Page(
        title=squeeze(meta["title"]) if meta.get("title") else None,
        authors=split_authors(meta.get("author")),
        paragraphs=tuple(squeeze(p) for p in text.splitlines() if p.strip()),
        captions=figure_captions(html),
        published=publication_date(html),
    )


def _tree(html: str) -> lxml.html.HtmlElement | None:
    """The parsed page, or None where lxml cannot read it (empty or broken markup)."""
    try:
        return lxml.html.fromstring(html)
    except (ParserError, ValueError):
        return None


def visible_text(html: str) -> str:
    """The page's text block by block, for pages trafilatura finds no article in."""
    tree = _tree(html)
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


def figure_captions(html: str) -> tuple[str, ...]:
    """Texts of `<figcaption>` (and class="caption") elements, outermost only, in order."""
    tree = _tree(html)
    if tree is None:
        return ()
    found: dict[str, None] = {}  # ordered and unique, without comparing captions pairwise
    for element in tree.xpath(_CAPTION_XPATH):
        text = squeeze(" ".join(element.itertext()))
        if text:
            found.setdefault(text)
    return tuple(found)


def publication_date(html: str) -> str | None:
    """The page's own publication date from its markup, never from the network."""
    try:
        found = htmldate.find_date(
            html, extensive_search=False, original_date=True, outputformat="%Y-%m-%d"
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
        raise IntakeError("<html>", "no readable text in the page")
    return "\n\n".join(blocks), frozenset(starts)
