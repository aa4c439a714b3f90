"""A topic's alerts as an Atom feed (`sitrep follow feed NAME`, `/topics/NAME.atom`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from xml.etree import ElementTree as ET

from sitrep.sources.ledger import Ledger
from sitrep.store.contract import NotFoundError, Store

ATOM = "http://www.w3.org/2005/Atom"


def topic_feed(
    store: Store, name: str, *, base_url: str = "", limit: int = 100, ledger: Ledger | None = None
) -> str:
    """The Atom document of topic `name`: its latest alerts, newest first. Raises
    `NotFoundError` for a topic nobody follows. `base_url` prefixes links (the app's); pass
    `ledger` when it is already open (replaying it reads the whole log)."""
    ledger = ledger or Ledger.open(store)
    topic = ledger.topics.get(name)
    if topic is None:
        raise NotFoundError(f"no topic named {name!r}")
    alerts = ledger.alerts_of(name)[-limit:][::-1]
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _text(feed, "id", f"urn:sitrep:topic:{name}")
    _text(feed, "title", f"sitrep: {name}")
    _text(feed, "updated", _stamp(alerts[0].queued_at if alerts else topic.created_at))
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=f"{base_url}/topics/{name}.atom")
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _text(author, "name", "sitrep")
    for alert in alerts:
        _entry(feed, alert.id, alert.queued_at, alert.payload, base_url)
    return ET.tostring(feed, encoding="unicode", xml_declaration=True) + "\n"


def _entry(feed: ET.Element, alert_id: str, at: str, payload: Mapping[str, Any], base: str) -> None:
    event = payload.get("event", {})
    entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
    _text(entry, "id", f"urn:sitrep:alert:{alert_id}")
    _text(entry, "title", str(payload.get("title", "event")))
    _text(entry, "updated", _stamp(at))
    href = f"{base}/events/{event.get('event_id', '')}"
    ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=href)
    lines = [str(event.get("notes") or "")]
    lines.append(f"Sources: {event.get('source') or ', '.join(payload.get('sources', []))}")
    lines += [f'{e["field"]}: "{e["text"]}"' for e in (event.get("evidence") or [])[:12]]
    _text(entry, "summary", "\n".join(lines))


def _text(parent: ET.Element, tag: str, value: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}{tag}").text = value


def _stamp(iso: str) -> str:
    """RFC 3339 with a Z (Atom's dates)."""
    return iso.replace("+00:00", "Z") if iso else "1970-01-01T00:00:00Z"
