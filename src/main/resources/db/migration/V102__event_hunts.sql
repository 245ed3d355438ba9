-- An event may run a puzzle hunt (docs/hunts.md) instead of a quiz or a ladder: launching a session sends the
-- registered players to the hunt. A session of a ladder or hunt event is "opened" rather than given a game.
ALTER TABLE events
    ADD COLUMN hunt_id uuid REFERENCES hunts (id) ON DELETE SET NULL,
    DROP CONSTRAINT events_quiz_or_ladder,
    ADD CONSTRAINT events_runs_one_thing CHECK (num_nonnulls(quiz_id, ladder_slug, hunt_id) <= 1);
ALTER TABLE event_sessions RENAME COLUMN ladder_launched_at TO opened_at;
