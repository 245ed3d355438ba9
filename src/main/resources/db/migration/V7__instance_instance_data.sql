-- This installation's identity: exactly one row, created by the first start.
CREATE TABLE instance_data (
    instance_id uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    created_at  timestamptz NOT NULL DEFAULT now(),
    singleton   boolean     NOT NULL DEFAULT true UNIQUE CHECK (singleton)
);
INSERT INTO instance_data DEFAULT VALUES;
