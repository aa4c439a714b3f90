"""Word-class tests shared by the time modules (the model's tags, read leniently)."""

from __future__ import annotations

from spacy.tokens import Token


def is_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")


def is_noun(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN", "PRON") or token.tag_.startswith("NN")
