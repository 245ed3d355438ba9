-- Participants' reports ("alerts") of a scheduled event or a game join the moderators' queue of quiz reports: a
-- report now names its target by kind and id. Quiz reports keep quiz_id (and its cascade); an event's or a game's
-- report keeps the title it had when reported, so the queue can show it after the event or game is gone.
ALTER TABLE quiz_report
    ADD COLUMN target_kind  varchar(8) NOT NULL DEFAULT 'QUIZ' CHECK (target_kind IN ('QUIZ', 'EVENT', 'GAME')),
    ADD COLUMN target_id    uuid,
    ADD COLUMN target_title text CHECK (char_length(target_title) <= 2000),
    ALTER COLUMN quiz_id DROP NOT NULL;
UPDATE quiz_report SET target_id = quiz_id;
ALTER TABLE quiz_report
    ALTER COLUMN target_id SET NOT NULL,
    ADD CONSTRAINT quiz_report_quiz_target CHECK ((target_kind = 'QUIZ') = (quiz_id IS NOT NULL));

-- One open report per reporter and target, whatever its kind.
DROP INDEX quiz_report_open_once;
CREATE UNIQUE INDEX quiz_report_open_once ON quiz_report (target_kind, target_id, reporter_id)
    WHERE resolved_at IS NULL;
CREATE INDEX quiz_report_target_idx ON quiz_report (target_kind, target_id);
