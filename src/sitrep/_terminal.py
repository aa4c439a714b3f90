"""Text made safe for a terminal: control characters and escape sequences shown, not obeyed.

Articles and file names are outside data: an ESC byte in a headline must not recolour,
retitle or clear the reader's terminal. Everything sitrep prints that came from outside
passes through `printable` (tables, messages) or `json_text` (JSON output).
"""

from __future__ import annotations

import json
import logging
import re

# C0 controls but tab and newline, DEL, C1 controls (0x9b is a one-byte CSI on some terminals)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# what json.dumps leaves raw with ensure_ascii=False: DEL, C1, and JavaScript's line breaks
_JSON_RAW = {c: f"\\u{c:04x}" for c in [*range(0x7F, 0xA0), 0x2028, 0x2029]}


def printable(text: str) -> str:
    """`text` with every control character written as a visible escape ("\\x1b")."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def json_text(value: object, indent: int | None = None) -> str:
    """JSON with no raw control character at all (json.dumps escapes only C0 ones)."""
    return json.dumps(value, ensure_ascii=False, indent=indent).translate(_JSON_RAW)


class PrintableFormatter(logging.Formatter):
    """Log lines with outside text (file names, titles) made printable."""

    def format(self, record: logging.LogRecord) -> str:
        return printable(super().format(record))
