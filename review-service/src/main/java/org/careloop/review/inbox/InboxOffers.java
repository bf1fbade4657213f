package org.careloop.review.inbox;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.careloop.review.process.CareloopEngineConfiguration;
import org.jboss.logging.Logger;

/**
 * Keeps {@code inbox_offer} (V81, V151): each open task once per candidate group, with its priority, due and creation
 * time, its message, the screening's highest severity and the check's risk level, so that {@link TaskList} reads a clinician's page from their groups' entries alone instead of walking past
 * every other group's task of higher priority. Triggers on the engine's identity links and tasks keep it in the
 * engine's own transactions, whichever command (routing, escalation, claim, completion, a cancelled process) changes
 * them. Created at start, once the engine's tables exist, with the table rebuilt from them in the same transaction;
 * until that has succeeded on this node the inbox reads the engine's tables as before ({@link #ready()}), so a
 * failure here makes the inbox slower, never incomplete.
 */
@ApplicationScoped
public class InboxOffers {

    private static final Logger LOG = Logger.getLogger(InboxOffers.class);

    @Inject
    DataSource dataSource;

    @Inject
    CareloopEngineConfiguration engine;

    private static final String COLUMNS =
            "task_id, group_id, priority, due_date, create_time, message_id, severity, risk";
    /** The message of a process instance {@code pi}: its business key, when that is a message id. */
    static final String MESSAGE_ID =
            "CASE WHEN pi.BUSINESS_KEY_ ~ '^[0-9a-fA-F-]{36}$' THEN CAST(pi.BUSINESS_KEY_ AS uuid) END";

    private volatile boolean ready;

    /** Whether the triggers are in place and the table was rebuilt by this node's start. */
    public boolean ready() {
        return ready;
    }

    void onStart(@Observes StartupEvent start) {
        String prefix = engine.getDatabaseTablePrefix() == null ? "" : engine.getDatabaseTablePrefix();
        String links = prefix + "ACT_RU_IDENTITYLINK";
        String tasks = prefix + "ACT_RU_TASK";
        String executions = prefix + "ACT_RU_EXECUTION";
        // A screening or check stored beside an open review updates its offers (V151's triggers); the lock on the
        // message makes that and offering a task of the same message wait for each other, so neither misses the other.
        String lockMessage = "IF message IS NOT NULL THEN PERFORM careloop_inbox_offer_lock(message); END IF;";
        List<String> statements = List.of(
                // The locks of CREATE TRIGGER on both tables are held to the commit: no change slips in between the
                // rebuild below and the triggers; nor a screening or check, whose triggers update the offers.
                "LOCK TABLE " + tasks + ", " + links + ", message_screening, draft_check IN SHARE ROW EXCLUSIVE MODE",
                "CREATE OR REPLACE FUNCTION careloop_inbox_offer_link() RETURNS trigger LANGUAGE plpgsql AS $$"
                        + " DECLARE message uuid; BEGIN"
                        + " IF TG_OP <> 'INSERT' AND OLD.TYPE_ = 'candidate' AND OLD.GROUP_ID_ IS NOT NULL"
                        + " AND OLD.TASK_ID_ IS NOT NULL THEN"
                        + " DELETE FROM inbox_offer o WHERE o.task_id = OLD.TASK_ID_ AND o.group_id = OLD.GROUP_ID_"
                        + " AND NOT EXISTS (SELECT 1 FROM " + links + " l WHERE l.TASK_ID_ = OLD.TASK_ID_"
                        + " AND l.GROUP_ID_ = OLD.GROUP_ID_ AND l.TYPE_ = 'candidate'); END IF;"
                        + " IF TG_OP <> 'DELETE' AND NEW.TYPE_ = 'candidate' AND NEW.GROUP_ID_ IS NOT NULL"
                        + " AND NEW.TASK_ID_ IS NOT NULL THEN"
                        + " SELECT " + MESSAGE_ID + " INTO message FROM " + tasks + " t JOIN " + executions
                        + " pi ON pi.ID_ = t.PROC_INST_ID_ WHERE t.ID_ = NEW.TASK_ID_; " + lockMessage
                        + " INSERT INTO inbox_offer (" + COLUMNS + ")"
                        + " SELECT t.ID_, NEW.GROUP_ID_, t.PRIORITY_, t.DUE_DATE_, t.CREATE_TIME_, message,"
                        + " (SELECT s.highest_severity FROM message_screening s WHERE s.message_id = message),"
                        + " (SELECT c.risk_level FROM draft_check c WHERE c.message_id = message) FROM " + tasks
                        + " t WHERE t.ID_ = NEW.TASK_ID_ ON CONFLICT DO NOTHING; END IF;"
                        + " RETURN NULL; END $$",
                "CREATE OR REPLACE FUNCTION careloop_inbox_offer_task() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                        + " IF TG_OP = 'DELETE' THEN DELETE FROM inbox_offer WHERE task_id = OLD.ID_;"
                        + " ELSIF NEW.PRIORITY_ IS DISTINCT FROM OLD.PRIORITY_ OR NEW.DUE_DATE_ IS DISTINCT FROM"
                        + " OLD.DUE_DATE_ OR NEW.CREATE_TIME_ IS DISTINCT FROM OLD.CREATE_TIME_ THEN"
                        + " UPDATE inbox_offer SET priority = NEW.PRIORITY_, due_date = NEW.DUE_DATE_,"
                        + " create_time = NEW.CREATE_TIME_ WHERE task_id = NEW.ID_; END IF;"
                        + " RETURN NULL; END $$",
                "CREATE OR REPLACE TRIGGER careloop_inbox_offer AFTER INSERT OR UPDATE OR DELETE ON " + links
                        + " FOR EACH ROW EXECUTE FUNCTION careloop_inbox_offer_link()",
                "CREATE OR REPLACE TRIGGER careloop_inbox_offer AFTER UPDATE OR DELETE ON " + tasks
                        + " FOR EACH ROW EXECUTE FUNCTION careloop_inbox_offer_task()",
                "DELETE FROM inbox_offer",
                "INSERT INTO inbox_offer (" + COLUMNS + ")"
                        + " SELECT DISTINCT t.ID_, l.GROUP_ID_, t.PRIORITY_, t.DUE_DATE_, t.CREATE_TIME_, m.message,"
                        + " s.highest_severity, c.risk_level FROM " + links + " l JOIN " + tasks
                        + " t ON t.ID_ = l.TASK_ID_ LEFT JOIN " + executions + " pi ON pi.ID_ = t.PROC_INST_ID_"
                        + " CROSS JOIN LATERAL (SELECT " + MESSAGE_ID + " AS message) m"
                        + " LEFT JOIN message_screening s ON s.message_id = m.message"
                        + " LEFT JOIN draft_check c ON c.message_id = m.message"
                        + " WHERE l.TYPE_ = 'candidate' AND l.GROUP_ID_ IS NOT NULL");
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String statement : statements) {
                    s.execute(statement);
                }
                c.commit();
                ready = true;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            // Two nodes starting at once may collide here; this node's inbox reads the engine's tables meanwhile.
            LOG.warnf(
                    "inbox offers not kept now (the inbox reads the engine's tables; the next start tries again): %s",
                    e.getMessage());
        }
    }
}
