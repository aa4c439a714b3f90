"""The main commands: extract, ingest, events, mentions, export, places, demo."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer

from sitrep._render import events_table, places_table
from sitrep._terminal import json_text
from sitrep.cli._common import (
    Db,
    ExportFormat,
    Format,
    FormatOpt,
    Inputs,
    Jobs,
    Paths,
    app,
    err,
    extract_inputs,
    fail,
    finish,
    out,
    read_inputs,
)
from sitrep.intake import Capture, IntakeError
from sitrep.model import Extraction
from sitrep.serialize import extraction_json, place_json


@app.command()
def extract(
    paths: Paths = None,
    inputs: Inputs = None,
    format: FormatOpt = None,
    mentions: Annotated[
        bool,
        typer.Option(
            "--mentions", help="In tables, also list mentions (future, hypothetical, negated, ...)."
        ),
    ] = False,
    jobs: Jobs = 0,
) -> None:
    """Code articles into events and print them (nothing is stored).

    Example: sitrep extract article.txt --format json
    """
    chosen = format or (Format.table if out.is_terminal else Format.json)
    failures: list[IntakeError] = []
    extractions: list[Extraction] = []
    done = 0
    for _, result in extract_inputs(paths, inputs, jobs):
        if isinstance(result, IntakeError):
            failures.append(result)
            if chosen is Format.jsonl:
                print(json_text({"id": result.source, "error": result.reason}))
            continue
        done += 1
        if chosen is Format.jsonl:
            line = {"id": result.article.id, **extraction_json(result)}
            print(json_text(line), flush=True)
        else:
            extractions.append(result)
    _print_extractions(extractions, chosen, mentions)
    finish(failures, done)


def _print_extractions(extractions: list[Extraction], chosen: Format, mentions: bool) -> None:
    if chosen is Format.json and extractions:
        data = [extraction_json(x) for x in extractions]
        print(json_text(data[0] if len(data) == 1 else data, indent=1))
    elif chosen is Format.table:
        for x in extractions:
            title = x.article.title or x.article.id
            out.print(events_table(x.events, title=f"{title} ({x.article.published or 'undated'})"))
            if mentions and x.mentions:
                out.print(events_table(x.mentions, title="mentions: not coded as events"))


@app.command()
def ingest(
    paths: Paths = None,
    inputs: Inputs = None,
    db: Db = Path("sitrep.db"),
    jobs: Jobs = 0,
) -> None:
    """Extract articles and keep them, their events and evidence in the store.

    Re-ingesting the same bytes adds nothing. Example: sitrep ingest news/ --db sitrep.db
    """
    from sitrep.store import Stored, add_stream, open_store

    failures: list[IntakeError] = []

    def stored() -> Iterator[Stored]:
        for capture, result in extract_inputs(paths, inputs, jobs):
            if isinstance(result, IntakeError):
                failures.append(result)
            else:
                assert isinstance(capture, Capture)  # a good result comes from a capture
                yield Stored(result, capture.raw, capture.source)

    store = open_store(db)
    counts = add_stream(store, stored())
    totals = store.count()
    store.close()
    err.print(
        f"sitrep: stored {counts.added} new article(s), {counts.duplicates} already stored; "
        f"{db} holds {totals['articles']} articles, {totals['events']} events, "
        f"{totals['mentions']} mentions"
    )
    finish(failures, counts.added + counts.duplicates)


@app.command()
def events(
    db: Db = Path("sitrep.db"),
    format: FormatOpt = None,
    mentions: Annotated[
        bool, typer.Option("--mentions", help="List mentions (not events).")
    ] = False,
    limit: Annotated[int | None, typer.Option("--limit", help="At most this many rows.")] = None,
) -> None:
    """List the events (or mentions) the store holds. Example: sitrep events --limit 20"""
    from sitrep.serialize import event_json
    from sitrep.store import open_store

    if not db.exists():
        raise fail(f"{db}: no such store; run sitrep ingest first")
    store = open_store(db)
    rows = list(store.events(mentions=mentions, limit=limit))
    store.close()
    chosen = format or (Format.table if out.is_terminal else Format.json)
    if chosen is Format.table:
        out.print(events_table(rows, title=f"{'mentions' if mentions else 'events'} in {db}"))
    elif chosen is Format.json:
        print(json_text([event_json(e) for e in rows], indent=1))
    else:
        for e in rows:
            print(json_text(event_json(e)))


@app.command()
def mentions(db: Db = Path("sitrep.db"), format: FormatOpt = None) -> None:
    """List what articles mention but did not happen (future, hypothetical, negated, ...).

    Example: sitrep mentions --db sitrep.db
    """
    events(db=db, format=format, mentions=True, limit=None)


@app.command()
def export(
    format: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="csv (ACLED columns) or jsonl.")
    ] = ExportFormat.csv,
    db: Db = Path("sitrep.db"),
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
) -> None:
    """Export stored events: CSV in ACLED's column order, or JSON Lines with evidence.

    Example: sitrep export --format csv -o events.csv
    """
    from sitrep.export import write_csv, write_jsonl
    from sitrep.store import open_store

    if not db.exists():
        raise fail(f"{db}: no such store; run sitrep ingest first")
    store = open_store(db)
    writer = write_csv if format is ExportFormat.csv else write_jsonl
    stream = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        count = writer(store.events(), stream)
    finally:
        store.close()
        if output:
            stream.close()
    err.print(f"sitrep: exported {count} events")


@app.command()
def places(
    paths: Paths = None,
    inputs: Inputs = None,
    format: FormatOpt = None,
) -> None:
    """Find and resolve place names. Example: sitrep places --input docs.jsonl --format jsonl"""
    from sitrep.intake import load_rules, to_article
    from sitrep.language import Language
    from sitrep.places import Gazetteer, locate

    language, gazetteer, rules = Language.load(), Gazetteer.open(), load_rules()
    chosen = format or (Format.table if out.is_terminal else Format.jsonl)
    failures: list[IntakeError] = []
    done = 0
    for item in read_inputs(paths, inputs):
        try:  # the article's text, as every command reads it: never the markup
            if isinstance(item, IntakeError):
                raise item
            article = to_article(item, rules)
        except IntakeError as failure:
            failures.append(failure)
            continue
        passages = article.passages()
        found = locate(passages, language.parse(p.text for p in passages), gazetteer)
        done += 1
        if chosen is Format.table:
            out.print(places_table(found, title=item.source))
        else:
            record = {"id": item.id, "places": [place_json(p) for p in found]}
            print(json_text(record, indent=1 if chosen is Format.json else None))
    finish(failures, done)


@app.command()
def demo(db: Db = Path("sitrep.db"), jobs: Jobs = 0) -> None:
    """Ingest the bundled demo articles (written for sitrep) and print their events.

    Example: sitrep demo --db demo.db
    """
    folder = resources.files("sitrep") / "data" / "demo"
    with resources.as_file(folder) as path:
        ingest(paths=[path], inputs=None, db=db, jobs=jobs)
    events(db=db, format=Format.table, mentions=False, limit=None)
    events(db=db, format=Format.table, mentions=True, limit=None)
