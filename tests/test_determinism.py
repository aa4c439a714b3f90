"""An article codes the same whatever else is coded with it: alone in a fresh process, first
or last in a batch, in batches of other sizes, and with one or two worker processes. Any
state that leaks from one document to the next (a cache keyed too coarsely, a memo of the
model's outputs, a mutable default) shows here as an event that changes with its company."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from sitrep._parallel import extract_one, extract_stream
from sitrep.intake import Capture
from sitrep.model import Event, Extraction, Failure
from sitrep.pipeline import Pipeline, capture_from_string

SAMPLE = Path(__file__).resolve().parents[1].parent / "shared" / "samples" / "aleppo-2016.txt"

# Invented reports of several kinds and shapes: a battle with a wire dateline, a protest met
# with force, shouted wire copy, a bombing with a toll, an arrest, and no event at all.
ARTICLES = [
    "VALDORIA, Mernland (Wire) - Government troops fought rebels of the Crimson Front for hours "
    "near Valdoria on Sunday, and six fighters were killed, the army said.",
    "Hundreds of nurses marched through Kestrel Bay on Wednesday to demand back pay. Police "
    "fired tear gas and rubber bullets to disperse them, injuring several, witnesses said.",
    "TORVIK, NORDALIA, MARCH 3 - GUNMEN ON MOTORBIKES SHOT DEAD THREE VILLAGERS NEAR TORVIK ON "
    "TUESDAY NIGHT, A LOCAL OFFICIAL SAID. NO GROUP CLAIMED THE ATTACK.",
    "A car bomb exploded outside a police station in Mosul on Friday, killing nine people and "
    "wounding 20 others, Iraqi officials said. No group has claimed responsibility.",
    "Police in Nairobi arrested a prominent opposition blogger on Thursday over posts "
    "criticising the president, his lawyer said.",
    "The city council of Lindenfeld approved a new budget for road repairs on Monday, and "
    "the mayor promised the works would start in spring.",
]


def _captures() -> list[Capture]:
    texts = list(ARTICLES)
    if SAMPLE.is_file():
        texts.append(SAMPLE.read_text("utf-8"))
    return [
        capture_from_string(text, id=f"a{n}", published="2025-03-05")
        for n, text in enumerate(texts)
    ]


def _in_fresh_process(pipeline: Pipeline, capture: Capture) -> Extraction | Failure:
    """`capture` coded by a copy of `pipeline` forked for it alone: nothing coded before."""
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the forked child
        os.close(read)
        with os.fdopen(write, "wb") as out:
            pickle.dump(extract_one(pipeline, capture), out)
        os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as got:
        result = pickle.load(got)
    os.waitpid(child, 0)
    return result


def _coded(results: list[Extraction | Failure]) -> list[tuple[tuple[Event, ...], ...]]:
    assert not [r for r in results if isinstance(r, Failure)], results
    return [(r.events, r.mentions) for r in results if isinstance(r, Extraction)]


def _summary(coded: tuple[tuple[Event, ...], ...]) -> list[tuple[object, ...]]:
    """What an ACLED coder reads of each event, for a readable failure."""
    return [
        (
            e.event_type, e.sub_event_type, e.actor1, e.actor2, e.location, e.event_date,
            e.fatalities, [(v.field, v.start, v.end) for v in e.evidence],
        )
        for events in coded
        for e in events
    ]  # fmt: skip


@pytest.fixture(scope="module")
def runs() -> dict[str, list[tuple[tuple[Event, ...], ...]]]:
    pipeline = Pipeline.load()  # its own: still pristine when each article is forked alone
    captures = _captures()
    alone = [_in_fresh_process(pipeline, c) for c in captures]
    forward = pipeline.extract_batch(captures)
    backward = pipeline.extract_batch(captures[::-1])[::-1]
    one_by_one = [extract_one(pipeline, c) for c in captures[::-1]][::-1]
    pairs = [r for _, r in extract_stream(captures, 2, pipeline, batch=2)]
    threes = [r for _, r in extract_stream(captures, 1, pipeline, batch=3)]
    return {
        "alone": _coded(alone),
        "batch": _coded(forward),
        "reversed batch": _coded(backward),
        "one by one after the rest": _coded(one_by_one),
        "two workers, batches of 2": _coded(pairs),
        "one worker, batches of 3": _coded(threes),
    }


@pytest.mark.parametrize(
    "way",
    [
        "batch",
        "reversed batch",
        "one by one after the rest",
        "two workers, batches of 2",
        "one worker, batches of 3",
    ],
)
def test_an_article_codes_as_it_does_alone(runs, way: str) -> None:
    for n, (alone, other) in enumerate(zip(runs["alone"], runs[way], strict=True)):
        assert _summary(other) == _summary(alone), f"article a{n}, {way}"
        assert other == alone, f"article a{n}, {way}: same fields, other details"


def test_the_articles_hold_events_to_compare(runs) -> None:
    events = [events for events, _ in runs["alone"]]
    assert sum(len(e) for e in events) >= 4
    assert not events[5]  # the council's budget is no event


def test_the_scene_words_come_from_the_bundle_loaded(tmp_path: Path) -> None:
    """A knowledge bundle's own places.toml sets which nouns make a place a person's home, not a
    module cache of the packaged file: two bundles in one process read their own words."""
    import shutil

    from sitrep.events import load_event_knowledge
    from sitrep.knowledge import default_data_dir

    data = shutil.copytree(default_data_dir(), tmp_path / "data")
    places = data / "places.toml"
    text = places.read_text("utf-8")
    places.write_text(text.replace("origin_nouns = [", 'origin_nouns = [\n  "glassblower",', 1))
    told = "he shot a glassblower from "
    packaged, own = load_event_knowledge(), load_event_knowledge(data)
    assert own.scene_words.home_noun_before.search(told)
    assert not packaged.scene_words.home_noun_before.search(told)
