"""Rules generalised from the fields of the fifteenth notes batch's found events (dev_q) and
the spent unseen_p: places, actors and tolls, each with invented sentences in other countries,
words and shapes (none taken from the notes)."""

from __future__ import annotations

import pytest

from _coding import extract


def _first(text: str, published: str | None = None):  # type: ignore[no-untyped-def]
    events = extract(text, published)
    assert events, text
    return events[0]


# ---- "the X region of Y": a part of Y, never a namesake region abroad --------------------------


@pytest.mark.parametrize(
    ("text", "country", "location"),
    [
        (
            "A shopkeeper was shot dead on Monday in the La Montana region of Guerrero when two "
            "gunmen on a motorbike opened fire outside his store in Chilapa de Alvarez, local "
            "prosecutors said.",
            "Mexico",
            "Chilapa de Álvarez",
        ),
        (
            "GUNMEN KILLED A FARMER ON SATURDAY IN THE LA MONTANA REGION OF GUERRERO, ON THE "
            "ROAD OUTSIDE TLAPA DE COMONFORT, STATE POLICE SAID.",
            "Mexico",
            "Tlapa de Comonfort",
        ),
    ],
)
def test_a_region_of_a_province_lies_in_that_province(
    text: str, country: str, location: str
) -> None:
    event = _first(text)
    assert event.country == country
    assert event.location == location


# ---- Libya's state forces carry the government they serve -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Libyan army units took control of the Ras Jdir border crossing near Zuwara on Sunday "
        "after a local armed group withdrew, the defence ministry said.",
        "On 8 June 2025, the Government of National Unity's troops clashed with gunmen of a "
        "local armed group in Zawiya; two fighters were killed.",
    ],
)
def test_libyan_forces_since_2021_are_named_for_the_unity_government(text: str) -> None:
    events = extract(text, "2025-06-10")
    names = {e.actor1 for e in events} | {e.actor2 for e in events}
    assert "Military Forces of Libya (2021-) Government of National Unity" in names


def test_libyan_forces_of_2019_are_named_for_the_accord_government() -> None:
    text = (
        "On 12 May 2019, Libyan army troops repelled an attack by gunmen on a checkpoint in "
        "Zawiya, killing three of the attackers."
    )
    names = {e.actor1 for e in extract(text)} | {e.actor2 for e in extract(text)}
    assert "Military Forces of Libya (2016-2021) Government of National Accord" in names


@pytest.mark.parametrize(
    "text",
    [
        "The Sudanese government's troops shelled the village of Tawila on Monday, killing "
        "four people, residents said.",
        "The transitional government's soldiers opened fire on a crowd of gunmen at a "
        "checkpoint near Bangui on Tuesday, killing two of them.",
    ],
)
def test_a_governments_troops_are_the_states_forces(text: str) -> None:
    event = _first(text)
    assert event.actor1 is not None and event.actor1.startswith("Military Forces of")
    assert event.assoc_actor_1 is None or not event.assoc_actor_1.startswith("Government")


# ---- a country's police by its own name -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Agents of the PNP arrested a suspected New People's Army collector at a market in "
        "Davao City on 4 April 2025, police said.",
        "On 9 March 2025, the Philippine National Police, supported by army intelligence "
        "agents, arrested two suspected Abu Sayyaf members in Zamboanga City.",
    ],
)
def test_the_philippine_national_police_are_the_police(text: str) -> None:
    assert _first(text).actor1 == "Police Forces of the Philippines (2022-)"


@pytest.mark.parametrize(
    "text",
    [
        "Enforcers of the Taliban's vice and virtue ministry detained six barbers in Herat on "
        "12 March 2025 for trimming beards, residents said.",
        "On 2 May 2025, members of the Taliban's Ministry for the Propagation of Virtue and "
        "Prevention of Vice arrested 20 men at a market in Kunduz for missing prayers.",
    ],
)
def test_the_taliban_vice_ministry_is_afghanistans_police(text: str) -> None:
    assert _first(text).actor1 == "Police Forces of Afghanistan (2021-)"


# ---- weapon systems and units known by their own names ------------------------------------------


def test_an_air_defence_system_is_its_armys_act() -> None:
    text = (
        "The Arrow system intercepted a ballistic missile launched from Yemen at central Israel "
        "early on Tuesday, setting off sirens in Rishon LeZion, the army said."
    )
    assert _first(text, "2025-06-10").actor1 == "Military Forces of Israel (2022-)"


def test_cameroons_rapid_intervention_battalion_is_its_army() -> None:
    text = (
        "On 2 February 2025, soldiers of the BIR clashed with Ambazonian separatists near "
        "Kumba (Meme, South-West), killing three of them."
    )
    names = {e.actor1 for e in extract(text)} | {e.actor2 for e in extract(text)}
    assert "Military Forces of Cameroon (1982-)" in names


# ---- an act noun's own "by" names the doer, not whoever documented it ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "MONUSCO human rights officers documented the rape of four women by FARDC soldiers "
        "near Kalehe on 3 June 2025, the mission said.",
        "UNMISS monitors documented the beating of two traders by SSPDF soldiers at a "
        "checkpoint near Yei on 2 June 2025.",
    ],
)
def test_the_noun_agent_is_the_doer_not_the_reporter(text: str) -> None:
    actor1 = _first(text).actor1
    assert actor1 is not None
    assert actor1.startswith(("Military Forces", "Police Forces"))


# ---- tolls ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "Gunmen attacked a checkpoint near Bannu on Tuesday, killing three soldiers and a "
            "shepherd, officials said.",
            4,
        ),
        (
            "A ROADSIDE BOMB STRUCK A POLICE VAN IN QUETTA ON FRIDAY, KILLING TWO CONSTABLES AND "
            "A STREET VENDOR, POLICE SAID.",
            3,
        ),
        (
            "Fighters and troops clashed near Gondar on Monday, leaving five soldiers dead, a "
            "nurse and two residents told reporters.",
            5,
        ),
    ],
)
def test_one_person_joined_to_a_counted_list_counts(text: str, toll: int) -> None:
    assert _first(text).fatalities == toll


@pytest.mark.parametrize(
    "text",
    [
        "A woman was shot dead in Eldoret on Friday when police fired on traders protesting "
        "against the release of guards accused of stabbing a hawker to death.",
        "Police in Lahore fired on a crowd demanding the arrest of a landlord suspected of "
        "killing two labourers, shooting one protester dead on Sunday.",
    ],
)
def test_a_killing_someone_is_accused_of_is_no_toll(text: str) -> None:
    assert max(e.fatalities for e in extract(text)) == 1


def test_the_weapon_of_a_shelling_is_no_second_shelling() -> None:
    text = (
        "On 8 June 2025, Russian forces shelled Borova (Izium, Kharkiv) with multiple rocket "
        "launchers and tube artillery from positions east of the Oskil river, hitting a "
        "clinic. Two civilians, a man of 66 and a woman of 59, were killed."
    )
    events = extract(text)
    assert len(events) == 1
    assert events[0].actor1 == "Military Forces of Russia (2000-)"
    assert events[0].fatalities == 2


def test_a_person_of_an_age_is_one_dead() -> None:
    text = (
        "On 8 June 2025 Russian troops shelled Izium with tube artillery and mortars, damaging "
        "a school. A man of 60 was killed."
    )
    assert _first(text).fatalities == 1


# ---- a private building hit: the civilians who own or use it ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Two men on a motorbike threw a grenade at a hardware store in Cucuta on Monday night, "
        "damaging its shutters. No one was hurt.",
        "UNKNOWN ASSAILANTS HURLED AN EXPLOSIVE DEVICE AT THE GATE OF A WAREHOUSE IN DURAN ON "
        "SUNDAY, POLICE SAID.",
    ],
)
def test_a_blast_at_a_private_building_hits_civilians(text: str) -> None:
    actor2 = _first(text).actor2
    assert actor2 is not None and actor2.startswith("Civilians")


# ---- the dead a report knows by their burial --------------------------------------------------


def test_the_dead_buried_by_others_are_the_toll() -> None:
    text = (
        "On 8 June 2025 jihadists overran the army post at Boni (Douentza, Mopti) after a dawn "
        "assault; villagers later buried nine soldiers, a local official said."
    )
    assert _first(text).fatalities == 9


def test_people_buried_under_rubble_are_no_toll() -> None:
    text = (
        "On 8 June 2025 an air strike hit a house in Marib; five people were buried under the "
        "rubble and rescuers pulled all of them out alive."
    )
    assert _first(text).fatalities == 0


# ---- a former opposition faction is no unit of the state's army ----------------------------------


def test_the_eighth_brigade_is_a_non_state_party() -> None:
    text = (
        "On 8 June 2025, the Eighth Brigade signed an agreement with the defence ministry in "
        "Busra al-Sham to hand over its heavy weapons and join the new army, the governor of "
        "Daraa said."
    )
    event = _first(text)
    assert event.actor1 is not None and event.actor1.startswith("Military Forces of Syria")
    assert event.actor2 == "Eighth Brigade"


def test_a_counted_toll_broken_down_in_apposition_is_not_added() -> None:
    text = (
        "On 8 June 2025 Russian troops shelled Bilopillia, damaging a bakery. Two residents, a "
        "man of 70 and his neighbour, were killed."
    )
    assert _first(text).fatalities == 2


# ---- the army's weapons after "with" are the doer's means --------------------------------


def test_artillery_after_with_is_the_doers_means() -> None:
    text = (
        "Citing the Donetsk regional administration, officials said Russian forces on 8 June "
        "2025 struck Kostiantynivka (Kramatorskyi, Donetsk) with rocket launchers and heavy "
        "artillery from positions east of the Kazennyi Torets river. Three civilians were "
        "killed and six injured."
    )
    assert _first(text).actor1 == "Military Forces of Russia (2000-)"
