"""The app's log: one line per security-relevant act, in UTC, saying who, what and where.

Values are escaped (control characters, CR/LF) so a crafted user name cannot forge a line, and
callers pass no secrets: passwords, tokens and cookies never reach these calls.
"""

from __future__ import annotations

import logging
import time

LOGGER = "sitrep.web"
_log = logging.getLogger(LOGGER)


class UTCFormatter(logging.Formatter):
    """Timestamps in UTC, ISO 8601 with a Z, whatever the server's time zone."""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:  # noqa: N802
        stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
        return f"{stamp}.{int(record.msecs):03d}Z"


def clean(value: object, limit: int = 200) -> str:
    """`value` as one printable line: control characters escaped, length bounded."""
    text = str(value)
    out = []
    for ch in text[:limit]:
        if ch == "\\":
            out.append("\\\\")
        elif ch.isprintable() and ch not in "\u2028\u2029":
            out.append(ch)
        else:
            out.append(ch.encode("unicode_escape").decode("ascii"))
    return "".join(out) + ("..." if len(text) > limit else "")


def audit(
    what: str, *, who: str | None, where: str, level: int = logging.INFO, **detail: object
) -> None:
    """Log one act: `what` happened, done by `who` (None: anonymous), from `where` (client)."""
    extra = " ".join(f"{k}={clean(v)!r}" for k, v in sorted(detail.items()))
    _log.log(
        level,
        "%s who=%r where=%r%s",
        clean(what),
        clean(who or "-"),
        clean(where),
        f" {extra}" if extra else "",
    )


def configure(level: str = "info") -> None:
    """Send the app's log to stderr in UTC (called by `sitrep serve`)."""
    handler = logging.StreamHandler()
    handler.setFormatter(UTCFormatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    logger = logging.getLogger(LOGGER)
    logger.handlers[:] = [handler]
    logger.setLevel(level.upper())
    logger.propagate = False
