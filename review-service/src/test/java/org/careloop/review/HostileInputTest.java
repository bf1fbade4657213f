package org.careloop.review;

import static org.careloop.review.CareloopTestEnvironment.EMERGENCY_MARKER;
import static org.careloop.review.CareloopTestEnvironment.GREETING;
import static org.careloop.review.PatientReplyFlowTest.awaitReviewTask;
import static org.careloop.review.PatientReplyFlowTest.send;
import static org.careloop.review.Users.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What a careless or hostile API client sends: control characters and over-long fields are a 400 (or 413) naming the
 * field, never a 500; a task id says nothing to a clinician the task was never offered to.
 */
@QuarkusTest
@QuarkusTestResource(CareloopTestEnvironment.class)
class HostileInputTest {

    private static final String NUL = "\u0000";

    @Test
    void shouldRefuseANulInAMessageNamingTheField() {
        as("alice")
                .body(Map.of("text", GREETING + "my throat" + NUL + " hurts"))
                .post("/api/patient/messages")
                .then()
                .statusCode(400)
                .body("error", equalTo("VALIDATION_FAILED"))
                .body("details.violations.field", contains("text"))
                .body("details.violations[0].message", containsString("control characters"));
    }

    @Test
    void shouldRefuseOtherControlCharactersButKeepLineBreaksAndTabs() {
        for (String control : List.of("\u001b[31m", "\u0007", "\u007f", "\u0085")) {
            as("alice")
                    .body(Map.of("text", GREETING + "sore" + control + "throat"))
                    .post("/api/patient/messages")
                    .then()
                    .statusCode(400)
                    .body("details.violations.field", contains("text"));
        }
        as("alice")
                .body(Map.of("text", GREETING + "Sore throat.\r\nFever\tsince Monday.\n"))
                .post("/api/patient/messages")
                .then()
                .statusCode(202);
    }

    @Test
    void shouldRefuseANulInAnAnswer() {
        as("alice")
                .body(Map.of("text", "Since Monday" + NUL))
                .post("/api/patient/messages/{id}/answer", UUID.randomUUID())
                .then()
                .statusCode(400)
                .body("error", equalTo("VALIDATION_FAILED"))
                .body("details.violations.field", contains("text"));
    }

    @Test
    void shouldRefuseControlCharactersInEveryTextOfADecision() {
        for (String field : List.of("text", "reason")) {
            as("carter")
                    .body(Map.of("action", "REJECT", field, "Please come in" + NUL))
                    .post("/api/inbox/tasks/{id}/decision", "any")
                    .then()
                    .statusCode(400)
                    .body("error", equalTo("VALIDATION_FAILED"))
                    .body("details.violations.field", contains(field));
        }
        as("carter")
                .body(Map.of("action", "APPROVE", "acknowledged", List.of("F1", "R" + NUL)))
                .post("/api/inbox/tasks/{id}/decision", "any")
                .then()
                .statusCode(400)
                .body("details.violations.field", contains("acknowledged[1]"));
    }

    @Test
    void shouldLimitTheReasonOfEveryDecisionNotOnlyAnEscalation() {
        as("carter")
                .body(Map.of("action", "APPROVE", "reason", "r".repeat(20_001)))
                .post("/api/inbox/tasks/{id}/decision", "any")
                .then()
                .statusCode(413)
                .body("error", equalTo("PAYLOAD_TOO_LARGE"))
                .body("details.field", equalTo("reason"))
                .body("details.limit", equalTo(20_000));
    }

    @Test
    void shouldLimitTheLengthOfAnAcknowledgedId() {
        // Their number is checked against the task (ReviewOversightTest).
        as("carter")
                .body(Map.of("action", "APPROVE", "acknowledged", List.of("F".repeat(201))))
                .post("/api/inbox/tasks/{id}/decision", "any")
                .then()
                .statusCode(400)
                .body("details.violations.field", contains("acknowledged[0]"));
    }

    @Test
    void aReasonAndAReplyOfThousandsOfCharactersAreKeptWhole() {
        String messageId = send("alice", GREETING + "My knee is swollen since I fell.");
        String taskId = awaitReviewTask("carter", messageId);
        String reason = "The fall needs a senior look; ".repeat(400);
        as("carter")
                .body(Map.of("action", "ESCALATE", "reason", reason))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(200);
        as("lee")
                .get("/api/inbox/tasks/{id}", taskId)
                .then()
                .statusCode(200)
                .body("escalation.reason", equalTo(reason));
        String reply = "Please rest the knee and keep it raised. ".repeat(300);
        as("lee")
                .body(Map.of("action", "REJECT", "text", reply))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(200);
        PatientReplyFlowTest.awaitAnswered("alice", messageId);
        as("alice").get("/api/patient/messages/{id}", messageId).then().body("reply.text", equalTo(reply));
    }

    @Test
    void shouldAnswerAnEngineIdWithControlCharactersAsNotFound() {
        as("carter")
                .get("/api/inbox/tasks/{id}", "abc" + NUL)
                .then()
                .statusCode(404)
                .body("error", equalTo("NOT_FOUND"));
        as("root-admin")
                .post("/api/admin/incidents/{id}/retry", "abc" + NUL)
                .then()
                .statusCode(404)
                .body("error", equalTo("NOT_FOUND"));
        as("root-admin")
                .get("/admin/editor?definition={id}", "abc" + NUL)
                .then()
                .statusCode(404);
        as("root-admin").get("/admin/definitions/{id}/xml", "abc" + NUL).then().statusCode(404);
    }

    @Test
    void aDecidedTaskThatWasNeverOfferedToTheCallerIsNotFoundLikeAnUnknownOne() {
        String messageId = send("alice", GREETING + "Crushing chest pain since an hour. " + EMERGENCY_MARKER);
        String taskId = awaitReviewTask("oncall", messageId);
        as("carter").get("/api/inbox/tasks/{id}", taskId).then().statusCode(404);

        as("oncall")
                .body(Map.of(
                        "action", "REJECT", "text", "Please call 911 now or go to the nearest emergency department."))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(200);

        String unknown = UUID.randomUUID().toString();
        for (String id : List.of(taskId, unknown)) {
            as("carter").get("/api/inbox/tasks/{id}", id).then().statusCode(404).body("error", equalTo("NOT_FOUND"));
            as("carter")
                    .post("/api/inbox/tasks/{id}/claim", id)
                    .then()
                    .statusCode(404)
                    .body("error", equalTo("NOT_FOUND"));
            as("carter")
                    .body(Map.of("action", "REJECT", "text", "x"))
                    .post("/api/inbox/tasks/{id}/decision", id)
                    .then()
                    .statusCode(404)
                    .body("error", equalTo("NOT_FOUND"));
        }
        // The clinician it was offered to learns that it is decided.
        as("oncall")
                .body(Map.of("action", "REJECT", "text", "x"))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(409)
                .body("error", equalTo("CONFLICT"));
    }
}
