-- sitrep store, version 1: articles with their raw capture, events and mentions, evidence.
CREATE TABLE articles (
    sha256 TEXT PRIMARY KEY,              -- of the raw bytes: the same bytes are stored once
    id TEXT NOT NULL,
    source TEXT,                          -- path or path:line it was read from
    url TEXT,
    title TEXT,
    published TEXT,
    published_inferred INTEGER NOT NULL DEFAULT 0,
    published_reason TEXT,
    format TEXT,
    encoding TEXT,
    raw BLOB NOT NULL,
    original TEXT NOT NULL,
    article_json TEXT NOT NULL,           -- the cleaned article as `sitrep extract` prints it
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_id ON articles (id);

CREATE TABLE events (
    event_id TEXT PRIMARY KEY,
    article_sha256 TEXT NOT NULL REFERENCES articles (sha256) ON DELETE CASCADE,
    article_id TEXT NOT NULL,
    is_event INTEGER NOT NULL,            -- 1: an event; 0: a mention (future, hypothetical, ...)
    factuality TEXT NOT NULL,
    certainty TEXT NOT NULL,
    event_date TEXT,
    time_precision INTEGER,
    event_type TEXT NOT NULL,
    sub_event_type TEXT NOT NULL,
    actor1 TEXT,
    assoc_actor_1 TEXT,
    actor2 TEXT,
    assoc_actor_2 TEXT,
    civilian_targeting INTEGER NOT NULL DEFAULT 0,
    country TEXT,
    iso INTEGER,
    admin1 TEXT,
    admin2 TEXT,
    location TEXT,
    latitude REAL,
    longitude REAL,
    geo_precision INTEGER,
    fatalities INTEGER NOT NULL DEFAULT 0,
    notes TEXT,
    source TEXT,
    geonameid INTEGER
);
CREATE INDEX events_article ON events (article_sha256);
CREATE INDEX events_date ON events (event_date);

CREATE TABLE evidence (
    event_id TEXT NOT NULL REFERENCES events (event_id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL
);
CREATE INDEX evidence_event ON evidence (event_id);
