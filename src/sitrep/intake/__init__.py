"""Intake: read captures and turn them into clean `Article` records.

`read_paths` / `read_jsonl` yield `Capture`s (or an `IntakeError` per bad document);
`to_article` cleans one capture: HTML with `html.clean_html`, text with `scraped.clean_text`.
"""

from __future__ import annotations

from sitrep.intake._rules import Rules, load_rules
from sitrep.intake.read import Capture, IntakeError, decode, read_file, read_jsonl, read_paths
from sitrep.intake.scraped import clean_text
from sitrep.model import Article


def to_article(capture: Capture, rules: Rules | None = None) -> Article:
    """The cleaned article of one capture (pass `rules` to avoid reloading the patterns)."""
    from sitrep.intake.html import clean_html  # trafilatura and htmldate: only for HTML

    rules = rules or load_rules()
    clean = clean_html if capture.kind == "html" else clean_text
    try:
        return clean(
            capture.text,
            id=capture.id,
            sha256=capture.sha256,
            rules=rules,
            published=capture.published,
            url=capture.url,
            encoding=capture.encoding,
        )
    except IntakeError as err:
        raise IntakeError(capture.source, err.reason) from None


__all__ = [
    "Capture",
    "IntakeError",
    "Rules",
    "decode",
    "load_rules",
    "read_file",
    "read_jsonl",
    "read_paths",
    "to_article",
]
