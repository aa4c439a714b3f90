"""Who is asking: the login session or API token behind a request, roles, and CSRF checks."""

from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass
from typing import Literal

from fastapi import HTTPException, Request, Response

from sitrep.store.contract import NotFoundError, Role, Store, StoreError
from sitrep.web.config import WebConfig
from sitrep.web.passwords import check_secret, digest, same, split_token
from sitrep.web.sessions import Session, Sessions, Throttle

SESSION_COOKIE = "sitrep_session"
CSRF_COOKIE = "sitrep_csrf"  # anonymous forms (the login form): double-submit token
HOST_PREFIX = "__Host-"  # over HTTPS: the browser keeps the cookie to this host, Secure, path /
CSRF_FIELD = "csrf_token"
RANK = {"viewer": 1, "coder": 2, "admin": 3}


@dataclass(frozen=True)
class Principal:
    name: str | None  # None: anonymous
    role: Role | None
    via: Literal["session", "token", "anonymous"]
    csrf: str  # the token this principal's forms carry
    open_mode: bool  # no users are defined: read-only on loopback

    def can(self, role: Role) -> bool:
        return self.role is not None and RANK[self.role] >= RANK[role]

    @property
    def can_read(self) -> bool:
        return self.open_mode or self.role is not None


class TokenCache:
    """Remembers tokens whose argon2 check passed, so an API client pays the hash once per
    few minutes rather than on every request; the user is re-read from the store each time."""

    def __init__(self, ttl: float = 300.0) -> None:
        self.ttl = ttl
        self._ok: dict[str, float] = {}
        self._lock = threading.Lock()

    def known(self, key: str) -> bool:
        with self._lock:
            until = self._ok.get(key)
            return until is not None and until > time.monotonic()

    def remember(self, key: str) -> None:
        with self._lock:
            if len(self._ok) > 10_000:
                self._ok.clear()
            self._ok[key] = time.monotonic() + self.ttl


@dataclass
class Gate:
    """Everything authentication needs, built once per app."""

    config: WebConfig
    sessions: Sessions
    throttle: Throttle
    tokens: TokenCache

    @classmethod
    def build(cls, config: WebConfig) -> Gate:
        return cls(
            config,
            Sessions(config.idle_timeout, config.absolute_timeout),
            Throttle(config.login_attempts, config.login_window, config.lockout),
            TokenCache(),
        )

    def principal(self, request: Request, store: Store) -> Principal:
        cached: Principal | None = getattr(request.state, "principal", None)
        if cached is not None:
            return cached
        found = self._resolve(request, store)
        request.state.principal = found
        return found

    def _resolve(self, request: Request, store: Store) -> Principal:
        open_mode = self.config.loopback and not store.users()
        header = request.headers.get("authorization", "")
        if header:
            return self._bearer(header, store, open_mode)
        session = self._session(request, store)
        if session is not None:
            user, _ = store.user(session.user)
            return Principal(user.name, user.role, "session", session.csrf, open_mode)
        csrf = request.cookies.get(cookie_name(request, CSRF_COOKIE)) or ""
        if not _well_formed(csrf):
            csrf = secrets.token_urlsafe(32)
            request.state.new_csrf = csrf
        return Principal(None, None, "anonymous", csrf, open_mode)

    def _bearer(self, header: str, store: Store, open_mode: bool) -> Principal:
        scheme, _, text = header.partition(" ")
        parts = split_token(text.strip()) if scheme.lower() == "bearer" else None
        if parts is None:
            raise HTTPException(401, "invalid credentials", {"WWW-Authenticate": "Bearer"})
        token_id, secret = parts
        try:
            user, token_hash = store.token(token_id)
        except (NotFoundError, StoreError):
            raise HTTPException(
                401, "invalid credentials", {"WWW-Authenticate": "Bearer"}
            ) from None
        key = digest(f"{token_id}:{secret}:{token_hash}")
        if user.disabled or not (self.tokens.known(key) or check_secret(token_hash, secret)):
            raise HTTPException(401, "invalid credentials", {"WWW-Authenticate": "Bearer"})
        self.tokens.remember(key)
        return Principal(user.name, user.role, "token", "", open_mode)

    def _session(self, request: Request, store: Store) -> Session | None:
        sid = request.cookies.get(cookie_name(request, SESSION_COOKIE))
        if not sid or not _well_formed(sid):
            return None
        session = self.sessions.get(sid)
        if session is None:
            return None
        try:
            user, password_hash = store.user(session.user)
        except (NotFoundError, StoreError):
            self.sessions.end(sid)
            return None
        if user.disabled or not same(session.password, digest(password_hash or "")):
            self.sessions.end(sid)  # disabled, or the password changed since login
            return None
        return session


def _well_formed(value: str) -> bool:
    return 20 <= len(value) <= 100 and all(c.isalnum() or c in "-_" for c in value)


def check_csrf(principal: Principal, sent: str | None) -> None:
    """A state-changing form must carry the token of the session (or of the anonymous
    visitor's CSRF cookie); API calls with a bearer token carry none and need none."""
    if principal.via == "token":
        return
    if not sent or not principal.csrf or not same(sent, principal.csrf):
        raise HTTPException(403, "the form has expired; reload the page and try again")


def cookie_name(request: Request, name: str) -> str:
    """`name`, with the `__Host-` prefix over HTTPS (plain HTTP on loopback cannot use it)."""
    return HOST_PREFIX + name if is_https(request) else name


def set_cookie(response: Response, request: Request, name: str, value: str, max_age: int) -> None:
    response.set_cookie(
        cookie_name(request, name),
        value,
        max_age=max_age,
        httponly=True,
        samesite="lax",
        secure=is_https(request),
        path="/",
    )


def is_https(request: Request) -> bool:
    gate: Gate = request.app.state.gate
    if gate.config.trust_proxy:
        forwarded = request.headers.get("x-forwarded-proto", "")
        if forwarded:
            return forwarded.split(",")[0].strip().lower() == "https"
    return request.url.scheme == "https"


def client(request: Request) -> str:
    return request.client.host if request.client else "-"


def delete_cookie(response: Response, request: Request, name: str) -> None:
    response.delete_cookie(cookie_name(request, name), path="/", secure=is_https(request),
                           httponly=True, samesite="lax")  # fmt: skip
