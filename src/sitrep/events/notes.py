"""ACLED-style notes: one sentence built from the filled fields."""

from __future__ import annotations

import re
from datetime import date

from sitrep.model import TimePrecision

OPTIONAL = re.compile(r"\[([^\[\]]*)\]")
FIELD = re.compile(r"\{(\w+)\}")


def fill_template(template: str, values: dict[str, str | None]) -> str:
    """Fill {fields}; a [bracketed part] is dropped when a field inside it is empty."""

    def optional(match: re.Match[str]) -> str:
        part = match.group(1)
        names = FIELD.findall(part)
        if any(not values.get(n) for n in names):
            return ""
        return part

    text = OPTIONAL.sub(optional, template)
    text = FIELD.sub(lambda m: values.get(m.group(1)) or "", text)
    return re.sub(r"\s+", " ", text).strip()


def date_phrase(iso: str | None, precision: int | None) -> str:
    """'On 12 December 2016' for a day, 'Around ...' for a week, 'In December 2016' for a month."""
    if not iso:
        return ""
    try:
        day = date.fromisoformat(iso[:10])
    except ValueError:
        return ""
    if precision == TimePrecision.MONTH:
        return f"In {day:%B %Y}"
    prefix = "Around" if precision == TimePrecision.WEEK else "On"
    return f"{prefix} {day.day} {day:%B %Y}"


def build_note(
    template: str,
    values: dict[str, str | None],
    iso: str | None,
    precision: int | None,
    fatalities: int,
) -> str:
    """'On 12 December 2016, Military Forces of Syria regained control of Aleppo ...'."""
    body = fill_template(template, values)
    if not body:
        return ""
    when = date_phrase(iso, precision)
    sentence = f"{when}, {body}" if when else body[0].upper() + body[1:]
    if fatalities:
        sentence += f" ({fatalities} reported killed)"
    return sentence + "."
