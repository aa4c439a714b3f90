-- sitrep store, version 2 (PostgreSQL): as SQLite's, with text compared byte by byte
-- (COLLATE "C", so both backends sort alike) and a GIN index for full-text search.

CREATE TABLE captures (
    sha256 TEXT COLLATE "C" PRIMARY KEY,  -- of `raw`; the same bytes are kept once
    raw BYTEA NOT NULL,  -- exactly as received
    size INTEGER NOT NULL,
    stored_at TEXT COLLATE "C" NOT NULL
);

CREATE TABLE documents (
    key TEXT COLLATE "C" PRIMARY KEY,  -- URL, else JSONL id, else path under the root
    tag TEXT COLLATE "C" NOT NULL UNIQUE,  -- short id inside its event ids
    latest INTEGER NOT NULL,  -- the version the current view shows
    created_at TEXT COLLATE "C" NOT NULL
);

CREATE TABLE versions (
    document TEXT COLLATE "C" NOT NULL REFERENCES documents (key),
    number INTEGER NOT NULL,
    sha256 TEXT COLLATE "C" NOT NULL REFERENCES captures (sha256),
    captured_at TEXT COLLATE "C" NOT NULL,
    stored_at TEXT COLLATE "C" NOT NULL,
    source TEXT COLLATE "C" NOT NULL,  -- path, path:line, URL or WARC record it came from
    url TEXT,
    title TEXT,
    published TEXT,
    original TEXT COLLATE "C" NOT NULL,  -- the decoded capture; evidence points into it
    article_json TEXT COLLATE "C" NOT NULL,  -- the cleaned article as `sitrep extract` prints it
    coded_by TEXT COLLATE "C" NOT NULL,  -- {"sitrep": version, "knowledge": digest}
    PRIMARY KEY (document, number)
);
CREATE INDEX versions_sha256 ON versions (sha256);

CREATE TABLE events (
    event_id TEXT COLLATE "C" PRIMARY KEY,
    document TEXT COLLATE "C" NOT NULL,
    version INTEGER NOT NULL,
    position INTEGER NOT NULL,
    origin TEXT COLLATE "C" NOT NULL,  -- "machine", or the event it was split from
    coded_by TEXT COLLATE "C" NOT NULL,
    FOREIGN KEY (document, version) REFERENCES versions (document, number)
);
CREATE INDEX events_version ON events (document, version);
CREATE INDEX events_origin ON events (origin);

-- Every revision of every event with all its values: revision 1 is the machine's coding.
-- Rows are only added; `latest`, `shown` and `machine` say which rows each view reads.
CREATE TABLE codings (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id TEXT COLLATE "C" NOT NULL REFERENCES events (event_id),
    revision INTEGER NOT NULL,
    kind TEXT COLLATE "C" NOT NULL,  -- coded, edit, accept, merge, split, reject, restore
    user_name TEXT COLLATE "C" NOT NULL,
    at TEXT COLLATE "C" NOT NULL,
    reason TEXT COLLATE "C" NOT NULL,
    based_on INTEGER,
    changes TEXT COLLATE "C" NOT NULL,  -- {field: [old, new]}
    review TEXT COLLATE "C" NOT NULL,
    latest INTEGER NOT NULL,  -- the event's latest revision
    shown INTEGER NOT NULL,  -- in the current view
    machine INTEGER NOT NULL,  -- in the machine view
    is_event INTEGER NOT NULL,  -- 1: an event; 0: a mention
    event_date TEXT COLLATE "C" NOT NULL,
    time_precision INTEGER,
    event_type TEXT COLLATE "C" NOT NULL,
    sub_event_type TEXT COLLATE "C" NOT NULL,
    actor1 TEXT COLLATE "C" NOT NULL,
    assoc_actor_1 TEXT COLLATE "C" NOT NULL,
    actor2 TEXT COLLATE "C" NOT NULL,
    assoc_actor_2 TEXT COLLATE "C" NOT NULL,
    civilian_targeting INTEGER NOT NULL,
    country TEXT COLLATE "C" NOT NULL,
    iso INTEGER,
    admin1 TEXT COLLATE "C" NOT NULL,
    admin2 TEXT COLLATE "C" NOT NULL,
    location TEXT COLLATE "C" NOT NULL,
    latitude DOUBLE PRECISION,
    longitude DOUBLE PRECISION,
    geo_precision INTEGER,
    fatalities INTEGER NOT NULL,
    notes TEXT COLLATE "C" NOT NULL,
    source TEXT COLLATE "C" NOT NULL,
    geonameid INTEGER,
    certainty TEXT COLLATE "C" NOT NULL,
    factuality TEXT COLLATE "C" NOT NULL,
    evidence_revision INTEGER NOT NULL,  -- the revision whose evidence rows this one shows
    sources TEXT COLLATE "C" NOT NULL,  -- documents reporting it, a JSON list
    merged_into TEXT,
    fulltext TEXT COLLATE "C" NOT NULL,  -- notes, actors, places and evidence, for search
    words tsvector GENERATED ALWAYS AS (to_tsvector('simple', fulltext)) STORED,
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
CREATE INDEX codings_words ON codings USING GIN (words);

CREATE TABLE evidence (
    event_id TEXT COLLATE "C" NOT NULL,
    revision INTEGER NOT NULL,  -- the revision that set this evidence
    position INTEGER NOT NULL,
    field TEXT COLLATE "C" NOT NULL,
    text TEXT COLLATE "C" NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    PRIMARY KEY (event_id, revision, position)
);

CREATE TABLE users (
    name TEXT COLLATE "C" PRIMARY KEY,
    role TEXT COLLATE "C" NOT NULL,  -- viewer, coder, admin
    password_hash TEXT,  -- argon2, from the caller
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at TEXT COLLATE "C" NOT NULL
);

CREATE TABLE tokens (
    token_id TEXT COLLATE "C" PRIMARY KEY,
    user_name TEXT COLLATE "C" NOT NULL REFERENCES users (name),
    token_hash TEXT COLLATE "C" NOT NULL,
    created_at TEXT COLLATE "C" NOT NULL,
    revoked_at TEXT
);

-- Append-only: each entry holds the hash of the one before.
CREATE TABLE custody_log (
    position BIGINT PRIMARY KEY,
    at TEXT COLLATE "C" NOT NULL,
    kind TEXT COLLATE "C" NOT NULL,
    subject TEXT COLLATE "C" NOT NULL,
    detail TEXT COLLATE "C" NOT NULL,
    previous_hash TEXT COLLATE "C" NOT NULL,
    hash TEXT COLLATE "C" NOT NULL
);
CREATE INDEX custody_log_kind ON custody_log (kind, subject);
CREATE FUNCTION sitrep_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'sitrep: % is append-only', TG_TABLE_NAME;
END $$;
CREATE TRIGGER custody_log_append_only BEFORE UPDATE OR DELETE ON custody_log
    FOR EACH ROW EXECUTE FUNCTION sitrep_append_only();
CREATE TRIGGER custody_log_no_truncate BEFORE TRUNCATE ON custody_log
    FOR EACH STATEMENT EXECUTE FUNCTION sitrep_append_only();
CREATE TRIGGER captures_append_only BEFORE UPDATE OR DELETE ON captures
    FOR EACH ROW EXECUTE FUNCTION sitrep_append_only();
CREATE TRIGGER captures_no_truncate BEFORE TRUNCATE ON captures
    FOR EACH STATEMENT EXECUTE FUNCTION sitrep_append_only();
REVOKE UPDATE, DELETE, TRUNCATE ON custody_log, captures FROM PUBLIC;
