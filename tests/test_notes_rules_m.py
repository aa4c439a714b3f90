"""Rules generalised from the thirteenth development set's (dev_m) misses: each rule with
invented sentences in other countries and words (none taken from the notes)."""

from __future__ import annotations

from test_notes_probes import extract


def _kinds(text: str, published: str | None = None) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in extract(text, published)]


# mtypes

# ---- people shot as they fled: the attack is the event, the flight its circumstance --------


def test_villagers_shot_as_they_fled_is_an_attack_not_a_flight() -> None:
    text = (
        "MOPTI - Armed men surrounded a hamlet near Bandiagara on Tuesday night and gunned "
        "down villagers as they fled into the fields, killing at least 14, a local mayor said."
    )
    assert _kinds(text, "2025-05-08") == [("Violence against civilians", "Attack")]


def test_shot_while_fleeing_by_raiders_is_an_attack() -> None:
    text = (
        "Bandits shot several farmers as they fled their homes in Zurmi on Sunday, "
        "leaving six people dead, residents said."
    )
    assert _kinds(text, "2025-06-02") == [("Violence against civilians", "Attack")]


def test_families_who_fled_after_an_attack_still_flee() -> None:
    text = "Thousands of families fled their homes in Djibo on Monday, local officials said."
    assert _kinds(text, "2025-06-03") == [("Strategic developments", "Other")]


# ---- a debate's cue word alone in quotation marks: a figure of speech, no word of force -----


def test_a_scare_quoted_shelling_in_a_debate_is_no_event() -> None:
    text = (
        "ANKARA - An opposition deputy on Thursday accused the government of 'shelling' "
        "pensioners with new taxes in a heated speech to parliament."
    )
    assert not _kinds(text, "2025-04-10")


def test_a_scare_quoted_bombing_in_a_budget_debate_is_no_event() -> None:
    text = (
        "A senator told the chamber on Monday that the budget was 'bombing' small farmers "
        "with taxes they could not pay."
    )
    assert not _kinds(text, "2025-04-10")


def test_a_quoted_neutralised_toll_still_tells_a_clash() -> None:
    text = (
        "OUAGADOUGOU, May 6 - Jihadists attacked an army post near Djibo on Monday and the "
        "troops fought them off; the army said 15 assailants were 'neutralised'."
    )
    events = extract(text, "2025-05-06")
    assert [(e.event_type, e.fatalities) for e in events] == [("Battles", 15)]


def test_a_quoted_speech_telling_a_bombing_is_still_an_event() -> None:
    text = (
        '"A car bomb exploded outside the police station in Quetta on Monday, killing '
        'three officers," a provincial spokesman said.'
    )
    assert ("Explosions/Remote violence", "Remote explosive/landmine/IED") in _kinds(
        text, "2025-04-08"
    )


# ---- a state's troops entering a town while driving its holders out: ground regained -------


def test_troops_entering_a_town_and_driving_rebels_out_regain_it() -> None:
    text = (
        "GOMA, May 12 - Congo's army said on Sunday that its soldiers had entered Masisi a day "
        "earlier, driving out M23 rebels who had held the town since March."
    )
    assert ("Battles", "Government regains territory") in _kinds(text, "2025-05-12")


def test_militants_entering_a_town_and_ousting_the_army_take_it() -> None:
    text = (
        "Al-Shabaab fighters entered Jowhar on Tuesday after dislodging government troops "
        "from their positions, residents said."
    )
    assert ("Battles", "Non-state actor overtakes territory") in _kinds(text, "2025-05-14")


def test_troops_entering_a_town_with_no_one_leaving_take_no_ground() -> None:
    text = "Soldiers entered Bunia on Monday to reinforce the garrison, officials said."
    assert not any(sub.endswith("territory") for _, sub in _kinds(text, "2025-05-13"))


# ---- a group remaking itself: members expelled ------------------------------------------


def test_a_movement_expelling_members_changes_the_group() -> None:
    text = (
        "JUBA, 3 March 2025 - The SPLM-IO said on Monday that its political bureau had "
        "expelled nine senior members accused of dealing with the government."
    )
    assert ("Strategic developments", "Change to group/activity") in _kinds(text, "2025-03-03")
