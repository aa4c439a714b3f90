"""Reading captures: files, directories, JSONL. Decodes bytes, never loses the original."""

from __future__ import annotations

from dataclasses import dataclass


class IntakeError(Exception):
    """A document that cannot be read; `source` names it, `reason` says why in one line."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


@dataclass(frozen=True)
class Capture:
    id: str
    source: str  # the path, or "path:line" for a JSONL line
    raw: bytes  # the bytes as they came
    text: str  # decoded; evidence offsets point into this
    sha256: str  # of `raw`
    encoding: str = "utf-8"
    kind: str = "text"  # "text" | "html"
    url: str | None = None
    published: str | None = None  # ISO date given with the document, if any
