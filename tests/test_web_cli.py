# ruff: noqa: F811  (pytest fixtures imported from _web are redefined as arguments)
"""The app's commands: users, tokens, serve's refusals, and the exports it added."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from _web import copy_store, demo_master  # noqa: F401
from sitrep.cli import app


@pytest.fixture
def db(demo_master, tmp_path):
    return str(copy_store(demo_master, tmp_path / "cli.db"))


def run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(app, list(args), input=stdin)


def test_users_add_list_disable_and_a_token(db):
    added = run("users", "add", "ana", "--role", "coder", "--password-stdin", "--db", db,
                stdin="violet harbour lantern\n")  # fmt: skip
    assert added.exit_code == 0, added.output
    weak = run("users", "add", "bob", "--password-stdin", "--db", db, stdin="password1234\n")
    assert weak.exit_code == 2 and "harder password" in weak.output
    assert run("users", "add", "x", "--role", "king", "--db", db).exit_code == 2
    listed = run("users", "list", "--db", db)
    assert "ana\tcoder\tactive" in listed.output and "bob" not in listed.output
    made = run("tokens", "create", "ana", "--db", db)
    assert made.exit_code == 0
    token = made.stdout.strip().splitlines()[0]
    assert token.startswith("srt_")
    from sitrep.store import open_store
    from sitrep.web.passwords import split_token

    token_id, secret = split_token(token)
    with open_store(db) as store:
        user, stored = store.token(token_id)
    assert user.name == "ana" and secret not in stored and stored.startswith("$argon2id$")
    assert run("users", "disable", "ana", "--db", db).exit_code == 0
    assert "ana\tcoder\tdisabled" in run("users", "list", "--db", db).output
    assert run("tokens", "create", "ana", "--db", db).exit_code == 2
    assert run("tokens", "create", "nobody", "--db", db).exit_code == 2


def test_serve_refuses_what_it_must(db, tmp_path):
    open_to_all = run("serve", "--db", db, "--host", "0.0.0.0")
    assert open_to_all.exit_code == 2 and "no users" in open_to_all.output
    bad_tiles = run("serve", "--db", db, "--tiles", "file:///etc/passwd")
    assert bad_tiles.exit_code == 2
    missing = run("serve", "--db", str(tmp_path / "none.db"))
    assert missing.exit_code == 2 and "no such store" in missing.output


def test_export_geojson_and_parquet_from_the_command_line(db, tmp_path):
    import pyarrow.parquet as pq

    geo, table = tmp_path / "e.geojson", tmp_path / "e.parquet"
    assert run("export", "--format", "geojson", "--db", db, "-o", str(geo)).exit_code == 0
    assert run("export", "--format", "parquet", "--db", db, "-o", str(table),
               "--type", "Protests").exit_code == 0  # fmt: skip
    features = json.loads(geo.read_text())["features"]
    rows = pq.read_table(table).to_pylist()
    assert features and rows and len(rows) < len(features)
    assert {r["event_type"] for r in rows} == {"Protests"}
    assert {"revision", "review"} <= set(rows[0])
