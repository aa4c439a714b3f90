"""Rules of round 17 wave 2 (the spent unseen_q's misses of event finding and type), each with
invented reports of varied wording in other countries than the items that showed the need."""

from __future__ import annotations

import pytest

from _coding import kinds

ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
RELEASE = ("Strategic developments", "Other")


@pytest.mark.parametrize(
    "text",
    [
        "Armed men blocked the Abuja-Kaduna road on Sunday evening and marched nine passengers"
        " of a commercial bus into the forest, police said.",
        "Bandits stopped a lorry near Zurmi and marched the fourteen traders on board into the"
        " bush on Tuesday.",
        "On Friday gunmen marched six farmers of the Kamuli cooperative into the hills near"
        " Kasese, local officials said.",
    ],
)
def test_people_marched_off_are_captives_not_marchers(text: str) -> None:
    assert kinds(text, "2026-03-24") == [ABDUCTION]


def test_a_march_of_protesters_stays_a_protest() -> None:
    text = "Hundreds of teachers marched through the streets of Kano on Monday to demand pay."
    assert kinds(text, "2026-03-24") == [("Protests", "Peaceful protest")]


@pytest.mark.parametrize(
    "text",
    [
        "Militants on Friday freed 12 truck drivers they had seized in August near Kidal.",
        "Rebels on Tuesday released 9 bus drivers and their conductors whom they had seized in"
        " June near Kisangani.",
        "Armed men on Sunday released four miners they had seized from a gold site near Tillia.",
    ],
)
def test_workers_freed_by_those_who_seized_them_are_a_release(text: str) -> None:
    assert RELEASE in kinds(text, "2026-03-24")


TRANSFER = ("Strategic developments", "Non-violent transfer of territory")
CHANGE = ("Strategic developments", "Change to group/activity")


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers took control of Tillaberi on Monday without meeting resistance.",
        "Houthi fighters seized the district centre of Harib on Thursday without meeting any"
        " resistance, tribal sources said.",
        "Government forces recaptured Kotido on Sunday and encountered no resistance, the army"
        " said.",
    ],
)
def test_ground_taken_without_meeting_resistance_is_a_transfer(text: str) -> None:
    assert kinds(text, "2026-03-24") == [TRANSFER]


@pytest.mark.parametrize(
    "text",
    [
        "The militia held a graduation parade on Sunday for 800 recruits who had completed"
        " training at a camp near Bunia.",
        "A spokesman for the Arakan Army said 1,200 recruits graduated on Saturday from its"
        " training school in Paletwa.",
        "Al-Shabaab staged a passing-out parade for hundreds of fighters at a camp near Jilib"
        " on Friday, the group's radio said.",
    ],
)
def test_an_armed_group_graduating_recruits_changes_the_group(text: str) -> None:
    assert kinds(text, "2026-03-24") == [CHANGE]


def test_a_university_graduation_is_no_event() -> None:
    text = "The university held a graduation ceremony for 3,000 students in Nairobi on Friday."
    assert kinds(text, "2026-03-24") == []
