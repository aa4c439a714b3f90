"""One poll of every watched feed: fetch it (conditionally), fetch its new or changed items'
pages, and store them through the ingest service; each feed's health recorded.

A feed that fails (refused, unreachable, too slow, not a feed) gets its reason in its health
and the other feeds go on. An item is fetched when first seen or when its entry in the feed
changed; its page goes to the store keyed by the item's link, so the same bytes add nothing
and changed bytes become a new version. At most `max_items` items per feed per poll, so a
feed listing 10,000 items is read over several polls, newest first.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field

from sitrep.ingestion import Ingest, document_key
from sitrep.intake.read import Capture, IntakeError, capture_id, decode, is_html
from sitrep.sources.feeds import FeedItem, item_capture, parse_feed
from sitrep.sources.fetch import Fetched, Fetcher, FetchError
from sitrep.sources.ledger import FeedHealth, Ledger

log = logging.getLogger(__name__)
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


@dataclass
class FeedOutcome:
    url: str
    status: str  # "new items", "not modified", "no new items", "failed"
    items: int = 0  # items handed to the ingest service
    skipped: int = 0  # items over the per-poll limit, left for the next poll
    error: str | None = None
    failures: list[str] = field(default_factory=list)  # items that failed, one line each


@dataclass
class Watcher:
    ledger: Ledger
    fetcher: Fetcher
    ingest: Ingest
    max_items: int = 50

    def poll(self) -> list[FeedOutcome]:
        """Poll every feed once, in the order they were added; one feed's failure, whatever
        it is, is that feed's outcome and the others go on."""
        outcomes = []
        for feed in list(self.ledger.feeds.values()):
            try:
                outcomes.append(self.poll_feed(feed))
            except Exception as error:  # noqa: BLE001 (reported per feed, never a traceback)
                log.debug("polling %s failed", feed.url, exc_info=True)
                reason = str(error).strip().splitlines()[0] if str(error).strip() else ""
                outcomes.append(FeedOutcome(feed.url, "failed", error=reason or repr(error)))
        return outcomes

    def poll_feed(self, feed: FeedHealth) -> FeedOutcome:
        try:
            got = self.fetcher.fetch(
                feed.url, etag=feed.etag, last_modified=feed.last_modified, accept=FEED_ACCEPT
            )
        except FetchError as error:
            self._fetch_failed(feed.url, feed.url, error)
            return FeedOutcome(feed.url, "failed", error=error.reason)
        if got.not_modified:
            self._fetched(feed.url, got, body=None)
            return FeedOutcome(feed.url, "not modified")
        try:
            parsed = parse_feed(got.body, feed.url)
        except IntakeError as error:
            self.ledger.record_fetch(
                feed.url, feed=feed.url, detail={**_facts(got), "error": error.reason},
                body=got.body,
            )  # fmt: skip
            return FeedOutcome(feed.url, "failed", error=error.reason)
        self._fetched(feed.url, got, body=got.body)
        return self._items(feed, parsed.items)

    def _items(self, feed: FeedHealth, items: tuple[FeedItem, ...]) -> FeedOutcome:
        fresh = [
            (i, d) for i in items if (d := _digest(i)) != self.ledger.items.get((feed.url, i.key))
        ]
        taken, skipped = fresh[: self.max_items], len(fresh) - self.max_items
        outcome = FeedOutcome(feed.url, "new items" if taken else "no new items")
        outcome.skipped = max(0, skipped)
        fetched = list(self._captures(feed, taken, outcome))
        outcome.items = len(fetched)
        if fetched:
            before = len(self.ingest.progress.failures)
            report = self.ingest.run(capture for _, _, capture in fetched)
            outcome.failures += [f"{f.source}: {f.reason}" for f in report.failures[before:]]
        for item, digest, capture in fetched:  # seen only once stored: a crash before this
            self._seen(feed, item, digest, capture)  # leaves the item to the next poll
        if outcome.failures:
            log.warning("%s: %d item(s) failed", feed.url, len(outcome.failures))
        return outcome

    def _captures(
        self, feed: FeedHealth, items: list[tuple[FeedItem, str]], outcome: FeedOutcome
    ) -> Iterator[tuple[FeedItem, str, Capture]]:
        for item, digest in items:
            try:
                capture = self._capture(feed, item)
            except (FetchError, IntakeError) as error:
                reason = error.reason
                outcome.failures.append(f"{item.link or item.key}: {reason}")
                self.ledger.record_item(feed.url, item.key, "", {"error": reason})
                continue
            # which feed the page came from (its outlet) is known before the page is stored;
            # no digest yet, so the item is not taken as read until `_seen`
            self.ledger.record_item(feed.url, item.key, "", {"document": capture.key})
            yield item, digest, capture

    def _seen(self, feed: FeedHealth, item: FeedItem, digest: str, capture: Capture) -> None:
        """The item noted as read: with its digest when its page is in the store, else with
        none, so the next poll tries it again."""
        if self.ingest.store.known(document_key(capture), capture.sha256):
            detail = {"document": capture.key, "sha256": capture.sha256}
            self.ledger.record_item(feed.url, item.key, digest, detail)
        else:
            self.ledger.record_item(feed.url, item.key, "", {"error": "not stored"})

    def _capture(self, feed: FeedHealth, item: FeedItem) -> Capture:
        """The item's page (or, without a link, the item's own text) as a capture."""
        if not item.link:
            return item_capture(item, feed.url)
        try:
            got = self.fetcher.fetch(item.link)
        except FetchError as error:
            self._fetch_failed(item.link, feed.url, error)
            raise
        self._fetched(item.link, got, body=None, feed=feed.url)
        return page_capture(got, item)

    def _fetched(
        self, url: str, got: Fetched, *, body: bytes | None, feed: str | None = None
    ) -> None:
        self.ledger.record_fetch(url, feed=feed or url, detail=_facts(got), body=body)

    def _fetch_failed(self, url: str, feed: str, error: FetchError) -> None:
        detail = {"error": error.reason, "refused": error.refused}
        self.ledger.record_fetch(url, feed=feed, detail=detail)


def page_capture(got: Fetched, item: FeedItem) -> Capture:
    """A fetched page as a capture keyed by the item's link; a page that is not text (an
    image, a PDF, bytes that lie about their type) is an `IntakeError`."""
    kind = got.content_type.split(";")[0].strip().lower()
    if kind and kind not in PAGE_TYPES:
        raise IntakeError(got.final_url, f"not a web page ({kind})")
    if not got.body.strip():
        raise IntakeError(got.final_url, "empty page")
    try:
        text, encoding = decode(got.body)
    except IntakeError as error:
        raise IntakeError(got.final_url, error.reason) from None
    html = kind != "text/plain" and (kind in PAGE_TYPES[:2] or is_html(got.body))
    key = item.link or got.final_url
    return Capture(
        id=capture_id(key.rstrip("/").rsplit("/", 1)[-1].split("?")[0], got.sha256),
        source=got.final_url, raw=got.body, text=text, sha256=got.sha256, encoding=encoding,
        kind="html" if html else "text", url=key, published=item.published, key=key,
        captured_at=got.fetched_at,
    )  # fmt: skip


def _facts(got: Fetched) -> dict[str, object]:
    return {
        "status": got.status, "sha256": got.sha256 if not got.not_modified else None,
        "bytes": len(got.body), "content_type": got.content_type, "etag": got.etag,
        "last_modified": got.last_modified, "final_url": got.final_url,
        "fetched_at": got.fetched_at,
    }  # fmt: skip


def _digest(item: FeedItem) -> str:
    """What identifies an item's entry as the feed gives it: a change means a re-fetch."""
    text = "\n".join(
        (item.key, item.link or "", item.title or "", item.published or "", item.content)
    )
    return hashlib.sha256(text.encode()).hexdigest()[:16]
