package org.careloop.review.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.RuntimeService;
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
    RuntimeService runtimeService;

    @Inject
    TimerJobs timerJobs;

    @Test
    void theJobsThisNodeLeftLockedRunAtOnceAndAnotherNodesKeepTheirLock() throws SQLException {
        String key = timerJobs.deployWaitingAtATimer("stale-locks");
        String ours = runtimeService.startProcessInstanceByKey(key).getId();
        String theirs = runtimeService.startProcessInstanceByKey(key).getId();
        timerJobs.lockedAndDue(
                timerJobs.jobOf(ours), node.value(), Instant.now().plus(Duration.ofMinutes(5)));
        timerJobs.lockedAndDue(
                timerJobs.jobOf(theirs), "review-service-2:8080", Instant.now().plus(Duration.ofMinutes(5)));

        // At least ours: this node's live job executor may hold a lock on another test's job at this moment.
        assertThat(staleLocks.release(node.value())).isPositive();

        await().atMost(Duration.ofSeconds(30)).until(() -> timerJobs.ended(ours));
        assertThat(timerJobs.ended(theirs)).isFalse();
        assertThat(timerJobs.lockOwner(timerJobs.jobOf(theirs))).isEqualTo("review-service-2:8080");
    }
}
