"""`make bench`, the store part: p50 and p95 of each filter query at 100,000 events.

Generates invented events (no model: the store is what is measured), stores them on SQLite
and on a PostgreSQL server started for the run (initdb/pg_ctl in a temporary folder, as the
tests do; or `--postgres URL` of an empty database), edits a few thousand as a reviewer
would, then runs each query of the app's table many times with varied values and prints a
table. Timings depend on the machine and on what else runs: rerun on a quiet one.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from rich.console import Console
from rich.table import Table

from sitrep.model import Article, Certainty, Event, Evidence, Extraction, OffsetMap
from sitrep.store import EventQuery, Store, Stored, open_store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

COUNTRIES = [f"Country {c}" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"] + ["Ruritania", "Borduria"]
TYPES = {
    "Battles": [
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ],
    "Explosions/Remote violence": [
        "Air/drone strike",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Suicide bomb",
    ],
    "Violence against civilians": ["Attack", "Abduction/forced disappearance"],
    "Protests": ["Peaceful protest", "Protest with intervention"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": ["Arrests", "Looting/property destruction", "Agreement"],
}
ACTORS = [f"Armed Group {n}" for n in range(150)] + [f"Military Forces of {c}" for c in COUNTRIES]
WORDS = [
    "market",
    "convoy",
    "village",
    "checkpoint",
    "hospital",
    "school",
    "bridge",
    "mosque",
    "church",
    "camp",
    "farm",
    "road",
    "border",
    "airport",
    "port",
    "prison",
    "depot",
    "station",
]
EVENTS_PER_DOCUMENT = 4
TARGET = 100_000
RUNS = 60  # timed runs of each query


def generate(count: int, seed: int = 7) -> Iterator[Stored]:
    """Documents of four invented events each, until `count` events."""
    rng = random.Random(seed)
    for d in range(count // EVENTS_PER_DOCUMENT):
        country = rng.choice(COUNTRIES)
        words = rng.sample(WORDS, 3)
        text = f"Report {d} from {country}: fighting near the {' and the '.join(words)}."
        raw = text.encode()
        article = Article(
            id=f"doc-{d}",
            original=text,
            sha256=hashlib.sha256(raw).hexdigest(),
            body=text,
            body_offsets=OffsetMap.identity(len(text)),
            title=f"Report {d}",
        )
        events = tuple(_event(rng, country, text, words) for _ in range(EVENTS_PER_DOCUMENT))
        yield Stored(
            Extraction(article, events),
            raw,
            f"gen/{d}.txt",
            key=f"gen/{d}.txt",
            provenance={"sitrep": "bench", "knowledge": "bench"},
        )


def _event(rng: random.Random, country: str, text: str, words: list[str]) -> Event:
    kind = rng.choice(list(TYPES))
    word = rng.choice(words)
    at = text.index(word)
    day = rng.randrange(3 * 365)
    return Event(
        event_date=f"{2022 + day // 365}-{day % 365 // 31 + 1:02d}-{day % 31 % 28 + 1:02d}",
        time_precision=1,
        event_type=kind,
        sub_event_type=rng.choice(TYPES[kind]),
        actor1=rng.choice(ACTORS),
        actor2=rng.choice(ACTORS) if rng.random() < 0.6 else None,
        country=country,
        admin1=f"{country} region {rng.randrange(8)}",
        location=f"{word.title()} town {rng.randrange(50)}",
        latitude=rng.uniform(-40, 60),
        longitude=rng.uniform(-20, 120),
        fatalities=int(rng.expovariate(0.3)),
        notes=f"An incident at the {word} in {country}.",
        certainty=rng.choice(list(Certainty)),
        evidence=(Evidence("location", word, at, at + len(word)),),
    )


def fill(store: Store, count: int, edits: int) -> tuple[float, float]:
    """Store `count` events and make `edits` reviewer edits; the seconds each took."""
    started = time.perf_counter()
    batch: list[Stored] = []
    for item in generate(count):
        batch.append(item)
        if len(batch) == 250:
            store.add(batch)
            batch = []
    store.add(batch)
    stored = time.perf_counter() - started
    rng = random.Random(3)
    started = time.perf_counter()
    page = store.events(EventQuery(limit=edits, sort="event_id"))
    for record in page.events:
        store.revise(
            record.event.event_id,
            {"fatalities": record.event.fatalities + 1},
            user="bench",
            reason="a reviewer's count",
            base_revision=record.revision,
        )
        if rng.random() < 0.3:
            store.reject(record.event.event_id, user="bench", reason="a duplicate")
    return stored, time.perf_counter() - started


def queries(store: Store) -> dict[str, Callable[[random.Random], object]]:
    """Each query the app's table, map and API make, with a value drawn per run."""
    second = store.events(EventQuery(limit=100)).next

    def page(**filters: object) -> Callable[[random.Random], object]:
        return lambda rng: store.events(
            EventQuery(**{k: _draw(v, rng) for k, v in filters.items()})
        )  # type: ignore[arg-type]

    return {
        "first page, by date": page(),
        "next page (cursor)": page(cursor=[second]),
        "newest first": page(sort=["-event_date"]),
        "date range (a month)": page(since=["2023-03-01"], until=["2023-03-31"]),
        "country": page(country=COUNTRIES),
        "admin1": page(admin1=[f"{c} region 3" for c in COUNTRIES]),
        "actor (either side)": page(actor=ACTORS),
        "event type": page(type=list(TYPES)),
        "sub-event type": page(sub_type=[s for v in TYPES.values() for s in v]),
        "min fatalities 10": page(min_fatalities=[10]),
        "certainty": page(certainty=[str(c) for c in Certainty]),
        "review state: edited": page(review=["edited"]),
        "full text": page(q=WORDS),
        "country + type + since": page(country=COUNTRIES, type=list(TYPES), since=["2023-01-01"]),
        "map box": page(bbox=[(0.0, 0.0, 30.0, 30.0)], limit=[1000]),
        "most killed first": page(sort=["-fatalities"]),
        "reviewed view": page(view=["reviewed"]),
        "map points, all (no evidence)": lambda rng: store.points(EventQuery()),
        "count by country": lambda rng: store.count_events(
            EventQuery(country=rng.choice(COUNTRIES))
        ),
        "one event": lambda rng: store.event(rng.choice(ids)),
    }


ids: list[str] = []


def _draw(values: object, rng: random.Random) -> object:
    return rng.choice(values) if isinstance(values, list) else values


def measure(store: Store) -> dict[str, tuple[float, float]]:
    global ids
    ids = [r.event.event_id for r in store.events(EventQuery(limit=500)).events]
    rng = random.Random(11)
    out = {}
    for name, run in queries(store).items():
        run(rng)  # warm the caches once
        times = []
        for _ in range(RUNS):
            started = time.perf_counter()
            run(rng)
            times.append(1000 * (time.perf_counter() - started))
        times.sort()
        out[name] = (statistics.median(times), times[int(0.95 * len(times)) - 1])
    return out


def machine() -> str:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{model or platform.processor()}, {os.cpu_count()} cores, {memory:.0f} GiB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=TARGET)
    parser.add_argument("--edits", type=int, default=2000)
    parser.add_argument("--postgres", help="URL of an empty database (default: start a server)")
    parser.add_argument("--backends", default="sqlite,postgresql")
    args = parser.parse_args()
    console = Console()
    results: dict[str, dict[str, tuple[float, float]]] = {}
    setup: dict[str, tuple[float, float]] = {}
    server = None
    with tempfile.TemporaryDirectory() as tmp:
        for backend in args.backends.split(","):
            if backend == "sqlite":
                address = str(Path(tmp) / "bench.db")
            else:
                if args.postgres is None:
                    from _postgres import PostgresServer

                    server = PostgresServer().start()
                address = args.postgres or server.create_database()  # type: ignore[union-attr]
            with open_store(address) as store:
                console.print(f"[dim]{backend}: storing {args.events:,} events...[/dim]")
                setup[backend] = fill(store, args.events, args.edits)
                results[backend] = measure(store)
        if server is not None:
            server.stop()
    console.print(_table(results, setup, args.events))


def _table(
    results: dict[str, dict[str, tuple[float, float]]],
    setup: dict[str, tuple[float, float]],
    events: int,
) -> Table:
    backends = list(results)
    table = Table(
        title=f"store queries at {events:,} events, ms per query, {RUNS} runs each ({machine()})",
        title_justify="left",
    )
    table.add_column("query (100 a page unless said)")
    for backend in backends:
        table.add_column(f"{backend} p50", justify="right")
        table.add_column(f"{backend} p95", justify="right")
    for name in results[backends[0]]:
        cells = [f"{results[b][name][i]:.1f}" for b in backends for i in (0, 1)]
        table.add_row(name, *cells)
    table.caption = "; ".join(
        f"{b}: stored in {setup[b][0]:.0f} s ({events / setup[b][0]:,.0f} events/s),"
        f" reviewer edits {setup[b][1]:.0f} s"
        for b in backends
    )
    return table


if __name__ == "__main__":
    main()
