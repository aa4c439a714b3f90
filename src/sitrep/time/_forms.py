"""Word forms of cue lemmas: the spaCy model runs without a lemmatizer, so we match forms."""

from __future__ import annotations

_VOWELS = "aeiou"


def verb_forms(lemma: str, irregular: dict[str, list[str]]) -> set[str]:
    """The lemma, its regular -s/-ed/-ing forms and any listed irregular forms (lower case).

    Multi-word lemmas ("call off") inflect their first word. Over-generation ("planed") is
    harmless: the forms are only ever compared with words of a parsed sentence.
    """
    head, _, rest = lemma.lower().partition(" ")
    forms = {head, *irregular.get(head, ())} | _regular(head)
    return {f"{f} {rest}" if rest else f for f in forms}


def _regular(word: str) -> set[str]:
    out: set[str] = set()
    if word.endswith("e") and not word.endswith("ee"):
        stem = word[:-1]
        out |= {word + "s", word + "d", stem + "ing"}
    elif word.endswith("y") and len(word) > 2 and word[-2] not in _VOWELS:
        out |= {word[:-1] + "ies", word[:-1] + "ied", word + "ing"}
    elif word.endswith(("s", "sh", "ch", "x", "z")):
        out |= {word + "es", word + "ed", word + "ing"}
    else:
        out |= {word + "s", word + "ed", word + "ing"}
        if _doubles(word):
            out |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return out


def _doubles(word: str) -> bool:
    """Consonant-vowel-consonant endings double before -ed/-ing: plan, planned."""
    return (
        len(word) >= 3
        and word[-1] not in _VOWELS + "wxy"
        and word[-2] in _VOWELS
        and word[-3] not in _VOWELS
    )
