"""Place rules of wave 2, generalised from location misses of the spent unseen_r and dev_r
sets: each rule with invented sentences in other countries, words and shapes."""

from __future__ import annotations

import pytest

from _coding import extract

# ---- a lowercase word the model calls a place is a common noun, not a name -----------------


def test_a_lowercase_type_word_after_a_name_is_no_place() -> None:
    events = extract(
        "Police raided the market of San Rafael canton, Alajuela, on Monday, arresting two "
        "smugglers.",
        "2024-05-10",
    )
    assert events
    assert {e.country for e in events} == {"Costa Rica"}


def test_in_capitals_copy_a_type_word_after_a_name_is_no_place() -> None:
    events = extract(
        "SOLDIERS BURNED THE MARKET OF SAN RAFAEL CANTON, ALAJUELA, ON MONDAY, KILLING TWO "
        "VENDORS.",
        "2024-05-10",
    )
    assert events
    assert "China" not in {e.country for e in events}


# ---- a French-school "ou" of an Arabic name with its article meets the English "u" ---------


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        ("Militiamen shelled Al-Khoums on Monday, killing three civilians.", "Al Khums", "Libya"),
        ("Gunmen attacked a checkpoint in El-Kout on Monday, killing two policemen.", "", "Iraq"),
    ],
)
def test_a_french_spelling_of_an_arabic_name_is_found(text: str, town: str, country: str) -> None:
    (event,) = extract(text, "2024-05-10")
    assert event.country == country
    assert town in (event.location or "")


# ---- a region named alone stands at its seat, where the supplement marks one ----------------


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        (
            "Soldiers raided homes across Nyandarua county on Friday, arresting 30 suspected "
            "gang members.",
            (-0.27088, 36.37917),  # Ol Kalou, not the county's largest town
        ),
        (
            "Soldiers raided homes across Kirinyaga county on Friday, arresting 30 suspected "
            "gang members.",
            (-0.49887, 37.28031),  # Kerugoya
        ),
    ],
)
def test_a_county_named_alone_stands_at_its_seat(text: str, seat: tuple[float, float]) -> None:
    (event,) = extract(text, "2024-05-10")
    assert event.geo_precision == 3
    assert (event.latitude, event.longitude) == pytest.approx(seat, abs=0.01)


# ---- a lake named with a town in the same sentence: the town -------------------------------


def test_a_lake_gives_way_to_the_town_measured_from() -> None:
    (event,) = extract(
        "Nigerien troops set up a new base on the shore of Lake Chad about 10 km south of Bosso "
        "on Thursday, the army said.",
        "2024-05-10",
    )
    assert event.location == "Bosso"


def test_a_lake_alone_stays_the_lake() -> None:
    (event,) = extract(
        "Nigerien troops set up a new base on an island of Lake Chad on Thursday, the army said.",
        "2024-05-10",
    )
    assert event.location == "Lake Chad"


# ---- a street the text puts in a town lies in that town, not the story's first town --------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Opposition supporters from Tbilisi held a rally on Rustaveli Avenue in Kutaisi on "
            "Sunday, demanding new elections.",
            "Kutaisi",
        ),
        (
            "Workers from Almaty held a rally on Abay Avenue in Shymkent on Sunday, demanding "
            "unpaid wages.",
            "Shymkent",
        ),
    ],
)
def test_a_street_lies_in_the_town_named_after_it(text: str, town: str) -> None:
    (event,) = extract(text, "2024-05-10")
    assert (event.location or "").startswith(town)
