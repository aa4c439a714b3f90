"""Actor rules of round 18, wave 2, generalised from actor misses of the spent unseen_r and
dev_r sets: each rule with invented sentences in other countries, words and shapes (none
taken from the notes)."""

from __future__ import annotations

from _coding import extract


def _sides(text: str, published: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in extract(text, published)]


# ---- a group's name the parse cut at its first word is still the group's --------------------


def test_a_name_cut_off_by_the_parse_is_the_side_hit() -> None:
    text = (
        "On 3 March 2024, an army helicopter fired on a column of IS Sahel fighters on "
        "camels near Menaka, Mali, the army said."
    )
    assert "Islamic State Sahel Province" in {a2 for _, a2 in _sides(text, "2024-03-04")}


# ---- a portfolio before a government noun is an office of the state, no name -------------------


def test_a_portfolio_cabinet_secretary_decrees_as_the_government() -> None:
    text = (
        "On 2 May 2023, the Defence Cabinet Secretary imposed a dusk-to-dawn curfew on three "
        "villages of Marsabit county in Kenya after cattle raids."
    )
    firsts = {a1 for a1, _ in _sides(text, "2023-05-03")}
    assert any(a1 and a1.startswith("Government of Kenya") for a1 in firsts)


# ---- who brokers a truce is no party to it ----------------------------------------------------


def test_the_broker_of_a_truce_is_no_party() -> None:
    text = (
        "The Somali army and al-Shabaab agreed on Sunday to a three-day truce in Jowhar "
        "mediated by clan elders, a local official said."
    )
    sides = _sides(text, "2022-07-11")
    assert sides
    assert all(a2 and not a2.startswith("Civilians") for _, a2 in sides)


# ---- those who only name a place do not do what the parse joins to their verb -------------------


def test_a_nationality_before_peacekeepers_names_their_state_and_namers_do_nothing() -> None:
    text = (
        "The last Turkish peacekeepers left their base outside Famagusta, the town Greeks "
        "call Ammochostos, on Monday and handed the camp over to the Cypriot army, officials "
        "said."
    )
    sides = _sides(text, "2021-04-06")
    assert any("Turkey" in (a1 or "") + (a2 or "") for a1, a2 in sides)
    assert all("Greek" not in (a1 or "") + (a2 or "") for a1, a2 in sides)


def test_peacekeepers_of_a_un_mission_stay_the_mission_whatever_their_nationality() -> None:
    text = (
        "Gunmen attacked Ghanaian peacekeepers on patrol near Bentiu, South Sudan, on "
        "Tuesday, wounding two, the mission said."
    )
    assert any((a2 or "").startswith("UNMISS") for _, a2 in _sides(text, "2020-09-02"))


# ---- the bare weapon word before a munition is its kind, no army ------------------------------


def test_artillery_shells_name_no_army() -> None:
    text = (
        "Artillery shells struck a bus station in Tal Afar, Iraq, on Friday, killing three "
        "passengers, police said."
    )
    firsts = {a1 for a1, _ in _sides(text, "2016-02-06")}
    assert firsts and not any((a1 or "").startswith("Military Forces") for a1 in firsts)


# ---- the side whose site the act came down on is hit ------------------------------------------


def test_the_owner_of_trenches_hit_is_the_side_hit() -> None:
    text = (
        "On 4 April 2024, army drones dropped mortar bombs onto trenches of the Kachin "
        "Independence Army near Laiza, Myanmar, a KIA officer said."
    )
    seconds = {a2 for _, a2 in _sides(text, "2024-04-05")}
    assert "KIA: Kachin Independence Army" in seconds
