-- sitrep store, version 1: articles and events keyed by file name. It only ever existed on
-- SQLite (stores of that version are adopted by version 2 there); on PostgreSQL the history
-- starts with version 2, and this entry keeps both dialects' version numbers the same.
SELECT 1;
