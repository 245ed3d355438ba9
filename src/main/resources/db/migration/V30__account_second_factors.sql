-- TOTP and backup codes done right (docs/auth.md): the TOTP secret is AES-GCM encrypted (nonce, ciphertext and tag
-- in one bytea), enabled only after a confirmed code, and each accepted time step is remembered so no code works
-- twice. ClassQuiz's single backup code in users gives way to a table of ten single-use codes, each an Argon2id
-- hash. No installation could have used the old columns: they were never written.
ALTER TABLE users DROP COLUMN totp_secret;
ALTER TABLE users DROP COLUMN backup_code_hash;
ALTER TABLE users ADD COLUMN totp_secret bytea CHECK (octet_length(totp_secret) <= 128);
ALTER TABLE users ADD COLUMN totp_enabled boolean NOT NULL DEFAULT false;
ALTER TABLE users ADD COLUMN totp_last_step bigint;
ALTER TABLE users ADD CONSTRAINT users_totp_enabled_has_secret CHECK (NOT totp_enabled OR totp_secret IS NOT NULL);

CREATE TABLE backup_codes (
    id         uuid         PRIMARY KEY,
    user_id    uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash  varchar(255) NOT NULL,
    created_at timestamptz  NOT NULL
);
CREATE INDEX backup_codes_user_id_idx ON backup_codes (user_id);

-- When the session's owner last proved who they are (password, TOTP, backup code or passkey): sensitive changes
-- need a proof within quizhall.account.reauthentication-window ("sudo mode").
ALTER TABLE user_sessions ADD COLUMN proven_at timestamptz NOT NULL DEFAULT now();
