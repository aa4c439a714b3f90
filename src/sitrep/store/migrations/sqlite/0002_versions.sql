-- sitrep store, version 2: documents with versions, raw captures kept once by their sha256,
-- events with every revision, users and API tokens, and the hash-chained custody log.
-- Version 1's tables are kept under new names; the store adopts their rows on opening.
ALTER TABLE articles RENAME TO v1_articles;
ALTER TABLE events RENAME TO v1_events;
ALTER TABLE evidence RENAME TO v1_evidence;

CREATE TABLE captures (
    sha256 TEXT PRIMARY KEY,                  -- of `raw`; the same bytes are kept once
    raw BLOB NOT NULL,                        -- exactly as received
    size INTEGER NOT NULL,
    stored_at TEXT NOT NULL
);

CREATE TABLE documents (
    key TEXT PRIMARY KEY,                     -- URL, else JSONL id, else path under the root
    tag TEXT NOT NULL UNIQUE,                 -- short id inside its event ids
    latest INTEGER NOT NULL,                  -- the version the current view shows
    created_at TEXT NOT NULL
);

CREATE TABLE versions (
    document TEXT NOT NULL REFERENCES documents (key),
    number INTEGER NOT NULL,
    sha256 TEXT NOT NULL REFERENCES captures (sha256),
    captured_at TEXT NOT NULL,
    stored_at TEXT NOT NULL,
    source TEXT NOT NULL,                     -- path, path:line, URL or WARC record it came from
    url TEXT,
    title TEXT,
    published TEXT,
    original TEXT NOT NULL,                   -- the decoded capture; evidence points into it
    article_json TEXT NOT NULL,               -- the cleaned article as `sitrep extract` prints it
    coded_by TEXT NOT NULL,                   -- {"sitrep": version, "knowledge": digest}
    PRIMARY KEY (document, number)
);
CREATE INDEX versions_sha256 ON versions (sha256);

CREATE TABLE events (
    event_id TEXT PRIMARY KEY,
    document TEXT NOT NULL,
    version INTEGER NOT NULL,
    position INTEGER NOT NULL,
    origin TEXT NOT NULL,                     -- "machine", or the event it was split from
    coded_by TEXT NOT NULL,
    FOREIGN KEY (document, version) REFERENCES versions (document, number)
);
CREATE INDEX events_version ON events (document, version);
CREATE INDEX events_origin ON events (origin);

-- Every revision of every event with all its values: revision 1 is the machine's coding.
-- Rows are only added; `latest`, `shown` and `machine` say which rows each view reads.
CREATE TABLE codings (
    id INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES events (event_id),
    revision INTEGER NOT NULL,
    kind TEXT NOT NULL,                       -- coded, edit, accept, merge, split, reject, restore
    user_name TEXT NOT NULL,
    at TEXT NOT NULL,
    reason TEXT NOT NULL,
    based_on INTEGER,
    changes TEXT NOT NULL,                    -- {field: [old, new]}
    review TEXT NOT NULL,
    latest INTEGER NOT NULL,                  -- the event's latest revision
    shown INTEGER NOT NULL,                   -- in the current view
    machine INTEGER NOT NULL,                 -- in the machine view
    is_event INTEGER NOT NULL,                -- 1: an event; 0: a mention
    event_date TEXT NOT NULL,
    time_precision INTEGER,
    event_type TEXT NOT NULL,
    sub_event_type TEXT NOT NULL,
    actor1 TEXT NOT NULL,
    assoc_actor_1 TEXT NOT NULL,
    actor2 TEXT NOT NULL,
    assoc_actor_2 TEXT NOT NULL,
    civilian_targeting INTEGER NOT NULL,
    country TEXT NOT NULL,
    iso INTEGER,
    admin1 TEXT NOT NULL,
    admin2 TEXT NOT NULL,
    location TEXT NOT NULL,
    latitude REAL,
    longitude REAL,
    geo_precision INTEGER,
    fatalities INTEGER NOT NULL,
    notes TEXT NOT NULL,
    source TEXT NOT NULL,
    geonameid INTEGER,
    certainty TEXT NOT NULL,
    factuality TEXT NOT NULL,
    evidence_revision INTEGER NOT NULL,       -- the revision whose evidence rows this one shows
    sources TEXT NOT NULL,                    -- documents reporting it, a JSON list
    merged_into TEXT,
    fulltext TEXT NOT NULL,                   -- notes, actors, places and evidence, for search
    UNIQUE (event_id, revision)
);
CREATE INDEX codings_current_date ON codings (is_event, event_date, event_id) WHERE shown = 1;
CREATE INDEX codings_current_country ON codings (is_event, country, event_date, event_id) WHERE shown = 1;
CREATE INDEX codings_current_admin1 ON codings (is_event, admin1, event_date, event_id) WHERE shown = 1;
CREATE INDEX codings_current_type ON codings (is_event, event_type, event_date, event_id) WHERE shown = 1;
CREATE INDEX codings_current_sub_type ON codings (is_event, sub_event_type, event_date, event_id) WHERE shown = 1;
CREATE INDEX codings_current_actor1 ON codings (is_event, actor1, event_date, event_id) WHERE shown = 1;
CREATE INDEX codings_current_actor2 ON codings (is_event, actor2, event_date, event_id) WHERE shown = 1;
CREATE INDEX codings_current_assoc1 ON codings (is_event, assoc_actor_1, event_date, event_id) WHERE shown = 1;
CREATE INDEX codings_current_assoc2 ON codings (is_event, assoc_actor_2, event_date, event_id) WHERE shown = 1;
CREATE INDEX codings_current_fatalities ON codings (is_event, fatalities, event_date, event_id) WHERE shown = 1;
CREATE INDEX codings_current_certainty ON codings (is_event, certainty, event_date, event_id) WHERE shown = 1;
CREATE INDEX codings_current_review ON codings (is_event, review, event_date, event_id) WHERE shown = 1;
CREATE INDEX codings_machine_date ON codings (is_event, event_date, event_id) WHERE machine = 1;
CREATE INDEX codings_reviewed_date ON codings (is_event, event_date, event_id)
    WHERE shown = 1 AND review IN ('accepted', 'edited');
CREATE INDEX codings_latest ON codings (event_id) WHERE latest = 1;
CREATE VIRTUAL TABLE codings_fts USING fts5 (fulltext, content = '', tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER codings_fts_index AFTER INSERT ON codings
BEGIN INSERT INTO codings_fts (rowid, fulltext) VALUES (new.id, new.fulltext); END;

CREATE TABLE evidence (
    event_id TEXT NOT NULL,
    revision INTEGER NOT NULL,                -- the revision that set this evidence
    position INTEGER NOT NULL,
    field TEXT NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    PRIMARY KEY (event_id, revision, position)
);

CREATE TABLE users (
    name TEXT PRIMARY KEY,
    role TEXT NOT NULL,                       -- viewer, coder, admin
    password_hash TEXT,                       -- argon2, from the caller
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);

CREATE TABLE tokens (
    token_id TEXT PRIMARY KEY,
    user_name TEXT NOT NULL REFERENCES users (name),
    token_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT
);

-- Append-only: each entry holds the hash of the one before.
CREATE TABLE custody_log (
    position INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail TEXT NOT NULL,
    previous_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX custody_log_kind ON custody_log (kind, subject);
CREATE TRIGGER custody_log_no_update BEFORE UPDATE ON custody_log
BEGIN SELECT RAISE(ABORT, 'the custody log is append-only'); END;
CREATE TRIGGER custody_log_no_delete BEFORE DELETE ON custody_log
BEGIN SELECT RAISE(ABORT, 'the custody log is append-only'); END;
CREATE TRIGGER captures_no_update BEFORE UPDATE ON captures
BEGIN SELECT RAISE(ABORT, 'captures are kept as received'); END;
CREATE TRIGGER captures_no_delete BEFORE DELETE ON captures
BEGIN SELECT RAISE(ABORT, 'captures are kept as received'); END;
