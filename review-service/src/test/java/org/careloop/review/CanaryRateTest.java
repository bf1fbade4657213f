package org.careloop.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.careloop.review.CareloopTestEnvironment.EMERGENCY_MARKER;
import static org.careloop.review.CareloopTestEnvironment.GREETING;
import static org.careloop.review.PatientReplyFlowTest.awaitReviewTask;
import static org.careloop.review.PatientReplyFlowTest.send;
import static org.careloop.review.Users.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.careloop.review.oversight.canary.Canary;
import org.careloop.review.oversight.canary.CanaryKind;
import org.junit.jupiter.api.Test;

/** The clinic's canary rate, at 1: every routine draft gets a planted error after its checks, no emergency does. */
@QuarkusTest
@TestProfile(CanaryRateTest.EveryRoutineDraft.class)
@QuarkusTestResource(CareloopTestEnvironment.class)
class CanaryRateTest {

    public static class EveryRoutineDraft implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("careloop.oversight.canary-rate", "1");
        }
    }

    @Test
    void everyRoutineDraftGetsAPlantedErrorAndNoEmergencyReplyDoes() {
        String routine = send("alice", GREETING + "My throat is a bit sore.");
        String routineTask = awaitReviewTask("carter", routine);
        List<Canary> planted = canaries(routine);
        assertThat(planted).hasSize(1);
        assertThat(planted.get(0).outcome).isNull();
        String shown = as("carter")
                .get("/api/inbox/tasks/{id}", routineTask)
                .then()
                .extract()
                .path("draft.text");
        assertThat(CanaryKind.contains(shown, planted.get(0).marker)).isTrue();

        String emergency = send("alice", GREETING + "Crushing chest pain. " + EMERGENCY_MARKER);
        String emergencyTask = awaitReviewTask("oncall", emergency);
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> as("oncall")
                                .get("/api/inbox/tasks/{id}", emergencyTask)
                                .then()
                                .extract()
                                .path("checks.status")
                        != null);
        assertThat(canaries(emergency))
                .as("an emergency reply must not wait for a second review")
                .isEmpty();
    }

    private static List<Canary> canaries(String messageId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Canary.<Canary>list("messageId", UUID.fromString(messageId)));
    }
}
