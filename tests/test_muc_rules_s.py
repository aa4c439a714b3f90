"""Precision on wire copy (MUC-4 DEV, round s): a toll told over a period is a tally.

Invented reports of varied wording (other places and names than any development item), each
coded by the whole pipeline (`_coding.extract`).
"""

from __future__ import annotations

import pytest

from _coding import extract, kinds


@pytest.mark.parametrize(
    "text",
    [
        "Colonel Ruiz added that the army suffered 212 casualties during the same period.",
        "The rebels, the bulletin said, inflicted 95 casualties on the navy in the same period.",
        "Officials in Cusco said 40 policemen were wounded during the same period.",
    ],
)
def test_a_toll_during_the_same_period_is_a_tally(text: str) -> None:
    """A toll told "during the same period" sums up a span told before (a month, a
    campaign): a tally, no one event."""
    assert not extract(text, "2024-06-10")


def test_a_toll_in_the_same_week_keeps_its_incident() -> None:
    """ "the same week" may still be one incident's time: its bombing is coded with its
    dead."""
    text = (
        "Two soldiers were killed in an ambush near Tambo on Monday. During the same week, "
        "four policemen died in a bombing in Sucre."
    )
    events = extract(text, "2024-06-10")
    bombing = [e for e in events if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert bombing and bombing[0].fatalities == 4


def test_a_toll_with_its_own_day_is_an_event() -> None:
    """A toll dated by its own day and place is one incident's."""
    text = "Colonel Ruiz said the army suffered 12 casualties on Monday in an ambush near Tambo."
    assert ("Battles", "Armed clash") in kinds(text, "2024-06-10")
