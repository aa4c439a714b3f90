"""A bounded load test: simulated reviewers read, filter and edit through a real `sitrep serve`
while `sitrep ingest` stores new articles into the same store; then every acknowledged edit is
looked up in the revisions (stored exactly once) and every refused one (409, 422) is shown to
have left nothing behind, and `sitrep verify` runs.

`run_load` does one run against one store address (an SQLite file or a PostgreSQL URL);
`load/run.py` (`make load`) runs it on both backends and prints the table, and
`tests/test_load.py` runs a short version in `make test`.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
SITREP = str(Path(sys.executable).parent / "sitrep")
ACKNOWLEDGED, REFUSED = 200, (404, 409, 422)
Answer = httpx.Response | None


@dataclass(frozen=True)
class Settings:
    reviewers: int = 20
    seconds: float = 120.0
    articles: int = 1000
    words: int = 250  # per generated article
    think: tuple[float, float] = (0.2, 1.0)  # seconds a reviewer pauses between requests
    seed_events: int = 300  # hand-coded events in the store before the run
    hot: int = 12  # half the reviews go to the first events listed: conflicts happen
    jobs: int = 1  # ingest processes: the other core serves the reviewers
    seed: int = 17


@dataclass(frozen=True)
class Call:
    kind: str  # "list", "event", "edit", "reject", "restore"
    status: int  # HTTP status; 0 when no answer came (timeout, connection lost)
    seconds: float


@dataclass(frozen=True)
class Write:
    reviewer: str
    event_id: str
    act: str
    marker: str  # the reason sent: unique, so the revision it made can be found
    status: int
    number: int | None  # the revision number the server acknowledged


@dataclass
class Result:
    address: str
    settings: Settings
    calls: list[Call] = field(default_factory=list)
    writes: list[Write] = field(default_factory=list)
    elapsed: float = 0.0  # seconds the reviewers ran
    ingest_seconds: float = 0.0
    ingest_exit: int | None = None
    ingested: int = 0  # documents stored by the ingest
    lost: list[str] = field(default_factory=list)  # acknowledged, not found once
    duplicated: list[str] = field(default_factory=list)  # acknowledged, found more than once
    leftovers: list[str] = field(default_factory=list)  # refused, yet a revision exists
    unknown: list[str] = field(default_factory=list)  # no answer: what the store holds
    verified: bool = False
    verify_line: str = ""
    server_errors: int = 0  # lines the server logged at ERROR
    stopped: bool = False  # set to end the reviewers before their time

    def statuses(self) -> Counter[int]:
        return Counter(c.status for c in self.calls)

    @property
    def server_5xx(self) -> int:
        return sum(1 for c in self.calls if c.status >= 500)

    @property
    def no_answer(self) -> int:
        return sum(1 for c in self.calls if c.status == 0)

    def latency(self, kinds: tuple[str, ...] | None = None) -> dict[str, float]:
        """p50, p95 and p99 in milliseconds."""
        times = sorted(c.seconds * 1000 for c in self.calls if not kinds or c.kind in kinds)
        if len(times) < 2:
            return {"p50": times[0] if times else 0.0, "p95": 0.0, "p99": 0.0}
        cuts = statistics.quantiles(times, n=100, method="inclusive")
        return {"p50": cuts[49], "p95": cuts[94], "p99": cuts[98]}

    @property
    def ok(self) -> bool:
        """Nothing lost, duplicated, left behind or unanswered; no 5xx; the store verifies."""
        return not (
            self.lost or self.duplicated or self.leftovers or self.unknown or self.server_5xx
        ) and (self.verified and self.ingest_exit == 0)


# ---------------------------------------------------------------- the store before the run


def prepare(address: str, settings: Settings) -> dict[str, str]:
    """Seed the store with hand-coded events and one coder per reviewer; their tokens."""
    sys.path.insert(0, str(ROOT / "tests"))
    from _store_docs import TOWNS, doc, text_of
    from sitrep.store import open_store
    from sitrep.web.passwords import hash_secret, new_token

    tokens: dict[str, str] = {}
    with open_store(address) as store:
        docs = [
            doc(f"seed/{i:04d}.txt", text_of(TOWNS[i % len(TOWNS)], killed=i % 9 + 1,
                                              extra=f" Report {i}."),
                events=[{"town": TOWNS[i % len(TOWNS)], "fatalities": i % 9 + 1}])
            for i in range(settings.seed_events)
        ]  # fmt: skip
        for start in range(0, len(docs), 100):
            store.add(docs[start : start + 100])
        for n in range(settings.reviewers):
            name = f"reviewer{n + 1:02d}"
            store.add_user(name, "coder", hash_secret(f"load test passphrase {n}"), by="load")
            token = new_token()
            store.add_token(name, token.token_id, hash_secret(token.secret), by="load")
            tokens[name] = token.text
    return tokens


def write_articles(folder: Path, settings: Settings) -> Path:
    """The generated articles the ingest stores during the run (invented text)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from _generate import article

    folder.mkdir(parents=True, exist_ok=True)
    for i in range(settings.articles):
        item = article(100_000 + i, words=settings.words)
        (folder / f"{item['id']}.txt").write_text(item["text"], encoding="utf-8")
    return folder


# ---------------------------------------------------------------- processes


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start(args: list[str], log: Path) -> subprocess.Popen[bytes]:
    handle = log.open("wb")
    return subprocess.Popen(
        [SITREP, *args], stdout=handle, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        start_new_session=True,
    )  # fmt: skip


def stop(process: subprocess.Popen[bytes], grace: float = 20.0) -> int:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            return process.wait(grace)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
    return process.wait()


def wait_until_served(base: str, token: str, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"sitrep serve exited with {server.returncode}")
        try:
            answer = httpx.get(f"{base}/api/events?limit=1", headers=_auth(token), timeout=5)
            if answer.status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError("sitrep serve did not answer within 120 s")


def _auth(token: str) -> dict[str, str]:
    return {"authorization": f"Bearer {token}"}


# ---------------------------------------------------------------- the reviewers


@dataclass
class Shared:
    """What the reviewers know of the store: event ids seen in lists (the first are hot)."""

    ids: list[str] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)

    def learn(self, ids: list[str]) -> None:
        for event_id in ids:
            if event_id not in self.seen and len(self.ids) < 5000:
                self.seen.add(event_id)
                self.ids.append(event_id)

    def pick(self, rng: random.Random, hot: int) -> str | None:
        if not self.ids:
            return None
        return rng.choice(self.ids[:hot] if rng.random() < 0.5 else self.ids)


FILTERS = (
    {}, {"country": "Ruritania"}, {"type": "Explosions/Remote violence"}, {"q": "market"},
    {"min_fatalities": "5"}, {"sort": "-event_date"}, {"review": "edited"}, {"admin1": "North"},
    {"sort": "-fatalities", "limit": "20"}, {"country": "Ukraine"}, {"q": "soldiers killed"},
)  # fmt: skip


class Reviewer:
    def __init__(self, name: str, token: str, base: str, shared: Shared, result: Result) -> None:
        self.name, self.shared, self.result = name, shared, result
        self.rng = random.Random(f"{result.settings.seed}:{name}")
        self.client = httpx.AsyncClient(base_url=base, headers=_auth(token), timeout=60)
        self.count = 0

    async def call(self, kind: str, method: str, path: str, **options: Any) -> Answer:
        started = time.perf_counter()
        try:
            answer = await self.client.request(method, path, **options)
        except httpx.HTTPError:
            self.result.calls.append(Call(kind, 0, time.perf_counter() - started))
            return None
        self.result.calls.append(Call(kind, answer.status_code, time.perf_counter() - started))
        return answer

    async def run(self, deadline: float) -> None:
        low, high = self.result.settings.think
        async with self.client:
            while time.monotonic() < deadline and not self.result.stopped:
                roll = self.rng.random()
                if roll < 0.35 or not self.shared.ids:
                    await self.browse()
                elif roll < 0.6:
                    await self.look()
                else:
                    await self.review(roll)
                await asyncio.sleep(self.rng.uniform(low, high))

    async def browse(self) -> None:
        params = dict(self.rng.choice(FILTERS))
        answer = await self.call("list", "GET", "/api/events", params=params)
        if answer is not None and answer.status_code == 200:
            page = answer.json()
            self.shared.learn([e["event_id"] for e in page["events"]])
            if page.get("next") and self.rng.random() < 0.3:  # the next page too
                following = {**params, "cursor": page["next"]}
                await self.call("list", "GET", "/api/events", params=following)

    async def look(self) -> dict[str, Any] | None:
        event_id = self.shared.pick(self.rng, self.result.settings.hot)
        answer = await self.call("event", "GET", f"/api/events/{event_id}")
        return answer.json() if answer is not None and answer.status_code == 200 else None

    async def review(self, roll: float) -> None:
        event = await self.look()
        if event is None:
            return
        self.count += 1
        marker = f"load {self.name} {self.count}"
        base = event["history"][-1]["number"] if event.get("history") else event["revision"]
        if roll < 0.9:
            act, method, path = "edit", "PATCH", f"/api/events/{event['event_id']}"
            body: dict[str, Any] = {
                "changes": {"fatalities": self.rng.randint(0, 60),
                            "notes": f"Checked against the wire copy ({marker})."},
                "reason": marker, "base_revision": base,
            }  # fmt: skip
        elif event["review"] != "rejected":
            act, method, path = "reject", "POST", f"/api/events/{event['event_id']}/reject"
            body = {"reason": marker, "base_revision": base}
        else:
            act, method, path = "restore", "POST", f"/api/events/{event['event_id']}/restore"
            body = {"revision": max(1, base - 1), "reason": marker, "base_revision": base}
        answer = await self.call(act, method, path, json=body)
        status = answer.status_code if answer is not None else 0
        number = answer.json().get("number") if status == ACKNOWLEDGED and answer else None
        self.result.writes.append(Write(self.name, event["event_id"], act, marker, status, number))


async def _reviewers(base: str, tokens: dict[str, str], result: Result) -> None:
    shared = Shared()
    deadline = time.monotonic() + result.settings.seconds
    team = [Reviewer(name, token, base, shared, result) for name, token in tokens.items()]
    started = time.monotonic()
    await asyncio.gather(*(r.run(deadline) for r in team))
    result.elapsed = time.monotonic() - started


# ---------------------------------------------------------------- the checks


def check_revisions(address: str, result: Result) -> None:
    """Every acknowledged write stored exactly once, as acknowledged; every refused write
    absent; a write with no answer reported with what the store holds."""
    from sitrep.store import open_store

    with open_store(address) as store:
        histories = {e: store.history(e) for e in {w.event_id for w in result.writes}}
        result.ingested = store.count()["documents"] - result.settings.seed_events
    for write in result.writes:
        found = [r for r in histories[write.event_id] if r.reason == write.marker]
        where = f"{write.act} {write.event_id} by {write.reviewer} ({write.marker})"
        if write.status == ACKNOWLEDGED:
            if not found:
                result.lost.append(where)
            elif len(found) > 1:
                result.duplicated.append(where)
            elif (found[0].number, found[0].user) != (write.number, write.reviewer):
                result.lost.append(f"{where}: stored as revision {found[0].number}")
        elif write.status in REFUSED:
            if found:
                result.leftovers.append(f"{where}: answered {write.status}")
        else:
            result.unknown.append(f"{where}: answered {write.status}, {len(found)} stored")


def verify(address: str, result: Result) -> None:
    done = subprocess.run([SITREP, "verify", "--db", address], capture_output=True, text=True)
    result.verified = done.returncode == 0
    result.verify_line = (done.stdout.strip() or done.stderr.strip()).splitlines()[-1:][0]


# ---------------------------------------------------------------- one run


def run_load(address: str, work: Path, settings: Settings) -> Result:
    """One run against the store at `address` (created empty by the caller or here)."""
    result = Result(address, settings)
    tokens = prepare(address, settings)
    articles = write_articles(work / "articles", settings)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start(["serve", "--db", address, "--port", str(port)], work / "serve.log")
    ingest = None
    try:
        wait_until_served(base, next(iter(tokens.values())), server)
        ingest_started = time.monotonic()
        ingest = start(["ingest", str(articles), "--db", address, "--jobs", str(settings.jobs)],
                       work / "ingest.log")  # fmt: skip
        asyncio.run(_reviewers(base, tokens, result))
        result.ingest_exit = ingest.wait()
        result.ingest_seconds = time.monotonic() - ingest_started
    finally:
        if ingest is not None:
            stop(ingest)
        stop(server)
    log = (work / "serve.log").read_text(errors="replace")
    result.server_errors = sum(1 for line in log.splitlines() if "ERROR" in line)
    check_revisions(address, result)
    verify(address, result)
    return result
