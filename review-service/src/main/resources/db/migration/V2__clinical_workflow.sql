-- Issue 5: the emergency safety message shown on a message, and the clinician's questions to the patient.

-- The fixed, pre-approved safety message shown at once on an emergency (not model output; versioned data).
ALTER TABLE patient_message ADD COLUMN safety_category VARCHAR(64);
ALTER TABLE patient_message ADD COLUMN safety_text     TEXT;
ALTER TABLE patient_message ADD COLUMN safety_version  VARCHAR(64);
ALTER TABLE patient_message ADD COLUMN safety_shown_at TIMESTAMPTZ;

-- A question a clinician asked the patient (REQUEST_INFO), released through the same hash check as a reply,
-- and the patient's answer.
CREATE TABLE patient_question (
    id                     UUID PRIMARY KEY,
    message_id             UUID         NOT NULL REFERENCES patient_message (id),
    process_instance_id    VARCHAR(64)  NOT NULL,
    approval_id            UUID         NOT NULL UNIQUE REFERENCES approval (id),
    text                   TEXT         NOT NULL,
    text_sha256            CHAR(64)     NOT NULL,
    clinician_username     VARCHAR(255) NOT NULL,
    clinician_display_name VARCHAR(255) NOT NULL,
    label                  VARCHAR(512) NOT NULL,
    asked_at               TIMESTAMPTZ  NOT NULL,
    answer_text            TEXT,
    answered_at            TIMESTAMPTZ
);
CREATE INDEX patient_question_message_idx ON patient_question (message_id, asked_at);
