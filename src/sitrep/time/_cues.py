"""Factuality and certainty cues (data/factuality.toml), expanded to word forms once."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

from sitrep.time._forms import verb_forms

# A verb cue: its forms, each with the particle it needs ("" for none): "call off".
VerbCue = dict[str, frozenset[str]]


@dataclass(frozen=True)
class Cues:
    support_subject: VerbCue
    support_object: VerbCue
    future_aux: frozenset[str]
    future_verbs: VerbCue
    future_xcomp_only: VerbCue
    future_adjectives: frozenset[str]
    future_nouns: frozenset[str]
    may_forecast: frozenset[str]
    days_ahead: frozenset[str]  # "next Sunday's march": a day owning an act still to come
    target_verbs: frozenset[str]  # "the attack was aimed at": its target, not an aim
    hypothetical_aux: frozenset[str]
    hypothetical_marks: frozenset[str]
    hypothetical_verbs: VerbCue
    hypothetical_adjectives: frozenset[str]
    hypothetical_nouns: frozenset[str]
    drills: frozenset[str]  # a drill an act is played in
    drill_ends: VerbCue  # a drill ended: what follows is done
    drill_frames: frozenset[str]  # "in", "as": a phrase framing an act as part of a drill
    drill_parts: frozenset[str]  # "round", "part": what of a drill the phrase names first
    drill_time_marks: frozenset[str]  # "as the exercise reached its final phase": its stage
    drill_tolls: frozenset[str]  # "killing three": an act with a toll is no drill
    drill_targets: frozenset[str]  # "target drones", "mock targets": what only a drill shoots
    drill_stand_ins: frozenset[str]  # "mock villages": a stand-in only a drill acts on
    drill_aims: VerbCue  # "flew sorties to practise strikes": an act done to practise
    negation_particles: frozenset[str]
    negated_verbs: VerbCue
    negated_nouns: frozenset[str]
    negated_adjectives: frozenset[str]
    negated_subjects: frozenset[str]
    negated_determiners: frozenset[str]
    negated_occasions: frozenset[str]
    occasion_preps: frozenset[str]
    barrier_nouns: frozenset[str]
    barrier_preps: frozenset[str]
    disputed_verbs: VerbCue
    disputed_adjectives: frozenset[str]
    disputed_nouns: frozenset[str]
    historical_preps: frozenset[str]
    historical_nouns: frozenset[str]
    historical_adjectives: frozenset[str]
    historical_verbs: VerbCue
    historical_min_days: int
    ongoing_verbs: VerbCue
    ongoing_adjectives: frozenset[str]
    ongoing_adverbs: frozenset[str]
    speech_verbs: VerbCue
    attributed_adverbs: frozenset[str]
    attributed_adjectives: frozenset[str]
    attributed_nouns: frozenset[str]
    attributed_phrases: re.Pattern[str]
    disputed_phrases: re.Pattern[str]
    report: ReportCues


@dataclass(frozen=True)
class ReportCues:
    """What a report tells as news and what it recalls ([report] of factuality.toml)."""

    min_days: int  # an event dated this long before the report is background
    period_openers: tuple[str, ...]  # "since April 2023": a campaign summed up
    looking_back: frozenset[str]  # "ten years after the massacre"
    summary_subjects: frozenset[str]  # "the insurgency has killed 5,000": a tally
    event_modals: frozenset[str]  # "fighting would endanger": hypothetical
    year_to_date: tuple[str, ...]  # "so far this year": a tally
    done_heads: frozenset[str]  # "managed to retake": the act itself, no intent
    try_heads: frozenset[str]  # "tried to assassinate": an attempt at violence is violence
    owned: frozenset[str]  # "to investigate the killings": an object already known
    obtain_verbs: frozenset[str] = frozenset()  # "to achieve the lifting": an outcome sought
    retold_in: frozenset[str] = frozenset()  # "a film about the siege", "to avenge the killing"
    court_findings: frozenset[str] = frozenset()  # "the judges found that ...": a case judged
    courts: frozenset[str] = frozenset()  # "judges", "tribunal": who finds so
    inherited_min_days: int = 366  # a day borrowed from another sentence this old: history
    outcome_verbs: frozenset[str] = frozenset()  # "would result in clashes": a foreseen outcome
    periods_owning: frozenset[str] = frozenset()  # "last month's clashes": background


def load_cues(path: str | None = None) -> Cues:
    """Read data/factuality.toml; call once and pass the result to the classifiers."""
    if path is None:
        raw = (resources.files("sitrep") / "data" / "factuality.toml").read_text("utf-8")
    else:
        with open(path, encoding="utf-8") as fh:
            raw = fh.read()
    return _build(tomllib.loads(raw))


def _words(items: list[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in items)


def _phrases(items: list[str]) -> re.Pattern[str]:
    alt = "|".join(re.escape(p) for p in sorted(items, key=len, reverse=True))
    return re.compile(rf"\b(?:{alt})\b", re.IGNORECASE)


def _build(data: dict[str, Any]) -> Cues:
    irregular: dict[str, list[str]] = data["irregular"]

    def verbs(items: list[str]) -> VerbCue:
        table: dict[str, set[str]] = {}
        for lemma in items:
            for form in verb_forms(lemma, irregular):
                word, _, particle = form.partition(" ")
                table.setdefault(word, set()).add(particle)
        return {w: frozenset(p) for w, p in table.items()}

    fut, hyp, neg = data["future"], data["hypothetical"], data["negated"]
    dis, his, ong = data["disputed"], data["historical"], data["ongoing"]
    att, scope = data["attributed"], data["scope"]
    return Cues(
        support_subject=verbs(data["support"]["subject"]),
        support_object=verbs(data["support"]["object"]),
        future_aux=_words(fut["aux"]),
        future_verbs=verbs(fut["verbs"]),
        future_xcomp_only=verbs(fut["xcomp_only"]),
        future_adjectives=_words(fut["adjectives"]),
        future_nouns=_words(fut["nouns"]),
        may_forecast=_words(fut["may_forecast"]),
        days_ahead=_words(fut["days_ahead"]),
        target_verbs=_words(fut["target_verbs"]),
        hypothetical_aux=_words(hyp["aux"]),
        hypothetical_marks=_words(hyp["marks"]),
        hypothetical_verbs=verbs(hyp["verbs"]),
        hypothetical_adjectives=_words(hyp["adjectives"]),
        hypothetical_nouns=_words(hyp["nouns"]),
        drills=_words(hyp["drills"]),
        drill_ends=verbs(hyp["drill_ends"]),
        drill_frames=_words(hyp["drill_frames"]),
        drill_parts=_words(hyp["drill_parts"]),
        drill_time_marks=_words(hyp["drill_time_marks"]),
        drill_tolls=_words(hyp["drill_tolls"]),
        drill_targets=_words(hyp["drill_targets"]),
        drill_stand_ins=_words(hyp["drill_stand_ins"]),
        drill_aims=verbs(hyp["drill_aims"]),
        negation_particles=_words(neg["particles"]),
        negated_verbs=verbs(neg["verbs"]),
        negated_nouns=_words(neg["nouns"]),
        negated_adjectives=_words(neg["adjectives"]),
        negated_subjects=_words(neg["subjects"]),
        negated_determiners=_words(neg["determiners"]),
        negated_occasions=_words(neg.get("occasions", ())),
        occasion_preps=_words(neg["occasion_preps"]),
        barrier_nouns=_words(scope["barrier_nouns"]),
        barrier_preps=_words(scope["barrier_preps"]),
        disputed_verbs=verbs(dis["verbs"]),
        disputed_adjectives=_words(dis["adjectives"]),
        disputed_nouns=_words(dis["nouns"]),
        historical_preps=_words(his["prepositions"]),
        historical_nouns=_words(his["nouns"]),
        historical_adjectives=_words(his["adjectives"]),
        historical_verbs=verbs(his["verbs"]),
        historical_min_days=int(his["min_days_before_anchor"]),
        ongoing_verbs=verbs(ong["verbs"]),
        ongoing_adjectives=_words(ong["adjectives"]),
        ongoing_adverbs=_words(ong["adverbs"]),
        speech_verbs=verbs(data["speech"]["verbs"]),
        attributed_adverbs=_words(att["adverbs"]),
        attributed_adjectives=_words(att["adjectives"]),
        attributed_nouns=_words(att["nouns"]),
        attributed_phrases=_phrases(att["phrases"]),
        disputed_phrases=_phrases(data["disputed_certainty"]["phrases"]),
        report=_report(data["report"]),
    )


def _report(rep: dict[str, Any]) -> ReportCues:
    return ReportCues(
        min_days=int(rep["report_min_days"]),
        inherited_min_days=int(rep.get("inherited_min_days", 366)),
        period_openers=tuple(rep["period_openers"]),
        periods_owning=_words(rep.get("periods_owning", ())),
        looking_back=_words(rep["looking_back"]),
        summary_subjects=_words(rep["summary_subjects"]),
        event_modals=_words(rep["event_modals"]),
        year_to_date=tuple(rep["year_to_date"]),
        done_heads=_words(rep["done_heads"]),
        try_heads=_words(rep["try_heads"]),
        owned=_words(rep["owned"]),
        obtain_verbs=_words(rep.get("obtain_verbs", ())),
        retold_in=_words(rep.get("retold_in", ())),
        court_findings=_words(rep.get("court_findings", ())),
        courts=_words(rep.get("courts", ())),
        outcome_verbs=_words(rep.get("outcome_verbs", ())),
    )
