"""Topics a reader follows: which stored events match one, and where `--near` is."""

from __future__ import annotations

import math
import re

from sitrep.model import Event
from sitrep.sources.corroborate import haversine_km
from sitrep.sources.ledger import Topic

TOPIC_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


def valid_name(name: str) -> bool:
    """Topic names go into URLs and file names: letters, digits, `_ . -`, up to 64."""
    return bool(TOPIC_NAME.match(name))


class TopicError(ValueError):
    """A topic that cannot be followed as given; the message says why in one line."""


EMAIL = re.compile(r"[^@\s]+@[^@\s]+")
MAX_TEXT = 200  # characters of a filter's text: a name or a word, not an essay
MAX_RADIUS_KM = 20_000.0  # half the Earth's circumference: any more means nothing


def make_topic(
    name: str,
    *,
    country: str | None = None,
    near: str | None = None,
    radius_km: float | None = None,
    admin1: str | None = None,
    actor: str | None = None,
    type: str | None = None,
    sub_type: str | None = None,
    min_fatalities: int | None = None,
    keyword: str | None = None,
    webhook: str | None = None,
    email: str | None = None,
) -> Topic:
    """A topic from what a user typed (the command line or the app's form), checked, with
    `near` found in the gazetteer; `TopicError` names the first thing wrong."""
    if not valid_name(name):
        raise TopicError(f"{name!r}: a topic name is letters, digits, _ . - (up to 64)")
    texts = {"country": country, "admin1": admin1, "actor": actor, "type": type,
             "sub_type": sub_type, "keyword": keyword, "near": near}  # fmt: skip
    _check_texts(texts)
    _check_delivery(webhook, email)
    if min_fatalities is not None and not 0 <= min_fatalities <= 1_000_000:
        raise TopicError("min fatalities: a whole number from 0")
    radius = 25.0 if radius_km is None else radius_km
    if not (math.isfinite(radius) and 0 < radius <= MAX_RADIUS_KM):
        raise TopicError(f"radius: more than 0 and at most {MAX_RADIUS_KM:,.0f} km")
    point = locate(near) if near else None
    if near and point is None:
        raise TopicError(f"{near}: no such place in the gazetteer (or give lat,lon)")
    return Topic(
        name, country=country, near=point[2] if point else None,
        latitude=point[0] if point else None, longitude=point[1] if point else None,
        radius_km=radius if point else None, admin1=admin1, actor=actor, type=type,
        sub_type=sub_type, min_fatalities=min_fatalities, keyword=keyword,
        webhook=webhook or None, email=email or None,
    )  # fmt: skip


def _check_texts(texts: dict[str, str | None]) -> None:
    for option, value in texts.items():
        if value is not None and (len(value) > MAX_TEXT or not value.strip()):
            raise TopicError(f"{option}: give 1 to {MAX_TEXT} characters")


def _check_delivery(webhook: str | None, email: str | None) -> None:
    from urllib.parse import urlsplit

    if webhook and (urlsplit(webhook).scheme not in {"http", "https"} or len(webhook) > 2000):
        raise TopicError(f"{webhook}: the webhook must be an http or https URL")
    if email and (not EMAIL.fullmatch(email) or len(email) > 254):
        raise TopicError(f"{email}: not an e-mail address")


def matches(topic: Topic, event: Event) -> bool:
    """Whether `event` (an event, not a mention) is one the topic follows: every filter the
    topic sets must hold."""
    if not event.is_event:
        return False
    return all(check(topic, event) for check in _CHECKS)


def _same(wanted: str | None, value: str | None) -> bool:
    return wanted is None or (value or "").casefold() == wanted.casefold()


def _country(topic: Topic, event: Event) -> bool:
    if topic.country is None:
        return True
    wanted = topic.country.casefold()
    return wanted in {(event.country or "").casefold(), *_alpha(event.iso)}


def _alpha(iso: int | None) -> set[str]:
    """ISO 3166 alpha-2 and alpha-3 codes of a numeric code, folded ("sy" and "syr")."""
    if iso is None:
        return set()
    import pycountry

    found = pycountry.countries.get(numeric=f"{iso:03d}")
    return {found.alpha_2.casefold(), found.alpha_3.casefold()} if found else set()


def _near(topic: Topic, event: Event) -> bool:
    if topic.latitude is None or topic.longitude is None:
        return True
    if event.latitude is None or event.longitude is None:
        return False
    distance = haversine_km(topic.latitude, topic.longitude, event.latitude, event.longitude)
    return distance <= (topic.radius_km or 25.0)


def _actor(topic: Topic, event: Event) -> bool:
    if topic.actor is None:
        return True
    names = (event.actor1, event.actor2, event.assoc_actor_1, event.assoc_actor_2)
    return any(topic.actor.casefold() in (n or "").casefold() for n in names)


def _keyword(topic: Topic, event: Event) -> bool:
    if topic.keyword is None:
        return True
    words = re.compile(rf"\b{re.escape(topic.keyword)}\b", re.I)
    texts = (event.notes, event.location, event.actor1, event.actor2, event.source)
    return any(words.search(t or "") for t in texts) or any(
        words.search(e.text) for e in event.evidence
    )


_CHECKS = (
    _country,
    _near,
    lambda t, e: _same(t.admin1, e.admin1),
    _actor,
    lambda t, e: _same(t.type, e.event_type),
    lambda t, e: _same(t.sub_type, e.sub_event_type),
    lambda t, e: t.min_fatalities is None or e.fatalities >= t.min_fatalities,
    _keyword,
)


def locate(place: str) -> tuple[float, float, str] | None:
    """Coordinates of `--near`: "lat,lon", or a place name the gazetteer knows (the most
    populous town of that name, else any place of it)."""
    parts = place.split(",")
    if len(parts) == 2:
        try:
            lat, lon = float(parts[0]), float(parts[1])
        except ValueError:
            pass
        else:
            if -90 <= lat <= 90 and -180 <= lon <= 180:
                return lat, lon, f"{lat:.4f},{lon:.4f}"
    from sitrep.places import Gazetteer
    from sitrep.places._normalize import name_key

    gazetteer = Gazetteer.open()
    key = name_key(place)
    entries = [e for e in gazetteer.lookup([key]).get(key, []) if e.lat is not None]
    if not entries:
        return None
    best = max(entries, key=lambda e: (e.feature.startswith("PPL"), e.population))
    return float(best.lat), float(best.lon), f"{best.name} ({best.cc})"  # type: ignore[arg-type]
