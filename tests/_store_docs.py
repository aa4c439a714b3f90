"""Invented documents for the store tests, coded by hand (no model needed), and a way to
change a store behind sitrep's back."""

from __future__ import annotations

import hashlib
import sqlite3

from sitrep.model import Article, Certainty, Event, Evidence, Extraction, Factuality, OffsetMap
from sitrep.store import Stored

TOWNS = ("Kaleva", "Oulu", "Vaasa", "Kotka", "Lahti")


def text_of(town: str = "Kaleva", killed: int = 4, day: str = "Tuesday", extra: str = "") -> str:
    return (
        f"Militia fighters shelled the market in {town} on {day}, killing {killed} people.{extra}"
    )


def coded_event(text: str, **fields: object) -> Event:
    start = text.index("shelled")
    town = str(fields.pop("town", "Kaleva"))
    at = text.index(town) if town in text else 0
    base: dict[str, object] = dict(
        event_date="2025-03-04",
        time_precision=1,
        event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack",
        actor1="Militia fighters",
        country="Ruritania",
        admin1="North",
        location=town,
        latitude=10.5,
        longitude=20.25,
        fatalities=4,
        notes=f"Militia fighters shelled the market in {town}.",
        certainty=Certainty.ASSERTED,
        factuality=Factuality.HAPPENED,
        evidence=(
            Evidence("event_type", "shelled", start, start + 7),
            Evidence("location", town, at, at + len(town)),
        ),
    )
    base.update(fields)
    return Event(**base)  # type: ignore[arg-type]


def doc(
    key: str,
    text: str | None = None,
    *,
    events: list[dict[str, object]] | None = None,
    mentions: int = 0,
    url: str | None = None,
) -> Stored:
    """A document under `key` with one event per item of `events` (one default event)."""
    text = text or text_of()
    article = Article(
        id=key,
        original=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        body=text,
        body_offsets=OffsetMap.identity(len(text)),
        title=f"Shelling ({key})",
        published="2025-03-06",
        url=url,
    )
    coded = tuple(coded_event(text, **e) for e in (events if events is not None else [{}]))
    future = tuple(
        coded_event(text, factuality=Factuality.FUTURE, event_date=None) for _ in range(mentions)
    )
    return Stored(
        Extraction(article, coded, future),
        text.encode(),
        f"{key}.txt",
        key=key,
        url=url,
        provenance={"sitrep": "test", "knowledge": "k1"},
    )


def behind_the_back(address: str, postgres: object | None, *statements: str) -> None:
    """Run SQL on the store directly, as someone with the file or the server's superuser,
    with the append-only guards switched off first."""
    if address.startswith("postgresql://"):
        guards = [f"ALTER TABLE {t} DISABLE TRIGGER USER" for t in ("custody_log", "captures")]
        sql = "".join(f"{s};" for s in (*guards, *statements))
        postgres.execute(address, sql)  # type: ignore[attr-defined]
        return
    db = sqlite3.connect(address)
    for trigger in (
        "custody_log_no_update",
        "custody_log_no_delete",
        "captures_no_update",
        "captures_no_delete",
    ):
        db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    for statement in statements:
        db.execute(statement)
    db.commit()
    db.close()
