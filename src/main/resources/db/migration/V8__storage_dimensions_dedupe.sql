-- Image width and height (pixels) for clients that lay out a picture before it loads; NULL for videos.
ALTER TABLE storage_items
    ADD COLUMN width  integer CHECK (width > 0),
    ADD COLUMN height integer CHECK (height > 0);

-- Dedupe: one live item per user and content. A unique index instead of the plain one, so two identical
-- uploads racing each other cannot both be stored; the loser gets the winner's item.
DROP INDEX storage_items_user_hash_idx;
CREATE UNIQUE INDEX storage_items_user_hash_key ON storage_items (user_id, hash) WHERE deleted_at IS NULL;

-- The cleanup job looks for deleted items whose bytes are still stored.
CREATE INDEX storage_items_pending_cleanup_idx ON storage_items (deleted_at)
    WHERE deleted_at IS NOT NULL AND storage_path IS NOT NULL;
