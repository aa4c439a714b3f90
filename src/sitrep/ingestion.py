"""The one ingest service: captures in; coded, stored documents out; a callback per new event.

`sitrep ingest`, the feed watcher and the batch loader all store through `Ingest`. Documents
already stored (same key, same bytes) are skipped before coding; the rest are coded on
`jobs` processes and stored in batches, each one transaction, so a run killed at any point
and run again stores every document exactly once. A document that fails (unreadable, no
text, any exception while coding it, refused by the store) becomes a `Failure` and the rest
go on; only a store that cannot be written stops the run (`StoreError`).
"""

from __future__ import annotations

import logging
import re
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeGuard

from sitrep.intake import Capture, IntakeError
from sitrep.model import Failure
from sitrep.store.contract import EventRecord, OnEvent, Store, Stored

if TYPE_CHECKING:
    from sitrep.pipeline import Pipeline

log = logging.getLogger(__name__)
_JSONL_LINE = re.compile(r":\d+$")


@dataclass
class IngestReport:
    """How far an ingest got; `Ingest.progress` holds it while the run goes on."""

    added: int = 0  # new documents
    versions: int = 0  # known documents with changed bytes: stored as a new version
    duplicates: int = 0  # documents whose bytes were stored before
    events: int = 0  # events stored
    mentions: int = 0
    failures: list[Failure] = field(default_factory=list)

    @property
    def stored(self) -> int:
        return self.added + self.versions

    @property
    def documents(self) -> int:
        """Documents dealt with: stored, or already there."""
        return self.added + self.versions + self.duplicates


class Ingest:
    """Code and store documents; see the module's docstring.

    `pipeline` is a loaded `Pipeline`, or a function that loads it (called only once a
    document needs coding). `on_event` gets each stored event once its batch has committed;
    an exception in it is logged and does not stop the ingest. `on_events` gets them a batch
    at a time (after `on_event`), for a callback that is cheaper on many events at once.
    """

    def __init__(
        self,
        store: Store,
        *,
        pipeline: Pipeline | Callable[[], Pipeline] | None = None,
        jobs: int = 1,
        batch_size: int = 50,
        batch_seconds: float = 10.0,
        on_event: OnEvent | None = None,
        on_document: Callable[[], None] | None = None,
        tags: Mapping[str, str] | None = None,
        on_events: Callable[[Sequence[EventRecord]], None] | None = None,
    ) -> None:
        self.store = store
        self.on_events = on_events
        self.tags = dict(tags or {})  # added to each version's provenance (`coded_by`)
        self.jobs = jobs
        self.batch_size = batch_size
        self.batch_seconds = batch_seconds
        self.on_event = on_event
        self.on_document = on_document
        self.progress = IngestReport()
        self._provenance: dict[str, str] | None = None
        self._pipeline = pipeline if _is_pipeline(pipeline) else None
        self._loader = pipeline if callable(pipeline) and self._pipeline is None else None

    def pipeline(self) -> Pipeline:
        """The pipeline, loaded on first use."""
        if self._pipeline is None:
            if self._loader is None:
                from sitrep.pipeline import Pipeline

                self._loader = Pipeline.load
            self._pipeline = self._loader()
        return self._pipeline

    def provenance(self) -> dict[str, str]:
        """What codes the events: sitrep's version and the digest of its knowledge."""
        if self._provenance is None:
            self._provenance = {**self.pipeline().provenance, **self.tags}
        return self._provenance

    def paths(self, paths: Sequence[Path] = (), inputs: Sequence[Path] = ()) -> IngestReport:
        """Ingest files, folders and JSONL files, each document keyed as `document_key` says
        (the store's own files are left out when it sits in a folder being ingested)."""
        own = store_files(self.store)
        return self.run(c for c in keyed_captures(paths, inputs) if _source_path(c) not in own)

    def run(self, captures: Iterable[Capture | IntakeError | Failure]) -> IngestReport:
        from sitrep._parallel import extract_stream

        batch: list[Stored] = []
        started = time.monotonic()
        for capture, result in extract_stream(self._new(captures), self.jobs, self.pipeline):
            if isinstance(result, Failure):
                self.progress.failures.append(result)
            else:
                assert isinstance(capture, Capture)  # a good result comes from a capture
                batch.append(_stored(capture, result, self.provenance()))
            if self.on_document:
                self.on_document()
            if len(batch) >= self.batch_size or time.monotonic() - started > self.batch_seconds:
                self._store(batch)
                batch, started = [], time.monotonic()
        self._store(batch)
        return self.progress

    def add_coded(self, items: Iterable[Stored | Failure]) -> IngestReport:
        """Store documents coded elsewhere (a `sitrep batch` output) the way `run` stores
        what it codes: known bytes skipped, the rest in batches, failures kept."""
        batch: list[Stored] = []
        for item in items:
            if isinstance(item, Failure):
                self.progress.failures.append(item)
            elif self.store.known(item.identity, item.extraction.article.sha256):
                self.progress.duplicates += 1
            else:
                batch.append(item)
            if len(batch) >= self.batch_size:
                self._store(batch)
                batch = []
        self._store(batch)
        return self.progress

    def _new(
        self, captures: Iterable[Capture | IntakeError | Failure]
    ) -> Iterator[Capture | Failure]:
        """The captures not stored yet (their failures too); the rest counted and skipped."""
        for item in captures:
            if isinstance(item, IntakeError):
                yield Failure(item.source, item.reason)
            elif isinstance(item, Capture) and self.store.known(document_key(item), item.sha256):
                self.progress.duplicates += 1
                if self.on_document:
                    self.on_document()
            else:
                yield item

    def _store(self, batch: list[Stored]) -> None:
        if not batch:
            return
        heard: list[EventRecord] = []
        with _ctrl_c_after_counting():
            done = self.store.add(batch, on_event=heard.append)
            for record in heard if self.on_event else ():
                self._event(record)
            self._events(heard)
            report = self.progress
            report.added += done.added
            report.versions += done.versions
            report.duplicates += done.duplicates
            report.events += len(done.event_ids)
            report.mentions += done.mentions
            report.failures.extend(done.failures)

    def _events(self, records: list[EventRecord]) -> None:
        if self.on_events is None or not records:
            return
        try:
            self.on_events(records)
        except Exception as error:  # as for `on_event`: logged, the ingest goes on
            log.warning("on_events failed for a batch of %d events: %s", len(records), error)

    def _event(self, record: EventRecord) -> None:
        try:
            assert self.on_event is not None
            self.on_event(record)
        except Exception as error:  # an alert that fails must not undo or stop the ingest
            log.warning("on_event failed for %s: %s", record.event.event_id, error)


@contextmanager
def _ctrl_c_after_counting() -> Iterator[None]:
    """Hold a first Ctrl-C until the batch being stored is committed and counted, so that
    "N document(s) stored" is true when the run stops; a second Ctrl-C stops at once."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    pressed: list[int] = []

    def hold(signum: int, frame: object) -> None:
        if pressed:
            raise KeyboardInterrupt
        pressed.append(signum)

    previous = signal.signal(signal.SIGINT, hold)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous if previous is not None else signal.SIG_DFL)
    if pressed:
        raise KeyboardInterrupt


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
    """Code and store files, folders and JSONL files into `store` (or the store at `db`)."""
    from sitrep.store import open_store

    target = store or open_store(db)
    try:
        service = Ingest(target, pipeline=pipeline or load_pipeline, jobs=jobs, on_event=on_event)
        return service.paths([Path(p) for p in paths], [Path(p) for p in inputs])
    finally:
        if store is None:
            target.close()


def keyed_captures(
    paths: Sequence[Path], inputs: Sequence[Path] = ()
) -> Iterator[Capture | IntakeError]:
    """Captures of every input with its document key set (see `document_key`)."""
    from sitrep.intake.read import read_jsonl, read_paths

    for jsonl in inputs:
        for item in read_jsonl(jsonl):
            yield _keyed(item, None)
    for root in paths:
        base = None if str(root) == "-" else (root if root.is_dir() else root.parent)
        for item in read_paths([root]):
            yield _keyed(item, base)


def _keyed(item: Capture | IntakeError, root: Path | None) -> Capture | IntakeError:
    if isinstance(item, IntakeError) or item.key:
        return item
    return replace(item, key=document_key(item, root))


def document_key(capture: Capture, root: Path | None = None) -> str:
    """A document's identity: its URL when known, else its JSONL id, else its path under the
    folder given (a file given by itself: its name). Re-ingesting changed bytes under the same
    key stores a new version of the same document."""
    if capture.key:
        return capture.key
    if capture.url:
        return capture.url
    line = _JSONL_LINE.search(capture.source)
    if capture.source.startswith("<stdin>") or (
        line
        and not Path(capture.source).exists()
        and Path(capture.source[: line.start()]).is_file()
    ):
        return capture.id  # a JSONL line: its id (or the start of its text's sha256)
    path = Path(capture.source)
    if root is not None:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            pass
    return path.name or capture.id


def store_files(store: Store) -> set[Path]:
    """The files an SQLite store writes (none for a server)."""
    path = getattr(store, "path", None)
    if not isinstance(path, Path):
        return set()
    path = path.resolve()
    return {path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))}


def _source_path(item: Capture | IntakeError) -> Path | None:
    try:
        return Path(item.source).resolve()
    except (OSError, ValueError):
        return None


def load_pipeline() -> Pipeline:
    """The default pipeline of the convenience entry points, building the gazetteer index the
    first time (`Pipeline.load` alone never builds it)."""
    from sitrep.pipeline import Pipeline
    from sitrep.places.gazetteer import ensure_gazetteer

    ensure_gazetteer()
    return Pipeline.load()


def _is_pipeline(pipeline: object) -> TypeGuard[Pipeline]:
    return pipeline is not None and hasattr(pipeline, "extract_capture")


def _stored(capture: Capture, result: object, provenance: dict[str, str]) -> Stored:
    from sitrep.model import Extraction

    assert isinstance(result, Extraction)
    return Stored(
        result, capture.raw, capture.source, key=document_key(capture),
        captured_at=capture.captured_at, url=capture.url, provenance=provenance,
    )  # fmt: skip
