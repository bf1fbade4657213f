-- Oversight figures per decision made on the inbox page (issue 6): time on task and word-level edit distance.
-- Numbered 50 to stay clear of the workflow migrations (V2, V3, ...) written at the same time.
create table decision_oversight (
    id                  uuid primary key,
    task_id             varchar(64)  not null,
    message_id          uuid         not null,
    process_instance_id varchar(64),
    stage               varchar(20)  not null,
    action              varchar(32)  not null,
    decided_by          varchar(255) not null,
    decided_at          timestamptz  not null,
    time_on_task_ms     bigint,
    edit_distance_words integer,
    draft_words         integer,
    final_words         integer
);
create index decision_oversight_message on decision_oversight (message_id);
