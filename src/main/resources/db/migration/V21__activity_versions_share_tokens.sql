-- Activities are edited like quizzes: optimistic locking by version, and the time of the last save.
ALTER TABLE quiztivitys
    ADD COLUMN version    bigint      NOT NULL DEFAULT 0,
    ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
UPDATE quiztivitys SET updated_at = created_at;
CREATE INDEX quiztivitys_user_updated_idx ON quiztivitys (user_id, updated_at DESC, id);

-- A share link names a share by a secret token (256 random bits from SecureRandom, URL-safe Base64), never by the
-- row's id: the id is what the owner uses to list and revoke, the token is what the link hands out. Rows from
-- before this migration get a token from PostgreSQL's strong random source (two v4 UUIDs, 244 random bits).
ALTER TABLE quiztivityshares
    ADD COLUMN token      text,
    ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();
UPDATE quiztivityshares
    SET token = replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '')
    WHERE token IS NULL;
ALTER TABLE quiztivityshares
    ALTER COLUMN token SET NOT NULL,
    ADD CONSTRAINT quiztivityshares_token_key UNIQUE (token),
    ADD CONSTRAINT quiztivityshares_token_length CHECK (length(token) >= 43);
