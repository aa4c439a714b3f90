"""`make bench` (the app's part): latency of the web app over 100,000 generated events, on
SQLite and on PostgreSQL, through a real uvicorn server on loopback and in Chromium.

Prints one table per backend: p50 and p95 of the event table, the API, an event's page and
the map's data for the view, and the home page until its map is drawn in headless Chromium.
Targets (issue 14): table and API p95 < 100 ms, map data < 500 ms, home interactive < 1 s.
Timings depend on the machine and on what else runs: the lead re-runs this on a quiet one.

    .venv/bin/python benchmarks/web_bench.py [--events 100000] [--backend sqlite|postgresql]
"""

from __future__ import annotations

import argparse
import hashlib
import platform
import random
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from _web import add_people, live_server  # noqa: E402
from sitrep.model import Article, Event, Evidence, Extraction, OffsetMap  # noqa: E402
from sitrep.store import Stored, open_store  # noqa: E402

TYPES = [
    ("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Violence against civilians", "Attack"), ("Protests", "Peaceful protest"),
    ("Riots", "Violent demonstration"), ("Strategic developments", "Looting/property destruction"),
]  # fmt: skip
PLACES = [  # invented towns at real-looking coordinates, by country and admin1
    ("Sudan", "Khartoum", 15.5, 32.5), ("Sudan", "North Darfur", 13.6, 25.3),
    ("Ukraine", "Donetsk", 48.0, 37.8), ("Ukraine", "Kharkiv", 49.9, 36.2),
    ("Myanmar", "Kachin", 25.4, 97.4), ("Nigeria", "Borno", 11.8, 13.1),
    ("Somalia", "Banadir", 2.0, 45.3), ("Mali", "Gao", 16.3, -0.05),
    ("Syria", "Idlib", 35.9, 36.6), ("Colombia", "Cauca", 2.4, -76.6),
]  # fmt: skip
ACTORS = ["Military Forces of Sudan", "Rapid Support Forces", "Police Forces of Nigeria",
          "Protesters (Somalia)", "Civilians (Mali)", "Unidentified Armed Group (Syria)",
          "Military Forces of Ukraine", "Military Forces of Russia"]  # fmt: skip
PER_DOCUMENT = 10
FILTERS = ["newest first", "a country", "a type since a date", "an actor", "a map region",
           "deadliest first", "a town in the full text", "a country and a type"]  # fmt: skip


def documents(count: int, seed: int = 7) -> Iterator[Stored]:
    """`count` events in documents of PER_DOCUMENT, each event with evidence in the text."""
    rng = random.Random(seed)
    for number in range(0, count, PER_DOCUMENT):
        lines, events = [], []
        offset = 0
        for i in range(min(PER_DOCUMENT, count - number)):
            kind, sub = rng.choice(TYPES)
            country, admin1, lat, lon = rng.choice(PLACES)
            town = f"Town{rng.randrange(400)}"
            actor1, actor2 = rng.sample(ACTORS, 2)
            day = f"2024-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
            killed = rng.choice([0, 0, 0, 1, 2, 3, 5, 12])
            line = f"On {day}, {actor1} attacked {actor2} in {town}, killing {killed} people."
            spans = [("event_date", day), ("actor1", actor1), ("actor2", actor2),
                     ("location", town), ("fatalities", f"killing {killed}")]  # fmt: skip
            evidence = tuple(
                Evidence(f, w, offset + line.index(w), offset + line.index(w) + len(w))
                for f, w in spans
            )
            events.append(Event(
                event_date=day, time_precision=1, event_type=kind, sub_event_type=sub,
                actor1=actor1, actor2=actor2, country=country, admin1=admin1, location=town,
                latitude=lat + rng.uniform(-1.5, 1.5), longitude=lon + rng.uniform(-1.5, 1.5),
                geo_precision=1, fatalities=killed, notes=line, source="Bench Wire",
                evidence=evidence, article_id=f"bench-{number}", event_id=f"bench-{number}-{i}",
            ))  # fmt: skip
            lines.append(line)
            offset += len(line) + 1
        text = "\n".join(lines)
        raw = text.encode()
        article = Article(
            id=f"bench-{number}", original=text, sha256=hashlib.sha256(raw).hexdigest(),
            body=text, body_offsets=OffsetMap.identity(len(text)), title=f"Report {number}",
            published="2025-01-01",
        )  # fmt: skip
        yield Stored(Extraction(article, tuple(events)), raw, f"bench/{number}.txt",
                     key=f"bench/{number}.txt")  # fmt: skip


def fill(address: str, count: int, console: Console) -> float:
    started = time.perf_counter()
    with open_store(address) as store:
        batch: list[Stored] = []
        for item in documents(count):
            batch.append(item)
            if len(batch) >= 200:
                store.add(batch)
                batch = []
        if batch:
            store.add(batch)
        total = store.count()["events"]
    elapsed = time.perf_counter() - started
    console.print(f"stored {total} events in {elapsed:.0f} s")
    return elapsed


def requests() -> dict[str, list[str]]:
    """The URLs each measured kind asks for: the filters and sorts people use on the table
    (newest first, a country, a type since a date, an actor, a map region, the deadliest, a
    place name in the full text, a country and a type), eight of each."""
    rng = random.Random(3)
    table = []
    for _ in range(8):
        country, admin1, lat, lon = rng.choice(PLACES)
        kind, _ = rng.choice(TYPES)
        table += [
            "sort=-event_date", f"country={country}", f"type={kind}&since=2024-06-01",
            f"actor={rng.choice(ACTORS)}", f"bbox={lon - 3},{lat - 3},{lon + 3},{lat + 3}",
            "sort=-fatalities", f"q=Town{rng.randrange(400)}", f"country={country}&type={kind}",
        ]  # fmt: skip
    maps = []
    for _ in range(20):
        _, _, lat, lon = rng.choice(PLACES)
        maps.append(f"/api/map?zoom=6&bbox={lon - 3},{lat - 2},{lon + 3},{lat + 2}")
        maps.append(f"/api/map?zoom=4&bbox={lon - 12},{lat - 8},{lon + 12},{lat + 8}")
    maps += ["/api/map?zoom=2"] * 10
    return {
        "event table (/table)": [f"/table?{q}" for q in table],
        "API /api/events": [f"/api/events?{q}&limit=100" for q in table],
        "map data, region and world": maps,
    }


def after_writes(
    web: httpx.Client, headers: dict[str, str], session: dict[str, str], ids: list[str]
) -> dict[str, list[float]]:
    """What the cached summaries cost when they must be computed again: the map of filters
    asked for the first time, and the home page and its map right after an edit."""
    rng = random.Random(5)
    kinds = rng.sample(TYPES, len(TYPES)) * 2
    fresh = [f"/api/map?zoom=2&country={place[0]}&type={kind[0]}"
             for place, kind in zip(PLACES, kinds[: len(PLACES)], strict=True)]  # fmt: skip
    out = {"map data, filters asked the first time": timed(web, fresh, headers)}
    home, world = [], []
    for event_id in ids[:10]:
        event = web.get(f"/api/events/{event_id}", headers=headers).json()
        body = {"changes": {"fatalities": event["fatalities"] + 1}, "reason": "bench",
                "base_revision": event["revision"]}  # fmt: skip
        done = web.patch(f"/api/events/{event_id}", json=body, headers=headers)
        if done.status_code != 200:
            raise SystemExit(f"edit of {event_id}: {done.status_code} {done.text[:200]}")
        home += timed(web, ["/"], session)
        world += timed(web, ["/api/map?zoom=2"], headers)
    out["home page HTML right after an edit"] = home
    out["map data (world) right after an edit"] = world
    return out


def timed(web: httpx.Client, urls: list[str], headers: dict[str, str]) -> list[float]:
    out = []
    for url in urls:
        started = time.perf_counter()
        answer = web.get(url, headers=headers)
        out.append((time.perf_counter() - started) * 1000)
        if answer.status_code != 200:
            raise SystemExit(f"{url}: {answer.status_code} {answer.text[:200]}")
    return out


def home_in_chromium(base: str, cookie: dict[str, str], runs: int = 8) -> dict[str, list[float]]:
    """Navigation start to: the page's HTML received, the document parsed with its scripts,
    the map's data received, and the map drawn (the mark app.js sets once the first view's
    markers are on the map); in headless Chromium, the cache warm."""
    from playwright.sync_api import sync_playwright

    from _system import ensure_package

    executable = str(ensure_package("chromium", provides="chromium"))  # Debian's, as the tests
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--no-first-run"]  # fmt: skip
    phases: dict[str, list[float]] = {"html": [], "parsed": [], "data": [], "drawn": []}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=flags)
        context = browser.new_context()
        context.add_cookies([{"name": k, "value": v, "url": base} for k, v in cookie.items()])
        page = context.new_page()
        for run in range(runs + 1):
            page.goto(f"{base}/", wait_until="commit")
            page.wait_for_selector("#map[data-loaded]", timeout=60_000)
            timing = page.evaluate(
                """() => { const n = performance.getEntriesByType('navigation')[0];
                   const m = performance.getEntriesByType('resource')
                       .filter(r => r.name.includes('/api/map'))[0];
                   const d = performance.getEntriesByName('sitrep-map-drawn')[0];
                   return [n.responseEnd, n.domContentLoadedEventEnd,
                           m ? m.responseEnd : 0, d ? d.startTime : performance.now()]; }"""
            )
            if run:  # the first load fills the browser's cache of scripts and tiles
                for name, value in zip(phases, timing, strict=True):
                    phases[name].append(float(value))
        browser.close()
    return phases


def login_cookie(base: str, password: str) -> dict[str, str]:
    import re

    with httpx.Client(base_url=base) as web:
        page = web.get("/login")
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
        web.post("/login", data={"username": "ana", "password": password, "csrf_token": csrf})
        return {"sitrep_session": web.cookies["sitrep_session"]}


def measure(address: str, count: int, console: Console) -> list[Table]:
    from _web import PASSWORD

    load = fill(address, count, console)
    people = add_people(address)  # type: ignore[arg-type]
    token = people.tokens["coder"]
    headers = {"Authorization": f"Bearer {token}"}
    backend = "postgresql" if "://" in address else "sqlite"
    table = Table(title=f"web app at {count:,} events on {backend} (stored in {load:.0f} s)")
    for column in ("request", "n", "p50 ms", "p95 ms", "target p95"):
        table.add_column(column, justify="left" if column == "request" else "right")
    with live_server(address) as base, httpx.Client(base_url=base, timeout=60) as web:  # type: ignore[arg-type]
        timed(web, ["/api/events?limit=5", "/api/map?zoom=2"], headers)  # warm up
        with open_store(address) as store:
            ids = [r.event.event_id for r in store.events().events[:40]]
        kinds = requests()
        kinds["API /api/events/{id}"] = [f"/api/events/{i}" for i in ids]
        targets = {"map data, region and world": 500}
        cookie = login_cookie(base, PASSWORD)
        session = {"cookie": f"sitrep_session={cookie['sitrep_session']}"}
        measured = {}
        for name, urls in kinds.items():
            ms = measured[name] = timed(web, urls, headers if "/api/" in urls[0] else session)
            table.add_row(name, str(len(ms)), f"{statistics.median(ms):.0f}",
                          f"{_p95(ms):.0f}", f"< {targets.get(name, 100)}")  # fmt: skip
        pages = timed(web, ["/"] * 20, session)
        table.add_row("home page HTML (/)", str(len(pages)), f"{statistics.median(pages):.0f}",
                      f"{_p95(pages):.0f}", "")  # fmt: skip
        for name, ms in after_writes(web, headers, session, ids).items():
            table.add_row(name, str(len(ms)), f"{statistics.median(ms):.0f}", f"{_p95(ms):.0f}",
                          "< 500" if "map" in name else "")  # fmt: skip
        phases = home_in_chromium(base, cookie)
        labels = {"html": "  Chromium: HTML received", "parsed": "  Chromium: page parsed",
                  "data": "  Chromium: map data received",
                  "drawn": "home page in Chromium, map drawn"}  # fmt: skip
        for name, values in phases.items():
            target = "< 1000" if name == "drawn" else ""
            table.add_row(labels[name], str(len(values)), f"{statistics.median(values):.0f}",
                          f"{_p95(values):.0f}", target)  # fmt: skip
    return [table, by_filter(measured, backend)]


def by_filter(measured: dict[str, list[float]], backend: str) -> Table:
    """The table's and the API's requests split by filter (the slow ones are the store's)."""
    table = Table(title=f"by filter on {backend}, 8 requests each (ms)")
    for column in ("filter", "table p50", "table max", "API p50", "API max"):
        table.add_column(column, justify="left" if column == "filter" else "right")
    page, api = measured["event table (/table)"], measured["API /api/events"]
    for number, name in enumerate(FILTERS):
        mine = [page[i] for i in range(number, len(page), len(FILTERS))]
        theirs = [api[i] for i in range(number, len(api), len(FILTERS))]
        table.add_row(name, f"{statistics.median(mine):.0f}", f"{max(mine):.0f}",
                      f"{statistics.median(theirs):.0f}", f"{max(theirs):.0f}")  # fmt: skip
    return table


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> None:
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # stop the test server on a kill
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    args = parser.parse_args()
    console = Console(width=120)
    console.print(
        f"machine: {platform.machine()}, {_cores()} cores, Python {platform.python_version()}"
    )
    if args.backend in ("sqlite", "both"):
        with tempfile.TemporaryDirectory() as tmp:
            console.print(*measure(str(Path(tmp) / "bench.db"), args.events, console))
    if args.backend in ("postgresql", "both"):
        from _postgres import PostgresServer

        server = PostgresServer().start()
        try:
            console.print(*measure(server.create_database(), args.events, console))
        finally:
            server.stop()


def _cores() -> int:
    import os

    return os.cpu_count() or 1


if __name__ == "__main__":
    main()
