"""Run the pipeline over a stream of captures on several processes, keeping input order.

The pipeline is loaded once, in this process, before the workers are forked: they share its
model and gazetteer pages copy-on-write and start at once. Documents travel in batches (the
model runs faster on many texts at once), a few batches per worker in flight so that no
worker waits, and memory stays flat however long the stream is. Whatever goes wrong with one
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
from sitrep.pipeline import BATCH, Pipeline, as_item, describe

Result = Extraction | Failure
Item = Capture | Failure
Loader = Pipeline | Callable[[], Pipeline] | None
IN_FLIGHT = 3  # batches per worker: one being coded, the next ones waiting

# The pipeline the forked workers inherit; set just before they are forked.
_worker_pipeline: Pipeline | None = None


def extract_one(pipeline: Pipeline, capture: Capture) -> Result:
    """The extraction of one capture, or its failure: never an exception."""
    return pipeline.extract_batch([capture])[0]


def _work(batch: list[Item]) -> list[Result]:
    assert _worker_pipeline is not None
    return _worker_pipeline.extract_batch(batch)


def _safe_batch(pipeline: Pipeline, batch: list[Item]) -> list[Result]:
    """`extract_batch`, and should it raise after all, each document alone."""
    try:
        return pipeline.extract_batch(batch)
    except Exception as error:
        if len(batch) == 1:
            return [batch[0] if isinstance(batch[0], Failure) else _failed(batch[0], error)]
        return [r for item in batch for r in _safe_batch(pipeline, [item])]


def _failed(item: Capture, error: Exception) -> Failure:
    return Failure(item.source, describe(error))


def _quiet_worker() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle


def extract_stream(
    captures: Iterable[Capture | IntakeError | Failure],
    jobs: int,
    pipeline: Loader = None,
    batch: int = BATCH,
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
    batches = _batches(items, batch)
    if jobs <= 1:
        for chunk in batches:
            yield from zip(chunk, _safe_batch(loaded, chunk), strict=True)
        return
    yield from _in_workers(batches, jobs, loaded)


def _batches(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    while chunk := list(itertools.islice(items, size)):
        yield chunk


def _in_workers(
    batches: Iterator[list[Item]], jobs: int, loaded: Pipeline
) -> Iterator[tuple[Item, Result]]:
    global _worker_pipeline
    _worker_pipeline = loaded
    workers = _Workers(jobs)
    pending: deque[tuple[list[Item], tuple[Future[list[Result]], int]]] = deque()
    try:
        for chunk in batches:
            pending.append((chunk, workers.submit(chunk)))
            while len(pending) >= jobs * IN_FLIGHT:
                yield from workers.results(*pending.popleft())
        while pending:
            yield from workers.results(*pending.popleft())
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

    def submit(self, batch: list[Item]) -> tuple[Future[list[Result]], int]:
        try:
            return self.pool.submit(_work, batch), self.generation
        except BrokenProcessPool:
            self._renew(self.generation)
            return self.pool.submit(_work, batch), self.generation

    def results(
        self, batch: list[Item], work: tuple[Future[list[Result]], int]
    ) -> list[tuple[Item, Result]]:
        future, generation = work
        try:
            return list(zip(batch, future.result(), strict=True))
        except BrokenProcessPool:  # some document killed the worker: find it, one at a time
            self._renew(generation)
        except Exception as error:  # results that could not travel back: try each alone
            if len(batch) == 1:
                return [(batch[0], Failure(batch[0].source, describe(error)))]
        return [self._alone(item) for item in batch]

    def _alone(self, item: Item) -> tuple[Item, Result]:
        if isinstance(item, Failure):
            return item, item
        retry, generation = self.submit([item])
        try:
            return item, retry.result()[0]
        except BrokenProcessPool:
            self._renew(generation)
            return item, Failure(item.source, "the worker process coding it died")
        except Exception as error:
            return item, Failure(item.source, describe(error))
