import csv
import io
import json

from _records import event
from sitrep.export import ACLED_COLUMNS, write_csv, write_jsonl


def test_csv_uses_acled_columns_in_order():
    buf = io.StringIO()
    assert write_csv([event()], buf) == 1
    rows = list(csv.reader(io.StringIO(buf.getvalue())))
    assert tuple(rows[0][: len(ACLED_COLUMNS)]) == ACLED_COLUMNS
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["event_type"] == "Explosions/Remote violence"
    assert row["disorder_type"] == "Political violence"
    assert row["year"] == "2025"
    assert row["fatalities"] == "4"
    assert row["civilian_targeting"] == ""


def test_jsonl_keeps_evidence():
    buf = io.StringIO()
    write_jsonl([event(civilian_targeting=True)], buf)
    data = json.loads(buf.getvalue())
    assert data["evidence"][0]["field"] == "event_type"
    assert data["civilian_targeting"] is True


def test_geojson_is_a_feature_collection_with_lon_lat():
    from sitrep.export import write_geojson

    buf = io.StringIO()
    assert write_geojson([event(), event(latitude=None, longitude=None)], buf) == 2
    data = json.loads(buf.getvalue())
    assert data["type"] == "FeatureCollection"
    first, second = data["features"]
    lon, lat = first["geometry"]["coordinates"]
    assert (lat, lon) == (first["properties"]["latitude"], first["properties"]["longitude"])
    assert second["geometry"] is None
    assert first["properties"]["event_type"] == "Explosions/Remote violence"


def test_parquet_keeps_typed_acled_columns_and_evidence():
    import pyarrow.parquet as pq

    from sitrep.export import write_parquet

    buf = io.BytesIO()
    assert write_parquet([event(), event(fatalities=7)], buf) == 2
    table = pq.read_table(io.BytesIO(buf.getvalue()))
    assert tuple(table.column_names[: len(ACLED_COLUMNS)]) == ACLED_COLUMNS
    rows = table.to_pylist()
    assert [r["fatalities"] for r in rows] == [4, 7]
    assert rows[0]["year"] == 2025
    assert rows[0]["evidence"][0]["field"] == "event_type"
    empty = io.BytesIO()
    assert write_parquet([], empty) == 0
    assert pq.read_table(io.BytesIO(empty.getvalue())).num_rows == 0
