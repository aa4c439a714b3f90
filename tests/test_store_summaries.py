"""The store's summaries for the app (map points, counts per day and type) and the location
filter, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import pytest

from _store_docs import doc, text_of
from sitrep.store import EventQuery, open_store


@pytest.fixture
def store(store_address):
    with open_store(store_address) as opened:
        opened.add(
            [
                doc("a", text_of("Kaleva"), events=[
                    {"event_date": "2025-03-04", "location": "Kaleva", "latitude": 10.5,
                     "longitude": 20.25},
                    {"event_date": "2025-03-04", "event_type": "Battles",
                     "sub_event_type": "Armed clash", "location": "Kaleva", "latitude": 10.5,
                     "longitude": 20.25},
                ]),
                doc("b", text_of("Tarsa", killed=2), events=[
                    {"event_date": "2025-03-06", "location": "Tarsa", "latitude": -3.0,
                     "longitude": 40.0},
                    {"event_date": None, "location": "Tarsa", "latitude": None,
                     "longitude": None},
                ]),
            ]
        )  # fmt: skip
        yield opened


def test_points_are_the_located_events_of_the_query(store):
    points = store.points(EventQuery())
    assert len(points) == 3
    assert {(p.latitude, p.longitude) for p in points} == {(10.5, 20.25), (-3.0, 40.0)}
    north = store.points(EventQuery(bbox=(0.0, 0.0, 30.0, 20.0)))
    assert {p.event_type for p in north} == {"Explosions/Remote violence", "Battles"}
    assert store.points(EventQuery(type="Battles", limit=1)) == [
        p for p in points if p.event_type == "Battles"
    ]


def test_day_counts_group_dated_events_by_day_and_type(store):
    assert store.day_counts(EventQuery()) == [
        ("2025-03-04", "Battles", 1),
        ("2025-03-04", "Explosions/Remote violence", 1),
        ("2025-03-06", "Explosions/Remote violence", 1),
    ]
    assert store.day_counts(EventQuery(since="2025-03-05")) == [
        ("2025-03-06", "Explosions/Remote violence", 1)
    ]


def test_location_filter_is_exact(store):
    assert {r.event.location for r in store.events(EventQuery(location="Tarsa")).events} == {
        "Tarsa"
    }
    assert store.events(EventQuery(location="Tars")).events == ()


def test_map_cells_count_events_per_cell_and_type(store):
    cells = store.map_cells(EventQuery(), 10.0)
    assert sum(n for *_, n, _, _ in cells) == 3
    by_type = {(r, c, kind): (n, lat, lon) for r, c, kind, n, lat, lon in cells}
    kaleva = [k for k, v in by_type.items() if v[1] == 10.5]
    assert len(kaleva) == 2 and len({(r, c) for r, c, _ in kaleva}) == 1  # one cell, two types
    assert len({(r, c) for r, c, _ in by_type}) == 2
    assert store.map_cells(EventQuery(type="Battles"), 10.0) == [
        c for c in cells if c[2] == "Battles"
    ]
