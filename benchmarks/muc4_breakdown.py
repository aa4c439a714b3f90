"""Where the extra events on MUC-4 DEV come from: each coded event as a key match, a
duplicate of a matched key (the same incident coded twice), a wrong-type event on a key's
fillers, an unscored Battles event, an event outside MUC-4's scope, or an event that matches
nothing; per message and in total, with a sample of the unmatched ones to read.

    python benchmarks/muc4_breakdown.py ../shared/data/muc4-dev --jobs 2 [--cache PATH]

With `--missed` it also lists the tune split's missed keys by cause: (a) an event of an
accepted kind exists but none of its actor/target/fatality evidence reaches a filler (its
evidence spans and the fillers are printed), (b) the event on the key's fillers is used by
another key of the message, (c) no event of an accepted kind.

The corrected figures are also printed for two splits: messages 0001-1000 ("tune", the only
ones whose events are sampled to read) and 1001-1300 ("check", scored but never read while
tuning), so a rule that only fits the messages read shows as a gap between them.

Location agreement (always printed, per split): over the matched events whose key names a
place (slot 3), the share placed in the key's country, at its most specific place (a
department or province also as the event's admin1), and at any place of its path (the city
of a neighbourhood the key names). With `--places` the tune split's events placed apart from
their key are listed (wrong country first), with the countries of its no-key events.

With `--cache PATH` the drafts (candidate events before merging) are kept in PATH after a
first run, and later runs only merge, code and score them: a change to `events/merge.py` is
measured in seconds. Delete PATH after changing anything before the merge (cues, factuality).
Figures only; timings taken on a loaded machine are not a benchmark.
"""

from __future__ import annotations

import argparse
import pickle
import random
import sys
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from sitrep.evaluate import muc4
from sitrep.model import Event

KINDS = ("matched", "duplicate", "wrong type", "no key", "battle (unscored)", "out of scope")


def _drafts(messages: Sequence[muc4.Message]) -> list[tuple[str, list[object]]]:
    """The drafts of each message, caught on their way into the merge: after the sides the
    whole report names (`name_sides`), exactly as `extract_events` merges them."""
    import sitrep.events as events
    from sitrep.pipeline import Pipeline

    caught: list[object] = []
    real = events.name_sides

    def catch(*args: object, **kwargs: object) -> list[object]:
        found = real(*args, **kwargs)  # type: ignore[arg-type]
        caught[:] = found
        return list(found)

    events.name_sides = catch  # type: ignore[assignment]
    try:
        pipeline = Pipeline.load()
        out = []
        for m in messages:
            caught.clear()
            pipeline.extract_article(muc4._article(m))
            out.append((m.id, list(caught)))
    finally:
        events.name_sides = real  # type: ignore[assignment]
    return out


def all_drafts(messages: list[muc4.Message], jobs: int, cache: Path | None) -> dict[str, list]:
    if cache is not None and cache.exists():
        return pickle.loads(cache.read_bytes())
    size = -(-len(messages) // max(jobs, 1))
    batches = [messages[i : i + size] for i in range(0, len(messages), size)]
    found: dict[str, list] = {}
    with ProcessPoolExecutor(max(jobs, 1)) as pool:
        for result in pool.map(_drafts, batches):
            found.update(result)
    if cache is not None:
        cache.write_bytes(pickle.dumps(found))
    return found


def code(message: muc4.Message, drafts: list) -> tuple[Event, ...]:
    """The message's events from its drafts, as the pipeline codes them."""
    from sitrep.events import load_event_knowledge, merge_drafts, to_event
    from sitrep.events.merge import subsumed

    knowledge = _knowledge(load_event_knowledge)
    article = muc4._article(message)
    records = [to_event(g, article, knowledge) for g in merge_drafts(drafts, subsumed(knowledge))]
    return tuple(e for e in records if e.is_event)


_KNOWLEDGE: list[object] = []


def _knowledge(load):  # noqa: ANN001, ANN202
    if not _KNOWLEDGE:
        _KNOWLEDGE.append(load())
    return _KNOWLEDGE[0]


def classify(
    message: muc4.Message,
    events: Sequence[Event],
    templates: Sequence[muc4.Template],
    type_map: muc4.TypeMap,
    scorer: muc4.Scorer,
) -> list[tuple[str, Event]]:
    """Each event's kind (see KINDS) under the scorer."""
    pairs = muc4.score_message(events, templates, type_map, scorer, message.text)
    matched = {id(e): t for t, e in pairs if t is not None and e is not None}
    spans = [muc4.filler_spans(message.text, t, every=True) for t in templates]
    out = []
    for event in events:
        if not muc4.in_scope(type_map, event):
            kind = "out of scope"
        elif id(event) in matched:
            kind = "matched"
        elif event.event_type in scorer.unscored_unmatched:
            kind = "battle (unscored)"  # the scorer leaves it out, grounded or not
        else:
            on = [t for t, s in zip(templates, spans, strict=True) if muc4.grounded(event, s)]
            same = [t for t in on if muc4.accepts(type_map, t.incident, event)]
            kind = "duplicate" if same else "wrong type" if on else "no key"
        out.append((kind, event))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--sample", type=int, default=60, help="unmatched events to print")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--per-message", action="store_true")
    parser.add_argument(
        "--missed",
        action="store_true",
        help="list the tune split's missed keys by cause (no grounding, used, no kind)",
    )
    parser.add_argument(
        "--places",
        action="store_true",
        help="list the tune split's matched events placed apart from their key, and where "
        "the no-key events are placed",
    )
    parser.add_argument(
        "--check-from",
        type=int,
        default=1001,
        help="messages from this number on are the check split: scored apart, never sampled",
    )
    args = parser.parse_args(argv)
    type_map = muc4.load_type_map()
    scorer = muc4.load_scorers()[-1]
    messages = list(muc4.read_messages(args.folder))
    templates: dict[str, list[muc4.Template]] = {}
    for t in muc4.read_templates(args.folder):
        if t.stage.strip() != "THREATENED":
            templates.setdefault(t.message, []).append(t)
    drafts = all_drafts(messages, args.jobs, args.cache)
    totals: Counter[str] = Counter()
    unmatched: list[tuple[str, str, Event]] = []
    score, old = muc4.Score(), muc4.Score()
    splits = {"tune": muc4.Score(), "check": muc4.Score()}
    missed: list[tuple[str, str, muc4.Template, list[Event]]] = []
    places = {"tune": Places(), "check": Places()}
    for m in messages:
        split = "check" if int(m.id.rsplit("-", 1)[1]) >= args.check_from else "tune"
        keys = templates.get(m.id, [])
        events = code(m, drafts[m.id])
        for template, event in muc4.score_message(events, keys, type_map, muc4.OLD, m.text):
            old.gold += template is not None
            old.predicted += event is not None
            old.true_positive += template is not None and event is not None
        kinds = classify(m, events, keys, type_map, scorer)
        places[split].add(m.id, muc4.score_message(events, keys, type_map, scorer, m.text))
        places[split].no_key.update(e.country or "(none)" for k, e in kinds if k == "no key")
        counts = Counter(k for k, _ in kinds)
        totals.update(counts)
        score.gold += len(keys)
        score.true_positive += counts["matched"]
        scored = sum(counts[k] for k in ("matched", "duplicate", "wrong type", "no key"))
        score.predicted += scored
        part = splits[split]
        part.gold += len(keys)
        part.true_positive += counts["matched"]
        part.predicted += scored
        if split == "tune":
            unmatched += [
                (m.id, k, e) for k, e in kinds if k in ("duplicate", "no key", "wrong type")
            ]
        if split == "tune" and args.missed:
            missed += missed_keys(m.id, events, keys, type_map, scorer, m.text)
        if args.per_message and len(kinds) > len(keys):
            print(m.id, len(keys), dict(counts))
    n = len(messages)
    events = sum(totals.values())
    print(f"{n} messages, {score.gold} key templates ({score.gold / n:.2f} per message)")
    print(f"{events} events ({events / n:.2f} per message; target <= {1.3 * score.gold / n:.2f})")
    for kind in KINDS:
        print(f"  {kind:18} {totals[kind]:5}  {totals[kind] / n:.2f} per message")
    print(
        f"corrected scorer: P {score.precision:.3f} R {score.recall:.3f} F1 {score.f1:.3f} "
        f"(predicted {score.predicted}, matched {score.true_positive})"
    )
    print(
        f"old scorer:       P {old.precision:.3f} R {old.recall:.3f} F1 {old.f1:.3f} "
        f"(predicted {old.predicted}, matched {old.true_positive})"
    )
    for name, part in splits.items():
        print(
            f"  {name} split: P {part.precision:.3f} R {part.recall:.3f} F1 {part.f1:.3f} "
            f"(predicted {part.predicted}, matched {part.true_positive}, gold {part.gold})"
        )
    for name, agreement in places.items():
        print(f"  {name} split places: {agreement.summary()}")
    _print_sample(unmatched, {m.id: m for m in messages}, args.sample, args.seed)
    if args.places:
        _print_places(places["tune"], {m.id: m for m in messages})
    if args.missed:
        _print_missed(missed, {m.id: m for m in messages})
    return 0


class Places:
    """Location agreement of the matched events with their keys' slot 3 (keys naming a place
    only): the country, the key's most specific place, and any place on the key's path."""

    def __init__(self) -> None:
        self.keyed = self.country = self.place = self.on_path = 0
        self.apart: list[tuple[str, muc4.Template, Event, bool]] = []  # (message, key, event,
        # whether the country agrees) for every event placed apart from the most specific place
        self.no_key: Counter[str] = Counter()  # the countries the no-key events are placed in

    def add(self, mid: str, pairs: Sequence[tuple[muc4.Template | None, Event | None]]) -> None:
        for template, event in pairs:
            if template is None or event is None or not template.location:
                continue
            country = muc4.country_agrees(event, template)
            place = muc4.place_agrees(event, template)
            self.keyed += 1
            self.country += country
            self.place += place
            self.on_path += muc4.place_agrees(event, template, on_path=True)
            if not place:
                self.apart.append((mid, template, event, country))

    def summary(self) -> str:
        n = max(self.keyed, 1)
        return (
            f"country {self.country / n:.3f} ({self.country}/{self.keyed}), "
            f"place {self.place / n:.3f} ({self.place}), on the key's path "
            f"{self.on_path / n:.3f} ({self.on_path})"
        )


def _print_places(places: Places, messages: dict[str, muc4.Message]) -> None:
    """The tune split's matched events placed apart from their key (wrong country first), and
    the countries of its no-key events."""
    print(f"\nmatched events placed apart from the key (tune split): {len(places.apart)}")
    for mid, template, event, country in sorted(places.apart, key=lambda x: (x[3], x[0])):
        key = " / ".join(
            ": ".join([k.country, *(f"{n} ({kind})" for n, kind in k.places)])
            for k in template.location
        )
        flag = "place" if country else "COUNTRY"
        print(
            f"\n[{flag}] {mid} {event.sub_event_type} @ {event.location} ({event.country}, "
            f"{event.admin1}); key: {key}"
        )
        print(f"   {_sentence(messages[mid].text, event)[:300]}")
    print("\nno-key events by country (tune split):")
    for country, n in places.no_key.most_common():
        print(f"  {n:4}  {country}")


MISSED = {
    "evidence": "(a) an event of an accepted kind, none of its evidence on a filler",
    "used": "(b) an event on the key's fillers, used by another key of the message",
    "no kind": "(c) no event of an accepted kind in the message",
}


def missed_keys(
    mid: str,
    events: Sequence[Event],
    keys: Sequence[muc4.Template],
    type_map: muc4.TypeMap,
    scorer: muc4.Scorer,
    text: str,
) -> list[tuple[str, str, muc4.Template, list[Event]]]:
    """Each key of the message that no event matched, with its cause (see MISSED) and the
    events of an accepted kind that could have answered it."""
    pairs = muc4.score_message(events, keys, type_map, scorer, text)
    out = []
    for template, event in pairs:
        if template is None or event is not None:
            continue
        kind = [
            e
            for e in events
            if muc4.in_scope(type_map, e) and muc4.accepts(type_map, template.incident, e)
        ]
        spans = muc4.filler_spans(text, template, every=True)
        on = [e for e in kind if muc4.grounded(e, spans)]
        cause = "no kind" if not kind else "used" if on else "evidence"
        out.append((cause, mid, template, on or kind))
    return out


def _print_missed(
    missed: list[tuple[str, str, muc4.Template, list[Event]]], messages: dict[str, muc4.Message]
) -> None:
    """The missed keys of the tune split by cause: the key's fillers, and each candidate
    event's trigger sentence and evidence spans (field, offset, words)."""
    counts = Counter(cause for cause, *_ in missed)
    print(f"\nmissed keys (tune split): {len(missed)}")
    for cause, title in MISSED.items():
        print(f"  {title}: {counts[cause]}")
    for cause, title in MISSED.items():
        print(f"\n=== {title}")
        for _, mid, template, events in (x for x in missed if x[0] == cause):
            fills = "; ".join(dict.fromkeys(template.fills)) or "(no filler)"
            print(f"\n{mid} {template.incident}: {fills}")
            for event in events:
                print(f"  - {event.sub_event_type} @ {event.location}")
                print(f"    {_sentence(messages[mid].text, event)[:240]}")
                for ev in event.evidence:
                    if ev.field in muc4.EVENT_FIELDS:
                        print(f"    {ev.field}: {' '.join(ev.text.split())[:80]!r} @{ev.start}")


def _print_sample(
    unmatched: list[tuple[str, str, Event]], messages: dict[str, muc4.Message], k: int, seed: int
) -> None:
    """A reproducible sample of unmatched events, each with its trigger's sentence."""
    for mid, kind, event in random.Random(seed).sample(unmatched, min(k, len(unmatched))):
        text = messages[mid].text
        sentence = _sentence(text, event)
        if not sentence:
            continue
        print(f"\n[{kind}] {mid} {event.sub_event_type} @ {event.location} {event.event_date}")
        print(f"   {sentence[:300]}")


def _sentence(text: str, event: Event) -> str:
    """The sentence of the event's first trigger, on one line ("" without a trigger)."""
    trig = next((ev for ev in event.evidence if ev.field == "event_type"), None)
    if trig is None:
        return ""
    start = max(text.rfind(".", 0, trig.start), text.rfind("\n", 0, trig.start)) + 1
    end = text.find(".", trig.end)
    return " ".join(text[start : end if end > 0 else None].split())


if __name__ == "__main__":
    sys.exit(main())
