"""Builds the stages once (model, gazetteer, lexicons) and runs them; no global state.

intake -> language -> places -> time -> events. Each stage is a function over records;
this module only wires them and times them.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import itertools
import logging
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from spacy.tokens import Doc

from sitrep import __version__
from sitrep.events import extract_events
from sitrep.events.detect import has_cue
from sitrep.events.setting import actor_homes
from sitrep.intake import Capture, IntakeError, to_article
from sitrep.knowledge import Knowledge, bundle_digest
from sitrep.language import Language
from sitrep.model import Article, Event, Extraction, Failure, Passage, Place
from sitrep.places import Gazetteer, locate
from sitrep.places.header import header_countries, header_places
from sitrep.time import document_anchor, find_times

log = logging.getLogger(__name__)
BATCH = 16  # documents per pass of the language model
T = TypeVar("T")


@dataclass
class Pipeline:
    language: Language
    gazetteer: Gazetteer
    knowledge: Knowledge
    seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))

    @classmethod
    def load(
        cls,
        *,
        knowledge: Knowledge | None = None,
        data_dir: Path | None = None,
        gazetteer: Path | None = None,
        prefilter: bool = True,
    ) -> Pipeline:
        """Load every stage once, from explicit places: the knowledge bundle (or the data
        directory to read it from; the packaged data by default) and the gazetteer index (its
        default location unless given). A missing index is an error, never an implicit build:
        run `sitrep gazetteer build` (the CLI does it once, saying so).

        With `prefilter`, only sentences holding an event cue get the full parse (the rest get
        entities only): the same events, at a fraction of the cost.
        """
        knowledge = knowledge or Knowledge.load(data_dir)
        hot = functools.partial(has_cue, knowledge=knowledge.events) if prefilter else None
        places = Gazetteer.open(gazetteer, lexicon=knowledge.places, build=False)
        events = knowledge.events
        language = Language.load(
            hot, events.dateline, events.ally_verbs, events.past_only, events.whole_words
        )
        return cls(language, places, knowledge)

    @property
    def digest(self) -> str:
        """What codes events here: the knowledge bundle and the gazetteer's content."""
        return bundle_digest(self.knowledge.files, self.gazetteer.identity())

    @property
    def provenance(self) -> dict[str, str]:
        """Recorded with every coded event: sitrep's version and the knowledge digest."""
        return {"sitrep": __version__, "knowledge": self.digest}

    def _timed(self, stage: str, work: Callable[[], T]) -> T:
        started = time.perf_counter()
        try:
            return work()
        finally:
            self.seconds[stage] += time.perf_counter() - started

    def _places(
        self, passages: Sequence[Passage], docs: Sequence[Doc], original: str = ""
    ) -> tuple[Place, ...]:
        """The article's places (first those of a header line outside the passages), with
        the home countries of the armed groups it names and the countries of a header line's
        places as evidence for ambiguous names."""
        actors = self.knowledge.events.actors
        known, states = self.knowledge.places.actor_homes, self.gazetteer.country_codes
        homes = actor_homes(passages, actors, known, states) if actors else {}
        for cc, n in header_countries(original, passages, self.gazetteer).items():
            homes[cc] = homes.get(cc, 0) + n
        header = header_places(original, passages, self.gazetteer)
        return header + locate(passages, docs, self.gazetteer, homes)

    def extract_article(self, article: Article) -> Extraction:
        passages = article.passages()
        docs = self._timed("language", lambda: self.language.parse(p.text for p in passages))
        return self._analyse(article, passages, docs)

    def _analyse(
        self, article: Article, passages: Sequence[Passage], docs: list[Doc]
    ) -> Extraction:
        """Everything after the language model, for one article."""
        places = self._timed("places", lambda: self._places(passages, docs, article.original))
        words = self.knowledge.time_words
        anchor = document_anchor(article, words=words)
        times = self._timed(
            "time",
            lambda: tuple(
                t
                for p, d in zip(passages, docs, strict=True)
                for t in find_times(p, d, anchor, words=words)
            ),
        )
        events, mentions = self._timed(
            "events",
            lambda: extract_events(
                article, passages, docs, places, times, anchor, self.knowledge.events
            ),
        )
        log.debug(
            "%s: %d events, %d mentions, %d places, %d times; anchor %s (%s)",
            article.id, len(events), len(mentions), len(places), len(times), anchor.date,
            anchor.reason,
        )  # fmt: skip
        return Extraction(
            article, _with_ids(events, article), _with_ids(mentions, article), places, times,
            anchor.date,
        )  # fmt: skip

    def extract_capture(self, capture: Capture) -> Extraction:
        article = self._timed("intake", lambda: to_article(capture, self.knowledge.intake))
        return self.extract_article(article)

    def extract_many(
        self, captures: Iterable[Capture | IntakeError | Failure], batch: int = BATCH
    ) -> Iterator[Extraction | Failure]:
        """Extract in order, `batch` documents at a time; a bad document becomes its
        `Failure`, the rest go on."""
        stream = (as_item(c) for c in captures)
        while chunk := list(itertools.islice(stream, batch)):
            yield from self.extract_batch(chunk)

    def extract_batch(self, items: Sequence[Capture | Failure]) -> list[Extraction | Failure]:
        """Extract several documents with one pass of the language model over all of them
        (it runs faster on larger batches). One result per item, in order, never an
        exception: a document that fails, for whatever reason, becomes its `Failure`."""
        results: list[Article | Extraction | Failure] = [self._intake(i) for i in items]
        good = [(n, a, a.passages()) for n, a in enumerate(results) if isinstance(a, Article)]
        texts = [p.text for _, _, passages in good for p in passages]
        try:
            docs = iter(self._timed("language", lambda: self.language.parse(texts)))
        except Exception as error:  # one document the model chokes on: find it, alone
            if len(good) > 1:
                return [r for item in items for r in self.extract_batch([item])]
            failed = Failure(items[good[0][0]].source, describe(error))
            return [failed if isinstance(r, Article) else r for r in results]
        for n, article, passages in good:
            own = [next(docs) for _ in passages]
            results[n] = _guarded(
                items[n], functools.partial(self._analyse, article, passages, own)
            )
        return [r for r in results if not isinstance(r, Article)]  # every article is done

    def _intake(self, item: Capture | Failure) -> Article | Failure:
        if isinstance(item, Failure):
            return item
        work = functools.partial(to_article, item, self.knowledge.intake)
        return _guarded(item, lambda: self._timed("intake", work))


def as_item(item: Capture | IntakeError | Failure) -> Capture | Failure:
    return Failure(item.source, item.reason) if isinstance(item, IntakeError) else item


def describe(error: BaseException) -> str:
    """An exception in one line: its type and the first line of its message."""
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[0]}" if text else type(error).__name__


def _guarded(item: Capture | Failure, work: Callable[[], T]) -> T | Failure:
    """The result of `work`, or this one document's `Failure`, so a batch goes on."""
    try:
        return work()
    except IntakeError as error:
        return Failure(error.source, error.reason)
    except Exception as error:  # any bug in one document fails that document
        log.debug("%s: internal error", item.source, exc_info=error)
        return Failure(item.source, describe(error))


def capture_from_string(
    text: str, *, id: str | None = None, url: str | None = None, published: str | None = None
) -> Capture:
    """A capture of text handed over in memory (HTML is recognised by its first tag).

    `published` is read by `intake.published` (RFC 2822, ISO 8601, written dates); one that
    is no date raises `IntakeError` naming the field.
    """
    from sitrep.intake.published import DateError, parse_published

    try:
        published = parse_published(published)
    except DateError as err:
        raise IntakeError(id or "<string>", str(err)) from None
    raw = text.encode("utf-8")
    sha = hashlib.sha256(raw).hexdigest()
    head = text.lstrip()[:200].lower()
    is_html = head.startswith(("<!doctype html", "<html")) or "<body" in head
    return Capture(
        id=id or sha[:12], source=id or "<string>", raw=raw, text=text, sha256=sha,
        kind="html" if is_html else "text", url=url, published=published,
    )  # fmt: skip


def _with_ids(events: Iterable[Event], article: Article) -> tuple[Event, ...]:
    """Give each event a stable id from its article and its coded fields."""
    out = []
    for event in events:
        if not event.event_id:
            key = "|".join(
                str(v)
                for v in (
                    article.sha256, event.event_type, event.sub_event_type, event.actor1,
                    event.actor2, event.location, event.event_date, event.factuality,
                    event.evidence[0].start if event.evidence else "",
                )
            )  # fmt: skip
            event = dataclasses.replace(event, event_id=hashlib.sha1(key.encode()).hexdigest()[:16])
        if not event.article_id:
            event = dataclasses.replace(event, article_id=article.id)
        out.append(event)
    return tuple(out)
