-- Puzzle hunts (PuzzleSpring's Hunt, Puzzle, Prepuzzle, Team, PuzzleStatus, Submission, Response and Event,
-- adapted to our accounts and storage): teams solve puzzles unlocked by the hunt's rules. docs/hunts.md.
CREATE TABLE hunts (
    id                  uuid        PRIMARY KEY,
    owner_id            uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name                text        NOT NULL,
    -- The intro and info pages, sanitised rich text (shared.RichText).
    intro               text        NOT NULL DEFAULT '',
    info                text        NOT NULL DEFAULT '',
    location            text,
    starts_at           timestamptz NOT NULL,
    ends_at             timestamptz NOT NULL,
    -- What players are told (PuzzleSpring's display_start_date/display_end_date); the real times decide.
    display_starts_at   timestamptz NOT NULL,
    display_ends_at     timestamptz NOT NULL,
    -- Playtester teams play in their own window, usually before the hunt.
    playtest_starts_at  timestamptz,
    playtest_ends_at    timestamptz,
    team_size           integer     NOT NULL CHECK (team_size BETWEEN 1 AND 100),
    -- The one custom field a team fills in when it registers (a class, "from abroad? yes/no"); null: none.
    registration_field  text,
    -- Submissions per team and puzzle in a window; null: quizhall.hunt.submissions / submission-window.
    submission_limit    integer     CHECK (submission_limit BETWEEN 1 AND 1000),
    submission_window_s integer     CHECK (submission_window_s BETWEEN 1 AND 86400),
    -- The unlock rules (docs/hunt-rules.md); empty: every puzzle unlocks at the team's start.
    rules               text        NOT NULL DEFAULT '',
    -- The prepuzzle: visible to everyone before the hunt opens, answers checked, nothing recorded.
    prepuzzle_content   text,
    prepuzzle_answer    text,
    prepuzzle_reply     text,
    archived            boolean     NOT NULL DEFAULT false,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    version             bigint      NOT NULL DEFAULT 0,
    CHECK (starts_at < ends_at),
    CHECK (playtest_starts_at IS NULL OR playtest_starts_at < playtest_ends_at)
);
CREATE INDEX hunts_owner_idx ON hunts (owner_id);
CREATE INDEX hunts_starts_idx ON hunts (starts_at);

-- Staff the owner names: they organise the hunt as the owner does, except naming staff.
CREATE TABLE hunt_organisers (
    hunt_id uuid NOT NULL REFERENCES hunts (id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (hunt_id, user_id)
);
CREATE INDEX hunt_organisers_user_idx ON hunt_organisers (user_id);

CREATE TABLE hunt_puzzles (
    id                     uuid    PRIMARY KEY,
    hunt_id                uuid    NOT NULL REFERENCES hunts (id) ON DELETE CASCADE,
    -- 3 to 8 upper-case hex digits, what the rules and addresses name the puzzle by.
    short_id               text    NOT NULL CHECK (short_id ~ '^[0-9A-F]{3,8}$'),
    position               integer NOT NULL CHECK (position >= 0),
    name                   text    NOT NULL,
    type                   text    NOT NULL CHECK (type IN ('STANDARD', 'META', 'FINAL', 'NON_SCORING')),
    answer                 text    NOT NULL,
    allow_spaces           boolean NOT NULL DEFAULT false,
    case_sensitive         boolean NOT NULL DEFAULT false,
    allow_non_alphanumeric boolean NOT NULL DEFAULT false,
    content                text    NOT NULL DEFAULT '',
    -- Storage ids: pictures (a jsonb list), the puzzle's PDF, the solution shown after the hunt.
    pictures               jsonb   NOT NULL DEFAULT '[]',
    pdf_id                 uuid,
    solution_id            uuid,
    -- PuzzleSpring's Response rows, in the order they are tried: [{"pattern": "...", "reply": "..."}].
    responses              jsonb   NOT NULL DEFAULT '[]',
    submission_limit       integer CHECK (submission_limit BETWEEN 1 AND 1000),
    submission_window_s    integer CHECK (submission_window_s BETWEEN 1 AND 86400),
    version                bigint  NOT NULL DEFAULT 0,
    UNIQUE (hunt_id, short_id)
);
CREATE INDEX hunt_puzzles_hunt_idx ON hunt_puzzles (hunt_id, position);

CREATE TABLE hunt_teams (
    id                 uuid        PRIMARY KEY,
    hunt_id            uuid        NOT NULL REFERENCES hunts (id) ON DELETE CASCADE,
    name               text        NOT NULL,
    -- The name case-folded, as two names are compared (like game nicknames).
    name_key           text        NOT NULL,
    -- 8 characters from 23456789ACDEFGHJKMNPRSTUVWXYZ; unique by this constraint, retried with a fresh code.
    join_code          text        NOT NULL UNIQUE CHECK (join_code ~ '^[2-79ACDEFGHJKMNPRSTUVWXYZ]{8}$'),
    playtester         boolean     NOT NULL DEFAULT false,
    registration_value text,
    -- Equal to the team's rows in hunt_team_members: both change under the team row's lock.
    members            integer     NOT NULL DEFAULT 0 CHECK (members >= 0),
    -- Totals from the unlock rules: points follow the rules, hints earned never decrease (issue #22 spends them).
    points             integer     NOT NULL DEFAULT 0,
    hints_earned       integer     NOT NULL DEFAULT 0 CHECK (hints_earned >= 0),
    -- When the rules next give more (timed unlocks): the timer evaluates teams whose time has come.
    next_evaluation_at timestamptz,
    finished_at        timestamptz,
    created_at         timestamptz NOT NULL,
    UNIQUE (hunt_id, name_key)
);
CREATE INDEX hunt_teams_evaluation_idx ON hunt_teams (next_evaluation_at) WHERE next_evaluation_at IS NOT NULL;

CREATE TABLE hunt_team_members (
    team_id   uuid        NOT NULL REFERENCES hunt_teams (id) ON DELETE CASCADE,
    hunt_id   uuid        NOT NULL REFERENCES hunts (id) ON DELETE CASCADE,
    user_id   uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    joined_at timestamptz NOT NULL,
    PRIMARY KEY (team_id, user_id),
    -- One team per user per hunt.
    UNIQUE (hunt_id, user_id)
);

-- PuzzleSpring's PuzzleStatus, as two tables so that each fact is recorded once by its key and never revoked.
CREATE TABLE hunt_unlocks (
    team_id     uuid        NOT NULL REFERENCES hunt_teams (id) ON DELETE CASCADE,
    puzzle_id   uuid        NOT NULL REFERENCES hunt_puzzles (id) ON DELETE CASCADE,
    unlocked_at timestamptz NOT NULL,
    PRIMARY KEY (team_id, puzzle_id)
);

CREATE TABLE hunt_solves (
    team_id       uuid        NOT NULL REFERENCES hunt_teams (id) ON DELETE CASCADE,
    puzzle_id     uuid        NOT NULL REFERENCES hunt_puzzles (id) ON DELETE CASCADE,
    user_id       uuid        REFERENCES users (id) ON DELETE SET NULL,
    submission_id uuid        NOT NULL,
    solved_at     timestamptz NOT NULL,
    PRIMARY KEY (team_id, puzzle_id)
);

-- Hints per puzzle the rules gave a team (N P1 HINTS); like hunt_teams.hints_earned they never decrease.
CREATE TABLE hunt_puzzle_hints (
    team_id   uuid    NOT NULL REFERENCES hunt_teams (id) ON DELETE CASCADE,
    puzzle_id uuid    NOT NULL REFERENCES hunt_puzzles (id) ON DELETE CASCADE,
    earned    integer NOT NULL CHECK (earned >= 0),
    PRIMARY KEY (team_id, puzzle_id)
);

CREATE TABLE hunt_submissions (
    id           uuid        PRIMARY KEY,
    hunt_id      uuid        NOT NULL REFERENCES hunts (id) ON DELETE CASCADE,
    team_id      uuid        NOT NULL REFERENCES hunt_teams (id) ON DELETE CASCADE,
    puzzle_id    uuid        NOT NULL REFERENCES hunt_puzzles (id) ON DELETE CASCADE,
    user_id      uuid        REFERENCES users (id) ON DELETE SET NULL,
    text         text        NOT NULL,
    normalised   text        NOT NULL,
    outcome      text        NOT NULL CHECK (outcome IN ('CORRECT', 'INCORRECT', 'RESPONSE')),
    reply        text,
    submitted_at timestamptz NOT NULL
);
CREATE INDEX hunt_submissions_team_idx ON hunt_submissions (team_id, puzzle_id, submitted_at);

-- The hunt's event log (PuzzleSpring's Event): every submission, unlock, solve and team change, appended.
CREATE TABLE hunt_events (
    id        bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hunt_id   uuid        NOT NULL REFERENCES hunts (id) ON DELETE CASCADE,
    team_id   uuid        REFERENCES hunt_teams (id) ON DELETE SET NULL,
    user_id   uuid        REFERENCES users (id) ON DELETE SET NULL,
    kind      text        NOT NULL,
    puzzle_id uuid        REFERENCES hunt_puzzles (id) ON DELETE SET NULL,
    at        timestamptz NOT NULL,
    details   jsonb       NOT NULL DEFAULT '{}'
);
CREATE INDEX hunt_events_hunt_idx ON hunt_events (hunt_id, id);
CREATE INDEX hunt_events_team_idx ON hunt_events (team_id, id);
