"""MUC-4 key templates' slot 3 (the incident's place) and the agreement of an event's place."""

from __future__ import annotations

from sitrep.evaluate import muc4
from sitrep.model import Event


def test_slot_three_is_read_as_country_and_places_widest_first():
    block = "\n".join(
        [
            "0.  MESSAGE: ID                     DEV-MUC3-9999 (TEST)",
            "3.  INCIDENT: LOCATION              RURITANIA: NORTH (DEPARTMENT): ALTAVILLE (TOWN)",
            "4.  INCIDENT: TYPE                  ARSON",
        ]
    )
    template = muc4._parse_template(block)
    assert template is not None
    assert template.location == (
        muc4.KeyPlace("RURITANIA", (("NORTH", "DEPARTMENT"), ("ALTAVILLE", "TOWN"))),
    )


def test_slot_three_alternatives_routes_and_blanks():
    assert muc4.parse_location("*") == () == muc4.parse_location("-")
    assert muc4.parse_location("? RURITANIA") == (muc4.KeyPlace("RURITANIA"),)
    both = muc4.parse_location("(RURITANIA: ALTAVILLE (TOWN)) / (RURITANIA: PORTO (CITY))")
    assert [k.places[-1][0] for k in both] == ["ALTAVILLE", "PORTO"]
    route = muc4.parse_location("RURITANIA: ALTAVILLE (CITY) - PORTO (CITY)")
    assert [k.places for k in route] == [(("ALTAVILLE", "CITY"),), (("PORTO", "CITY"),)]


def _key(slot: str) -> muc4.Template:
    return muc4.Template("M", "ATTACK", "ACCOMPLISHED", (), muc4.parse_location(slot))


def test_place_agrees_with_the_most_specific_place_or_its_department():
    key = _key("RURITANIA: NORTH (DEPARTMENT): ALTAVILLE (CITY): LOS PINOS (NEIGHBORHOOD)")
    here = Event(country="Ruritania", location="Altaville - Los Piños", admin1="North")
    city = Event(country="Ruritania", location="Altaville", admin1="North")
    abroad = Event(country="Borduria", location="Los Pinos")
    assert muc4.place_agrees(here, key) and muc4.country_agrees(here, key)
    assert not muc4.place_agrees(city, key) and muc4.place_agrees(city, key, on_path=True)
    assert not muc4.place_agrees(abroad, key) and not muc4.country_agrees(abroad, key)
    department = _key("RURITANIA: NORTH (DEPARTMENT)")
    assert muc4.place_agrees(Event(country="Ruritania", location="Altaville", admin1="North"),
                             department)  # fmt: skip
    assert muc4.place_agrees(Event(country="Ruritania"), _key("RURITANIA"))
