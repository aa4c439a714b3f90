"""The command line: parse arguments, call the library, print. Nothing else lives here.

Each module registers its commands on the one Typer `app` from `_common`.
"""

from __future__ import annotations

import sys

from sitrep.cli import core, evaluate, gazetteer, store  # noqa: F401  (they register their commands)
from sitrep.cli._common import app, err


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        err.print("sitrep: interrupted")
        sys.exit(130)


__all__ = ["app", "main"]
