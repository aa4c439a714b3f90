"""How often an event on MUC-4 DEV (all-capitals wire copy) is set at a word that is no place:
a word of a person's name, a street or building, or a common English word.

    python benchmarks/caps_places.py ../shared/data/muc4-dev --jobs 2 [--cache PATH]

Only the tune split (messages 0001-1000) is read; the check split is never opened. Each
event's location evidence is classed by its neighbours in the message: "person" when the word
follows a given name or a title (GENERAL, FATHER, MR., ...) there or anywhere else in the
message; "street" when a street word follows or precedes it ("... STREET", "AVENIDA ...") or
the word is a street or facility word itself ("AIRPORT"); "common word" when the word is one
of the English dictionary the language model ships (which also holds famous places: Bogota,
Guatemala); else "place".
The cache is the one of `muc4_breakdown.py` (the drafts, before merging). Figures only.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import muc4_breakdown as breakdown  # noqa: E402

from sitrep.evaluate import muc4  # noqa: E402
from sitrep.places._lexicon import load_lexicon  # noqa: E402

KINDS = ("person", "street", "common word", "place")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*|[^\sA-Za-z]")  # words, and each other mark alone


def words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]


def _before(found: list[tuple[int, int, str]], i: int) -> str:
    """The word before word i ("MR. X": the title, over its full stop); "" after a mark."""
    k = i - 1
    if k >= 0 and found[k][2] == "." and k >= 1 and len(found[k - 1][2]) <= 4:
        k -= 1  # "MR. X", "GEN. X"
    return found[k][2] if k >= 0 and found[k][2][:1].isalpha() else ""


def person_words(text: str, given: frozenset[str], titles: frozenset[str]) -> set[str]:
    """Words of the message that follow a given name or a title somewhere in it."""
    found = words(text)
    return {
        found[i][2]
        for i in range(1, len(found))
        if found[i][2][:1].isalpha() and _before(found, i) in given | titles
    }


def classify(
    text: str,
    span: tuple[int, int],
    people: set[str],
    lexicon,
    dictionary: frozenset[str],  # noqa: ANN001
) -> str:
    start, end = span
    found = words(text)
    inside = [i for i, (s, e, _) in enumerate(found) if s < end and start < e]
    if not inside:
        return "place"
    first, last = inside[0], inside[-1]
    name = [found[i][2] for i in inside]
    before = _before(found, first)
    after = found[last + 1][2] if last + 1 < len(found) else ""
    if before in lexicon.given_names or before in lexicon.titles:
        return "person"
    if len(name) == 1 and name[0] in people:
        return "person"
    if after in lexicon.street_after or before in lexicon.street_before:
        return "street"
    if name[-1] in lexicon.facilities or name[-1] in lexicon.street_before:
        return "street"
    if len(name) == 1 and (name[0] in dictionary or name[0].rstrip("s") in dictionary):
        return "common word"
    return "place"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--show", type=int, default=40, help="non-places to print")
    args = parser.parse_args(argv)
    from sitrep.language import english_words

    dictionary = english_words()
    lexicon = load_lexicon()
    messages = [m for m in muc4.read_messages(args.folder) if int(m.id.rsplit("-", 1)[1]) < 1001]
    cache = args.cache if args.cache is not None and args.cache.exists() else None
    drafts = breakdown.all_drafts(messages, args.jobs, cache)  # never writes a partial cache
    counts: Counter[str] = Counter()
    shown: list[str] = []
    events = 0
    for m in messages:
        people = person_words(m.text, lexicon.given_names, lexicon.titles)
        for event in breakdown.code(m, drafts[m.id]):
            events += 1
            where = next((ev for ev in event.evidence if ev.field == "location"), None)
            if where is None:
                continue
            kind = classify(m.text, (where.start, where.end), people, lexicon, dictionary)
            counts[kind] += 1
            if kind != "place":
                line = " ".join(m.text[max(0, where.start - 40) : where.end + 30].split())
                shown.append(f"[{kind}] {m.id} {event.location!r}: ...{line}...")
    located = sum(counts.values())
    print(f"tune split: {len(messages)} messages, {events} events, {located} with a location")
    for kind in KINDS:
        print(f"  {kind:12} {counts[kind]:5}  {counts[kind] / max(located, 1):.3f}")
    for line in shown[: args.show]:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
