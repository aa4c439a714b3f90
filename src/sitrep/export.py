"""Exports: CSV in ACLED's column order, GeoJSON for GIS, Parquet for notebooks, JSON Lines.

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


def write_geojson(events: Iterable[Exportable], out: IO[str]) -> int:
    """A FeatureCollection (RFC 7946: WGS 84, longitude first) written feature by feature;
    events without coordinates get a null geometry, as GeoJSON allows."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    count = 0
    for item in events:
        event, _ = split(item)
        data = record_json(item)
        lon, lat = data.pop("longitude"), data.pop("latitude")
        geometry = {"type": "Point", "coordinates": [lon, lat]} if _located(lat, lon) else None
        data["evidence"] = " | ".join(f"{e.field}: {e.text}" for e in event.evidence)
        feature = {"type": "Feature", "id": event.event_id, "geometry": geometry,
                   "properties": {"latitude": lat, "longitude": lon, **data}}  # fmt: skip
        out.write((",\n" if count else "") + json.dumps(feature, ensure_ascii=False))
        count += 1
    out.write("\n]}\n")
    return count


def _located(lat: Any, lon: Any) -> bool:
    return isinstance(lat, int | float) and isinstance(lon, int | float)


def write_parquet(events: Iterable[Exportable], out: IO[bytes], batch: int = 10_000) -> int:
    """ACLED's columns (typed) and sitrep's, evidence as a list of structs, in row groups of
    `batch` rows; the compressed file is built in memory, then written to `out`."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _parquet_schema(pa)
    count = 0
    sink = pa.BufferOutputStream()  # pyarrow wants a native stream; any binary `out` will do
    with pq.ParquetWriter(sink, schema, compression="zstd") as writer:
        rows: list[dict[str, Any]] = []
        for event in events:
            rows.append(_parquet_row(event))
            count += 1
            if len(rows) >= batch:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                rows = []
        if rows or count == 0:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
    out.write(sink.getvalue().to_pybytes())
    return count


_INTEGER = {"year", "time_precision", "iso", "geo_precision", "fatalities", "geonameid", "revision"}
_FLOAT = {"latitude", "longitude"}


def _parquet_schema(pa: Any) -> Any:
    columns = []
    for name in (*ACLED_COLUMNS, *SITREP_COLUMNS):
        if name == "evidence":
            part = pa.struct([("field", pa.string()), ("text", pa.string()),
                              ("start", pa.int64()), ("end", pa.int64())])  # fmt: skip
            columns.append(pa.field(name, pa.list_(part)))
        elif name in _INTEGER:
            columns.append(pa.field(name, pa.int64()))
        elif name in _FLOAT:
            columns.append(pa.field(name, pa.float64()))
        else:
            columns.append(pa.field(name, pa.string()))
    return pa.schema(columns)


def _parquet_row(item: Exportable) -> dict[str, Any]:
    event, _ = split(item)
    row = acled_row(item)
    for name, value in row.items():
        if name in _INTEGER or name in _FLOAT:
            row[name] = None if value in ("", None) else value
        else:
            row[name] = None if value == "" else str(value)
    row["year"] = int(event.event_date[:4]) if event.event_date else None
    row["evidence"] = [
        {"field": e.field, "text": e.text, "start": e.start, "end": e.end} for e in event.evidence
    ]
    return row


register(Format("csv", write_csv, help="ACLED's columns in ACLED's order, then sitrep's"))
register(Format("jsonl", write_jsonl, help="one event a line, with its evidence"))
register(Format("geojson", write_geojson, help="a GeoJSON FeatureCollection (opens in QGIS)"))
register(Format("parquet", write_parquet, binary=True, help="typed columns, evidence as structs"))


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
