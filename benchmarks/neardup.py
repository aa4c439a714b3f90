"""Near-duplicate grouping on a generated set with known reprints: precision, recall, share.

Each generated story has 0-4 reprints (new headline, outlet lines added, the end cut, words
changed; `_generate.copy_set`), shuffled. Bodies are cleaned by sitrep's intake, then grouped
by `sitrep.neardup.NearDuplicates` in reading order. Pairs of documents put in one group are
scored against pairs of the same story. Prints a table.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from collections import defaultdict
from pathlib import Path

from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _generate import copy_set  # noqa: E402

from sitrep.intake import to_article  # noqa: E402
from sitrep.knowledge import Knowledge  # noqa: E402
from sitrep.neardup import NearDuplicates  # noqa: E402
from sitrep.pipeline import capture_from_string  # noqa: E402


def pairs(groups: dict[str, set[str]]) -> set[frozenset[str]]:
    return {frozenset(p) for g in groups.values() for p in itertools.combinations(sorted(g), 2)}


def evaluate(stories: int, seed: int = 7) -> dict[str, float]:
    rules = Knowledge.load().intake
    items = copy_set(stories, seed)
    finder = NearDuplicates()
    predicted: dict[str, set[str]] = defaultdict(set)
    truth: dict[str, set[str]] = defaultdict(set)
    started = time.perf_counter()
    skipped = 0
    for item in items:
        body = to_article(capture_from_string(item["text"], id=item["id"]), rules).body
        copy = finder.check(item["id"], body)
        root = copy.original if copy else item["id"]
        skipped += copy is not None
        predicted[root].add(item["id"])
        truth[item["story"]].add(item["id"])
    seconds = time.perf_counter() - started
    got, want = pairs(predicted), pairs(truth)
    return {
        "documents": len(items), "stories": stories, "reprints": len(items) - stories,
        "skipped": skipped, "precision": len(got & want) / max(len(got), 1),
        "recall": len(got & want) / max(len(want), 1), "ms/doc": 1000 * seconds / len(items),
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--stories", type=int, default=400)
    args = parser.parse_args()
    r = evaluate(args.stories)
    table = Table(title="near-duplicate grouping (generated reprints, pairs of one group)")
    for column in r:
        table.add_column(column, justify="right")
    table.add_row(*(f"{v:.3f}" if isinstance(v, float) else str(v) for v in r.values()))
    Console().print(table)


if __name__ == "__main__":
    main()
