"""Word-class tests shared by the time modules (the model's tags, read leniently)."""

from __future__ import annotations

from spacy.tokens import Token

# The dependencies of a clause's subject ("troops fired", "a man was shot", "what he said").
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})


def is_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")


def is_noun(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN", "PRON") or token.tag_.startswith("NN")


_FUNCTION_POS = frozenset({"ADP", "DET", "PUNCT", "CCONJ", "PART", "NUM", "ADV", "SPACE"})


def is_function_word(token: Token) -> bool:
    """Words a phrase hangs from without saying what it modifies: "on", "the", "of"."""
    return token.pos_ in _FUNCTION_POS or token.tag_ == "IN"


def past_form(verb: Token) -> bool:
    """Simple past, or an auxiliary in the past: "attacked", "was set", "had fled"."""
    return verb.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children
    )
