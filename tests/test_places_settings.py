"""Where events happen, on one-event conflict reports written for sitrep.

`places_heldout/conflict_settings.jsonl` holds 68 short invented reports (our own words) in
the styles the issue names: ACLED note form with "X (district, region)" brackets, Syrian-war
copy with header dates and apostrophes a scraper stripped ("Syrias Idlib"), agency datelines
("Hama, SANA -"), wire copy (one all in capitals), ambiguous names (Tripoli in Lebanon), across
25 countries. Each was coded by hand before sitrep ran on it: the event's location, country,
admin1 as ACLED spells it, geo_precision, and the location's point; an event known only by its
province stands at the province's capital, as ACLED codes it.

The event scored is the located event nearest the gold point (one report, one incident; event
detection is measured elsewhere). First run, before any place rule was tuned on these: within
25 km 0.750, admin1 0.500, geo_precision 0.794 (68 items). `conflict_reports_b.jsonl` holds
53 later reports coded the same way plus the event's date (see `test_second_set_floors`). Run
this file as a script, with a set's path as argument, for the table of misses.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import sitrep
from sitrep.model import Event
from sitrep.places.resolve import haversine_km

CORPUS = Path(__file__).parent / "places_heldout" / "conflict_settings.jsonl"
CORPUS_B = Path(__file__).parent / "places_heldout" / "conflict_reports_b.jsonl"
MAX_KM = 25.0
FLOOR_WITHIN = 0.85
FLOOR_ADMIN1 = 0.85
FLOOR_PRECISION = 0.80
FLOOR_B_WITHIN, FLOOR_B_ADMIN1, FLOOR_B_PRECISION, FLOOR_B_DATE = 0.92, 0.96, 0.86, 0.96


@dataclass(frozen=True)
class Outcome:
    id: str
    km: float | None  # None: no located event
    admin1: bool
    precision: bool
    got: str
    date: bool = False  # the event's date, where the item gives one


def fold(text: str | None) -> str:
    plain = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode()
    return " ".join(plain.lower().replace("-", " ").replace("'", "").split())


def score(item: dict) -> Outcome:
    events = [e for e in sitrep.extract(item["text"]).events if e.latitude is not None]
    if not events:
        return Outcome(item["id"], None, False, False, "(no located event)")
    best = min(events, key=lambda e: _km(e, item))
    return Outcome(
        item["id"],
        _km(best, item),
        fold(best.admin1) == fold(item["admin1"]),
        best.geo_precision == item["geo_precision"],
        f"{best.location} [{best.admin1}] p{best.geo_precision} {best.event_date}",
        best.event_date == item.get("date"),
    )


def _km(event: Event, item: dict) -> float:
    return haversine_km(event.latitude or 0.0, event.longitude or 0.0, item["lat"], item["lon"])


def load(path: Path = CORPUS) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def rates(outcomes: list[Outcome]) -> tuple[float, float, float]:
    n = len(outcomes)
    within = sum(o.km is not None and o.km <= MAX_KM for o in outcomes) / n
    return within, sum(o.admin1 for o in outcomes) / n, sum(o.precision for o in outcomes) / n


def test_items_are_complete():
    items = load()
    assert len(items) == 68 and len({i["id"] for i in items}) == 68
    for item in items:
        assert {"text", "location", "country", "admin1", "geo_precision", "lat", "lon"} <= set(item)
        assert item["geo_precision"] in (1, 2, 3)


def test_second_set_items_are_complete():
    items = load(CORPUS_B)
    assert len(items) == 53 and len({i["id"] for i in items}) == 53
    for item in items:
        assert {"text", "location", "country", "admin1", "geo_precision", "lat", "lon"} <= set(item)
        assert item["geo_precision"] in (1, 2, 3) and len(item["date"]) == 10


def test_second_set_floors():
    """53 later reports in 16 countries (`conflict_reports_b.jsonl`), each with its event's
    date; many head the text with a date glued to a place or written as "13122016". First run,
    before any rule was changed for them: 25 km 0.887, admin1 0.906, precision 0.755, date
    0.943 (0.717 before the glued and compact header dates were read)."""
    items = load(CORPUS_B)
    outcomes = [score(item) for item in items]
    within, admin1, precision = rates(outcomes)
    dated = sum(o.date for o in outcomes) / len(outcomes)
    print(f"\nsecond set: 25 km {within:.3f} admin1 {admin1:.3f} precision {precision:.3f}")
    assert within >= FLOOR_B_WITHIN and admin1 >= FLOOR_B_ADMIN1
    assert precision >= FLOOR_B_PRECISION and dated >= FLOOR_B_DATE


def test_conflict_settings_floors():
    within, admin1, precision = rates([score(item) for item in load()])
    print(f"\nconflict settings: 25 km {within:.3f} admin1 {admin1:.3f} precision {precision:.3f}")
    assert within >= FLOOR_WITHIN
    assert admin1 >= FLOOR_ADMIN1
    assert precision >= FLOOR_PRECISION


if __name__ == "__main__":
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS
    items = load(path)
    outcomes = [score(item) for item in items]
    for o, item in zip(outcomes, items, strict=True):
        dated = "date" not in item or o.date
        if o.km is None or o.km > MAX_KM or not o.admin1 or not o.precision or not dated:
            km = "  -  " if o.km is None else f"{o.km:5.0f}"
            print(
                f"{o.id:6} {km} km  got {o.got}  gold {item['location']} [{item['admin1']}] "
                f"p{item['geo_precision']} {item.get('date', '')}"
            )
    within, admin1, precision = rates(outcomes)
    print(f"within 25 km {within:.3f}  admin1 {admin1:.3f}  geo_precision {precision:.3f}", end="")
    dated_items = [o for o, item in zip(outcomes, items, strict=True) if "date" in item]
    if dated_items:
        print(f"  date {sum(o.date for o in dated_items) / len(dated_items):.3f}", end="")
    print(f"  ({len(items)} items)")
    sys.exit(0)


def test_an_event_told_without_a_place_is_set_in_its_peoples_country():
    # the sentence names no place; the murder of Guatemalans is not set in Mexico City
    text = (
        "Rebels have been active around Chimaltenango for months. In Mexico City, the "
        "foreign ministry today welcomed new talks. It also condemned the murder of three "
        "Guatemalan journalists on Sunday."
    )
    events = sitrep.extract(text).events
    assert events and {(e.location, e.country) for e in events} == {("Chimaltenango", "Guatemala")}


def test_the_goal_of_a_journey_is_no_scene_after_a_named_town():
    text = (
        "Unrest has gripped Cali for weeks. On Friday a lawyer was shot dead by two gunmen "
        "as he prepared to travel to Miami."
    )
    assert {(e.location, e.country) for e in sitrep.extract(text).events} == {("Cali", "Colombia")}
    text = (
        "Soldiers patrolled Cali on Friday. A wounded officer was later taken to the United "
        "States for treatment after gunmen ambushed his car."
    )
    assert {e.country for e in sitrep.extract(text).events} == {"Colombia"}


def test_a_place_before_and_a_verb_of_saying_does_not_speak():
    text = (
        "CARACAS, 30 NOV 89 -- THE VENEZUELAN PRESIDENT TODAY REFERRED TO THE MURDER OF SIX "
        "PRIESTS IN SAN SALVADOR AND SAID THAT THE KILLERS MUST BE PUNISHED."
    )
    assert {(e.location, e.country) for e in sitrep.extract(text).events} == {
        ("San Salvador", "El Salvador")
    }
