"""The watched feeds in the app: each one's health for every reader; adding and removing one
for admins (what `sitrep feeds add|remove` does; `sitrep watch` polls them)."""

from __future__ import annotations

from urllib.parse import urlsplit

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import FormData

from sitrep.sources.ledger import Ledger
from sitrep.store.contract import NotFoundError
from sitrep.web.audit import audit
from sitrep.web.auth import CSRF_FIELD, Principal, check_csrf, client
from sitrep.web.deps import current_ledger, page_reader, page_role, render
from sitrep.web.review import Form

router = APIRouter(include_in_schema=False)
MAX_URL = 2000


def _text(data: FormData, name: str, limit: int) -> str:
    value = data.get(name)
    return value.strip()[:limit] if isinstance(value, str) else ""


def _admin(request: Request, data: FormData) -> Principal:
    who = page_role(request, "admin")
    check_csrf(who, _text(data, CSRF_FIELD, 200))
    return who


def url_problem(url: str) -> str | None:
    """Why `url` cannot be watched (the same rule as `sitrep feeds add`), or None."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname or len(url) > MAX_URL:
        return f"{url[:200]}: not an http or https URL"
    return None


@router.get("/feeds", response_class=HTMLResponse)
def feeds_page(request: Request) -> Response:
    page_reader(request)
    return _feeds(request, current_ledger(request), {}, None, 200)


def _feeds(
    request: Request, ledger: Ledger, values: dict[str, str], error: str | None, status: int
) -> Response:
    feeds = sorted(ledger.feeds.values(), key=lambda f: f.name.casefold())
    context = {"feeds": feeds, "values": values, "error": error}
    return render(request, "feeds.html", context, status=status)


@router.post("/feeds")
def add_feed(request: Request, data: Form) -> Response:
    who = _admin(request, data)
    url, name = _text(data, "url", MAX_URL + 1), _text(data, "name", 200)
    ledger = current_ledger(request)
    problem = url_problem(url)
    if problem is None and url in ledger.feeds:
        problem = f"{url}: already watched as {ledger.feeds[url].name!r}"
    if problem:
        values = {"url": url, "name": name}
        return _feeds(request, ledger, values, problem, 409 if url in ledger.feeds else 422)
    ledger.add_feed(url, name or None)
    audit("feed.added", who=who.name, where=client(request), url=url)
    return RedirectResponse("/feeds", status_code=303)


@router.post("/feeds/remove")
def remove_feed(request: Request, data: Form) -> Response:
    """Stop watching a feed; what it brought stays stored, and so does its history."""
    who = _admin(request, data)
    url = _text(data, "url", MAX_URL + 1)
    ledger = current_ledger(request)
    if url not in ledger.feeds:
        raise NotFoundError(f"{url}: not a watched feed")
    ledger.remove_feed(url)
    audit("feed.removed", who=who.name, where=client(request), url=url)
    return RedirectResponse("/feeds", status_code=303)
