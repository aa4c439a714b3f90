"""Speed of the time stage on generated 800-word conflict reports (parsing excluded).

    .venv/bin/python benchmarks/time_bench.py [--articles 20] [--seed 7] [--repeat 3]
    .venv/bin/python benchmarks/time_bench.py --muc4 400   # also: date recall on MUC-4 DEV
    .venv/bin/python benchmarks/time_bench.py --muc4-events 150   # event dates on MUC-4 DEV

Prints one row per step, in milliseconds per 800-word article (best of `--repeat` runs, as
the machine is shared). The articles come from the templates below (invented text, far denser
in dates than real news); the spaCy parse happens before the clock starts.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from sitrep.evaluate.muc4 import read_messages
from sitrep.language import Language
from sitrep.model import OffsetMap, Passage, PassageKind
from sitrep.time import (
    Anchor,
    classify_certainty,
    classify_factuality,
    event_date,
    find_times,
    load_cues,
    load_time_words,
)

WORDS_PER_ARTICLE = 800
SHARED = Path(__file__).resolve().parents[2] / "shared"
MUC_DATE = re.compile(r"^(\d{1,2}) ([A-Z]{3}) (\d{2})$")
MUC_MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]

ACTORS = [
    "Government troops",
    "Rebel fighters",
    "Militiamen",
    "Police",
    "Unidentified gunmen",
    "Air force jets",
    "Protesters",
    "Border guards",
    "Insurgents",
    "Local defence units",
]
PLACES = [
    "the northern district",
    "the market town of Kesra",
    "the river port",
    "the outskirts of the capital",
    "a village near the border",
    "the old quarter",
    "the provincial capital",
    "the airport road",
    "a refugee camp",
    "the eastern hills",
]
WHEN = [
    "on Monday",
    "on Tuesday night",
    "yesterday",
    "early on Sunday",
    "last week",
    "on 12 December 2016",
    "on December 9, 2016",
    "three days ago",
    "over the weekend",
    "earlier this month",
    "in recent days",
    "since Friday",
    "in November 2016",
    "this morning",
    "on 3 DEC 16",
    "in 2011",
    "last March",
    "for four years",
]
CLAUSES = [
    "{actor} attacked positions in {place} {when}, killing {n} people.",
    "{actor} shelled {place} {when}, according to residents.",
    "{when_cap}, {actor} clashed with rivals in {place}, officials said.",
    "{actor} will launch an offensive on {place} in the coming days.",
    "{actor} did not enter {place}, witnesses said.",
    "Aid groups fear that {actor} could storm {place}.",
    "The fighting in {place}, which began {when}, has displaced {n} families.",
    "{actor} reportedly detained {n} men in {place} {when}.",
    "There were no casualties when {actor} fired on {place}.",
    "Reports that {actor} executed prisoners in {place} could not be verified.",
    "{actor} are still besieging {place}, and food is running out.",
    "In 1994, {actor} massacred civilians in {place}, a crime many recall today.",
]


def generate(rng: random.Random) -> str:
    """About 800 words of report, in paragraphs of three to five sentences."""
    paragraphs: list[str] = []
    count = 0
    while count < WORDS_PER_ARTICLE:
        sentences = []
        for _ in range(rng.randint(3, 5)):
            when = rng.choice(WHEN)
            sentence = rng.choice(CLAUSES).format(
                actor=rng.choice(ACTORS),
                place=rng.choice(PLACES),
                when=when,
                when_cap=when[0].upper() + when[1:],
                n=rng.randint(2, 40),
            )
            sentences.append(sentence[0].upper() + sentence[1:])
        paragraph = " ".join(sentences)
        count += len(paragraph.split())
        paragraphs.append(paragraph)
    return "\n\n".join(paragraphs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--muc4", type=int, default=0, help="also score N MUC-4 messages")
    parser.add_argument(
        "--muc4-events", type=int, default=0, help="event dates of the pipeline on N messages"
    )
    args = parser.parse_args()
    if args.muc4_events:
        muc4_event_dates(SHARED / "data" / "muc4-dev", args.muc4_events)
        return
    if args.muc4:
        muc4_dates(SHARED / "data" / "muc4-dev", args.muc4)
        return
    rng = random.Random(args.seed)
    texts = [generate(rng) for _ in range(args.articles)]
    language = Language.load()
    docs = language.parse(texts)
    words, cues = load_time_words(), load_cues()
    anchor = Anchor("2016-12-13", "benchmark")
    steps: dict[str, list[float]] = {"find_times": [], "event_date": [], "factuality": []}
    found = 0
    for text, doc in zip(texts, docs, strict=True):
        scale = WORDS_PER_ARTICLE / len(text.split())
        passage = Passage(PassageKind.BODY, text, OffsetMap.identity(len(text)))
        times = find_times(passage, doc, anchor, words=words)
        found += len(times)
        triggers = [(s, s.root) for s in doc.sents]

        def dates(times=times, triggers=triggers, passage=passage) -> None:
            for sentence, trigger in triggers:
                event_date(passage, sentence, trigger, times, anchor)

        def factuality(times=times, triggers=triggers, passage=passage) -> None:
            for sentence, trigger in triggers:
                classify_factuality(
                    sentence, trigger, cues=cues, anchor=anchor, times=times, passage=passage
                )
                classify_certainty(sentence, trigger, cues=cues)

        def expressions(passage=passage, doc=doc) -> None:
            find_times(passage, doc, anchor, words=words)

        for name, step in (
            ("find_times", expressions),
            ("event_date", dates),
            ("factuality", factuality),
        ):
            steps[name].append(_best_ms(step, args.repeat) * scale)
    total = [a + b for a, b in zip(steps["find_times"], steps["event_date"], strict=True)]
    print(f"{args.articles} generated articles, {found / args.articles:.1f} expressions each\n")
    print(f"| {'step (ms per 800 words)':34} | {'median':>7} | {'p90':>7} | {'max':>7} |")
    print(f"|{'-' * 36}|{'-' * 9}|{'-' * 9}|{'-' * 9}|")
    rows = [*steps.items(), ("find_times + event_date (budget 10)", total)]
    for name, values in rows:
        ordered = sorted(values)
        p90 = ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))]
        row = f"| {name:34} | {statistics.median(values):7.2f} | {p90:7.2f} |"
        print(f"{row} {max(values):7.2f} |")


def muc4_dates(folder: Path, limit: int) -> None:
    """How often a key template's single incident date is among the message's resolved
    expressions (anchor = the dateline date); the dateline alone is the baseline."""
    gold = dict(_muc4_gold(folder))
    messages = [m for m in read_messages(folder) if m.id in gold][:limit]
    language, words = Language.load(), load_time_words()
    docs = language.parse(m.text for m in messages)
    hits = by_anchor = either = total = wrong_year = later = day_exprs = 0
    for message, doc in zip(messages, docs, strict=True):
        mid, text = message.id, message.text
        passage = Passage(PassageKind.BODY, text, OffsetMap.identity(len(text)))
        anchor = Anchor(message.published, "dateline")
        times = [t for t in find_times(passage, doc, anchor, words=words) if t.kind != "dateline"]
        days = {t.date for t in times if t.precision == 1}
        day_exprs += sum(t.precision == 1 for t in times)
        later += sum(1 for t in times if anchor.date and t.precision == 1 and t.date > anchor.date)
        for day in gold[mid]:
            total += 1
            hits += day in days
            by_anchor += day == anchor.date
            either += day == anchor.date or day in days
            wrong_year += day not in days and any(d[5:] == day[5:] for d in days)
    print(f"\nMUC-4 DEV, {len(messages)} messages with dated key templates\n")
    print(f"| {'single-date templates':44} | {total:6d} |")
    print(f"|{'-' * 46}|{'-' * 8}|")
    print(f"| {'gold date = dateline date (baseline)':44} | {by_anchor / total:6.1%} |")
    print(f"| {'gold date among resolved expressions':44} | {hits / total:6.1%} |")
    print(f"| {'gold date in dateline or expressions':44} | {either / total:6.1%} |")
    print(f"| {'same day and month, wrong year':44} | {wrong_year / total:6.1%} |")
    print(f"| {'day expressions after the dateline':44} | {later / max(day_exprs, 1):6.1%} |")


def muc4_event_dates(folder: Path, limit: int) -> None:
    """Of the pipeline's events matched to a key template with a single incident date, how
    many carry that date, by the precision they were given (the full pipeline runs)."""
    from sitrep.evaluate import muc4
    from sitrep.pipeline import Pipeline

    type_map = muc4.load_type_map()
    corrected = muc4.load_scorers()[-1]
    keyed = _muc4_dated_templates(folder)
    messages = [m for m in muc4.read_messages(folder) if m.id in keyed][:limit]
    pipeline = Pipeline.load()
    rows: dict[int, list[int]] = {}  # precision -> [events, right day, after the dateline]
    for message in messages:
        events = pipeline.extract_article(muc4._article(message)).events
        templates = [t for t, _ in keyed[message.id]]
        days = {id(t): day for t, day in keyed[message.id]}
        pairs = muc4.score_message(events, templates, type_map, corrected, message.text)
        for template, event in pairs:
            if template is None or event is None or not event.event_date:
                continue
            row = rows.setdefault(event.time_precision or 0, [0, 0, 0])
            row[0] += 1
            row[1] += event.event_date[:10] == days[id(template)]
            row[2] += bool(message.published and event.event_date[:10] > message.published)
    total = [sum(r[i] for r in rows.values()) for i in range(3)]
    print(f"\nMUC-4 DEV, {len(messages)} messages: matched events of single-date templates\n")
    print(f"| {'time_precision':16} | {'events':>6} | {'right day':>9} | {'after dateline':>14} |")
    print(f"|{'-' * 18}|{'-' * 8}|{'-' * 11}|{'-' * 16}|")
    for precision, (n, right, after) in sorted(rows.items()):
        print(f"| {precision:16} | {n:6d} | {right / n:9.1%} | {after:14d} |")
    n, right, after = total
    print(f"| {'all':16} | {n:6d} | {right / max(n, 1):9.1%} | {after:14d} |")


def _muc4_dated_templates(folder: Path) -> dict[str, list[tuple[object, str]]]:
    """Key templates with one incident day, by message, each with its day."""
    from sitrep.evaluate import muc4

    out: dict[str, list[tuple[object, str]]] = {}
    for path in sorted(folder.glob("key-dev-*.muc4")):
        for block in re.split(r"\n(?=0\.\s+MESSAGE: ID)", path.read_text("latin-1")):
            template = muc4._parse_template(block)
            line = next((x for x in block.splitlines() if "INCIDENT: DATE" in x), "")
            day = _muc4_day(line.split("DATE", 1)[1].strip()) if line else None
            if template is not None and day is not None:
                out.setdefault(template.message, []).append((template, day.isoformat()))
    return out


def _muc4_gold(folder: Path) -> Iterator[tuple[str, list[str]]]:
    dates: dict[str, list[str]] = {}
    for path in sorted(folder.glob("key-dev-*.muc4")):
        mid = None
        for line in path.read_text("latin-1").splitlines():
            if "MESSAGE: ID" in line:
                found = re.search(r"DEV-MUC3-\d{4}", line)
                mid = found.group(0) if found else None
            elif "INCIDENT: DATE" in line and mid:
                day = _muc4_day(line.split("DATE", 1)[1].strip())
                if day:
                    dates.setdefault(mid, []).append(day.isoformat())
    yield from dates.items()


def _muc4_day(fill: str) -> date | None:
    m = MUC_DATE.match(fill)
    if not m or m.group(2) not in MUC_MONTHS:
        return None
    try:
        return date(1900 + int(m.group(3)), MUC_MONTHS.index(m.group(2)) + 1, int(m.group(1)))
    except ValueError:
        return None


def _best_ms(step, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        step()
        best = min(best, time.perf_counter() - start)
    return best * 1000


if __name__ == "__main__":
    main()
