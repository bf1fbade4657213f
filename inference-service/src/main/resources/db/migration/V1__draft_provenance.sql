-- One row per drafted reply. No patient text: the prompt is kept only as a SHA-256 of its de-identified form.
-- The draft itself (placeholders, no values) is kept so that the same idempotency key returns the same draft.
CREATE TABLE draft (
    id                      uuid          PRIMARY KEY,
    idempotency_key         varchar(200)  NOT NULL,
    provider                varchar(32)   NOT NULL,
    model                   varchar(200)  NOT NULL,
    model_version           varchar(200)  NOT NULL,
    prompt_template_version varchar(64)   NOT NULL,
    knowledge_base_version  varchar(80)   NOT NULL,
    passage_ids             text          NOT NULL,
    dropped_citations       text          NOT NULL DEFAULT '',
    latency_ms              bigint        NOT NULL,
    input_tokens            integer       NOT NULL,
    output_tokens           integer       NOT NULL,
    prompt_sha256           char(64)      NOT NULL,
    draft_text              text          NOT NULL,
    citations_json          text          NOT NULL,
    created_at              timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT uq_draft_idempotency_key UNIQUE (idempotency_key)
);
