"""One coded document as table rows: articles, events, mentions, failures; and their schemas.

Both engines write these very rows, so their outputs have the same columns. Events and
mentions carry their evidence (a list of field, text, start, end) and their provenance
(sitrep version, knowledge digest, the document and where it was read).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import pyarrow as pa

from sitrep.batch.records import extraction_to_json
from sitrep.intake import Capture
from sitrep.model import Copy, Event, Extraction, Failure, as_dict

Row = dict[str, Any]
TABLES = ("articles", "events", "mentions", "failures")
PARTITIONS = {"events": ["month", "country"], "mentions": ["month", "country"]}
NO_DATE, NO_COUNTRY = "undated", "unknown"  # partition values when an event has none

_EVIDENCE = pa.list_(
    pa.struct([("field", pa.string()), ("text", pa.string()), ("start", pa.int64()),
               ("end", pa.int64())])
)  # fmt: skip
_EVENT = pa.schema([
    ("event_id", pa.string()), ("article_id", pa.string()), ("document", pa.string()),
    ("event_date", pa.string()), ("time_precision", pa.int64()), ("event_type", pa.string()),
    ("sub_event_type", pa.string()), ("actor1", pa.string()), ("assoc_actor_1", pa.string()),
    ("actor2", pa.string()), ("assoc_actor_2", pa.string()), ("civilian_targeting", pa.bool_()),
    ("iso", pa.int64()), ("admin1", pa.string()), ("admin2", pa.string()),
    ("location", pa.string()), ("latitude", pa.float64()), ("longitude", pa.float64()),
    ("geo_precision", pa.int64()), ("fatalities", pa.int64()), ("notes", pa.string()),
    ("source", pa.string()), ("geonameid", pa.int64()), ("certainty", pa.string()),
    ("factuality", pa.string()), ("evidence", _EVIDENCE), ("read_from", pa.string()),
    ("sitrep", pa.string()), ("knowledge", pa.string()), ("month", pa.string()),
    ("country", pa.string()),
])  # fmt: skip
SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema(
        [
            ("order", pa.int64()),
            ("key", pa.string()),
            ("id", pa.string()),
            ("source", pa.string()),
            ("url", pa.string()),
            ("sha256", pa.string()),
            ("captured_at", pa.string()),
            ("published", pa.string()),
            ("title", pa.string()),
            ("events", pa.int64()),
            ("mentions", pa.int64()),
            ("copy_of", pa.string()),
            ("resemblance", pa.float64()),
            ("sitrep", pa.string()),
            ("knowledge", pa.string()),
            ("raw", pa.binary()),
            ("extraction", pa.string()),
        ]
    ),  # fmt: skip
    "events": _EVENT,
    "mentions": _EVENT,
    "failures": pa.schema(
        [("order", pa.int64()), ("source", pa.string()), ("reason", pa.string())]
    ),  # fmt: skip
}


def document_rows(
    order: int,
    capture: Capture | None,
    result: Extraction | Failure,
    provenance: Mapping[str, str],
    copy: Copy | None = None,
) -> Iterator[tuple[str, Row]]:
    """`(table, row)` pairs for one document: its failure, or its article row and its events
    and mentions. A copy's extraction holds its cleaned article only (it was not coded)."""
    if isinstance(result, Failure) or capture is None:
        assert isinstance(result, Failure)  # only a failure comes without its capture
        yield "failures", {"order": order, "source": result.source, "reason": result.reason}
        return
    coded, article = result, result.article
    yield "articles", {
        "order": order, "key": capture.key or capture.id, "id": capture.id,
        "source": capture.source, "url": capture.url, "sha256": capture.sha256,
        "captured_at": capture.captured_at, "published": capture.published,
        "title": article.title, "events": len(coded.events), "mentions": len(coded.mentions),
        "copy_of": copy.original if copy else None,
        "resemblance": copy.resemblance if copy else None,
        "sitrep": provenance.get("sitrep"), "knowledge": provenance.get("knowledge"),
        "raw": capture.raw, "extraction": extraction_to_json(coded),
    }  # fmt: skip
    where = {"document": capture.key or capture.id, "read_from": capture.source, **provenance}
    for table, events in (("events", coded.events), ("mentions", coded.mentions)):
        for event in events:
            yield table, event_row(event, where)


def event_row(event: Event, where: Mapping[str, str]) -> Row:
    row = as_dict(event)
    row.update((k, v) for k, v in where.items() if k in ("document", "read_from", "sitrep",
                                                           "knowledge"))  # fmt: skip
    row["month"] = (event.event_date or "")[:7] or NO_DATE
    row["country"] = event.country or NO_COUNTRY
    return row


def table(name: str, rows: list[Row]) -> pa.Table:
    schema = SCHEMAS[name]
    return pa.Table.from_pylist([{f: r.get(f) for f in schema.names} for r in rows], schema)
