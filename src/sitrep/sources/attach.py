"""A newly stored event that confirms a stored one is merged into it, as a store revision.

The merge is made by "sitrep" with the reason it was made (same place and day, support,
copy or not), so a reviewer sees why and can split it again. The survivor's fields become
the combined event's (`corroborate.combine`): the lowest toll of the independent reports,
the outlets listed, the most precise date and place.
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import urlsplit

from sitrep.model import Event
from sitrep.sources.copies import resemblance, shingles
from sitrep.sources.corroborate import Report, Rules, combine, same_occurrence
from sitrep.store.contract import (
    FIELD_TYPES,
    EventQuery,
    EventRecord,
    NotFoundError,
    Store,
    StoreError,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Attached:
    survivor: str  # the stored event the new one was merged into
    before: Event  # the survivor before the merge
    after: Event  # and after
    copy_of: str | None  # the document the new one's article copies, if it is a copy


def outlet(record: EventRecord) -> str:
    """Who published the report: the source coded in it, else the web site, else the key."""
    if record.event.source:
        return record.event.source
    host = urlsplit(record.document).hostname
    return host.removeprefix("www.") if host else record.document


def attach(
    store: Store,
    record: EventRecord,
    rules: Rules,
    outlet_of: Callable[[EventRecord], str] = outlet,
    pool: Pool | None = None,
) -> Attached | None:
    """Merge the new event of `record` into the stored event it tells again, if any;
    `outlet_of` names who published a report (default: `outlet`). With `pool` (read for the
    batch `record` came in), the stored events are looked up there instead of queried."""
    event = record.event
    if not event.is_event or not event.event_date or not event.country:
        return None
    for candidate in _candidates(store, record, rules, pool):
        why = same_occurrence(candidate.event, event, rules)
        if why is None:
            continue
        copy_of = _copied(store, record.document, candidate, rules)
        attached = _merge(store, candidate, record, why, copy_of, outlet_of)
        if pool is not None:
            pool.refresh(store, candidate.event.event_id, event.event_id)
        return attached
    return None


class Pool:
    """The stored events that the new events of one batch may tell again: read with one query
    per country and stretch of days the batch's events reach, not one per event, and kept
    current as the batch's own merges change them. It answers each event as the per-event
    query would, in the same order (the store's: date, then id)."""

    def __init__(self, records: Iterable[EventRecord]) -> None:
        self._records: dict[str, EventRecord] = {}
        self._keys: dict[str, list[tuple[str, str]]] = {}  # country -> sorted (date, id)
        for record in records:
            self._put(record)

    @classmethod
    def read(cls, store: Store, events: Iterable[Event], rules: Rules) -> Pool | None:
        """The pool for these new events; None if the store could not be read (each event
        is then queried alone, as without a pool)."""
        try:
            found = [r for q in _pool_queries(events, rules) for r in store.iter_events(q)]
        except StoreError as error:
            log.warning("no pool of candidates for this batch: %s", error)
            return None
        return cls(found)

    def around(self, country: str, since: str, until: str) -> list[EventRecord]:
        """The events the query (`country`, `since`..`until`, current view) would return."""
        keys = self._keys.get(country, [])
        first = bisect.bisect_left(keys, (since, ""))
        out = []
        for day, event_id in keys[first:]:
            if day > until:
                break
            out.append(self._records[event_id])
        return out

    def refresh(self, store: Store, *event_ids: str) -> None:
        """Read these events again (a merge changed them)."""
        for event_id in event_ids:
            self._drop(event_id)
            try:
                self._put(store.event(event_id))
            except (NotFoundError, StoreError):
                continue  # gone from the current view: no candidate any more

    def _put(self, record: EventRecord) -> None:
        event = record.event
        if not (event.is_event and event.country and event.event_date):
            return  # the query never returns these
        self._drop(event.event_id)
        self._records[event.event_id] = record
        bisect.insort(self._keys.setdefault(event.country, []), _key(event))

    def _drop(self, event_id: str) -> None:
        old = self._records.pop(event_id, None)
        if old is not None:
            self._keys[str(old.event.country)].remove(_key(old.event))


def _key(event: Event) -> tuple[str, str]:
    return str(event.event_date), event.event_id


def _window(event: Event, rules: Rules) -> tuple[date, date]:
    day = date.fromisoformat(str(event.event_date))
    slack = timedelta(days=max(rules.date_slack.values(), default=0))
    return day - slack, day + slack


def _query(country: str, since: date, until: date) -> EventQuery:
    return EventQuery(
        since=since.isoformat(), until=until.isoformat(), country=country, view="current",
        limit=500,
    )  # fmt: skip


def _pool_queries(events: Iterable[Event], rules: Rules) -> list[EventQuery]:
    """One query per country and run of overlapping or touching windows: together they read
    exactly what the events' own queries would."""
    windows: dict[str, list[tuple[date, date]]] = {}
    for event in events:
        if event.is_event and event.event_date and event.country:
            try:
                windows.setdefault(event.country, []).append(_window(event, rules))
            except ValueError:
                continue  # no date: `attach` fails on it alone, as without a pool
    queries = []
    for country, spans in windows.items():
        spans.sort()
        start, end = spans[0]
        for since, until in spans[1:]:
            if since > end + timedelta(days=1):
                queries.append(_query(country, start, end))
                start = since
            end = max(end, until)
        queries.append(_query(country, start, end))
    return queries


def _candidates(
    store: Store, record: EventRecord, rules: Rules, pool: Pool | None = None
) -> list[EventRecord]:
    event = record.event
    since, until = _window(event, rules)
    if pool is not None:
        found = pool.around(str(event.country), since.isoformat(), until.isoformat())
    else:
        try:
            found = list(store.iter_events(_query(str(event.country), since, until)))
        except StoreError as error:
            log.warning("no merge for %s: %s", event.event_id, error)
            return []
    return [
        r
        for r in found
        if r.event.event_id != event.event_id
        and r.merged_into is None
        and record.document not in (r.document, *r.sources)
    ]


def _copied(store: Store, document: str, survivor: EventRecord, rules: Rules) -> str | None:
    """The document among the survivor's sources that `document`'s article copies."""
    try:
        mine = shingles(_body(store, document), rules.shingle_words)
        for other in dict.fromkeys((survivor.document, *survivor.sources)):
            theirs = shingles(_body(store, other), rules.shingle_words)
            if resemblance(mine, theirs) >= rules.copy_threshold:
                return other
    except (NotFoundError, StoreError):
        return None
    return None


def _body(store: Store, key: str) -> str:
    return str(store.article(key).article.get("body") or "")


def _merge(
    store: Store, survivor: EventRecord, record: EventRecord, why: str, copy_of: str | None,
    outlet_of: Callable[[EventRecord], str],
) -> Attached | None:  # fmt: skip
    mine = outlet_of(record)
    reports = [
        Report(survivor.event, survivor.document, "", None),
        Report(record.event, record.document, mine, None, copy_of),
    ]
    combined = combine(reports).event
    outlets = [o for o in (survivor.event.source or outlet_of(survivor)).split("; ") if o]
    if copy_of is None and mine not in outlets:
        outlets.append(mine)
    changes = {
        name: getattr(combined, name)
        for name in FIELD_TYPES
        if name != "source" and getattr(combined, name) != getattr(survivor.event, name)
    }
    if copy_of is not None:  # a copy confirms nothing: the survivor's toll stands
        changes.pop("fatalities", None)
    changes["source"] = "; ".join(outlets)
    reason = f"same occurrence: {why}" + (f"; a copy of {copy_of}" if copy_of else "")
    try:
        store.merge(
            [survivor.event.event_id, record.event.event_id], user="sitrep", reason=reason,
            changes=changes,
            base_revisions={survivor.event.event_id: survivor.latest or survivor.revision},
        )  # fmt: skip
        after = store.event(survivor.event.event_id).event
    except StoreError as error:  # changed meanwhile, or refused: the events stay apart
        log.warning("no merge of %s into %s: %s", record.event.event_id, survivor.event.event_id,
                    error)  # fmt: skip
        return None
    return Attached(survivor.event.event_id, survivor.event, after, copy_of)
