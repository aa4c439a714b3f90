"""Rules generalised from the misses left open by earlier rounds (dev_p, unseen_m): each rule
with invented sentences in other countries, words, tenses and shapes (none taken from the
notes)."""

from __future__ import annotations

import pytest

from _coding import extract
from _coding import kinds as _kinds
from _coding import subs as _subs

TAKINGS = {"Non-state actor overtakes territory", "Government regains territory"}

# ---- a town taken by a bare "take": ground, whoever takes it -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The rebels said on Thursday that they had taken Abu Zabad after the army garrison "
        "withdrew overnight.",
        "Al-Shabaab fighters took the town of Mahas on Monday, residents said.",
        "M23 RAIDERS TOOK BUKAVU ON SATURDAY AFTER A DAY OF FIGHTING, LOCAL OFFICIALS SAID.",
        "Beledweyne was taken by al-Shabaab militants on Tuesday after government troops "
        "pulled out.",
        "JNIM fighters have taken Djibo, a spokesman for the group said on Wednesday.",
    ],
)
def test_a_town_taken_is_ground_taken(text: str) -> None:
    assert _subs(text, "2025-06-12") & TAKINGS


def test_a_town_taken_back_by_the_state_is_regained() -> None:
    text = "Malian troops took Tessalit on Sunday after the rebels withdrew north, the army said."
    assert "Government regains territory" in _subs(text, "2025-06-10")


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen took Musa Ali to an unknown place in Zamfara on Monday.",
        "The national team took Lagos by storm on Monday with a 4-0 win.",
        "Hundreds of people took part in a march in Nairobi on Saturday.",
        "Soldiers took the injured to a hospital in Goma on Friday.",
        "Police took Jordan to a hospital in Nairobi on Sunday.",
    ],
)
def test_a_take_with_no_town_taken_by_a_side_takes_no_ground(text: str) -> None:
    assert not _subs(text, "2025-06-10") & TAKINGS


# ---- a side's control of a town claimed after the other side left -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Arakan Army said on Monday it now controls all of Kyaukpyu after the last junta "
        "battalion pulled out on Sunday.",
        "YANGON, JUNE 9 - THE ARAKAN ARMY SAID ON MONDAY IT NOW CONTROLS ALL OF KYAUKPHYU, "
        "THE PORT TOWN, AFTER THE LAST JUNTA BATTALION PULLED OUT ON SUNDAY.",
        "Houthi fighters are now in full control of Marib, the group said on Friday, after "
        "government troops retreated.",
        "M23 rebels now control Goma after the Congolese army fled, a spokesman said on Tuesday.",
    ],
)
def test_control_claimed_after_the_other_side_left_is_a_takeover(text: str) -> None:
    assert "Non-state actor overtakes territory" in _subs(text, "2025-06-10")


def test_control_claimed_is_dated_by_the_leaving() -> None:
    text = (
        "The Arakan Army said on Monday it now controls all of Kyaukpyu after the last junta "
        "battalion pulled out on Sunday."
    )
    assert [e.event_date for e in extract(text, "2025-06-10")] == ["2025-06-08"]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels control most of the north of the country.",
        "The gang coalition already controls most of Port-au-Prince, and thousands have fled "
        "their homes.",
    ],
)
def test_standing_control_is_no_takeover(text: str) -> None:
    assert not _subs(text, "2025-06-10") & TAKINGS


# ---- a taking told as the time of another act, or as who a side is, is background ----------


@pytest.mark.parametrize(
    "text",
    [
        "Militia fighters burned shops in the market of Kadugli on 3 May 2025, hours after "
        "they took the army's base in the town, traders said.",
        "On 2 May 2025 the insurgents set up a camp near Palma, after taking the town the week "
        "before.",
        "Three women were shot in Goma on Friday night by men in the uniforms of the rebels, "
        "who took the city in January.",
    ],
)
def test_a_taking_in_the_background_is_no_event(text: str) -> None:
    assert not _subs(text, "2025-05-05") & TAKINGS


# ---- a way fought back into a town --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "Somali troops battled their way back into Bulo Burte on Monday, days after "
            "al-Shabaab fighters had overrun the district headquarters.",
            "Government regains territory",
        ),
        (
            "Sudanese soldiers have fought their way back into the centre of Wad Madani, the "
            "army said on Thursday.",
            "Government regains territory",
        ),
        (
            "KACHIN INDEPENDENCE ARMY FIGHTERS FOUGHT THEIR WAY BACK INTO BHAMO ON FRIDAY, A "
            "SPOKESMAN SAID.",
            "Non-state actor overtakes territory",
        ),
    ],
)
def test_a_way_fought_back_into_a_town_is_ground_taken(text: str, sub: str) -> None:
    assert sub in _subs(text, "2025-06-10")


def test_a_way_back_into_power_is_no_ground() -> None:
    assert not extract("The opposition party battled its way back into power in 2019.")


# ---- a grenade set off by its pin or fuse --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police said a man yanked the pin of a hand grenade and tossed it into a crowded bar "
        "in Cali on Friday, injuring nine.",
        "An attacker pulled the grenade's pin inside a market in Bujumbura on Monday, wounding "
        "four traders, police said.",
        "THREE WOMEN WERE HURT WHEN A YOUTH PULLED THE PIN OF A GRENADE OUTSIDE A CHURCH IN "
        "KASESE ON SUNDAY, POLICE SAID.",
        "Five people were wounded on Saturday when a man pulled the pin of a grenade and let "
        "it roll under a table at a wedding in Cotabato, police said.",
    ],
)
def test_a_grenade_set_off_by_its_pin_is_a_grenade_attack(text: str) -> None:
    assert ("Explosions/Remote violence", "Grenade") in _kinds(text, "2025-06-10")


def test_a_part_removed_from_a_bomb_sets_it_off_not() -> None:
    text = "Army engineers removed the detonator of a bomb found under a bridge in Mogadishu."
    assert "Remote explosive/landmine/IED" not in _subs(text, "2025-06-10")


# ---- people taken off by their takers, however long their names ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bandits raided a farm near Gusau on Sunday and led the owner, his two sons and a "
        "herder off into the forest, police said.",
        "Al-Shabaab fighters carried five teachers into the bush after attacking a school in "
        "Mandera on Tuesday.",
        "Armed men broke into a house in Kajuru on Friday night and took a pastor and two of "
        "his children away, the church said.",
    ],
)
def test_people_taken_off_by_gunmen_are_abducted(text: str) -> None:
    assert "Abduction/forced disappearance" in _subs(text, "2025-06-10")


def test_people_taken_off_by_soldiers_are_arrested() -> None:
    text = "Soldiers took the two journalists away to an army camp in Kidal on Friday."
    assert _subs(text, "2025-06-10") == {"Arrests"}


def test_them_takes_up_the_people_not_the_vehicle() -> None:
    text = (
        "QUETTA, MAY 2 - ARMED MEN STOPPED A BUS CARRYING SIX ENGINEERS NEAR TURBAT ON THURSDAY "
        "AND TOOK THEM AWAY, OFFICIALS SAID."
    )
    assert _subs(text, "2025-05-02") == {"Abduction/forced disappearance"}


def test_goods_taken_off_are_no_abduction() -> None:
    text = "The herders took their cattle away into the hills on Monday."
    assert "Abduction/forced disappearance" not in _subs(text, "2025-06-10")


# ---- an oil field, a pipeline or a port shut by armed men ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shut the Sharara oilfield on Sunday to demand the release of a local "
        "commander, the National Oil Corporation said.",
        "ARMED TRIBESMEN CLOSED THE MARIB GAS PIPELINE ON TUESDAY, DEMANDING COMPENSATION, "
        "OFFICIALS SAID.",
        "On 8 June 2025, armed men from nearby villages shut down the Zueitina oil terminal, "
        "demanding jobs for the youth of the region.",
        "Militiamen have blockaded the oil port of Es Sider since Monday, engineers said.",
    ],
)
def test_an_installation_shut_by_armed_men_is_a_strategic_development(text: str) -> None:
    assert ("Strategic developments", "Other") in _kinds(text, "2025-06-10")


@pytest.mark.parametrize(
    "text",
    [
        "The company shut down the Ras Lanuf refinery for maintenance on Monday.",
        "Striking workers shut down the oil field in Rumaila on Monday.",
        "Gunmen shut the doors of the bank in Benghazi before robbing it on Monday.",
    ],
)
def test_an_installation_shut_by_no_armed_side_is_no_development(text: str) -> None:
    assert ("Strategic developments", "Other") not in _kinds(text, "2025-06-10")
