"""The command line: parse arguments, call the library, print. Nothing else lives here.

Each module registers its commands on the one Typer `app` from `_common`.
"""

from __future__ import annotations

import sys

from sitrep.cli import (  # noqa: F401  (they register their commands)
    batch,
    core,
    evaluate,
    gazetteer,
    sources,
    store,
    web,
)
from sitrep.cli._common import app, err


def main() -> None:
    from sitrep.places.gazetteer import GazetteerMissing

    try:
        app()
    except KeyboardInterrupt:
        err.print("sitrep: interrupted")
        sys.exit(130)
    except GazetteerMissing as missing:
        err.print(f"sitrep: error: {missing}", markup=False, highlight=False)
        sys.exit(2)


__all__ = ["app", "main"]
