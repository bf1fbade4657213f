-- Audit events are first written to audit_pending inside the transaction of what they record (they commit or
-- roll back with it) and sealed into the hash chain (audit_event) right after the commit, by a short
-- transaction of their own. Only sealing locks the chain head, so a business transaction never waits for the
-- chain while holding its own rows: the lock-order deadlock of appending under the head lock is gone.
CREATE TABLE audit_pending (
    id                  BIGSERIAL PRIMARY KEY,
    occurred_at         TIMESTAMPTZ  NOT NULL,
    type                VARCHAR(64)  NOT NULL,
    actor               VARCHAR(255) NOT NULL,
    message_id          UUID,
    process_instance_id VARCHAR(64),
    task_id             VARCHAR(64),
    details             TEXT         NOT NULL
);
