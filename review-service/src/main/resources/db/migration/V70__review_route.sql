-- Where each review was routed, written by review-service itself when the routing table has decided (issue 11).
-- The release reads how many approvals it needs from here, never from a process variable a model could set.
CREATE TABLE review_route (
    id                     UUID PRIMARY KEY,
    message_id             UUID        NOT NULL,
    process_instance_id    VARCHAR(64) NOT NULL,
    review_group           VARCHAR(64) NOT NULL,
    second_review_required BOOLEAN     NOT NULL,
    severity               VARCHAR(32),
    category               VARCHAR(64),
    routed_at              TIMESTAMPTZ NOT NULL
);
CREATE INDEX review_route_instance ON review_route (process_instance_id);
