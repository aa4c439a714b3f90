"""The recipes of docs/architecture.md, followed step by step."""

from __future__ import annotations

from sitrep.places import Gazetteer, places_in_text
from sitrep.places.gazetteer import _supplement_text, build_gazetteer

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
