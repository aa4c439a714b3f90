"""The feeds and follow commands' own checks: one line for every bad argument."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.cli.sources import parse_interval


@pytest.fixture
def sitrep(tmp_path):
    db = str(tmp_path / "cli.db")
    runner = CliRunner(env={"COLUMNS": "200"})

    def run(*args: str):
        return runner.invoke(app, [*args, "--db", db])

    return run


def test_feeds_are_added_listed_and_removed(sitrep):
    assert sitrep("feeds", "add", "https://news.example/rss", "--name", "News").exit_code == 0
    again = sitrep("feeds", "add", "https://news.example/rss")
    assert again.exit_code == 1 and "already watched as 'News'" in again.output
    table = sitrep("feeds", "list", "--format", "table")
    assert "News" in table.output and "never" in table.output
    rows = json.loads(sitrep("feeds", "list", "--format", "json").output)
    assert rows[0]["url"] == "https://news.example/rss" and rows[0]["items_seen"] == 0
    assert sitrep("feeds", "remove", "https://news.example/rss").exit_code == 0
    assert json.loads(sitrep("feeds", "list", "--format", "json").output) == []
    gone = sitrep("feeds", "remove", "https://news.example/rss")
    assert gone.exit_code == 2 and "not a watched feed" in gone.output


@pytest.mark.parametrize("url", ["ftp://news.example/rss", "news.example/rss", "file:///etc/x"])
def test_a_feed_must_be_a_web_url(sitrep, url):
    result = sitrep("feeds", "add", url)
    assert result.exit_code == 2 and "not an http or https URL" in result.output


def test_watch_without_feeds_says_so(sitrep):
    result = sitrep("watch", "--once")
    assert result.exit_code == 1 and "no feeds to watch" in result.output
    bad = sitrep("watch", "--interval", "soon")
    assert bad.exit_code == 2 and "give an interval like 15m" in bad.output


def test_topics_are_followed_listed_and_removed(sitrep):
    added = sitrep(
        "follow", "add", "aleppo", "--near", "36.2,37.16", "--radius-km", "30",
        "--type", "Battles", "--email", "analyst@example.org",
    )  # fmt: skip
    assert added.exit_code == 0 and "near 36.2000,37.1600" in added.output
    assert sitrep("follow", "add", "aleppo").exit_code == 1
    table = sitrep("follow", "list", "--format", "table").output
    assert "aleppo" in table and "type=Battles" in table and "analyst@example.org" in table
    (row,) = json.loads(sitrep("follow", "list", "--format", "json").output)
    assert row["radius_km"] == 30 and row["alerts"] == 0 and row["pending"] == 0
    feed = sitrep("follow", "feed", "aleppo")
    assert feed.exit_code == 0 and "<feed" in feed.output and "<entry>" not in feed.output
    assert sitrep("follow", "remove", "aleppo").exit_code == 0
    assert sitrep("follow", "remove", "aleppo").exit_code == 2
    assert "no topic named" in sitrep("follow", "feed", "aleppo").output
    assert "0 delivered, 0 still queued" in sitrep("follow", "retry").output


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["../x"], "a topic name is letters"),
        (["t", "--webhook", "ftp://x"], "must be an http or https URL"),
        (["t", "--email", "not-an-address"], "not an e-mail address"),
        (["t", "--near", "Nowhereville Xyz"], "no such place in the gazetteer"),
    ],
)
def test_bad_topics_are_one_line(sitrep, args, said):
    result = sitrep("follow", "add", *args)
    assert result.exit_code == 2 and said in result.output


def test_a_place_name_is_found_in_the_gazetteer(sitrep):
    result = sitrep("follow", "add", "kosti", "--near", "Kosti")
    assert result.exit_code == 0 and "near Kosti (SD)" in result.output


@pytest.mark.parametrize(
    ("text", "seconds"), [("15m", 900), ("1h30m", 5400), ("90s", 90), ("2", 120), ("1d", 86400)]
)
def test_intervals(text, seconds):
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "15x", "m15"])
def test_bad_intervals(text):
    with pytest.raises(ValueError):
        parse_interval(text)
