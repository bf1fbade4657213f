-- Issue 15: counterfactual bias audits (./careloop audit-bias) recorded for the admin page. The summary figures are
-- columns for the list; report (the audit's JSON) and html (its self-contained page) are kept as they were written.
-- Templates are synthetic and only de-identified text reaches a model: no PHI is stored here.
CREATE TABLE bias_audit_report (
    id                  UUID PRIMARY KEY,
    run_id              VARCHAR(64)  NOT NULL UNIQUE,
    recorded_at         TIMESTAMPTZ  NOT NULL,
    recorded_by         VARCHAR(255) NOT NULL,
    started_at          TIMESTAMPTZ  NOT NULL,
    finished_at         TIMESTAMPTZ  NOT NULL,
    provider            VARCHAR(200) NOT NULL,
    model               VARCHAR(200) NOT NULL,
    model_version       VARCHAR(200),
    template_version    VARCHAR(64)  NOT NULL,
    policy_version      VARCHAR(64),
    repeats             INTEGER      NOT NULL,
    drafts              INTEGER      NOT NULL,
    flags               INTEGER      NOT NULL,
    flagged_attributes  TEXT         NOT NULL,
    report              TEXT         NOT NULL,
    html                TEXT         NOT NULL
);
CREATE INDEX bias_audit_report_recorded_at ON bias_audit_report (recorded_at DESC);
