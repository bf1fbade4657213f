package org.careloop.review.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
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
    RuntimeService runtimeService;

    @Inject
    TimerJobs timerJobs;

    private final List<String> started = new ArrayList<>();

    /** The locks these tests leave would be other tests' leftovers. */
    @AfterEach
    void deleteInstances() {
        for (String instance : started) {
            if (!timerJobs.ended(instance)) {
                runtimeService.deleteProcessInstance(instance, "test over");
            }
        }
    }

    @Test
    void aJobLockedByThisNodeAndNotRunningHereIsReleasedOnTheSecondLookAndRuns() throws SQLException {
        String key = timerJobs.deployWaitingAtATimer("leftover-locks");
        String leftover = start(key);
        String running = start(key);
        String otherNodes = start(key);
        Instant lockExpiry = Instant.now().plus(Duration.ofMinutes(2));
        timerJobs.lockedAndDue(timerJobs.jobOf(leftover), node.value(), lockExpiry);
        timerJobs.lockedAndDue(timerJobs.jobOf(running), node.value(), lockExpiry);
        timerJobs.lockedAndDue(timerJobs.jobOf(otherNodes), OTHER_NODE, lockExpiry);
        inFlight.add(List.of(timerJobs.jobOf(running).getId()));
        try {
            assertThat(leftoverLocks.look())
                    .as("first look: seen, not released")
                    .isZero();
            assertThat(timerJobs.lockOwner(timerJobs.jobOf(leftover))).isEqualTo(node.value());

            assertThat(leftoverLocks.look()).as("second look: released").isOne();

            await().atMost(Duration.ofSeconds(30)).until(() -> timerJobs.ended(leftover));
            assertThat(timerJobs.lockOwner(timerJobs.jobOf(running))).isEqualTo(node.value());
            assertThat(timerJobs.lockOwner(timerJobs.jobOf(otherNodes))).isEqualTo(OTHER_NODE);
            assertThat(leftoverLocks.look()).isZero();
            assertThat(timerJobs.ended(running)).isFalse();
            assertThat(timerJobs.ended(otherNodes)).isFalse();
        } finally {
            inFlight.done(timerJobs.jobOf(running).getId(), false);
        }
    }

    @Test
    void aLockTakenAgainBetweenTheTwoLooksIsNotReleased() throws SQLException {
        String key = timerJobs.deployWaitingAtATimer("leftover-locks");
        String instance = start(key);
        timerJobs.lockedAndDue(
                timerJobs.jobOf(instance), node.value(), Instant.now().plus(Duration.ofMinutes(2)));
        assertThat(leftoverLocks.look()).isZero();

        // As when the acquisition locks it again for this node: a new lock, seen once only.
        timerJobs.lockedAndDue(
                timerJobs.jobOf(instance), node.value(), Instant.now().plus(Duration.ofMinutes(3)));
        assertThat(leftoverLocks.look()).isZero();
        assertThat(timerJobs.lockOwner(timerJobs.jobOf(instance))).isEqualTo(node.value());

        assertThat(leftoverLocks.look()).isOne();
        await().atMost(Duration.ofSeconds(30)).until(() -> timerJobs.ended(instance));
    }

    private String start(String key) {
        String instance = runtimeService.startProcessInstanceByKey(key).getId();
        started.add(instance);
        return instance;
    }
}
