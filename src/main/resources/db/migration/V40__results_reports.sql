-- Reports (issue #16): the label of the game's custom join field (e.g. "Student number"), so standings and
-- exports can head its column; NULL for games without one and for games kept before this migration.
ALTER TABLE game_results ADD COLUMN custom_field text;
-- The results list filters by quiz and sorts newest first within one host's results.
CREATE INDEX game_results_user_quiz_idx ON game_results (user_id, quiz_id, timestamp DESC);
