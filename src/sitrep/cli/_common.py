"""What every command shares: the Typer app, consoles, option types, input streams, errors."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import MofNCompleteColumn, Progress, TextColumn

from sitrep import __version__
from sitrep._terminal import PrintableFormatter, printable
from sitrep.intake import Capture, IntakeError
from sitrep.model import Extraction, Failure

if TYPE_CHECKING:
    from sitrep.store import Store

QUIET_LIBRARIES = ("trafilatura", "htmldate", "justext", "charset_normalizer", "readability")

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


Paths = Annotated[
    list[Path] | None, typer.Argument(help="Files or directories (text, HTML, .jsonl).")
]
Inputs = Annotated[
    list[Path] | None,
    typer.Option(
        "--input", "-i", help='JSONL file(s), one {"id","text"|"html"} a line; - is stdin.'
    ),
]
Db = Annotated[
    str,
    typer.Option(
        "--db", help="The store: an SQLite file or a postgresql:// URL.", envvar="SITREP_DB"
    ),
]
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
    for handler in logging.getLogger().handlers:  # file names and titles are outside text
        handler.setFormatter(PrintableFormatter("sitrep: %(levelname)s: %(message)s"))
    logging.getLogger("sitrep").setLevel(level.upper())
    for library in QUIET_LIBRARIES:  # their notes on odd markup are not the user's business
        logging.getLogger(library).setLevel(logging.DEBUG if verbose else logging.CRITICAL)


def fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"sitrep: error: {printable(message)}", markup=False, highlight=False)
    return typer.Exit(code)


def read_inputs(
    paths: list[Path] | None, inputs: list[Path] | None
) -> Iterator[Capture | IntakeError]:
    from sitrep.intake.read import read_jsonl, read_paths

    if not paths and not inputs:
        raise fail("give at least one PATH or --input FILE.jsonl")
    for jsonl in inputs or []:
        yield from read_jsonl(jsonl)
    if paths:
        yield from read_paths(paths)


def resolve_jobs(jobs: int | None) -> int:
    return jobs if jobs and jobs > 0 else (os.cpu_count() or 1)


Pair = tuple[Capture | Failure, Extraction | Failure]


def extract_inputs(
    paths: list[Path] | None, inputs: list[Path] | None, jobs: int | None
) -> Iterator[Pair]:
    """Streams `(capture, extraction or error)` in input order, with a progress bar."""
    from sitrep._parallel import extract_stream
    from sitrep.places.gazetteer import ensure_gazetteer

    ensure_gazetteer()  # the library never builds it implicitly; the CLI does, once
    yield from with_progress(extract_stream(read_inputs(paths, inputs), resolve_jobs(jobs)))


def with_progress(pairs: Iterable[Pair]) -> Iterator[Pair]:
    if not err.is_terminal:
        yield from pairs
        return
    columns = (TextColumn("extracting"), MofNCompleteColumn(), TextColumn("documents"))
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("extract", total=None)
        for pair in pairs:
            progress.advance(task)
            yield pair


def open_db(db: str, *, create: bool = False) -> Store:
    """The store at `db`, or a one-line error: a reading command never creates a store."""
    from sitrep.store import StoreError, is_url, open_store

    if not create and not is_url(db) and not Path(db).exists():
        raise fail(f"{db}: no such store; run sitrep ingest first")
    try:
        return open_store(db)
    except StoreError as error:
        raise fail(str(error)) from None


def finish(failures: Sequence[Failure | IntakeError], done: int) -> None:
    for failure in failures:
        line = printable(f"sitrep: error: {failure.source}: {failure.reason}")
        err.print(line, markup=False, highlight=False)
    if failures:
        raise typer.Exit(2 if done == 0 else 1)


class ViewChoice(StrEnum):
    current = "current"
    reviewed = "reviewed"
    machine = "machine"


ViewOpt = Annotated[
    ViewChoice,
    typer.Option(
        "--view",
        help="current: reviewed where a reviewer acted, the machine's coding elsewhere;"
        " reviewed: only what a reviewer accepted or edited; machine: the machine's coding.",
    ),
]
Since = Annotated[str | None, typer.Option("--since", help="On or after this ISO date.")]
Until = Annotated[str | None, typer.Option("--until", help="On or before this ISO date.")]
Country = Annotated[str | None, typer.Option("--country", help="This country only.")]
Admin1 = Annotated[str | None, typer.Option("--admin1", help="This first-level region only.")]
Actor = Annotated[str | None, typer.Option("--actor", help="This actor, on either side.")]
EventType = Annotated[str | None, typer.Option("--type", help="This event type only.")]
SubType = Annotated[str | None, typer.Option("--sub-type", help="This sub-event type only.")]
MinFatalities = Annotated[
    int | None, typer.Option("--min-fatalities", help="At least this many killed.")
]
CertaintyOpt = Annotated[
    str | None, typer.Option("--certainty", help="asserted, attributed or disputed.")
]
Review = Annotated[
    str | None,
    typer.Option("--review", help="unreviewed, accepted, edited, rejected, merged or split."),
]
Text = Annotated[str | None, typer.Option("--q", help="Words in notes, actors, places, evidence.")]


@contextmanager
def progress_bar(label: str) -> Iterator[Callable[[], None]]:
    """A function to call per document: a live count on a terminal, nothing otherwise."""
    if not err.is_terminal:
        yield lambda: None
        return
    columns = (TextColumn(label), MofNCompleteColumn(), TextColumn("documents"))
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task(label, total=None)
        yield lambda: progress.advance(task)
