-- Special events (QuestMaster's SpecialEvent: themed events such as "Science week") and subject tags (QuestMaster's
-- game systems, for quizzes: "Geography", "Maths"), both lists kept by administrators. Events and quizzes refer to
-- them (V96, V97); removing one takes it off what it was on.
CREATE TABLE special_events (
    id          uuid        PRIMARY KEY,
    name        text        NOT NULL,
    emoji       text        NOT NULL DEFAULT '' CHECK (char_length(emoji) <= 16),
    -- A CSS colour, #rrggbb.
    colour      text        NOT NULL CHECK (colour ~ '^#[0-9a-f]{6}$'),
    description text        NOT NULL DEFAULT '',
    -- Inactive ones keep what they group but cannot be chosen for anything new.
    active      boolean     NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);
CREATE UNIQUE INDEX special_events_name_idx ON special_events (lower(name));

CREATE TABLE subject_tags (
    id         uuid        PRIMARY KEY,
    name       text        NOT NULL,
    created_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX subject_tags_name_idx ON subject_tags (lower(name));
