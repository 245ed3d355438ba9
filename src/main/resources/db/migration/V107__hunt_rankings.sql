-- A hunt's ranking rules (docs/hunts.md, "Rankings"): the ordered criteria with their visibility, the freeze of the
-- players' board during the last minutes, and the split by the registration field. No row: the default rules.
CREATE TABLE hunt_rankings (
    hunt_id               uuid        PRIMARY KEY REFERENCES hunts (id) ON DELETE CASCADE,
    rules                 jsonb       NOT NULL,
    freeze_minutes        integer     CHECK (freeze_minutes BETWEEN 1 AND 10080),
    split_by_registration boolean     NOT NULL DEFAULT false,
    updated_at            timestamptz NOT NULL,
    version               bigint      NOT NULL DEFAULT 0
);

-- The board players see while it is frozen: the teams' facts taken once per hunt (the first node to insert wins),
-- solves counted as of the freeze instant (frozen_at), points and hints as of taken_at.
CREATE TABLE hunt_board_snapshots (
    hunt_id   uuid        PRIMARY KEY REFERENCES hunts (id) ON DELETE CASCADE,
    frozen_at timestamptz NOT NULL,
    taken_at  timestamptz NOT NULL,
    teams     jsonb       NOT NULL
);
