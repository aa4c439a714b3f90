"""Intake: read captures and turn them into clean `Article` records."""

from sitrep.intake.read import Capture, IntakeError

__all__ = ["Capture", "IntakeError", "to_article"]


def to_article(capture: Capture):  # placeholder until the cleaner lands
    from sitrep.model import Article, OffsetMap

    return Article(
        id=capture.id,
        original=capture.text,
        sha256=capture.sha256,
        body=capture.text,
        body_offsets=OffsetMap.identity(len(capture.text)),
        url=capture.url,
        published=capture.published,
    )
