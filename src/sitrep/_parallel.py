"""Run the pipeline over a stream of captures on several processes, keeping input order.

The pipeline is loaded once, in this process, before the workers are forked: they share its
model and gazetteer pages copy-on-write and start at once. At most `window` documents are in
flight, so memory stays flat however long the stream is. Whatever goes wrong with one
document (any exception, even a worker that dies) comes back as that document's `Failure`,
a plain value, and the stream goes on.
"""

from __future__ import annotations

import itertools
import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from sitrep.intake import Capture, IntakeError
from sitrep.model import Extraction, Failure
from sitrep.pipeline import Pipeline

Result = Extraction | Failure
Item = Capture | Failure
Loader = Pipeline | Callable[[], Pipeline] | None

# The pipeline the forked workers inherit; set just before they are forked.
_worker_pipeline: Pipeline | None = None


def extract_one(pipeline: Pipeline, capture: Capture) -> Result:
    """The extraction of one capture, or its failure: never an exception."""
    try:
        return pipeline.extract_capture(capture)
    except IntakeError as error:
        return Failure(error.source, error.reason)
    except Exception as error:  # any bug in one document fails that document
        return Failure(capture.source, describe(error))


def describe(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[0]}" if text else type(error).__name__


def _work(capture: Capture) -> Result:
    assert _worker_pipeline is not None
    return extract_one(_worker_pipeline, capture)


def _quiet_worker() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle


def as_item(item: Capture | IntakeError | Failure) -> Item:
    return Failure(item.source, item.reason) if isinstance(item, IntakeError) else item


def extract_stream(
    captures: Iterable[Capture | IntakeError | Failure], jobs: int, pipeline: Loader = None
) -> Iterator[tuple[Item, Result]]:
    """`(capture, extraction or failure)` pairs in input order, using `jobs` processes.

    The pipeline is loaded only once a readable document comes: bad input fails fast.
    """
    stream = (as_item(c) for c in captures)
    for item in stream:
        if not isinstance(item, Failure):
            items = itertools.chain([item], stream)
            break
        yield item, item
    else:
        return
    loaded = pipeline() if callable(pipeline) else pipeline or Pipeline.load()
    if jobs <= 1:
        for item in items:
            yield item, item if isinstance(item, Failure) else extract_one(loaded, item)
        return
    yield from _in_workers(items, jobs, loaded)


def _in_workers(
    items: Iterator[Item], jobs: int, loaded: Pipeline
) -> Iterator[tuple[Item, Result]]:
    global _worker_pipeline
    _worker_pipeline = loaded
    window = jobs * 8
    workers = _Workers(jobs)
    pending: deque[tuple[Item, tuple[Future[Result], int] | Failure]] = deque()
    try:
        for item in items:
            pending.append((item, item if isinstance(item, Failure) else workers.submit(item)))
            while len(pending) >= window:
                yield workers.result(*pending.popleft())
        while pending:
            yield workers.result(*pending.popleft())
    finally:
        workers.pool.shutdown(wait=True, cancel_futures=True)


class _Workers:
    """A process pool that is replaced when a worker dies (killed, out of memory, crashed)."""

    def __init__(self, jobs: int) -> None:
        self.jobs, self.generation = jobs, 0
        self.pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        context = multiprocessing.get_context("fork")
        return ProcessPoolExecutor(self.jobs, mp_context=context, initializer=_quiet_worker)

    def _renew(self, generation: int) -> None:
        if generation == self.generation:  # the current pool broke: start a new one
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool, self.generation = self._new_pool(), self.generation + 1

    def submit(self, item: Capture) -> tuple[Future[Result], int]:
        try:
            return self.pool.submit(_work, item), self.generation
        except BrokenProcessPool:
            self._renew(self.generation)
            return self.pool.submit(_work, item), self.generation

    def result(self, item: Item, work: tuple[Future[Result], int] | Failure) -> tuple[Item, Result]:
        if isinstance(work, Failure):
            return item, work
        assert isinstance(item, Capture)
        future, generation = work
        try:
            return item, future.result()
        except BrokenProcessPool:  # maybe another document killed the worker: try it alone
            self._renew(generation)
        except Exception as error:  # a result that could not travel back
            return item, Failure(item.source, describe(error))
        retry, generation = self.submit(item)
        try:
            return item, retry.result()
        except BrokenProcessPool:
            self._renew(generation)
            return item, Failure(item.source, "the worker process coding it died")
        except Exception as error:
            return item, Failure(item.source, describe(error))
