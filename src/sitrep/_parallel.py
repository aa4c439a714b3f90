"""Run the pipeline over a stream of captures on several processes, keeping input order.

The pipeline is loaded once, in this process, before the workers are forked: they share its
model and gazetteer pages copy-on-write and start at once. At most `window` documents are in
flight, so memory stays flat however long the stream is.
"""

from __future__ import annotations

import itertools
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from sitrep.intake import Capture, IntakeError
from sitrep.model import Extraction
from sitrep.pipeline import Pipeline

Result = Extraction | IntakeError
Item = Capture | IntakeError

# The pipeline the forked workers inherit; set just before they are forked.
_worker_pipeline: Pipeline | None = None


def _work(capture: Capture) -> Result:
    assert _worker_pipeline is not None
    return _worker_pipeline.try_extract(capture)


def extract_stream(
    captures: Iterable[Item], jobs: int, pipeline: Pipeline | None = None
) -> Iterator[tuple[Item, Result]]:
    """`(capture, extraction or error)` pairs in input order, using `jobs` processes.

    The pipeline is loaded only once a readable document comes: bad input fails fast.
    """
    global _worker_pipeline
    stream = iter(captures)
    for item in stream:
        if not isinstance(item, IntakeError):
            captures = itertools.chain([item], stream)
            break
        yield item, item
    else:
        return
    loaded = pipeline or Pipeline.load()
    if jobs <= 1:
        for item in captures:
            yield item, item if isinstance(item, IntakeError) else loaded.try_extract(item)
        return
    _worker_pipeline = loaded
    context = multiprocessing.get_context("fork")
    window = jobs * 8
    pending: deque[tuple[Item, Future[Result] | IntakeError]] = deque()
    with ProcessPoolExecutor(jobs, mp_context=context) as pool:
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
