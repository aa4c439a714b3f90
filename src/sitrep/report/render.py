"""A gathered report written out: Markdown, HTML (one self-contained file), or PDF (the HTML
laid out by WeasyPrint)."""

from __future__ import annotations

import base64
from collections.abc import Mapping
from pathlib import Path

from jinja2 import Environment, select_autoescape

from sitrep.report.charts import bins, chart_png, map_png
from sitrep.report.gather import Report
from sitrep.store.contract import EventRecord


def pictures(report: Report) -> dict[str, bytes]:
    return {"map": map_png(report), "chart": chart_png(report)}


def headline(report: Report) -> list[str]:
    """The figures an analyst reads first, one sentence each."""
    c = report.changes
    lines = [
        f"{len(report.events)} events, {report.fatalities} reported fatalities, in "
        f"{len(report.countries)} {'country' if len(report.countries) == 1 else 'countries'}.",
    ]
    if report.by_type:
        kind, count, dead = report.by_type[0]
        lines.append(f"Most events were {kind.lower()} ({count}, {dead} fatalities).")
    if report.main and report.main[0].event.fatalities:
        e = report.main[0].event
        lines.append(
            f"The deadliest: {e.sub_event_type or e.event_type} in {e.location or e.country} "
            f"on {e.event_date}, {e.fatalities} killed."
        )
    first, last = c.previous_period
    what = "the previous report" if c.previous_at else "the period before"
    lines.append(
        f"For comparison, {what} ({first} to {last}) counted {c.previous_events} events and "
        f"{c.previous_fatalities} fatalities."
    )
    return lines


def _row(record: EventRecord) -> dict[str, str]:
    e = record.event
    actors = " vs ".join(a for a in (e.actor1, e.actor2) if a)
    return {
        "id": e.event_id, "date": str(e.event_date or ""), "type": e.sub_event_type or e.event_type,
        "where": ", ".join(x for x in (e.location, e.admin1, e.country) if x), "actors": actors,
        "fatalities": str(e.fatalities), "notes": e.notes, "sources": e.source or record.document,
    }  # fmt: skip


def _changes(report: Report) -> list[str]:
    c = report.changes
    if c.basis == "previous period":
        return [
            "This is the first report of this scope; the previous period of the same length "
            f"had {c.previous_events} events and {c.previous_fatalities} fatalities."
        ]
    lines = [
        f"Since the previous report (made {c.previous_at}): {len(c.new)} event(s) not in it, "
        f"{len(c.revised)} revised since (review, merges, tolls)."
    ]
    if c.gone:
        lines.append(f"{len(c.gone)} it counted are no longer counted (merged or rejected).")
    return lines


# ---------------------------------------------------------------- Markdown


def markdown(report: Report, images: Mapping[str, str]) -> str:
    """`images` maps "map" and "chart" to where the pictures are (a file or a data URI)."""
    out = [f"# {report.title}", "", f"Generated {report.generated_at} by sitrep.", ""]
    out += ["## Headline figures", ""] + [f"- {line}" for line in headline(report)] + [""]
    if report.by_type:
        out += ["| event type | events | fatalities |", "|---|---:|---:|"]
        out += [f"| {_cell(k)} | {n} | {d} |" for k, n, d in report.by_type] + [""]
    out += ["## Map", "", f"![Map of the period's events]({images['map']})", ""]
    unit = bins(report.scope.days)[0]
    out += [f"## Per {unit}", "", f"![Events and fatalities per {unit}]({images['chart']})", ""]
    out += ["## Main events", ""]
    if not report.main:
        out += ["No events in the period.", ""]
    for record in report.main:
        row = _row(record)
        out += [
            f"### {row['date']}: {_cell(row['type'])}, {_cell(row['where'])}", "",
            f"- Actors: {_cell(row['actors']) or 'not named'}",
            f"- Fatalities: {row['fatalities']}",
            f"- Sources: {_cell(row['sources'])}",
            f"- Event: `{row['id']}`", "", _cell(row["notes"]), "",
        ]  # fmt: skip
    out += ["## What changed", ""] + [f"- {line}" for line in _changes(report)] + [""]
    return "\n".join(out)


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell or list item."""
    return " ".join(text.replace("|", "\\|").split())


# ---------------------------------------------------------------- HTML and PDF

_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title>
<style>
 body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; margin: 2em auto;
        max-width: 52em; color: #222; }
 h1 { font-size: 17pt; } h2 { font-size: 13pt; border-bottom: 1px solid #ccc; }
 table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; }
 th, td { border: 1px solid #ccc; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
 td.n { text-align: right; } img { max-width: 100%; } .small { color: #666; font-size: 9pt; }
 @page { size: A4; margin: 1.6cm; }
</style></head><body>
<h1>{{ title }}</h1>
<p class="small">Generated {{ generated }} by sitrep.</p>
<h2>Headline figures</h2>
<ul>{% for line in headline %}<li>{{ line }}</li>{% endfor %}</ul>
{% if by_type %}<table><tr><th>event type</th><th>events</th><th>fatalities</th></tr>
{% for kind, count, dead in by_type %}<tr><td>{{ kind }}</td><td class="n">{{ count }}</td>
<td class="n">{{ dead }}</td></tr>{% endfor %}</table>{% endif %}
<h2>Map</h2><img src="{{ map }}" alt="Map of the period's events">
<h2>Per {{ unit }}</h2><img src="{{ chart }}" alt="Events and fatalities per {{ unit }}">
<h2>Main events</h2>
{% if not main %}<p>No events in the period.</p>{% else %}
<table><tr><th>date</th><th>event</th><th>where</th><th>actors</th><th>killed</th>
<th>notes and sources</th></tr>
{% for row in main %}<tr><td>{{ row.date }}</td><td>{{ row.type }}</td><td>{{ row.where }}</td>
<td>{{ row.actors }}</td><td class="n">{{ row.fatalities }}</td>
<td>{{ row.notes }}<br><span class="small">{{ row.sources }} &middot; {{ row.id }}</span></td></tr>
{% endfor %}</table>{% endif %}
<h2>What changed</h2>
<ul>{% for line in changes %}<li>{{ line }}</li>{% endfor %}</ul>
</body></html>
"""


def sections(report: Report) -> dict[str, object]:
    """What the HTML report shows, section by section: the web app's report page renders the
    same values in its own layout."""
    return {
        "title": report.title, "generated": report.generated_at, "headline": headline(report),
        "by_type": report.by_type, "main": [_row(r) for r in report.main],
        "changes": _changes(report), "unit": bins(report.scope.days)[0],
    }  # fmt: skip


def html(report: Report, images: Mapping[str, bytes]) -> str:
    """One self-contained page: the pictures inside it as data URIs."""
    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
    uris = {k: "data:image/png;base64," + base64.b64encode(v).decode() for k, v in images.items()}
    return env.from_string(_PAGE).render(**sections(report), map=uris["map"], chart=uris["chart"])


def pdf(report: Report, images: Mapping[str, bytes]) -> bytes:
    from weasyprint import HTML

    document: bytes = HTML(string=html(report, images)).write_pdf()
    return document


def write(report: Report, fmt: str, output: Path | None) -> bytes:
    """The report in `fmt` ("md", "html", "pdf"); with `output`, also written there (a
    Markdown report's pictures beside it as PNG files). The bytes are returned."""
    images = pictures(report)
    if fmt == "md":
        if output is None:
            where = {k: "data:image/png;base64," + base64.b64encode(v).decode()
                     for k, v in images.items()}  # fmt: skip
        else:
            where = {}
            for name, data in images.items():
                picture = output.with_name(f"{output.stem}-{name}.png")
                picture.write_bytes(data)
                where[name] = picture.name
        data = markdown(report, where).encode("utf-8")
    elif fmt == "html":
        data = html(report, images).encode("utf-8")
    else:
        data = pdf(report, images)
    if output is not None:
        output.write_bytes(data)
    return data
