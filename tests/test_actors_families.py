"""The actor families of today's conflicts under ACLED's names (issue 13 item 2): one invented
note per family added to actors.toml, initials read only in capitals, claims and blame naming
the doer, and a named group's country."""

from __future__ import annotations

import pytest

from _articles import place as town
from _articles import run
from sitrep.events.actors import actor_name, find_actor_mentions


def names(language, knowledge, sentence: str, country: str | None, when: str) -> list[str]:
    doc = language.parse([sentence])[0]
    mentions = find_actor_mentions(doc[:], knowledge.actors)
    return [actor_name(m, country, knowledge.actors, when) for m in mentions]


@pytest.mark.parametrize(
    ("sentence", "country", "expected"),
    [
        # Myanmar and Bangladesh: Rohingya, Shan and Bamar armed groups, the junta's militias
        (
            "Two ARSA gunmen were held near the camp.",
            "Bangladesh",
            "ARSA: Arakan Rohingya Salvation Army",
        ),
        (
            "The Shan State Army-South pulled out of the hills.",
            "Myanmar",
            "RCSS/SSA-S: Restoration Council of Shan State/Shan State Army-South",
        ),
        ("Pyu Saw Htee men burned the monastery.", "Myanmar", "Pyu Saw Htee"),
        (
            "A Kachin Independence Organisation unit moved south.",
            "Myanmar",
            "KIA: Kachin Independence Army",
        ),
        # parties, by their names and initials
        (
            "A district BNP organiser was found dead.",
            "Bangladesh",
            "BNP: Bangladesh Nationalist Party",
        ),
        (
            "Officers detained PTI workers outside the court.",
            "Pakistan",
            "PTI: Pakistan Tehreek-i-Insaf",
        ),
        (
            "Trinamool Congress workers blocked the road.",
            "India",
            "AITC: All India Trinamool Congress",
        ),
        ("NUP supporters were beaten.", "Uganda", "NUP: National Unity Platform"),
        # Iraq's and Yemen's militias, Syria's factions
        ("Asaib Ahl al-Haq fighters fired rockets.", "Iraq", "Asaib Ahl al Haq"),
        ("Security Belt Forces took the port.", "Yemen", "Security Belt Forces"),
        ("Ahrar al-Sham fighters shelled the road.", "Syria", "Ahrar al Sham"),
        # Sudan, the Sahel, the Great Lakes, Libya
        (
            "Justice and Equality Movement fighters held the wells.",
            "Sudan",
            "JEM: Justice and Equality Movement",
        ),
        (
            "The CSP-PSD said its men withdrew.",
            "Mali",
            "CSP-PSD: Permanent Strategic Framework for Peace, Security and Development",
        ),
        (
            "Katiba Macina fighters burned the granary.",
            "Mali",
            "JNIM: Group for Support of Islam and Muslims",
        ),
        (
            "Kamuina Nsapu militiamen raided the post.",
            "Democratic Republic of Congo",
            "Kamuina Nsapu Militia",
        ),
        (
            "Fighters of the Alliance Fleuve Congo entered the town.",
            "Democratic Republic of Congo",
            "M23: March 23 Movement",
        ),
        (
            "The Stability Support Apparatus deployed to the port.",
            "Libya",
            "SSA: Stability Support Apparatus",
        ),
        # the Americas: cartels and gangs under their local names
        ("Los Chapitos gunmen ambushed the patrol.", "Mexico", "Sinaloa Cartel"),
        ("Gaitanista Army of Colombia fighters blocked the river.", "Colombia", "Clan del Golfo"),
        ("Los Shottas members shot at the bus.", "Colombia", "Los Shottas"),
        # state forces under another name: initials, units, services
        ("FAMa troops entered the village.", "Mali", "Military Forces of Mali (2021-)"),
        ("Basij members beat the students.", "Iran", "Military Forces of Iran (1989-) Basij"),
        (
            "Pakistani Rangers cordoned off the area.",
            "Pakistan",
            "Military Forces of Pakistan (2024-) Rangers",
        ),
        ("The FSB detained a man in Kursk.", "Russia", "Police Forces of Russia (2000-)"),
        ("PNH officers raided the slum.", "Haiti", "Police Forces of Haiti (2024-)"),
        (
            "Kadyrovtsy units were sent to the front.",
            "Ukraine",
            "Military Forces of Russia (2000-)",
        ),
    ],
)
def test_each_family_of_todays_conflicts_takes_its_acled_name(
    language, knowledge, sentence, country, expected
):
    assert expected in names(language, knowledge, sentence, country, "2025-03-01")


@pytest.mark.parametrize(
    ("sentence", "unwanted"),
    [
        # initials that are also a word or a car's name are read only in capitals
        ("A Kia van was stolen from the depot.", "KIA: Kachin Independence Army"),
        ("aa patrols were seen.", "AA: Arakan Army"),
        # Jaish-e-Mohammed's initials are not those of Darfur's movement
        ("JeM militants attacked the camp.", "JEM: Justice and Equality Movement"),
    ],
)
def test_initials_that_are_words_need_their_capitals(language, knowledge, sentence, unwanted):
    assert unwanted not in names(language, knowledge, sentence, "Myanmar", "2025-03-01")


def test_initials_in_capitals_are_read(language, knowledge):
    found = names(language, knowledge, "AA fighters took the town.", "Myanmar", "2025-03-01")
    assert found == ["AA: Arakan Army"]


def test_initials_in_a_line_all_in_capitals_are_not_read(language, knowledge):
    found = names(
        language, knowledge, "AA PATROLS AND KIA CARS WERE SEEN.", "Myanmar", "2025-03-01"
    )
    assert "KIA: Kachin Independence Army" not in found


def test_a_claim_after_the_act_in_its_own_sentence_names_the_doer(language, knowledge):
    # the claim is told after a semicolon, not in a sentence of its own
    text = (
        "A car bomb tore through a market in Tal Afar on Friday, killing seven people; "
        "the Islamic State claimed the bombing."
    )
    events, _ = run(language, knowledge, text, [town(text, "Tal Afar", country="Iraq")])
    assert events and events[0].actor1 == "Islamic State (Iraq)"


def test_a_blamed_group_is_named_for_the_events_country(language, knowledge):
    # blamed in the next sentence: the group's branch in the country of the blast
    text = (
        "Gunmen opened fire on a bus carrying pilgrims near Palmyra on Monday, killing nine. "
        "Officials blamed the Islamic State."
    )
    events, _ = run(language, knowledge, text, [town(text, "Palmyra", country="Syria")])
    assert events and events[0].actor1 == "Islamic State (Syria)"


def test_the_khorasan_branch_is_named_by_the_events_country(language, knowledge):
    sentence = "ISKP gunmen opened fire on the mosque."
    found = names(language, knowledge, sentence, "Pakistan", "2024-05-01")
    assert found == ["Islamic State (Pakistan)"]


@pytest.mark.parametrize(
    ("sentence", "country", "expected"),
    [
        ("The NIA arrested two men in Srinagar.", "India", "Police Forces of India (2014-)"),
        (
            "The Counter Terrorism Department raided a house in Quetta.",
            "Pakistan",
            "Police Forces of Pakistan (2024-)",
        ),
    ],
)
def test_a_states_investigating_agencies_are_its_police(
    language, knowledge, sentence, country, expected
):
    assert expected in names(language, knowledge, sentence, country, "2025-03-01")


@pytest.mark.parametrize(
    ("sentence", "country", "expected"),
    [
        # a community's militia abroad keeps the country of its entry, not the event's
        ("Amhara militiamen raided a farm.", "Sudan", "Amhara Ethnic Militia (Ethiopia)"),
        # a state's forces by their initials abroad stay that state's
        ("FAMa troops crossed the border.", "Burkina Faso", "Military Forces of Mali (2021-)"),
        (
            "The Pakistani Taliban attacked a post.",
            "Afghanistan",
            "TTP: Tehreek-i-Taliban Pakistan",
        ),
    ],
)
def test_a_named_groups_country_comes_from_its_entry(
    language, knowledge, sentence, country, expected
):
    assert expected in names(language, knowledge, sentence, country, "2025-03-01")


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        # a group's one-word alias opening a name the parse reads as a person's is a given name
        ("The bank's chairman Wagner Macedo condemned the raid on its branch.", False),
        # the group itself, before its fighters or its chief's name, stays the group
        ("Wagner fighters raided a gold mine near Intahaka.", True),
        ("Wagner chief Dmitri Utkin flew to Bamako.", True),
    ],
)
def test_a_groups_alias_opening_a_persons_name_is_no_group(language, knowledge, sentence, named):
    (doc,) = language.parse([sentence])
    mentions = find_actor_mentions(doc[:], knowledge.actors)
    assert any(m.name == "Wagner Group" for m in mentions) is named
