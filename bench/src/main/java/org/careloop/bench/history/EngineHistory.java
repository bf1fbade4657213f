package org.careloop.bench.history;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the engine's history of this run's messages from the review database, read-only. Intake starts
 * {@code patient-reply} with the message id as business key, so {@code ACT_HI_PROCINST.BUSINESS_KEY_} leads from a
 * message to its process instance, its review task ({@code ACT_HI_TASKINST}) and its steps ({@code ACT_HI_ACTINST}).
 */
public final class EngineHistory {

    static final String REVIEW_TASK = "Task_ReviewDraft";

    private static final String PROCESSES = """
            select p.business_key_, p.proc_inst_id_, p.start_time_,
                   (select min(t.start_time_) from act_hi_taskinst t
                     where t.proc_inst_id_ = p.proc_inst_id_ and t.task_def_key_ = ?) as review_task_created
              from act_hi_procinst p
             where p.business_key_ = any (?)
            """;

    private static final String STEPS = """
            select a.proc_inst_id_, a.act_id_, a.act_type_, a.start_time_, a.end_time_
              from act_hi_actinst a
             where a.proc_inst_id_ = any (?)
             order by a.start_time_, a.sequence_counter_
            """;

    private static final String WITH_REVIEW_TASK = """
            select count(distinct p.proc_inst_id_)
              from act_hi_procinst p join act_hi_taskinst t on t.proc_inst_id_ = p.proc_inst_id_
             where p.business_key_ = any (?) and t.task_def_key_ = ?
            """;

    private final String url;
    private final String user;
    private final String password;

    public EngineHistory(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** How many of these messages have had a review task created. */
    public int withReviewTask(Collection<String> messageIds) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, user, password);
                PreparedStatement query = db.prepareStatement(WITH_REVIEW_TASK)) {
            db.setReadOnly(true);
            query.setArray(1, db.createArrayOf("varchar", messageIds.toArray()));
            query.setString(2, REVIEW_TASK);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    public List<ProcessTimeline> timelines(Collection<String> messageIds) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setReadOnly(true);
            Map<String, String> messageOfInstance = new LinkedHashMap<>();
            Map<String, Instant[]> times = new HashMap<>();
            try (PreparedStatement query = db.prepareStatement(PROCESSES)) {
                query.setString(1, REVIEW_TASK);
                query.setArray(2, db.createArrayOf("varchar", messageIds.toArray()));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        String instance = rows.getString(2);
                        messageOfInstance.put(instance, rows.getString(1));
                        times.put(
                                instance, new Instant[] {instant(rows.getTimestamp(3)), instant(rows.getTimestamp(4))});
                    }
                }
            }
            Map<String, List<ProcessTimeline.Step>> steps = new HashMap<>();
            try (PreparedStatement query = db.prepareStatement(STEPS)) {
                Array instances =
                        db.createArrayOf("varchar", messageOfInstance.keySet().toArray());
                query.setArray(1, instances);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        steps.computeIfAbsent(rows.getString(1), i -> new ArrayList<>())
                                .add(new ProcessTimeline.Step(
                                        rows.getString(2),
                                        rows.getString(3),
                                        instant(rows.getTimestamp(4)),
                                        instant(rows.getTimestamp(5))));
                    }
                }
            }
            List<ProcessTimeline> timelines = new ArrayList<>();
            messageOfInstance.forEach((instance, messageId) -> timelines.add(new ProcessTimeline(
                    messageId,
                    times.get(instance)[0],
                    times.get(instance)[1],
                    steps.getOrDefault(instance, List.of()))));
            return timelines;
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
