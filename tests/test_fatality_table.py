"""Fatality counts of whole invented paragraphs, one phrasing of a toll each (ACLED's rules:
the most conservative figure reported; both sides' dead in a battle; the attackers' own dead
count; "shot dead" / "stabbed to death" one each unless a number is given; the wounded are no
fatalities; a toll of an earlier incident mentioned in passing is not this event's).
Written for these tests; names and places are illustrative only."""

from __future__ import annotations

import pytest

from _coding import extract


def tolls(text: str) -> list[int]:
    """The tolls of the events of a paragraph, in the order they are told."""
    return [e.fatalities for e in extract(text, "2024-03-06")]


TABLE = [
    (
        "Gunmen on motorbikes stormed a weekly market near Koutiala on Tuesday, killing at "
        "least seven traders, local officials said.",
        7,
    ),
    (
        "The death toll from Sunday's car bomb outside a hotel in Beledweyne rose to 14 on "
        "Monday, hospital staff said.",
        14,
    ),
    (
        "Four soldiers and eleven militants were killed when insurgents attacked an army post "
        "outside Diffa on Wednesday, the defence ministry said.",
        15,
    ),
    (
        "Troops repelled an assault on their base near Menaka on Saturday. One of the attackers "
        "was killed in the exchange of fire, the army said.",
        1,
    ),
    (
        "Police fired tear gas and water cannon to disperse students marching on parliament in "
        "Lilongwe on Thursday. No casualties were reported.",
        0,
    ),
    (
        "A shopkeeper was stabbed to death by unknown assailants in the old town of Mombasa on "
        "Monday night, police said.",
        1,
    ),
    (
        "Unidentified gunmen shot dead a village chief and his two sons near Tera in the "
        "Tillaberi region on Sunday.",
        3,
    ),
    (
        "An air strike hit a wedding party in the district of Razih on Monday, killing 12 "
        "people and wounding 30 others, medical sources said.",
        12,
    ),
    (
        "Militants beheaded a farmer in his field near Macomia on Friday, residents said.",
        1,
    ),
    (
        "Clashes between two rival clans over grazing land near Galkayo on Tuesday left "
        "between 8 and 10 people dead, elders said.",
        8,
    ),
    (
        "Bandits ambushed a bus on the road to Gusau on Saturday. Seventeen passengers were "
        "wounded but none died, police said.",
        0,
    ),
    (
        "A roadside bomb struck a police patrol near Lashkar Gah on Wednesday, killing three "
        "officers. The same road saw an ambush last month that killed nine soldiers.",
        3,
    ),
    (
        "Gunmen killed two guards at a gold mine near Ouahigouya on Monday; one of the "
        "attackers died in the exchange of fire, the regional governor said.",
        3,
    ),
    (
        "A mob lynched two suspected thieves in a suburb of Kampala on Sunday, police said.",
        2,
    ),
    # "shot dead", "beaten to death": one each, the victim shared with the verb before
    (
        "A street vendor accused of stealing a purse was chased and beaten to death by a crowd "
        "in the Ikeja district of Lagos on Sunday, police said.",
        1,
    ),
    (
        "A district councillor and three of his bodyguards were shot dead in an ambush near "
        "Marsabit on Thursday, police said.",
        4,
    ),
    # a party's vague claim in quotes adds nothing to the firm toll
    (
        "Militants overran an army post near Djibo on Thursday. The army said it had lost 12 "
        "soldiers and had killed 'dozens of terrorists' in the fighting.",
        12,
    ),
    # conflicting figures from two sources: the most conservative
    (
        "Security forces opened fire on protesters in Conakry on Friday. The government said "
        "two demonstrators were killed; the opposition coalition said eleven people died.",
        2,
    ),
    (
        "Armed herders attacked the farming village of Kwall near Jos on Tuesday night. Police "
        "confirmed four deaths; a church leader said 20 villagers were killed.",
        4,
    ),
    (
        "Armed herders raided the farming village of Kwall near Jos on Tuesday night. Police "
        "said four villagers were killed. A church leader said 20 people died.",
        4,
    ),
    # a vague figure ("dozens") gives way to another source's firm one, higher or lower
    (
        "Dozens of people were killed when shells hit a crowded market in Kharkiv on Sunday, "
        "rescue workers said. Regional officials said at least 30 people died.",
        30,
    ),
    # a breakdown of the toll by another source is no rival figure
    (
        "Gunmen killed five people at a bar in Kisumu on Friday, police said. Hospital staff "
        "said two of the dead were women.",
        5,
    ),
    (
        "Gunmen killed five people at a bar in Kisumu on Friday, police said. A nurse said two "
        "children were among those killed.",
        5,
    ),
    # a toll told after other news in the sentence is still the toll
    (
        "On 4 February 2024, Sudanese army drones struck a fuel depot in Nyala (South Darfur). "
        "According to local medics, nine civilians were killed, among them two children, and "
        "the depot's storage tanks collapsed.",
        9,
    ),
    (
        "Residents found nine bodies in a dry riverbed outside Tchintabaraden on Friday, a day "
        "after armed men on motorbikes raided the settlement.",
        9,
    ),
]


@pytest.mark.parametrize("text,expected", TABLE)
def test_toll_of_a_paragraph(text, expected):
    found = tolls(text)
    assert found, "no event"
    assert found[0] == expected, found  # the incident told first is the paragraph's own


SENTENCES = [
    # a killing a relative clause dates to other years is another event's toll
    (
        "Relatives gathered at a quarry near Tal Afar where militants are believed to have "
        "buried hundreds of people they killed in 2015-2016.",
        0,
    ),
    ("Villagers said the gunmen they fought off in 2019 had killed 14 people.", 14),
]


@pytest.mark.parametrize("text,expected", SENTENCES)
def test_toll_of_a_sentence(language, knowledge, text, expected):
    from sitrep.events.fatalities import count_fatalities

    doc = next(iter(language.parse([text])))
    assert count_fatalities(doc[:], knowledge.numbers).count == expected
