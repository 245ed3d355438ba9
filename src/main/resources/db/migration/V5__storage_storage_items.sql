-- Uploaded files. Items outlive their uploader (user_id becomes NULL) because published quizzes may still
-- show them; deleted_at marks a soft delete whose bytes a cleanup job removes later.
CREATE TABLE storage_items (
    id           uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    uploaded_at  timestamptz NOT NULL DEFAULT now(),
    mime_type    text        NOT NULL,
    hash         bytea       CHECK (octet_length(hash) = 16),
    user_id      uuid        REFERENCES users (id) ON DELETE SET NULL,
    size         bigint      NOT NULL CHECK (size >= 0),
    storage_path text,
    deleted_at   timestamptz,
    alt_text     text,
    filename     text,
    thumbhash    text,
    server       text,
    imported     boolean     NOT NULL DEFAULT false
);
CREATE INDEX storage_items_user_id_idx ON storage_items (user_id, uploaded_at DESC);
-- Dedupe looks up a user's live items by content hash.
CREATE INDEX storage_items_user_hash_idx ON storage_items (user_id, hash) WHERE deleted_at IS NULL;

CREATE TABLE storage_items_quiz (
    storage_item_id uuid NOT NULL REFERENCES storage_items (id) ON DELETE CASCADE,
    quiz_id         uuid NOT NULL REFERENCES quiz (id) ON DELETE CASCADE,
    PRIMARY KEY (storage_item_id, quiz_id)
);
CREATE INDEX storage_items_quiz_quiz_id_idx ON storage_items_quiz (quiz_id);

CREATE TABLE storage_items_quiztivitys (
    storage_item_id uuid NOT NULL REFERENCES storage_items (id) ON DELETE CASCADE,
    quiztivity_id   uuid NOT NULL REFERENCES quiztivitys (id) ON DELETE CASCADE,
    PRIMARY KEY (storage_item_id, quiztivity_id)
);
CREATE INDEX storage_items_quiztivitys_quiztivity_id_idx ON storage_items_quiztivitys (quiztivity_id);
