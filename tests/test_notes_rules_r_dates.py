"""Event dates of round 18, generalised from date misses of dev_r and the spent unseen_q: an
earlier act the report recalls gives the event no day. Invented sentences in other countries,
words and shapes (none taken from the notes)."""

from __future__ import annotations

import pytest

from _coding import extract

# ---- the day a fight broke out, told in a clause about what people fled --------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Fleeing farmers arrive in Kaga Bandoro\n"
            "Some 2,000 herders from the hills have reached Kaga Bandoro since Wednesday 8 May "
            "2024 and are camping at the cathedral, a parish worker said on Friday. They fled "
            "clashes between two armed factions, which erupted on 3 May and have killed at "
            "least a dozen fighters.",
            "2024-05-08",
        ),
    ],
)
def test_a_flight_is_not_dated_by_the_onset_of_the_fight(text: str, day: str) -> None:
    """The displacement's day is its own ("since Wednesday"), not the day the fighting it
    fled began on; the fight keeps that day."""
    events = extract(text)
    others = [e for e in events if e.sub_event_type == "Other"]
    assert others and all(e.event_date == day for e in others)
    assert any(e.event_type == "Battles" and e.event_date == "2024-05-03" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Fighting between two clans, which broke out on Sunday, killed ten people in "
        "Beledweyne, elders said.",
        "Herders fled fighting between two armed groups near Kaga Bandoro, which began on Sunday.",
    ],
)
def test_a_fight_keeps_the_day_it_broke_out(text: str) -> None:
    battles = [e for e in extract(text, "2024-05-10") if e.event_type == "Battles"]
    assert battles and all(e.event_date == "2024-05-05" for e in battles)


# ---- a report's day in a sentence with no event is no narrative day ----------------------


def test_the_report_day_of_an_uneventful_sentence_dates_no_later_act() -> None:
    """The sentence before tells no event (left unparsed): its "said on Tuesday" is the
    report's day, as in a parsed sentence; the act told next takes the day it tells of."""
    text = (
        "Schools in Bunia stayed shut on Monday, the mayor said on Tuesday. Militiamen burned "
        "three villages nearby."
    )
    events = extract(text, "2024-05-15")
    assert events and all(e.event_date == "2024-05-13" for e in events)


# ---- a group ending itself, and a banned league: the decree is the news ------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The Sons of the Valley militia announced on Thursday that it was dissolving itself "
            "and handing its weapons to the army, a spokesman said.",
            "2024-05-09",
        ),
        (
            "ADEN, May 10 - The Southern Youth Front said on Wednesday it had disbanded itself "
            "after talks with the governor. The talks came a week after clashes between its "
            "fighters and a rival militia in the port.",
            "2024-05-08",
        ),
        (
            "Thailand's government banned the Northern Farmers League on Tuesday, accusing it "
            "of inciting unrest in Chiang Rai.",
            "2024-05-07",
        ),
    ],
)
def test_a_group_ended_or_banned_is_a_change_on_its_day(text: str, day: str) -> None:
    changes = [
        e for e in extract(text, "2024-05-10") if e.sub_event_type == "Change to group/activity"
    ]
    assert changes and changes[0].event_date == day


def test_a_league_banned_under_a_headline_is_dated_by_the_report() -> None:
    """The headline's ban is the body's (no day of its own: the day heading the text), not
    the day of the rally that had demanded it before."""
    text = (
        "Thursday 16 May 2024\n"
        "Cabinet outlaws nationalist youth league\n"
        "Georgia's cabinet banned the Patriotic Youth League under the extremism law, the "
        "justice ministry said in a decree published in Tbilisi. On Monday, thousands of "
        "people had marched through the capital demanding the ban."
    )
    changes = [e for e in extract(text) if e.sub_event_type == "Change to group/activity"]
    assert changes and all(e.event_date == "2024-05-16" for e in changes)


@pytest.mark.parametrize(
    "text",
    [
        "The army imposed itself on the town on Tuesday.",
        "The league held its congress in Kutaisi on Tuesday.",
    ],
)
def test_no_decree_without_a_body_ended_or_banned(text: str) -> None:
    assert not [
        e for e in extract(text, "2024-05-10") if e.sub_event_type == "Change to group/activity"
    ]
