package org.careloop.review.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.careloop.review.CareloopTestEnvironment;
import org.junit.jupiter.api.Test;

/**
 * A node's restart gives back the jobs its previous run left locked, and only those: jobs locked by another node of
 * the cluster keep their lock until it runs out. The jobs here wait at a timer made due while locked, as a crash
 * leaves them: due, locked for minutes more, run by nobody.
 */
@QuarkusTest
@QuarkusTestResource(CareloopTestEnvironment.class)
class StaleLocksTest {

    @Inject
    StaleLocks staleLocks;

    @Inject
    NodeId node;

    @Inject
    RepositoryService repositoryService;

    @Inject
    RuntimeService runtimeService;

    @Inject
    ManagementService managementService;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theJobsThisNodeLeftLockedRunAtOnceAndAnotherNodesKeepTheirLock() throws SQLException {
        String key = deployWaitingAtATimer();
        String ours = runtimeService.startProcessInstanceByKey(key).getId();
        String theirs = runtimeService.startProcessInstanceByKey(key).getId();
        lockedAndDue(jobOf(ours), node.value());
        lockedAndDue(jobOf(theirs), "review-service-2:8080");

        assertThat(staleLocks.release(node.value())).isEqualTo(1);

        await().atMost(Duration.ofSeconds(30)).until(() -> ended(ours));
        assertThat(ended(theirs)).isFalse();
        assertThat(lockOwner(jobOf(theirs))).isEqualTo("review-service-2:8080");
        assertThat(staleLocks.release(node.value())).isZero();
    }

    private String deployWaitingAtATimer() {
        String key = "stale-locks-" + UUID.randomUUID().toString().substring(0, 8);
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

    private Job jobOf(String processInstanceId) {
        return managementService
                .createJobQuery()
                .processInstanceId(processInstanceId)
                .singleResult();
    }

    /** What a node killed while it held the job leaves behind: a lock with minutes to run, on a due job. */
    private void lockedAndDue(Job job, String owner) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement lock =
                        c.prepareStatement("UPDATE ACT_RU_JOB SET LOCK_OWNER_ = ?, LOCK_EXP_TIME_ = ? WHERE ID_ = ?")) {
            lock.setString(1, owner);
            lock.setTimestamp(2, Timestamp.from(Instant.now().plus(Duration.ofMinutes(5))));
            lock.setString(3, job.getId());
            assertThat(lock.executeUpdate()).isOne();
        }
        managementService.setJobDuedate(job.getId(), Date.from(Instant.now().minusSeconds(1)));
    }

    private String lockOwner(Job job) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement query = c.prepareStatement("SELECT LOCK_OWNER_ FROM ACT_RU_JOB WHERE ID_ = ?")) {
            query.setString(1, job.getId());
            try (var rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private boolean ended(String processInstanceId) {
        return runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceId(processInstanceId)
                        .count()
                == 0;
    }
}
