package org.careloop.review.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careloop.bpmn.PatientReplyModel;
import org.careloop.review.inbox.InboxViews.TaskSummary;
import org.careloop.review.process.CareloopEngineConfiguration;
import org.careloop.review.security.CurrentUser;
import org.careloop.review.support.SqlTimestamps;

/**
 * The clinician's list of open review tasks, a page at a time. One SQL query over the engine's task table (the
 * tasks offered to one of the caller's groups, or assigned to the caller) with careloop's screening and check for
 * the filters, ordered and limited in the database: with 100 000 open tasks, the engine's TaskQuery would load and
 * sort every one of them for each page. The tasks offered to the caller's groups are found in {@link InboxOffers}'
 * table, one group at a time, filtered by the severity and risk it carries; the engine's tables are read, never
 * written; the indexes this relies on are {@link InboxIndexes} and inbox_offer's.
 */
@ApplicationScoped
public class TaskList {

    /** How far the total is counted; beyond it the inbox says "more than". */
    public static final int COUNT_LIMIT = 1_000;

    private static final String MESSAGE_ID = InboxOffers.MESSAGE_ID;
    /** The page's rows only: one primary-key probe each (ReviewProgress says the same for one task). */
    private static final String SCREENED =
            "EXISTS (SELECT 1 FROM message_screening s WHERE s.message_id = " + MESSAGE_ID + ")";

    private static final String DRAFT_PENDING = "t.TASK_DEF_KEY_ <> '" + PatientReplyModel.TASK_SECOND_REVIEW
            + "' AND NOT EXISTS (SELECT 1 FROM draft d WHERE d.message_id = " + MESSAGE_ID
            + " AND (d.status <> 'DRAFTED' OR d.text IS NULL OR d.text = ''"
            + " OR EXISTS (SELECT 1 FROM draft_check c WHERE c.message_id = d.message_id)))";

    @Inject
    EntityManager em;

    @Inject
    CareloopEngineConfiguration engine;

    @Inject
    InboxOffers offers;

    /** One page of the open review tasks the caller may see, in the query's order. */
    @Transactional
    public InboxPage page(CurrentUser user, InboxQuery query) {
        // JIT compilation costs tens of milliseconds and is chosen from row estimates that the visibility test
        // (assignee or a candidate link) makes far too high; these queries read a few thousand index entries at most.
        em.createNativeQuery("SELECT set_config('jit', 'off', true)").getSingleResult();
        Map<String, Object> params = new HashMap<>();
        Visible visible = offers.ready() ? new ByOffers(user, query, params) : new ByTaskOrder(user, query, params);
        // The page's ids first, then their rows.
        Query select = em.createNativeQuery("WITH page AS (" + visible.ordered(query.offset() + query.size() + 1)
                + " ORDER BY " + query.order().sql.replace("t.", "visible.") + " LIMIT " + (query.size() + 1)
                + " OFFSET " + query.offset() + ") SELECT t.ID_, pi.BUSINESS_KEY_, t.NAME_, t.CREATE_TIME_,"
                + " t.PRIORITY_, t.DUE_DATE_, t.ASSIGNEE_, t.TASK_DEF_KEY_, " + SCREENED + ", " + DRAFT_PENDING
                + " FROM page p JOIN " + prefix() + "ACT_RU_TASK t ON t.ID_ = p.ID_ JOIN " + prefix()
                + "ACT_RU_EXECUTION pi ON pi.ID_ = t.PROC_INST_ID_ ORDER BY "
                + query.order().sql.replace("t.", "p."));
        params.forEach(select::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        boolean hasNext = rows.size() > query.size();
        List<TaskSummary> tasks = new ArrayList<>();
        for (Object[] row : rows.subList(0, Math.min(rows.size(), query.size()))) {
            tasks.add(summary(row));
        }
        long total;
        if (!hasNext && (!rows.isEmpty() || query.offset() == 0)) {
            // The last page: its rows end the list, so the total is known without counting (a filter matching few
            // or none of the caller's tasks would otherwise walk all of them a second time).
            total = query.offset() + rows.size();
        } else {
            Query count = em.createNativeQuery("SELECT count(*) FROM (" + visible.any(COUNT_LIMIT + 1) + ") matching");
            params.forEach(count::setParameter);
            total = ((Number) count.getSingleResult()).longValue();
        }
        return new InboxPage(query, tasks, hasNext, Math.min(total, COUNT_LIMIT), total > COUNT_LIMIT);
    }

    /** The caller's visible tasks as SQL, a derived table {@code visible} with the columns of the inbox's orders. */
    private interface Visible {

        /** The visible tasks, among them at least the first {@code limit} in the query's order. */
        String ordered(int limit);

        /** {@code limit} of the visible tasks (all, when there are fewer), in no order. */
        String any(int limit);
    }

    /**
     * From the caller's groups' entries in inbox_offer ({@link InboxOffers}): for each group the first {@code limit}
     * of its tasks that pass the filters, read in order from that group's part of an index, and the first of those
     * assigned to the caller, merged without duplicates. No other group's task is looked at.
     */
    private final class ByOffers implements Visible {

        private final List<String> groups;
        private final InboxQuery query;
        private final String filters;
        private final String assignedFilters;

        ByOffers(CurrentUser user, InboxQuery query, Map<String, Object> params) {
            this.groups = List.copyOf(user.roles());
            this.query = query;
            this.filters = filters(query, params, true);
            this.assignedFilters = filters(query, params, false);
            params.put("me", user.username());
            for (int i = 0; i < groups.size(); i++) {
                params.put("group" + i, groups.get(i));
            }
        }

        @Override
        public String ordered(int limit) {
            String offerOrder = query.order()
                    .sql
                    .replace("t.PRIORITY_", "o.priority")
                    .replace("t.DUE_DATE_", "o.due_date")
                    .replace("t.CREATE_TIME_", "o.create_time")
                    .replace("t.ID_", "o.task_id");
            return branches(
                    " ORDER BY " + offerOrder + " LIMIT " + limit,
                    " ORDER BY " + query.order().sql + " LIMIT " + limit);
        }

        @Override
        public String any(int limit) {
            return branches(" LIMIT " + limit, " LIMIT " + limit) + " LIMIT " + limit;
        }

        private String branches(String offerTail, String assignedTail) {
            String columns = "SELECT t.ID_, t.PRIORITY_, t.DUE_DATE_, t.CREATE_TIME_";
            StringBuilder sql = new StringBuilder("SELECT * FROM (");
            for (int i = 0; i < groups.size(); i++) {
                sql.append('(')
                        .append(columns)
                        .append(" FROM inbox_offer o JOIN ")
                        .append(prefix())
                        .append("ACT_RU_TASK t ON t.ID_ = o.task_id WHERE o.group_id = :group")
                        .append(i)
                        .append(filters)
                        .append(offerTail)
                        .append(") UNION ");
            }
            return sql.append('(')
                    .append(columns)
                    .append(" FROM ")
                    .append(prefix())
                    .append("ACT_RU_TASK t WHERE t.ASSIGNEE_ = :me")
                    .append(assignedFilters)
                    .append(assignedTail)
                    .append(")) visible")
                    .toString();
        }
    }

    /**
     * From the engine's tables alone, until {@link InboxOffers} is in place on this node: the task index in the
     * inbox's order, each task's candidate links probed on the way.
     */
    private final class ByTaskOrder implements Visible {

        private final String where;
        private final InboxQuery query;

        ByTaskOrder(CurrentUser user, InboxQuery query, Map<String, Object> params) {
            this.query = query;
            this.where = where(user, query, params);
        }

        @Override
        public String ordered(int limit) {
            // From the covering index alone (InboxIndexes): the tasks skipped on the way cost an index entry each.
            return "SELECT * FROM (SELECT t.ID_, t.PRIORITY_, t.DUE_DATE_, t.CREATE_TIME_" + where + " ORDER BY "
                    + query.order().sql + " LIMIT " + limit + ") visible";
        }

        @Override
        public String any(int limit) {
            return "SELECT 1" + where + " LIMIT " + limit;
        }
    }

    /** Only columns of InboxIndexes' task indexes, so that PostgreSQL can answer from the index alone. */
    private String where(CurrentUser user, InboxQuery query, Map<String, Object> params) {
        String prefix = prefix();
        StringBuilder sql = new StringBuilder(" FROM " + prefix + "ACT_RU_TASK t WHERE TRUE");
        params.put("me", user.username());
        List<String> groups = List.copyOf(user.roles());
        if (groups.isEmpty()) {
            sql.append(" AND t.ASSIGNEE_ = :me");
        } else {
            // OFFSET 0 keeps the test a probe per task (an index lookup): otherwise PostgreSQL hashes every candidate
            // link of the caller's groups first, which is all of them for a clinician.
            sql.append(" AND (t.ASSIGNEE_ = :me OR EXISTS (SELECT 1 FROM " + prefix + "ACT_RU_IDENTITYLINK l"
                    + " WHERE l.TASK_ID_ = t.ID_ AND l.TYPE_ = 'candidate' AND l.GROUP_ID_ IN (:groups) OFFSET 0))");
            params.put("groups", groups);
        }
        return sql.append(filters(query, params, false)).toString();
    }

    /**
     * The conditions on a task {@code t} besides who may see it: open, of patient-reply, and the page's filters. The
     * severity and risk are read from the task's offer {@code o} when there is one (inbox_offer carries them, V151),
     * else from the message's screening and check through the process instance.
     */
    private String filters(InboxQuery query, Map<String, Object> params, boolean fromOffer) {
        String prefix = prefix();
        StringBuilder sql = new StringBuilder(" AND t.SUSPENSION_STATE_ = 1 AND t.PROC_DEF_ID_ IN (SELECT d.ID_ FROM "
                + prefix + "ACT_RE_PROCDEF d WHERE d.KEY_ = :process)");
        params.put("process", PatientReplyModel.PROCESS_ID);
        if ("me".equals(query.assigned())) {
            sql.append(" AND t.ASSIGNEE_ = :me");
        } else if ("nobody".equals(query.assigned())) {
            sql.append(" AND t.ASSIGNEE_ IS NULL");
        }
        if (query.overdueOnly()) {
            sql.append(" AND t.DUE_DATE_ < :now");
            params.put("now", Timestamp.from(Instant.now()));
        }
        if (query.severity() != null) {
            sql.append(
                    fromOffer
                            ? " AND o.severity = :severity"
                            : " AND EXISTS (SELECT 1 FROM " + prefix + "ACT_RU_EXECUTION pi JOIN message_screening s"
                                    + " ON s.message_id = " + MESSAGE_ID + " WHERE pi.ID_ = t.PROC_INST_ID_"
                                    + " AND s.highest_severity = :severity)");
            params.put("severity", query.severity());
        }
        if (query.risk() != null) {
            sql.append(
                    fromOffer
                            ? " AND o.risk = :risk"
                            : " AND EXISTS (SELECT 1 FROM " + prefix + "ACT_RU_EXECUTION pi JOIN draft_check c"
                                    + " ON c.message_id = " + MESSAGE_ID
                                    + " WHERE pi.ID_ = t.PROC_INST_ID_ AND c.risk_level = :risk)");
            params.put("risk", query.risk());
        }
        return sql.toString();
    }

    private String prefix() {
        return engine.getDatabaseTablePrefix() == null ? "" : engine.getDatabaseTablePrefix();
    }

    private static TaskSummary summary(Object[] row) {
        String taskDefinitionKey = (String) row[7];
        return new TaskSummary(
                (String) row[0],
                (String) row[1],
                (String) row[2],
                SqlTimestamps.instant(row[3]),
                ((Number) row[4]).intValue(),
                SqlTimestamps.instant(row[5]),
                (String) row[6],
                PatientReplyModel.TASK_SECOND_REVIEW.equals(taskDefinitionKey)
                        ? ReviewTasks.SECOND_REVIEW
                        : ReviewTasks.REVIEW,
                (Boolean) row[8],
                (Boolean) row[9]);
    }
}
