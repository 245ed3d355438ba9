-- The hint economy of hunts (docs/hunts.md, "Hints"): settings per hunt, canned hints per puzzle, what teams spent
-- (canned hints revealed, custom requests) and the staff queue of custom requests with every version of a response.
-- A pool's available hints are computed under the team's row lock: earned minus the reveals and the requests that
-- were not refunded which spent that pool. hunt_teams.hints_used holds the team's total spent.

CREATE TABLE hunt_hint_settings (
    hunt_id         uuid        PRIMARY KEY REFERENCES hunts (id) ON DELETE CASCADE,
    pools           text        NOT NULL CHECK (pools IN ('GLOBAL', 'PUZZLE', 'BOTH')),
    allocation      text        NOT NULL CHECK (allocation IN ('PUZZLE_FIRST', 'SPLIT')),
    canned_policy   text        NOT NULL CHECK (canned_policy IN ('ONLY', 'FIRST', 'MIXED')),
    lockout_minutes integer     NOT NULL CHECK (lockout_minutes >= 0),
    updated_at      timestamptz NOT NULL
);

CREATE TABLE hunt_canned_hints (
    puzzle_id uuid    NOT NULL REFERENCES hunt_puzzles (id) ON DELETE CASCADE,
    position  integer NOT NULL CHECK (position >= 0),
    content   text    NOT NULL,
    PRIMARY KEY (puzzle_id, position)
);

-- The n-th reveal of a team for a puzzle shows the puzzle's n-th canned hint.
CREATE TABLE hunt_hint_reveals (
    team_id     uuid        NOT NULL REFERENCES hunt_teams (id) ON DELETE CASCADE,
    puzzle_id   uuid        NOT NULL REFERENCES hunt_puzzles (id) ON DELETE CASCADE,
    position    integer     NOT NULL CHECK (position >= 0),
    pool        text        NOT NULL CHECK (pool IN ('GLOBAL', 'PUZZLE')),
    user_id     uuid        REFERENCES users (id) ON DELETE SET NULL,
    revealed_at timestamptz NOT NULL,
    PRIMARY KEY (team_id, puzzle_id, position)
);

CREATE TABLE hunt_hint_requests (
    id           uuid        PRIMARY KEY,
    hunt_id      uuid        NOT NULL REFERENCES hunts (id) ON DELETE CASCADE,
    team_id      uuid        NOT NULL REFERENCES hunt_teams (id) ON DELETE CASCADE,
    puzzle_id    uuid        NOT NULL REFERENCES hunt_puzzles (id) ON DELETE CASCADE,
    user_id      uuid        REFERENCES users (id) ON DELETE SET NULL,
    question     text        NOT NULL,
    pool         text        NOT NULL CHECK (pool IN ('GLOBAL', 'PUZZLE')),
    status       text        NOT NULL CHECK (status IN ('UNCLAIMED', 'CLAIMED', 'ANSWERED', 'REFUNDED')),
    claimed_by   uuid        REFERENCES users (id) ON DELETE SET NULL,
    claimed_at   timestamptz,
    response     text,
    responded_by uuid        REFERENCES users (id) ON DELETE SET NULL,
    responded_at timestamptz,
    refunded_at  timestamptz,
    created_at   timestamptz NOT NULL,
    version      bigint      NOT NULL DEFAULT 0
);
CREATE INDEX hunt_hint_requests_queue_idx ON hunt_hint_requests (hunt_id, status, created_at);
CREATE INDEX hunt_hint_requests_team_idx ON hunt_hint_requests (team_id, puzzle_id, created_at);

-- Every response a request was given, the first one too, so staff see how an answer was edited.
CREATE TABLE hunt_hint_responses (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id uuid        NOT NULL REFERENCES hunt_hint_requests (id) ON DELETE CASCADE,
    response   text        NOT NULL,
    user_id    uuid        REFERENCES users (id) ON DELETE SET NULL,
    at         timestamptz NOT NULL
);
CREATE INDEX hunt_hint_responses_request_idx ON hunt_hint_responses (request_id, id);
