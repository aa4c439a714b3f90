"""Exports: CSV in ACLED's column order, JSON Lines with evidence; more formats plug in.

A format is a `Format` in `FORMATS` (`register` adds one): a writer from events (or stored
event records, which add their revision, review state and sources) to an open stream.
"""

from __future__ import annotations

import csv
import hashlib
import json
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import IO, Any

from sitrep.model import Event
from sitrep.serialize import event_json
from sitrep.store.contract import EventRecord

# ACLED's export columns, in its order; sitrep's own columns follow.
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)  # fmt: skip
SITREP_COLUMNS = ("geonameid", "certainty", "article_id", "evidence", "revision", "review")


def disorder_types(taxonomy: str | None = None) -> dict[str, str]:
    """ACLED's disorder type of each event type, as `data/taxonomy.toml` gives it."""
    if taxonomy is None:
        taxonomy = (resources.files("sitrep") / "data" / "taxonomy.toml").read_text("utf-8")
    data = tomllib.loads(taxonomy)
    return {item["name"]: item["disorder_type"] for item in data["event_type"]}


Exportable = Event | EventRecord


@dataclass(frozen=True)
class Format:
    name: str
    write: Callable[[Iterable[Exportable], IO[Any]], int]  # returns how many events it wrote
    binary: bool = False  # writes bytes (Parquet) rather than text
    help: str = ""


FORMATS: dict[str, Format] = {}


def register(fmt: Format) -> Format:
    FORMATS[fmt.name] = fmt
    return fmt


def split(item: Exportable) -> tuple[Event, EventRecord | None]:
    return (item.event, item) if isinstance(item, EventRecord) else (item, None)


def acled_row(item: Exportable, disorder: Mapping[str, str] | None = None) -> dict[str, object]:
    """The event as one row of ACLED's export; `disorder` maps event types to disorder types
    (read from the taxonomy when not given)."""
    disorder = disorder_types() if disorder is None else disorder
    event, record = split(item)
    row: dict[str, object] = {c: "" for c in ACLED_COLUMNS}
    for name in ACLED_COLUMNS:
        value = getattr(event, name, None)
        if value is not None and not isinstance(value, bool):
            row[name] = value
    row["event_id_cnty"] = event.event_id
    row["year"] = (event.event_date or "")[:4]
    row["disorder_type"] = disorder.get(event.event_type, "")
    row["civilian_targeting"] = "Civilian targeting" if event.civilian_targeting else ""
    row["geonameid"] = event.geonameid or ""
    row["certainty"] = str(event.certainty)
    row["article_id"] = event.article_id
    row["evidence"] = " | ".join(f"{e.field}: {e.text}" for e in event.evidence)
    row["revision"] = record.revision if record else ""
    row["review"] = record.review if record else ""
    return row


def record_json(item: Exportable) -> dict[str, Any]:
    """An event as JSON; a stored one with its revision, review state, document and sources."""
    event, record = split(item)
    data = event_json(event)
    if record is not None:
        data.update(
            revision=record.revision, review=record.review, document=record.document,
            version=record.version, sources=list(record.sources), coded_by=dict(record.coded_by),
        )  # fmt: skip
    return data


def write_csv(events: Iterable[Exportable], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=[*ACLED_COLUMNS, *SITREP_COLUMNS])
    writer.writeheader()
    disorder = disorder_types()
    count = 0
    for event in events:
        writer.writerow(acled_row(event, disorder))
        count += 1
    return count


def write_jsonl(events: Iterable[Exportable], out: IO[str]) -> int:
    count = 0
    for event in events:
        out.write(json.dumps(record_json(event), ensure_ascii=False) + "\n")
        count += 1
    return count


register(Format("csv", write_csv, help="ACLED's columns in ACLED's order, then sitrep's"))
register(Format("jsonl", write_jsonl, help="one event a line, with its evidence"))


class HashingWriter:
    """A stream that passes writes on and keeps the sha256 of what went through."""

    def __init__(self, stream: IO[Any], binary: bool) -> None:
        self.stream, self.binary = stream, binary
        self.digest = hashlib.sha256()

    def write(self, data: Any) -> int:
        self.digest.update(data if self.binary else str(data).encode("utf-8"))
        return int(self.stream.write(data) or 0)

    def flush(self) -> None:
        self.stream.flush()

    def hexdigest(self) -> str:
        return self.digest.hexdigest()
