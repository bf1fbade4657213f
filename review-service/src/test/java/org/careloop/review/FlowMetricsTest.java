package org.careloop.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.careloop.review.Users.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.careloop.review.observability.FlowGauges;
import org.careloop.review.release.ReleaseRefusedException;
import org.careloop.review.release.ReleaseService;
import org.careloop.support.metrics.PrometheusText;
import org.junit.jupiter.api.Test;

/** What an operator's Prometheus reads at /q/metrics after one message went from the patient to the released reply. */
@QuarkusTest
@QuarkusTestResource(CareloopTestEnvironment.class)
class FlowMetricsTest {

    static final String TEXT =
            CareloopTestEnvironment.GREETING + "My ankle has been swollen since I tripped on Sunday.";

    @Inject
    FlowGauges gauges;

    @Inject
    ReleaseService release;

    @Test
    void shouldCountOneMessageAtEachStepFromItsAcceptanceToTheReleaseWithoutItsTextOrIdInAnyLabel() {
        PrometheusText before = scrape();

        String messageId = PatientReplyFlowTest.send("alice", TEXT);
        String taskId = PatientReplyFlowTest.awaitReviewTask("carter", messageId);
        gauges.refresh();
        PrometheusText inReview = scrape();
        assertThat(inReview.sum("careloop_review_tasks_open", "group", "clinician"))
                .as("the open review task in its group")
                .isGreaterThanOrEqualTo(1);
        assertThat(inReview.has("careloop_review_tasks_oldest_age_seconds", "group", "clinician"))
                .isTrue();

        as("carter").post("/api/inbox/tasks/{id}/claim", taskId).then().statusCode(200);
        as("carter")
                .body(Decisions.asShown("carter", taskId, Map.of("action", "APPROVE")))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(200);
        PatientReplyFlowTest.awaitAnswered("alice", messageId);
        PrometheusText after = scrape();

        assertIncreased(before, after, "careloop_messages_received_total");
        assertIncreased(before, after, "careloop_messages_screened_total", "severity", "routine");
        assertIncreased(before, after, "careloop_messages_drafted_total", "outcome", "drafted");
        assertIncreased(before, after, "careloop_drafts_checked_total", "risk", "low");
        assertIncreased(before, after, "careloop_replies_released_total", "action", "approve", "reviews", "1");
        for (String step : new String[] {"screen", "draft", "check", "release"}) {
            assertIncreased(before, after, "careloop_flow_step_seconds_count", "step", step, "outcome", "success");
        }
        assertIncreased(before, after, "careloop_flow_accepted_to_task_seconds_count", "step", "review");
        assertIncreased(before, after, "careloop_flow_task_to_release_seconds_count");
        assertIncreased(before, after, "careloop_flow_accepted_to_release_seconds_count");
        assertIncreased(before, after, "careloop_jobs_total", "event", "succeeded");
        assertIncreased(before, after, "careloop_jobs_total", "event", "acquired");

        assertThat(after.labelValues())
                .as("no label holds the message's id or any of its words")
                .noneMatch(v -> v.contains(messageId) || v.contains("ankle") || v.contains("John"));
    }

    @Test
    void shouldCountARefusedReleaseByItsReason() {
        double before = scrape().sum("careloop_release_refusals_total", "reason", "never_routed");

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .run(() -> release.release("no-such-instance", UUID.randomUUID(), "Please rest.")))
                .isInstanceOf(ReleaseRefusedException.class);

        assertThat(scrape().sum("careloop_release_refusals_total", "reason", "never_routed"))
                .isEqualTo(before + 1);
    }

    @Test
    void shouldShowTheJobExecutorAndWaitingWorkFromTheStart() {
        gauges.refresh();
        PrometheusText metrics = scrape();
        for (String event : new String[] {"acquired", "rejected", "succeeded", "failed", "acquisition_conflict"}) {
            assertThat(metrics.has("careloop_jobs_total", "event", event))
                    .as(event)
                    .isTrue();
        }
        assertThat(metrics.has("careloop_jobs_due_not_acquired")).isTrue();
        assertThat(metrics.has("careloop_jobs_oldest_due_age_seconds")).isTrue();
        assertThat(metrics.has("careloop_release_refusals_total", "reason", "no_approval"))
                .isTrue();
    }

    static PrometheusText scrape() {
        return PrometheusText.parse(
                given().get("/q/metrics").then().statusCode(200).extract().asString());
    }

    private static void assertIncreased(PrometheusText before, PrometheusText after, String name, String... labels) {
        assertThat(after.sum(name, labels))
                .as("%s %s", name, String.join(",", labels))
                .isGreaterThanOrEqualTo(before.sum(name, labels) + 1);
    }
}
