"""Rules generalised from the thirteenth notes batch (dev_m): each rule with invented sentences
written in other countries, words and sentence shapes. One section per helper."""

from __future__ import annotations

import pytest

# mactors


def _mactors_events(text: str):
    from sitrep.evaluate.notes import Item, predict

    ((_, events, error),) = list(predict([Item("t", text, None, None)], 1))
    assert error is None
    return events


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # the Houthis under the movement's own name, as the notes' coders write it
        (
            "On 3 June 2024, Ansar Allah fighters fired mortar rounds at homes in Hays (Hays, "
            "Al Hudaydah), killing a boy.",
            "Houthi Movement",
            "Civilians (Yemen)",
        ),
        # servicemen are the armed forces hit by a hidden bomber
        (
            "On 9 March 2024, a roadside bomb wounded four servicemen on the road between "
            "Menaka and Anderamboukane (Menaka, Menaka).",
            "Unidentified Armed Group (Mali)",
            "Military Forces of Mali (2021-)",
        ),
        # India's District Reserve Guard: the state police
        (
            "On 2 February 2025, three District Reserve Guard personnel were wounded when "
            "Maoists set off a landmine near Bijapur (Bijapur, Chhattisgarh).",
            "CPI (Maoist): Communist Party of India (Maoist)",
            "Police Forces of India (2014-)",
        ),
        # a nationality's positions named by their arm: that country's forces, hit
        (
            "On 3 June 2025, Russian drones dropped tear-gas grenades on Ukrainian infantry "
            "positions near Pokrovsk (Pokrovsk, Donetsk). No one was hurt.",
            "Military Forces of Russia (2000-)",
            "Military Forces of Ukraine (2019-)",
        ),
        # a weapon giving off gas: the one who dropped it used it, on whom it was released
        (
            "On 14 May 2025, a Russian drone dropped a device releasing an unidentified toxic "
            "substance on a checkpoint of the Ukrainian army near Vovchansk (Chuhuiv, Kharkiv).",
            "Military Forces of Russia (2000-)",
            "Military Forces of Ukraine (2019-)",
        ),
        # a bomb defused near a camp: the camp's people are no side of it
        (
            "On 12 May 2025, soldiers defused a bomb found near a displaced people's camp "
            "outside Djibo (Djibo, Soum) in Burkina Faso.",
            "Military Forces of Burkina Faso (2022-)",
            None,
        ),
        # Serbia's state forces since the SNS took power in 2012
        (
            "On 1 February 2025, police used batons to disperse students blocking a bridge in "
            "Novi Sad (Novi Sad, Vojvodina), Serbia, and detained four of them.",
            "Police Forces of Serbia (2012-)",
            "Civilians (Serbia)",
        ),
    ],
)
def test_mactors_actor_names_and_sides(text, actor1, actor2) -> None:
    first, *_ = _mactors_events(text)
    assert (first.actor1, first.actor2) == (actor1, actor2)


def test_mactors_a_groups_pronoun_in_a_relative_clause_is_the_group() -> None:
    """ "The KIA freed soldiers it had captured": "it" is the KIA."""
    text = (
        "On 5 May 2024, the Kachin Independence Army freed nine soldiers it had captured near "
        "Bhamo (Bhamo, Kachin) a month earlier."
    )
    assert _mactors_events(text)[0].actor1 == "KIA: Kachin Independence Army"


def test_mactors_a_group_announcing_its_blockade_is_the_actor() -> None:
    text = (
        "On 21 January 2026, Al Shabaab announced in leaflets handed out to drivers that every "
        "truck on the roads leading into Ceel Buur (Ceel Buur, Galguduud) was forbidden, "
        "declaring a blockade of the town."
    )
    assert _mactors_events(text)[0].actor1 == "Al Shabaab"


def test_mactors_a_clash_side_that_agrees_swapped_agrees_without_its_period() -> None:
    from sitrep.evaluate.notes import agreement
    from sitrep.model import Event

    gold = {
        "sub_event_type": "Armed clash",
        "actor1": "ONLF: Ogaden National Liberation Front",
        "actor2": "Military Forces of Ethiopia (2018-)",
    }
    event = Event(
        sub_event_type="Armed clash",
        actor1="Military Forces of Ethiopia (2018-)",
        actor2="ONLF: Ogaden National Liberation Front",
    )
    agreed = agreement(event, gold)
    assert agreed["actor1"] and agreed["actor1 (no period)"]
