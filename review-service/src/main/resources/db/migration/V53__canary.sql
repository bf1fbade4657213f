-- Issue 14: planted-error canaries. A canary is one change to a checked draft (replace plant_start..plant_end of
-- the de-identified draft with replacement); the draft itself is never changed, so restoring it is ending the
-- canary. marker is the text that carries the error: no release may contain it.
CREATE TABLE canary (
    id                 UUID PRIMARY KEY,
    message_id         UUID         NOT NULL,
    draft_id           VARCHAR(255) NOT NULL,
    kind               VARCHAR(64)  NOT NULL,
    catalogue_version  VARCHAR(64)  NOT NULL,
    plant_start        INTEGER      NOT NULL,
    plant_end          INTEGER      NOT NULL,
    replacement        TEXT         NOT NULL,
    marker             TEXT         NOT NULL,
    planted_at         TIMESTAMPTZ  NOT NULL,
    outcome            VARCHAR(32),
    outcome_at         TIMESTAMPTZ,
    decided_by         VARCHAR(255),
    task_id            VARCHAR(64)
);
CREATE INDEX canary_message ON canary (message_id);
CREATE INDEX canary_outcome_at ON canary (outcome_at);
