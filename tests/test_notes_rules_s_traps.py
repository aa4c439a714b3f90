"""Rules of round 19, generalised from traps and abductions missed in the dev_s set: each rule
with invented sentences in other countries, words and shapes (none taken from the notes)."""

from __future__ import annotations

import pytest

from _coding import extract, kinds, subs

# ---- an act done to a stand-in, or done to practise, is a drill's --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of marines stormed mock coastal hamlets near Busan on Tuesday, the navy said.",
        "Sappers blew up a dummy bridge over the Vistula on Wednesday and shelled the far bank, "
        "the army said.",
        "TANK CREWS DESTROYED DOZENS OF SIMULATED BUNKERS ON THE STEPPE NEAR ORENBURG ON FRIDAY.",
        "Bombers flew long sorties over the Baltic on Monday to rehearse strikes on ports, the "
        "air force said.",
        "Gunners fired rocket salvoes across the plain outside Tamale on Thursday to practise "
        "a river crossing.",
    ],
)
def test_an_act_on_a_stand_in_or_to_practise_is_no_event(text: str) -> None:
    assert kinds(text, "2024-05-10") == []


@pytest.mark.parametrize(
    "text",
    [
        # a real target, a toll, or practice named only as the victims' business
        "Jets bombed the village of Kafr Nabl on Monday, killing six civilians, to punish "
        "the rebels, monitors said.",
        "Soldiers fired on dummy targets near Gao on Tuesday, killing two herders who strayed "
        "onto the range.",
        "Gunmen attacked a police academy in Quetta on Friday where cadets were training, "
        "killing four.",
    ],
)
def test_a_real_act_beside_practice_is_an_event(text: str) -> None:
    assert [e for e in extract(text, "2024-05-10") if e.fatalities]


# ---- a flight told as a trend up to now is no event ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Raids by bandits have left hundreds dead in Zamfara, the governor said on Monday. "
        "Whole districts have emptied as herders fled to the cities.",
        "Cattle raids have grown more frequent in eastern Chad, officials said in a report. "
        "Many hamlets near Abeche have been deserted as families fled south.",
    ],
)
def test_a_flight_told_as_a_trend_is_no_event(text: str) -> None:
    assert "Other" not in subs(text, "2024-05-10")


def test_a_flight_with_its_own_day_is_an_event() -> None:
    text = (
        "More than 2,000 villagers have fled to Mopti since Saturday, fearing new raids, "
        "regional officials said on Tuesday."
    )
    assert "Other" in subs(text, "2024-05-14")


# ---- a vehicle's load that blows up when it overturns is an accident ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "A truck carrying explosives for a quarry overturned near Kitwe on Tuesday and blew "
        "up, killing three people, police said.",
        "Dynamite lorry explodes after crash near Arequipa\nFour people died on Sunday when a "
        "lorry overturned on the Panamerican highway and its load blew up, firefighters said.",
        "A lorry transporting blasting charges to a copper pit crashed on a mountain road near "
        "Jiroft on Monday and exploded, killing the driver and two onlookers. The explosion "
        "shattered windows in a nearby village.",
    ],
)
def test_a_cargo_of_explosives_blowing_up_in_a_crash_is_no_event(text: str) -> None:
    assert kinds(text, "2024-05-10") == []


@pytest.mark.parametrize(
    "text",
    [
        # the vehicle is the weapon, or the load is a weapon used on someone
        "A suicide bomber drove a truck carrying explosives into the gate of an army base in "
        "Mogadishu on Monday, killing five soldiers.",
        "Militants detonated a bomb under a lorry that overturned near Bannu on Tuesday, "
        "killing two police officers.",
    ],
)
def test_a_vehicle_used_as_a_bomb_stays_an_event(text: str) -> None:
    assert [e for e in extract(text, "2024-05-10") if e.fatalities]


def test_mines_worked_are_pits_not_weapons() -> None:
    text = (
        "A bus carrying workers of the firms that operate the tin mines overturned near "
        "Llallagua on Monday and caught fire, killing six."
    )
    assert kinds(text, "2024-05-10") == []


# ---- people taken at gunpoint, or led into the wild past a long name, are abducted ---------


@pytest.mark.parametrize(
    "text",
    [
        "Two Chinese engineers were taken at gunpoint from their car near Kisangani on "
        "Thursday by men on motorbikes, local officials said.",
        "Bandits led a village chief away at knifepoint in Katsina on Sunday, residents said.",
        "Armed men stopped a bus near Zinder on Friday and marched its 20 travellers, among "
        "them three nurses heading to work, into the bush, officials said.",
    ],
)
def test_people_taken_at_gunpoint_or_into_the_wild_are_abducted(text: str) -> None:
    assert "Abduction/forced disappearance" in subs(text, "2024-05-10")


@pytest.mark.parametrize(
    "text",
    [
        # goods taken at gunpoint are a robbery; soldiers who go into the forest take no one
        "Thieves took two phones and a laptop at gunpoint from a shop in Nakuru on Friday.",
        "Rebels freed a bus near Beni on Monday and its passengers went home, and soldiers "
        "ran into the forest, a witness said.",
    ],
)
def test_no_captives_no_abduction(text: str) -> None:
    assert "Abduction/forced disappearance" not in subs(text, "2024-05-10")
