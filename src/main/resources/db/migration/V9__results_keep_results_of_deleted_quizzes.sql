-- A finished game is a record of what happened: it snapshots the quiz it played, so deleting the quiz later
-- (or during the game) must not delete the result. The link to the quiz becomes empty instead.
ALTER TABLE game_results ALTER COLUMN quiz_id DROP NOT NULL;
ALTER TABLE game_results DROP CONSTRAINT game_results_quiz_id_fkey;
ALTER TABLE game_results
    ADD CONSTRAINT game_results_quiz_id_fkey FOREIGN KEY (quiz_id) REFERENCES quiz (id) ON DELETE SET NULL;
