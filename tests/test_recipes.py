"""The recipes of docs/architecture.md, followed step by step."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

from sitrep.knowledge import Knowledge
from sitrep.pipeline import Pipeline, capture_from_string
from sitrep.places import Gazetteer, places_in_text
from sitrep.places.gazetteer import _supplement_digest, _supplement_text, build_gazetteer

# An invented place: no gazetteer has it until the supplement row is added.
NEW_ROW = "Varnok Heights\tVarnok Hts\t35.1234\t36.5678\tRGN\tSY\tHama\t\tinvented for a test\n"
SENTENCE = "Artillery shelled positions on the Varnok Heights overnight."


def test_recipe_add_a_place(tmp_path, language):
    before = Gazetteer.open()  # the bundled supplement
    assert not any(p.name == "Varnok Heights" for p in places_in_text(SENTENCE, language, before))
    supplement = _supplement_text().rstrip("\n") + "\n" + NEW_ROW
    after = Gazetteer.open(build_gazetteer(tmp_path / "after.sqlite", supplement=supplement))
    found = [p for p in places_in_text(SENTENCE, language, after) if p.name == "Varnok Heights"]
    assert found and abs(found[0].latitude - 35.1234) < 1e-3
    assert found[0].country == "Syria"
    assert after.info()["supplement"] == _supplement_digest(supplement)


def _copy_data(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(resources.files("sitrep") / "data", data)  # type: ignore[arg-type]
    return data


def _events(knowledge, text: str):
    pipeline = Pipeline.load(knowledge=knowledge)
    return pipeline.extract_capture(capture_from_string(text, published="2025-05-08")).events


def test_recipe_add_an_event_cue(tmp_path):
    text = "A fuel depot outside Kassala was pummelled on Tuesday, residents said.\n"
    data = _copy_data(tmp_path)
    assert not _events(Knowledge.load(data), text)
    taxonomy = data / "taxonomy.toml"
    source = taxonomy.read_text("utf-8")
    anchor = 'key = "air_strike"'
    head, tail = source.split(anchor, 1)
    tail = tail.replace("cues = [", 'cues = ["pummel", ', 1)
    taxonomy.write_text(head + anchor + tail, "utf-8")
    found = [e for e in _events(Knowledge.load(data), text) if "pummelled" in _words(e)]
    assert found and found[0].sub_event_type == "Air/drone strike"


def test_recipe_add_an_actor_alias(tmp_path):
    text = "Fighters of the Crimson Banner shelled the market in Kassala on Tuesday.\n"
    data = _copy_data(tmp_path)
    actors = data / "actors.toml"
    actors.write_text(
        actors.read_text("utf-8")
        + '\n[[group]]\nname = "Crimson Banner Brigade"\nkind = "rebels"\n'
        + 'aliases = ["crimson banner"]\n',
        "utf-8",
    )
    events = _events(Knowledge.load(data), text)
    assert any(e.actor1 == "Crimson Banner Brigade" for e in events)


def _words(event) -> str:
    return " ".join(e.text for e in event.evidence if e.field == "event_type")
