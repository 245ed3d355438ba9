-- A user's calendar subscription address: calendar apps fetch it without a session, so the address carries a secret
-- (256 random bits), stored only as its SHA-256. One per user; making a new one replaces (and so revokes) the old.
CREATE TABLE calendar_feeds (
    user_id    uuid        PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    token_hash bytea       NOT NULL UNIQUE,
    created_at timestamptz NOT NULL
);
