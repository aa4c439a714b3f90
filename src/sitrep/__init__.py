"""sitrep: conflict news in, ACLED-style events out, with the words behind every field.

The public API:
    extract(text_or_html, url=None, published=None, pipeline=None) -> Extraction
    Pipeline.load()            the stages, loaded once; reuse it for many documents
    open_store(path)           the local event store
    read_paths(paths)          captures from files, directories and JSONL
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.model import Article, Event, Evidence, Extraction, Place, TimeExpr

if TYPE_CHECKING:  # the pipeline loads spaCy: imported only when used
    from sitrep.pipeline import Pipeline
    from sitrep.store import Store

__version__ = "0.1.0"


@cache
def _default_pipeline() -> Pipeline:  # the one process-wide default; pass `pipeline=` to avoid it
    from sitrep.pipeline import Pipeline
    from sitrep.places.gazetteer import ensure_gazetteer

    ensure_gazetteer()  # this convenience builds the index once; `Pipeline.load()` never does
    return Pipeline.load()


def extract(
    text_or_html: str,
    url: str | None = None,
    published: str | None = None,
    pipeline: Pipeline | None = None,
) -> Extraction:
    """Code one article (plain text or HTML) into events, mentions, places and times."""
    from sitrep.pipeline import capture_from_string

    capture = capture_from_string(text_or_html, url=url, published=published)
    return (pipeline or _default_pipeline()).extract_capture(capture)


def open_store(address: str | Path = "sitrep.db") -> Store:
    from sitrep.store import open_store as _open

    return _open(address)


__all__ = [
    "Article",
    "Event",
    "Evidence",
    "Extraction",
    "Place",
    "TimeExpr",
    "__version__",
    "extract",
    "open_store",
]
