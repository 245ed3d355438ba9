-- What WebAuthn needs besides ClassQuiz's (id, public_key, sign_count): the user's name for the credential,
-- transports, AAGUID, the flags of the attestation, the attestation object and client data (Spring Security's
-- WebAuthn support re-reads the attested credential data from them at every sign-in), and when it was created
-- and last used. public_key holds the COSE key.
ALTER TABLE fido_credentials
    ADD COLUMN name                         varchar(64)  NOT NULL DEFAULT 'Passkey',
    ADD COLUMN credential_type              varchar(32)  NOT NULL DEFAULT 'public-key',
    ADD COLUMN transports                   varchar(255) NOT NULL DEFAULT '',
    ADD COLUMN aaguid                       uuid,
    ADD COLUMN uv_initialized               boolean      NOT NULL DEFAULT false,
    ADD COLUMN backup_eligible              boolean      NOT NULL DEFAULT false,
    ADD COLUMN backup_state                 boolean      NOT NULL DEFAULT false,
    ADD COLUMN attestation_object           bytea        CHECK (octet_length(attestation_object) <= 16384),
    ADD COLUMN attestation_client_data_json bytea        CHECK (octet_length(attestation_client_data_json) <= 4096),
    ADD COLUMN created_at                   timestamptz  NOT NULL DEFAULT now(),
    ADD COLUMN last_used_at                 timestamptz;
