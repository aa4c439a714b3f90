"""Commands of sources: feeds, watch, follow, report, and `sitrep eval merge`."""

from __future__ import annotations

from typing import Annotated

import typer

from sitrep.cli._common import eval_app, out


@eval_app.command("merge")
def eval_merge(
    seed: Annotated[int, typer.Option("--seed", help="Draw of outlets, dates and wording.")] = 15,
) -> None:
    """Merge precision and recall on a generated set of 117 articles telling 30 events.

    Example: sitrep eval merge --seed 15
    """
    from sitrep.evaluate.merging import main

    raise typer.Exit(main(out, seed=seed))
