"""`sitrep gazetteer ...`: the offline gazetteer."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sitrep.cli._common import err, fail, gazetteer_app, out


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
