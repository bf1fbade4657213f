-- careloop's own tables in the review database. Camunda creates and updates its ACT_* tables itself.

CREATE TABLE patient_message (
    id                  UUID PRIMARY KEY,
    patient_id          VARCHAR(255) NOT NULL,
    text                TEXT         NOT NULL,
    status              VARCHAR(32)  NOT NULL,
    process_instance_id VARCHAR(64),
    created_at          TIMESTAMPTZ  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL
);
CREATE INDEX patient_message_patient_idx ON patient_message (patient_id, created_at DESC);

-- Result of policy-service /screen. placeholder_values maps a placeholder to the original substring and
-- never leaves this database.
CREATE TABLE message_screening (
    message_id                 UUID PRIMARY KEY REFERENCES patient_message (id),
    policy_version             VARCHAR(64)  NOT NULL,
    deidentified_text          TEXT         NOT NULL,
    entities                   JSONB        NOT NULL,
    placeholder_values         JSONB        NOT NULL,
    red_flags                  JSONB        NOT NULL,
    highest_severity           VARCHAR(16)  NOT NULL,
    prompt_injection_suspected BOOLEAN      NOT NULL,
    screened_at                TIMESTAMPTZ  NOT NULL
);

-- Result of inference-service /drafts; text holds placeholders. status FAILED means "no draft available".
CREATE TABLE draft (
    message_id          UUID PRIMARY KEY REFERENCES patient_message (id),
    process_instance_id VARCHAR(64)  NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    draft_id            VARCHAR(128),
    text                TEXT,
    citations           JSONB,
    provenance          JSONB,
    failure_reason      VARCHAR(255),
    created_at          TIMESTAMPTZ  NOT NULL
);

-- Result of policy-service /check-draft.
CREATE TABLE draft_check (
    message_id     UUID PRIMARY KEY REFERENCES patient_message (id),
    status         VARCHAR(16)  NOT NULL,
    policy_version VARCHAR(64),
    risk_level     VARCHAR(16),
    findings       JSONB        NOT NULL,
    reading_grade  DOUBLE PRECISION,
    checked_at     TIMESTAMPTZ  NOT NULL
);

-- A clinician's explicit decision on a review task: the release checks the text hash against it.
CREATE TABLE approval (
    id                     UUID PRIMARY KEY,
    process_instance_id    VARCHAR(64)  NOT NULL,
    task_id                VARCHAR(64)  NOT NULL UNIQUE,
    message_id             UUID         NOT NULL REFERENCES patient_message (id),
    clinician_username     VARCHAR(255) NOT NULL,
    clinician_display_name VARCHAR(255) NOT NULL,
    action                 VARCHAR(32)  NOT NULL,
    text_sha256            CHAR(64)     NOT NULL,
    reason                 TEXT,
    approved_at            TIMESTAMPTZ  NOT NULL
);
CREATE INDEX approval_process_instance_idx ON approval (process_instance_id);

-- What the patient sees, written only by the release.
CREATE TABLE reply (
    message_id             UUID PRIMARY KEY REFERENCES patient_message (id),
    process_instance_id    VARCHAR(64)  NOT NULL,
    approval_id            UUID         NOT NULL REFERENCES approval (id),
    text                   TEXT         NOT NULL,
    text_sha256            CHAR(64)     NOT NULL,
    clinician_username     VARCHAR(255) NOT NULL,
    clinician_display_name VARCHAR(255) NOT NULL,
    label                  VARCHAR(512) NOT NULL,
    released_at            TIMESTAMPTZ  NOT NULL
);

-- Append-only, hash-chained audit trail: ids and short facts, never message text.
CREATE TABLE audit_event (
    seq                 BIGINT PRIMARY KEY,
    occurred_at         TIMESTAMPTZ  NOT NULL,
    type                VARCHAR(64)  NOT NULL,
    actor               VARCHAR(255) NOT NULL,
    message_id          UUID,
    process_instance_id VARCHAR(64),
    task_id             VARCHAR(64),
    details             TEXT         NOT NULL,
    prev_hash           CHAR(64)     NOT NULL,
    hash                CHAR(64)     NOT NULL
);
CREATE INDEX audit_event_message_idx ON audit_event (message_id);

-- One row; appends lock it (SELECT ... FOR UPDATE) so the chain stays linear.
CREATE TABLE audit_chain_head (
    id        INT PRIMARY KEY CHECK (id = 1),
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE FUNCTION audit_event_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_event_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
