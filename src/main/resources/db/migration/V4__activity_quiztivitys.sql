-- QuizTivities: self-paced pages (markdown, PDF, memory, ABCD) and the links that share them.
CREATE TABLE quiztivitys (
    id         uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    title      text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    pages      jsonb       NOT NULL CHECK (jsonb_typeof(pages) = 'array')
);
CREATE INDEX quiztivitys_user_id_idx ON quiztivitys (user_id);

CREATE TABLE quiztivityshares (
    id            uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    name          text,
    expire_at     timestamptz,
    quiztivity_id uuid        NOT NULL REFERENCES quiztivitys (id) ON DELETE CASCADE,
    user_id       uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX quiztivityshares_quiztivity_id_idx ON quiztivityshares (quiztivity_id);
CREATE INDEX quiztivityshares_user_id_idx ON quiztivityshares (user_id);
