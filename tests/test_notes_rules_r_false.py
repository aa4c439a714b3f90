"""Rules of round 18 against false events: wordings that name violence with none done (a
drill's round, a court's finding, a camera's shot, a hacked server's attackers, a road crash or
a gas tanker blowing up, a massacre named again in a film story). Invented sentences in other
countries, words and shapes (none taken from the notes)."""

from __future__ import annotations

import pytest

from _coding import extract, kinds

# ---- an act whose own phrase frames it as part of a drill is played ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Polish and German tanks shelled the slopes of the Drawsko range with live rounds on "
        "Wednesday, in the second of four rounds of a joint drill, the army said.",
        "Indian gunners fired missiles at sea targets off Odisha on Tuesday as part of the "
        "annual naval exercise.",
        "Marines stormed a beach near Da Nang on Monday in a joint exercise with Thai troops.",
    ],
)
def test_an_act_framed_as_part_of_a_drill_is_no_event(text: str) -> None:
    assert kinds(text, "2024-05-10") == []


@pytest.mark.parametrize(
    "text",
    [
        # an attack in a drill with a toll of its own is real
        "Bandits ambushed recruits in a training exercise near Zaria on Friday, killing five.",
        # a phrase that dates the act after a drill frames nothing
        "Troops shelled rebel villages near Kalemie on Sunday in the wake of the drills.",
    ],
)
def test_an_act_beside_a_drill_stays_an_event(text: str) -> None:
    assert kinds(text, "2024-05-10") != []


# ---- what a court found is the case judged, retold -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The tribunal ruled that the militia had burned the market of Bunia and looted shops.",
        "The judges found that the colonel ordered the prisoners taken to a quarry, where they "
        "were shot.",
        "The jury heard that the guards beat the inmates with iron bars in the prison in Lima.",
    ],
)
def test_an_act_a_court_found_is_no_event(text: str) -> None:
    assert kinds(text, "2024-03-02") == []


def test_an_act_others_found_stays_an_event() -> None:
    text = "Police found that gunmen had killed two farmers near Jos on Monday."
    assert kinds(text, "2024-03-02") != []


# ---- "shot" of a film ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Most of the footage was shot in a mountain village near Herat last spring.",
        "The crew shot the final episode in a fishing port outside Mombasa on Monday.",
        "Scenes of the siege were shot on a hillside near Tbilisi with farmers as extras.",
    ],
)
def test_a_scene_shot_is_filming_not_gunfire(text: str) -> None:
    assert kinds(text, "2024-03-02") == []


def test_a_cameraman_shot_is_still_shot() -> None:
    text = "Soldiers shot dead a cameraman in Herat on Monday."
    assert kinds(text, "2024-03-02") != []


# ---- the attackers of a cyber attack -------------------------------------------------------


def test_the_attackers_of_a_cyber_attack_repelled_is_no_fight() -> None:
    text = (
        "Estonia's tax office shut its online services on Tuesday after a ransomware attack "
        "on its servers, officials said. The minister said the attackers had been repelled "
        "and no records were lost."
    )
    assert kinds(text, "2024-03-02") == []


def test_attackers_repelled_with_force_stay_a_fight() -> None:
    text = (
        "Soldiers repelled the attackers after a gunfight at a base near Gao on Tuesday, "
        "killing four of them, the army said."
    )
    assert kinds(text, "2024-03-02") != []


# ---- a gas tanker or a road crash blowing up is an accident --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Eight people died when a tanker delivering liquefied petroleum gas exploded at a "
        "depot in Lagos on Friday.",
        "Four people were killed on Monday when a truck carrying gas cylinders collided with a "
        "bus near Mwanza. Several cylinders exploded and flames spread to nearby shops.",
        "A FUEL TANKER CAUGHT FIRE ON THE HIGHWAY NEAR MULTAN ON SUNDAY, KILLING THREE.",
    ],
)
def test_a_tanker_or_crash_blowing_up_is_an_accident(text: str) -> None:
    assert kinds(text, "2024-03-02") == []


def test_a_bomb_after_a_crash_stays_a_bombing() -> None:
    text = (
        "A minibus collided with a lorry near Kandahar on Monday. Later a bomb exploded at a "
        "market in the city, killing six."
    )
    assert kinds(text, "2024-03-02") != []


# ---- a past massacre named again -----------------------------------------------------------


def test_a_massacre_named_again_after_its_year_is_history() -> None:
    text = (
        "A documentary about the 1994 massacre at Kibeho, where soldiers killed hundreds of "
        "displaced people, opened in Kigali on Friday. 'We must not forget,' said a man who "
        "lost his mother in the massacre."
    )
    events = extract(text, "2024-03-02")
    assert [e for e in events if e.event_date.startswith("2024")] == []


# ---- a volcano and chemicals stored badly --------------------------------------------------


def test_a_volcano_raining_hot_ash_kills_by_no_hand() -> None:
    text = (
        "Mount Kanlaon erupted on Monday, raining hot ash on farms and killing four people on "
        "Negros island, the disaster agency said."
    )
    assert kinds(text, "2024-03-02") == []


def test_a_port_blast_blamed_on_chemical_storage_is_an_accident() -> None:
    text = (
        "The toll from Friday's explosion at the container port of Lobito rose to 31, officials "
        "said. Inspectors blamed the blast on the improper storage of chemicals in a warehouse."
    )
    assert kinds(text, "2024-03-02") == []
