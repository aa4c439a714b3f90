"""A URL given to `sitrep ingest`: a feed (each item's page fetched) or one page, through the
same guarded fetcher as `sitrep watch` (`SITREP_ALLOW_PRIVATE=1` for a LAN address)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping
from pathlib import Path

from sitrep.intake.read import Capture, IntakeError
from sitrep.sources.feeds import MAX_ITEMS, FeedItem, feed_kind, item_capture, parse_feed
from sitrep.sources.fetch import Fetched, Fetcher, FetchError, Limits
from sitrep.sources.guard import Policy
from sitrep.sources.watch import FEED_ACCEPT, page_capture

URL_PREFIXES = ("http://", "https://")


def is_url(text: str) -> bool:
    return text.lower().startswith(URL_PREFIXES)


def url_of(path: Path) -> str | None:
    """The URL a command-line path stands for ("https:/x/y" is what a Path makes of
    "https://x/y"), or None for a path of the file system."""
    text = str(path)
    if path.exists() or not re.match(r"(?i)https?:/", text):
        return None
    return re.sub(r"(?i)^(https?):/+", lambda m: f"{m.group(1).lower()}://", text)


def read_url(
    url: str, *, env: Mapping[str, str] = os.environ, fetcher: Fetcher | None = None
) -> Iterator[Capture | IntakeError]:
    """Captures of what `url` holds; every failure a one-line `IntakeError` naming its URL."""
    own = fetcher is None
    fetcher = fetcher or Fetcher(policy=Policy.from_env(env=env), limits=Limits.from_env(env))
    try:
        try:
            got = fetcher.fetch(url, accept=FEED_ACCEPT)
        except FetchError as error:
            yield IntakeError(url, error.reason)
            return
        if feed_kind(got.body) is None:
            yield _page(got, url)
            return
        try:
            feed = parse_feed(got.body, url)
        except IntakeError as error:
            yield error
            return
        for item in feed.items:
            if not item.link:
                yield item_capture(item, url, captured_at=got.fetched_at)
                continue
            try:
                page = fetcher.fetch(item.link)
            except FetchError as error:
                yield IntakeError(item.link, error.reason)
                continue
            yield _page(page, item.link, item)
        if feed.listed > MAX_ITEMS:
            yield IntakeError(url, f"only the first {MAX_ITEMS} of {feed.listed} items read")
    finally:
        if own:
            fetcher.close()


def _page(got: Fetched, url: str, item: FeedItem | None = None) -> Capture | IntakeError:
    entry = item or FeedItem(url, url, None, None, "")
    try:
        return page_capture(got, entry)
    except IntakeError as error:
        return IntakeError(url, error.reason)
