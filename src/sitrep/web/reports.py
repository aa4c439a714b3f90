"""The situation report in the app: the page (what `sitrep report --format html` writes), its
map and chart as images of their own, the report as a file, and recording it as sent.

Reading a report changes nothing; a coder who sends one records it (`POST /report/record`),
as `sitrep report` does, so the next report of that scope says what changed since.
"""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import FormData

from sitrep.report.charts import chart_png, map_png
from sitrep.report.gather import Report, ReportError, Scope, gather, parse_scope
from sitrep.report.render import sections, write
from sitrep.store.contract import EventQuery, Store
from sitrep.web.audit import audit
from sitrep.web.auth import client
from sitrep.web.deps import current_ledger, page_reader, render, store
from sitrep.web.review import Form, coder

router = APIRouter(include_in_schema=False)
SCOPE_FIELDS = ("since", "until", "country", "topic")
FILES = {"md": "text/markdown; charset=utf-8", "html": "text/html; charset=utf-8",
         "pdf": "application/pdf"}  # fmt: skip


def asked(values: dict[str, str]) -> dict[str, str]:
    """The report's settings as given (blank ones left out), at most 200 characters each."""
    return {k: values[k].strip()[:200] for k in SCOPE_FIELDS if (values.get(k) or "").strip()}


def scope_of(values: dict[str, str]) -> Scope:
    """The period and filters, read as `sitrep report` reads its options; 422 when wrong."""
    try:
        return parse_scope(
            values.get("since", "7d"), values.get("until"), country=values.get("country"),
            topic=values.get("topic"), today=datetime.now(UTC).date(),
        )  # fmt: skip
    except ReportError as error:
        raise HTTPException(422, str(error)) from None


def _report(request: Request, *, record: bool = False) -> tuple[Report, dict[str, str]]:
    page_reader(request)
    values = asked(dict(request.query_params))
    try:
        return gather(
            store(request), scope_of(values), record=record, ledger=current_ledger(request)
        ), values
    except ReportError as error:  # a topic nobody follows
        raise HTTPException(422, str(error)) from None


@router.get("/report", response_class=HTMLResponse)
def report_page(request: Request) -> Response:
    report, values = _report(request)
    st = store(request)
    query = urlencode(_settled(report.scope))
    context = {
        **sections(report),
        "report": report,
        "values": values,
        "scope": report.scope,
        "query": query,
        "topics": sorted(current_ledger(request).topics),
        "latest": None if report.events else _latest_day(st),
    }
    return render(request, "report.html", context)


def _settled(scope: Scope) -> dict[str, str]:
    """The scope with its period as dates, so the pictures and files show the same days."""
    return {k: v for k, v in (("since", scope.since), ("until", scope.until),
                              ("country", scope.country), ("topic", scope.topic)) if v}  # fmt: skip


def _latest_day(st: Store) -> str | None:
    """The day of the latest event stored: an empty report offers to look there."""
    page = st.events(EventQuery(sort="-event_date", limit=1))
    return str(page.events[0].event.event_date) if page.events else None


@router.get("/report/map.png")
def report_map(request: Request) -> Response:
    return _png(map_png(_report(request)[0]))


@router.get("/report/chart.png")
def report_chart(request: Request) -> Response:
    return _png(chart_png(_report(request)[0]))


def _png(data: bytes) -> Response:
    return Response(data, media_type="image/png")


@router.get("/report/download")
def report_file(request: Request, format: str = "html") -> Response:
    """The report as `sitrep report --format md|html|pdf` writes it, as an attachment."""
    if format not in FILES:
        raise HTTPException(422, "format: md, html or pdf")
    report, _ = _report(request)
    try:
        data = write(report, format, None)
    except OSError:  # WeasyPrint without its system libraries: the server's set-up, not a bug
        raise HTTPException(503, "PDF needs Debian's libpango-1.0-0 on the server") from None
    name = f"sitrep-report-{report.scope.since}-{report.scope.until}.{format}"
    disposition = f'attachment; filename="{name}"'
    return Response(data, media_type=FILES[format], headers={"content-disposition": disposition})


@router.post("/report/record")
def record(request: Request, data: Form) -> Response:
    """Note the report as sent: the next one of the same country and topic compares with it."""
    who = coder(request, data)
    values = asked({k: _text(data, k) for k in SCOPE_FIELDS})
    try:
        report = gather(store(request), scope_of(values), record=True)
    except ReportError as error:
        raise HTTPException(422, str(error)) from None
    audit("report.recorded", who=who.name, where=client(request), scope=report.scope.key,
          since=report.scope.since, until=report.scope.until)  # fmt: skip
    return RedirectResponse(f"/report?{urlencode(_settled(report.scope))}", status_code=303)


def _text(data: FormData, name: str) -> str:
    value = data.get(name)
    return value if isinstance(value, str) else ""
