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
 * Indexes careloop adds to the engine's tables for the inbox ({@link TaskList}): the task table in the inbox's two
 * orders, and candidate links by task and group. Without them every page sorts all open tasks. Not a Flyway migration: on a new database Flyway runs before the engine creates its
 * tables, so they are created at application start, once both exist, and only when missing.
 */
@ApplicationScoped
public class InboxIndexes {

    private static final Logger LOG = Logger.getLogger(InboxIndexes.class);

    @Inject
    DataSource dataSource;

    @Inject
    CareloopEngineConfiguration engine;

    void onStart(@Observes StartupEvent start) {
        String prefix = engine.getDatabaseTablePrefix() == null ? "" : engine.getDatabaseTablePrefix();
        // INCLUDE: every column TaskList tests before it knows a task is on the page, so skipping one reads no row.
        String covering = " INCLUDE (SUSPENSION_STATE_, ASSIGNEE_, PROC_DEF_ID_, PROC_INST_ID_)";
        List<String> indexes = List.of(
                "CREATE INDEX IF NOT EXISTS CARELOOP_IDX_TASK_INBOX_PRIORITY ON " + prefix + "ACT_RU_TASK"
                        + " (PRIORITY_ DESC, DUE_DATE_ ASC NULLS LAST, CREATE_TIME_, ID_)" + covering,
                "CREATE INDEX IF NOT EXISTS CARELOOP_IDX_TASK_INBOX_DUE ON " + prefix + "ACT_RU_TASK"
                        + " (DUE_DATE_ ASC NULLS LAST, PRIORITY_ DESC, ID_)" + covering.replace(")", ", CREATE_TIME_)"),
                "CREATE INDEX IF NOT EXISTS CARELOOP_IDX_IDENT_LNK_TASK_GROUP ON " + prefix + "ACT_RU_IDENTITYLINK"
                        + " (TASK_ID_, GROUP_ID_) INCLUDE (TYPE_)");
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            for (String index : indexes) {
                s.execute(index);
            }
        } catch (SQLException e) {
            // Two nodes starting at once may race on the same name; the inbox is slower without them, not wrong.
            LOG.warnf("inbox indexes not created now (the next start tries again): %s", e.getMessage());
        }
    }
}
