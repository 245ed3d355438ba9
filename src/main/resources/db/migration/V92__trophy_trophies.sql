-- Trophies (QuestMaster's Trophy and UserTrophy): definitions, each person's trophies with a quantity, and the
-- ledger of awards that makes automatic awarding idempotent: one row per (person, trophy, source), so a trigger
-- delivered twice, or twice at once, awards once.
CREATE TABLE trophies (
    id          uuid        PRIMARY KEY,
    -- Set for the trophies the rules award (docs/trophies.md); NULL for those administrators define.
    rule        text        UNIQUE,
    name        text        NOT NULL,
    description text        NOT NULL DEFAULT '',
    icon        uuid        REFERENCES storage_items (id) ON DELETE SET NULL,
    -- Counting trophies grow (10 games hosted); unique ones are held at most once.
    counting    boolean     NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE UNIQUE INDEX trophies_name_idx ON trophies (lower(name));

CREATE TABLE user_trophies (
    user_id          uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    trophy_id        uuid        NOT NULL REFERENCES trophies (id) ON DELETE CASCADE,
    quantity         integer     NOT NULL CHECK (quantity > 0),
    first_awarded_at timestamptz NOT NULL,
    last_awarded_at  timestamptz NOT NULL,
    PRIMARY KEY (user_id, trophy_id)
);
CREATE INDEX user_trophies_leaderboard_idx ON user_trophies (trophy_id, quantity DESC, first_awarded_at);

CREATE TABLE trophy_awards (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    trophy_id  uuid        NOT NULL REFERENCES trophies (id) ON DELETE CASCADE,
    -- What earned it: game:<id>, event:<id>, or manual:<id> for an administrator's award.
    source     text        NOT NULL,
    awarded_at timestamptz NOT NULL,
    UNIQUE (user_id, trophy_id, source)
);

INSERT INTO trophies (id, rule, name, description, counting, created_at) VALUES
    (gen_random_uuid(), 'first-game-hosted', 'First game', 'Hosted a live game for the first time.', false, now()),
    (gen_random_uuid(), 'games-hosted', 'Quizmaster', 'One for every live game hosted to its end.', true, now()),
    (gen_random_uuid(), 'full-house', 'Full house', 'Hosted a game with 30 players or more.', false, now()),
    (gen_random_uuid(), 'event-organised', 'Organiser', 'Published a scheduled event.', false, now()),
    (gen_random_uuid(), 'event-registered', 'Regular', 'One for every event registered for.', true, now());
