"""Rules of round 19 on tolls, generalised from misses of the spent unseen_r set: each rule with
invented sentences in other countries, words and shapes (none taken from the notes)."""

from __future__ import annotations

import pytest

from _coding import extract

# ---- a definite person joined after the counted dead is one more -----------------------------


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "Three policemen and the driver of their van were killed on Tuesday when a roadside "
            "bomb exploded near Kidal.",
            4,
        ),
        ("Four villagers and the headman were shot dead by gunmen in Zamfara on Monday.", 5),
        (
            "TWO GUARDS AND THE CASHIER OF THE BANK WERE KILLED WHEN ROBBERS ATTACKED IT IN JUBA "
            "ON FRIDAY.",
            3,
        ),
        # an indefinite one, counted before too
        (
            "Two soldiers and a cook were killed when mortar rounds hit the camp in Beni on "
            "Sunday.",
            3,
        ),
    ],
)
def test_a_definite_person_listed_after_the_counted_is_one_more(text: str, dead: int) -> None:
    assert [e.fatalities for e in extract(text, "2025-04-05")] == [dead]


# ---- ", killing N" hung on a dated relative clause is still the act's toll -------------------


@pytest.mark.parametrize(
    ("text", "published", "dead"),
    [
        (
            "Troops fired on protesters who had blocked the highway and marched on the governor's "
            "office on 4 March 2024, killing at least nine people, a local monitor said on Monday.",
            "2024-03-20",
            9,
        ),
        (
            "Police opened fire on students who had marched to the ministry and occupied its yard "
            "on 2 May 2023, killing six, a rights group said in a report on Thursday.",
            "2023-06-10",
            6,
        ),
        (
            "Soldiers shot at miners who had seized the pit and barricaded the gates on 12 October "
            "2022, killing 14, a union said on Tuesday.",
            "2022-11-10",
            14,
        ),
    ],
)
def test_a_free_participle_tells_the_acts_toll(text: str, published: str, dead: int) -> None:
    assert [e.fatalities for e in extract(text, published)] == [dead]


def test_a_relative_clause_dated_apart_still_keeps_its_own_killing() -> None:
    # no comma-set participle: the canopy's dead are an earlier event's, not the protest's
    text = (
        "Hundreds marched in Lagos on Saturday to mourn the collapse of a canopy that killed 15 "
        "people in November."
    )
    assert [e.fatalities for e in extract(text, "2024-02-11")] == [0]


# ---- dead told after a burning go to the act that can kill ----------------------------------


@pytest.mark.parametrize(
    ("text", "published", "dead"),
    [
        (
            "On 3 April 2025, armed bandits stormed Gusau and seized the town centre after a "
            "gunfight with soldiers. The bandits set fire to the market. Four soldiers were "
            "killed; hundreds of traders fled into the bush.",
            "2025-04-05",
            4,
        ),
        (
            "On 9 August 2024, militia fighters overran Bunia after a firefight with police. The "
            "militiamen burned the courthouse. Three police officers were killed; families fled "
            "to the airport.",
            "2024-08-10",
            3,
        ),
        (
            "On 21 May 2024, Al-Shabaab fighters captured Bulo Burde after a battle with soldiers. "
            "The fighters looted the shops and burned the district office. Five soldiers were "
            "killed, and hundreds of residents fled across the river.",
            "2024-05-22",
            5,
        ),
    ],
)
def test_a_toll_after_a_burning_is_the_killing_acts(text: str, published: str, dead: int) -> None:
    events = extract(text, published)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [
        ("Non-state actor overtakes territory", dead)
    ]
