"""Bounds on the work one document may cause: bytes read, text classified, text analysed.

Every later stage costs time in proportion to the text it is given (spaCy's parse most of
all), so a document's cost is bounded here, once: text beyond the bounds is set aside (a
`Removed` record of kind "over-limit", so the original keeps every byte) and the caller warns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sitrep.intake._text import Line

OVER_LIMIT = "over-limit"
ANALYSED = ("title", "standfirst", "body", "caption")
_CUT = re.compile(r"[.!?…][\"'”’)\]]*\s")  # a sentence end: the preferred place to cut


@dataclass(frozen=True)
class Limits:
    """The bounds (docs/security.md, "Input bounds", states them for users)."""

    max_bytes: int = 20_000_000  # a file (or JSONL line) larger than this is refused unread
    max_scan: int = 1_000_000  # characters of decoded text classified line by line
    max_chars: int = 100_000  # characters analysed: title, standfirst, body and captions
    max_captions: int = 200  # captions analysed (each is a passage of its own)


DEFAULT_LIMITS = Limits()


def scanned(text: str, limits: Limits) -> str:
    """The part of `text` that is classified at all (a prefix, so offsets hold)."""
    return text if len(text) <= limits.max_scan else text[: limits.max_scan]


def keep_within(
    lines: list[Line], kinds: list[str | None], limits: Limits
) -> tuple[dict[int, Line], set[int]]:
    """Which lines to shorten (index -> the shorter line) and which to set aside, so that the
    analysed lines (`ANALYSED` kinds) hold at most `max_chars` characters and `max_captions`
    captions, in reading order."""
    budget, captions = limits.max_chars, 0
    shortened: dict[int, Line] = {}
    dropped: set[int] = set()
    for i, (line, kind) in enumerate(zip(lines, kinds, strict=True)):
        if kind not in ANALYSED:
            continue
        cost = len(line.text) + 2  # and the paragraph break that joins it
        if kind == "caption":
            captions += 1
            if captions > limits.max_captions or cost > budget:
                dropped.add(i)
                continue
        elif cost > budget:
            cut = cut_point(line.text, budget - 2, anywhere=budget == limits.max_chars)
            if cut:
                shortened[i] = shorter(line, cut)
            else:
                dropped.add(i)
            budget = 0
            continue
        budget -= cost
    return shortened, dropped


def cut_point(text: str, budget: int, *, anywhere: bool = False) -> int:
    """Where to cut `text` to at most `budget` characters: after the last sentence end; with
    `anywhere` (nothing else is kept), else at the last space, else at the budget; else 0."""
    ends = [m.end() for m in _CUT.finditer(text, 0, budget + 1)]
    if ends:
        return ends[-1]
    if not anywhere:
        return 0
    space = text.rfind(" ", budget // 2, budget)
    return space + 1 if space > 0 else budget


def shorter(line: Line, cut: int) -> Line:
    """`line` up to `cut`, without trailing white space."""
    text = line.text[:cut].rstrip()
    return replace(line, end=line.start + len(text), text=text, blank_after=True)
