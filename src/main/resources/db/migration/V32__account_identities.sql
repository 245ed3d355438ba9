-- Sign-in identities at OAuth 2 / OpenID Connect providers (Google, GitHub, custom issuers), keyed by the
-- provider's registration id and its stable subject. One account may have several; one identity belongs to one
-- account. Linking is explicit (docs/auth.md): e-mail addresses never link anything. ClassQuiz's google_uid and
-- github_user_id columns stay unused for compatibility.
CREATE TABLE user_identities (
    id           uuid         PRIMARY KEY,
    user_id      uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    provider     varchar(64)  NOT NULL,
    subject      varchar(255) NOT NULL,
    username     varchar(255),
    email        varchar(255),
    created_at   timestamptz  NOT NULL,
    last_used_at timestamptz,
    CONSTRAINT user_identities_provider_subject_key UNIQUE (provider, subject)
);
CREATE INDEX user_identities_user_id_idx ON user_identities (user_id);

-- An account created by a provider sign-in has the provider's e-mail only if no other account uses it (no link
-- by e-mail, and addresses stay unique), and none if the provider gives none: local accounts keep theirs.
ALTER TABLE users ALTER COLUMN email DROP NOT NULL;
ALTER TABLE users ADD CONSTRAINT users_local_accounts_have_email CHECK (auth_type <> 'LOCAL' OR email IS NOT NULL);
