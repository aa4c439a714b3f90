"""Run the pipeline over a stream of captures on several processes, keeping input order.

Each worker loads the pipeline once; at most `window` documents are in flight, so memory
stays flat however long the stream is.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from sitrep.intake import Capture, IntakeError
from sitrep.model import Extraction
from sitrep.pipeline import Pipeline

Result = Extraction | IntakeError
Item = Capture | IntakeError

# The worker process's own pipeline, set once by `_start_worker` (one per process).
_worker_pipeline: Pipeline | None = None


def _start_worker() -> None:
    global _worker_pipeline
    _worker_pipeline = Pipeline.load()


def _work(capture: Capture) -> Result:
    assert _worker_pipeline is not None
    return _worker_pipeline.try_extract(capture)


def extract_stream(
    captures: Iterable[Item], jobs: int, pipeline: Pipeline | None = None
) -> Iterator[tuple[Item, Result]]:
    """`(capture, extraction or error)` pairs in input order, using `jobs` processes."""
    if jobs <= 1:
        serial = pipeline or Pipeline.load()
        for item in captures:
            yield item, item if isinstance(item, IntakeError) else serial.try_extract(item)
        return
    context = multiprocessing.get_context("fork")
    window = jobs * 8
    pending: deque[tuple[Item, Future[Result] | IntakeError]] = deque()
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker) as pool:
        for item in captures:
            work = item if isinstance(item, IntakeError) else pool.submit(_work, item)
            pending.append((item, work))
            while len(pending) >= window:
                yield _result(pending.popleft())
        while pending:
            yield _result(pending.popleft())


def _result(pair: tuple[Item, Future[Result] | IntakeError]) -> tuple[Item, Result]:
    item, work = pair
    return item, work if isinstance(work, IntakeError) else work.result()
