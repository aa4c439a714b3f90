"""Bounds on the work one document may cause: bytes read, text classified, text analysed.

Every later stage costs time in proportion to the text it is given (spaCy's parse most of
all), so a document's cost is bounded here, once: text beyond the bounds is set aside (a
`Removed` record of kind "over-limit", so the original keeps every byte) and the caller warns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sitrep.intake._text import Line, squeeze
from sitrep.model import Removed

OVER_LIMIT = "over-limit"
LONG_LINE = 20_000  # characters: no paragraph is this long; a whole text on one line is
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
ANALYSED = ("title", "standfirst", "body", "caption")
_CUT = re.compile(r"[.!?…][\"'”’)\]]*\s")  # a sentence end: the preferred place to cut


@dataclass(frozen=True)
class Limits:
    """The bounds (docs/security.md, "Input bounds", states them for users)."""

    max_bytes: int = 20_000_000  # a file (or JSONL line) larger than this is refused unread
    max_scan: int = 1_000_000  # characters of decoded text classified line by line
    max_chars: int = 50_000  # characters analysed (title, standfirst, body, captions): ~8,000 words
    max_captions: int = 200  # captions analysed (each is a passage of its own)


DEFAULT_LIMITS = Limits()


def without_repeats(lines: list[Line]) -> tuple[list[Line], list[Removed]]:
    """Sentences repeated within overlong lines are set aside, as a line scraped twice is.

    A text of thousands of sentences on one line is cut at sentence ends; a sentence met
    before is dropped (a "repeat") and the others stay, in runs, each run a line. Read so, a
    text on one line costs what the same text in paragraphs costs (whose repeated lines go).
    """
    if all(len(line.text) <= LONG_LINE for line in lines):
        return lines, []
    seen: set[str] = set()
    out: list[Line] = []
    removed: list[Removed] = []
    for line in lines:
        if len(line.text) <= LONG_LINE:
            out.append(line)
            continue
        runs, dropped = _kept_runs(line, seen)
        out += runs
        removed += dropped
    return [replace(line, index=i) for i, line in enumerate(out)], removed


def _kept_runs(line: Line, seen: set[str]) -> tuple[list[Line], list[Removed]]:
    cuts = [0, *(m.end() for m in _SENTENCE_END.finditer(line.text)), len(line.text)]
    runs: list[tuple[int, int]] = []
    dropped: list[Removed] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        key = squeeze(line.text[start:end])
        if key in seen:
            dropped.append(
                Removed("repeat", line.start + start, line.start + end, "repeated-sentence")
            )
        elif runs and runs[-1][1] == start:
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
        seen.add(key)
    pieces = []
    for k, (start, end) in enumerate(runs):
        text = line.text[start:end].rstrip()
        if not text:
            continue
        pieces.append(
            replace(
                line, start=line.start + start, end=line.start + start + len(text), text=text,
                blank_before=line.blank_before if k == 0 else False,
                blank_after=line.blank_after if k == len(runs) - 1 else False,
            )
        )  # fmt: skip
    return pieces, dropped


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
