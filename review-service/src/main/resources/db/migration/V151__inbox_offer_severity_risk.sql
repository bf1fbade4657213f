-- The inbox's severity and risk filters read inbox_offer alone (issue 12). They used to probe each offered task's
-- process instance for its message, then the message's screening or draft check: a page filtered to 10 % of the
-- tasks, and its count to 1 000, walked about ten thousand offers that way (120-170 ms at 100 000 open tasks).
-- Each offer now carries its message, the screening's highest severity and the check's risk level, in the indexes of
-- the inbox's orders, so a filter skips entries of the index without reading any other table.
ALTER TABLE inbox_offer
    ADD COLUMN message_id UUID,
    ADD COLUMN severity   VARCHAR(16),
    ADD COLUMN risk       VARCHAR(16);

-- A screening or a check may be stored after its review task exists (a review that could not wait for the screening,
-- an emergency's review beside its draft), and a later screening replaces the severity: these keep the offers in step
-- in the writer's transaction. The offers' own trigger (inbox.InboxOffers) fills the columns when a task is offered.
CREATE INDEX inbox_offer_message ON inbox_offer (message_id);

-- Offering a task and storing its message's screening or check take this lock first, so that each waits for the other
-- and reads what it committed: otherwise a check committed while its task was being offered would be in neither.
CREATE FUNCTION careloop_inbox_offer_lock(message UUID) RETURNS void LANGUAGE sql AS $$
    SELECT pg_advisory_xact_lock(151, hashtext(message::text))
$$;

CREATE FUNCTION careloop_inbox_offer_screening() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM careloop_inbox_offer_lock(OLD.message_id);
        UPDATE inbox_offer SET severity = NULL WHERE message_id = OLD.message_id AND severity IS NOT NULL;
    ELSE
        PERFORM careloop_inbox_offer_lock(NEW.message_id);
        UPDATE inbox_offer SET severity = NEW.highest_severity
            WHERE message_id = NEW.message_id AND severity IS DISTINCT FROM NEW.highest_severity;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER careloop_inbox_offer AFTER INSERT OR DELETE OR UPDATE OF highest_severity ON message_screening
    FOR EACH ROW EXECUTE FUNCTION careloop_inbox_offer_screening();

CREATE FUNCTION careloop_inbox_offer_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM careloop_inbox_offer_lock(OLD.message_id);
        UPDATE inbox_offer SET risk = NULL WHERE message_id = OLD.message_id AND risk IS NOT NULL;
    ELSE
        PERFORM careloop_inbox_offer_lock(NEW.message_id);
        UPDATE inbox_offer SET risk = NEW.risk_level
            WHERE message_id = NEW.message_id AND risk IS DISTINCT FROM NEW.risk_level;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER careloop_inbox_offer AFTER INSERT OR DELETE OR UPDATE OF risk_level ON draft_check
    FOR EACH ROW EXECUTE FUNCTION careloop_inbox_offer_check();

-- Existing offers. On a new database the engine's tables do not exist yet and inbox_offer is empty; InboxOffers
-- rebuilds the table at every start anyway, this only keeps an upgraded database right before that.
DO $$
BEGIN
    IF to_regclass('act_ru_task') IS NOT NULL AND to_regclass('act_ru_execution') IS NOT NULL THEN
        UPDATE inbox_offer o SET message_id = m.message_id, severity = s.highest_severity, risk = c.risk_level
        FROM act_ru_task t
        JOIN act_ru_execution pi ON pi.id_ = t.proc_inst_id_
        CROSS JOIN LATERAL (SELECT CASE WHEN pi.business_key_ ~ '^[0-9a-fA-F-]{36}$'
                                        THEN CAST(pi.business_key_ AS uuid) END AS message_id) m
        LEFT JOIN message_screening s ON s.message_id = m.message_id
        LEFT JOIN draft_check c ON c.message_id = m.message_id
        WHERE t.id_ = o.task_id;
    END IF;
END $$;

-- The orders' indexes again, with the two filters' columns in them: a filtered page, and its count, read the index
-- alone for the entries they skip.
DROP INDEX inbox_offer_priority;
DROP INDEX inbox_offer_due;
DROP INDEX inbox_offer_created;
CREATE INDEX inbox_offer_priority ON inbox_offer (group_id, priority DESC, due_date ASC NULLS LAST, create_time, task_id)
    INCLUDE (severity, risk);
CREATE INDEX inbox_offer_due ON inbox_offer (group_id, due_date ASC NULLS LAST, priority DESC, task_id)
    INCLUDE (severity, risk, create_time);
CREATE INDEX inbox_offer_created ON inbox_offer (group_id, create_time, task_id) INCLUDE (severity, risk);
