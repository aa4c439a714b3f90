"""Cue phrases to regular expressions: inflections, hyphen/space variants, gaps, case.

The language stage runs without spaCy's lemmatizer, so cues are expanded into their inflected
forms once, at load time, and matched on lower-cased text (which also copes with wire copy in
capitals).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping

VOWELS = "aeiou"
# "..." in a cue: up to four words in between, or an aside between commas ("agreed, through
# elders of both sides, to reopen"): the aside leaves the phrase whole
GAP = r"(?:(?:[\s\-]+[^\s]+){0,4}?[\s\-]+|,[^,.;:()\n]{1,60},\s+)"
JOIN = r"[\s\-]*"  # between two words of a cue: space, hyphen or nothing


def fold(text: str) -> str:
    """Lower-case without changing length, with typographic apostrophes made plain."""
    low = text.lower()
    if len(low) == len(text) and "\u03a3" not in text:  # no letter grew, no final sigma
        return low.replace("\u2019", "'").replace("\u2018", "'")
    out = []
    for ch in text:
        low = ch.lower()
        out.append(low if len(low) == 1 else ch)
    return "".join(out).replace("\u2019", "'").replace("\u2018", "'")


def in_capitals(text: str) -> bool:
    """Copy written mostly in capitals (wire copy), where case tells no name apart."""
    return sum(c.isupper() for c in text) > sum(c.islower() for c in text)


def inflections(word: str, irregular: Mapping[str, Iterable[str]]) -> set[str]:
    """The word with its regular -s/-ed/-ing forms and any irregular ones."""
    forms = {word, *irregular.get(word, ())}
    if not word.isalpha() or len(word) < 3:
        return forms
    if word.endswith("e"):
        forms |= {word + "s", word + "d", word[:-1] + "ing"}
    elif word.endswith("y") and word[-2] not in VOWELS:
        forms |= {word[:-1] + "ies", word[:-1] + "ied", word + "ing"}
    elif word.endswith(("s", "x", "z", "ch", "sh")):
        forms |= {word + "es", word + "ed", word + "ing"}
    else:
        forms |= {word + "s", word + "ed", word + "ing"}
        if word[-1] not in VOWELS + "wxy" and word[-2] in VOWELS and word[-3] not in VOWELS:
            forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return forms


def plurals(word: str) -> set[str]:
    """A noun and its plural (for actor aliases)."""
    if not word.isalpha() or len(word) < 3:
        return {word}
    if word.endswith("y") and word[-2] not in VOWELS:
        return {word, word[:-1] + "ies"}
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return {word, word + "es"}
    if word.endswith("man"):
        return {word, word[:-3] + "men"}
    return {word, word + "s"}


def cue_pattern(
    cue: str, irregular: Mapping[str, Iterable[str]], *, nouns_only: bool = False
) -> str:
    """The regex source for one cue (see the syntax note in taxonomy.toml)."""
    words = fold(cue).split()
    parts: list[str] = []
    for i, word in enumerate(words):
        if word == "...":
            parts.append(GAP)
            continue
        if i and words[i - 1] != "...":
            parts.append(JOIN)
        if word.startswith("="):
            forms = {word[1:]}
        elif nouns_only:
            forms = plurals(word) if i == len(words) - 1 else {word}
        else:
            forms = inflections(word, irregular)
        parts.append(
            "(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + ")"
        )
    return "".join(parts)


def compile_cues(
    cues: Iterable[str], irregular: Mapping[str, Iterable[str]], *, nouns_only: bool = False
) -> re.Pattern[str] | None:
    """One pattern matching any of the cues as whole words (longest alternative first)."""
    sources = sorted(
        {cue_pattern(c, irregular, nouns_only=nouns_only) for c in cues}, key=len, reverse=True
    )
    if not sources:
        return None
    return re.compile(r"(?<![\w])(?:" + "|".join(sources) + r")(?![\w])")


def first_literals(cues: Iterable[str], *, nouns_only: bool = False) -> tuple[str, ...]:
    """Text that every match of `compile_cues(cues, {}, nouns_only=...)` holds, one per cue:
    the longest of its words (for a word with several forms, their common start), since every
    word of a cue is matched as written. () when some cue gives none: always run the pattern."""
    out = set()
    for cue in cues:
        words = fold(cue).split()
        literals = [
            _common_start(word, last=n == len(words) - 1, nouns_only=nouns_only)
            for n, word in enumerate(words)
            if word != "..."
        ]
        literal = max(literals, key=len, default="")
        if not literal:
            return ()
        out.add(literal)
    return tuple(sorted(out))


def _common_start(word: str, *, last: bool, nouns_only: bool) -> str:
    """What all forms of one cue word begin with (as `cue_pattern` inflects it)."""
    if word.startswith("="):
        return word[1:]
    if nouns_only:
        return os.path.commonprefix(sorted(plurals(word))) if last else word
    return os.path.commonprefix(sorted(inflections(word, {})))


def has_any(pattern: re.Pattern[str] | None, text: str) -> bool:
    return bool(pattern and pattern.search(fold(text)))
