"""Time: the document's anchor date, temporal expressions, event dates, and factuality.

Word lists and cues are data (`data/time_words.toml`, `data/factuality.toml`). Load them once
with `load_time_words()` and `load_cues()` and pass them as `words=` / `cues=`; without them
each call reads the files again (correct, but slower).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from sitrep.model import Article, Passage, TimeExpr
from sitrep.time import anchor as _anchor
from sitrep.time import factuality as _factuality
from sitrep.time._cues import Cues, load_cues
from sitrep.time._words import PRESENT_HAVE, TimeWords, load_time_words
from sitrep.time.anchor import Anchor
from sitrep.time.dates import EventDate, event_date
from sitrep.time.expressions import find_expressions, parse_iso
from sitrep.time.factuality import Judgement


def document_anchor(article: Article, *, words: TimeWords | None = None) -> Anchor:
    """The date relative expressions are resolved against, and where it came from."""
    return _anchor.document_anchor(article, words or load_time_words())


def find_times(
    passage: Passage, doc: Doc, anchor: Anchor, *, words: TimeWords | None = None
) -> tuple[TimeExpr, ...]:
    """Temporal expressions of `passage` (original offsets), resolved against `anchor`."""
    return find_expressions(passage, doc, parse_iso(anchor.date), words or load_time_words())


def classify_factuality(
    sentence: Span,
    trigger: Token | Span,
    *,
    cues: Cues | None = None,
    anchor: Anchor | None = None,
    times: Sequence[TimeExpr] = (),
    passage: Passage | None = None,
) -> Judgement:
    """Whether the event at `trigger` happened; `anchor`, `times`, `passage` date it."""
    return _factuality.classify_factuality(
        sentence, trigger, cues=cues or load_cues(), anchor=anchor, times=times, passage=passage
    )


def classify_certainty(
    sentence: Span, trigger: Token | Span, *, cues: Cues | None = None
) -> Judgement:
    """Whether the text asserts, attributes or disputes the event at `trigger`."""
    return _factuality.classify_certainty(sentence, trigger, cues=cues or load_cues())


__all__ = [
    "Anchor",
    "Cues",
    "EventDate",
    "Judgement",
    "PRESENT_HAVE",
    "TimeWords",
    "classify_certainty",
    "classify_factuality",
    "document_anchor",
    "event_date",
    "find_times",
    "load_cues",
    "load_time_words",
]
