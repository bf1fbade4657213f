-- Issue 14: every decision is measured, whatever its channel (API or page), in a table of its own.
-- When each clinician first opened each task, from the server's own clock: time on task no longer rests on a
-- time the page sends.
CREATE TABLE task_opening (
    task_id          VARCHAR(64)  NOT NULL,
    username         VARCHAR(255) NOT NULL,
    first_opened_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (task_id, username)
);

CREATE TABLE decision_measurement (
    id                       UUID PRIMARY KEY,
    task_id                  VARCHAR(64)  NOT NULL,
    message_id               UUID         NOT NULL,
    process_instance_id      VARCHAR(64),
    stage                    VARCHAR(20)  NOT NULL,
    action                   VARCHAR(32)  NOT NULL,
    channel                  VARCHAR(8)   NOT NULL,
    decided_by               VARCHAR(255) NOT NULL,
    decided_at               TIMESTAMPTZ  NOT NULL,
    first_opened_at          TIMESTAMPTZ,
    time_on_task_ms          BIGINT,
    draft_seen_to_end        BOOLEAN,
    model_version            VARCHAR(255),
    draft_words              INTEGER,
    words_changed            INTEGER,
    draft_chars              INTEGER,
    chars_changed            INTEGER,
    citations                INTEGER      NOT NULL DEFAULT 0,
    citations_dropped        INTEGER      NOT NULL DEFAULT 0,
    findings                 JSONB        NOT NULL DEFAULT '[]',
    high_findings            INTEGER      NOT NULL DEFAULT 0,
    high_findings_unchanged  INTEGER      NOT NULL DEFAULT 0,
    emergency                BOOLEAN      NOT NULL DEFAULT FALSE,
    acknowledged             JSONB        NOT NULL DEFAULT '[]'
);
CREATE INDEX decision_measurement_decided ON decision_measurement (decided_at);
CREATE INDEX decision_measurement_message ON decision_measurement (message_id);

-- The page-only figures of issue 6 move over (their time on task came from the page).
INSERT INTO decision_measurement (id, task_id, message_id, process_instance_id, stage, action, channel, decided_by,
        decided_at, time_on_task_ms, draft_words, words_changed)
    SELECT id, task_id, message_id, process_instance_id, stage, action, 'PAGE', decided_by, decided_at,
        time_on_task_ms, draft_words, edit_distance_words
    FROM decision_oversight;
DROP TABLE decision_oversight;
