-- Community (docs/community.md): full-text search over public quizzes, rating counters kept by the database,
-- reports, moderation (hidden quizzes, moderator ratings, an action log) and administration (moderator role
-- granted in the database, disabled accounts).

-- Typo tolerance needs pg_trgm. It ships with PostgreSQL's contrib modules (and with the embedded PostgreSQL);
-- a server without it still runs Quizhall: search then matches words and prefixes only, and says so in the log.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN OTHERS THEN
    RAISE WARNING 'pg_trgm is not available (%); community search works without typo tolerance', SQLERRM;
END
$$;

-- The texts of a quiz's questions, one string, for the search vector. IMMUTABLE, so a generated column may use it.
CREATE FUNCTION quiz_question_texts(questions jsonb) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT coalesce(string_agg(q ->> 'question', ' '), '') FROM jsonb_array_elements(questions) q
$$;

-- The kinds of question a quiz has (ABCD, TEXT, ...), sorted, for the listing's filter.
CREATE FUNCTION quiz_question_kinds(questions jsonb) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT coalesce(array_agg(DISTINCT q ->> 'type' ORDER BY q ->> 'type'), '{}')
    FROM jsonb_array_elements(questions) q
$$;

-- Whether any question has a picture.
CREATE FUNCTION quiz_question_pictures(questions jsonb) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT EXISTS (SELECT 1 FROM jsonb_array_elements(questions) q WHERE q ->> 'image' IS NOT NULL)
$$;

ALTER TABLE quiz
    -- Set by moderators: a hidden quiz is out of the listing and search and readable only by its owner and
    -- moderators; its owner sees the reason on their list.
    ADD COLUMN hidden          boolean NOT NULL DEFAULT false,
    ADD COLUMN hidden_reason   text CHECK (char_length(hidden_reason) <= 500),
    -- Set by the author: whether the public quiz page shows the right answers.
    ADD COLUMN solutions_public boolean NOT NULL DEFAULT false,
    ADD CONSTRAINT quiz_mod_rating_range CHECK (mod_rating BETWEEN 1 AND 5),
    -- Kept by the database on every write of the quiz, so no code path can forget them.
    ADD COLUMN question_count  integer GENERATED ALWAYS AS (jsonb_array_length(questions)) STORED,
    ADD COLUMN question_kinds  text[] GENERATED ALWAYS AS (quiz_question_kinds(questions)) STORED,
    ADD COLUMN has_pictures    boolean
        GENERATED ALWAYS AS (cover_image IS NOT NULL OR quiz_question_pictures(questions)) STORED,
    -- Title before description before question texts. 'simple': no stemming, because quizzes come in every
    -- language; prefixes ("photo" finds "photosynthesis") make up for most of it.
    ADD COLUMN search          tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, title), 'A')
            || setweight(to_tsvector('simple'::regconfig, coalesce(description, '')), 'B')
            || setweight(to_tsvector('simple'::regconfig, quiz_question_texts(questions)), 'C')) STORED;

-- Every index below covers only what the community sees: public and not hidden.
CREATE INDEX quiz_search_idx ON quiz USING gin (search) WHERE public AND NOT hidden;
CREATE INDEX quiz_community_newest_idx ON quiz (created_at DESC, id) WHERE public AND NOT hidden;
CREATE INDEX quiz_community_plays_idx ON quiz (plays DESC, id) WHERE public AND NOT hidden;
CREATE INDEX quiz_community_rating_idx ON quiz ((likes - dislikes) DESC, id) WHERE public AND NOT hidden;
CREATE INDEX quiz_community_author_idx ON quiz (user_id, created_at DESC, id) WHERE public AND NOT hidden;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        EXECUTE 'CREATE INDEX quiz_title_trgm_idx ON quiz USING gin (lower(title) gin_trgm_ops) WHERE public AND NOT hidden';
    END IF;
END
$$;

-- quiz.likes and quiz.dislikes always equal the rating rows: a row trigger adjusts them in the same transaction
-- as every insert, change and delete of a rating. Its UPDATE locks the quiz row, so concurrent votes queue.
CREATE FUNCTION rating_counts() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE quiz
        SET likes    = likes - CASE WHEN OLD.positive THEN 1 ELSE 0 END,
            dislikes = dislikes - CASE WHEN OLD.positive THEN 0 ELSE 1 END
        WHERE id = OLD.quiz_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE quiz
        SET likes    = likes + CASE WHEN NEW.positive THEN 1 ELSE 0 END,
            dislikes = dislikes + CASE WHEN NEW.positive THEN 0 ELSE 1 END
        WHERE id = NEW.quiz_id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER rating_counts
    AFTER INSERT OR DELETE OR UPDATE OF positive, quiz_id ON rating
    FOR EACH ROW EXECUTE FUNCTION rating_counts();

UPDATE quiz q
SET likes    = (SELECT count(*) FROM rating r WHERE r.quiz_id = q.id AND r.positive),
    dislikes = (SELECT count(*) FROM rating r WHERE r.quiz_id = q.id AND NOT r.positive);

-- A user's report of a public quiz; open until a moderator resolves it.
CREATE TABLE quiz_report (
    id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    quiz_id     uuid        NOT NULL REFERENCES quiz (id) ON DELETE CASCADE,
    reporter_id uuid        REFERENCES users (id) ON DELETE SET NULL,
    reason      varchar(16) NOT NULL
                            CHECK (reason IN ('SPAM', 'INAPPROPRIATE', 'COPYRIGHT', 'WRONG_ANSWERS', 'OTHER')),
    comment     text        CHECK (char_length(comment) <= 1000),
    created_at  timestamptz NOT NULL DEFAULT now(),
    resolved_at timestamptz,
    resolved_by uuid        REFERENCES users (id) ON DELETE SET NULL,
    resolution  text        CHECK (char_length(resolution) <= 500)
);
-- One open report per reporter and quiz: reporting again changes nothing.
CREATE UNIQUE INDEX quiz_report_open_once ON quiz_report (quiz_id, reporter_id) WHERE resolved_at IS NULL;
CREATE INDEX quiz_report_queue_idx ON quiz_report (created_at, id) WHERE resolved_at IS NULL;

-- Who did what when, for every moderator and administrator action. No foreign keys on purpose: the log
-- outlives the quizzes and accounts it names.
CREATE TABLE moderation_action (
    id         uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    actor_id   uuid        NOT NULL,
    actor_name varchar(32) NOT NULL,
    action     varchar(32) NOT NULL,
    quiz_id    uuid,
    user_id    uuid,
    report_id  uuid,
    detail     text        CHECK (char_length(detail) <= 500),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX moderation_action_created_idx ON moderation_action (created_at DESC, id);

-- Moderators granted by an administrator (besides those named in quizhall.account.moderators), and accounts an
-- administrator disabled: they cannot sign in, and their sessions and API keys stop working.
ALTER TABLE users
    ADD COLUMN moderator   boolean     NOT NULL DEFAULT false,
    ADD COLUMN disabled_at timestamptz;
