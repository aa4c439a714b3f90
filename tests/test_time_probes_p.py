"""Event dates over whole reports, on sentences written for these tests (round 16 red team):
how the event's day is told against the report's day, a claim's day and background days."""

from __future__ import annotations

import pytest
from test_notes_probes import extract


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
