-- Finished games, written once when a live game ends. The quiz's title, description and questions are
-- snapshotted, so later edits of the quiz do not change past results.
CREATE TABLE game_results (
    id                uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    quiz_id           uuid        NOT NULL REFERENCES quiz (id) ON DELETE CASCADE,
    user_id           uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    timestamp         timestamptz NOT NULL DEFAULT now(),
    player_count      integer     NOT NULL DEFAULT 0 CHECK (player_count >= 0),
    note              text,
    answers           jsonb       NOT NULL CHECK (jsonb_typeof(answers) = 'array'),
    player_scores     jsonb       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(player_scores) = 'object'),
    custom_field_data jsonb       CHECK (jsonb_typeof(custom_field_data) = 'object'),
    title             text        NOT NULL,
    description       text        NOT NULL DEFAULT '',
    questions         jsonb       NOT NULL CHECK (jsonb_typeof(questions) = 'array')
);
CREATE INDEX game_results_quiz_id_idx ON game_results (quiz_id);
CREATE INDEX game_results_user_id_idx ON game_results (user_id, timestamp DESC);
