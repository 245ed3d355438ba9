-- Notifications (docs/notifications.md): the platforms administrators offer (e-mail, a generic signed webhook, a
-- Discord-compatible webhook) and the subscriptions users make to them.
CREATE TABLE notification_platforms (
    id         uuid        PRIMARY KEY,
    kind       text        NOT NULL CHECK (kind IN ('EMAIL', 'WEBHOOK', 'DISCORD')),
    name       text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    enabled    boolean     NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    version    bigint      NOT NULL DEFAULT 0
);

-- One user's wish to be told of one event type (optionally for one hunt) through one platform. hunt_id is not a
-- foreign key: the hunt module validates it when it lands. url and secret belong to webhook platforms: the secret
-- signs every body sent to the url and is shown to its owner once, when the subscription is made.
CREATE TABLE notification_subscriptions (
    id          uuid        PRIMARY KEY,
    user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    platform_id uuid        NOT NULL REFERENCES notification_platforms (id) ON DELETE CASCADE,
    event_type  text        NOT NULL,
    hunt_id     uuid,
    url         text,
    secret      text,
    created_at  timestamptz NOT NULL,
    CONSTRAINT notification_subscriptions_unique UNIQUE NULLS NOT DISTINCT (user_id, platform_id, event_type, hunt_id, url)
);
CREATE INDEX notification_subscriptions_match_idx ON notification_subscriptions (user_id, event_type);
