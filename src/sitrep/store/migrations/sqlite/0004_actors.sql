-- sitrep store, version 4: every actor of every coding row in one indexed table, so that the
-- actor filter is one look-up (actor, coding) whatever the planner knows about the data; kept
-- by a trigger, as codings rows are only ever added. Three of the four per-column actor
-- indexes served only that filter (actor1's stays: it serves the sort by actor1).
CREATE TABLE coding_actors (
    actor TEXT NOT NULL,
    coding INTEGER NOT NULL,                  -- codings.id
    PRIMARY KEY (actor, coding)
) WITHOUT ROWID;
INSERT OR IGNORE INTO coding_actors (actor, coding)
    SELECT actor1, id FROM codings WHERE actor1 <> ''
    UNION SELECT actor2, id FROM codings WHERE actor2 <> ''
    UNION SELECT assoc_actor_1, id FROM codings WHERE assoc_actor_1 <> ''
    UNION SELECT assoc_actor_2, id FROM codings WHERE assoc_actor_2 <> '';
CREATE TRIGGER codings_actors AFTER INSERT ON codings
BEGIN
    INSERT OR IGNORE INTO coding_actors (actor, coding)
        SELECT a, new.id FROM (SELECT new.actor1 AS a UNION SELECT new.actor2
            UNION SELECT new.assoc_actor_1 UNION SELECT new.assoc_actor_2)
        WHERE a <> '';
END;
DROP INDEX codings_current_actor2;
DROP INDEX codings_current_assoc1;
DROP INDEX codings_current_assoc2;
