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
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.careloop.review.CareloopTestEnvironment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * While the node runs, a job locked in its name that none of its threads holds (a transaction that failed without
 * writing its failure leaves that) is given back on the second look; a job its job executor holds, and a job locked
 * by another node, keep their locks. The jobs wait at a timer made due while locked, as a failed transaction leaves
 * them: due, locked for minutes more, run by nobody. The timer of LeftoverLocks is off in tests: the test looks.
 */
@QuarkusTest
@QuarkusTestResource(CareloopTestEnvironment.class)
class LeftoverLocksTest {

    private static final String OTHER_NODE = "review-service-2:8080";

    @Inject
    LeftoverLocks leftoverLocks;

    @Inject
    JobsInFlight inFlight;

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

    private final List<String> started = new ArrayList<>();

    /** The locks these tests leave would be other tests' leftovers. */
    @AfterEach
    void deleteInstances() {
        for (String instance : started) {
            if (!ended(instance)) {
                runtimeService.deleteProcessInstance(instance, "test over");
            }
        }
    }

    @Test
    void aJobLockedByThisNodeAndNotRunningHereIsReleasedOnTheSecondLookAndRuns() throws SQLException {
        String key = deployWaitingAtATimer();
        String leftover = start(key);
        String running = start(key);
        String otherNodes = start(key);
        Instant lockExpiry = Instant.now().plus(Duration.ofMinutes(2));
        lockedAndDue(jobOf(leftover), node.value(), lockExpiry);
        lockedAndDue(jobOf(running), node.value(), lockExpiry);
        lockedAndDue(jobOf(otherNodes), OTHER_NODE, lockExpiry);
        inFlight.add(List.of(jobOf(running).getId()));
        try {
            assertThat(leftoverLocks.look())
                    .as("first look: seen, not released")
                    .isZero();
            assertThat(lockOwner(jobOf(leftover))).isEqualTo(node.value());

            assertThat(leftoverLocks.look()).as("second look: released").isOne();

            await().atMost(Duration.ofSeconds(30)).until(() -> ended(leftover));
            assertThat(lockOwner(jobOf(running))).isEqualTo(node.value());
            assertThat(lockOwner(jobOf(otherNodes))).isEqualTo(OTHER_NODE);
            assertThat(leftoverLocks.look()).isZero();
            assertThat(ended(running)).isFalse();
            assertThat(ended(otherNodes)).isFalse();
        } finally {
            inFlight.done(jobOf(running).getId(), false);
        }
    }

    @Test
    void aLockTakenAgainBetweenTheTwoLooksIsNotReleased() throws SQLException {
        String key = deployWaitingAtATimer();
        String instance = start(key);
        lockedAndDue(jobOf(instance), node.value(), Instant.now().plus(Duration.ofMinutes(2)));
        assertThat(leftoverLocks.look()).isZero();

        // As when the acquisition locks it again for this node: a new lock, seen once only.
        lockedAndDue(jobOf(instance), node.value(), Instant.now().plus(Duration.ofMinutes(3)));
        assertThat(leftoverLocks.look()).isZero();
        assertThat(lockOwner(jobOf(instance))).isEqualTo(node.value());

        assertThat(leftoverLocks.look()).isOne();
        await().atMost(Duration.ofSeconds(30)).until(() -> ended(instance));
    }

    private String start(String key) {
        String instance = runtimeService.startProcessInstanceByKey(key).getId();
        started.add(instance);
        return instance;
    }

    private String deployWaitingAtATimer() {
        String key = "leftover-locks-" + UUID.randomUUID().toString().substring(0, 8);
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

    /** What a transaction that failed without writing its failure leaves: a lock with minutes to run, on a due job. */
    private void lockedAndDue(Job job, String owner, Instant lockExpiry) throws SQLException {
        managementService.setJobDuedate(job.getId(), Date.from(Instant.now().minusSeconds(1)));
        try (Connection c = dataSource.getConnection();
                PreparedStatement lock =
                        c.prepareStatement("UPDATE ACT_RU_JOB SET LOCK_OWNER_ = ?, LOCK_EXP_TIME_ = ? WHERE ID_ = ?")) {
            lock.setString(1, owner);
            lock.setTimestamp(2, Timestamp.from(lockExpiry));
            lock.setString(3, job.getId());
            assertThat(lock.executeUpdate()).isOne();
        }
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
