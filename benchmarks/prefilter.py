"""The pre-filter's recall: events found with it, over events found without it.

Runs the pipeline twice over the same documents (full parse of every sentence, then only of
sentences with an event cue) and compares the detected events by type, sub-type and trigger
(place and date may differ slightly, since the sentences around a trigger are parsed less).
Prints a table.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from rich.console import Console
from rich.table import Table

from sitrep.intake import Capture
from sitrep.intake.read import read_paths
from sitrep.model import Event
from sitrep.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]


def key(event: Event) -> tuple[object, ...]:
    """An event as detected: its type, sub-type and the trigger words behind them."""
    triggers = tuple(sorted(e.start for e in event.evidence if e.field == "event_type"))
    return (event.event_type, event.sub_event_type, triggers)


def coded(pipeline: Pipeline, captures: Iterable[Capture]) -> tuple[Counter[tuple], float]:
    found: Counter[tuple] = Counter()
    started = time.perf_counter()
    for capture in captures:
        found.update(key(e) for e in pipeline.extract_capture(capture).events)
    return found, time.perf_counter() - started


def compare(name: str, captures: list[Capture], full: Pipeline, filtered: Pipeline) -> list[str]:
    want, full_s = coded(full, captures)
    got, filtered_s = coded(filtered, captures)
    kept = sum((want & got).values())
    total = sum(want.values())
    recall = kept / total if total else 1.0
    return [name, str(len(captures)), str(total), str(kept), f"{recall:.3f}",
            f"{full_s / max(filtered_s, 1e-9):.2f}"]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--muc4", action="store_true", help="also on MUC-4 DEV key incidents")
    parser.add_argument("--limit", type=int, default=None, help="MUC-4 messages (default: all)")
    args = parser.parse_args()
    sets = {
        "sample": [args.shared / "samples" / "aleppo-2016.txt"],
        "demo articles": [ROOT / "src" / "sitrep" / "data" / "demo"],
        "test articles": [ROOT / "tests" / "articles"],
    }
    full, filtered = Pipeline.load(prefilter=False), Pipeline.load(prefilter=True)
    table = Table(title="pre-filter recall (events coded with it / without it)")
    for column in ("set", "documents", "events without", "kept with", "recall", "speed-up"):
        table.add_column(column)
    for name, paths in sets.items():
        captures = [c for c in read_paths(paths) if isinstance(c, Capture)]
        row = compare(name, captures, full, filtered)
        table.add_row(row[0], row[1], row[2], row[3], row[4], row[5])
    Console().print(table)
    if args.muc4:
        Console().print(muc4_table(args.shared / "data" / "muc4-dev", args.limit))


def muc4_table(folder: Path, limit: int | None) -> Table:
    """Key incidents matched with the pre-filter, over those matched with the full parse."""
    from sitrep.evaluate.muc4 import evaluate

    full = evaluate(folder, limit=limit, jobs=2, prefilter=False)[-1]  # the corrected scorer
    filtered = evaluate(folder, limit=limit, jobs=2, prefilter=True)[-1]
    table = Table(title="pre-filter recall on MUC-4 DEV key incidents")
    for column in ("messages", "key incidents", "matched without", "matched with", "recall",
                   "seconds without", "seconds with"):  # fmt: skip
        table.add_column(column)
    kept = filtered.total.true_positive / max(full.total.true_positive, 1)
    table.add_row(
        str(len(full.by_message)), str(full.total.gold), str(full.total.true_positive),
        str(filtered.total.true_positive), f"{kept:.3f}", f"{full.seconds:.0f}",
        f"{filtered.seconds:.0f}",
    )  # fmt: skip
    return table


if __name__ == "__main__":
    main()
