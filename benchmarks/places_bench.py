"""Places benchmark: gazetteer open time and place-finding time per 800-word article.

    .venv/bin/python benchmarks/places_bench.py [--cold]

The spaCy parse is done once up front and excluded; `--cold` also times a full build of the
index into a temporary directory. Articles are read from ../shared (the sample article and
the first LGL documents) when present, else made from sentences written for this script.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from sitrep.language import Language
from sitrep.model import OffsetMap, Passage, PassageKind
from sitrep.places import Gazetteer, build_gazetteer, locate

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
OWN_SENTENCES = (
    "Shelling hit the Sukkari district of Aleppo on Monday, residents said. "
    "Troops advanced from Hama towards Maarat al-Numan in Idlib province. "
    "Officials in Damascus and Moscow denied the reports, while Turkey closed a crossing. "
    "In Springfield, Illinois, a protest drew several hundred people to the state capitol. "
)


def articles() -> list[str]:
    texts = []
    sample = SHARED / "samples" / "aleppo-2016.txt"
    if sample.exists():
        texts.append(sample.read_text(encoding="utf-8"))
    lgl = SHARED / "data" / "lgl" / "lgl.xml"
    if lgl.exists():
        from sitrep.evaluate.geo import load_lgl

        texts.extend(a.text for a in load_lgl(lgl)[:60])
    return texts or [OWN_SENTENCES * 20]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cold", action="store_true", help="also time a full index build")
    args = parser.parse_args()
    rows: list[tuple[str, str]] = []
    if args.cold:
        with tempfile.TemporaryDirectory() as tmp:
            started = time.perf_counter()
            build_gazetteer(Path(tmp) / "gazetteer.sqlite")
            rows.append(("cold build (s)", f"{time.perf_counter() - started:.1f}"))
    Gazetteer.open().close()  # make sure the index exists before timing the open
    opens = []
    for _ in range(5):
        started = time.perf_counter()
        gazetteer = Gazetteer.open()
        opens.append(time.perf_counter() - started)
    rows.append(("gazetteer open (ms, median of 5)", f"{statistics.median(opens) * 1000:.1f}"))
    texts = articles()
    docs = Language.load().parse(texts)
    words = sum(len(t.split()) for t in texts)
    started = time.perf_counter()
    found = 0
    for text, doc in zip(texts, docs, strict=True):
        passage = Passage(PassageKind.BODY, text, OffsetMap.identity(len(text)))
        found += len(locate([passage], [doc], gazetteer))
    elapsed = time.perf_counter() - started
    rows.append(("articles", str(len(texts))))
    rows.append(("words", str(words)))
    rows.append(("places found", str(found)))
    rows.append(("place finding (ms per 800 words)", f"{elapsed * 1000 * 800 / words:.2f}"))
    table = Table(title="sitrep places benchmark (spaCy parse excluded)")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for name, value in rows:
        table.add_row(name, value)
    Console().print(table)


if __name__ == "__main__":
    main()
