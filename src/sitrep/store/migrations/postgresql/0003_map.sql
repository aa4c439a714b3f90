-- The app's map reads four columns of many events at once: a covering index keeps that to an
-- index scan (a view's points, a bounding box, a grid of counts) instead of reading whole rows.
CREATE INDEX codings_current_map ON codings (is_event, latitude, longitude, event_type, event_id)
    WHERE shown = 1;
