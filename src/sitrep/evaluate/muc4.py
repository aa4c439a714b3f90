"""MUC-4 DEV (1,300 wire messages on Latin American political violence, 1989-90), scored at
the incident level against the key templates, with MUC-4 incident types mapped to ACLED types
(`data/muc4_types.toml`).

A predicted event matches a key template of the same message when its ACLED type answers the
template's incident type and a content word of its actors, target or fatality evidence also
occurs in the template's perpetrator or target fills (slots 9, 10, 12, 18, 19). Matching is one
to one, events of the template's own type first. Templates whose only stage is THREATENED are
left out (ACLED codes no threats); messages without templates are kept, so events found in them
count against precision. Events whose ACLED type answers no MUC-4 incident type (arrests,
agreements, displacement, ...) are outside MUC-4's scope: counted apart, not scored.
"""

from __future__ import annotations

import re
import time
import tomllib
from collections import Counter
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
STOPWORDS = {
    "THE",
    "AND",
    "OF",
    "A",
    "AN",
    "IN",
    "ON",
    "AT",
    "TO",
    "BY",
    "WITH",
    "FOR",
    "FROM",
    "WHO",
    "THAT",
    "THIS",
    "ITS",
    "HIS",
    "HER",
    "THEIR",
    "OTHER",
    "OTHERS",
    "GROUP",
    "MEMBERS",
    "MEMBER",
    "SOME",
    "TWO",
    "THREE",
    "SEVERAL",
    "UNIDENTIFIED",
    "FORCES",
    "ARMED",
    "MEN",
    "PEOPLE",
    "PERSONS",
    "INDIVIDUALS",
}
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
    total: Score = field(default_factory=Score)
    by_type: dict[str, Score] = field(default_factory=dict)
    by_message: dict[str, Score] = field(default_factory=dict)
    seconds: float = 0.0
    out_of_scope: int = 0


def load_type_map(path: Path = DATA) -> dict[str, dict[str, list[str]]]:
    return tomllib.loads(path.read_text("utf-8"))


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
    return Template(message, incident, " ".join(slots.get(5, [""])), fills)


def content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[A-Z]{3,}", text.upper()) if w not in STOPWORDS}


def event_words(event: Event) -> set[str]:
    words: set[str] = set()
    for ev in event.evidence:
        if ev.field in EVENT_FIELDS:
            words |= content_words(ev.text)
    return words


def label(event: Event) -> tuple[str, str]:
    return event.event_type, f"{event.event_type} / {event.sub_event_type}"


def accepts(type_map: dict[str, dict[str, list[str]]], incident: str, event: Event) -> bool:
    return bool(set(label(event)) & set(type_map.get(incident, {}).get("accept", [])))


def primary_type(type_map: dict[str, dict[str, list[str]]], event: Event) -> str | None:
    for incident, spec in type_map.items():
        if set(label(event)) & set(spec.get("primary", [])):
            return incident
    return None


def in_scope(type_map: dict[str, dict[str, list[str]]], event: Event) -> bool:
    """The event's ACLED type answers some MUC-4 incident type."""
    accepted = {a for spec in type_map.values() for a in spec.get("accept", [])}
    return bool(set(label(event)) & accepted)


def score_message(
    events: Sequence[Event],
    templates: Sequence[Template],
    type_map: dict[str, dict[str, list[str]]],
) -> list[tuple[Template | None, Event | None]]:
    """Pairs (template, event): matched, missed (event None) or spurious (template None).

    Two passes: first an event of the template's own (primary) type, then any accepted type,
    so a bombing is not used up by an attack template that a shooting could answer.
    """
    free = [e for e in events if in_scope(type_map, e)]
    matched: dict[int, Event] = {}
    for strict in (True, False):
        for i, template in enumerate(templates):
            if i in matched:
                continue
            wanted = content_words(" ".join(template.fills))
            hit = next(
                (
                    e
                    for e in free
                    if accepts(type_map, template.incident, e)
                    and (not strict or primary_type(type_map, e) == template.incident)
                    and wanted & event_words(e)
                ),
                None,
            )
            if hit is not None:
                free.remove(hit)
                matched[i] = hit
    pairs: list[tuple[Template | None, Event | None]] = [
        (t, matched.get(i)) for i, t in enumerate(templates)
    ]
    return pairs + [(None, e) for e in free]


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
    folder: Path, *, limit: int | None = None, jobs: int = 1, prefilter: bool = True
) -> Report:
    type_map = load_type_map()
    messages = list(read_messages(folder))[:limit]
    keep = {m.id for m in messages}
    templates = [
        t for t in read_templates(folder) if t.message in keep and t.stage.strip() != "THREATENED"
    ]
    started = time.perf_counter()
    events = extract_all(messages, jobs, prefilter)
    report = Report(seconds=time.perf_counter() - started)
    by_message: dict[str, list[Template]] = {}
    for t in templates:
        by_message.setdefault(t.message, []).append(t)
    for message in messages:
        report.out_of_scope += sum(not in_scope(type_map, e) for e in events[message.id])
        score = report.by_message.setdefault(message.id, Score())
        for template, event in score_message(
            events[message.id], by_message.get(message.id, []), type_map
        ):
            _count(report, score, template, event, type_map)
    return report


def _count(
    report: Report,
    score: Score,
    template: Template | None,
    event: Event | None,
    type_map: dict[str, dict[str, list[str]]],
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
        incident = template.incident if template else primary_type(type_map, event)
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
    report = evaluate(path, limit=limit, jobs=jobs)
    table = Table(title=f"MUC-4 DEV, incident level ({len(report.by_message)} messages)")
    for column in ("incident type", "gold", "predicted", "matched", "P", "R", "F1"):
        table.add_column(column, justify="right")
    rows = sorted(report.by_type.items(), key=lambda kv: -kv[1].gold)
    for name, s in [*rows, ("TOTAL", report.total)]:
        table.add_row(
            name,
            str(s.gold),
            str(s.predicted),
            str(s.true_positive),
            f"{s.precision:.3f}",
            f"{s.recall:.3f}",
            f"{s.f1:.3f}",
        )
    console.print(table)
    if per_document:
        docs = Table(title="per message")
        for column in ("message", "gold", "predicted", "matched"):
            docs.add_column(column)
        for mid, s in report.by_message.items():
            docs.add_row(mid, str(s.gold), str(s.predicted), str(s.true_positive))
        console.print(docs)
    counts = Counter(s.gold > 0 for s in report.by_message.values())
    console.print(
        f"{counts[True]} messages with templates, {counts[False]} without; "
        f"{report.out_of_scope} events outside MUC-4's scope not scored; "
        f"extraction took {report.seconds:.0f} s with {jobs} job(s)."
    )
    return 0
