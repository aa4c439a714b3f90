"""The state of sources, kept as entries of the store's custody log and replayed on open.

Feeds, every fetch (URL, time, sha256, and the feed's bytes when new), the items seen, the
topics followed and the alert outbox are all appended to the custody log, so they live in
whichever store is used (SQLite or PostgreSQL), are hash-chained with the rest, and nothing
is ever overwritten: a removed feed is an entry saying so, a delivered alert another.
"""

from __future__ import annotations

import base64
import threading
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from sitrep.store.contract import LogEntry, Store

KINDS = ("feed", "fetch", "item", "topic", "alert")
ALERTS_TAG = "alerts"  # in a version's provenance: its events are promised to an alerter


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class FeedHealth:
    """A watched feed and how its polls went."""

    url: str
    name: str
    added_at: str
    last_poll: str | None = None
    last_success: str | None = None
    last_error: str | None = None  # the reason, one line
    last_error_at: str | None = None
    items_seen: int = 0
    etag: str | None = None
    last_modified: str | None = None
    sha256: str | None = None  # of the last body fetched


@dataclass(frozen=True)
class Topic:
    """What a reader follows, and where alerts go."""

    name: str
    country: str | None = None
    near: str | None = None  # a place name, as given
    latitude: float | None = None  # of `near`
    longitude: float | None = None
    radius_km: float | None = None
    admin1: str | None = None
    actor: str | None = None
    type: str | None = None
    sub_type: str | None = None
    min_fatalities: int | None = None
    keyword: str | None = None
    webhook: str | None = None
    email: str | None = None
    created_at: str = ""


@dataclass(frozen=True)
class Alert:
    """One alert of one topic about one event, and how its deliveries went."""

    id: str  # "<topic>/<event id>/<n>": n counts material changes of the event
    topic: str
    event_id: str
    queued_at: str
    payload: Mapping[str, Any]  # the event and its evidence, as sent
    channels: tuple[str, ...]  # "webhook", "email" (the Atom feed needs no delivery)
    delivered: tuple[str, ...] = ()  # channels done
    attempts: int = 0
    last_error: str | None = None
    sending: tuple[str, ...] = ()  # begun and not finished: left so by a crash, if no one is
    interrupted: int = 0  # sends begun and never finished (each may have reached the receiver)

    @property
    def pending(self) -> tuple[str, ...]:
        return tuple(c for c in self.channels if c not in self.delivered)


@dataclass
class Ledger:
    """The replayed state; every change goes to the log first, then here."""

    store: Store
    feeds: dict[str, FeedHealth] = field(default_factory=dict)
    items: dict[tuple[str, str], str] = field(default_factory=dict)  # (feed, item key) -> digest
    documents: dict[str, str] = field(default_factory=dict)  # document key -> feed it came from
    topics: dict[str, Topic] = field(default_factory=dict)
    feed_keys: dict[str, str] = field(default_factory=dict)  # topic -> sha256 of its feed key
    alerts: dict[str, Alert] = field(default_factory=dict)
    feed_bodies: set[str] = field(default_factory=set)  # sha256 of feed bodies kept in the log
    # Events stored by a command that alerts (tagged so in their provenance), and those its
    # alerter has handled: the difference is what a crash between a commit and its alerts left.
    coded: list[str] = field(default_factory=list)
    considered: set[str] = field(default_factory=set)
    reports: dict[str, Mapping[str, Any]] = field(default_factory=dict)  # scope -> last report
    position: int = 0  # the last log entry replayed (writes through `_append` leave it)

    @classmethod
    def open(cls, store: Store) -> Ledger:
        ledger = cls(store)
        ledger.replay()
        return ledger

    def replay(self) -> None:
        """Applies the log entries written after `position`."""
        for entry in self.store.log_entries(self.position):
            if entry.kind in KINDS:
                self._apply(entry.kind, entry.subject, entry.detail)
            elif entry.kind == "coded" and (entry.detail.get("coded_by") or {}).get(ALERTS_TAG):
                self.coded.extend(entry.detail.get("events") or ())
            elif entry.kind == "report":
                self.reports[entry.subject] = entry.detail
            self.position = entry.position

    def copy(self, store: Store) -> Ledger:
        """The same state over `store`, in containers of its own (the values are frozen)."""
        return replace(
            self, store=store, feeds=dict(self.feeds), items=dict(self.items),
            documents=dict(self.documents), topics=dict(self.topics),
            feed_keys=dict(self.feed_keys), alerts=dict(self.alerts),
            feed_bodies=set(self.feed_bodies), coded=list(self.coded),
            considered=set(self.considered), reports=dict(self.reports),
        )  # fmt: skip

    def _append(self, kind: str, subject: str, detail: Mapping[str, Any]) -> LogEntry:
        entry = self.store.log(kind, subject, detail)
        self._apply(kind, subject, entry.detail)
        return entry

    # ------------------------------------------------------------ replay

    def _apply(self, kind: str, subject: str, detail: Mapping[str, Any]) -> None:
        getattr(self, f"_apply_{kind}")(subject, detail)

    def _apply_feed(self, url: str, detail: Mapping[str, Any]) -> None:
        if detail.get("action") == "remove":
            self.feeds.pop(url, None)
        else:
            self.feeds[url] = FeedHealth(url, str(detail.get("name") or url), str(detail["at"]))

    def _apply_fetch(self, url: str, detail: Mapping[str, Any]) -> None:
        if detail.get("body"):
            self.feed_bodies.add(str(detail.get("sha256")))
        feed = self.feeds.get(str(detail.get("feed") or ""))
        if feed is None or detail.get("feed") != url:
            return  # a page of an item; the feed's health follows its own fetches
        at = str(detail["at"])
        if detail.get("error"):
            self.feeds[url] = replace(
                feed, last_poll=at, last_error=str(detail["error"]), last_error_at=at
            )
            return
        self.feeds[url] = replace(
            feed, last_poll=at, last_success=at,
            etag=detail.get("etag") or feed.etag,
            last_modified=detail.get("last_modified") or feed.last_modified,
            sha256=detail.get("sha256") or feed.sha256,
        )  # fmt: skip

    def _apply_item(self, key: str, detail: Mapping[str, Any]) -> None:
        feed_url = str(detail["feed"])
        if (feed_url, key) not in self.items and feed_url in self.feeds:
            feed = self.feeds[feed_url]
            self.feeds[feed_url] = replace(feed, items_seen=feed.items_seen + 1)
        self.items[(feed_url, key)] = str(detail["digest"])
        if detail.get("document"):
            self.documents[str(detail["document"])] = feed_url

    def _apply_topic(self, name: str, detail: Mapping[str, Any]) -> None:
        action = detail.get("action")
        if action == "feed-key":
            if name in self.topics:
                self.feed_keys[name] = str(detail["sha256"])
            return
        self.feed_keys.pop(name, None)  # a removed or re-added topic's old address is void
        if action == "remove":
            self.topics.pop(name, None)
        else:
            fields = {k: v for k, v in detail.items() if k in Topic.__dataclass_fields__}
            self.topics[name] = Topic(**fields)

    def _apply_alert(self, alert_id: str, detail: Mapping[str, Any]) -> None:
        action = detail.get("action")
        if action == "considered":
            self.considered.update(str(e) for e in detail.get("events", ()))
            return
        if action == "queued":
            self.alerts[alert_id] = Alert(
                alert_id, str(detail["topic"]), str(detail["event_id"]), str(detail["at"]),
                detail["payload"], tuple(detail.get("channels", ())),
            )  # fmt: skip
            return
        alert = self.alerts.get(alert_id)
        if alert is None:
            return
        channel = str(detail.get("channel"))
        sending = tuple(c for c in alert.sending if c != channel)
        if action == "sending":
            interrupted = alert.interrupted + (channel in alert.sending)
            self.alerts[alert_id] = replace(
                alert, sending=(*sending, channel), interrupted=interrupted
            )
        elif action == "delivered":
            done = tuple(dict.fromkeys((*alert.delivered, channel)))
            self.alerts[alert_id] = replace(alert, delivered=done, sending=sending)
        elif action == "failed":
            self.alerts[alert_id] = replace(
                alert, attempts=alert.attempts + 1, last_error=str(detail.get("error")),
                sending=sending,
            )  # fmt: skip

    # ------------------------------------------------------------ changes

    def add_feed(self, url: str, name: str | None) -> FeedHealth:
        self._append("feed", url, {"action": "add", "name": name or url, "at": now()})
        return self.feeds[url]

    def remove_feed(self, url: str) -> None:
        self._append("feed", url, {"action": "remove", "at": now()})

    def record_fetch(
        self, url: str, *, feed: str | None, detail: Mapping[str, Any], body: bytes | None = None
    ) -> None:
        """One fetch: its URL, time, status, sha256 and size, or its error; a feed's body is
        kept (compressed) the first time its sha256 is seen."""
        record = {"feed": feed, "at": now(), **detail}
        sha = record.get("sha256")
        if body is not None and sha and sha not in self.feed_bodies:
            record["body"] = base64.b64encode(zlib.compress(body, 6)).decode("ascii")
        self._append("fetch", url, record)

    def record_item(self, feed: str, key: str, digest: str, detail: Mapping[str, Any]) -> None:
        self._append("item", key, {"feed": feed, "digest": digest, "at": now(), **detail})

    def add_topic(self, topic: Topic) -> Topic:
        detail = {k: v for k, v in asdict(topic).items() if v is not None}
        self._append("topic", topic.name, {"action": "add", **detail, "created_at": now()})
        return self.topics[topic.name]

    def remove_topic(self, name: str) -> None:
        self._append("topic", name, {"action": "remove", "at": now()})

    def set_feed_key(self, name: str, sha256: str, *, by: str) -> None:
        """The digest of the secret that reads topic `name`'s Atom feed without logging in;
        it replaces the one before (the key itself is never stored)."""
        self._append("topic", name, {"action": "feed-key", "sha256": sha256, "by": by,
                                     "at": now()})  # fmt: skip

    def queue_alert(
        self, alert_id: str, topic: str, event_id: str, payload: Mapping[str, Any],
        channels: Iterable[str],
    ) -> Alert:  # fmt: skip
        self._append(
            "alert", alert_id,
            {"action": "queued", "topic": topic, "event_id": event_id, "at": now(),
             "payload": dict(payload), "channels": list(channels)},
        )  # fmt: skip
        return self.alerts[alert_id]

    def events_considered(self, event_ids: Iterable[str]) -> None:
        """An alerter has handled these events: merged them or not, queued their alerts."""
        self._append("alert", "-", {"action": "considered", "events": list(event_ids), "at": now()})

    def unconsidered(self) -> list[str]:
        """Events stored by a command that alerts and never handled by its alerter (a crash
        came between their commit and their alerts), oldest first."""
        return [e for e in dict.fromkeys(self.coded) if e not in self.considered]

    def alert_sending(self, alert_id: str, channel: str) -> None:
        """Logged before a send: a send begun and never finished is seen after a crash."""
        self._append("alert", alert_id, {"action": "sending", "channel": channel, "at": now()})

    def alert_delivered(self, alert_id: str, channel: str) -> None:
        self._append("alert", alert_id, {"action": "delivered", "channel": channel, "at": now()})

    def alert_failed(self, alert_id: str, channel: str, error: str) -> None:
        self._append(
            "alert", alert_id, {"action": "failed", "channel": channel, "error": error, "at": now()}
        )

    # ------------------------------------------------------------ questions

    def alerts_of(self, topic: str) -> list[Alert]:
        return sorted(
            (a for a in self.alerts.values() if a.topic == topic), key=lambda a: a.queued_at
        )

    def pending(self) -> list[Alert]:
        return [a for a in self.alerts.values() if a.pending]

    def feed_body(self, sha256: str) -> bytes | None:
        """The bytes of a feed fetched earlier, from the log."""
        for entry in self.store.log_entries():
            if entry.kind == "fetch" and entry.detail.get("sha256") == sha256:
                body = entry.detail.get("body")
                if body:
                    return zlib.decompress(base64.b64decode(body))
        return None


class LedgerCache:
    """One replayed ledger per app, brought up to date from the log's new entries only, so a
    page does not replay the whole custody log (every coded document's entry) per request.

    Each caller gets a copy: its writes go to the log and reach the cached state by replay,
    never twice. One per app (passed in, no global state)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._ledger: Ledger | None = None

    def current(self, store: Store) -> Ledger:
        with self._lock:
            last = store.last_change()
            if self._ledger is None or last < self._ledger.position:  # new, or a restored store
                self._ledger = Ledger(store)
            self._ledger.store = store
            if last > self._ledger.position:
                self._ledger.replay()
            return self._ledger.copy(store)
