-- Remote button controllers (docs/controllers.md): when a controller was added and revoked, limits on its texts,
-- and the setup codes a device shows until a teacher enters one.
ALTER TABLE controller
    ADD COLUMN created_at timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN revoked_at timestamptz,
    ADD CONSTRAINT controller_name_length CHECK (char_length(name) BETWEEN 1 AND 200),
    ADD CONSTRAINT controller_player_name_length CHECK (char_length(player_name) BETWEEN 1 AND 200),
    ADD CONSTRAINT controller_os_version_length CHECK (char_length(os_version) <= 100),
    ADD CONSTRAINT controller_wanted_os_version_length CHECK (char_length(wanted_os_version) <= 100);

-- A device's request to be added. The code (shown on the device) and the setup token (kept by the device, to
-- collect its secret) are stored as SHA-256 hashes. Between the teacher entering the code and the device
-- collecting it, and for at most the code's lifetime, the row holds the new controller's secret: the device must
-- receive it once, and it is deleted with the row when collected (docs/controllers.md, "Security").
CREATE TABLE controller_setup (
    id               uuid        PRIMARY KEY,
    code_hash        bytea       NOT NULL UNIQUE CHECK (octet_length(code_hash) = 32),
    token_hash       bytea       NOT NULL UNIQUE CHECK (octet_length(token_hash) = 32),
    firmware_version text        CHECK (char_length(firmware_version) <= 100),
    created_at       timestamptz NOT NULL,
    expires_at       timestamptz NOT NULL,
    controller_id    uuid        REFERENCES controller (id) ON DELETE CASCADE,
    secret           text
);
CREATE INDEX controller_setup_expires_at_idx ON controller_setup (expires_at);
