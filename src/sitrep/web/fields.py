"""The event fields a coder may edit, and the check that turns a submitted value into one."""

from __future__ import annotations

import datetime as dt
import functools
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

from sitrep.model import Certainty, Factuality

MAX_TEXT = 2000


class FieldError(ValueError):
    """A field that does not exist or a value it cannot take: names the field and the reason."""


@dataclass(frozen=True)
class Taxonomy:
    types: tuple[str, ...]
    sub_types: dict[str, tuple[str, ...]]  # by event type

    @property
    def all_sub_types(self) -> tuple[str, ...]:
        return tuple(s for subs in self.sub_types.values() for s in subs)


@functools.cache
def taxonomy() -> Taxonomy:
    """ACLED's types and sub-types, read from `data/taxonomy.toml` (names only)."""
    text = (resources.files("sitrep") / "data" / "taxonomy.toml").read_text("utf-8")
    data = tomllib.loads(text)
    types = tuple(t["name"] for t in data["event_type"])
    subs: dict[str, list[str]] = {t: [] for t in types}
    for sub in data["sub_event"]:  # two rule sets may code one ACLED name ("Other")
        names = subs.setdefault(sub["event_type"], [])
        if sub["name"] not in names:
            names.append(sub["name"])
    return Taxonomy(types, {t: tuple(s) for t, s in subs.items()})


TEXT_FIELDS = (
    "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "country", "admin1", "admin2",
    "location", "notes", "source",
)  # fmt: skip
EDITABLE = (
    "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
    "actor2", "assoc_actor_2", "civilian_targeting", "country", "iso", "admin1", "admin2",
    "location", "latitude", "longitude", "geo_precision", "fatalities", "notes", "source",
    "geonameid", "certainty", "factuality",
)  # fmt: skip


def coerce(field: str, value: Any) -> Any:
    """`value` (JSON or form text) as the type `field` holds; FieldError when it cannot be."""
    if field not in EDITABLE:
        raise FieldError(f"{field}: not an editable field")
    if isinstance(value, str):
        value = value.strip()
    if field in TEXT_FIELDS:
        return _text(field, value)
    return _TYPED[field](field, value)


def _text(field: str, value: Any) -> str | None:
    if value is None or value == "":
        return "" if field == "notes" else None
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        raise FieldError(f"{field}: text of at most {MAX_TEXT} characters")
    value = value.replace("\r\n", "\n")  # a browser's textarea sends CRLF line breaks
    if any(not c.isprintable() and c not in "\n\t" for c in value):
        raise FieldError(f"{field}: control characters are not allowed")
    return value


def _date(field: str, value: Any) -> str | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise FieldError(f"{field}: a date as YYYY-MM-DD") from None


def _integer(low: int, high: int, optional: bool = True) -> Any:
    def check(field: str, value: Any) -> int | None:
        if value in (None, "") and optional:
            return None
        if isinstance(value, bool):
            raise FieldError(f"{field}: a whole number from {low} to {high}")
        if isinstance(value, str) and value.lstrip("-").isdigit() and len(value) < 12:
            value = int(value)
        if not isinstance(value, int) or not low <= value <= high:
            raise FieldError(f"{field}: a whole number from {low} to {high}")
        return value

    return check


def _degrees(limit: float) -> Any:
    def check(field: str, value: Any) -> float | None:
        if value in (None, ""):
            return None
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise FieldError(f"{field}: degrees from -{limit} to {limit}") from None
        if isinstance(value, bool) or not -limit <= number <= limit:
            raise FieldError(f"{field}: degrees from -{limit} to {limit}")
        return number

    return check


def _choice(options: Any) -> Any:
    def check(field: str, value: Any) -> str:
        allowed = tuple(options())
        if value not in allowed:
            raise FieldError(f"{field}: one of {', '.join(allowed)}")
        return str(value)

    return check


def _flag(field: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if value in ("true", "on", "1", "yes"):
        return True
    if value in ("false", "off", "0", "no", "", None):
        return False
    raise FieldError(f"{field}: true or false")


def _fatalities(field: str, value: Any) -> int:
    checked = _integer(0, 10_000_000, optional=False)(field, value)
    assert checked is not None
    return int(checked)


_TYPED: dict[str, Any] = {
    "event_date": _date,
    "time_precision": _integer(1, 3),
    "event_type": _choice(lambda: taxonomy().types),
    "sub_event_type": _choice(lambda: taxonomy().all_sub_types),
    "civilian_targeting": _flag,
    "iso": _integer(0, 999),
    "latitude": _degrees(90.0),
    "longitude": _degrees(180.0),
    "geo_precision": _integer(1, 3),
    "fatalities": _fatalities,
    "geonameid": _integer(0, 2**31 - 1),
    "certainty": _choice(lambda: [str(c) for c in Certainty]),
    "factuality": _choice(lambda: [str(f) for f in Factuality]),
}


def check_changes(changes: dict[str, Any]) -> dict[str, Any]:
    """Every change coerced; a sub-type must belong to the type the event will have."""
    if not isinstance(changes, dict) or not changes:
        raise FieldError("changes: at least one field")
    return {str(k): coerce(str(k), v) for k, v in changes.items()}


def check_sub_type(event_type: str, sub_type: str) -> None:
    subs = taxonomy().sub_types.get(event_type, ())
    if sub_type and sub_type not in subs:
        raise FieldError(f"sub_event_type: {sub_type!r} is not a sub-type of {event_type!r}")
