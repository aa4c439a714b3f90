"""Topics in the app: the list, adding and removing one, its feed address; the outbox of
alerts with each delivery's state, and a retry of the failed ones.

Everyone who may read sees topics and deliveries; coders and admins change them. Everything
goes through the sources ledger, so a removed topic is a log entry and its alerts stay.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import FormData

from sitrep.sources.alerts import sitrep_home
from sitrep.sources.fetch import Fetcher, Limits
from sitrep.sources.guard import Policy
from sitrep.sources.ledger import Alert, Ledger, Topic
from sitrep.sources.outbox import Delivered, Outbox, smtp_address, webhook_secret
from sitrep.sources.topics import TopicError, make_topic
from sitrep.store.contract import NotFoundError
from sitrep.web.audit import audit
from sitrep.web.auth import client
from sitrep.web.deps import current_ledger, page_reader, render
from sitrep.web.fields import taxonomy
from sitrep.web.review import Form, coder
from sitrep.web.topicfeed import new_key

router = APIRouter(include_in_schema=False)
TEXT_FIELDS = ("name", "country", "near", "admin1", "actor", "type", "sub_type", "keyword",
               "webhook", "email")  # fmt: skip
OUTBOX_ROWS = 100  # alerts per page of the outbox, newest first
RETRY_BATCH = 10  # alerts one "retry every queued delivery" click sends, the oldest first


def _text(data: FormData, name: str, limit: int = 2000) -> str:
    value = data.get(name)
    return value.strip()[:limit] if isinstance(value, str) else ""


# ---------------------------------------------------------------- topics


@router.get("/topics", response_class=HTMLResponse)
def topics_page(request: Request) -> Response:
    page_reader(request)
    return _topics(request, current_ledger(request), {}, None, 200)


def _topics(
    request: Request, ledger: Ledger, values: dict[str, str], error: str | None, status: int
) -> Response:
    rows = [_topic_row(ledger, t) for t in sorted(ledger.topics.values(), key=lambda t: t.name)]
    context = {"topics": rows, "taxonomy": taxonomy(), "values": values, "error": error}
    return render(request, "topics.html", context, status=status)


def _topic_row(ledger: Ledger, topic: Topic) -> dict[str, Any]:
    alerts = ledger.alerts_of(topic.name)
    skip = {"name", "webhook", "email", "created_at", "latitude", "longitude"}
    filters = {k: v for k, v in asdict(topic).items() if v is not None and k not in skip}
    return {
        "topic": topic,
        "filters": filters,
        "alerts": len(alerts),
        "queued": sum(bool(a.pending) for a in alerts),
        "failed": sum(bool(a.pending) and a.attempts > 0 for a in alerts),
        "keyed": topic.name in ledger.feed_keys,
    }


@router.post("/topics")
def add_topic(request: Request, data: Form) -> Response:
    who = coder(request, data)
    values = {name: _text(data, name) for name in (*TEXT_FIELDS, "radius_km", "min_fatalities")}
    ledger = current_ledger(request)
    try:
        topic = make_topic(**_topic_options(values))
    except TopicError as error:
        return _topics(request, ledger, values, str(error), 422)
    if topic.name in ledger.topics:
        return _topics(request, ledger, values, f"{topic.name}: already followed", 409)
    ledger.add_topic(topic)
    audit("topic.added", who=who.name, where=client(request), topic=topic.name,
          webhook=bool(topic.webhook), email=bool(topic.email))  # fmt: skip
    return RedirectResponse(f"/topics#topic-{quote(topic.name)}", status_code=303)


def _topic_options(values: dict[str, str]) -> dict[str, Any]:
    """The form's text as `make_topic` takes it: blanks left out, numbers read."""
    options: dict[str, Any] = {k: values[k] or None for k in TEXT_FIELDS if k != "name"}
    options["name"] = values["name"]
    options["radius_km"] = _number(values["radius_km"], "radius", float)
    options["min_fatalities"] = _number(values["min_fatalities"], "min fatalities", int)
    return options


def _number(text: str, label: str, kind: type[float] | type[int]) -> Any:
    if not text:
        return None
    try:
        return kind(text)
    except ValueError:
        raise TopicError(f"{label}: a number, not {text[:40]!r}") from None


@router.post("/topics/{name}/remove")
def remove_topic(request: Request, name: str, data: Form) -> Response:
    who = coder(request, data)
    ledger = _ledger_with(request, name)
    ledger.remove_topic(name)
    audit("topic.removed", who=who.name, where=client(request), topic=name)
    return RedirectResponse("/topics", status_code=303)


def _ledger_with(request: Request, name: str) -> Ledger:
    ledger = current_ledger(request)
    if name not in ledger.topics:
        raise NotFoundError(f"no topic named {name!r}")
    return ledger


@router.post("/topics/{name}/feed-key", response_class=HTMLResponse)
def make_feed_key(request: Request, name: str, data: Form) -> Response:
    """A new secret address of the topic's feed, shown once; the one before stops working."""
    who = coder(request, data)
    ledger = _ledger_with(request, name)
    key, digest = new_key()
    assert who.name
    ledger.set_feed_key(name, digest, by=who.name)
    audit("topic.feed_key", who=who.name, where=client(request), topic=name)
    base = str(request.base_url).rstrip("/")
    feed = f"{base}/topics/{quote(name)}.atom"
    context = {"name": name, "key": key, "feed": feed,
               "with_key": f"{feed}?{urlencode({'key': key})}"}  # fmt: skip
    return render(request, "feed_key.html", context)


# ---------------------------------------------------------------- outbox


def alert_state(alert: Alert) -> str:
    """delivered, failed (tried, still queued), queued (not tried yet), or feed only."""
    if not alert.channels:
        return "feed only"
    if not alert.pending:
        return "delivered"
    return "failed" if alert.attempts else "queued"


@router.get("/outbox", response_class=HTMLResponse)
def outbox_page(
    request: Request, topic: str = "", state: str = "", sent: int = -1, still: int = -1,
    page: int = 1,
) -> Response:  # fmt: skip
    page_reader(request)
    ledger = current_ledger(request)
    alerts = sorted(ledger.alerts.values(), key=lambda a: a.queued_at, reverse=True)
    shown = [a for a in alerts if (not topic or a.topic == topic)
             and (not state or alert_state(a) == state)]  # fmt: skip
    pages = max(1, -(-len(shown) // OUTBOX_ROWS))
    page = min(max(page, 1), pages)
    start = (page - 1) * OUTBOX_ROWS
    context = {
        "alerts": [(a, alert_state(a)) for a in shown[start : start + OUTBOX_ROWS]],
        "page": page, "pages": pages, "matched": len(shown),
        "paging": urlencode({k: v for k, v in (("topic", topic), ("state", state)) if v}),
        "topics": sorted(ledger.topics),
        "topic": topic, "state": state,
        "states": ("queued", "failed", "delivered", "feed only"),
        "retried": (sent, still) if sent >= 0 and still >= 0 else None,
        "pending": sum(bool(a.pending) for a in alerts),
        "batch": RETRY_BATCH,
    }  # fmt: skip
    return render(request, "outbox.html", context)


@router.post("/outbox/retry")
def retry(request: Request, data: Form) -> Response:
    """Send the queued deliveries again (one alert's, or all), each channel tried once."""
    who = coder(request, data)
    alert_id = _text(data, "alert", 400)
    ledger = current_ledger(request)
    if alert_id and alert_id not in ledger.alerts:
        raise NotFoundError(f"no alert {alert_id!r}")
    running = request.app.state.retrying  # one retry at a time: two at once would send twice
    if not running.acquire(blocking=False):
        raise HTTPException(409, "a retry is already running; reload the page in a moment")
    try:
        done = _deliver(request, ledger, [alert_id] if alert_id else _oldest(ledger))
    finally:
        running.release()
    audit("alerts.retried", who=who.name, where=client(request), alert=alert_id or "all",
          sent=done.sent, failed=done.failed)  # fmt: skip
    return RedirectResponse(f"/outbox?sent={done.sent}&still={done.failed}", status_code=303)


def _oldest(ledger: Ledger) -> list[str]:
    """The queued alerts one click retries: the oldest few, so the page answers in seconds
    even when a receiver is down for hundreds of them (`sitrep follow retry` sends all)."""
    queued = sorted(ledger.pending(), key=lambda a: a.queued_at)
    return [a.id for a in queued[:RETRY_BATCH]]


def _deliver(request: Request, ledger: Ledger, only: list[str] | None) -> Delivered:
    if not ledger.pending():
        return Delivered(0, 0, ())
    policy = Policy.from_env(request.app.state.config.allow_private)
    # a person is waiting for the page: one try per channel, within seconds, not minutes
    limits = Limits(connect_seconds=5.0, read_seconds=10.0, total_seconds=15.0, attempts=1)
    try:
        smtp = smtp_address()
    except ValueError:
        smtp = None  # the outbox records "no SMTP server" against the e-mail channel
    with Fetcher(policy=policy, limits=limits, robots=False) as fetcher:
        outbox = Outbox(ledger, fetcher, webhook_secret(sitrep_home()), smtp, tries=1)
        return outbox.deliver(only)
