"""The place-lexicon words that tell a place named beside an event from its scene (a facility's
town, a person's home, an apposition's container, where a cited deal was made), compiled once
per knowledge bundle from its own places.toml and passed in: no module cache of the packaged
file, so a pipeline loaded from other data reads its own words."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sitrep.places._lexicon import Lexicon


@dataclass(frozen=True)
class SceneWords:
    facility_in: re.Pattern[str]  # "<name> [one or two words] <facility noun> in|at"
    apposition_opening: re.Pattern[str]  # ", a [one or two words] community in"
    home_noun_before: re.Pattern[str]  # "<person noun> from" right before a place
    deal_nouns: frozenset[str]  # "accord", "treaty"
    deal_words: frozenset[str]  # the deal nouns and verbs: "talks" in "talks with Kyiv"


# how an apposition places the name before it: "in", "near", "on the edge of" a town
_PLACED = r"(?:in|of|near|outside|on\s+the\s+(?:edge|outskirts|fringes?)\s+of)"


def _longest_first(words: Iterable[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


def scene_words(lexicon: Lexicon) -> SceneWords:
    facilities = _longest_first(lexicon.facilities)
    apposition = _longest_first(lexicon.apposition_nouns)
    origin = _longest_first(lexicon.origin_nouns)
    return SceneWords(
        facility_in=re.compile(
            rf"\A\s+(?:[a-z][\w'-]*\s+){{0,2}}(?:{facilities})s?\s+(?:in|at)\s+\Z"
        ),
        apposition_opening=re.compile(
            rf"\A,\s+(?:a|an)\s+(?:[\w'-]+\s+){{0,2}}(?:{apposition})\s+{_PLACED}\s[^.;:,()]*\Z",
            re.I,
        ),
        home_noun_before=re.compile(rf"\b(?:{origin})\s+from\s+(?:the\s+)?\Z", re.I),
        deal_nouns=lexicon.deal_nouns,
        deal_words=lexicon.deal_nouns | lexicon.deal_verbs,
    )
