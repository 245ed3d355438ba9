-- E-mail reminders before a session. A player may turn them off per registration. Each reminder is claimed by
-- inserting its row: the primary key lets exactly one node (and one run) claim it, so it is sent once however many
-- nodes run the reminder job at the same moment.
ALTER TABLE event_registrations ADD COLUMN remind boolean NOT NULL DEFAULT true;

CREATE TABLE event_reminders (
    session_id uuid        NOT NULL REFERENCES event_sessions (id) ON DELETE CASCADE,
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    claimed_at timestamptz NOT NULL,
    PRIMARY KEY (session_id, user_id)
);
