"""ACLED's admin1 names (`data/admin1.tsv`) laid over the GeoNames subdivisions at build time.

GeoNames and its packages spell many first-level regions as a transliteration ("Dayr az
Zawr", "Shabeellaha Hoose") or in another language ("Nord-Kivu"); ACLED writes "Deir ez
Zor", "Lower Shabelle", "North Kivu". Each row renames the region with that GeoNames admin1
code, keeps every old name as an alias, and so renames the `admin1` of every town in it.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from importlib import resources

from sitrep.places._normalize import name_key
from sitrep.places._sources import Row

ADMIN1_FILE = "admin1.tsv"
# Regions the installed packages lack get ids below this (GeoNames ids are positive,
# supplement rows count down from -1).
_NEW_REGION_IDS = -1_000_000


@dataclass(frozen=True)
class Admin1Name:
    code: str  # GeoNames admin1 code: "SY.07"
    name: str  # as ACLED writes it: "Deir ez Zor"
    alternates: frozenset[str]


def read_admin1_names(text: str | None = None) -> dict[str, Admin1Name]:
    """The table by GeoNames admin1 code."""
    if text is None:
        text = (resources.files("sitrep") / "data" / ADMIN1_FILE).read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if line and not line.startswith("#"))
    out = {}
    for rec in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        alternates = frozenset(a for a in (rec["alternatenames"] or "").split("|") if a)
        out[rec["code"]] = Admin1Name(rec["code"], rec["name"], alternates)
    return out


def rename_subdivisions(subdivisions: dict[int, Row], names: dict[str, Admin1Name]) -> None:
    """Give the table's regions ACLED's name (adding those the packages lack) and set every
    subdivision's `admin1` from its region."""
    by_code = {r.admin_code: r for r in subdivisions.values() if r.feature == "ADM1"}
    for offset, (code, spec) in enumerate(sorted(names.items()), start=1):
        row = by_code.get(code)
        if row is None:  # a region the packages lack: placed amid its towns later
            row = Row(
                id=_NEW_REGION_IDS - offset, name=spec.name, lat=None, lon=None,
                feature="ADM1", cc=code.split(".")[0], origin="admin1", admin_code=code,
            )  # fmt: skip
            subdivisions[_NEW_REGION_IDS - offset] = row
            by_code[code] = row
        row.names |= {row.name, *spec.alternates}
        row.name = spec.name
        row.origin = f"{row.origin}+admin1" if row.origin != "admin1" else row.origin
    for row in subdivisions.values():
        if row.feature == "ADM1":
            row.admin1 = row.name
        elif row.admin_code:
            region = by_code.get(".".join(row.admin_code.split(".")[:2]))
            row.admin1 = region.name if region else row.admin1


def admin1_aliases(subdivisions: dict[int, Row]) -> dict[tuple[str, str], str]:
    """(country code, name key) -> the region's name, for every name of each admin1 region:
    the supplement's "Rif Dimashq" is the same region as "Rural Damascus"."""
    out: dict[tuple[str, str], str] = {}
    for row in subdivisions.values():
        if row.feature != "ADM1":
            continue
        for name in row.names | {row.name}:
            out.setdefault((row.cc, name_key(name)), row.name)
        out[(row.cc, name_key(row.name))] = row.name
    return out
