"""No-event traps of the spent unseen_q (round 17): an industrial or domestic blast with no
armed doer, and an act a biography dates by a past year (a rule for drills and exercises was
left out: told anywhere in the sentence, it also dropped real acts told beside a drill). Invented
sentences in other countries and words than the development items."""

from __future__ import annotations

import pytest

from _coding import extract, kinds

# ---- an attack during a drill is an attack -------------------------------------------------


def test_an_attack_during_a_drill_is_still_an_event() -> None:
    text = (
        "Gunmen opened fire on soldiers taking part in a drill near Gao on Friday, killing "
        "three of them, the army said."
    )
    assert extract(text, "2026-05-01")


# ---- an industrial or domestic blast with no armed doer is an accident -------------------


@pytest.mark.parametrize(
    "text",
    [
        "KARACHI - A boiler exploded at a textile mill in the Korangi industrial zone on Monday, "
        "killing four workers and injuring 11, rescue officials said.",
        "CAIRO - Three people were hurt when a transformer exploded in a street in Giza on "
        "Wednesday night, cutting power to several blocks.",
        "LIMA - A cooking gas explosion tore through a restaurant in Callao on Sunday, killing "
        "two cooks, firefighters said.",
    ],
)
def test_a_faulty_boiler_or_appliance_blast_is_an_accident(text: str) -> None:
    assert not extract(text, "2026-05-01")


def test_a_bomb_at_a_boiler_room_is_still_an_attack() -> None:
    text = (
        "Militants planted a bomb in the boiler room of a police barracks in Quetta on Monday; "
        "it exploded, killing two constables, officials said."
    )
    assert ("Explosions/Remote violence", "Remote explosive/landmine/IED") in kinds(
        text, "2026-05-01"
    )


# ---- an act a biography dates by a past year is history ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "COLOMBO - A former Tamil rebel leader who planned a 1996 raid on an army camp in "
        "which hundreds of soldiers were killed died of a stroke at his home on Friday, aged "
        "70, his family said.",
        "BOGOTA - A guerrilla commander who led a 1998 attack on a police station in which "
        "eleven officers died has passed away in a Bogota clinic on Thursday after a long "
        "illness, his lawyer said.",
    ],
)
def test_an_act_dated_by_a_past_year_in_an_obituary_is_history(text: str) -> None:
    assert not extract(text, "2026-05-01")
