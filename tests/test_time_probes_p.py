"""Event dates over whole reports, on sentences written for these tests (round 16 red team):
how the event's day is told against the report's day, a claim's day and background days."""

from __future__ import annotations

import pytest

from _coding import extract


def _dates(text: str, published: str | None = None) -> set[str]:
    return {e.event_date or "" for e in extract(text, published)}


PERFECT_LEADS_TOLD_NEXT = [
    (  # Thursday 16 October 2025; the entry was on Tuesday
        "Army says it has recaptured Kidal outpost\nMalian troops have recaptured a desert "
        "outpost north of Kidal from rebel fighters, the army said on Thursday. The soldiers "
        "entered the outpost on Tuesday after a short exchange of fire.",
        "2025-10-16",
        "2025-10-14",
    ),
    (
        "BUKAVU, Oct 16 (wire) - Congolese soldiers have taken back the town of Kamituga from "
        "M23 fighters, a military spokesman said on Thursday. He said the last rebels left on "
        "Monday night.",
        "2025-10-16",
        "2025-10-13",
    ),
    (  # Saturday 23 August 2025; the assault began on Thursday
        "Jihadists seize army base in Tillaberi\nJihadist fighters have overrun an army base "
        "near Tera, the defence ministry said on Saturday. The attack began before dawn on "
        "Thursday, it said, and 10 soldiers died.",
        "2025-08-23",
        "2025-08-21",
    ),
]


@pytest.mark.parametrize(("text", "published", "day"), PERFECT_LEADS_TOLD_NEXT)
def test_a_perfect_lead_under_a_reports_day_takes_the_day_told_next(text, published, day):
    assert day in _dates(text, published)


BACKGROUND_DAYS_COUNTED_BACK = [
    (  # the student's killing two days before is not the day the mourners were shot
        "On 12 May 2025, police fired live rounds at mourners who had gathered in Kisumu "
        "(Kisumu, Kisumu) for the burial of a student killed two days earlier, killing one "
        "person.",
        "2025-05-12",
    ),
    (
        "On 4 October 2025, soldiers shot dead two men at a wake in Kumba (Meme, South-West) "
        "held for a trader murdered the day before.",
        "2025-10-04",
    ),
]


@pytest.mark.parametrize(("text", "day"), BACKGROUND_DAYS_COUNTED_BACK)
def test_a_day_counted_back_in_a_nouns_clause_dates_only_that_clause(text, day):
    assert day in _dates(text)


EVENT_TAKEN_UP_BY_NAME = [
    (  # Thursday 16 October 2025
        "Police arrested 40 people in central Harare after they tried to march on parliament, "
        "a rights group said on Thursday. The arrests were made on Tuesday afternoon.",
        "2025-10-16",
        "2025-10-14",
    ),
    (  # Monday 24 November 2025
        "Gunmen killed six villagers in Bassa, police said on Monday. The attack happened on "
        "Saturday night.",
        "2025-11-24",
        "2025-11-22",
    ),
    (  # Friday 22 August 2025
        "Armed men abducted 14 passengers on the Lokoja road, police said on Friday. The "
        "kidnapping occurred on Wednesday evening near Obajana.",
        "2025-08-22",
        "2025-08-20",
    ),
]


@pytest.mark.parametrize(("text", "published", "day"), EVENT_TAKEN_UP_BY_NAME)
def test_the_next_sentence_naming_the_act_gives_its_day_over_the_reports(text, published, day):
    assert _dates(text, published) == {day}


def test_another_act_told_next_keeps_the_reports_day() -> None:
    text = (
        "Gunmen killed three villagers near Zurmi, police said on Monday. On Saturday, the same "
        "gang had burned a church nearby."
    )
    assert "2025-11-24" in _dates(text, "2025-11-24")


CLAIMS_TOLD_AFTER_THE_ACT = [
    (  # Friday 22 August 2025: burned on Wednesday night, claimed on Thursday
        "MOPTI, Friday - Three houses in Sevare were burned down on Wednesday night, the mayor "
        "said. Police found petrol cans, and a message signed by a local militia claiming the "
        "arson was sent to a radio station on Thursday morning.",
        "2025-08-22",
        "2025-08-20",
    ),
    (
        "BASTIA, Thursday - Masked men set fire to a holiday home near Calvi on Tuesday night, "
        "officials said. A letter from a separatist group claiming the arson was posted to a "
        "newspaper on Wednesday.",
        "2025-10-16",
        "2025-10-14",
    ),
]


@pytest.mark.parametrize(("text", "published", "day"), CLAIMS_TOLD_AFTER_THE_ACT)
def test_an_act_a_claim_says_happened_keeps_the_day_told_before(text, published, day):
    assert _dates(text, published) == {day}


FIGHTING_ENDED_BEFORE_THE_REPORT = [
    (  # Tuesday 10 February 2026: the fighting ended on Monday
        "KHARTOUM, Tuesday - The Sudanese army has retaken the town of Bara in North Kordofan, "
        "officials said on Tuesday, after fighting that began on Saturday and ended on Monday.",
        "2026-02-10",
        "2026-02-09",
    ),
    (  # Friday 22 August 2025
        "MAIDUGURI - Nigerian troops have recaptured Marte from ISWAP fighters, the army said on "
        "Friday, after an operation that started on Monday and ended on Wednesday evening.",
        "2025-08-22",
        "2025-08-20",
    ),
]


@pytest.mark.parametrize(("text", "published", "day"), FIGHTING_ENDED_BEFORE_THE_REPORT)
def test_ground_taken_after_fighting_ended_is_dated_by_its_end(text, published, day):
    assert day in _dates(text, published)
