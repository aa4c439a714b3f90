"""`sitrep eval ...`: measure sitrep against coded corpora."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from sitrep.cli._common import Jobs, err, eval_app, out, resolve_jobs


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
    from sitrep.places.gazetteer import ensure_gazetteer

    ensure_gazetteer()

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
    from sitrep.places.gazetteer import ensure_gazetteer

    ensure_gazetteer()

    raise typer.Exit(main(path, out, limit=limit, jobs=resolve_jobs(jobs)))


class GeoHalf(StrEnum):
    first = "first"
    second = "second"


@eval_app.command("geo")
def eval_geo(
    path: Annotated[Path, typer.Argument(help="LGL's lgl.xml.")] = Path(
        "../shared/data/lgl/lgl.xml"
    ),
    limit: Annotated[int | None, typer.Option("--limit", help="Only the first N articles.")] = None,
    half: Annotated[
        GeoHalf | None,
        typer.Option("--half", help="Only the first (tune) or second (held-out) half."),
    ] = None,
    missed: Annotated[
        bool,
        typer.Option("--missed", help="List missed and spurious spans (with --half first only)."),
    ] = False,
) -> None:
    """Geoparsing end to end on LGL: span P/R/F1, accuracy@161 km, errors, AUC.

    Example: sitrep eval geo ../shared/data/lgl/lgl.xml --half first --missed
    """
    from sitrep.evaluate.geo import main
    from sitrep.places.gazetteer import ensure_gazetteer

    ensure_gazetteer()

    chosen = half.value if half else None
    raise typer.Exit(main(path, out, limit=limit, half=chosen, missed=missed))


class NotesFormat(StrEnum):
    table = "table"
    json = "json"


@eval_app.command("notes")
def eval_notes(
    path: Annotated[
        Path, typer.Argument(help='JSON Lines: {"id", "text", "published"?, "gold"} a line.')
    ] = Path("tests/notes/dev.jsonl"),
    jobs: Jobs = 0,
    fmt: Annotated[
        NotesFormat, typer.Option("--format", "-f", help="table or json (with every item).")
    ] = NotesFormat.table,
) -> None:
    """Field-by-field agreement with hand-coded ACLED-style reports, and the top confusions.

    Example: sitrep eval notes tests/notes/dev.jsonl --jobs 2
    """
    from sitrep.evaluate.notes import main

    raise typer.Exit(main(path, out, err, jobs=resolve_jobs(jobs), fmt=fmt.value))
