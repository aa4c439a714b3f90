"""What every route asks for: the store, who is asking, role checks, and page rendering."""

from __future__ import annotations

from typing import Any

from fastapi import HTTPException, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment

from sitrep.sources.ledger import Ledger, LedgerCache
from sitrep.store.contract import Role, Store
from sitrep.web.auth import CSRF_COOKIE, CSRF_FIELD, Gate, Principal, set_cookie
from sitrep.web.stores import STATE_KEY


class LoginRequired(Exception):
    """A page needs a logged-in user: answered with a redirect to /login."""


def store(request: Request) -> Store:
    """The store handle this request holds, borrowed from the pool on first use."""
    held: Store | None = getattr(request.state, STATE_KEY, None)
    if held is None:
        held = request.app.state.pool.acquire()
        setattr(request.state, STATE_KEY, held)
    return held


def current_ledger(request: Request) -> Ledger:
    """The sources ledger (feeds, topics, alerts) as of now, on this request's store."""
    cache: LedgerCache = request.app.state.ledgers
    return cache.current(store(request))


def principal(request: Request) -> Principal:
    gate: Gate = request.app.state.gate
    return gate.principal(request, store(request))


def page_reader(request: Request) -> Principal:
    """Pages: anyone logged in, or anyone in the open read-only mode; else to /login."""
    who = principal(request)
    if not who.can_read:
        raise LoginRequired()
    return who


def page_role(request: Request, role: Role) -> Principal:
    who = principal(request)
    if who.name is None:
        raise LoginRequired()
    if not who.can(role):
        raise HTTPException(403, f"this needs the {role} role")
    return who


def api_reader(request: Request) -> Principal:
    who = principal(request)
    if not who.can_read:
        raise HTTPException(401, "log in or send a bearer token", {"WWW-Authenticate": "Bearer"})
    return who


def api_role(request: Request, role: Role) -> Principal:
    who = principal(request)
    if who.name is None:
        raise HTTPException(401, "send a bearer token", {"WWW-Authenticate": "Bearer"})
    if not who.can(role):
        raise HTTPException(403, f"this needs the {role} role")
    return who


def render(
    request: Request,
    template: str,
    context: dict[str, Any],
    status: int = 200,
    *,
    identify: bool = True,
) -> HTMLResponse:
    """The page; `identify=False` for the last-resort error page, which must not touch the
    store (the request's handle went back to the pool, or the store is what failed)."""
    env: Environment = request.app.state.templates
    who: Principal | None = getattr(request.state, "principal", None)
    if who is None and identify:
        try:
            who = principal(request)
        except Exception:  # an error page must render even when the store cannot be read
            who = None
    page = env.get_template(template).render(
        request=request,
        who=who,
        csrf_field=CSRF_FIELD,
        config=request.app.state.config,
        **context,
    )
    response = HTMLResponse(page, status_code=status)
    new_csrf = getattr(request.state, "new_csrf", None)
    if new_csrf:
        set_cookie(response, request, CSRF_COOKIE, new_csrf, max_age=12 * 3600)
    return response
