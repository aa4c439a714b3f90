"""Login sessions and login throttling, held in the server's memory.

A session id is 256 bits from `secrets`; only its SHA-256 is kept, so a memory dump does not
hand out live sessions. A restart ends every session (people log in again; nothing is lost).
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from sitrep.web.passwords import digest


@dataclass(frozen=True)
class Session:
    user: str
    csrf: str  # the synchroniser token of this session's forms
    created: float
    seen: float
    password: str  # digest of the password hash at login: a changed password ends the session


class Sessions:
    """Live sessions by digest of their id, with idle and absolute timeouts."""

    def __init__(self, idle: int, absolute: int, clock: Callable[[], float] = time.time) -> None:
        self.idle, self.absolute, self.clock = idle, absolute, clock
        self._live: dict[str, Session] = {}
        self._lock = threading.Lock()

    def start(self, user: str, password_hash: str | None) -> tuple[str, Session]:
        """A new session for `user` (a fresh id at every login: no fixation)."""
        sid, now = secrets.token_urlsafe(32), self.clock()
        session = Session(user, secrets.token_urlsafe(32), now, now, digest(password_hash or ""))
        with self._lock:
            self._expire(now)
            self._live[digest(sid)] = session
        return sid, session

    def get(self, sid: str) -> Session | None:
        """The live session of `sid`, touched; None when unknown or timed out."""
        key, now = digest(sid), self.clock()
        with self._lock:
            session = self._live.get(key)
            if session is None:
                return None
            if now - session.seen > self.idle or now - session.created > self.absolute:
                del self._live[key]
                return None
            self._live[key] = replace(session, seen=now)
            return self._live[key]

    def end(self, sid: str) -> None:
        with self._lock:
            self._live.pop(digest(sid), None)

    def end_user(self, user: str) -> int:
        """End every session of `user`; how many there were."""
        with self._lock:
            keys = [k for k, s in self._live.items() if s.user == user]
            for key in keys:
                del self._live[key]
        return len(keys)

    def count(self, user: str) -> int:
        with self._lock:
            return sum(1 for s in self._live.values() if s.user == user)

    def _expire(self, now: float) -> None:
        dead = [
            k
            for k, s in self._live.items()
            if now - s.seen > self.idle or now - s.created > self.absolute
        ]
        for key in dead:
            del self._live[key]


class Throttle:
    """Failed logins per key (an account, a client address): `limit` failures within `window`
    seconds lock the key for `lockout` seconds."""

    def __init__(
        self, limit: int, window: int, lockout: int, clock: Callable[[], float] = time.time
    ) -> None:
        self.limit, self.window, self.lockout, self.clock = limit, window, lockout, clock
        self._failures: dict[str, list[float]] = {}
        self._locked: dict[str, float] = {}
        self._lock = threading.Lock()

    def locked(self, key: str) -> bool:
        with self._lock:
            until = self._locked.get(key)
            if until is None:
                return False
            if self.clock() >= until:
                del self._locked[key]
                self._failures.pop(key, None)
                return False
            return True

    def fail(self, key: str) -> bool:
        """Count a failure; True when the key is now locked."""
        now = self.clock()
        with self._lock:
            recent = [t for t in self._failures.get(key, []) if now - t < self.window]
            recent.append(now)
            self._failures[key] = recent
            if len(recent) >= self.limit:
                self._locked[key] = now + self.lockout
                return True
            if len(self._failures) > 100_000:  # bounded memory under a spray of names
                self._failures.clear()
            return False

    def succeed(self, key: str) -> None:
        with self._lock:
            self._failures.pop(key, None)
