"""`verify`: re-hash every capture, walk the custody log's chain, and check each stored row
against the hash the log recorded for it when it was written."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from sitrep.store import _schema
from sitrep.store.contract import VerifyReport

if TYPE_CHECKING:
    from sitrep.store._sql import SQLStore

_PAGE = 500
# Rows whose view flags disagree with what their revisions and versions say.
_FLAGS = """
SELECT c.event_id, c.revision FROM codings c
JOIN events e ON e.event_id = c.event_id
JOIN documents d ON d.key = e.document
JOIN (SELECT event_id, max(revision) AS top FROM codings GROUP BY event_id) m
  ON m.event_id = c.event_id
WHERE c.latest <> CASE WHEN c.revision = m.top THEN 1 ELSE 0 END
   OR c.shown <> CASE WHEN c.revision = m.top AND e.version = d.latest
                       AND c.review NOT IN ('rejected', 'merged', 'split') THEN 1 ELSE 0 END
   OR c.machine <> CASE WHEN c.revision = 1 AND c.kind = 'coded' AND e.version = d.latest
                         THEN 1 ELSE 0 END
ORDER BY c.event_id, c.revision
"""
_LATEST = """
SELECT d.key FROM documents d
WHERE d.latest <> (SELECT max(v.number) FROM versions v WHERE v.document = d.key)
ORDER BY d.key
"""


class Verifier:
    def __init__(self, store: SQLStore) -> None:
        self.store = store
        self.problems: list[str] = []
        self.captured: dict[str, int] = {}  # sha256 -> log position
        self.versions: dict[tuple[str, int], tuple[int, str]] = {}  # -> position, hash
        self.codings: dict[tuple[str, int], tuple[int, str]] = {}
        self.entries = 0

    def run(self) -> VerifyReport:
        self._walk_log()
        captures = self._captures()
        self._versions()
        events, revisions = self._codings()
        self._flags()
        return VerifyReport(captures, events, revisions, self.entries, tuple(self.problems))

    def _walk_log(self) -> None:
        expected, previous = 1, _schema.GENESIS
        while True:
            rows = self.store._rows(
                "SELECT position, at, kind, subject, detail, previous_hash, hash"
                " FROM custody_log WHERE position >= ? ORDER BY position LIMIT ?",
                (expected, _PAGE),
            )
            for position, at, kind, subject, detail, previous_hash, digest in rows:
                if position != expected:
                    self.problems.append(
                        f"log position {expected}: missing (the next entry is {position})"
                    )
                if previous_hash != previous:
                    self.problems.append(
                        f"log position {position}: does not hold the hash of the entry before it"
                    )
                if _schema.entry_hash(position, at, kind, subject, detail, previous_hash) != digest:
                    self.problems.append(f"log position {position}: altered (its hash does not"
                                         " match its content)")  # fmt: skip
                self._expect(position, kind, subject, detail)
                self.entries += 1
                expected, previous = position + 1, digest
            if len(rows) < _PAGE:
                return

    def _expect(self, position: int, kind: str, subject: str, detail: str) -> None:
        try:
            data: dict[str, Any] = json.loads(detail)
            if kind == "capture":
                self.captured[subject] = position
                key = (data["document"], int(data["version"]))
                self.versions[key] = (position, data["version_hash"])
            elif kind == "coded":
                for event_id, digest in data["events"].items():
                    self.codings[(event_id, 1)] = (position, digest)
            elif kind == "revision":
                self.codings[(subject, int(data["revision"]))] = (position, data["hash"])
        except (ValueError, KeyError, TypeError, AttributeError):
            self.problems.append(f"log position {position}: unreadable {kind} entry")

    def _captures(self) -> int:
        count, after = 0, ""
        while True:
            rows = self.store._rows(
                "SELECT sha256, raw FROM captures WHERE sha256 > ? ORDER BY sha256 LIMIT ?",
                (after, 50),
            )
            for digest, raw in rows:
                count += 1
                if _schema.sha256(bytes(raw)) != digest:
                    self.problems.append(
                        f"capture {digest}: its bytes do not match their sha256"
                        f"{self._used_by(digest)}"
                    )
                if digest not in self.captured:
                    self.problems.append(f"capture {digest}: not in the custody log")
            if len(rows) < 50:
                return count
            after = rows[-1][0]

    def _used_by(self, digest: str) -> str:
        rows = self.store._rows(
            "SELECT document, number FROM versions WHERE sha256 = ? ORDER BY document, number",
            (digest,),
        )
        return "".join(f" ({d} version {n})" for d, n in rows[:3])

    def _versions(self) -> None:
        columns = ", ".join(_schema.VERSION_COLUMNS)
        seen = set()
        for row in self.store._dicts(f"SELECT {columns} FROM versions ORDER BY document, number"):
            key = (row["document"], int(row["number"]))
            seen.add(key)
            logged = self.versions.get(key)
            name = f"document {key[0]} version {key[1]}"
            if logged is None:
                self.problems.append(f"{name}: not in the custody log")
            elif _schema.version_hash(row) != logged[1]:
                self.problems.append(f"{name}: differs from what log position {logged[0]} recorded")
        for key in sorted(set(self.versions) - seen):
            self.problems.append(f"log position {self.versions[key][0]}: document {key[0]}"
                                 f" version {key[1]} is missing from the store")  # fmt: skip

    def _codings(self) -> tuple[int, int]:
        columns = ", ".join(_schema.CODING_COLUMNS)
        seen: set[tuple[str, int]] = set()
        after, events = "", 0
        while True:
            ids = [r[0] for r in self.store._rows(
                "SELECT event_id FROM events WHERE event_id > ? ORDER BY event_id LIMIT ?",
                (after, _PAGE),
            )]  # fmt: skip
            if not ids:
                break
            events += len(ids)
            marks = ", ".join("?" * len(ids))
            evidence: dict[tuple[str, int], list[tuple[Any, ...]]] = defaultdict(list)
            for event_id, revision, *rest in self.store._rows(
                f'SELECT event_id, revision, field, text, start, "end" FROM evidence'
                f" WHERE event_id IN ({marks}) ORDER BY event_id, revision, position",
                ids,
            ):
                evidence[(event_id, revision)].append(tuple(rest))
            for row in self.store._dicts(
                f"SELECT {columns} FROM codings WHERE event_id IN ({marks})"
                " ORDER BY event_id, revision",
                ids,
            ):
                key = (row["event_id"], int(row["revision"]))
                seen.add(key)
                self._check_coding(key, _schema.coding_hash(row, evidence.get(key, [])))
            after = ids[-1]
        for key in sorted(set(self.codings) - seen):
            self.problems.append(f"log position {self.codings[key][0]}: event {key[0]}"
                                 f" revision {key[1]} is missing from the store")  # fmt: skip
        return events, len(seen)

    def _check_coding(self, key: tuple[str, int], digest: str) -> None:
        logged = self.codings.get(key)
        name = f"event {key[0]} revision {key[1]}"
        if logged is None:
            self.problems.append(f"{name}: not in the custody log")
        elif logged[1] != digest:
            self.problems.append(f"{name}: differs from what log position {logged[0]} recorded")

    def _flags(self) -> None:
        for event_id, revision in self.store._rows(_FLAGS):
            self.problems.append(
                f"event {event_id} revision {revision}: its view flags disagree with its history"
            )
        for (key,) in self.store._rows(_LATEST):
            self.problems.append(f"document {key}: its latest version is not its newest")
