"""`sitrep report` on the demo store: Markdown, HTML and PDF, each with a map and a chart;
periods, bins, and what changed since the previous report."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from _system import ensure_package
from sitrep.cli import app
from sitrep.report.charts import bins, extent
from sitrep.report.gather import ReportError, Scope, parse_scope

PNG = b"\x89PNG\r\n\x1a\n"
PERIOD = ["--since", "2024-10-01", "--until", "2025-08-31"]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> str:
    db = str(tmp_path_factory.mktemp("report") / "demo.db")
    result = CliRunner().invoke(app, ["demo", "--db", db])
    assert result.exit_code == 0, result.output
    return db


def report(db: str, *args: str):
    return CliRunner().invoke(app, ["report", *PERIOD, "--db", db, *args], catch_exceptions=False)


def test_markdown_with_its_pictures_beside_it(demo_db, tmp_path):
    out = tmp_path / "week.md"
    result = report(demo_db, "--format", "md", "-o", str(out))
    assert result.exit_code == 0, result.output
    text = out.read_text("utf-8")
    assert text.startswith("# Situation report: all countries, 2024-10-01 to 2025-08-31")
    assert "## Headline figures" in text and "## Main events" in text and "## What changed" in text
    assert "![Map of the period's events](week-map.png)" in text
    assert "![Events and fatalities per week](week-chart.png)" in text  # 11 months: by week
    for picture in ("week-map.png", "week-chart.png"):
        data = (tmp_path / picture).read_bytes()
        assert data.startswith(PNG) and len(data) > 10_000
    # the deadliest demo event leads: the Kotlyne clash, whose toll ("It said 14 Russian
    # soldiers were killed") is told in the sentence after the clash
    assert "Kotlyne" in text and "14 killed" in text


def test_html_is_one_file_and_markdown_to_stdout_embeds_its_pictures(demo_db, tmp_path):
    out = tmp_path / "week.html"
    assert report(demo_db, "--format", "html", "-o", str(out)).exit_code == 0
    page = out.read_text("utf-8")
    assert page.count('src="data:image/png;base64,') == 2
    assert "<script" not in page and "Main events" in page
    printed = report(demo_db, "--format", "md", "--country", "Sudan")
    assert printed.exit_code == 0
    assert printed.output.count("](data:image/png;base64,") == 2
    assert "Situation report: Sudan" in printed.output and "Kinshasa" not in printed.output


def test_pdf_with_a_map_and_a_chart(demo_db, tmp_path):
    ensure_package("libpango-1.0-0", provides="/usr/lib/*/libpango-1.0.so.0")
    ensure_package("libpangoft2-1.0-0", provides="/usr/lib/*/libpangoft2-1.0.so.0")
    out = tmp_path / "week.pdf"
    result = report(demo_db, "--format", "pdf", "-o", str(out))
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert data.count(b"/Subtype /Image") >= 2


def test_the_second_report_says_what_changed(demo_db, tmp_path):
    from sitrep.store import EventQuery, open_store

    first = report(demo_db, "--country", "Nigeria", "-o", str(tmp_path / "a.md"))
    assert first.exit_code == 0
    with open_store(demo_db) as store:
        records = list(store.iter_events(EventQuery(country="Nigeria")))
        store.reject(records[0].event.event_id, user="reviewer", reason="not an event")
    report(demo_db, "--country", "Nigeria", "-o", str(tmp_path / "b.md"))
    text = (tmp_path / "b.md").read_text("utf-8")
    assert "1 it counted are no longer counted (merged or rejected)" in text
    assert "Since the previous report (made" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--since", "yesterday"], "give 7d, 2w or a date"),
        (["--since", "2025-03-10", "--until", "2025-03-01"], "is after"),
        (["--since", "7d", "--topic", "nobody"], "no such topic"),
    ],
)
def test_bad_periods_and_topics_are_one_line(demo_db, args, message):
    result = CliRunner().invoke(app, ["report", *args, "--db", demo_db])
    assert result.exit_code == 2 and message in result.output
    assert "Traceback" not in result.output


def test_a_missing_store_is_one_line(tmp_path):
    result = CliRunner().invoke(app, ["report", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "no such store" in result.output


def test_periods():
    today = date(2025, 3, 9)
    week = parse_scope("7d", None, country=None, topic=None, today=today)
    assert (week.since, week.until) == ("2025-03-03", "2025-03-09") and len(week.days) == 7
    fortnight = parse_scope("2w", "2025-03-01", country="Mali", topic=None, today=today)
    assert fortnight.since == "2025-02-16" and fortnight.key == "country=Mali;topic=*"
    with pytest.raises(ReportError):
        parse_scope("0d", None, country=None, topic=None, today=today)


def test_bins_and_extent():
    days = Scope("2025-01-01", "2025-01-31").days
    assert bins(days) == ("day", days)
    unit, starts = bins(Scope("2025-01-01", "2025-06-30").days)
    assert unit == "week" and all(d.weekday() == 0 for d in starts[1:])
    unit, starts = bins(Scope("2024-01-15", "2025-06-30").days)
    assert unit == "month" and starts[1] == date(2024, 2, 1)
    west, east, south, north = extent([(30.0, 10.0)])
    assert west < 30 < east and south < 10 < north
    assert extent([]) == (-20.0, 60.0, -35.0, 40.0)


def test_the_docs_show_a_report_map():
    picture = Path(__file__).resolve().parents[1] / "docs" / "report-map.png"
    assert picture.read_bytes().startswith(PNG)
