-- The outbox of notifications: one row per message to send, inserted in the transaction of the action that caused
-- it, so nothing is sent for a rolled-back action and nothing is lost when a node stops. Workers on every node claim
-- due rows with SELECT ... FOR UPDATE SKIP LOCKED and lease them by moving next_attempt_at forward, send outside the
-- transaction, then mark them DELIVERED, or PENDING again with a later next_attempt_at, or FAILED for good.
CREATE TABLE notification_deliveries (
    id              uuid        PRIMARY KEY,
    subscription_id uuid        NOT NULL REFERENCES notification_subscriptions (id) ON DELETE CASCADE,
    event_type      text        NOT NULL,
    -- The message: {"type", "huntId", "title", "text", "link", "occurredAt"}.
    payload         jsonb       NOT NULL,
    status          text        NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz NOT NULL,
    last_error      text,
    created_at      timestamptz NOT NULL,
    delivered_at    timestamptz
);
CREATE INDEX notification_deliveries_due_idx ON notification_deliveries (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX notification_deliveries_subscription_idx ON notification_deliveries (subscription_id);
