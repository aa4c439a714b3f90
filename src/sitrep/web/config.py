"""The app's settings: one frozen record built by `sitrep serve` (or a test) and passed in."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class WebConfig:
    tiles: str | None = None  # a user's tile server, "https://tiles.example/{z}/{x}/{y}.png"
    loopback: bool = (
        True  # bound to 127.0.0.1/::1 only: the read-only mode without users is allowed
    )
    idle_timeout: int = 30 * 60  # seconds of inactivity that end a login session
    absolute_timeout: int = 12 * 3600  # seconds after login that end it whatever happens
    login_attempts: int = 5  # failures per account (or per client) before a lockout
    login_window: int = 15 * 60  # seconds over which failures are counted
    lockout: int = 15 * 60  # seconds an account (or client) stays locked
    page_size: int = 50  # rows of the table
    map_points: int = 3000  # beyond this many events in view, the map gets a grid of counts
    trust_proxy: bool = False  # read the scheme from X-Forwarded-Proto (behind a TLS proxy)
    allow_private: bool = False  # alerts re-sent from the app may go to loopback and LAN hosts
