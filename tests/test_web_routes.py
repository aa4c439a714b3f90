# ruff: noqa: F811  (pytest fixtures imported from _web are redefined as arguments)
"""Every route walked as anonymous, viewer, coder and admin, each answer checked.

The table names every route the app has (a new route fails the walk until it is added), what
each role must get, and the request to send; writes come last so the reads see the demo.
"""

from __future__ import annotations

import pytest

from _web import (  # noqa: F401  (fixtures)
    client,
    csrf_of,
    demo_master,
    log_in,
    routes,
    team_db,
)

ANON, VIEWER, CODER, ADMIN = "anonymous", "viewer", "coder", "admin"
WHO = (ANON, VIEWER, CODER, ADMIN)


def same(status: int) -> dict[str, int]:
    return dict.fromkeys(WHO, status)


def by_role(anon: int, viewer: int, coder: int, admin: int) -> dict[str, int]:
    return {ANON: anon, VIEWER: viewer, CODER: coder, ADMIN: admin}


READ = by_role(303, 200, 200, 200)  # pages: anonymous goes to the login form
API_READ = by_role(401, 200, 200, 200)
CODER_PAGE = by_role(303, 403, 200, 200)
ADMIN_PAGE = by_role(303, 403, 403, 200)
REVIEW_FORM = by_role(303, 403, 303, 303)  # a done form redirects to the event
ADMIN_FORM = by_role(303, 403, 403, 303)
API_WRITE = by_role(401, 403, 200, 200)
CODER_FORM_PAGE = by_role(303, 403, 200, 200)  # a done form that answers with a page

# (method, route path, concrete path, form or JSON body, expected status per role)
WALK = [
    ("GET", "/", "/", None, READ),
    ("GET", "/table", "/table?type=Battles", None, READ),
    ("GET", "/mentions", "/mentions", None, READ),
    ("GET", "/review", "/review", None, READ),
    ("GET", "/events/{event_id}", "/events/{E}", None, READ),
    ("GET", "/events/{event_id}/edit", "/events/{E}/edit", None, CODER_PAGE),
    ("GET", "/articles/{key:path}", "/articles/{D}", None, READ),
    ("GET", "/actors/{name:path}", "/actors/{A}", None, READ),
    ("GET", "/places/{name:path}", "/places/{P}", None, READ),
    ("GET", "/login", "/login", None, same(200)),
    ("GET", "/account", "/account", None, by_role(303, 200, 200, 200)),
    ("GET", "/admin/users", "/admin/users", None, ADMIN_PAGE),
    ("GET", "/openapi.json", "/openapi.json", None, same(200)),
    ("GET", "/tiles/{z}/{x}/{y}.png", "/tiles/1/1/0.png", None, same(200)),
    # a topic nobody follows: who may not read learns nothing more than 401
    ("GET", "/topics/{name}.atom", "/topics/none.atom", None, by_role(401, 404, 404, 404)),
    ("GET", "/topics", "/topics", None, READ),
    ("GET", "/outbox", "/outbox?state=failed", None, READ),
    ("GET", "/feeds", "/feeds", None, READ),
    ("GET", "/report", "/report?since=2025-01-01&until=2025-12-31", None, READ),
    ("GET", "/report/map.png", "/report/map.png?since=2025-01-01&until=2025-12-31", None, READ),
    ("GET", "/report/chart.png", "/report/chart.png?since=2025-01-01&until=2025-12-31", None, READ),
    ("GET", "/report/download", "/report/download?since=2025-01-01&until=2025-12-31&format=md",
     None, READ),
    ("GET", "/static", "/static/app.js", None, same(200)),
    ("GET", "/static/leaflet", "/static/leaflet/leaflet.js", None, same(200)),
    ("GET", "/static/cluster", "/static/cluster/leaflet.markercluster.js", None, same(200)),
    ("GET", "/api/events", "/api/events?limit=5", None, API_READ),
    ("GET", "/api/mentions", "/api/mentions", None, API_READ),
    ("GET", "/api/map", "/api/map?zoom=3", None, API_READ),
    ("GET", "/api/events.csv", "/api/events.csv", None, API_READ),
    ("GET", "/api/events.geojson", "/api/events.geojson", None, API_READ),
    ("GET", "/api/events.parquet", "/api/events.parquet", None, API_READ),
    ("GET", "/api/events.jsonl", "/api/events.jsonl", None, API_READ),
    ("GET", "/api/events/{event_id}", "/api/events/{E}", None, API_READ),
    ("GET", "/api/articles/{key:path}", "/api/articles/{D}", None, API_READ),
    # writes, the harmless first
    ("POST", "/login", "/login", {"username": "nobody", "password": "x"}, same(401)),
    ("POST", "/account/password", "/account/password",
     {"password": "wrong", "new_password": "n" * 12, "confirm": "n" * 12},
     by_role(303, 422, 422, 422)),
    ("POST", "/events/{event_id}/accept", "/events/{E}/accept", {}, REVIEW_FORM),
    ("POST", "/events/{event_id}/edit", "/events/{E}/edit", {"value_notes": "checked"},
     REVIEW_FORM),
    ("POST", "/events/{event_id}/restore", "/events/{E}/restore", {"revision": "1"},
     REVIEW_FORM),
    ("POST", "/review/bulk", "/review/bulk", {"action": "accept", "f_type": "Protests"},
     by_role(303, 403, 200, 200)),
    ("PATCH", "/api/events/{event_id}", "/api/events/{E2}",
     {"changes": {"notes": "api"}, "reason": "walk"}, API_WRITE),
    ("POST", "/api/events/{event_id}/accept", "/api/events/{E2}/accept", {}, API_WRITE),
    ("POST", "/api/events/{event_id}/restore", "/api/events/{E2}/restore",
     {"revision": 1}, API_WRITE),
    ("POST", "/api/events/{event_id}/reject", "/api/events/{E2}/reject",
     {"reason": "walk"}, API_WRITE),
    ("POST", "/api/events/merge", "/api/events/merge", {"event_ids": ["{M1}", "{M2}"],
     "reason": "walk"}, API_WRITE),
    ("POST", "/api/events/{event_id}/split", "/api/events/{S}/split",
     {"parts": [{"fatalities": 0}, {"fatalities": 1}], "reason": "walk"}, API_WRITE),
    ("POST", "/events/{event_id}/reject", "/events/{E}/reject", {"reason": "walk"},
     REVIEW_FORM),
    ("POST", "/review/merge", "/review/merge", {"event_id": ["{F1}", "{F2}"], "reason": "w"},
     REVIEW_FORM),
    ("POST", "/events/{event_id}/split", "/events/{T}/split",
     {"part1_keep": "on", "part2_keep": "on", "part1_fatalities": "0",
      "part2_fatalities": "1", "reason": "walk"}, REVIEW_FORM),
    ("POST", "/admin/users", "/admin/users",
     {"username": "new-{ROLE}", "role": "viewer", "password": "violet harbour lantern"},
     ADMIN_FORM),
    ("POST", "/admin/users/{name}/end-sessions", "/admin/users/vic/end-sessions", {},
     ADMIN_FORM),
    ("POST", "/admin/users/{name}/disable", "/admin/users/vic/disable", {}, ADMIN_FORM),
    # topics, deliveries, feeds and reports (each role adds its own topic and feed)
    ("POST", "/topics", "/topics", {"name": "walk-{ROLE}", "country": "Syria"}, REVIEW_FORM),
    ("POST", "/topics/{name}/feed-key", "/topics/walk-{ROLE}/feed-key", {}, CODER_FORM_PAGE),
    ("POST", "/topics/{name}/remove", "/topics/walk-{ROLE}/remove", {}, REVIEW_FORM),
    ("POST", "/outbox/retry", "/outbox/retry", {}, REVIEW_FORM),
    ("POST", "/feeds", "/feeds", {"url": "https://feeds.example/{ROLE}.xml"}, ADMIN_FORM),
    ("POST", "/feeds/remove", "/feeds/remove", {"url": "https://feeds.example/{ROLE}.xml"},
     ADMIN_FORM),
    ("POST", "/report/record", "/report/record", {"since": "2025-01-01", "until": "2025-12-31"},
     REVIEW_FORM),
    ("POST", "/logout", "/logout", {}, same(303)),
]  # fmt: skip


def test_the_walk_names_every_route(team_db):
    db, _ = team_db
    app = client(db).app
    known = {(m, p) for m, p, *_ in WALK}
    for route in routes(app):
        methods = getattr(route, "methods", None) or {"GET"}
        for method in methods - {"HEAD"}:
            assert (method, route.path) in known, f"{method} {route.path} is not walked"


def _names(db):
    from sitrep.store import EventQuery, open_store

    with open_store(db) as store:
        rows = [r.event for r in store.iter_events(EventQuery(limit=1000))]
        document = store.event(rows[0].event_id).document
    actor = next(e.actor1 for e in rows if e.actor1)
    place = next(e.location for e in rows if e.location)
    ids = [e.event_id for e in rows]
    return {"E": ids[0], "E2": ids[1], "M1": ids[2], "M2": ids[3], "S": ids[4], "F1": ids[5],
            "F2": ids[6], "T": ids[7], "D": document, "A": actor, "P": place}  # fmt: skip


def _fill(value, names):
    if isinstance(value, str):
        for key, text in names.items():
            value = value.replace("{" + key + "}", text)
        return value
    if isinstance(value, list):
        return [_fill(v, names) for v in value]
    if isinstance(value, dict):
        return {k: _fill(v, names) for k, v in value.items()}
    return value


@pytest.mark.parametrize("who", WHO)
def test_every_route_answers_each_role_as_it_should(team_db, who):
    from urllib.parse import quote

    db, people = team_db
    web = client(db)
    names = {k: quote(v, safe="") if k in "ADP" else v for k, v in _names(db).items()}
    names["ROLE"] = who
    headers = {}
    if who != ANON:
        user = {VIEWER: "vic", CODER: "ana", ADMIN: "root"}[who]
        assert log_in(web, user).status_code == 303
        headers = {"Authorization": f"Bearer {people.tokens[who]}"}
    csrf = csrf_of(web.get("/login").text)
    failures = []
    for method, _, path, body, expected in WALK:
        path = _fill(path, names)
        if method == "GET":
            answer = web.get(path, headers=headers if path.startswith("/api/") else {})
        elif path.startswith("/api/"):
            event_id = path.split("/")[3]
            payload = _fill(body, names)
            if event_id not in ("merge",) and method == "PATCH":
                payload["base_revision"] = _revision(db, event_id)
            answer = web.request(method, path, json=payload, headers=headers)
        else:
            payload = {**_fill(body, names), "csrf_token": csrf}
            if "{E}" in _path_template(path, names):
                payload["base_revision"] = str(_revision(db, names["E"]))
            answer = web.post(path, data=payload)
        if answer.status_code != expected[who]:
            failures.append(f"{method} {path}: {answer.status_code}, not {expected[who]}")
        if answer.status_code >= 500:
            failures.append(f"{method} {path}: server error")
        if method == "GET" and answer.status_code == 200 and "csrf_token" in answer.text:
            csrf = csrf_of(answer.text)
    assert not failures, "\n".join(failures)


def _path_template(path: str, names: dict[str, str]) -> str:
    return path.replace(names["E"], "{E}")


def _revision(db, event_id: str) -> int:
    from sitrep.store import open_store

    with open_store(db) as store:
        return store.event(event_id).revision
