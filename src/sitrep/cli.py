"""The command line: parse arguments, call the library, print. Nothing else lives here."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Iterable, Iterator
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import MofNCompleteColumn, Progress, TextColumn

from sitrep import __version__
from sitrep._render import events_table, places_table
from sitrep.intake import Capture, IntakeError
from sitrep.model import Extraction
from sitrep.serialize import extraction_json, place_json

app = typer.Typer(
    help="Turn conflict news into ACLED-style events, with the words behind every field.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Measure sitrep against coded corpora.", no_args_is_help=True)
gazetteer_app = typer.Typer(help="The offline gazetteer.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
app.add_typer(gazetteer_app, name="gazetteer")

# Tables keep their shape when piped to a file or a CI log (rich would assume 80 columns).
out = Console(soft_wrap=True, width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True, soft_wrap=True)


class Format(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


class ExportFormat(StrEnum):
    csv = "csv"
    jsonl = "jsonl"


Paths = Annotated[
    list[Path] | None, typer.Argument(help="Files or directories (text, HTML, .jsonl).")
]
Inputs = Annotated[
    list[Path] | None,
    typer.Option(
        "--input", "-i", help='JSONL file(s), one {"id","text"|"html"} a line; - is stdin.'
    ),
]
Db = Annotated[Path, typer.Option("--db", help="The SQLite store.", envvar="SITREP_DB")]
Jobs = Annotated[int, typer.Option("--jobs", "-j", help="Worker processes (default: all cores).")]
FormatOpt = Annotated[
    Format | None,
    typer.Option(
        "--format", "-f", help="table, json or jsonl (default: table on a terminal, else json)."
    ),
]


def _version(value: bool) -> None:
    if value:
        out.print(f"sitrep {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Log what each stage does.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only errors.")] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """sitrep: conflict news in, ACLED-style events out. Example: sitrep extract article.txt"""
    level = os.environ.get("SITREP_LOG", "debug" if verbose else "error" if quiet else "info")
    logging.basicConfig(level=logging.WARNING, format="sitrep: %(levelname)s: %(message)s")
    logging.getLogger("sitrep").setLevel(level.upper())


def fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"sitrep: error: {message}", markup=False, highlight=False)
    return typer.Exit(code)


def _captures(
    paths: list[Path] | None, inputs: list[Path] | None
) -> Iterator[Capture | IntakeError]:
    from sitrep.intake.read import read_jsonl, read_paths

    if not paths and not inputs:
        raise fail("give at least one PATH or --input FILE.jsonl")
    for jsonl in inputs or []:
        yield from read_jsonl(jsonl)
    if paths:
        yield from read_paths(paths)


def _jobs(jobs: int | None) -> int:
    return jobs if jobs and jobs > 0 else (os.cpu_count() or 1)


Pair = tuple[Capture | IntakeError, Extraction | IntakeError]


def _results(
    paths: list[Path] | None, inputs: list[Path] | None, jobs: int | None
) -> Iterator[Pair]:
    """Streams `(capture, extraction or error)` in input order, with a progress bar."""
    from sitrep._parallel import extract_stream

    yield from _with_progress(extract_stream(_captures(paths, inputs), _jobs(jobs)))


def _with_progress(pairs: Iterable[Pair]) -> Iterator[Pair]:
    if not err.is_terminal:
        yield from pairs
        return
    columns = (TextColumn("extracting"), MofNCompleteColumn(), TextColumn("documents"))
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("extract", total=None)
        for pair in pairs:
            progress.advance(task)
            yield pair


def _finish(failures: list[IntakeError], done: int) -> None:
    for failure in failures:
        err.print(
            f"sitrep: error: {failure.source}: {failure.reason}", markup=False, highlight=False
        )
    if failures:
        raise typer.Exit(2 if done == 0 else 1)


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
    for _, result in _results(paths, inputs, jobs):
        if isinstance(result, IntakeError):
            failures.append(result)
            if chosen is Format.jsonl:
                print(json.dumps({"id": result.source, "error": result.reason}))
            continue
        done += 1
        if chosen is Format.jsonl:
            line = {"id": result.article.id, **extraction_json(result)}
            print(json.dumps(line, ensure_ascii=False), flush=True)
        else:
            extractions.append(result)
    _print_extractions(extractions, chosen, mentions)
    _finish(failures, done)


def _print_extractions(extractions: list[Extraction], chosen: Format, mentions: bool) -> None:
    if chosen is Format.json and extractions:
        data = [extraction_json(x) for x in extractions]
        print(json.dumps(data[0] if len(data) == 1 else data, ensure_ascii=False, indent=1))
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
        for capture, result in _results(paths, inputs, jobs):
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
    _finish(failures, counts.added + counts.duplicates)


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
        print(json.dumps([event_json(e) for e in rows], ensure_ascii=False, indent=1))
    else:
        for e in rows:
            print(json.dumps(event_json(e), ensure_ascii=False))


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
    from sitrep.language import Language
    from sitrep.places import Gazetteer, places_in_text

    language, gazetteer = Language.load(), Gazetteer.open()
    chosen = format or (Format.table if out.is_terminal else Format.jsonl)
    failures: list[IntakeError] = []
    done = 0
    for item in _captures(paths, inputs):
        if isinstance(item, IntakeError):
            failures.append(item)
            continue
        found = places_in_text(item.text, language, gazetteer)
        done += 1
        if chosen is Format.table:
            out.print(places_table(found, title=item.source))
        else:
            record = {"id": item.id, "places": [place_json(p) for p in found]}
            print(
                json.dumps(record, ensure_ascii=False, indent=1 if chosen is Format.json else None)
            )
    _finish(failures, done)


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


@gazetteer_app.command("info")
def gazetteer_info() -> None:
    """Print what the gazetteer holds and where it lives. Example: sitrep gazetteer info"""
    from sitrep.places import Gazetteer

    for key, value in Gazetteer.open().info().items():
        out.print(f"{key}: {value}", markup=False, highlight=False)


@gazetteer_app.command("build")
def gazetteer_build() -> None:
    """Build the gazetteer index anew from installed packages and the supplement file.

    Example: sitrep gazetteer build
    """
    from sitrep.places.gazetteer import build_gazetteer, default_path

    err.print(f"sitrep: built {build_gazetteer(default_path())}")


@gazetteer_app.command("import")
def gazetteer_import(
    file: Annotated[
        Path, typer.Argument(help="A GeoNames dump: allCountries.txt or a country file.")
    ],
) -> None:
    """Add a full GeoNames dump to the gazetteer. Example: sitrep gazetteer import SY.txt"""
    from sitrep.places import Gazetteer, import_geonames

    if not file.is_file():
        raise fail(f"{file}: no such file")
    count = import_geonames(Gazetteer.open(), file)
    err.print(f"sitrep: imported {count} places from {file}")


@eval_app.command("seed")
def eval_seed(
    path: Annotated[
        Path, typer.Argument(help="The sample article; its .expected.json sits beside it.")
    ] = Path("../shared/samples/aleppo-2016.txt"),
) -> None:
    """Check the sample article against its hand coding.

    Example: sitrep eval seed ../shared/samples/aleppo-2016.txt
    """
    from sitrep.evaluate.seed import main

    raise typer.Exit(main(path, out))


@eval_app.command("muc4")
def eval_muc4(
    path: Annotated[Path, typer.Argument(help="The MUC-4 DEV folder.")] = Path(
        "../shared/data/muc4-dev"
    ),
    limit: Annotated[int | None, typer.Option("--limit", help="Only the first N messages.")] = None,
    jobs: Jobs = 0,
) -> None:
    """Incident-level precision, recall and F1 on MUC-4 DEV, mapped to ACLED types.

    Example: sitrep eval muc4 ../shared/data/muc4-dev --jobs 2
    """
    from sitrep.evaluate.muc4 import main

    raise typer.Exit(main(path, out, limit=limit, jobs=_jobs(jobs)))


@eval_app.command("geo")
def eval_geo(
    path: Annotated[Path, typer.Argument(help="LGL's lgl.xml.")] = Path(
        "../shared/data/lgl/lgl.xml"
    ),
    limit: Annotated[int | None, typer.Option("--limit", help="Only the first N articles.")] = None,
) -> None:
    """Geoparsing end to end on LGL: span P/R/F1, accuracy@161 km, errors, AUC.

    Example: sitrep eval geo ../shared/data/lgl/lgl.xml
    """
    from sitrep.evaluate.geo import main

    raise typer.Exit(main(path, out, limit=limit))


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        err.print("sitrep: interrupted")
        sys.exit(130)
