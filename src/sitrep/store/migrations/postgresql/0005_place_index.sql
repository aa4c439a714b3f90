-- sitrep store, version 5: the map's covering index also holds the date, so that the events
-- in a map box come in date order from the index alone (their page then reads only its own
-- rows) while the map's counts per cell still read nothing but this index.
CREATE INDEX codings_current_place ON codings
    (is_event, latitude, longitude, event_type, event_date, event_id) WHERE shown = 1;
DROP INDEX codings_current_map;
