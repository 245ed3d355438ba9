-- Quizzes. The questions are a JSON array of typed question objects (see docs/quiz-format.md).
CREATE TABLE quiz (
    id                   uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    public               boolean     NOT NULL DEFAULT false,
    title                text        NOT NULL,
    description          text,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    user_id              uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    questions            jsonb       NOT NULL CHECK (jsonb_typeof(questions) = 'array'),
    imported_from_kahoot boolean     NOT NULL DEFAULT false,
    cover_image          text,
    background_color     text,
    background_image     text,
    kahoot_id            uuid,
    likes                integer     NOT NULL DEFAULT 0 CHECK (likes >= 0),
    dislikes             integer     NOT NULL DEFAULT 0 CHECK (dislikes >= 0),
    plays                integer     NOT NULL DEFAULT 0 CHECK (plays >= 0),
    views                integer     NOT NULL DEFAULT 0 CHECK (views >= 0),
    mod_rating           smallint,
    -- Optimistic locking: two editors cannot silently overwrite each other.
    version              bigint      NOT NULL DEFAULT 0
);
CREATE INDEX quiz_user_id_idx ON quiz (user_id, updated_at DESC);
CREATE INDEX quiz_public_idx ON quiz (updated_at DESC) WHERE public;

CREATE TABLE rating (
    id         uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    positive   boolean     NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    quiz_id    uuid        NOT NULL REFERENCES quiz (id) ON DELETE CASCADE,
    UNIQUE (user_id, quiz_id)
);
CREATE INDEX rating_quiz_id_idx ON rating (quiz_id);
