"""Builds the FastAPI application: routes, static files, tiles, headers and error answers."""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from importlib import resources
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException

from sitrep import __version__
from sitrep.sources.ledger import LedgerCache
from sitrep.store.contract import ConflictError, EventQuery, NotFoundError, Store, StoreError
from sitrep.web import account, api, feeds, follow, pages, reports, review, topicfeed
from sitrep.web.audit import audit
from sitrep.web.auth import Gate, client
from sitrep.web.config import WebConfig
from sitrep.web.deps import LoginRequired, render
from sitrep.web.fields import FieldError
from sitrep.web.headers import SecurityHeaders, security_headers
from sitrep.web.limits import BodyLimit
from sitrep.web.overview import map_data, type_class
from sitrep.web.stores import ReturnStores, StorePool
from sitrep.web.summaries import Summaries, WarmAfterWrites, Warmer
from sitrep.web.tiles import ATTRIBUTION, Basemap

_log = logging.getLogger("sitrep.web")
_PACKAGE = resources.files("sitrep") / "web"


def create_app(open_store: Callable[[], Store], config: WebConfig | None = None) -> FastAPI:
    """The app over the store that `open_store` opens (once per worker thread)."""
    config = config or WebConfig()
    pool = StorePool(open_store)
    basemap = Basemap()
    summaries = Summaries()
    warmer = Warmer(open_store, home_overview(config, summaries))

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        warmer.start()
        yield
        warmer.join(timeout=30)  # its store handle is its own: no query cut short by close
        pool.close()
        basemap.close()

    app = FastAPI(
        title="sitrep",
        version=__version__,
        description="Conflict events coded from news, with the words behind every field.",
        docs_url=None,  # the interactive docs load scripts from a CDN: not here
        redoc_url=None,
        openapi_url="/openapi.json",
        lifespan=lifespan,
    )
    app.state.config, app.state.pool, app.state.open_store = config, pool, open_store
    app.state.summaries = summaries
    app.state.ledgers = LedgerCache()
    app.state.gate = Gate.build(config)
    app.state.basemap = basemap
    app.state.retrying = threading.Lock()  # held while the app re-sends queued alerts
    app.state.templates = templates(config)
    app.add_middleware(ReturnStores, pool=pool)
    app.add_middleware(WarmAfterWrites, warmer=warmer)  # outside ReturnStores: after the write
    app.add_middleware(BodyLimit)  # inside SecurityHeaders, so a 413 gets the headers too
    app.add_middleware(SecurityHeaders, tiles=config.tiles)
    routers = (pages.router, review.router, account.router, api.router, topicfeed.router,
               follow.router, feeds.router, reports.router)  # fmt: skip
    for router in routers:
        app.include_router(router)
    mount_static(app)
    add_tiles(app)
    add_error_handlers(app)
    return app


def home_overview(config: WebConfig, summaries: Summaries) -> list[Callable[[Store], object]]:
    """What the home page without filters reads from the summaries: its count and timeline,
    and its map's grid (filled at start so the first visitor does not wait for them)."""
    query = EventQuery(limit=config.page_size)
    return [
        lambda st: pages.overview(st, summaries, query),
        lambda st: map_data(st, query, zoom=pages.MAP_START_ZOOM, limit=config.map_points,
                            summaries=summaries),
    ]  # fmt: skip


def templates(config: WebConfig) -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(_PACKAGE / "templates")),
        autoescape=select_autoescape(["html", "xml", "svg"], default=True),
    )
    env.globals.update(
        version=__version__,
        tiles_url=config.tiles or "/tiles/{z}/{x}/{y}.png",
        tiles_attribution="" if config.tiles else ATTRIBUTION,
        type_class=type_class,
    )
    return env


def mount_static(app: FastAPI) -> None:
    import xstatic.pkg.leaflet as leaflet
    import xstatic.pkg.leaflet_markercluster as cluster

    app.mount("/static/leaflet", StaticFiles(directory=leaflet.BASE_DIR), name="leaflet")
    app.mount("/static/cluster", StaticFiles(directory=cluster.BASE_DIR), name="cluster")
    app.mount("/static", StaticFiles(directory=str(_PACKAGE / "static")), name="static")


def add_tiles(app: FastAPI) -> None:
    @app.get("/tiles/{z}/{x}/{y}.png", include_in_schema=False)
    def tile(z: int, x: int, y: int) -> Response:
        data = app.state.basemap.tile(z, x, y)
        if data is None:
            raise HTTPException(404, "no such tile")
        return Response(data, media_type="image/png",
                        headers={"cache-control": "public, max-age=86400"})  # fmt: skip


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _answer(
    request: Request, status: int, detail: Any, headers: dict[str, str] | None = None
) -> Response:
    if _wants_json(request):
        return JSONResponse({"detail": detail}, status_code=status, headers=headers)
    message = detail if isinstance(detail, str) else "some values of the request are not valid"
    context = {"status": status, "message": message}
    return render(request, "error.html", context, status=status, identify=status < 500)


def add_error_handlers(app: FastAPI) -> None:
    """Every failure answers with a status and one plain sentence: never a stack trace."""

    @app.exception_handler(LoginRequired)
    async def login_required(request: Request, _: Exception) -> Response:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        from urllib.parse import quote

        return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        if error.status_code in (401, 403):  # refused access is a security event: log it
            who = getattr(request.state, "principal", None)
            audit(f"access.denied.{error.status_code}", who=getattr(who, "name", None),
                  where=client(request), method=request.method, path=request.url.path)  # fmt: skip
        return _answer(request, error.status_code, error.detail, getattr(error, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> Response:
        details = [
            {"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")), "type": e.get("type")}
            for e in error.errors()
        ]
        return _answer(request, 422, details)

    @app.exception_handler(FieldError)
    async def bad_field(request: Request, error: FieldError) -> Response:
        return _answer(request, 422, str(error))

    @app.exception_handler(ConflictError)
    async def conflict(request: Request, error: ConflictError) -> Response:
        return _answer(request, 409, f"{error}; reload and apply your change again")

    @app.exception_handler(NotFoundError)
    async def not_found(request: Request, _: NotFoundError) -> Response:
        return _answer(request, 404, "not found")

    @app.exception_handler(StoreError)
    async def store_refused(request: Request, error: StoreError) -> Response:
        _log.warning("store refused %s %s: %s", request.method, request.url.path, error)
        return _answer(request, 422, "the store refused the request: " + _after_colon(error))

    @app.exception_handler(Exception)
    async def crashed(request: Request, error: Exception) -> Response:
        _log.error("failed %s %s", request.method, request.url.path, exc_info=error)
        answer = _answer(request, 500, "something went wrong on the server; it has been logged")
        # this answer leaves through Starlette's outermost middleware: add the headers here
        for name, value in security_headers(app.state.config.tiles):
            answer.headers[name.decode()] = value.decode()
        answer.headers["cache-control"] = "no-store"
        return answer


def _after_colon(error: Exception) -> str:
    """The reason without the store's address (which names a path on the server)."""
    text = str(error)
    return text.split(": ", 1)[1] if ": " in text else text
