-- The policy versions this service has run with, and a record of each screening.
-- Neither table holds message text or identifier values: only ids, versions, types and counts.

create table policy_version (
    version            varchar(50)  primary key,
    catalogue_versions jsonb        not null,
    first_loaded_at    timestamptz  not null
);

create table screening_record (
    id                         uuid         primary key,
    message_id                 varchar(200) not null,
    policy_version             varchar(50)  not null,
    entity_counts              jsonb        not null,
    red_flag_categories        jsonb        not null,
    highest_severity           varchar(20)  not null,
    prompt_injection_suspected boolean      not null,
    text_length                integer      not null,
    screened_at                timestamptz  not null
);

create index screening_record_message_id on screening_record (message_id);
create index screening_record_screened_at on screening_record (screened_at);
