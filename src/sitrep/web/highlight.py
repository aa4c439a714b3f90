"""An article's original text cut into blocks (text, captions) with the evidence marked.

Evidence offsets point into the original (the decoded capture, or for HTML the text sitrep
read from the page), so the marks land on exactly the words the coding rests on.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sitrep.model import Evidence

Mark = tuple[int, int, str]  # start, end, field: in the block's own text


@dataclass(frozen=True)
class Piece:
    text: str
    fields: tuple[str, ...]  # the fields these words are evidence for (empty: plain text)
    origin: int | None = None  # where the piece starts in the original (None: added by cleaning)


@dataclass(frozen=True)
class Block:
    kind: str  # "text" or "caption"
    pieces: tuple[Piece, ...]

    @property
    def marked(self) -> bool:
        return any(p.fields for p in self.pieces)


def blocks(
    original: str, evidence: Sequence[Evidence], captions: Iterable[Mapping[str, Any]] = ()
) -> list[Block]:
    """The whole original text, cut into plain stretches and captions, with `evidence` marked;
    every piece knows its offset in the original (for picking new evidence words)."""
    spans = sorted(
        (int(c["start"]), int(c["end"]))
        for c in captions
        if isinstance(c, Mapping) and 0 <= int(c.get("start", -1)) < int(c.get("end", -1))
    )
    out: list[Block] = []
    at = 0
    for start, end in spans:
        if start < at or end > len(original):
            continue
        if start > at:
            out.append(_span_block("text", original, evidence, at, start))
        out.append(_span_block("caption", original, evidence, start, end))
        at = end
    if at < len(original) or not out:
        out.append(_span_block("text", original, evidence, at, len(original)))
    return out


def _span_block(
    kind: str, original: str, evidence: Sequence[Evidence], start: int, end: int
) -> Block:
    marks = _contiguous(evidence, start, end)
    return Block(kind, cut(original[start:end], marks, [(0, start, end - start)]))


def _contiguous(evidence: Iterable[Evidence], start: int, end: int) -> list[Mark]:
    """Marks of the evidence inside `[start, end)` of the original, relative to `start`."""
    return [
        (max(e.start, start) - start, min(e.end, end) - start, e.field)
        for e in evidence
        if e.start < end and e.end > start
    ]


def cut(
    text: str, marks: Sequence[Mark], runs: Sequence[tuple[int, int, int]] = ()
) -> tuple[Piece, ...]:
    """`text` cut at every mark and run boundary; each piece names the fields covering it and
    where it starts in the original (runs: `(clean, original, length)`)."""
    points = {0, len(text)}
    points.update(p for m in marks for p in m[:2])
    points.update(p for c, _, n in runs for p in (c, c + n))
    bounds = sorted(max(0, min(len(text), p)) for p in points)
    pieces: list[Piece] = []
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        if lo >= hi:
            continue
        fields = tuple(sorted({f for s, e, f in marks if s <= lo and hi <= e}))
        origin = next((o + lo - c for c, o, n in runs if c <= lo < c + n), None)
        last = pieces[-1] if pieces else None
        if (
            last is not None
            and last.fields == fields
            and (last.origin is None) == (origin is None)
            and (origin is None or last.origin + len(last.text) == origin)  # type: ignore[operator]
        ):
            pieces[-1] = Piece(last.text + text[lo:hi], fields, last.origin)
        else:
            pieces.append(Piece(text[lo:hi], fields, origin))
    return tuple(pieces)
