# ruff: noqa: F811  (pytest fixtures imported from _web are redefined as arguments)
"""Schemathesis against /openapi.json: generated requests to every API operation, as a coder
with a bearer token and as nobody; never a 5xx, and every answer matches the schema
(status code, content type, body)."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import checks

from _web import add_people, copy_store, demo_master, make_app  # noqa: F401

CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_schema_conformance,
]


@pytest.fixture(scope="module")
def api(demo_master, tmp_path_factory):
    db = copy_store(demo_master, tmp_path_factory.mktemp("schema") / "schema.db")
    people = add_people(db)
    return schemathesis.openapi.from_asgi("/openapi.json", make_app(db)), people


def _operations(schema):
    found = [result.ok() for result in schema.get_all_operations()]
    assert len(found) >= 14, "the API lost operations"
    return found


@pytest.mark.parametrize(("who", "examples"), [("coder", 20), ("nobody", 4)])
def test_every_operation_answers_within_its_schema(api, who, examples):
    schema, people = api
    headers = {"Authorization": f"Bearer {people.tokens['coder']}"} if who == "coder" else {}
    failures = []
    for operation in _operations(schema):

        @given(case=operation.as_strategy())
        @settings(max_examples=examples, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))  # fmt: skip
        def run(case):
            case.call_and_validate(headers=headers, checks=CHECKS)

        try:
            run()
        except Exception as failure:  # gather them all: one report names every operation
            failures.append(f"{operation.method.upper()} {operation.path}: {failure}")
    assert not failures, "\n\n".join(failures)
