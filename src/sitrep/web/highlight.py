"""An article cut into blocks (title, standfirst, body, captions) with the evidence marked.

Evidence offsets point into the original capture; the body is shown as cleaned text, so its
marks go back through the body's offset map (run by run) to land on the same words.
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
    kind: str  # "title", "standfirst", "body", "caption", "original"
    pieces: tuple[Piece, ...]

    @property
    def marked(self) -> bool:
        return any(p.fields for p in self.pieces)


def blocks(article: Mapping[str, Any], evidence: Sequence[Evidence]) -> list[Block]:
    """The article's readable blocks with `evidence` marked; the whole original as one block
    when the cleaned body or its offsets are not available."""
    original = str(article.get("original") or "")
    segments = article.get("body_offsets")
    body = article.get("body")
    if not isinstance(segments, list) or not isinstance(body, str):
        return [_span_block("original", original, evidence, 0, len(original))]
    out: list[Block] = []
    for kind in ("title", "standfirst"):
        span = article.get(f"{kind}_span")
        if isinstance(span, list | tuple) and len(span) == 2:
            out.append(_span_block(kind, original, evidence, int(span[0]), int(span[1])))
    runs = [(int(c), int(o), int(n)) for c, o, n in segments]
    out.append(Block("body", cut(body, _through(evidence, runs), runs)))
    for caption in article.get("captions") or []:
        start, end = int(caption["start"]), int(caption["end"])
        out.append(_span_block("caption", original, evidence, start, end))
    return out


def _span_block(kind: str, original: str, evidence: Sequence[Evidence], start: int,
                end: int) -> Block:  # fmt: skip
    marks = _contiguous(evidence, start, end)
    return Block(kind, cut(original[start:end], marks, [(0, start, end - start)]))


def _contiguous(evidence: Iterable[Evidence], start: int, end: int) -> list[Mark]:
    """Marks of the evidence inside `[start, end)` of the original, relative to `start`."""
    return [
        (max(e.start, start) - start, min(e.end, end) - start, e.field)
        for e in evidence
        if e.start < end and e.end > start
    ]


def _through(evidence: Iterable[Evidence], segments: Sequence[tuple[int, int, int]]) -> list[Mark]:
    """Marks in the cleaned body: each run `(clean, original, length)` maps one to one."""
    marks: list[Mark] = []
    for e in evidence:
        for clean, orig, length in segments:
            lo, hi = max(e.start, orig), min(e.end, orig + length)
            if lo < hi:
                marks.append((clean + lo - orig, clean + hi - orig, e.field))
    return marks


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
