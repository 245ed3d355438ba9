-- Announcements of a hunt or of one of its puzzles (docs/hunts.md, "Announcements"). A puzzle's announcements are
-- seen by the teams that unlocked it; the bigint id is also the id of the live HuntUpdate that carries it.
CREATE TABLE hunt_announcements (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hunt_id    uuid        NOT NULL REFERENCES hunts (id) ON DELETE CASCADE,
    puzzle_id  uuid        REFERENCES hunt_puzzles (id) ON DELETE CASCADE,
    text       text        NOT NULL,
    author_id  uuid        REFERENCES users (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL,
    edited_at  timestamptz,
    version    bigint      NOT NULL DEFAULT 0
);
CREATE INDEX hunt_announcements_hunt_idx ON hunt_announcements (hunt_id, id);
