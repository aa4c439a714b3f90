"""A newly stored event that confirms a stored one is merged into it, as a store revision.

The merge is made by "sitrep" with the reason it was made (same place and day, support,
copy or not), so a reviewer sees why and can split it again. The survivor's fields become
the combined event's (`corroborate.combine`): the lowest toll of the independent reports,
the outlets listed, the most precise date and place.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
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
) -> Attached | None:
    """Merge the new event of `record` into the stored event it tells again, if any;
    `outlet_of` names who published a report (default: `outlet`)."""
    event = record.event
    if not event.is_event or not event.event_date or not event.country:
        return None
    for candidate in _candidates(store, record, rules):
        why = same_occurrence(candidate.event, event, rules)
        if why is None:
            continue
        copy_of = _copied(store, record.document, candidate, rules)
        return _merge(store, candidate, record, why, copy_of, outlet_of)
    return None


def _candidates(store: Store, record: EventRecord, rules: Rules) -> list[EventRecord]:
    event = record.event
    day = date.fromisoformat(str(event.event_date))
    slack = timedelta(days=max(rules.date_slack.values(), default=0))
    query = EventQuery(
        since=(day - slack).isoformat(), until=(day + slack).isoformat(), country=event.country,
        view="current", limit=500,
    )  # fmt: skip
    try:
        found = list(store.iter_events(query))
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
