"""One event, many sources: pairs, groups, the combined event, copies, and the measured set."""

from __future__ import annotations

import dataclasses

import pytest

from sitrep.model import Event, Factuality
from sitrep.sources.copies import find_copies, resemblance, shingles
from sitrep.sources.corroborate import (
    Report,
    combine,
    group,
    load_rules,
    material_change,
    same_occurrence,
)

RULES = load_rules()
STRIKE = Event(
    event_date="2025-03-04", time_precision=1, event_type="Explosions/Remote violence",
    sub_event_type="Air/drone strike", actor1="Rapid Support Forces",
    actor2="Civilians (Sudan)", country="Sudan", admin1="South Kordofan", admin2="Kadugli",
    location="Kadugli", latitude=11.01, longitude=29.72, geo_precision=1, fatalities=6,
    notes="A drone hit a fuel depot.", event_id="e1",
)  # fmt: skip


def like(**changes) -> Event:
    return dataclasses.replace(STRIKE, **changes)


def test_two_reports_of_one_strike_are_one_occurrence():
    other = like(fatalities=8, latitude=11.05, admin2=None, event_id="e2")
    why = same_occurrence(STRIKE, other, RULES)
    assert why and "km apart" in why and "same_sub_event_type" in why


@pytest.mark.parametrize(
    "other",
    [
        like(event_type="Battles", sub_event_type="Armed clash"),  # another kind of event
        like(event_date="2025-03-05"),  # the next day: towns are hit again
        like(latitude=11.7, longitude=29.9, admin2="Dilling"),  # 78 km away
        like(country="South Sudan"),
        like(factuality=Factuality.FUTURE),  # a mention is never merged
        like(event_date=None),
        # an air raid by the army on the same day and town: another kind, another toll
        like(
            sub_event_type="Shelling/artillery/missile attack",
            actor1="Military Forces of Sudan (2019-)",
            actor2="Rapid Support Forces",
            fatalities=25,
        ),  # fmt: skip
    ],
)
def test_what_differs_keeps_them_apart(other):
    assert same_occurrence(STRIKE, other, RULES) is None


def test_coarse_dates_meet_within_their_window():
    week = like(event_date="2025-03-07", time_precision=2)
    assert same_occurrence(STRIKE, week, RULES)
    assert same_occurrence(STRIKE, like(event_date="2025-03-12", time_precision=2), RULES) is None


def test_actors_named_differently_or_swapped_still_agree():
    swapped = like(actor1="Civilians (Sudan)", actor2="Rapid Support Forces", fatalities=0)
    assert same_occurrence(STRIKE, swapped, RULES)
    congo = like(
        country="DR Congo", actor1="Military Forces of the Democratic Republic of Congo (2019-)",
        event_type="Battles", sub_event_type="Armed clash",
    )  # fmt: skip
    congo2 = dataclasses.replace(
        congo,
        actor1="Rebel Forces (DR Congo)",
        actor2="Military Forces of Democratic Republic of Congo",
    )
    assert "actors_shared" in same_occurrence(congo, congo2, RULES)


def test_protests_and_riots_may_be_one_crowd():
    protest = like(event_type="Protests", sub_event_type="Peaceful protest", fatalities=0,
                   actor1="Protesters (Sudan)", actor2=None)  # fmt: skip
    riot = dataclasses.replace(protest, event_type="Riots", sub_event_type="Violent demonstration")
    assert same_occurrence(protest, riot, RULES)


def test_region_level_places_meet_in_their_admin1():
    region = like(latitude=11.5, longitude=30.2, geo_precision=3, admin2=None)
    assert same_occurrence(STRIKE, region, RULES)
    elsewhere = like(latitude=13.5, longitude=26.0, geo_precision=3, admin1="North Darfur")
    assert same_occurrence(STRIKE, elsewhere, RULES) is None


def reports(*events: Event, copy_of: dict[int, str] | None = None) -> list[Report]:
    outlets = ["Coastal Herald", "Savanna Times", "Meridian Press", "Harbour Gazette"]
    return [
        Report(e, f"doc{i}", outlets[i % 4], f"https://x.example/{i}", (copy_of or {}).get(i))
        for i, e in enumerate(events)
    ]


def test_fatalities_are_the_lowest_reported_never_a_sum():
    merged = combine(reports(like(fatalities=8), like(fatalities=6), like(fatalities=0)))
    assert merged.event.fatalities == 6
    assert merged.event.source == "Coastal Herald; Savanna Times; Meridian Press"
    assert merged.independent == 3 and len(merged.sources) == 3


def test_a_copy_is_listed_but_is_no_confirmation():
    items = reports(
        like(fatalities=9), like(fatalities=9), like(fatalities=12), copy_of={1: "doc0"}
    )
    merged = combine(items)
    assert merged.independent == 2
    assert merged.event.source == "Coastal Herald; Meridian Press"
    assert [s.copy_of for s in merged.sources] == [None, "doc0", None]
    assert merged.event.fatalities == 9


def test_the_combined_event_takes_the_most_precise_date_and_place_and_fills_gaps():
    vague = like(event_date="2025-03-05", time_precision=2, geo_precision=2, actor2=None,
                 notes="", event_id="v")  # fmt: skip
    sharp = like(location="Kadugli market", geo_precision=1, actor1=None, event_id="s")
    merged = combine(reports(vague, sharp)).event
    assert (merged.event_date, merged.time_precision) == ("2025-03-04", 1)
    assert merged.location == "Kadugli market" and merged.geo_precision == 1
    assert merged.actor1 == "Rapid Support Forces" and merged.actor2 == "Civilians (Sudan)"
    assert merged.notes


def test_groups_never_chain_and_never_join_one_article_twice():
    a = like(event_id="a", admin2=None)
    b = like(latitude=11.12, event_id="b", admin2=None)  # 12 km from a
    c = like(latitude=11.23, event_id="c", admin2=None)  # 12 km from b, 24 km from a
    items = reports(a, b, c)
    assert group(items, RULES) == [[0, 1], [2]]
    same_doc = [Report(a, "doc", "X"), Report(like(event_id="a2"), "doc", "X")]
    assert group(same_doc, RULES) == [[0], [1]]


def test_material_change():
    assert material_change(STRIKE, like(fatalities=7))
    assert material_change(STRIKE, like(event_type="Battles", sub_event_type="Armed clash"))
    assert not material_change(STRIKE, like(fatalities=6, source="A; B"))
    assert not material_change(STRIKE, like(fatalities=5))


def test_rules_come_from_data():
    rules = load_rules(
        'families = [["Battles"]]\nmax_km = 1\nregion_km = 2\ndate_slack = {"1" = 0}\n'
        "generic_actors = []\ncopy_threshold = 0.9\nshingle_words = 3\n"
        "[support]\nneeded = 5\n"
    )
    assert rules.max_km == 1.0 and rules.support == {"needed": 5}
    assert RULES.families["Protests"] == RULES.families["Riots"]
    assert RULES.families["Battles"] != RULES.families["Violence against civilians"]


WIRE = (
    "GOMA, March 3 (Meridian Press) - Fighters of the M23 rebel group fought the army near "
    "Goma on Monday morning, and 15 people were killed in the clashes, a military source said."
)


def test_a_republished_story_is_a_copy_and_a_retelling_is_not():
    republished = WIRE + " This story was provided by a news agency."
    retold = (
        "Congolese troops clashed with M23 rebels around Goma on Monday morning, and at least "
        "15 fighters were killed, a local official said."
    )
    assert resemblance(shingles(WIRE), shingles(republished)) >= RULES.copy_threshold
    assert resemblance(shingles(WIRE), shingles(retold)) < 0.1
    copies = find_copies([("wire", WIRE), ("retold", retold), ("paper", republished)])
    assert copies == {"paper": "wire"}
    assert find_copies([("a", WIRE), ("b", WIRE), ("c", WIRE)]) == {"b": "a", "c": "a"}
    assert resemblance(shingles(""), shingles(WIRE)) == 0.0


def test_merges_on_the_generated_set():
    """117 generated articles telling 30 events; the figures are those in the README."""
    from sitrep.evaluate.merging import evaluate, generate

    articles = generate()
    assert len(articles) >= 100 and len({a.told for a in articles}) == 30
    assert len({a.outlet for a in articles}) >= 6
    result = evaluate()
    assert result.found >= 100
    assert result.precision >= 0.95 and result.recall >= 0.88
    assert result.copies_found == result.copies == 18 and result.wrong_copies == 0
