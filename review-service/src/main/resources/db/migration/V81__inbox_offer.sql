-- Each open review task once per candidate group it is offered to, with the columns of the inbox's orders (issue 12).
-- The engine's task table does not know a task's groups, so a clinician's first page used to walk past every other
-- group's task of higher priority (on-call's emergencies, the senior clinicians' reviews: 3 000 at 100 000 open
-- tasks), testing each one's candidate links. Kept by triggers on the engine's tables (inbox.InboxOffers, created at
-- start once the engine's tables exist), in the engine's own transactions.
CREATE TABLE inbox_offer (
    task_id     VARCHAR(64)  NOT NULL,
    group_id    VARCHAR(255) NOT NULL,
    priority    INTEGER,
    due_date    TIMESTAMP,
    create_time TIMESTAMP,
    PRIMARY KEY (task_id, group_id)
);
-- One index per order of the inbox (InboxQuery.Order), each after the group; the created order's serves both ways.
CREATE INDEX inbox_offer_priority ON inbox_offer (group_id, priority DESC, due_date ASC NULLS LAST, create_time, task_id);
CREATE INDEX inbox_offer_due ON inbox_offer (group_id, due_date ASC NULLS LAST, priority DESC, task_id);
CREATE INDEX inbox_offer_created ON inbox_offer (group_id, create_time, task_id);
