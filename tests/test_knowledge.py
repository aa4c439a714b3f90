"""The knowledge bundle: loaded once from one explicit folder, with a digest that names it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sitrep.knowledge import CODING_FILES, Knowledge, default_data_dir
from sitrep.places.gazetteer import Gazetteer, GazetteerMissing


@pytest.fixture(scope="module")
def bundle() -> Knowledge:
    return Knowledge.load()


def _copy(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(default_data_dir(), data)
    return data


def test_the_digest_is_stable_and_names_every_coding_file(bundle):
    assert Knowledge.load().digest == bundle.digest
    assert set(bundle.files) == set(CODING_FILES)
    assert len(bundle.digest) == 64


def test_any_changed_file_changes_the_digest(tmp_path, bundle):
    data = _copy(tmp_path)
    assert Knowledge.load(data).digest == bundle.digest  # same bytes elsewhere: same digest
    for name in ("actors.toml", "boilerplate.toml", "gazetteer_supplement.tsv"):
        with (data / name).open("a", encoding="utf-8") as handle:
            handle.write("\n# a local edit\n")
        changed = Knowledge.load(data)
        assert changed.digest != bundle.digest, name
        assert changed.files[name] != bundle.files[name]


def test_a_missing_file_is_named(tmp_path):
    data = _copy(tmp_path)
    (data / "numbers.toml").unlink()
    with pytest.raises(FileNotFoundError, match="numbers.toml"):
        Knowledge.load(data)


def test_every_file_names_its_source(bundle):
    for name, line in bundle.sources().items():
        assert line, f"{name} names no source"


def test_a_missing_gazetteer_is_an_error_not_a_build(tmp_path):
    missing = tmp_path / "none.sqlite"
    with pytest.raises(GazetteerMissing, match="sitrep gazetteer build"):
        Gazetteer.open(missing, build=False)
    assert not missing.exists()


def test_the_pipeline_digest_covers_knowledge_and_gazetteer(bundle):
    from sitrep.pipeline import Pipeline

    pipeline = Pipeline.load(knowledge=bundle)
    assert pipeline.knowledge is bundle
    assert pipeline.digest != bundle.digest  # the gazetteer's identity is part of it
    assert pipeline.provenance["knowledge"] == pipeline.digest
    assert "places=" in pipeline.gazetteer.identity()


def test_every_actor_home_names_a_group_of_the_actor_lexicon(bundle):
    """places.toml keys armed groups by their name in actors.toml (a state's unit by the unit):
    a renamed group must not lose its home country."""
    groups = bundle.events.actors.groups
    known = {g.name for g in groups} | {g.unit for g in groups if g.unit}
    assert set(bundle.places.actor_homes) <= known


def test_the_countries_of_group_names_are_known(bundle):
    """A group's by-country names point at countries the lexicon knows as demonyms."""
    lexicon = bundle.events.actors
    countries = set(lexicon.demonyms.values())
    for group in lexicon.groups:
        assert {c for c, _ in group.names} <= countries, group.name


def test_verb_lists_are_expanded_into_their_forms_once_at_load(bundle):
    # the parse carries no lemmas: a verb list holds every inflection, so no rule guesses them
    stop = bundle.events.stop_verbs
    assert {"stop", "stopped", "stopping", "ceasing", "ceased", "ends", "renouncing"} <= stop
