"""Exports: CSV in ACLED's column order, JSON Lines with evidence."""

from __future__ import annotations

import csv
import json
import tomllib
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import IO

from sitrep.model import Event
from sitrep.serialize import event_json

# ACLED's export columns, in its order; sitrep's own columns follow.
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)  # fmt: skip
SITREP_COLUMNS = ("geonameid", "certainty", "article_id", "evidence")


def disorder_types(taxonomy: str | None = None) -> dict[str, str]:
    """ACLED's disorder type of each event type, as `data/taxonomy.toml` gives it."""
    if taxonomy is None:
        taxonomy = (resources.files("sitrep") / "data" / "taxonomy.toml").read_text("utf-8")
    data = tomllib.loads(taxonomy)
    return {item["name"]: item["disorder_type"] for item in data["event_type"]}


def acled_row(event: Event, disorder: Mapping[str, str]) -> dict[str, object]:
    """The event as one row of ACLED's export; `disorder` maps event types to disorder types."""
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
    return row


def write_csv(events: Iterable[Event], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=[*ACLED_COLUMNS, *SITREP_COLUMNS])
    writer.writeheader()
    disorder = disorder_types()
    count = 0
    for event in events:
        writer.writerow(acled_row(event, disorder))
        count += 1
    return count


def write_jsonl(events: Iterable[Event], out: IO[str]) -> int:
    count = 0
    for event in events:
        out.write(json.dumps(event_json(event), ensure_ascii=False) + "\n")
        count += 1
    return count
