"""The MUC-4 breakdown benchmark codes each message from drafts it caches, so its figures are
those of `sitrep eval muc4` only if it catches the drafts where the pipeline merges them."""

from __future__ import annotations

import importlib.util

from conftest import ROOT
from sitrep.evaluate import muc4
from sitrep.pipeline import Pipeline

# wire stories with several incidents and sides named across the report
MESSAGES = ("DEV-MUC3-0024", "DEV-MUC3-0125", "DEV-MUC3-0149", "DEV-MUC3-0158", "DEV-MUC3-0162")


def _breakdown():
    spec = importlib.util.spec_from_file_location(
        "muc4_breakdown", ROOT / "benchmarks" / "muc4_breakdown.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _summary(events):
    return sorted(
        (  # ordered by repr: a missing actor2 beside a named one does not compare
            (
                e.event_type,
                e.sub_event_type,
                e.actor1,
                e.actor2,
                [(v.field, v.start, v.end) for v in e.evidence],
            )
            for e in events
        ),
        key=repr,
    )


def test_breakdown_codes_each_message_as_the_pipeline_does(shared_dir):
    breakdown = _breakdown()
    wanted = [m for m in muc4.read_messages(shared_dir / "data/muc4-dev") if m.id in MESSAGES]
    assert len(wanted) == len(MESSAGES)
    drafts = dict(breakdown._drafts(wanted))
    pipeline = Pipeline.load()
    for message in wanted:
        coded = breakdown.code(message, drafts[message.id])
        extracted = pipeline.extract_article(muc4._article(message)).events
        assert _summary(coded) == _summary(extracted), message.id
