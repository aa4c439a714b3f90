"""Bring a version-1 SQLite store's articles and events into the versioned tables.

Version 1 kept one row per article and event and overwrote them on re-ingest; its tables stay
as `v1_*` (nothing is dropped), and each of its articles becomes a document version here,
logged in the custody log like any capture.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sitrep.model import Certainty, Event, Evidence, Factuality
from sitrep.store._schema import FIELDS, canonical, sha256

if TYPE_CHECKING:
    from sitrep.store._sql import SQLStore


def adopt_v1(store: SQLStore) -> int:
    """Adopt the version-1 articles not adopted yet; returns how many."""
    from sitrep.store._sql import NewVersion

    if not store._value(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'v1_articles'"
    ):
        return 0
    articles = store._dicts(
        "SELECT * FROM v1_articles a WHERE NOT EXISTS"
        " (SELECT 1 FROM captures c WHERE c.sha256 = a.sha256) ORDER BY ingested_at, sha256"
    )
    with store._writing() as log:
        for art in articles:
            raw = bytes(art["raw"])
            coded = [_event(store, row) for row in store._dicts(
                "SELECT * FROM v1_events WHERE article_sha256 = ? ORDER BY is_event DESC, event_id",
                (art["sha256"],),
            )]  # fmt: skip
            new = NewVersion(
                art["id"], sha256(raw), raw, art["source"] or art["id"], art["url"],
                art["ingested_at"], art["title"], art["published"], art["original"],
                canonical(json.loads(art["article_json"])),
                {"sitrep": "0.1.0", "adopted": "store schema 1"},
            )  # fmt: skip
            store._store_version(log, new, [e for e in coded if e.is_event],
                                 [e for e in coded if not e.is_event])  # fmt: skip
    return len(articles)


def _event(store: SQLStore, row: dict[str, Any]) -> Event:
    evidence = tuple(
        Evidence(*r)
        for r in store._rows(
            'SELECT field, text, start, "end" FROM v1_evidence WHERE event_id = ? ORDER BY start',
            (row["event_id"],),
        )
    )
    values = {name: row[name] for name in FIELDS}
    values["civilian_targeting"] = bool(values["civilian_targeting"])
    values["certainty"] = Certainty(values["certainty"])
    values["factuality"] = Factuality(values["factuality"])
    values["fatalities"] = values["fatalities"] or 0
    return Event(**values, evidence=evidence, article_id=row["article_id"])
