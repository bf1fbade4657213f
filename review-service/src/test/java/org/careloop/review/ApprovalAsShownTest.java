package org.careloop.review;

import static org.careloop.review.CareloopTestEnvironment.GREETING;
import static org.careloop.review.Users.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.careloop.review.checks.DraftCheck;
import org.careloop.review.policy.PolicyDtos;
import org.junit.jupiter.api.Test;

/**
 * An approval says which draft the clinician saw (the task's {@code draft.shownSha256}): it is refused without it,
 * when the draft or its policy check changed since, and when the draft has not been checked at all yet.
 */
@QuarkusTest
@QuarkusTestResource(CareloopTestEnvironment.class)
class ApprovalAsShownTest {

    @Test
    void approvesTheDraftTheClinicianSawAndNotAnotherOne() {
        String messageId = PatientReplyFlowTest.send("alice", GREETING + "Can I get my flu jab at the pharmacy?");
        String taskId = PatientReplyFlowTest.awaitReviewTask("carter", messageId);
        String shown = as("carter")
                .get("/api/inbox/tasks/{id}", taskId)
                .then()
                .statusCode(200)
                .body("draft.shownSha256", matchesPattern("[0-9a-f]{64}"))
                .extract()
                .path("draft.shownSha256");

        as("carter")
                .body(Map.of("action", "APPROVE"))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(400)
                .body("error", equalTo("VALIDATION_FAILED"))
                .body("message", containsString("draft.shownSha256"));

        // A new finding arrives after the clinician opened the task.
        QuarkusTransaction.requiringNew().run(() -> {
            DraftCheck check = DraftCheck.findById(UUID.fromString(messageId));
            check.findings =
                    List.of(new PolicyDtos.Finding("UNSAFE_ADVICE", "MEDIUM", 0, 5, "added after the task was opened"));
        });
        approve(taskId, shown).statusCode(409).body("error", equalTo("DRAFT_CHANGED"));

        String reloaded = as("carter")
                .get("/api/inbox/tasks/{id}", taskId)
                .then()
                .extract()
                .path("draft.shownSha256");
        approve(taskId, reloaded).statusCode(200);
        PatientReplyFlowTest.awaitAnswered("alice", messageId);
    }

    @Test
    void refusesToApproveADraftWhoseSafetyCheckHasNotRun() {
        String messageId = PatientReplyFlowTest.send("alice", GREETING + "Is it fine to swim with a cold?");
        String taskId = PatientReplyFlowTest.awaitReviewTask("carter", messageId);
        // As on an emergency review, which opens before its draft is checked.
        QuarkusTransaction.requiringNew().run(() -> DraftCheck.deleteById(UUID.fromString(messageId)));

        as("carter")
                .body(Map.of("action", "APPROVE"))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(409)
                .body("error", equalTo("DRAFT_NOT_CHECKED"));
        as("carter")
                .body(Map.of("action", "EDIT_AND_APPROVE", "text", "Swimming is fine if you feel well."))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(409);
        // Writing the reply oneself is still possible.
        as("carter")
                .body(Map.of("action", "REJECT", "text", "Please rest until the cold has passed."))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(200);
    }

    @Test
    void refusesAShownHashThatIsNotOne() {
        String messageId = PatientReplyFlowTest.send("alice", GREETING + "Do you open on bank holidays?");
        String taskId = PatientReplyFlowTest.awaitReviewTask("carter", messageId);

        approve(taskId, "not-a-hash").statusCode(400).body("error", equalTo("VALIDATION_FAILED"));
    }

    private static io.restassured.response.ValidatableResponse approve(String taskId, String shownSha256) {
        return as("carter")
                .body(Map.of("action", "APPROVE", "shownSha256", shownSha256))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then();
    }
}
