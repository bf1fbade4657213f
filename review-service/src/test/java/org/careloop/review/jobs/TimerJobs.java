package org.careloop.review.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * Processes that wait at a one-hour timer, for the job executor's lock tests: a job that does nothing when it runs,
 * locked by hand as a crash or a failed transaction would leave it.
 */
@ApplicationScoped
class TimerJobs {

    @Inject
    RepositoryService repositoryService;

    @Inject
    RuntimeService runtimeService;

    @Inject
    ManagementService managementService;

    @Inject
    AgroalDataSource dataSource;

    /** Deploys a process of its own, named after {@code prefix}, and returns its key. */
    String deployWaitingAtATimer(String prefix) {
        String key = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        repositoryService
                .createDeployment()
                .addModelInstance(
                        key + ".bpmn",
                        Bpmn.createExecutableProcess(key)
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .intermediateCatchEvent("Timer_Wait")
                                .timerWithDuration("PT1H")
                                .endEvent()
                                .done())
                .deploy();
        return key;
    }

    Job jobOf(String processInstanceId) {
        return managementService
                .createJobQuery()
                .processInstanceId(processInstanceId)
                .singleResult();
    }

    /** The job due now and locked by {@code owner} until {@code lockExpiry}. */
    void lockedAndDue(Job job, String owner, Instant lockExpiry) throws SQLException {
        // Due and locked in one statement: made due first, the job executor could take and run it in between.
        try (Connection c = dataSource.getConnection();
                PreparedStatement lock = c.prepareStatement(
                        "UPDATE ACT_RU_JOB SET LOCK_OWNER_ = ?, LOCK_EXP_TIME_ = ?, DUEDATE_ = ? WHERE ID_ = ?")) {
            lock.setString(1, owner);
            lock.setTimestamp(2, Timestamp.from(lockExpiry));
            lock.setTimestamp(3, Timestamp.from(Instant.now().minusSeconds(1)));
            lock.setString(4, job.getId());
            assertThat(lock.executeUpdate()).isOne();
        }
    }

    String lockOwner(Job job) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement query = c.prepareStatement("SELECT LOCK_OWNER_ FROM ACT_RU_JOB WHERE ID_ = ?")) {
            query.setString(1, job.getId());
            try (var rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    boolean ended(String processInstanceId) {
        return runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceId(processInstanceId)
                        .count()
                == 0;
    }
}
