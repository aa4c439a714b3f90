"""Lines of the original with their offsets, and a builder for cleaned text + `OffsetMap`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from sitrep.model import OffsetMap

# Characters with no visible width that scrapers leave in text; dropped from cleaned text.
IGNORABLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_LINE_BREAK = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x0b|\x0c|\x1c|\x1d|\x1e|\x85")
_ODD_SPACE = re.compile(rf"[\s{IGNORABLE}]+")
_GLUED_REPEAT = re.compile(r"(.{3,}?)\1+", re.DOTALL)


@dataclass(frozen=True)
class Line:
    """One non-empty line of the original, stripped; `start`/`end` point into the original."""

    index: int  # position among non-empty lines
    start: int
    end: int
    text: str
    blank_before: bool  # an empty line (or the start of the text) precedes it
    blank_after: bool

    @cached_property
    def key(self) -> str:
        """The line for matching: glued repeats collapsed, whitespace squeezed."""
        return squeeze(collapse_glued_repeat(self.text))

    @cached_property
    def words(self) -> int:
        return len(self.text.split())


def squeeze(text: str) -> str:
    return " ".join(_ODD_SPACE.sub(" ", text).split())


def collapse_glued_repeat(text: str) -> str:
    """ "Send in e-mailSend in e-mail" -> "Send in e-mail" (a widget label scraped twice)."""
    if len(text) > 300:  # widget labels are short; spare long paragraphs the search
        return text
    match = _GLUED_REPEAT.fullmatch(text)
    return match.group(1) if match else text


def split_lines(text: str) -> list[Line]:
    """Non-empty lines, stripped of edge whitespace, with blank-line context."""
    spans = [_strip(text, start, end) for start, end in _raw_lines(text)]
    lines: list[Line] = []
    for k, span in enumerate(spans):
        if span is None:
            continue
        blank_before = k == 0 or spans[k - 1] is None
        blank_after = k == len(spans) - 1 or spans[k + 1] is None
        start, end = span
        lines.append(Line(len(lines), start, end, text[start:end], blank_before, blank_after))
    return lines


def _raw_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, empty ones included, without its line break."""
    raw: list[tuple[int, int]] = []
    pos = 0
    for brk in _LINE_BREAK.finditer(text):
        raw.append((pos, brk.start()))
        pos = brk.end()
    raw.append((pos, len(text)))
    return raw


def join_wrapped(lines: list[Line], text: str) -> list[Line]:
    """Rejoin paragraphs of fixed-width text (wire copy wrapped at ~70 columns).

    In such text a line that runs to the wrap margin continues on the next line; a short
    line ends its paragraph. Text with long lines (one paragraph per line) is left alone.
    """
    width = wrap_width(lines)
    if width is None:
        return lines
    groups: list[list[Line]] = []
    for line in lines:
        if groups and _wraps_into(groups[-1][-1], line, width):
            groups[-1].append(line)
        else:
            groups.append([line])
    return [_merged(group, text, i) for i, group in enumerate(groups)]


def _merged(group: list[Line], text: str, index: int) -> Line:
    first, last = group[0], group[-1]
    return Line(
        index,
        first.start,
        last.end,
        text[first.start : last.end],
        first.blank_before,
        last.blank_after,
    )


def wrap_width(lines: list[Line]) -> int | None:
    """The wrap margin of fixed-width text, or None if lines are not wrapped."""
    if len(lines) < 4:
        return None
    lengths = sorted(len(line.text) for line in lines)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    long_lines = sum(1 for n in lengths if n >= 0.6 * width)
    if not 30 <= width <= 100 or max(lengths) > 2 * width or long_lines < len(lines) / 2:
        return None
    return width


def _wraps_into(previous: Line, line: Line, width: int) -> bool:
    last_line = _LINE_BREAK.split(previous.text)[-1]
    return (
        not line.blank_before and len(last_line) >= 0.6 * width and line.text[0] not in "-•*–—·▪►"
    )


def _strip(text: str, start: int, end: int) -> tuple[int, int] | None:
    s, e = strip_span(text, start, end)
    return (s, e) if e > s else None


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without edge whitespace or invisible characters (may become empty)."""
    while start < end and _invisible(text[start]):
        start += 1
    while end > start and _invisible(text[end - 1]):
        end -= 1
    return start, end


def _invisible(ch: str) -> bool:
    return ch.isspace() or ch in IGNORABLE


@dataclass
class CleanBuilder:
    """Assembles cleaned text from pieces of the original, recording the offset runs."""

    original: str
    parts: list[str] = field(default_factory=list)
    segments: list[tuple[int, int, int]] = field(default_factory=list)
    length: int = 0

    def copy(self, start: int, end: int) -> None:
        """Append original[start:end] verbatim (one run, merged with the last if adjacent)."""
        if end <= start:
            return
        last = self.segments[-1] if self.segments else None
        if last and last[0] + last[2] == self.length and last[1] + last[2] == start:
            self.segments[-1] = (last[0], last[1], last[2] + end - start)
        else:
            self.segments.append((self.length, start, end - start))
        self._append(self.original[start:end])

    def insert(self, text: str) -> None:
        """Append characters that are not in the original (paragraph joins, one space)."""
        self._append(text)

    def copy_normalised(self, start: int, end: int) -> None:
        """Copy a line, turning odd whitespace (tabs, NBSP, runs) into one plain space."""
        pos = start
        for match in _ODD_SPACE.finditer(self.original, start, end):
            if match.group() == " ":
                continue
            self.copy(pos, match.start())
            if any(ch.isspace() for ch in match.group()):
                self.insert(" ")
            pos = match.end()
        self.copy(pos, end)

    def _append(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)

    def offsets(self) -> OffsetMap:
        return OffsetMap(tuple(self.segments))
