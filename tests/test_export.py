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
