"""Logging in and out, changing one's password, and the admin's page of users."""

from __future__ import annotations

from typing import get_args

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import FormData

from sitrep.store.contract import NotFoundError, Role, StoreError, User
from sitrep.web.audit import audit
from sitrep.web.auth import (
    CSRF_COOKIE,
    CSRF_FIELD,
    SESSION_COOKIE,
    Gate,
    check_csrf,
    client,
    cookie_name,
    delete_cookie,
    set_cookie,
)
from sitrep.web.deps import page_role, principal, render, store
from sitrep.web.passwords import MAX_PASSWORD, check_secret, hash_secret, password_problem
from sitrep.web.review import Form

router = APIRouter(include_in_schema=False)
ROLES: tuple[str, ...] = get_args(Role)


def _text(data: FormData, name: str, limit: int = 300) -> str:
    value = data.get(name)
    return value[:limit] if isinstance(value, str) else ""


def _safe_next(target: str) -> str:
    """Only a path of this site (no scheme, no host, no //): no open redirect."""
    ok = target.startswith("/") and not target.startswith("//") and "\\" not in target
    return target if ok and len(target) < 500 else "/"


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str = "/") -> Response:
    return render(request, "login.html", {"next": _safe_next(next), "error": None})


@router.post("/login")
def login(request: Request, data: Form) -> Response:
    who = principal(request)
    check_csrf(who, _text(data, CSRF_FIELD))
    gate: Gate = request.app.state.gate
    name, password = _text(data, "username", 100), _text(data, "password", MAX_PASSWORD + 1)
    target = _safe_next(_text(data, "next") or "/")
    where = client(request)
    if gate.throttle.locked(f"user:{name}") or gate.throttle.locked(f"ip:{where}"):
        audit("login.locked", who=name, where=where)
        return _login_failed(request, target, "Too many failed attempts; try again later.", 429)
    user, stored = _lookup(request, name)
    if user is None or user.disabled or not check_secret(stored, password):
        locked = gate.throttle.fail(f"user:{name}")
        locked = gate.throttle.fail(f"ip:{where}") or locked
        audit("login.failed", who=name, where=where, locked=locked)
        return _login_failed(request, target, "Wrong user name or password.", 401)
    gate.throttle.succeed(f"user:{name}")
    gate.throttle.succeed(f"ip:{where}")
    old = request.cookies.get(cookie_name(request, SESSION_COOKIE))
    if old:
        gate.sessions.end(old)  # a new id at every login: a planted session id is worthless
    sid, _ = gate.sessions.start(user.name, stored)
    audit("login", who=user.name, where=where, role=user.role)
    response = RedirectResponse(target, status_code=303)
    set_cookie(response, request, SESSION_COOKIE, sid, max_age=gate.config.absolute_timeout)
    return response


def _lookup(request: Request, name: str) -> tuple[User | None, str | None]:
    try:
        user, stored = store(request).user(name)
    except (NotFoundError, StoreError):
        check_secret(None, "x")  # same cost as a real check: no user enumeration by timing
        return None, None
    return user, stored


def _login_failed(request: Request, target: str, message: str, status: int) -> Response:
    return render(request, "login.html", {"next": target, "error": message}, status=status)


@router.post("/logout")
def logout(request: Request, data: Form) -> Response:
    who = principal(request)
    check_csrf(who, _text(data, CSRF_FIELD))
    sid = request.cookies.get(cookie_name(request, SESSION_COOKIE))
    if sid:
        request.app.state.gate.sessions.end(sid)
    audit("logout", who=who.name, where=client(request))
    response = RedirectResponse("/login", status_code=303)
    delete_cookie(response, request, SESSION_COOKIE)
    delete_cookie(response, request, CSRF_COOKIE)
    return response


@router.get("/account", response_class=HTMLResponse)
def account_page(request: Request) -> Response:
    who = page_role(request, "viewer")
    return render(request, "account.html", {"message": None, "error": None, "user": who.name})


@router.post("/account/password")
def change_password(request: Request, data: Form) -> Response:
    """A new password ends every session of the user, this one included: log in again."""
    who = page_role(request, "viewer")
    check_csrf(who, _text(data, CSRF_FIELD))
    assert who.name
    st = store(request)
    _, stored = st.user(who.name)
    new = _text(data, "new_password", MAX_PASSWORD + 1)
    problem = password_problem(new, who.name)
    if not check_secret(stored, _text(data, "password", MAX_PASSWORD + 1)):
        problem = "the current password is wrong"
    elif new != _text(data, "confirm"):
        problem = "the two new passwords differ"
    if problem:
        audit("password.refused", who=who.name, where=client(request))
        return render(request, "account.html", {"message": None, "error": problem,
                                                "user": who.name}, status=422)  # fmt: skip
    st.set_password(who.name, hash_secret(new), by=who.name)
    ended = request.app.state.gate.sessions.end_user(who.name)
    audit("password.changed", who=who.name, where=client(request), sessions_ended=ended)
    response = RedirectResponse("/login", status_code=303)
    delete_cookie(response, request, SESSION_COOKIE)
    return response


@router.get("/admin/users", response_class=HTMLResponse)
def users_page(request: Request) -> Response:
    page_role(request, "admin")
    return _users(request, None, 200)


def _users(request: Request, error: str | None, status: int) -> Response:
    sessions = request.app.state.gate.sessions
    rows = [(u, sessions.count(u.name)) for u in store(request).users()]
    return render(request, "users.html", {"users": rows, "roles": ROLES, "error": error},
                  status=status)  # fmt: skip


@router.post("/admin/users")
def add_user(request: Request, data: Form) -> Response:
    who = page_role(request, "admin")
    check_csrf(who, _text(data, CSRF_FIELD))
    name, role, password = (
        _text(data, "username", 100),
        _text(data, "role"),
        _text(data, "password"),
    )
    problem = password_problem(password) or _name_problem(name)
    if role not in ROLES:
        problem = f"role: one of {', '.join(ROLES)}"
    if problem:
        return _users(request, problem, 422)
    try:
        store(request).add_user(name, role, hash_secret(password), by=who.name or "")  # type: ignore[arg-type]
    except StoreError as error:
        return _users(request, str(error), 409)
    audit("user.added", who=who.name, where=client(request), user=name, role=role)
    return RedirectResponse("/admin/users", status_code=303)


def _name_problem(name: str) -> str | None:
    if not (1 <= len(name) <= 64) or not all(c.isalnum() or c in "._-@" for c in name):
        return "user name: 1 to 64 letters, digits or . _ - @"
    return None


@router.post("/admin/users/{name}/disable")
def disable_user(request: Request, name: str, data: Form) -> Response:
    who = page_role(request, "admin")
    check_csrf(who, _text(data, CSRF_FIELD))
    if name == who.name:
        raise HTTPException(422, "an admin cannot disable their own account here")
    store(request).disable_user(name, by=who.name or "")
    ended = request.app.state.gate.sessions.end_user(name)
    audit("user.disabled", who=who.name, where=client(request), user=name, sessions_ended=ended)
    return RedirectResponse("/admin/users", status_code=303)


@router.post("/admin/users/{name}/end-sessions")
def end_sessions(request: Request, name: str, data: Form) -> Response:
    who = page_role(request, "admin")
    check_csrf(who, _text(data, CSRF_FIELD))
    store(request).user(name)  # 404 for an unknown user
    ended = request.app.state.gate.sessions.end_user(name)
    audit("sessions.ended", who=who.name, where=client(request), user=name, count=ended)
    return RedirectResponse("/admin/users", status_code=303)
