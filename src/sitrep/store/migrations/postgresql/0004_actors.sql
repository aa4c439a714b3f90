-- sitrep store, version 4: every actor of every coding row in one indexed table, so that the
-- actor filter is one look-up (actor, coding) whatever the planner knows about the data (with
-- no statistics yet, the former IN (... UNION ALL ...) became a nested loop re-scanning the
-- table per row); kept by a trigger, as codings rows are only ever added. Three of the four
-- per-column actor indexes served only that filter (actor1's stays: it serves the sort).
CREATE TABLE coding_actors (
    actor TEXT COLLATE "C" NOT NULL,
    coding BIGINT NOT NULL,  -- codings.id
    PRIMARY KEY (actor, coding)
);
INSERT INTO coding_actors (actor, coding)
    SELECT DISTINCT a, c.id
    FROM codings c, unnest(ARRAY[c.actor1, c.actor2, c.assoc_actor_1, c.assoc_actor_2]) AS a
    WHERE a <> '';
CREATE FUNCTION sitrep_coding_actors() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO coding_actors (actor, coding)
        SELECT DISTINCT a, NEW.id
        FROM unnest(ARRAY[NEW.actor1, NEW.actor2, NEW.assoc_actor_1, NEW.assoc_actor_2]) AS a
        WHERE a <> '';
    RETURN NULL;
END $$;
CREATE TRIGGER codings_actors AFTER INSERT ON codings
    FOR EACH ROW EXECUTE FUNCTION sitrep_coding_actors();
DROP INDEX codings_current_actor2;
DROP INDEX codings_current_assoc1;
DROP INDEX codings_current_assoc2;
ANALYZE codings;
ANALYZE coding_actors;
