"""Delivering queued alerts: a signed webhook and an e-mail, each retried, none sent twice.

An alert is queued in the ledger before any delivery is tried; each send is noted as begun,
and each channel that succeeds is recorded as delivered at once, so the next run (or
`sitrep follow retry`) tries only what is still pending. A crash between a send and its record
is the one window where a channel may be sent again: the ledger then shows the send begun and
never finished (`Alert.interrupted`), and every delivery carries the alert's id
(`X-Sitrep-Delivery`, the Message-ID) so a receiver drops the repeat. Webhook URLs go through
the same network guard as feeds.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import smtplib
import time
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path
from typing import Any

from sitrep.sources.fetch import Fetcher, FetchError
from sitrep.sources.ledger import Alert, Ledger

SIGNATURE_HEADER = "X-Sitrep-Signature"


def sign(secret: bytes, body: bytes) -> str:
    """The webhook signature: `sha256=` and the HMAC-SHA256 of the body, in hex."""
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


def verify_signature(secret: bytes, body: bytes, header: str) -> bool:
    """What a receiver does: compare in constant time."""
    return hmac.compare_digest(sign(secret, body), header)


def webhook_secret(home: Path, env: Mapping[str, str] = os.environ) -> bytes:
    """`SITREP_WEBHOOK_SECRET`, else the installation's secret in `home/webhook-secret`
    (made on first use, readable by its owner only)."""
    if env.get("SITREP_WEBHOOK_SECRET"):
        return env["SITREP_WEBHOOK_SECRET"].encode()
    path = home / "webhook-secret"
    if not path.exists():
        home.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            handle.write(secrets.token_hex(32))
    return path.read_text().strip().encode()


def smtp_address(env: Mapping[str, str] = os.environ) -> tuple[str, int] | None:
    """`SITREP_SMTP=host:port`, or None when e-mail is not set up."""
    value = env.get("SITREP_SMTP", "").strip()
    if not value:
        return None
    host, _, port = value.rpartition(":")
    if not host or not port.isdigit():
        raise ValueError(f"SITREP_SMTP={value!r}: expected host:port")
    return host.strip("[]"), int(port)


@dataclass(frozen=True)
class Delivered:
    sent: int  # channels delivered by this run
    failed: int  # channels that failed every try of this run (still queued)
    errors: tuple[str, ...]  # one line each: alert, channel, reason


@dataclass
class Outbox:
    """Sends what the ledger holds pending."""

    ledger: Ledger
    fetcher: Fetcher
    secret: bytes
    smtp: tuple[str, int] | None = None
    sender: str = "sitrep@localhost"
    tries: int = 3
    backoff_seconds: float = 0.5
    sleep: Callable[[float], None] = time.sleep
    _senders: dict[str, Callable[[Alert], None]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._senders = {"webhook": self._webhook, "email": self._email}

    def deliver(self, only: Collection[str] | None = None) -> Delivered:
        """Send what is pending (of the alerts `only` names, when given)."""
        sent = failed = 0
        errors: list[str] = []
        pending = [a for a in self.ledger.pending() if only is None or a.id in only]
        for alert in sorted(pending, key=lambda a: a.queued_at):
            for channel in alert.pending:
                self.ledger.alert_sending(alert.id, channel)
                reason = self._try(alert, channel)
                if reason is None:
                    self.ledger.alert_delivered(alert.id, channel)
                    sent += 1
                else:
                    failed += 1
                    errors.append(f"alert {alert.id}: {channel}: {reason}")
        return Delivered(sent, failed, tuple(errors))

    def _try(self, alert: Alert, channel: str) -> str | None:
        """None once sent; else the last reason, each failed try recorded."""
        reason = "not tried"
        for attempt in range(self.tries):
            if attempt:
                self.sleep(self.backoff_seconds * 2 ** (attempt - 1))
            try:
                self._senders[channel](alert)
                return None
            except (FetchError, OSError, smtplib.SMTPException, ValueError) as error:
                reason = _one_line(error)
                self.ledger.alert_failed(alert.id, channel, reason)
        return reason

    def _topic(self, alert: Alert) -> Any:
        topic = self.ledger.topics.get(alert.topic)
        if topic is None:
            raise ValueError(f"topic {alert.topic} was removed")
        return topic

    def _webhook(self, alert: Alert) -> None:
        topic = self._topic(alert)
        body = json.dumps(dict(alert.payload), ensure_ascii=False, sort_keys=True).encode()
        headers = {
            "Content-Type": "application/json",
            SIGNATURE_HEADER: sign(self.secret, body),
            "X-Sitrep-Delivery": alert.id,
        }
        status = self.fetcher.post(topic.webhook, body, headers)
        if not 200 <= status < 300:
            raise ValueError(f"the webhook answered HTTP {status}")

    def _email(self, alert: Alert) -> None:
        topic = self._topic(alert)
        if self.smtp is None:
            raise ValueError("no SMTP server: set SITREP_SMTP=host:port")
        message = EmailMessage()
        message["From"] = self.sender
        message["To"] = topic.email
        message["Subject"] = f"[sitrep {alert.topic}] {alert.payload.get('title', 'new event')}"
        message["Date"] = formatdate(usegmt=True)
        message["Message-ID"] = make_msgid(idstring=alert.id.replace("/", "."), domain="sitrep")
        message["X-Sitrep-Delivery"] = alert.id
        message.set_content(_email_text(alert.payload))
        with smtplib.SMTP(*self.smtp, timeout=20) as server:
            server.send_message(message)


def _email_text(payload: Mapping[str, Any]) -> str:
    event = payload.get("event", {})
    lines = [str(payload.get("title", "")), "", str(event.get("notes") or "")]
    lines += ["", f"Sources: {event.get('source') or ', '.join(payload.get('sources', []))}"]
    evidence = event.get("evidence") or []
    if evidence:
        lines += ["", "Evidence:"] + [f'  {e["field"]}: "{e["text"]}"' for e in evidence[:12]]
    lines += ["", f"Event {event.get('event_id')} in document {payload.get('document')}"]
    return "\n".join(lines) + "\n"


def _one_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__
