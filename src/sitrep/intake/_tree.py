"""Parsing HTML into a tree safely: no depth limit that loses text, no cost that explodes.

libxml2 stops at 256 levels of nesting (2,048 with lxml's `huge_tree`) and drops what lies
deeper; trafilatura's cost grows with the square of the depth. Real pages nest a few dozen
levels. A page deeper than `MAX_DEPTH` is therefore read as plain text by `flat_text`, an
iterative pass of the standard library's tokenizer that keeps every word at any depth.
"""

from __future__ import annotations

from html.parser import HTMLParser

import lxml.html
from lxml import etree

MAX_DEPTH = 400
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
    }
)  # fmt: skip
_HIDDEN = frozenset({"script", "style", "noscript", "template"})


def parse_html(html: str) -> lxml.html.HtmlElement | None:
    """The page's tree (None for a page with no elements). Comments and processing
    instructions are dropped; an encoding declaration is no obstacle (bytes are parsed)."""
    parser = lxml.html.HTMLParser(
        huge_tree=True, remove_comments=True, remove_pis=True, collect_ids=False,
        default_doctype=False, encoding="utf-8",
    )  # fmt: skip
    try:
        tree = lxml.html.fromstring(html.encode("utf-8", errors="replace"), parser=parser)
    except (etree.ParserError, ValueError):
        return None
    return tree


def depth(tree: lxml.html.HtmlElement) -> int:
    """The deepest nesting of elements, walking the tree once without recursion."""
    level = deepest = 0
    for event, _ in etree.iterwalk(tree, events=("start", "end")):
        level += 1 if event == "start" else -1
        deepest = max(deepest, level)
    return deepest


class _Collector(HTMLParser):
    """Collects visible text block by block; hidden elements' text is skipped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[list[str]] = [[]]
        self.title: list[str] = []
        self.hidden = 0  # open hidden elements (unbalanced markup never makes it negative)
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        self.in_title = tag == "title" or self.in_title
        if tag in _BLOCKS:
            self.blocks.append([])

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        if tag == "title":
            self.in_title = False
        if tag in _BLOCKS:
            self.blocks.append([])

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        """`<![KEYWORD ...` with a keyword HTML does not know is markup to skip, not an error
        (Python before 3.13 raises AssertionError on it)."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            end = self.rawdata.find(">", i + 3)
            return -1 if end < 0 else end + 1

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.hidden:
            self.blocks[-1].append(data)


def flat_text(html: str) -> tuple[str | None, list[str]]:
    """(title, text blocks) of any page, at any depth, in one pass."""
    collector = _Collector()
    collector.feed(html)
    collector.close()
    blocks = [" ".join("".join(parts).split()) for parts in collector.blocks]
    title = " ".join("".join(collector.title).split())
    return title or None, [b for b in blocks if b]
