-- The row trigger of V1 refuses UPDATE and DELETE, but TRUNCATE fires no row trigger: it emptied the trail without a
-- word. Refuse it too. This stops mistakes, not the table's owner, who can disable triggers; the signed anchors
-- outside the database (issue 11) are what detect that.
CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
