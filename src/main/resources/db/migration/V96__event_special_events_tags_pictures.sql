-- Events join a special event (at most one) and carry subject tags of the administrators' list (V95), and may show
-- a picture the organiser uploaded. Removing a special event or a tag takes it off the events; a deleted upload
-- stays referenced until its row goes (its bytes are no longer served, docs/storage.md).
ALTER TABLE events
    ADD COLUMN special_event_id uuid REFERENCES special_events (id) ON DELETE SET NULL,
    ADD COLUMN picture          uuid REFERENCES storage_items (id) ON DELETE SET NULL;
CREATE INDEX events_special_event_idx ON events (special_event_id) WHERE special_event_id IS NOT NULL;
CREATE INDEX events_picture_idx ON events (picture) WHERE picture IS NOT NULL;

CREATE TABLE event_subject_tags (
    event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    tag_id   uuid NOT NULL REFERENCES subject_tags (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, tag_id)
);
CREATE INDEX event_subject_tags_tag_idx ON event_subject_tags (tag_id);
