-- A quiz may belong to one special event and carry subject tags of the administrators' list (V95): set by its
-- author apart from the quiz's content (not exported, not versioned), shown on the public quiz page and used as
-- filters of the community listing. Removing a special event or a tag takes it off the quizzes.
ALTER TABLE quiz ADD COLUMN special_event_id uuid REFERENCES special_events (id) ON DELETE SET NULL;
CREATE INDEX quiz_special_event_idx ON quiz (special_event_id) WHERE special_event_id IS NOT NULL;

CREATE TABLE quiz_subject_tags (
    quiz_id uuid NOT NULL REFERENCES quiz (id) ON DELETE CASCADE,
    tag_id  uuid NOT NULL REFERENCES subject_tags (id) ON DELETE CASCADE,
    PRIMARY KEY (quiz_id, tag_id)
);
CREATE INDEX quiz_subject_tags_tag_idx ON quiz_subject_tags (tag_id);
