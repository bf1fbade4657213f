-- FHIR export (issue 15): replies are read by release time, a date range at a time, in a stable order.
CREATE INDEX reply_released_idx ON reply (released_at, message_id);
