"""What happens when the ingest service stores an event: merge it into the event it confirms,
then queue an alert for every topic it matches, once (again only on a material change).

`Alerter.on_event` is the ingest service's callback; `Alerter.deliver` sends what is queued,
before the command that stored the events exits. Events are handled after their batch has
committed, so a crash can come between the two: the ledger notes which events were handled
(a batch at a time), and `Alerter.recover` handles the rest when the next command starts.
Handling an event twice is harmless: a topic gets one first alert per event, and an event
already merged is not merged again. What a crash can still cost is an *update* alert of a
merge whose revision was stored just before it.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitrep.model import Event
from sitrep.serialize import event_json
from sitrep.sources.attach import Pool, attach, outlet
from sitrep.sources.corroborate import Rules, load_rules, material_change
from sitrep.sources.fetch import Fetcher, Limits
from sitrep.sources.guard import Policy
from sitrep.sources.ledger import ALERTS_TAG, Ledger, Topic
from sitrep.sources.outbox import Delivered, Outbox, smtp_address, webhook_secret
from sitrep.sources.topics import matches
from sitrep.store.contract import EventRecord, NotFoundError, Store

log = logging.getLogger(__name__)


def sitrep_home(env: Mapping[str, str] = os.environ) -> Path:
    return Path(env.get("SITREP_HOME") or Path.home() / ".sitrep")


@dataclass(frozen=True)
class Handled:
    event_id: str
    merged_into: str | None
    queued: tuple[str, ...]  # alert ids


class Alerter:
    """Corroboration and alerts for one command; see the module's docstring."""

    def __init__(
        self,
        store: Store,
        *,
        policy: Policy | None = None,
        fetcher: Fetcher | None = None,
        rules: Rules | None = None,
        merge: bool = True,
        env: Mapping[str, str] = os.environ,
    ) -> None:
        self.store = store
        self.ledger = Ledger.open(store)
        self.rules = rules or load_rules()
        self.merge = merge
        self._own_fetcher = fetcher is None
        self.fetcher = fetcher or Fetcher(
            policy=policy or Policy.from_env(env=env), limits=Limits.from_env(env), robots=False
        )
        self._env = env
        self.handled: list[Handled] = []
        self._done: list[str] = []  # events handled, not yet noted in the ledger

    @property
    def tags(self) -> dict[str, str]:
        """What the ingest service adds to the provenance of what it stores for this alerter,
        so that a crash before the alerts is found by `recover` (and a backfill is not)."""
        return {ALERTS_TAG: "yes"}

    CONSIDERED_BATCH = 50  # events handled per ledger note (a crash repeats at most these)

    def recover(self) -> int:
        """Handle the events a crash left between their commit and their alerts; how many."""
        count = 0
        for event_id in self.ledger.unconsidered():
            try:
                record = self.store.event(event_id)
            except NotFoundError:
                continue
            if record.event.is_event:
                self._recover(record)
                count += 1
            self._note(event_id)
        self.flush()
        return count

    def _recover(self, record: EventRecord) -> None:
        if record.merged_into is None:
            self.on_event(record)
            return
        survivor = self.store.event(record.merged_into)  # merged before the crash: the
        queued = tuple(  # survivor's topics that never heard of it hear of it now
            self._queue(topic, survivor.event, survivor, first=True)
            for topic in self.ledger.topics.values()
            if matches(topic, survivor.event) and not self._told(topic, survivor.event.event_id)
        )
        self.handled.append(Handled(record.event.event_id, survivor.event.event_id, queued))

    def _told(self, topic: Topic, event_id: str) -> bool:
        return any(a.event_id == event_id for a in self.ledger.alerts_of(topic.name))

    def _note(self, event_id: str) -> None:
        self._done.append(event_id)
        if len(self._done) >= self.CONSIDERED_BATCH:
            self.flush()

    def flush(self) -> None:
        """Note the events handled so far in the ledger."""
        if self._done:
            self.ledger.events_considered(self._done)
            self._done = []

    def on_events(self, records: Sequence[EventRecord]) -> None:
        """`on_event` for each event of a batch the ingest service stored, in order, with the
        stored events they may merge into read at once (`attach.Pool`), not one query each.
        An event that fails is logged; the others are handled."""
        events = [r.event for r in records]
        pool = Pool.read(self.store, events, self.rules) if self.merge and records else None
        for record in records:
            try:
                self.on_event(record, pool)
            except Exception as error:  # as the ingest service does for each `on_event`
                log.warning("on_event failed for %s: %s", record.event.event_id, error)

    def on_event(self, record: EventRecord, pool: Pool | None = None) -> None:
        attached = attach(self.store, record, self.rules, self.outlet, pool) if self.merge else None
        if attached is not None:
            queued = self._on_change(attached.survivor, attached.before, attached.after)
            self.handled.append(Handled(record.event.event_id, attached.survivor, queued))
        else:
            queued = tuple(
                self._queue(topic, record.event, record, first=True)
                for topic in self.ledger.topics.values()
                if matches(topic, record.event) and not self._told(topic, record.event.event_id)
            )
            self.handled.append(Handled(record.event.event_id, None, queued))
        self._note(record.event.event_id)

    def outlet(self, record: EventRecord) -> str:
        """Who published a report: its coded source, else the name of the feed it came
        from, else its web site."""
        feed = self.ledger.feeds.get(self.ledger.documents.get(record.document, ""))
        if record.event.source or feed is None:
            return outlet(record)
        return feed.name

    def _on_change(self, event_id: str, before: Event, after: Event) -> tuple[str, ...]:
        """A merged event alerts a topic again only when it changed materially; a topic it
        now matches for the first time hears of it now."""
        record = self.store.event(event_id)
        queued = []
        for topic in self.ledger.topics.values():
            if not matches(topic, after):
                continue
            told = self._told(topic, event_id)
            if not told or material_change(before, after):
                queued.append(self._queue(topic, after, record, first=not told))
        return tuple(queued)

    def _queue(self, topic: Topic, event: Event, record: EventRecord, *, first: bool) -> str:
        earlier = [a for a in self.ledger.alerts_of(topic.name) if a.event_id == event.event_id]
        alert_id = f"{topic.name}/{event.event_id}/{len(earlier) + 1}"
        channels = [c for c, to in (("webhook", topic.webhook), ("email", topic.email)) if to]
        payload = alert_payload(topic, event, record, update=not first, alert_id=alert_id)
        self.ledger.queue_alert(alert_id, topic.name, event.event_id, payload, channels)
        return alert_id

    def deliver(self) -> Delivered:
        self.flush()
        if not self.ledger.pending():
            return Delivered(0, 0, ())
        secret = webhook_secret(sitrep_home(self._env), self._env)
        try:
            smtp = smtp_address(self._env)
        except ValueError as error:
            log.error("%s", error)
            smtp = None
        outbox = Outbox(self.ledger, self.fetcher, secret, smtp)
        return outbox.deliver()

    def close(self) -> None:
        self.flush()
        if self._own_fetcher:
            self.fetcher.close()


def alert_payload(
    topic: Topic, event: Event, record: EventRecord, *, update: bool, alert_id: str
) -> dict[str, Any]:
    """What a webhook receives (and the feed and e-mail show): the event with its evidence."""
    where = event.location or event.admin1 or event.country or "unknown place"
    dead = f", {event.fatalities} killed" if event.fatalities else ""
    title = f"{event.sub_event_type or event.event_type} in {where} on {event.event_date}{dead}"
    return {
        "alert": alert_id,
        "topic": topic.name,
        "kind": "update" if update else "new",
        "title": ("Update: " if update else "") + title,
        "event": event_json(event),
        "document": record.document,
        "sources": list(dict.fromkeys((record.document, *record.sources))),
        "revision": record.latest or record.revision,
    }
