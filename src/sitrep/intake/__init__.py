"""Intake: read captures and turn them into clean `Article` records.

`read_paths` / `read_jsonl` yield `Capture`s (or an `IntakeError` per bad document);
`to_article` cleans one capture: HTML with `html.clean_html`, text with `scraped.clean_text`.
"""

from __future__ import annotations

import logging

from sitrep.intake._limits import DEFAULT_LIMITS, OVER_LIMIT, Limits
from sitrep.intake._rules import Rules, load_rules
from sitrep.intake.read import Capture, IntakeError, decode, read_file, read_jsonl, read_paths
from sitrep.intake.scraped import clean_text
from sitrep.model import Article

log = logging.getLogger(__name__)


def to_article(
    capture: Capture, rules: Rules | None = None, limits: Limits = DEFAULT_LIMITS
) -> Article:
    """The cleaned article of one capture (pass `rules` to avoid reloading the patterns).

    Text over `limits` is set aside with a warning naming the document.
    """
    rules = rules or load_rules()
    common = {
        "id": capture.id, "sha256": capture.sha256, "rules": rules,
        "published": capture.published, "url": capture.url, "encoding": capture.encoding,
        "limits": limits,
    }  # fmt: skip
    try:
        if capture.kind == "html":
            from sitrep.intake.html import clean_html  # trafilatura, htmldate: HTML only

            article = clean_html(capture.text, source=capture.source, **common)  # type: ignore[arg-type]
        else:
            article = clean_text(capture.text, **common)  # type: ignore[arg-type]
    except IntakeError as err:
        raise IntakeError(capture.source, err.reason) from None
    if not (article.body.strip() or article.standfirst or article.captions):
        raise IntakeError(capture.source, "no article text")  # a title alone is no article
    over = [r for r in article.removed if r.kind == OVER_LIMIT]
    if over:
        log.warning(
            "%s: over the size limits (%s characters of text, %s captions): "
            "analysed the first part, set aside %s characters",
            capture.source, f"{limits.max_chars:,}", limits.max_captions,
            f"{sum(r.end - r.start for r in over):,}",
        )  # fmt: skip
    return article


__all__ = [
    "Capture",
    "IntakeError",
    "Limits",
    "Rules",
    "decode",
    "load_rules",
    "read_file",
    "read_jsonl",
    "read_paths",
    "to_article",
]
