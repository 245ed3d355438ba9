-- Scheduled events (QuestMaster's Game, GameSession and registrations, adapted to quizzes): an organiser announces
-- an event running one of their quizzes in one or more sessions; players register up to the capacity.
CREATE TABLE events (
    id            uuid        PRIMARY KEY,
    organiser_id  uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    quiz_id       uuid        REFERENCES quiz (id) ON DELETE SET NULL,
    title         text        NOT NULL,
    description   text        NOT NULL DEFAULT '',
    eligibility   text,
    capacity      integer     NOT NULL CHECK (capacity BETWEEN 1 AND 100000),
    status        text        NOT NULL CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED', 'ARCHIVED')),
    -- Why a CLOSED event is closed: FULL reopens by itself when someone leaves; ORGANISER and SILENT do not.
    closed_reason text        CHECK (closed_reason IN ('FULL', 'ORGANISER', 'SILENT')),
    curated       boolean     NOT NULL DEFAULT false,
    -- Equal to the event's rows in event_registrations: both change under the event row's lock.
    registered    integer     NOT NULL DEFAULT 0 CHECK (registered >= 0),
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    version       bigint      NOT NULL DEFAULT 0
);
CREATE INDEX events_organiser_idx ON events (organiser_id);
CREATE INDEX events_status_idx ON events (status);

CREATE TABLE event_sessions (
    id        uuid        PRIMARY KEY,
    event_id  uuid        NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    position  integer     NOT NULL,
    starts_at timestamptz NOT NULL,
    ends_at   timestamptz NOT NULL,
    -- The live game the organiser launched for this session, and its PIN for registered players.
    game_id   uuid,
    game_pin  text,
    CHECK (starts_at < ends_at AND ends_at - starts_at <= interval '24 hours')
);
CREATE INDEX event_sessions_event_idx ON event_sessions (event_id);
CREATE INDEX event_sessions_ends_idx ON event_sessions (ends_at);

CREATE TABLE event_registrations (
    event_id      uuid        NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id       uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    registered_at timestamptz NOT NULL,
    -- Set when the organiser added the player although the event was full.
    added_by      uuid        REFERENCES users (id) ON DELETE SET NULL,
    beyond_capacity boolean   NOT NULL DEFAULT false,
    PRIMARY KEY (event_id, user_id)
);
CREATE INDEX event_registrations_user_idx ON event_registrations (user_id);
