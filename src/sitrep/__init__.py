"""sitrep: conflict news in, ACLED-style events out, with the words behind every field.

The public API:
    extract(text_or_html, url=None, published=None, pipeline=None) -> Extraction
    Pipeline.load()            the stages, loaded once; reuse it for many documents
    open_store(address)        the event store: an SQLite file or a postgresql:// URL
    ingest(paths, store=...)   code and store documents (`Ingest` for a callback per event)
    read_paths(paths)          captures from files, directories and JSONL
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.model import Article, Event, Evidence, Extraction, Place, TimeExpr

if TYPE_CHECKING:  # the pipeline loads spaCy: imported only when used
    from sitrep.ingestion import IngestReport
    from sitrep.pipeline import Pipeline
    from sitrep.store import Store
    from sitrep.store.contract import OnEvent

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


def ingest(
    paths: Sequence[Path | str] = (),
    *,
    inputs: Sequence[Path | str] = (),
    store: Store | None = None,
    db: str | Path = "sitrep.db",
    jobs: int = 1,
    pipeline: Pipeline | None = None,
    on_event: OnEvent | None = None,
) -> IngestReport:
    """Code files, folders and JSONL files and keep them in `store` (or the store at `db`):
    new bytes are stored once, changed bytes as a new version; `on_event` hears each new event.
    """
    from sitrep.ingestion import ingest as _ingest

    return _ingest(
        paths, inputs=inputs, store=store, db=db, jobs=jobs, pipeline=pipeline, on_event=on_event
    )


def __getattr__(name: str) -> object:
    if name == "Ingest":  # the service class, imported when asked for
        from sitrep.ingestion import Ingest

        return Ingest
    raise AttributeError(name)


__all__ = [
    "Article",
    "Event",
    "Evidence",
    "Extraction",
    "Place",
    "TimeExpr",
    "__version__",
    "extract",
    "ingest",
    "open_store",
]
