-- Hardware buzzers ("controllers") a user pairs with their account. The pairing secret is stored hashed.
CREATE TABLE controller (
    id                uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id           uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    secret_key_hash   bytea       NOT NULL UNIQUE CHECK (octet_length(secret_key_hash) = 32),
    player_name       text        NOT NULL,
    last_seen         timestamptz,
    first_seen        timestamptz,
    name              text        NOT NULL,
    os_version        text,
    wanted_os_version text
);
CREATE INDEX controller_user_id_idx ON controller (user_id);
