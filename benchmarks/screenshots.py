"""Screenshots of the main pages for docs/ (run by hand after changing how pages look):
the demo store, a coder logged in, one edit made so the history and evidence show.

    .venv/bin/python benchmarks/screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from _web import PASSWORD, add_people, build_demo, live_server  # noqa: E402

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run"]  # fmt: skip
OUT = ROOT / "docs" / "screenshots"


def main() -> None:
    from playwright.sync_api import sync_playwright

    from sitrep.store import EventQuery, open_store

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = build_demo(Path(tmp) / "demo.db")
        add_people(db)
        with open_store(db) as store:
            record = store.events(EventQuery(type="Explosions/Remote violence")).events[0]
            change = {"fatalities": record.event.fatalities + 1}
            store.revise(record.event.event_id, change, user="ana", reason="hospital count",
                         base_revision=record.revision)  # fmt: skip
        with live_server(db) as base, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
            page = browser.new_page(viewport={"width": 1280, "height": 860})
            page.goto(f"{base}/login")
            page.screenshot(path=OUT / "login.png")
            page.fill("input[name=username]", "ana")
            page.fill("input[name=password]", PASSWORD)
            page.click("form.login button[type=submit]")
            page.wait_for_selector("#map[data-loaded]")
            page.wait_for_timeout(1500)
            page.screenshot(path=OUT / "map.png", full_page=False)
            page.goto(f"{base}/events/{record.event.event_id}")
            page.wait_for_timeout(300)
            page.screenshot(path=OUT / "event.png", full_page=False)
            page.goto(f"{base}/review")
            page.screenshot(path=OUT / "review.png", full_page=False)
            page.goto(f"{base}/events/{record.event.event_id}/edit")
            page.screenshot(path=OUT / "edit.png", full_page=False)
            browser.close()
    print("\n".join(str(p.relative_to(ROOT)) for p in sorted(OUT.glob("*.png"))))


if __name__ == "__main__":
    main()
