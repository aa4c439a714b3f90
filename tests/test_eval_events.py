"""The seed check and the MUC-4 scorer: their matching rules, and the sample's score."""

from __future__ import annotations

import io

from rich.console import Console

from sitrep.evaluate import muc4, seed
from sitrep.model import Event, Evidence

REQUIRED = {
    "id": "strike",
    "event_type": "Explosions/Remote violence",
    "sub_event_type": "Air/drone strike",
    "lat": 36.0,
    "lon": 37.0,
    "max_km": 25,
    "date_window": ["2020-05-01", "2020-05-03"],
    "month_level_ok": True,
}
FORBIDDEN = {"id": "future", "lat": 35.0, "lon": 36.0, "max_km": 20, "after": "2020-01-01"}


def event(**fields) -> Event:
    base = {
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
        "latitude": 36.05,
        "longitude": 37.05,
        "event_date": "2020-05-02",
        "time_precision": 1,
    }
    return Event(**(base | fields))


def test_required_event_needs_type_place_and_date():
    assert seed.matches_required(event(), REQUIRED)
    assert not seed.matches_required(event(sub_event_type="Grenade"), REQUIRED)
    assert not seed.matches_required(event(latitude=38.0), REQUIRED)
    assert not seed.matches_required(event(event_date="2020-06-02"), REQUIRED)


def test_month_precision_counts_inside_the_window_month():
    assert seed.matches_required(event(event_date="2020-05-15", time_precision=3), REQUIRED)
    assert not seed.matches_required(event(event_date="2020-05-15", time_precision=1), REQUIRED)


def test_forbidden_is_hit_only_near_and_after():
    assert seed.matches_forbidden(event(latitude=35.0, longitude=36.0), FORBIDDEN)
    assert not seed.matches_forbidden(
        event(latitude=35.0, longitude=36.0, event_date="1994-04-10"), FORBIDDEN
    )


def test_one_event_answers_one_required_event():
    expected = {"required": [REQUIRED, REQUIRED | {"id": "strike-2"}], "forbidden": [FORBIDDEN]}
    checks = seed.check_events([event()], expected)
    assert [c.passed for c in checks] == [True, False, True]


def test_sample_article_meets_the_target(shared_dir):
    path = shared_dir / "samples/aleppo-2016.txt"
    _, checks = seed.evaluate_sample(path)
    required = [c for c in checks if c.kind == "required"]
    forbidden = [c for c in checks if c.kind == "forbidden"]
    assert sum(c.passed for c in required) >= 7, [c for c in required if not c.passed]
    assert all(c.passed for c in forbidden), [c for c in forbidden if not c.passed]


def test_seed_main_prints_a_table(shared_dir):
    out = io.StringIO()
    status = seed.main(shared_dir / "samples/aleppo-2016.txt", Console(file=out, width=160))
    assert "required found" in out.getvalue()
    assert status in (0, 1)


# ---------------------------------------------------------------- MUC-4
def test_muc4_messages_and_templates_are_read(shared_dir):
    folder = shared_dir / "data/muc4-dev"
    messages = list(muc4.read_messages(folder))
    assert len(messages) == 1300
    assert len({m.id for m in messages}) == 1300
    assert sum(m.published is not None for m in messages) > 1200
    templates = muc4.read_templates(folder)
    kinds = {t.incident for t in templates}
    assert {"ATTACK", "BOMBING", "KIDNAPPING", "ARSON", "ROBBERY"} <= kinds
    assert all(t.message.startswith("DEV-MUC3-") for t in templates)


def test_muc4_template_slots_give_perpetrator_and_target_strings():
    block = "\n".join(
        [
            "0.  MESSAGE: ID                     DEV-MUC3-9999 (TEST)",
            "4.  INCIDENT: TYPE                  BOMBING",
            "5.  INCIDENT: STAGE OF EXECUTION    ACCOMPLISHED",
            '9.  PERP: INDIVIDUAL ID             "URBAN COMMANDOS"',
            '12. PHYS TGT: ID                    "POWER PYLON" / "PYLON"',
            '19. HUM TGT: DESCRIPTION            "NIGHT WATCHMAN"',
        ]
    )
    template = muc4._parse_template(block)
    assert template is not None
    assert template.incident == "BOMBING"
    assert set(template.fills) == {"URBAN COMMANDOS", "POWER PYLON", "PYLON", "NIGHT WATCHMAN"}


def test_muc4_match_needs_a_mapped_type_and_evidence_on_a_filler():
    type_map = muc4.load_type_map()
    template = muc4.Template("M", "BOMBING", "ACCOMPLISHED", ("POWER PYLON",))
    text = "A POWER PYLON WAS BLOWN UP."
    hit = Event(
        event_type="Explosions/Remote violence",
        sub_event_type="Remote explosive/landmine/IED",
        evidence=(Evidence("target", "A POWER PYLON", 0, 13),),
    )
    wrong_type = Event(
        event_type="Battles",
        sub_event_type="Armed clash",
        evidence=(Evidence("target", "A POWER PYLON", 0, 13),),
    )
    out_of_scope = Event(event_type="Protests", sub_event_type="Peaceful protest")
    pairs = muc4.score_message([wrong_type, hit, out_of_scope], [template], type_map, text=text)
    assert (template, hit) in pairs
    assert (None, wrong_type) in pairs
    assert all(event is not out_of_scope for _, event in pairs)
    elsewhere = Event(  # right type, but its evidence is the verb, not the filler
        event_type="Explosions/Remote violence",
        sub_event_type="Remote explosive/landmine/IED",
        evidence=(Evidence("target", "BLOWN UP", 18, 26),),
    )
    assert muc4.score_message([elsewhere], [template], type_map, text=text)[0] == (template, None)


def _old_and_corrected(events, template, text):
    _, old, corrected = muc4.load_scorers()
    type_map = muc4.load_type_map()
    return [muc4.score_message(events, [template], type_map, s, text) for s in (old, corrected)]


def test_muc4_corrected_scorer_grounds_a_filler_at_every_place_it_occurs():
    text = "FMLN REBELS ATTACKED A BRIDGE. LATER THE FMLN BLEW UP A PYLON."
    template = muc4.Template("M", "BOMBING", "ACCOMPLISHED", ("FMLN",))
    second = text.rindex("FMLN")
    event = Event(
        event_type="Explosions/Remote violence",
        sub_event_type="Remote explosive/landmine/IED",
        evidence=(Evidence("actor1", "FMLN", second, second + 4),),
    )
    old, corrected = _old_and_corrected([event], template, text)
    assert old[0] == (template, None)  # the first place only
    assert corrected[0] == (template, event)


def test_muc4_corrected_scorer_counts_shelling_for_attack_and_leaves_battles_unmatched():
    text = "GUERRILLAS SHELLED THE ARMY POST."
    template = muc4.Template("M", "ATTACK", "ACCOMPLISHED", ("ARMY POST",))
    post = text.index("ARMY POST")
    shelling = Event(
        event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack",
        evidence=(Evidence("target", "THE ARMY POST", post - 4, post + 9),),
    )
    battle = Event(event_type="Battles", sub_event_type="Armed clash")
    type_map = muc4.load_type_map()
    assert muc4.primary_types(type_map, shelling) == ["BOMBING"]
    corrected = muc4.load_scorers()[-1]
    assert set(muc4.primary_types(type_map, shelling, corrected)) == {"ATTACK", "BOMBING"}
    old, fixed = _old_and_corrected([battle, shelling], template, text)
    assert (None, battle) in old
    assert (template, shelling) in fixed and all(e is not battle for _, e in fixed)


def test_muc4_unwrap_keeps_length_and_paragraphs():
    text = "   FIRST LINE OF A\nPARAGRAPH GOES ON.\n\n   SECOND\nPARAGRAPH."
    flat = muc4.unwrap(text)
    assert len(flat) == len(text)
    assert flat == "   FIRST LINE OF A PARAGRAPH GOES ON.\n\n   SECOND PARAGRAPH."
