package org.careloop.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.careloop.review.CareloopTestEnvironment.GREETING;
import static org.careloop.review.CareloopTestEnvironment.HIGH_RISK_MARKER;
import static org.careloop.review.PatientReplyFlowTest.FILLED_DRAFT;
import static org.careloop.review.PatientReplyFlowTest.awaitAnswered;
import static org.careloop.review.PatientReplyFlowTest.awaitReviewTask;
import static org.careloop.review.PatientReplyFlowTest.send;
import static org.careloop.review.Users.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.careloop.review.oversight.DecisionMeasurement;
import org.careloop.review.oversight.MeasuredFinding;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 through the API: every decision is measured whatever its channel, and a draft with a HIGH finding is
 * approved only with that finding acknowledged by its id. (The page channel is in WebPagesTest, emergencies in
 * ClinicalWorkflowTest.)
 */
@QuarkusTest
@QuarkusTestResource(CareloopTestEnvironment.class)
class ReviewOversightTest {

    @Test
    void aDraftWithAHighFindingIsApprovedOnlyWithThatFindingAcknowledgedAndTheApprovalIsMeasured() {
        String messageId = send("alice", GREETING + "How much ibuprofen can I take? " + HIGH_RISK_MARKER);
        String taskId = awaitReviewTask("lee", messageId);
        JsonPath task = as("lee")
                .get("/api/inbox/tasks/{id}", taskId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(task.getList("acknowledgementsRequired")).containsExactly("F1");
        assertThat(task.getString("findings[0].id")).isEqualTo("F1");
        assertThat(task.getBoolean("findings[0].acknowledgementRequired")).isTrue();

        as("lee")
                .body(Decisions.asShown("lee", taskId, Map.of("action", "APPROVE")))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(400)
                .body("error", equalTo("ACKNOWLEDGEMENT_REQUIRED"))
                .body("message", containsString("F1 (HIGH finding DOSING_ADVICE)"));
        as("lee")
                .body(Decisions.asShown(
                        "lee", taskId, Map.of("action", "APPROVE", "acknowledged", List.of("F1", "F9"))))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(400)
                .body("error", equalTo("VALIDATION_FAILED"))
                .body("message", containsString("F9, which this task does not have"));
        List<String> flood =
                java.util.stream.IntStream.range(0, 5000).mapToObj(i -> "F" + i).toList();
        as("lee")
                .body(Decisions.asShown("lee", taskId, Map.of("action", "APPROVE", "acknowledged", flood)))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(400)
                .body("message", containsString("acknowledged lists 5000 ids"));
        assertThat(measurements(taskId))
                .as("a refused decision leaves no measurement")
                .isEmpty();

        as("lee")
                .body(Decisions.asShown("lee", taskId, Map.of("action", "APPROVE", "acknowledged", List.of("F1"))))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(200);

        DecisionMeasurement m = measurements(taskId).get(0);
        assertThat(m.channel).isEqualTo("API");
        assertThat(m.action).isEqualTo("APPROVE");
        assertThat(m.stage).isEqualTo("REVIEW");
        assertThat(m.firstOpenedAt).isNotNull();
        assertThat(m.timeOnTaskMs).isBetween(0L, 60_000L);
        assertThat(m.draftSeenToEnd).as("the API cannot tell").isNull();
        assertThat(m.wordsChanged).isZero();
        assertThat(m.charsChanged).isZero();
        assertThat(m.draftWords).isEqualTo(FILLED_DRAFT.split("\\s+").length);
        assertThat(m.findings).containsExactly(new MeasuredFinding("F1", "DOSING_ADVICE", "HIGH", false));
        assertThat(m.highFindings).isEqualTo(1);
        assertThat(m.highFindingsUnchanged)
                .as("approved with its HIGH finding as drafted")
                .isEqualTo(1);
        assertThat(m.acknowledged).containsExactly("F1");
        assertThat(m.modelVersion).isEqualTo("1");
        await().atMost(Duration.ofSeconds(10)).until(() -> AuditEvents.count(messageId, "DECISION_MEASURED") == 1);
    }

    @Test
    void anEditAtAFindingIsMeasuredAsAChangeThereAndADecisionWithoutOpeningTheTaskHasNoTimeOnTask() {
        String messageId = send("alice", GREETING + "What dose of paracetamol is safe? " + HIGH_RISK_MARKER);
        String taskId = awaitReviewTask("lee", messageId);
        // The HIGH finding covers "a sore throat" (offsets 16..30 before the name is filled in).
        String edited = FILLED_DRAFT.replace("a sore throat often gets better", "most sore throats get better");
        // lee never opens the task: the draft's hash comes from another clinician's view of it.
        as("lee")
                .body(Decisions.asShown(
                        "park",
                        taskId,
                        Map.of("action", "EDIT_AND_APPROVE", "text", edited, "acknowledged", List.of("F1"))))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(200);

        DecisionMeasurement first = measurements(taskId).get(0);
        assertThat(first.firstOpenedAt)
                .as("lee decided without opening the task")
                .isNull();
        assertThat(first.timeOnTaskMs).isNull();
        assertThat(first.findings).containsExactly(new MeasuredFinding("F1", "DOSING_ADVICE", "HIGH", true));
        assertThat(first.highFindingsUnchanged).isZero();
        // "a sore throat often gets" → "most sore throats get": a, throat and gets replaced, often removed.
        assertThat(first.wordsChanged).isEqualTo(4);
        assertThat(first.charsChanged).isPositive();
        assertThat(first.citations).isEqualTo(1);
        assertThat(first.citationsDropped)
                .as("the cited sentence was rewritten")
                .isEqualTo(1);

        String second = awaitReviewTask("park", messageId);
        as("park")
                .get("/api/inbox/tasks/{id}", second)
                .then()
                .statusCode(200)
                .body("acknowledgementsRequired.size()", equalTo(0));
        as("park")
                .body(Decisions.asShown("park", second, Map.of("action", "APPROVE")))
                .post("/api/inbox/tasks/{id}/decision", second)
                .then()
                .statusCode(200);
        DecisionMeasurement confirmed = measurements(second).get(0);
        assertThat(confirmed.stage).isEqualTo("SECOND_REVIEW");
        assertThat(confirmed.decidedBy).isEqualTo("park");
        assertThat(confirmed.timeOnTaskMs).isNotNull();
        assertThat(confirmed.wordsChanged)
                .as("a second review confirms text, it does not edit it")
                .isNull();
        assertThat(awaitAnswered("alice", messageId).getString("reply.text")).isEqualTo(edited);
    }

    private static List<DecisionMeasurement> measurements(String taskId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> DecisionMeasurement.<DecisionMeasurement>list("taskId", taskId));
    }
}
