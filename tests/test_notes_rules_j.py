"""Rules generalised from the misses of the notes set dev_j (session 15): each with invented
sentences in other countries and words than the development items."""

from __future__ import annotations

import pytest

from test_notes_probes import extract


def _where(text: str, published: str | None = None) -> list[tuple[str | None, str | None]]:
    return [(e.country, e.location) for e in extract(text, published)]


# ---- a state's forces under their own initials are evidence of their country -------------


@pytest.mark.parametrize(
    ("text", "country", "town"),
    [
        # Leer is a bigger town in Germany; the SSPDF fight in South Sudan
        (
            "SSPDF soldiers looted dozens of shops in Leer market on Sunday, traders said. "
            "No one was hurt.",
            "South Sudan",
            "Leer",
        ),
    ],
)
def test_a_state_force_by_its_initials_places_an_ambiguous_town(text, country, town) -> None:
    assert (country, town) in _where(text)


# ---- a name that is no place holds nothing -------------------------------------------------


def test_a_town_near_the_un_stays_the_town() -> None:
    # "near the UN compound": "UN" read as a village abroad must not become the container
    # that pulls the town out of its country
    text = (
        "The Kenyan army said on Tuesday it had opened a forward base outside Mandera, near "
        "the UN compound, to secure the border road."
    )
    assert ("Kenya", "Mandera") in _where(text)


# ---- a name after a numeral ordinal is a unit's -------------------------------------------


def test_a_unit_named_after_an_ordinal_is_no_place() -> None:
    # "the 14th Toledo detachment" names a unit, not Toledo (a town of the same country)
    text = (
        "Soldiers of the 14th Toledo detachment arrested three men near Cotabato City on "
        "Monday, the army said."
    )
    assert [loc for _, loc in _where(text, "2024-05-07")] == ["Cotabato"]
