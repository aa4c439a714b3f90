"""Name keys: how a place name is folded so that spelling variants meet in the index."""

from __future__ import annotations

import re
import unicodedata

# Letters that NFKD does not decompose to ASCII.
_SPECIAL = str.maketrans(
    {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ß": "ss", "æ": "ae", "œ": "oe"}
)
# Apostrophe-like marks (transliterated ayin/hamza, quotes) vanish rather than split words.
_MARKS = re.compile(r"[\u02bb\u02bc\u02be\u02bf\u2018\u2019\u0060\u00b4'ʿʾ]")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
# Transliterated Arabic articles and English "the", dropped from skeleton keys.
_ARTICLES = frozenset(
    {"al", "el", "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az", "ed", "en", "er", "es"}
    | {"et", "ez", "ul", "the"}
)
_VOWELS = re.compile(r"[aeiouy]")
_REPEATS = re.compile(r"(.)\1+")


def fold(text: str) -> str:
    """Lower-case ASCII letters and digits separated by single spaces."""
    text = _MARKS.sub("", text.lower().translate(_SPECIAL))
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _NON_ALNUM.sub(" ", text).strip()


def name_key(text: str) -> str:
    """The exact-match key of a name ("Ma'arrat an-Nu'man" -> "maarrat an numan")."""
    return fold(text)


def skeleton(key: str) -> str:
    """A loose key for transliteration variants: no articles, no inner vowels, no doubles.

    "maaret al numan" and "maarrat an numan" both give "mrt nmn".
    """
    words = [w for w in key.split() if w not in _ARTICLES]
    out = []
    for word in words:
        if word.isdigit():
            out.append(word)
            continue
        squeezed = _REPEATS.sub(r"\1", word)
        head = "*" if squeezed[0] in "aeiou" else squeezed[0]  # Idlib / Edlib
        out.append(head + _VOWELS.sub("", squeezed[1:]))
    return " ".join(out)


# The French-school spelling of an Arabic vowel and its English-school one ("Foula"/"Fula",
# "Oum"/"Um"): the gazetteer mostly holds the English ones. Our pair.
_FRENCH_U, _ENGLISH_U = "ou", "u"
# The Slavic glide (Russian/Ukrainian "й") that news writes "i" after a vowel and before a
# consonant or the end, where the gazetteer's BGN spelling has "y" ("Valuiki"/"Valuyki",
# "Kaspiisk"/"Kaspiysk"). Our rule, after BGN/PCGN romanisation.
_GLIDE_I = re.compile(r"(?<=[aeiouy])i(?=[^aeiouy ]|$| )")


def respelt(key: str) -> str | None:
    """The gazetteer-school spelling of a transliterated name, or None when it has none: the
    French "ou" of an Arabic vowel ("al foula" -> "al fula", "tarhouna" -> "tarhuna") and the
    Slavic glide "i" after a vowel ("valuiki" -> "valuyki"); only in a one-word name, or (just
    "ou") in one that opens with an Arabic article: an English phrase's "ou" ("South Sudan",
    "Mount Kenya") is no transliteration. Callers keep only notable places."""
    words = key.split()
    if not words:  # a key of marks only (an RTL mark, a lone full stop): no name to respell
        return None
    if len(words) == 1:
        english = _GLIDE_I.sub("y", key).replace(_FRENCH_U, _ENGLISH_U)
    elif words[0] in _ARTICLES - {"the"}:  # an Arabic name: no Slavic glide ("Ras al-Ain")
        english = key.replace(_FRENCH_U, _ENGLISH_U)
    else:
        return None
    return english if english != key else None


def is_latin(text: str) -> bool:
    """True when every letter of `text` is Latin (so it can occur in English copy)."""
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in text)
