"""The store's commands: review events, read a document's versions, verify, back up, restore."""

from __future__ import annotations

import getpass
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table

from sitrep.cli._common import (
    Db,
    Format,
    FormatOpt,
    ViewChoice,
    ViewOpt,
    app,
    err,
    fail,
    open_db,
    out,
)

if TYPE_CHECKING:
    from sitrep.store import Store
    from sitrep.store.contract import EventRecord, Revision, Version

event_app = typer.Typer(help="Review one event: show, edit, accept, reject, merge, restore.",
                        no_args_is_help=True)  # fmt: skip
article_app = typer.Typer(help="A stored document and its versions.", no_args_is_help=True)
app.add_typer(event_app, name="event")
app.add_typer(article_app, name="article")

EventId = Annotated[str, typer.Argument(help="The event's id (from sitrep events).")]
As = Annotated[
    str | None,
    typer.Option("--as", help="Who makes the change (default: $SITREP_USER, else your login)."),
]
Base = Annotated[
    int | None,
    typer.Option("--base", help="The revision you looked at: fail if someone changed it since."),
]
Reason = Annotated[str, typer.Option("--reason", help="Why: kept in the event's history.")]


def who(name: str | None) -> str:
    return name or os.environ.get("SITREP_USER") or getpass.getuser()


@contextmanager
def store_errors(db: str) -> Iterator[Store]:
    """The store at `db`; any `StoreError` inside becomes one line and exit 1."""
    from sitrep.store import StoreError

    store = open_db(db)
    try:
        with store:
            yield store
    except StoreError as error:
        raise fail(str(error), 1) from None


def parse_sets(pairs: list[str]) -> dict[str, str]:
    changes = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise fail(f"--set {pair!r}: write FIELD=VALUE")
        changes[name.strip()] = value
    return changes


@event_app.command("show")
def event_show(
    event_id: EventId, db: Db = "sitrep.db", view: ViewOpt = ViewChoice.current,
    format: FormatOpt = None,
) -> None:  # fmt: skip
    """Every field of one event with the words behind it, its review state and sources.

    Example: sitrep event show 3f2a9c01b7de-1-1 --db sitrep.db
    """
    with store_errors(db) as store:
        record = store.event(event_id, view=view.value)
    chosen = format or (Format.table if out.is_terminal else Format.json)
    if chosen is Format.table:
        out.print(_event_table(record))
    else:
        from sitrep.export import record_json

        print(json.dumps(record_json(record), ensure_ascii=False, indent=1))


def _event_table(record: EventRecord) -> Table:
    event = record.event
    title = (
        f"event {event.event_id}: revision {record.revision} of {record.latest}, {record.review};"
        f" from {record.document} version {record.version}"
    )
    table = Table(title=title, title_justify="left")
    for name in ("field", "value", "evidence"):
        table.add_column(name, overflow="fold")
    words: dict[str, list[str]] = {}
    for e in event.evidence:
        words.setdefault(e.field, []).append(f"{e.text!r} @{e.start}")
    from sitrep.store.contract import FIELD_TYPES

    for name in FIELD_TYPES:
        value = getattr(event, name)
        table.add_row(name, "" if value is None else str(value), "; ".join(words.get(name, [])))
    table.add_row("sources", "; ".join(record.sources), "")
    table.add_row("coded by", ", ".join(f"{k} {v}" for k, v in record.coded_by.items()), "")
    return table


@event_app.command("edit")
def event_edit(
    event_id: EventId,
    set_: Annotated[
        list[str], typer.Option("--set", help="FIELD=VALUE; repeat for several fields.")
    ],
    reason: Reason,
    db: Db = "sitrep.db",
    as_: As = None,
    base: Base = None,
) -> None:
    """Change fields of an event: a new revision; the machine's values stay in its history.

    Example: sitrep event edit 3f2a9c01b7de-1-1 --set fatalities=5 --reason "hospital count"
    """
    changes = parse_sets(set_)
    with store_errors(db) as store:
        revision = store.revise(event_id, changes, user=who(as_), reason=reason,
                                base_revision=base)  # fmt: skip
    _said(revision)


@event_app.command("accept")
def event_accept(
    event_id: EventId, db: Db = "sitrep.db", as_: As = None, base: Base = None
) -> None:
    """Mark the event's coding as checked and right.

    Example: sitrep event accept 3f2a9c01b7de-1-1
    """
    with store_errors(db) as store:
        _said(store.accept(event_id, user=who(as_), base_revision=base))


@event_app.command("reject")
def event_reject(
    event_id: EventId, reason: Reason, db: Db = "sitrep.db", as_: As = None, base: Base = None
) -> None:
    """Reject an event (kept, out of the current view).

    Example: sitrep event reject 3f2a9c01b7de-1-2 --reason "a drill, not an attack"
    """
    with store_errors(db) as store:
        _said(store.reject(event_id, user=who(as_), reason=reason, base_revision=base))


@event_app.command("restore")
def event_restore(
    event_id: EventId,
    revision: Annotated[int, typer.Argument(help="The revision to bring back.")],
    reason: Annotated[str, typer.Option("--reason", help="Why: kept in the history.")] = "",
    db: Db = "sitrep.db",
    as_: As = None,
    base: Base = None,
) -> None:
    """Bring back an earlier revision's values, as a new revision.

    Example: sitrep event restore 3f2a9c01b7de-1-1 1 --reason "the edit was wrong"
    """
    with store_errors(db) as store:
        _said(store.restore(event_id, revision, user=who(as_), reason=reason, base_revision=base))


@event_app.command("merge")
def event_merge(
    event_ids: Annotated[list[str], typer.Argument(help="The events; the first one stays.")],
    reason: Reason,
    set_: Annotated[
        list[str] | None, typer.Option("--set", help="FIELD=VALUE for the merged event.")
    ] = None,
    db: Db = "sitrep.db",
    as_: As = None,
) -> None:
    """Merge reports of one event into the first; the others point to it.

    Example: sitrep event merge 3f2a9c01b7de-1-1 88aa01f2c3d4-1-2 --reason "same strike"
    """
    with store_errors(db) as store:
        revision = store.merge(event_ids, user=who(as_), reason=reason,
                               changes=parse_sets(set_ or []))  # fmt: skip
    _said(revision)


@event_app.command("split")
def event_split(
    event_id: EventId,
    part: Annotated[
        list[str], typer.Option("--part", help='One part\'s changes as JSON: {"location": "X"}.')
    ],
    reason: Reason,
    db: Db = "sitrep.db",
    as_: As = None,
    base: Base = None,
) -> None:
    """Split one event into several, each starting from its values with the changes given.

    Example: sitrep event split 3f2a9c01b7de-1-1 --part '{"location": "Kaleva"}'
    --part '{"location": "Oulu"}' --reason "two towns"
    """
    parts = []
    for text in part:
        try:
            value = json.loads(text)
        except ValueError:
            raise fail(f"--part {text!r}: not JSON") from None
        if not isinstance(value, dict):
            raise fail(f"--part {text!r}: give a JSON object of field changes")
        parts.append(value)
    with store_errors(db) as store:
        revisions = store.split(event_id, parts, user=who(as_), reason=reason, base_revision=base)
    for revision in revisions:
        _said(revision)


def _said(revision: Revision) -> None:
    what = ", ".join(
        f"{k}: {_short(old)} -> {_short(new)}" for k, (old, new) in revision.changes.items()
    )
    err.print(
        f"sitrep: event {revision.event_id} revision {revision.number} ({revision.kind},"
        f" {revision.review}) by {revision.user}{': ' + what if what else ''}",
        markup=False, highlight=False,
    )  # fmt: skip


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    return text if len(text) <= 60 else text[:57] + "..."


@event_app.command("history")
def event_history(event_id: EventId, db: Db = "sitrep.db", format: FormatOpt = None) -> None:
    """Every revision of an event: who, when (UTC), what changed from what to what, and why.

    Example: sitrep event history 3f2a9c01b7de-1-1 --format json
    """
    with store_errors(db) as store:
        revisions = store.history(event_id)
    chosen = format or (Format.table if out.is_terminal else Format.json)
    if chosen is Format.table:
        table = Table(title=f"history of event {event_id}", title_justify="left")
        for name in ("rev", "kind", "review", "by", "at (UTC)", "changes", "reason"):
            table.add_column(name, overflow="fold")
        for r in revisions:
            changes = "\n".join(
                f"{k}: {_short(a)} -> {_short(b)}" for k, (a, b) in r.changes.items()
            )
            table.add_row(str(r.number), r.kind, r.review, r.user, r.at, changes, r.reason)
        out.print(table)
    else:
        data = [_revision_json(r) for r in revisions]
        if chosen is Format.json:
            print(json.dumps(data, ensure_ascii=False, indent=1))
        else:
            for line in data:
                print(json.dumps(line, ensure_ascii=False))


def _revision_json(revision: Revision) -> dict[str, Any]:
    data = asdict(revision)
    data["changes"] = {k: list(v) for k, v in revision.changes.items()}
    return data


@article_app.command("history")
def article_history(
    key: Annotated[str, typer.Argument(help="The document's key: URL, JSONL id or path.")],
    db: Db = "sitrep.db",
    format: FormatOpt = None,
) -> None:
    """Every stored version of a document: when captured, its sha256, how many events.

    Example: sitrep article history news/kaleva.txt --db sitrep.db
    """
    with store_errors(db) as store:
        versions = store.document_versions(key)
    chosen = format or (Format.table if out.is_terminal else Format.json)
    if chosen is Format.table:
        out.print(_versions_table(key, versions))
    else:
        print(json.dumps([asdict(v) for v in versions], ensure_ascii=False, indent=1))


def _versions_table(key: str, versions: list[Version]) -> Table:
    table = Table(title=f"versions of {key}", title_justify="left")
    for name in ("version", "captured (UTC)", "sha256", "title", "events", "mentions", "source"):
        table.add_column(name, overflow="fold")
    for v in versions:
        table.add_row(str(v.number), v.captured_at, v.sha256[:16], v.title or "", str(v.events),
                      str(v.mentions), v.source)  # fmt: skip
    return table


@app.command()
def verify(db: Db = "sitrep.db") -> None:
    """Re-hash every capture and walk the custody log: prove nothing changed behind sitrep.

    Exit 0 and one summary line when intact; else exit 1 and one line per mismatch.
    Example: sitrep verify --db sitrep.db
    """
    with store_errors(db) as store:
        report = store.verify()
    for problem in report.problems:
        err.print(f"sitrep: {db}: {problem}", markup=False, highlight=False)
    if not report.ok:
        raise typer.Exit(1)
    out.print(report.summary(), markup=False, highlight=False)


@app.command()
def backup(
    path: Annotated[Path, typer.Argument(help="The backup file to write (must not exist).")],
    db: Db = "sitrep.db",
) -> None:
    """A consistent copy of the store, safe while an ingest runs (pg_dump for PostgreSQL).

    Example: sitrep backup backups/sitrep-2024-03-06.db --db sitrep.db
    """
    with store_errors(db) as store:
        store.backup(path)
    err.print(f"sitrep: backed up {db} to {path}", markup=False, highlight=False)


@app.command()
def restore(
    path: Annotated[Path, typer.Argument(help="A file written by sitrep backup.")],
    db: Annotated[
        str,
        typer.Option("--db", help="The new store: an SQLite file or an empty PostgreSQL database.",
                     envvar="SITREP_DB"),
    ],
) -> None:  # fmt: skip
    """Restore a backup into a new store, then verify it (never writes over a store).

    Example: sitrep restore backups/sitrep-2024-03-06.db --db restored.db
    """
    from sitrep.store import StoreError
    from sitrep.store import restore as restore_store

    try:
        restore_store(path, db)
    except StoreError as error:
        raise fail(str(error), 1) from None
    with store_errors(db) as store:
        report = store.verify()
    for problem in report.problems:
        err.print(f"sitrep: {db}: {problem}", markup=False, highlight=False)
    if not report.ok:
        raise typer.Exit(1)
    out.print(f"restored {path} into {db}: {report.summary()}", markup=False, highlight=False)
