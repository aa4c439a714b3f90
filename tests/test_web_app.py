# ruff: noqa: F811  (pytest fixtures imported from _web are redefined as arguments)
"""The web app over a real store: read-only mode, accounts and sessions, CSRF, headers,
escaping, error pages, the log, review in forms and over the API, and exports."""

from __future__ import annotations

import csv
import io
import json
import logging
import time

from _web import (  # noqa: F401  (fixtures)
    PASSWORD,
    client,
    csrf_of,
    demo_master,
    first_event,
    log_in,
    make_app,
    open_db,
    routes,
    team_db,
)

SECURITY_HEADERS = (
    "content-security-policy",
    "x-content-type-options",
    "referrer-policy",
    "x-frame-options",
    "strict-transport-security",
)


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


# ------------------------------------------------------------------ read-only mode


def test_without_users_it_reads_on_loopback_and_says_so(open_db):
    web = client(open_db)
    for path in ("/", "/review", "/mentions", "/login"):
        page = web.get(path)
        assert page.status_code == 200, path
        assert "Read-only mode" in page.text, path
    assert web.get("/api/events").json()["events"]
    event_id = first_event(open_db)
    edit = web.patch(
        f"/api/events/{event_id}", json={"changes": {"fatalities": 3}, "base_revision": 1}
    )
    assert edit.status_code == 401
    form = web.post(f"/events/{event_id}/accept", data={"csrf_token": "x" * 30})
    assert form.status_code == 303 and form.headers["location"].startswith("/login")


def test_without_users_and_off_loopback_nothing_is_shown(open_db):
    web = client(open_db, loopback=False)
    assert web.get("/").status_code == 303
    assert web.get("/api/events").status_code == 401


# ------------------------------------------------------------------ headers, errors, escaping


def test_security_headers_on_pages_api_static_and_errors(open_db):
    web = client(open_db)
    for path in ("/", "/api/events", "/static/app.css", "/nowhere", "/api/events/nope",
                 "/api/events?limit=0", "/tiles/0/0/0.png"):  # fmt: skip
        answer = web.get(path)
        for name in SECURITY_HEADERS:
            assert name in answer.headers, (path, name)
        policy = answer.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "'unsafe-inline'" not in policy
        assert answer.headers["x-frame-options"] == "DENY"


def test_pages_carry_no_inline_script(open_db):
    web = client(open_db)
    event_id = first_event(open_db)
    for path in ("/", f"/events/{event_id}", "/review", "/login"):
        html = web.get(path).text
        for tag in html.split("<script")[1:]:
            assert tag.lstrip().startswith("src="), (path, tag[:60])
        assert " onclick=" not in html and " onload=" not in html


def test_strings_from_articles_are_escaped(open_db):
    from sitrep.store import EventQuery, open_store

    web = client(open_db)
    with open_store(open_db) as store:
        records = [r for r in store.iter_events(EventQuery(q="Kaleva"))]
    assert records, "the hostile article coded no event"
    page = web.get(f"/events/{records[0].event.event_id}").text
    assert "&lt;script&gt;alert" in page
    assert "<script>alert" not in page and "<img src=x" not in page


def test_error_pages_are_generic(open_db):
    from fastapi.testclient import TestClient

    from sitrep.web import create_app

    def broken():
        raise RuntimeError("secret detail /srv/private/path")

    web = TestClient(create_app(broken), raise_server_exceptions=False)
    for path in ("/", "/api/events"):
        answer = web.get(path)
        assert answer.status_code == 500
        assert "secret detail" not in answer.text and "Traceback" not in answer.text
        assert "content-security-policy" in answer.headers
    missing = client(open_db).get("/events/does-not-exist")
    assert missing.status_code == 404 and "does-not-exist" not in missing.text


def test_malformed_requests_are_4xx(open_db):
    web = client(open_db)
    for path in ("/api/events?since=yesterday", "/api/events?limit=100000",
                 "/api/events?min_fatalities=-1", "/api/events?cursor=%00%01",
                 "/api/events?review=maybe", "/api/events?bbox=1,2", "/?since=never",
                 "/api/map?zoom=99", "/api/articles/nope", "/articles/nope"):  # fmt: skip
        assert 400 <= web.get(path).status_code < 500, path
    event_id = first_event(open_db)
    answer = web.patch(f"/api/events/{event_id}", content=b"\xff\xfe not json",
                       headers={"content-type": "application/json"})  # fmt: skip
    assert 400 <= answer.status_code < 500


# ------------------------------------------------------------------ login and sessions


def test_login_form_and_session_cookie(team_db):
    db, people = team_db
    web = client(db)
    page = web.get("/login")
    assert 'name="username"' in page.text and 'name="password"' in page.text
    assert 'type="hidden" name="csrf_token"' in page.text
    assert 'type="password" name="password"' in page.text
    done = log_in(web, "ana")
    assert done.status_code == 303
    cookie = done.headers["set-cookie"]
    assert "sitrep_session=" in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie
    assert "Secure" not in cookie  # plain http on loopback
    assert "ana" in web.get("/").text


def test_login_redirects_only_within_the_site(team_db):
    db, _ = team_db
    for target, expected in (("/review?type=Riots", "/review?type=Riots"),
                             ("//evil.example/x", "/"), ("https://evil.example/", "/"),
                             ("/\\evil.example", "/")):  # fmt: skip
        web = client(db)
        page = web.get("/login")
        done = web.post("/login", data={"username": "ana", "password": PASSWORD, "next": target,
                                        "csrf_token": csrf_of(page.text)})  # fmt: skip
        assert done.status_code == 303 and done.headers["location"] == expected, target


def test_session_cookie_is_secure_behind_https(team_db):
    db, _ = team_db
    web = client(db, https=True)
    cookie = log_in(web, "ana").headers["set-cookie"]
    assert cookie.startswith("__Host-sitrep_session=") and "Secure" in cookie and "Path=/" in cookie
    assert web.get("/review").status_code == 200  # the prefixed cookie is the one read
    proxied = client(db, trust_proxy=True)
    page = proxied.get("/login", headers={"x-forwarded-proto": "https"})
    done = proxied.post(
        "/login",
        data={"username": "ana", "password": PASSWORD, "csrf_token": csrf_of(page.text)},
        headers={"x-forwarded-proto": "https"},
    )
    assert "Secure" in done.headers["set-cookie"] and "__Host-" in done.headers["set-cookie"]


def test_login_needs_the_csrf_token(team_db):
    db, _ = team_db
    web = client(db)
    web.get("/login")
    answer = web.post("/login", data={"username": "ana", "password": PASSWORD})
    assert answer.status_code == 403 and "sitrep_session" not in answer.headers.get(
        "set-cookie", ""
    )


def test_wrong_password_gives_no_session(team_db):
    db, _ = team_db
    web = client(db)
    answer = log_in(web, "ana", "wrong password here")
    assert answer.status_code == 401 and "sitrep_session" not in answer.headers.get(
        "set-cookie", ""
    )
    assert log_in(web, "nobody-at-all").status_code == 401


def test_session_id_is_renewed_at_login_and_ended_at_logout(team_db):
    db, _ = team_db
    web = client(db)
    log_in(web, "ana")
    first = web.cookies.get("sitrep_session")
    log_in(web, "ana")
    second = web.cookies.get("sitrep_session")
    assert first and second and first != second
    web.cookies.set("sitrep_session", first)
    assert web.get("/review").status_code == 303  # the old id is dead
    web.cookies.set("sitrep_session", second)
    page = web.get("/review")
    assert page.status_code == 200
    out = web.post("/logout", data={"csrf_token": csrf_of(page.text)})
    assert out.status_code == 303
    web.cookies.set("sitrep_session", second)
    assert web.get("/review").status_code == 303


def test_lockout_after_repeated_failures(team_db):
    db, _ = team_db
    web = client(db, login_attempts=3, lockout=2)
    for _ in range(3):
        assert log_in(web, "ana", "not the password").status_code == 401
    assert log_in(web, "ana").status_code == 429  # right password, still locked
    time.sleep(2.1)
    assert log_in(web, "ana").status_code == 303


def test_password_change_ends_every_session(team_db):
    db, _ = team_db
    one, two = client(db), client(db)
    app = one.app
    two = type(one)(app, base_url="http://testserver", follow_redirects=False)
    log_in(one, "ana")
    log_in(two, "ana")
    page = one.get("/account")
    fields = {"csrf_token": csrf_of(page.text), "password": PASSWORD}
    short = one.post("/account/password", data={**fields, "new_password": "x", "confirm": "x"})
    assert short.status_code == 422
    changed = one.post(
        "/account/password",
        data={"csrf_token": csrf_of(page.text), "password": PASSWORD,
              "new_password": "a new long password", "confirm": "a new long password"},
    )  # fmt: skip
    assert changed.status_code == 303
    assert one.get("/review").status_code == 303 and two.get("/review").status_code == 303
    assert log_in(one, "ana").status_code == 401
    assert log_in(one, "ana", "a new long password").status_code == 303


def test_admin_ends_a_users_sessions_and_disables_them(team_db):
    db, people = team_db
    app = make_app(db)
    from fastapi.testclient import TestClient

    admin = TestClient(app, follow_redirects=False)
    coder = TestClient(app, follow_redirects=False)
    log_in(admin, "root")
    log_in(coder, "ana")
    assert coder.get("/review").status_code == 200
    page = admin.get("/admin/users")
    assert page.status_code == 200 and "ana" in page.text
    ended = admin.post("/admin/users/ana/end-sessions", data={"csrf_token": csrf_of(page.text)})
    assert ended.status_code == 303
    assert coder.get("/review").status_code == 303
    log_in(coder, "ana")
    admin.post("/admin/users/ana/disable", data={"csrf_token": csrf_of(page.text)})
    assert coder.get("/review").status_code == 303
    assert log_in(coder, "ana").status_code == 401
    api = TestClient(app).get("/api/events", headers=bearer(people.tokens["coder"]))
    assert api.status_code == 401  # a disabled user's token stops too


def test_idle_timeout_ends_a_session(team_db):
    db, _ = team_db
    web = client(db, idle_timeout=1)
    log_in(web, "ana")
    assert web.get("/review").status_code == 200
    time.sleep(1.2)
    assert web.get("/review").status_code == 303


# ------------------------------------------------------------------ CSRF on every form


def test_every_state_changing_form_needs_the_csrf_token(team_db):
    db, _ = team_db
    web = client(db)
    log_in(web, "root")
    event_id = first_event(db)
    posts = [r for r in routes(web.app) if "POST" in (getattr(r, "methods", None) or ())
             and not r.path.startswith("/api/")]  # fmt: skip
    assert len(posts) >= 12
    for route in posts:
        path = route.path.replace("{event_id}", event_id).replace("{name}", "ana")
        for token in (None, "forged-token-of-the-right-length-000"):
            data = {"reason": "x", "revision": "1", "event_id": event_id}
            if token:
                data["csrf_token"] = token
            answer = web.post(path, data=data)
            assert answer.status_code == 403, (path, answer.status_code)
    from sitrep.store import open_store

    with open_store(db) as store:
        assert store.event(event_id).revision == 1  # nothing was changed


def test_api_writes_from_a_browser_session_need_the_csrf_header(team_db):
    db, _ = team_db
    web = client(db)
    log_in(web, "ana")
    event_id = first_event(db)
    body = {"changes": {"fatalities": 5}, "base_revision": 1, "reason": "recount"}
    assert web.patch(f"/api/events/{event_id}", json=body).status_code == 403
    token = csrf_of(web.get("/").text)
    ok = web.patch(f"/api/events/{event_id}", json=body, headers={"x-csrf-token": token})
    assert ok.status_code == 200


# ------------------------------------------------------------------ review over the API


def test_api_edit_statuses_and_the_reviewed_export(team_db):
    db, people = team_db
    web = client(db)
    event_id = first_event(db)
    url = f"/api/events/{event_id}"
    before = web.get(url, headers=bearer(people.tokens["viewer"])).json()
    assert before["revision"] == 1 and before["history"][0]["user"] == "sitrep"
    body = {"changes": {"fatalities": before["fatalities"] + 2}, "reason": "hospital count",
            "base_revision": 1}  # fmt: skip
    assert web.patch(url, json=body).status_code == 401
    assert web.patch(url, json=body, headers=bearer("srt_0000_nonsense")).status_code == 401
    assert web.patch(url, json=body, headers=bearer(people.tokens["viewer"])).status_code == 403
    bad = dict(body, changes={"fatalities": "many"})
    assert web.patch(url, json=bad, headers=bearer(people.tokens["coder"])).status_code == 422
    unknown = dict(body, changes={"password": "x"})
    assert web.patch(url, json=unknown, headers=bearer(people.tokens["coder"])).status_code == 422
    assert (
        web.patch("/api/events/nope", json=body, headers=bearer(people.tokens["coder"])).status_code
        == 404
    )
    done = web.patch(url, json=body, headers=bearer(people.tokens["coder"]))
    assert done.status_code == 200, done.text
    assert done.json()["number"] == 2 and done.json()["user"] == "ana"
    stale = web.patch(url, json=body, headers=bearer(people.tokens["coder"]))
    assert stale.status_code == 409
    after = web.get(url, headers=bearer(people.tokens["viewer"])).json()
    assert after["fatalities"] == before["fatalities"] + 2 and after["review"] == "edited"
    assert after["history"][-1]["changes"]["fatalities"] == [
        before["fatalities"],
        after["fatalities"],
    ]
    machine = web.get(url + "?view=machine", headers=bearer(people.tokens["viewer"])).json()
    assert machine["fatalities"] == before["fatalities"]
    exported = web.get("/api/events.csv?view=reviewed", headers=bearer(people.tokens["viewer"]))
    rows = {r["event_id_cnty"]: r for r in csv.DictReader(io.StringIO(exported.text))}
    assert rows[event_id]["fatalities"] == str(after["fatalities"])


def test_api_evidence_repointed_or_judgement(team_db):
    db, people = team_db
    web = client(db)
    event_id = first_event(db)
    coder = bearer(people.tokens["coder"])
    event = web.get(f"/api/events/{event_id}", headers=coder).json()
    article = web.get(f"/api/articles/{event['document']}", headers=coder).json()
    word = next(w for w in article["original"].split() if w.isalpha() and len(w) > 5)
    body = {"changes": {"notes": "coder's note"}, "base_revision": 1,
            "evidence": {"location": {"words": word}, "fatalities": "judgement"}}  # fmt: skip
    done = web.patch(f"/api/events/{event_id}", json=body, headers=coder)
    assert done.status_code == 200, done.text
    after = web.get(f"/api/events/{event_id}", headers=coder).json()
    located = [e for e in after["evidence"] if e["field"] == "location"]
    assert [e["text"] for e in located] == [word]
    start, end = located[0]["start"], located[0]["end"]
    assert article["original"][start:end] == word
    assert not [e for e in after["evidence"] if e["field"] == "fatalities"]
    page = web.get(f"/events/{event_id}", headers=coder)
    missing = {"changes": {}, "base_revision": 2, "evidence": {"actor1": {"words": "zzqx no such"}}}
    assert web.patch(f"/api/events/{event_id}", json=missing, headers=coder).status_code == 422
    assert page.status_code in (200, 303)


def test_api_accept_reject_restore_merge_split(team_db):
    db, people = team_db
    web = client(db)
    coder = bearer(people.tokens["coder"])
    ids = [e["event_id"] for e in web.get("/api/events?limit=6", headers=coder).json()["events"]]
    a, b, c, d = ids[:4]
    assert (
        web.post(f"/api/events/{a}/accept", json={"base_revision": 1}, headers=coder).status_code
        == 200
    )
    assert (
        web.post(f"/api/events/{a}/accept", json={"base_revision": 1}, headers=coder).status_code
        == 409
    )
    assert (
        web.post(f"/api/events/{b}/reject", json={"reason": ""}, headers=coder).status_code == 422
    )
    rejected = web.post(f"/api/events/{b}/reject", json={"reason": "not an event"}, headers=coder)
    assert rejected.status_code == 200
    listed = [
        e["event_id"] for e in web.get("/api/events?limit=1000", headers=coder).json()["events"]
    ]
    assert b not in listed
    restored = web.post(f"/api/events/{b}/restore", json={"revision": 1, "reason": "was right"},
                        headers=coder)  # fmt: skip
    assert restored.status_code == 200, restored.text
    viewer = bearer(people.tokens["viewer"])
    merge = {"event_ids": [c, d], "reason": "same strike"}
    assert web.post("/api/events/merge", json=merge, headers=viewer).status_code == 403
    assert web.post("/api/events/merge", json={"event_ids": [c, "nope"], "reason": "x"},
                    headers=coder).status_code == 404  # fmt: skip
    merged = web.post("/api/events/merge", json=merge, headers=coder)
    assert merged.status_code == 200, merged.text
    e = ids[4]
    parts = {"parts": [{"fatalities": 1}, {"fatalities": 2}], "reason": "two strikes"}
    split = web.post(f"/api/events/{e}/split", json=parts, headers=coder)
    assert split.status_code == 200, split.text
    assert len(split.json()["revisions"]) >= 2
    history = web.get(f"/api/events/{e}", headers=coder)
    assert history.status_code in (200, 404)  # a split event may leave the current view


def test_map_gives_points_or_a_grid_of_counts(team_db):
    db, people = team_db
    viewer = bearer(people.tokens["viewer"])
    few = client(db).get("/api/map?zoom=3", headers=viewer).json()
    assert few["points"] and not few["grid"] and len(few["types"]) == 7
    many = client(db, map_points=2).get("/api/map?zoom=1", headers=viewer).json()
    assert many["grid"] and not many["points"]
    assert sum(cell[2] for cell in many["grid"]) == len(few["points"])
    assert all(sum(cell[3]) == cell[2] for cell in many["grid"])
    north = client(db).get("/api/map?zoom=3&bbox=-30,0,60,60", headers=viewer).json()
    assert 0 < len(north["points"]) < len(few["points"])
    assert all(0 <= p[0] <= 60 and -30 <= p[1] <= 60 for p in north["points"])


def test_exports_in_every_format(team_db):
    import pyarrow.parquet as pq

    db, people = team_db
    web = client(db)
    viewer = bearer(people.tokens["viewer"])
    count = len(web.get("/api/events?limit=1000", headers=viewer).json()["events"])
    text = web.get("/api/events.csv", headers=viewer)
    assert text.headers["content-type"].startswith("text/csv")
    assert text.text.splitlines()[0].startswith("event_id_cnty,event_date,year,time_precision")
    assert len(list(csv.DictReader(io.StringIO(text.text)))) == count
    geo = web.get("/api/events.geojson?type=Protests", headers=viewer).json()
    assert geo["type"] == "FeatureCollection" and geo["features"]
    assert all(f["properties"]["event_type"] == "Protests" for f in geo["features"])
    lines = web.get("/api/events.jsonl", headers=viewer).text.splitlines()
    assert len(lines) == count and "evidence" in json.loads(lines[0])
    table = pq.read_table(io.BytesIO(web.get("/api/events.parquet", headers=viewer).content))
    assert table.num_rows == count
    assert web.get("/api/events.csv").status_code == 401


# ------------------------------------------------------------------ review in the forms


def test_coder_edits_in_the_form_with_words_as_evidence(team_db):
    db, _ = team_db
    web = client(db)
    log_in(web, "ana")
    event_id = first_event(db)
    form = web.get(f"/events/{event_id}/edit")
    assert form.status_code == 200
    from sitrep.store import open_store

    with open_store(db) as store:
        record = store.event(event_id)
        original = store.article(record.document, record.version).original
    word = original.split()[3].strip(".,")
    done = web.post(
        f"/events/{event_id}/edit",
        data={"csrf_token": csrf_of(form.text), "base_revision": "1",
              "value_fatalities": str(record.event.fatalities + 1), "evidence_fatalities": "words",
              "words_fatalities": word, "reason": "corrected"},
    )  # fmt: skip
    assert done.status_code == 303, done.text
    page = web.get(f"/events/{event_id}").text
    assert "r2 edit" in page and "corrected" in page
    with open_store(db) as store:
        after = store.event(event_id)
    assert after.revision == 2 and after.event.fatalities == record.event.fatalities + 1
    assert [e.text for e in after.event.evidence if e.field == "fatalities"] == [word]
    stale = web.post(f"/events/{event_id}/accept",
                     data={"csrf_token": csrf_of(form.text), "base_revision": "1"})  # fmt: skip
    assert stale.status_code == 409


def test_viewer_cannot_review(team_db):
    db, _ = team_db
    web = client(db)
    log_in(web, "vic")
    page = web.get("/review")
    assert page.status_code == 200 and "/review/bulk" not in page.text
    event_id = first_event(db)
    answer = web.post(f"/events/{event_id}/accept", data={"csrf_token": csrf_of(page.text)})
    assert answer.status_code == 403


def test_bulk_accept_of_a_filtered_selection(team_db):
    db, _ = team_db
    web = client(db)
    log_in(web, "ana")
    page = web.get("/review?type=Protests")
    assert page.status_code == 200
    fields = {"action": "accept", "f_type": "Protests", "f_review": "unreviewed"}
    done = web.post("/review/bulk", data={"csrf_token": csrf_of(page.text), **fields})
    assert done.status_code == 200
    from sitrep.store import EventQuery, open_store

    with open_store(db) as store:
        protests = list(store.iter_events(EventQuery(type="Protests")))
        others = list(store.iter_events(EventQuery(type="Battles")))
    assert protests and all(r.review == "accepted" for r in protests)
    assert all(r.review == "unreviewed" for r in others)


# ------------------------------------------------------------------ the log


def test_log_is_utc_names_who_and_keeps_secrets_out(team_db, caplog):
    db, people = team_db
    web = client(db)
    caplog.set_level(logging.INFO, logger="sitrep.web")
    log_in(web, "ana", "wrong password 1")
    log_in(web, "ana")
    cookie = web.cookies.get("sitrep_session")
    event_id = first_event(db)
    web.patch(f"/api/events/{event_id}", json={"changes": {"fatalities": 9}, "base_revision": 1},
              headers=bearer(people.tokens["coder"]))  # fmt: skip
    web.patch(f"/api/events/{event_id}", json={"changes": {"fatalities": 1}, "base_revision": 2},
              headers=bearer(people.tokens["viewer"]))  # fmt: skip
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "login.failed who='ana'" in text and "login who='ana'" in text
    assert "access.denied.403 who='vic'" in text and f"path='/api/events/{event_id}'" in text
    assert "event.edit who='ana'" in text and "where='testclient'" in text
    for secret in ("wrong password 1", PASSWORD, cookie, people.tokens["coder"]):
        assert secret and secret not in text
    from sitrep.web.audit import UTCFormatter

    stamp = UTCFormatter().formatTime(caplog.records[0])
    assert stamp.endswith("Z") and "T" in stamp


# ------------------------------------------------------------------ the same app over PostgreSQL


def test_the_app_over_postgresql(postgres, tmp_path):
    from _web import DEMO, add_people, build_demo

    url = postgres.create_database()
    build_demo(url)  # type: ignore[arg-type]
    people = add_people(url)  # type: ignore[arg-type]
    web = client(url)  # type: ignore[arg-type]
    coder = bearer(people.tokens["coder"])
    listed = web.get("/api/events?type=Protests&limit=1", headers=coder).json()
    assert listed["events"] and listed["next"]
    more = web.get(f"/api/events?type=Protests&limit=1&cursor={listed['next']}", headers=coder)
    assert more.status_code == 200 and more.json()["events"][0] not in listed["events"]
    event_id = listed["events"][0]["event_id"]
    body = {"changes": {"fatalities": 7}, "reason": "count", "base_revision": 1}
    assert web.patch(f"/api/events/{event_id}", json=body, headers=coder).status_code == 200
    assert web.patch(f"/api/events/{event_id}", json=body, headers=coder).status_code == 409
    log_in(web, "vic")
    assert "r2 edit</strong> by ana" in web.get(f"/events/{event_id}").text
    assert web.get("/api/map?zoom=2", headers=coder).json()["points"]
    assert "<svg" in web.get("/").text
    assert DEMO.is_dir()
