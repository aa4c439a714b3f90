"""What a situation report says: the period's events, headline figures, the main events, and
what changed since the previous report of the same scope (kept in the custody log)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sitrep.sources.ledger import Ledger
from sitrep.sources.topics import matches
from sitrep.store.contract import EventQuery, EventRecord, Store, StoreError

MAIN_EVENTS = 10


class ReportError(ValueError):
    """A report that cannot be made as asked; the message says why in one line."""


@dataclass(frozen=True)
class Scope:
    since: str  # ISO day, inclusive
    until: str  # ISO day, inclusive
    country: str | None = None
    topic: str | None = None

    @property
    def key(self) -> str:
        """What makes two reports comparable: the same country and topic."""
        return f"country={self.country or '*'};topic={self.topic or '*'}"

    @property
    def days(self) -> list[date]:
        first, last = date.fromisoformat(self.since), date.fromisoformat(self.until)
        return [first + timedelta(days=n) for n in range((last - first).days + 1)]


@dataclass(frozen=True)
class Changes:
    previous_at: str | None  # when the previous report of this scope was made
    previous_period: tuple[str, str]  # the days it covered (or the period just before)
    previous_events: int
    previous_fatalities: int
    new: tuple[str, ...] = ()  # event ids not in the previous report
    revised: tuple[str, ...] = ()  # event ids whose revision moved on since it
    gone: tuple[str, ...] = ()  # event ids it had that this one has not (merged, rejected)
    basis: str = "previous report"  # or "previous period" when there is no earlier report


@dataclass(frozen=True)
class Report:
    scope: Scope
    generated_at: str
    events: tuple[EventRecord, ...]
    fatalities: int
    countries: tuple[tuple[str, int], ...]  # (country, events), most first
    by_type: tuple[tuple[str, int, int], ...]  # (type, events, fatalities), most first
    by_day: dict[str, dict[str, tuple[int, int]]]  # day -> type -> (events, fatalities)
    main: tuple[EventRecord, ...]
    changes: Changes
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def title(self) -> str:
        where = self.scope.topic or self.scope.country or "all countries"
        return f"Situation report: {where}, {self.scope.since} to {self.scope.until}"


def parse_scope(
    since: str, until: str | None, *, country: str | None, topic: str | None, today: date
) -> Scope:
    """The period of `--since 7d` (days, weeks: 7d, 2w) or `--since 2025-03-01`, to
    `--until` (default today)."""
    last = _day(until, "--until") if until else today
    relative = re.fullmatch(r"\s*(\d+)\s*([dw])\s*", since or "")
    if relative:
        count = int(relative.group(1)) * (7 if relative.group(2) == "w" else 1)
        if count < 1:
            raise ReportError(f"--since {since}: give at least one day")
        first = last - timedelta(days=count - 1)
    else:
        first = _day(since, "--since")
    if first > last:
        raise ReportError(f"--since {first} is after --until {last}")
    if (last - first).days > 3660:
        raise ReportError("a report covers at most ten years")
    return Scope(first.isoformat(), last.isoformat(), country, topic)


def _day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ReportError(f"{option} {text!r}: give 7d, 2w or a date like 2025-03-01") from None


def gather(
    store: Store, scope: Scope, *, record: bool = True, ledger: Ledger | None = None
) -> Report:
    """Everything the report shows; with `record`, the report is noted in the custody log so
    the next one can say what changed. `ledger`: the store's, when the caller keeps one."""
    ledger = ledger or Ledger.open(store)
    events = _events(store, ledger, scope)
    last = ledger.reports.get(scope.key)
    previous = None if last is None else dict(last)
    changes = _changes(store, ledger, scope, events, previous)
    by_day: dict[str, dict[str, tuple[int, int]]] = defaultdict(dict)
    types: Counter[str] = Counter()
    dead: Counter[str] = Counter()
    for r in events:
        e = r.event
        day = by_day[str(e.event_date)]
        count, fatal = day.get(e.event_type, (0, 0))
        day[e.event_type] = (count + 1, fatal + e.fatalities)
        types[e.event_type] += 1
        dead[e.event_type] += e.fatalities
    countries = Counter(r.event.country or "unknown" for r in events)
    report = Report(
        scope=scope,
        generated_at=datetime.now(UTC).isoformat(timespec="seconds"),
        events=tuple(events),
        fatalities=sum(r.event.fatalities for r in events),
        countries=tuple(countries.most_common()),
        by_type=tuple((t, n, dead[t]) for t, n in types.most_common()),
        by_day=dict(by_day),
        main=tuple(sorted(events, key=_weight)[:MAIN_EVENTS]),
        changes=changes,
    )
    if record:
        store.log("report", scope.key, {
            "since": scope.since, "until": scope.until, "at": report.generated_at,
            "events": {r.event.event_id: r.latest or r.revision for r in events},
            "fatalities": report.fatalities,
        })  # fmt: skip
    return report


def _weight(record: EventRecord) -> tuple[int, str, str]:
    """Main events first: the deadliest, then the latest."""
    e = record.event
    return (-e.fatalities, _negated(str(e.event_date)), e.event_id)


def _negated(day: str) -> str:
    return "".join(chr(255 - ord(c)) for c in day)


def _events(store: Store, ledger: Ledger, scope: Scope) -> list[EventRecord]:
    query = EventQuery(since=scope.since, until=scope.until, country=scope.country, limit=500)
    found = [
        r for r in store.iter_events(query) if r.merged_into is None and r.review != "rejected"
    ]
    if scope.topic is None:
        return found
    topic = ledger.topics.get(scope.topic)
    if topic is None:
        raise ReportError(f"--topic {scope.topic}: no such topic (see sitrep follow list)")
    return [r for r in found if matches(topic, r.event)]


def _changes(
    store: Store, ledger: Ledger, scope: Scope, events: Sequence[EventRecord],
    previous: dict[str, Any] | None,
) -> Changes:  # fmt: skip
    if previous is None:  # no earlier report: compare with the period just before
        length = len(scope.days)
        first = date.fromisoformat(scope.since)
        before = Scope(
            (first - timedelta(days=length)).isoformat(), (first - timedelta(days=1)).isoformat(),
            scope.country, scope.topic,
        )  # fmt: skip
        earlier = _events(store, ledger, before)
        return Changes(
            None, (before.since, before.until), len(earlier),
            sum(r.event.fatalities for r in earlier),
            new=tuple(r.event.event_id for r in events), basis="previous period",
        )  # fmt: skip
    had: dict[str, int] = {str(k): int(v) for k, v in previous.get("events", {}).items()}
    now = {r.event.event_id: r.latest or r.revision for r in events}
    return Changes(
        previous_at=str(previous.get("at")),
        previous_period=(str(previous.get("since")), str(previous.get("until"))),
        previous_events=len(had),
        previous_fatalities=int(previous.get("fatalities", 0)),
        new=tuple(i for i in now if i not in had),
        revised=tuple(i for i, n in now.items() if i in had and n != had[i]),
        gone=tuple(i for i in had if i not in now and _withdrawn(store, i, scope)),
    )


def _withdrawn(store: Store, event_id: str, scope: Scope) -> bool:
    """An event of the previous report that is still in this period but no longer counted:
    merged into another, or rejected (an event that left the period is not withdrawn)."""
    try:
        record = store.event(event_id)
    except StoreError:
        return True
    inside = scope.since <= str(record.event.event_date) <= scope.until
    return inside and (record.merged_into is not None or record.review == "rejected")
