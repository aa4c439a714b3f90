# ruff: noqa: F811  (pytest fixtures imported from _web are redefined as arguments)
"""End to end in Debian's Chromium (headless, driven by Playwright) against a real server on
loopback: log in, filter the map, open an event, see its evidence highlighted, edit a field,
see the new revision, export; no CSP violation or script error on the way; and the pages
still read with JavaScript off."""

from __future__ import annotations

import csv
import io

import pytest

from _system import ensure_package
from _web import PASSWORD, demo_master, live_server, team_db  # noqa: F401

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def chromium():
    from playwright.sync_api import sync_playwright

    executable = ensure_package("chromium", provides="chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(executable), args=FLAGS)
        yield browser
        browser.close()


class Watch:
    """Console errors, CSP reports and page errors seen while a page runs."""

    def __init__(self, page) -> None:
        self.problems: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.problems.append(f"script error: {error}"))

    def _console(self, message) -> None:
        if message.type == "error" and "favicon" not in message.text:
            self.problems.append(message.text)


def test_log_in_filter_open_edit_see_revision_export(team_db, chromium, tmp_path):
    db, _ = team_db
    with live_server(db) as base:
        context = chromium.new_context(viewport={"width": 1300, "height": 900},
                                       accept_downloads=True)  # fmt: skip
        page = context.new_page()
        watch = Watch(page)
        page.goto(f"{base}/")
        assert "/login" in page.url
        page.fill("input[name=username]", "ana")
        page.fill("input[name=password]", PASSWORD)
        page.click("form.login button[type=submit]")
        page.wait_for_url(f"{base}/")
        assert page.locator(".who .user").inner_text().startswith("ana")
        assert page.locator("form[action='/logout'] button").is_visible()

        # the map loads its points and base tiles, clusters coloured by type
        page.wait_for_selector("#map[data-loaded]")
        assert int(page.get_attribute("#map", "data-loaded")) > 0
        page.wait_for_selector(".leaflet-marker-icon")
        tiles = "[...document.querySelectorAll('img.leaflet-tile')]"
        page.wait_for_function(f"{tiles}.some(i => i.complete && i.naturalWidth > 0)")
        assert page.locator(".leaflet-marker-icon.cluster, .leaflet-marker-icon.pt").count() > 0

        # filter: the map and the table follow
        page.select_option("select[name=type]", "Protests")
        page.click("#filters button[type=submit]")
        page.wait_for_url("**type=Protests**")
        page.wait_for_selector("#map[data-loaded]")
        types = page.locator("#table tbody tr td:nth-child(2)").all_inner_texts()
        assert types and all("Protests" in t for t in types)

        # open an event: its evidence is highlighted in the article
        page.locator("#table tbody tr td:first-child a").first.click()
        page.wait_for_selector("mark.ev")
        event_url = page.url
        event_id = event_url.rsplit("/", 1)[1]
        assert page.locator("mark.ev").count() > 0
        colour = page.eval_on_selector("mark.ev", "m => getComputedStyle(m).backgroundColor")
        assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
        before = int(
            page.locator("tr:has(th:text-is('fatalities')) td").first.inner_text().split()[0]
        )

        # edit a field as the coder's judgement; the new revision shows
        page.click("text=Edit fields")
        page.fill("input[name=value_fatalities]", str(before + 3))
        page.select_option("select[name=evidence_fatalities]", "judgement")
        page.fill("input[name=reason]", "hospital records")
        page.click("#edit-form button[type=submit]")
        page.wait_for_url(f"{event_url}**")
        history = page.locator("#history + ol").inner_text()
        assert "r2 edit by ana" in history and "hospital records" in history
        row = page.locator("tr:has(th:text-is('fatalities'))").inner_text()
        assert str(before + 3) in row and "coder's judgement" in row and f"machine: {before}" in row

        # export the reviewed view as CSV: the correction is in it
        page.goto(f"{base}/?type=Protests&view=reviewed")
        with page.expect_download() as download:
            page.click("a.export[data-kind=csv]")
        path = tmp_path / "export.csv"
        download.value.save_as(path)
        rows = {r["event_id_cnty"]: r for r in csv.DictReader(io.StringIO(path.read_text()))}
        assert rows[event_id]["fatalities"] == str(before + 3)
        assert not watch.problems, watch.problems
        context.close()


def test_pages_read_with_javascript_off(team_db, chromium):
    db, _ = team_db
    with live_server(db) as base:
        context = chromium.new_context(java_script_enabled=False)
        page = context.new_page()
        page.goto(f"{base}/login")
        page.fill("input[name=username]", "vic")
        page.fill("input[name=password]", PASSWORD)
        page.click("form.login button[type=submit]")
        page.wait_for_url(f"{base}/")
        assert page.locator("#table tbody tr").count() > 5
        assert page.locator("figure.timeline svg path").count() > 0
        page.locator("#table tbody tr td:first-child a").first.click()
        assert page.locator("mark.ev").count() > 0
        context.close()


def test_the_selection_becomes_evidence(team_db, chromium):
    """Selecting words in the article and pressing "use selection" points the field at them."""
    db, _ = team_db
    from sitrep.store import EventQuery, open_store

    with open_store(db) as store:
        record = store.events(EventQuery(type="Battles")).events[0]
        original = store.article(record.document, record.version).original
    with live_server(db) as base:
        page = chromium.new_page()
        page.goto(f"{base}/login")
        page.fill("input[name=username]", "ana")
        page.fill("input[name=password]", PASSWORD)
        page.click("form.login button[type=submit]")
        page.goto(f"{base}/events/{record.event.event_id}/edit")
        span = page.locator("#article span[data-o]").nth(1)
        origin = int(span.get_attribute("data-o"))
        page.evaluate(
            """el => { const r = document.createRange(); const t = el.firstChild;
                       r.setStart(t, 0); r.setEnd(t, Math.min(5, t.length));
                       const s = getSelection(); s.removeAllRanges(); s.addRange(r); }""",
            span.element_handle(),
        )
        page.wait_for_timeout(100)
        page.click("button.use-selection[data-field=location]")
        chosen = page.input_value("input[name=span_location]")
        start, end = (int(x) for x in chosen.split("-"))
        assert start == origin and end > start
        page.click("#edit-form button[type=submit]")
        page.wait_for_selector("#history")
        with open_store(db) as store:
            after = store.event(record.event.event_id)
        located = [e for e in after.event.evidence if e.field == "location"]
        assert [(e.start, e.end) for e in located] == [(start, end)]
        assert original[start:end] == located[0].text
        page.close()


def test_a_coder_adds_a_topic_and_sees_it_listed(team_db, chromium):
    """The topics page in Chromium: the form posts (with its CSRF field), the topic is listed
    with its filters, the report page shows its pictures; no CSP violation on the way."""
    db, _ = team_db
    with live_server(db) as base:
        page = chromium.new_page()
        watch = Watch(page)
        page.goto(f"{base}/login?next=/topics")
        page.fill("input[name=username]", "ana")
        page.fill("input[name=password]", PASSWORD)
        page.click("form.login button[type=submit]")
        page.wait_for_url(f"{base}/topics")
        form = page.locator("#topic-form")
        form.locator("input[name=name]").fill("khartoum-battles")
        form.locator("input[name=near]").fill("Khartoum")
        form.locator("input[name=radius_km]").fill("40")
        form.locator("select[name=type]").select_option("Battles")
        form.locator("button[type=submit]").click()
        page.wait_for_selector("#topic-khartoum-battles")
        row = page.locator("#topic-khartoum-battles").inner_text()
        assert "Khartoum" in row and "Battles" in row and "radius km: 40" in row
        page.click("nav a[href='/report']")
        page.wait_for_url(f"{base}/report")
        pictures = []
        page.on("response", lambda r: "/report/" in r.url and pictures.append(r))
        page.goto(f"{base}/report?since=2025-01-01&until=2025-12-31", wait_until="load")
        assert sorted(r.url.split("?")[0].rsplit("/", 1)[1] for r in pictures) == [
            "chart.png",
            "map.png",
        ]
        assert all(r.status == 200 and r.headers["content-type"] == "image/png" for r in pictures)
        assert not watch.problems, watch.problems
        page.close()
