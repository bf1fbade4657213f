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
 * Keeps {@code inbox_offer} (V81): each open task once per candidate group, with its priority, due and creation
 * time, so that {@link TaskList} reads a clinician's page from their groups' entries alone instead of walking past
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

    private volatile boolean ready;

    /** Whether the triggers are in place and the table was rebuilt by this node's start. */
    public boolean ready() {
        return ready;
    }

    void onStart(@Observes StartupEvent start) {
        String prefix = engine.getDatabaseTablePrefix() == null ? "" : engine.getDatabaseTablePrefix();
        String links = prefix + "ACT_RU_IDENTITYLINK";
        String tasks = prefix + "ACT_RU_TASK";
        List<String> statements = List.of(
                // The locks of CREATE TRIGGER on both tables are held to the commit: no change slips in between the
                // rebuild below and the triggers.
                "LOCK TABLE " + tasks + ", " + links + " IN SHARE ROW EXCLUSIVE MODE",
                "CREATE OR REPLACE FUNCTION careloop_inbox_offer_link() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                        + " IF TG_OP <> 'INSERT' AND OLD.TYPE_ = 'candidate' AND OLD.GROUP_ID_ IS NOT NULL"
                        + " AND OLD.TASK_ID_ IS NOT NULL THEN"
                        + " DELETE FROM inbox_offer o WHERE o.task_id = OLD.TASK_ID_ AND o.group_id = OLD.GROUP_ID_"
                        + " AND NOT EXISTS (SELECT 1 FROM " + links + " l WHERE l.TASK_ID_ = OLD.TASK_ID_"
                        + " AND l.GROUP_ID_ = OLD.GROUP_ID_ AND l.TYPE_ = 'candidate'); END IF;"
                        + " IF TG_OP <> 'DELETE' AND NEW.TYPE_ = 'candidate' AND NEW.GROUP_ID_ IS NOT NULL"
                        + " AND NEW.TASK_ID_ IS NOT NULL THEN"
                        + " INSERT INTO inbox_offer (task_id, group_id, priority, due_date, create_time)"
                        + " SELECT t.ID_, NEW.GROUP_ID_, t.PRIORITY_, t.DUE_DATE_, t.CREATE_TIME_ FROM " + tasks
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
                "INSERT INTO inbox_offer (task_id, group_id, priority, due_date, create_time)"
                        + " SELECT DISTINCT t.ID_, l.GROUP_ID_, t.PRIORITY_, t.DUE_DATE_, t.CREATE_TIME_ FROM " + links
                        + " l JOIN " + tasks + " t ON t.ID_ = l.TASK_ID_"
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
