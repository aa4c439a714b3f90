"""MUC-4 DEV (1,300 wire messages on Latin American political violence, 1989-90), scored at
the incident level against the key templates, with MUC-4 incident types mapped to ACLED types
(`data/muc4_types.toml`).

A predicted event matches a key template of the same message when its ACLED type answers the
template's incident type and the event is grounded in the template: the evidence of one of its
actors, its target or its fatalities overlaps a place where one of the template's perpetrator
or target strings (slots 9, 10, 12, 18, 19) occurs in the message. Matching is one to one,
events of the template's own (primary) type first. Templates whose only stage is THREATENED are
left out (ACLED codes no threats); messages without templates are kept, so events found in them
count against precision. Events whose ACLED type answers no MUC-4 incident type (arrests,
agreements, displacement, ...) are outside MUC-4's scope: counted apart, not scored.

Two scorers are printed. The old one grounds a filler only at the first place its string occurs
(where the keys' offsets point), counts shelling and grenade events for BOMBING only, and scores
every event. The corrected one, as an impartial scorer would: a filler counts at every place its
string occurs; shelling and grenade events count for ATTACK as well as BOMBING; a Battles event
that matches no key is left unscored (MUC-4 leaves military-versus-guerrilla fighting out by
design). The corrections are data (`[corrected]` in `muc4_types.toml`).
"""

from __future__ import annotations

import re
import time
import tomllib
import unicodedata
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path

from rich.console import Console
from rich.table import Table

from sitrep.model import Article, Event, OffsetMap

DATA = Path(__file__).resolve().parents[1] / "data" / "muc4_types.toml"
MESSAGE_START = re.compile(r"^(DEV-MUC3-\d{4})\b[^\n]*$", re.M)
SLOT_LINE = re.compile(r"^(\d+)\.\s+[A-Z ]+:[A-Z :]+?\s{2,}(.*)$")
HARD_WRAP = re.compile(r"(?<=\S)\n(?=\S)")
QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')
DATELINE = re.compile(r"(\d{1,2}) ([A-Z]{3}) (\d{2})\b")
MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
ENTITY_SLOTS = {9, 10, 12, 18, 19}
EVENT_FIELDS = {"actor1", "actor2", "assoc_actor_1", "assoc_actor_2", "target", "fatalities"}


@dataclass(frozen=True)
class Message:
    id: str
    text: str
    published: str | None


@dataclass(frozen=True)
class Template:
    message: str
    incident: str
    stage: str
    fills: tuple[str, ...]  # perpetrator and target strings
    location: tuple[KeyPlace, ...] = ()  # slot 3: the incident's place, each alternative


@dataclass
class Score:
    true_positive: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.true_positive / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positive / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    """One scorer's figures over the messages."""

    scorer: str = ""
    total: Score = field(default_factory=Score)
    by_type: dict[str, Score] = field(default_factory=dict)
    by_message: dict[str, Score] = field(default_factory=dict)
    seconds: float = 0.0
    out_of_scope: int = 0
    unscored: int = 0  # in scope, matched no key, of a type the scorer leaves out then
    events: int = 0  # every event coded, in scope or not


def load_type_map(path: Path = DATA) -> dict[str, dict[str, list[str]]]:
    """MUC-4 incident types and the ACLED labels they accept (the scorers' fixes apart)."""
    data = tomllib.loads(path.read_text("utf-8"))
    data.pop("corrected", None)
    return data


def read_messages(folder: Path) -> Iterator[Message]:
    for path in sorted(folder.glob("dev-muc3-*")):
        text = path.read_text("latin-1")
        starts = list(MESSAGE_START.finditer(text))
        for i, m in enumerate(starts):
            end = starts[i + 1].start() if i + 1 < len(starts) else len(text)
            body = unwrap(text[m.end() : end].strip("\n"))
            yield Message(m.group(1), body, _dateline_date(body))


def unwrap(text: str) -> str:
    """Undo the 70-column hard wrap of the wire copy (a line break inside a paragraph becomes a
    space: same length, so offsets hold); paragraph breaks (blank or indented line) stay."""
    return HARD_WRAP.sub(" ", text)


def _dateline_date(body: str) -> str | None:
    m = DATELINE.search(body[:200])
    if not m or m.group(2) not in MONTHS:
        return None
    year = 1900 + int(m.group(3))
    try:
        return date(year, MONTHS.index(m.group(2)) + 1, int(m.group(1))).isoformat()
    except ValueError:
        return None


def read_templates(folder: Path) -> list[Template]:
    templates = []
    for path in sorted(folder.glob("key-dev-*.muc4")):
        for block in re.split(r"\n(?=0\.\s+MESSAGE: ID)", path.read_text("latin-1")):
            template = _parse_template(block)
            if template is not None:
                templates.append(template)
    return templates


def _parse_template(block: str) -> Template | None:
    slots: dict[int, list[str]] = {}
    current = None
    for line in block.splitlines():
        m = SLOT_LINE.match(line)
        if m:
            current = int(m.group(1))
            slots[current] = [m.group(2).strip()]
        elif current is not None and line.strip():
            slots[current].append(line.strip())
    if 0 not in slots or 4 not in slots:
        return None
    incident = slots[4][0].strip().lstrip("?").strip()
    if incident in ("*", "-", ""):
        return None
    message = slots[0][0].split()[0]
    fills = tuple(
        q.replace('\\"', "")
        for n in ENTITY_SLOTS
        for line in slots.get(n, [])
        for q in QUOTED.findall(line)
    )
    stage = " ".join(slots.get(5, [""]))
    location = parse_location(" ".join(slots.get(3, [""])))
    return Template(message, incident, stage, fills, location)


@dataclass(frozen=True)
class KeyPlace:
    """One reading of a key's incident location: the country and the places named under it,
    widest first, each as (name, kind), e.g. ("ANTIOQUIA", "DEPARTMENT")."""

    country: str
    places: tuple[tuple[str, str], ...] = ()


KEY_PLACE = re.compile(r"^(.*?)\s*\(([A-Z ]+)\)$")


def parse_location(slot: str) -> tuple[KeyPlace, ...]:
    """Slot 3's readings: alternatives split on '/', a route 'A (CITY) - B (CITY)' read as
    either end; '*' or '-' is none. `COUNTRY: PLACE (KIND): PLACE (KIND)`, widest first."""
    readings: list[KeyPlace] = []
    for part in slot.strip().lstrip("?").split(" / "):
        part = part.strip().lstrip("?").strip()
        if part.startswith("(") and part.endswith(")"):
            part = part[1:-1].strip()
        if part in ("", "*", "-"):
            continue
        country, *path = [p.strip() for p in part.split(":")]
        ends: list[list[tuple[str, str]]] = [[]]
        for step in path:
            options = [_key_place(o) for o in step.split(" - ")]
            ends = [e + [o] for e in ends for o in options]
        readings += [KeyPlace(country, tuple(e)) for e in ends]
    return tuple(readings)


def _key_place(text: str) -> tuple[str, str]:
    m = KEY_PLACE.match(text.strip())
    return (m.group(1).strip(), m.group(2).strip()) if m else (text.strip(), "")


REGION_KINDS = frozenset({"DEPARTMENT", "PROVINCE", "STATE", "REGION"})
ADMIN_WORDS = re.compile(r"^(DEPARTAMENTO|PROVINCIA|DEPARTMENT|PROVINCE) (DE |DEL )?|"
                         r" (DEPARTMENT|PROVINCE|DEPARTAMENTO)$")  # fmt: skip


def place_key(name: str | None) -> str:
    """A place name compared loosely: no accents, case, punctuation or administrative word."""
    if not name:
        return ""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().upper()
    words = " ".join(re.sub(r"[^A-Z0-9]+", " ", plain).split())
    return ADMIN_WORDS.sub("", words).strip()


def country_agrees(event: Event, template: Template) -> bool:
    return any(place_key(event.country) == place_key(k.country) for k in template.location)


def place_agrees(event: Event, template: Template, on_path: bool = False) -> bool:
    """The event's place is the key's most specific place (a department or province also
    when it is the event's admin1; a country alone when the countries agree). With `on_path`,
    any place of the key's path counts (the city of a neighbourhood the key names)."""
    here = _event_names(event)
    for key in template.location:
        if place_key(event.country) != place_key(key.country):
            continue
        if not key.places:
            return True
        steps = key.places if on_path else key.places[-1:]
        for name, kind in steps:
            wanted = place_key(name)
            if wanted in here or (kind in REGION_KINDS and wanted == place_key(event.admin1)):
                return True
    return False


def _event_names(event: Event) -> set[str]:
    """The event's most specific place name ('City - District' gives the district)."""
    if not event.location:
        return set()
    return {place_key(event.location.split(" - ")[-1]), place_key(event.location)}


TypeMap = dict[str, dict[str, list[str]]]


@dataclass(frozen=True)
class Scorer:
    """How events are matched to key templates (see the module's docstring)."""

    name: str
    grounding: str  # "first": a filler grounds at the first place its string occurs; "every":
    # at every place; "words": a content word shared with the filler anywhere (the first scorer)
    also_primary: dict[str, tuple[str, ...]] = field(default_factory=dict)  # incident -> labels
    unscored_unmatched: frozenset[str] = frozenset()  # event types left out when unmatched


def load_scorers(path: Path = DATA) -> tuple[Scorer, ...]:
    """The word-overlap scorer, the old grounded one and the corrected one (`[corrected]` in
    the type map's file)."""
    fixes = tomllib.loads(path.read_text("utf-8")).get("corrected", {})
    corrected = Scorer(
        "corrected",
        grounding="every",
        also_primary={k: tuple(v) for k, v in fixes.get("also_primary", {}).items()},
        unscored_unmatched=frozenset(fixes.get("unscored_unmatched", ())),
    )
    return Scorer("word overlap", grounding="words"), OLD, corrected


OLD = Scorer("old", grounding="first")
STOPWORDS = frozenset({
    "THE", "AND", "OF", "A", "AN", "IN", "ON", "AT", "TO", "BY", "WITH", "FOR", "FROM", "WHO",
    "THAT", "THIS", "ITS", "HIS", "HER", "THEIR", "OTHER", "OTHERS", "GROUP", "MEMBERS", "MEMBER",
    "SOME", "TWO", "THREE", "SEVERAL", "UNIDENTIFIED", "FORCES", "ARMED", "MEN", "PEOPLE",
    "PERSONS", "INDIVIDUALS",
})  # fmt: skip


def content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[A-Z]{3,}", text.upper()) if w not in STOPWORDS}


def event_words(event: Event) -> set[str]:
    words: set[str] = set()
    for ev in event.evidence:
        if ev.field in EVENT_FIELDS:
            words |= content_words(ev.text)
    return words


def filler_pattern(fill: str) -> re.Pattern[str]:
    """A filler string as it may occur in the message: any spacing or hyphen between its
    words, a plural ending, any case."""
    parts = re.findall(r"\w+|[^\w\s]", fill)
    body = r"[\s\-]*".join(re.escape(p) for p in parts)
    return re.compile(rf"(?<!\w){body}(?:S|ES)?(?!\w)", re.I)


def filler_spans(text: str, template: Template, every: bool) -> list[tuple[int, int]]:
    """Where the template's fillers occur in the message: each at its first place, or at all."""
    spans: list[tuple[int, int]] = []
    for fill in template.fills:
        found = [m.span() for m in filler_pattern(fill).finditer(text)] if fill.strip() else []
        spans += found if every else found[:1]
    return spans


def grounded(event: Event, spans: Sequence[tuple[int, int]]) -> bool:
    """An actor, target or fatality evidence of the event overlaps a filler's place."""
    return any(
        ev.field in EVENT_FIELDS and ev.start < end and start < ev.end
        for ev in event.evidence
        for start, end in spans
    )


def label(event: Event) -> tuple[str, str]:
    return event.event_type, f"{event.event_type} / {event.sub_event_type}"


def accepts(type_map: TypeMap, incident: str, event: Event) -> bool:
    return bool(set(label(event)) & set(type_map.get(incident, {}).get("accept", [])))


def primary_types(type_map: TypeMap, event: Event, scorer: Scorer = OLD) -> list[str]:
    """The incident types that count the event as their own."""
    return [
        incident
        for incident, spec in type_map.items()
        if set(label(event)) & {*spec.get("primary", []), *scorer.also_primary.get(incident, ())}
    ]


def primary_type(type_map: TypeMap, event: Event, scorer: Scorer = OLD) -> str | None:
    found = primary_types(type_map, event, scorer)
    return found[0] if found else None


def in_scope(type_map: TypeMap, event: Event) -> bool:
    """The event's ACLED type answers some MUC-4 incident type."""
    accepted = {a for spec in type_map.values() for a in spec.get("accept", [])}
    return bool(set(label(event)) & accepted)


def score_message(
    events: Sequence[Event],
    templates: Sequence[Template],
    type_map: TypeMap,
    scorer: Scorer = OLD,
    text: str = "",
) -> list[tuple[Template | None, Event | None]]:
    """Pairs (template, event): matched, missed (event None) or spurious (template None).

    Two passes: first an event of the template's own (primary) type, then any accepted type,
    so a bombing is not used up by an attack template that a shooting could answer. Spurious
    events of a type the scorer leaves unscored when unmatched are dropped.
    """
    free = [e for e in events if in_scope(type_map, e)]
    places = [filler_spans(text, t, scorer.grounding == "every") for t in templates]
    wanted = [content_words(" ".join(t.fills)) for t in templates]
    matched: dict[int, Event] = {}
    for strict in (True, False):
        for i, template in enumerate(templates):
            if i in matched:
                continue
            hit = next(
                (
                    e
                    for e in free
                    if accepts(type_map, template.incident, e)
                    and (not strict or template.incident in primary_types(type_map, e, scorer))
                    and (
                        wanted[i] & event_words(e)
                        if scorer.grounding == "words"
                        else grounded(e, places[i])
                    )
                ),
                None,
            )
            if hit is not None:
                free.remove(hit)
                matched[i] = hit
    pairs: list[tuple[Template | None, Event | None]] = [
        (t, matched.get(i)) for i, t in enumerate(templates)
    ]
    spurious = [e for e in free if e.event_type not in scorer.unscored_unmatched]
    return pairs + [(None, e) for e in spurious]


def _article(message: Message) -> Article:
    return Article(
        id=message.id,
        original=message.text,
        sha256="",
        body=message.text,
        body_offsets=OffsetMap.identity(len(message.text)),
        published=message.published,
    )


def _extract(
    messages: Sequence[Message], prefilter: bool = True
) -> list[tuple[str, tuple[Event, ...]]]:
    """Events of a batch of messages, with a pipeline of the batch's own (one per process)."""
    from sitrep.pipeline import Pipeline

    pipeline = Pipeline.load(prefilter=prefilter)
    return [(m.id, pipeline.extract_article(_article(m)).events) for m in messages]


def extract_all(
    messages: Sequence[Message], jobs: int = 1, prefilter: bool = True
) -> dict[str, tuple[Event, ...]]:
    if jobs <= 1:
        return dict(_extract(messages, prefilter))
    size = -(-len(messages) // jobs)
    batches = [messages[i : i + size] for i in range(0, len(messages), size)]
    out: dict[str, tuple[Event, ...]] = {}
    with ProcessPoolExecutor(jobs) as pool:
        for result in pool.map(partial(_extract, prefilter=prefilter), batches):
            out.update(result)
    return out


def evaluate(
    folder: Path,
    *,
    limit: int | None = None,
    jobs: int = 1,
    prefilter: bool = True,
    scorers: Sequence[Scorer] | None = None,
) -> list[Report]:
    """One report per scorer (the word-overlap, old and corrected ones by default; the last
    is the corrected one), over one extraction."""
    type_map = load_type_map()
    scorers = list(scorers or load_scorers())
    messages = list(read_messages(folder))[:limit]
    keep = {m.id for m in messages}
    templates = [
        t for t in read_templates(folder) if t.message in keep and t.stage.strip() != "THREATENED"
    ]
    started = time.perf_counter()
    events = extract_all(messages, jobs, prefilter)
    seconds = time.perf_counter() - started
    by_message: dict[str, list[Template]] = {}
    for t in templates:
        by_message.setdefault(t.message, []).append(t)
    reports = []
    for scorer in scorers:
        report = Report(scorer=scorer.name, seconds=seconds)
        for message in messages:
            coded = events[message.id]
            report.events += len(coded)
            report.out_of_scope += sum(not in_scope(type_map, e) for e in coded)
            score = report.by_message.setdefault(message.id, Score())
            pairs = score_message(
                coded, by_message.get(message.id, []), type_map, scorer, message.text
            )
            scored = sum(e is not None for _, e in pairs)
            report.unscored += sum(in_scope(type_map, e) for e in coded) - scored
            for template, event in pairs:
                _count(report, score, template, event, type_map, scorer)
        reports.append(report)
    return reports


def _count(
    report: Report,
    score: Score,
    template: Template | None,
    event: Event | None,
    type_map: TypeMap,
    scorer: Scorer,
) -> None:
    for s in (report.total, score):
        s.gold += template is not None
        s.predicted += event is not None
        s.true_positive += template is not None and event is not None
    if template is not None:
        kind = report.by_type.setdefault(template.incident, Score())
        kind.gold += 1
        kind.true_positive += event is not None
    if event is not None:
        incident = template.incident if template else primary_type(type_map, event, scorer)
        kind = report.by_type.setdefault(incident or "(other)", Score())
        kind.predicted += 1


def main(
    path: Path,
    console: Console,
    *,
    limit: int | None = None,
    jobs: int = 1,
    per_document: bool = False,
) -> int:
    reports = evaluate(path, limit=limit, jobs=jobs)
    corrected = reports[-1]
    messages = len(corrected.by_message)
    table = Table(title=f"MUC-4 DEV, incident level, corrected scorer ({messages} messages)")
    for column in ("incident type", "gold", "predicted", "matched", "P", "R", "F1"):
        table.add_column(column, justify="right")
    rows = sorted(corrected.by_type.items(), key=lambda kv: -kv[1].gold)
    for name, s in [*rows, ("TOTAL", corrected.total)]:
        table.add_row(name, *_figures(s))
    console.print(table)
    summary = Table(title="grounded F1 by scorer")
    for column in ("scorer", "gold", "predicted", "matched", "P", "R", "F1", "unscored"):
        summary.add_column(column, justify="right")
    for report in reports:
        summary.add_row(report.scorer, *_figures(report.total), str(report.unscored))
    console.print(summary)
    if per_document:
        docs = Table(title="per message")
        for column in ("message", "gold", "predicted", "matched"):
            docs.add_column(column)
        for mid, s in corrected.by_message.items():
            docs.add_row(mid, str(s.gold), str(s.predicted), str(s.true_positive))
        console.print(docs)
    console.print(_per_message(corrected))
    console.print(
        f"{corrected.out_of_scope} events outside MUC-4's scope not scored; "
        f"extraction took {corrected.seconds:.0f} s with {jobs} job(s)."
    )
    return 0


def _figures(s: Score) -> tuple[str, ...]:
    return (
        str(s.gold),
        str(s.predicted),
        str(s.true_positive),
        f"{s.precision:.3f}",
        f"{s.recall:.3f}",
        f"{s.f1:.3f}",
    )


def _per_message(report: Report) -> str:
    """Events coded per message against key templates per message (the target: at most
    1.3 times as many), over all messages and over those with templates."""
    scores = report.by_message.values()
    keyed = [s for s in scores if s.gold]
    n, k = max(len(report.by_message), 1), max(len(keyed), 1)
    in_scope = report.events - report.out_of_scope
    templates = report.total.gold
    ratio = in_scope / templates if templates else 0.0
    return (
        f"{len(keyed)} messages with templates, {n - len(keyed)} without. Per message: "
        f"{report.events / n:.2f} events coded ({in_scope / n:.2f} in MUC-4's scope, "
        f"{report.total.predicted / n:.2f} scored) against {templates / n:.2f} key templates; "
        f"in scope / templates = {ratio:.2f}. Over messages with templates: "
        f"{templates / k:.2f} templates each."
    )
