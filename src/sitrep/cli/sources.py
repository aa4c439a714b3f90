"""Commands of sources: feeds, watch, follow, report, and `sitrep eval merge`."""

from __future__ import annotations

import json
import re
import sys
import time
from dataclasses import asdict
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated
from urllib.parse import urlsplit

import typer
from rich.table import Table

from sitrep.cli._common import Db, Format, FormatOpt, Jobs, app, err, eval_app, fail, open_db, out

if TYPE_CHECKING:
    from sitrep.sources.alerts import Alerter
    from sitrep.sources.ledger import Topic
    from sitrep.store.contract import Store

feeds_app = typer.Typer(help="The feeds sitrep watches.", no_args_is_help=True)
follow_app = typer.Typer(help="Topics followed, and their alerts.", no_args_is_help=True)
app.add_typer(feeds_app, name="feeds")
app.add_typer(follow_app, name="follow")

AllowPrivate = Annotated[
    bool,
    typer.Option(
        "--allow-private",
        help="Also fetch loopback and private (LAN) addresses; or SITREP_ALLOW_PRIVATE=1.",
    ),
]


def _say(text: str) -> None:
    err.print(text, markup=False, highlight=False)


# ---------------------------------------------------------------- feeds


@feeds_app.command("add")
def feeds_add(
    url: Annotated[str, typer.Argument(help="The feed's URL (RSS, Atom or JSON Feed).")],
    name: Annotated[str | None, typer.Option("--name", help="What to call it.")] = None,
    db: Db = "sitrep.db",
) -> None:
    """Watch a feed. Example: sitrep feeds add https://news.example/rss --name "News Example" """
    from sitrep.sources.ledger import Ledger

    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise fail(f"{url}: not an http or https URL")
    store = open_db(db, create=True)
    with store:
        ledger = Ledger.open(store)
        if url in ledger.feeds:
            raise fail(f"{url}: already watched as {ledger.feeds[url].name!r}", 1)
        feed = ledger.add_feed(url, name)
    _say(f"sitrep: watching {feed.name} ({url}); run sitrep watch --once to poll it")


@feeds_app.command("list")
def feeds_list(db: Db = "sitrep.db", format: FormatOpt = None) -> None:
    """The watched feeds and their health. Example: sitrep feeds list --db sitrep.db"""
    from sitrep.sources.ledger import Ledger

    with open_db(db) as store:
        feeds = list(Ledger.open(store).feeds.values())
    chosen = format or (Format.table if out.is_terminal else Format.json)
    if chosen is not Format.table:
        rows = [asdict(f) for f in feeds]
        print(json.dumps(rows, indent=None if chosen is Format.jsonl else 1))
        return
    table = Table(title=f"feeds in {db}")
    for column in ("name", "url", "last success", "last error", "items seen"):
        table.add_column(column)
    for f in feeds:
        error = f"{f.last_error_at}: {f.last_error}" if f.last_error else ""
        table.add_row(f.name, f.url, f.last_success or "never", error, str(f.items_seen))
    out.print(table)


@feeds_app.command("remove")
def feeds_remove(
    url: Annotated[str, typer.Argument(help="The feed's URL, as added.")], db: Db = "sitrep.db"
) -> None:
    """Stop watching a feed (what it brought stays stored). Example: sitrep feeds remove URL"""
    from sitrep.sources.ledger import Ledger

    with open_db(db) as store:
        ledger = Ledger.open(store)
        if url not in ledger.feeds:
            raise fail(f"{url}: not a watched feed")
        ledger.remove_feed(url)
    _say(f"sitrep: no longer watching {url}")


# ---------------------------------------------------------------- watch


def parse_interval(text: str) -> float:
    """Seconds of "15m", "1h", "90s", "1h30m" (a bare number is minutes)."""
    if re.fullmatch(r"\d+(\.\d+)?", text.strip()):
        return float(text) * 60
    parts = re.findall(r"(\d+(?:\.\d+)?)\s*([smhd])", text.strip().lower())
    if not parts or "".join(f"{n}{u}" for n, u in parts) != re.sub(r"\s", "", text.lower()):
        raise ValueError(f"{text!r}: give an interval like 15m, 1h or 90s")
    scale = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    return sum(float(n) * scale[u] for n, u in parts)


@app.command()
def watch(
    once: Annotated[bool, typer.Option("--once", help="Poll every feed once, then exit.")] = False,
    interval: Annotated[
        str, typer.Option("--interval", help="Time between polls: 15m, 1h, 90s.")
    ] = "15m",
    allow_private: AllowPrivate = False,
    db: Db = "sitrep.db",
    jobs: Jobs = 1,
) -> None:
    """Poll the watched feeds, code their new items, store them, send alerts.

    Example: sitrep watch --once --db sitrep.db
    """
    from sitrep.ingestion import Ingest, load_pipeline
    from sitrep.sources.alerts import Alerter
    from sitrep.sources.fetch import Fetcher, Limits
    from sitrep.sources.guard import Policy
    from sitrep.sources.watch import Watcher

    try:
        seconds = parse_interval(interval)
    except ValueError as error:
        raise fail(str(error)) from None
    policy = Policy.from_env(allow_private)
    store = open_db(db, create=True)
    with store, Fetcher(policy=policy, limits=Limits.from_env()) as fetcher:
        alerter = Alerter(store, policy=policy, fetcher=fetcher)
        alerter.recover()  # events a crash left between their commit and their alerts
        service = Ingest(
            store, pipeline=load_pipeline, jobs=max(1, jobs), on_events=alerter.on_events,
            tags=alerter.tags,
        )  # fmt: skip
        watcher = Watcher(alerter.ledger, fetcher, service)
        if not watcher.ledger.feeds:
            raise fail("no feeds to watch; add one with sitrep feeds add URL", 1)
        failed = False
        try:
            while True:
                failed = _poll(watcher, alerter)
                if once:
                    break
                time.sleep(seconds)
        except KeyboardInterrupt:
            _say("sitrep: watch stopped")
    if failed:
        raise typer.Exit(1)


def _poll(watcher: object, alerter: Alerter) -> bool:
    """One poll and its deliveries, reported one line per feed; whether any feed failed."""
    from sitrep.sources.watch import Watcher

    assert isinstance(watcher, Watcher)
    failed = False
    for outcome in watcher.poll():
        name = watcher.ledger.feeds[outcome.url].name if outcome.url in watcher.ledger.feeds else ""
        if outcome.error:
            failed = True
            _say(f"sitrep: error: {name or outcome.url}: {outcome.error}")
            continue
        more = f", {outcome.skipped} left for the next poll" if outcome.skipped else ""
        _say(f"sitrep: {name}: {outcome.status}: {outcome.items} item(s) read{more}")
        for line in outcome.failures:
            _say(f"sitrep: error: {line}")
    deliver_alerts(alerter)
    return failed


def deliver_alerts(alerter: Alerter) -> None:
    """Send what the command queued, before it exits; report failures (they stay queued)."""
    try:
        done = alerter.deliver()
    finally:
        alerter.close()
    if done.sent or done.failed:
        _say(f"sitrep: alerts: {done.sent} delivered, {done.failed} still queued")
    for line in done.errors:
        _say(f"sitrep: error: {line}")


# ---------------------------------------------------------------- follow


@follow_app.command("add")
def follow_add(
    name: Annotated[str, typer.Argument(help="The topic's name (letters, digits, _ . -).")],
    country: Annotated[
        str | None, typer.Option("--country", help="Country name or ISO code.")
    ] = None,
    near: Annotated[str | None, typer.Option("--near", help="A place name, or lat,lon.")] = None,
    radius_km: Annotated[float, typer.Option("--radius-km", help="Around --near.")] = 25.0,
    admin1: Annotated[str | None, typer.Option("--admin1", help="Province or state.")] = None,
    actor: Annotated[str | None, typer.Option("--actor", help="Part of an actor's name.")] = None,
    type: Annotated[str | None, typer.Option("--type", help="ACLED event type.")] = None,
    sub_type: Annotated[
        str | None, typer.Option("--sub-type", help="ACLED sub-event type.")
    ] = None,
    min_fatalities: Annotated[
        int | None, typer.Option("--min-fatalities", help="At least.")
    ] = None,
    keyword: Annotated[
        str | None, typer.Option("--keyword", help="A word in notes or evidence.")
    ] = None,
    webhook: Annotated[str | None, typer.Option("--webhook", help="POST each alert here.")] = None,
    email: Annotated[str | None, typer.Option("--email", help="Mail each alert here.")] = None,
    db: Db = "sitrep.db",
) -> None:
    """Follow a topic: alerts for every new event that matches it.

    Example: sitrep follow add aleppo --near Aleppo --radius-km 30 --webhook https://hooks.example/sitrep
    """  # fmt: skip
    from sitrep.sources.ledger import Ledger
    from sitrep.sources.topics import TopicError, make_topic

    try:
        topic = make_topic(
            name, country=country, near=near, radius_km=radius_km, admin1=admin1, actor=actor,
            type=type, sub_type=sub_type, min_fatalities=min_fatalities, keyword=keyword,
            webhook=webhook, email=email,
        )  # fmt: skip
    except TopicError as error:
        raise fail(str(error)) from None
    with open_db(db, create=True) as store:
        ledger = Ledger.open(store)
        if name in ledger.topics:
            raise fail(f"{name}: already followed (remove it first)", 1)
        ledger.add_topic(topic)
    _say(f"sitrep: following {name}" + (f" near {topic.near}" if topic.near else ""))


@follow_app.command("list")
def follow_list(db: Db = "sitrep.db", format: FormatOpt = None) -> None:
    """The topics followed, with their alerts. Example: sitrep follow list"""
    from sitrep.sources.ledger import Ledger

    with open_db(db) as store:
        ledger = Ledger.open(store)
    chosen = format or (Format.table if out.is_terminal else Format.json)
    if chosen is not Format.table:
        rows = [
            {**asdict(t), "alerts": len(ledger.alerts_of(t.name)),
             "pending": sum(bool(a.pending) for a in ledger.alerts_of(t.name))}
            for t in ledger.topics.values()
        ]  # fmt: skip
        print(json.dumps(rows, indent=None if chosen is Format.jsonl else 1))
        return
    table = Table(title=f"topics in {db}")
    for column in ("name", "filters", "delivery", "alerts", "queued"):
        table.add_column(column)
    for t in ledger.topics.values():
        alerts = ledger.alerts_of(t.name)
        table.add_row(
            t.name, _filters(t), ", ".join(x for x in (t.webhook, t.email) if x) or "feed only",
            str(len(alerts)), str(sum(bool(a.pending) for a in alerts)),
        )  # fmt: skip
    out.print(table)


def _filters(topic: Topic) -> str:
    skip = {"name", "webhook", "email", "created_at", "latitude", "longitude"}
    shown = {k: v for k, v in asdict(topic).items() if v is not None and k not in skip}
    return ", ".join(f"{k}={v}" for k, v in shown.items())


@follow_app.command("remove")
def follow_remove(
    name: Annotated[str, typer.Argument(help="The topic's name.")], db: Db = "sitrep.db"
) -> None:
    """Stop following a topic (its past alerts stay in the log).

    Example: sitrep follow remove aleppo
    """
    from sitrep.sources.ledger import Ledger

    with open_db(db) as store:
        ledger = Ledger.open(store)
        if name not in ledger.topics:
            raise fail(f"{name}: no such topic")
        ledger.remove_topic(name)
    _say(f"sitrep: no longer following {name}")


@follow_app.command("retry")
def follow_retry(allow_private: AllowPrivate = False, db: Db = "sitrep.db") -> None:
    """Send the alerts still queued (failed deliveries). Example: sitrep follow retry"""
    from sitrep.sources.alerts import Alerter
    from sitrep.sources.guard import Policy

    with open_db(db) as store:
        alerter = Alerter(store, policy=Policy.from_env(allow_private))
        try:
            alerter.recover()
            done = alerter.deliver()
        finally:
            alerter.close()
    _say(f"sitrep: alerts: {done.sent} delivered, {done.failed} still queued")
    for line in done.errors:
        _say(f"sitrep: error: {line}")
    if done.failed:
        raise typer.Exit(1)


@follow_app.command("feed")
def follow_feed(
    name: Annotated[str, typer.Argument(help="The topic's name.")], db: Db = "sitrep.db"
) -> None:
    """Print a topic's alerts as an Atom feed. Example: sitrep follow feed aleppo > aleppo.atom"""
    from sitrep.sources.atom import topic_feed
    from sitrep.store.contract import NotFoundError

    with open_db(db) as store:
        try:
            print(topic_feed(store, name), end="")
        except NotFoundError as error:
            raise fail(str(error)) from None


def ingest_alerts(store: Store) -> Alerter:
    """The alerter `sitrep ingest` hands its events to (after it handled what a crash left)."""
    from sitrep.sources.alerts import Alerter

    alerter = Alerter(store)
    alerter.recover()
    return alerter


# ---------------------------------------------------------------- eval merge


@eval_app.command("merge")
def eval_merge(
    seed: Annotated[int, typer.Option("--seed", help="Draw of outlets, dates and wording.")] = 15,
) -> None:
    """Merge precision and recall on a generated set of 117 articles telling 30 events.

    Example: sitrep eval merge --seed 15
    """
    from sitrep.evaluate.merging import main

    raise typer.Exit(main(out, seed=seed))


# ---------------------------------------------------------------- report


class ReportFormat(StrEnum):
    md = "md"
    html = "html"
    pdf = "pdf"


@app.command()
def report(
    since: Annotated[str, typer.Option("--since", help="7d, 2w, or a date: 2025-03-01.")] = "7d",
    until: Annotated[str | None, typer.Option("--until", help="Last day (default: today).")] = None,
    country: Annotated[str | None, typer.Option("--country", help="One country.")] = None,
    topic: Annotated[str | None, typer.Option("--topic", help="A followed topic's events.")] = None,
    format: Annotated[
        ReportFormat, typer.Option("--format", "-f", help="md, html or pdf.")
    ] = ReportFormat.md,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here.")] = None,
    db: Db = "sitrep.db",
) -> None:
    """A situation report: headline figures, a map, events per day, the main events, what
    changed since the previous report. Stdout without -o.

    Example: sitrep report --since 7d --country Sudan --format pdf -o sudan.pdf
    """
    from datetime import UTC, datetime

    from sitrep.report.gather import ReportError, gather, parse_scope
    from sitrep.report.render import write

    if format is ReportFormat.pdf and output is None and sys.stdout.isatty():
        raise fail("a PDF goes to a file: add -o report.pdf (or redirect stdout)")
    try:
        scope = parse_scope(
            since, until, country=country, topic=topic, today=datetime.now(UTC).date()
        )
        with open_db(db) as store:
            gathered = gather(store, scope)
    except ReportError as error:
        raise fail(str(error)) from None
    try:
        data = write(gathered, format.value, output)
    except OSError as error:
        raise fail(f"{output}: cannot write ({error.strerror or error})") from None
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        _say(f"sitrep: wrote {output} ({len(gathered.events)} events)")
