-- An event may run a solo ladder (docs/ladder.md) instead of a quiz: the organiser "launches" a session, which
-- lets registered players start runs on that ladder, and the session's leaderboard ranks the runs they started
-- from the launch until the session's end.
ALTER TABLE events
    ADD COLUMN ladder_slug varchar(40) REFERENCES ladders (slug) ON DELETE SET NULL,
    ADD CONSTRAINT events_quiz_or_ladder CHECK (quiz_id IS NULL OR ladder_slug IS NULL);
ALTER TABLE event_sessions ADD COLUMN ladder_launched_at timestamptz;
