"""The main commands: extract, ingest, events, mentions, export, places, demo."""

from __future__ import annotations

import itertools
import os
import secrets
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any, cast

import typer

from sitrep._render import events_table, places_table
from sitrep._terminal import json_text
from sitrep.cli._common import (
    Actor,
    Admin1,
    CertaintyOpt,
    Country,
    Db,
    EventType,
    Format,
    FormatOpt,
    Inputs,
    Jobs,
    MinFatalities,
    Paths,
    Review,
    Since,
    SubType,
    Text,
    Until,
    ViewChoice,
    ViewOpt,
    app,
    err,
    extract_inputs,
    fail,
    finish,
    open_db,
    out,
    progress_bar,
    read_inputs,
    resolve_jobs,
)
from sitrep.export import record_json
from sitrep.intake import IntakeError
from sitrep.model import Extraction, Failure
from sitrep.serialize import extraction_json, place_json

if TYPE_CHECKING:
    from sitrep.store import Store
    from sitrep.store.contract import ReviewState


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
    failures: list[Failure] = []
    extractions: list[Extraction] = []
    done = 0
    for _, result in extract_inputs(paths, inputs, jobs):
        if isinstance(result, Failure):
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
    db: Db = "sitrep.db",
    jobs: Jobs = 0,
    batch: Annotated[
        int,
        typer.Option(
            "--batch", min=1, help="Documents per transaction: a crash loses at most one batch."
        ),
    ] = 50,
) -> None:
    """Extract articles and keep them, their events and evidence in the store.

    A document is known by its URL, JSONL id or path under the folder given: the same bytes
    again add nothing; changed bytes add a new version and keep the old one.
    Example: sitrep ingest news/ --db sitrep.db
    """
    from sitrep.cli.sources import deliver_alerts, ingest_alerts
    from sitrep.ingestion import Ingest, load_pipeline
    from sitrep.store import StoreError

    if not paths and not inputs:
        raise fail("give at least one PATH or --input FILE.jsonl")
    store = open_db(db, create=True)
    if not getattr(store, "writable", True):
        store.close()
        raise fail(f"{db}: the store is read-only (no write permission); nothing was ingested")
    with store, progress_bar("ingesting") as tick:
        alerter = ingest_alerts(store)  # merges each new event into one it confirms; alerts
        service = Ingest(
            store, pipeline=load_pipeline, jobs=resolve_jobs(jobs), batch_size=batch,
            on_document=tick, on_events=alerter.on_events, tags=alerter.tags,
        )  # fmt: skip
        try:
            report = service.paths(paths or [], inputs or [])
        except KeyboardInterrupt:
            done = service.progress
            err.print(
                f"sitrep: interrupted: {done.stored} document(s) stored with {done.events} events"
                f" before it ({done.duplicates} already there); run the same command to go on",
                markup=False, highlight=False,
            )  # fmt: skip
            raise typer.Exit(130) from None
        except StoreError as error:
            done = service.progress
            raise fail(f"{error} ({done.stored} document(s) stored before it)", 1) from None
        totals = store.count()
        deliver_alerts(alerter)
    err.print(
        f"sitrep: stored {report.added} new article(s), {report.versions} new version(s),"
        f" {report.duplicates} already stored; {db} holds {totals['documents']} documents,"
        f" {totals['events']} events, {totals['mentions']} mentions",
        markup=False, highlight=False,
    )  # fmt: skip
    finish(report.failures, report.documents)


@app.command()
def events(
    db: Db = "sitrep.db",
    format: FormatOpt = None,
    mentions: Annotated[
        bool, typer.Option("--mentions", help="List mentions (not events).")
    ] = False,
    limit: Annotated[int | None, typer.Option("--limit", help="At most this many rows.")] = None,
    view: ViewOpt = ViewChoice.current,
    since: Since = None,
    until: Until = None,
    country: Country = None,
    admin1: Admin1 = None,
    actor: Actor = None,
    type: EventType = None,
    sub_type: SubType = None,
    min_fatalities: MinFatalities = None,
    certainty: CertaintyOpt = None,
    review: Review = None,
    q: Text = None,
) -> None:
    """List the events (or mentions) the store holds. Example: sitrep events --limit 20"""
    from sitrep.store import EventQuery, StoreError

    query = EventQuery(
        since=since, until=until, country=country, admin1=admin1, actor=actor, type=type,
        sub_type=sub_type, min_fatalities=min_fatalities, certainty=certainty,
        review=cast("ReviewState | None", review),  # checked by the store
        q=q, mentions=mentions, view=view.value, limit=min(limit or 1000, 1000),
    )  # fmt: skip
    with open_db(db) as store:
        try:
            stream = store.iter_events(query)
            rows = list(itertools.islice(stream, limit) if limit else stream)
        except StoreError as error:
            raise fail(str(error)) from None
    chosen = format or (Format.table if out.is_terminal else Format.json)
    if chosen is Format.table:
        what = "mentions" if mentions else "events"
        out.print(events_table([r.event for r in rows], title=f"{what} in {db} ({view.value})"))
    elif chosen is Format.json:
        print(json_text([record_json(r) for r in rows], indent=1))
    else:
        for r in rows:
            print(json_text(record_json(r)))


@app.command()
def mentions(db: Db = "sitrep.db", format: FormatOpt = None) -> None:
    """List what articles mention but did not happen (future, hypothetical, negated, ...).

    Example: sitrep mentions --db sitrep.db
    """
    events(db=db, format=format, mentions=True, limit=None)


@app.command()
def export(
    format: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="csv (ACLED's columns), geojson, jsonl or parquet (needs --output).",
        ),
    ] = "csv",
    db: Db = "sitrep.db",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    view: ViewOpt = ViewChoice.current,
    since: Since = None,
    until: Until = None,
    country: Country = None,
    admin1: Admin1 = None,
    actor: Actor = None,
    type: EventType = None,
    sub_type: SubType = None,
    min_fatalities: MinFatalities = None,
    certainty: CertaintyOpt = None,
    review: Review = None,
    q: Text = None,
) -> None:
    """Export stored events: CSV in ACLED's column order, GeoJSON, JSON Lines or Parquet.

    The export is written in the custody log (view, filters, count and sha256).
    Example: sitrep export --format csv --view reviewed -o events.csv
    """
    from sitrep.export import FORMATS, HashingWriter
    from sitrep.store import EventQuery, StoreError

    chosen = FORMATS.get(format)
    if chosen is None:
        raise fail(f"--format {format}: not one of {', '.join(FORMATS)}")
    if output is None and chosen.binary:
        raise fail(f"--format {format} writes bytes: give --output FILE")
    filters = dict(
        since=since, until=until, country=country, admin1=admin1, actor=actor, type=type,
        sub_type=sub_type, min_fatalities=min_fatalities, certainty=certainty, review=review, q=q,
    )  # fmt: skip
    query = EventQuery(**filters, view=view.value, limit=1000)  # type: ignore[arg-type]
    with open_db(db) as store:
        try:
            with _export_stream(output, chosen.binary) as stream:
                hashing = HashingWriter(stream, chosen.binary)
                count = chosen.write(store.iter_events(query), hashing)  # type: ignore[arg-type]
        except StoreError as error:
            raise fail(str(error)) from None
        except typer.Exit:
            raise
        except Exception as error:  # a writer's failure: one line, the partial file is gone
            reason = error.strerror if isinstance(error, OSError) else error
            where = f"{output}: export failed, nothing written" if output else "export failed"
            raise fail(f"{where} ({reason})", 1) from None
        detail = {
            "format": format, "view": view.value, "events": count, "sha256": hashing.hexdigest(),
            "filters": {k: v for k, v in filters.items() if v is not None},
        }  # fmt: skip
        logged = _log_quietly(store, "export", str(output) if output else "<stdout>", detail)
    note = "" if logged else " (not in the custody log: the store is read-only)"
    err.print(f"sitrep: exported {count} events{note}", markup=False, highlight=False)


@contextmanager
def _export_stream(output: Path | None, binary: bool) -> Iterator[IO[Any]]:
    """stdout, or a temporary file beside `output` that becomes `output` only once the writer
    has finished: a failed export never leaves an empty or half-written file."""
    if output is None:
        yield sys.stdout
        return
    if output.exists():  # an export never overwrites: nothing anywhere is overwritten
        raise fail(f"{output}: exists already; choose another --output")
    partial = output.parent / f".{output.name}.{secrets.token_hex(4)}.part"
    try:  # created as `open(output, "x")` would be: the umask's permissions, never replacing
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as error:
        raise fail(f"{output}: cannot write ({error.strerror})") from None
    try:
        with open(fd, "wb") if binary else open(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _publish(partial, output)
    finally:
        partial.unlink(missing_ok=True)


def _publish(partial: Path, output: Path) -> None:
    """`partial` under the name `output`, never replacing a file made there meanwhile."""
    try:
        os.link(partial, output)  # fails if `output` exists, unlike a rename
    except FileExistsError:
        raise fail(f"{output}: appeared during the export; choose another --output") from None
    except OSError:  # a file system without hard links
        if output.exists():
            raise fail(f"{output}: appeared during the export; choose another --output") from None
        partial.replace(output)


def _log_quietly(store: Store, kind: str, subject: str, detail: dict[str, Any]) -> bool:
    """Log in the custody log if the store can be written (a read-only store still exports)."""
    from sitrep.store import StoreError

    try:
        store.log(kind, subject, detail)
    except StoreError:
        return False
    return True


@app.command()
def places(
    paths: Paths = None,
    inputs: Inputs = None,
    format: FormatOpt = None,
    owners: Annotated[
        bool,
        typer.Option(
            "--owners",
            help='Also the toponyms that say whose, not where ("Sudanese"), as LGL counts them.',
        ),
    ] = False,
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
        docs = language.parse(p.text for p in passages)
        found = locate(passages, docs, gazetteer, owners=owners)
        done += 1
        if chosen is Format.table:
            out.print(places_table(found, title=item.source))
        else:
            record = {"id": item.id, "places": [place_json(p) for p in found]}
            print(json_text(record, indent=1 if chosen is Format.json else None))
    finish(failures, done)


@app.command()
def demo(db: Db = "sitrep.db", jobs: Jobs = 0) -> None:
    """Ingest the bundled demo articles (written for sitrep) and print their events.

    Example: sitrep demo --db demo.db
    """
    folder = resources.files("sitrep") / "data" / "demo"
    with resources.as_file(folder) as path:
        ingest(paths=[path], inputs=None, db=db, jobs=jobs)
    events(db=db, format=Format.table, mentions=False, limit=None)
    events(db=db, format=Format.table, mentions=True, limit=None)
