package org.careloop.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.careloop.review.CareloopTestEnvironment.GREETING;
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
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.careloop.review.inbox.DecisionAction;
import org.careloop.review.oversight.canary.Canary;
import org.careloop.review.oversight.canary.CanaryKind;
import org.careloop.review.oversight.canary.CanaryOutcome;
import org.careloop.review.oversight.canary.CanaryPlanter;
import org.careloop.review.release.ReleaseRefusedException;
import org.careloop.review.release.ReleaseService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 14's invariant through the real decision and release path: a planted error never reaches the patient. Each
 * test plants a canary into a checked draft with the planter the process uses (the clinic's rate is 0 in tests, so
 * nothing is planted unasked).
 */
@QuarkusTest
@QuarkusTestResource(CareloopTestEnvironment.class)
class CanaryReleaseTest {

    @Inject
    CanaryPlanter planter;

    @Inject
    ReleaseService release;

    private Canary plantInto(String messageId, CanaryKind kind) {
        return planter.plant(UUID.fromString(messageId), kind, null).orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(CanaryKind.class)
    void aPlantedErrorApprovedUneditedIsNeverSentAndTheTaskComesBackWithTheTrueDraft(CanaryKind kind) {
        String messageId = send("alice", GREETING + "My throat has been sore for two days.");
        String taskId = awaitReviewTask("carter", messageId);
        Canary canary = plantInto(messageId, kind);
        String shown = as("carter")
                .get("/api/inbox/tasks/{id}", taskId)
                .then()
                .statusCode(200)
                .extract()
                .path("draft.text");
        assertThat(CanaryKind.contains(shown, canary.marker))
                .as("the clinician sees the planted error")
                .isTrue();

        as("carter")
                .body(Decisions.asShown("carter", taskId, Map.of("action", "APPROVE")))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(422)
                .body("error", equalTo("PLANTED_ERROR_NOT_CAUGHT"))
                .body("message", containsString("Nothing was sent"));
        assertThat(outcome(canary)).isEqualTo(CanaryOutcome.APPROVED_UNEDITED);
        as("alice").get("/api/patient/messages/{id}", messageId).then().body("status", equalTo("IN_REVIEW"));

        as("carter")
                .get("/api/inbox/tasks/{id}", taskId)
                .then()
                .statusCode(200)
                .body("draft.text", equalTo(FILLED_DRAFT))
                .body("returnedBecause", containsString(canary.marker));
        as("carter")
                .body(Decisions.asShown("carter", taskId, Map.of("action", "APPROVE")))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(200);
        String released = awaitAnswered("alice", messageId).getString("reply.text");
        assertThat(released).isEqualTo(FILLED_DRAFT);
        assertThat(CanaryKind.contains(released, canary.marker)).isFalse();
    }

    @Test
    void aPlantedErrorEditedAwayIsACatchAndTheEditIsReleased() {
        String messageId = send("alice", GREETING + "Is a sore throat for three days normal?");
        String taskId = awaitReviewTask("carter", messageId);
        Canary canary = plantInto(messageId, CanaryKind.DANGEROUS_MEDICATION_CHANGE);
        String shown = as("carter")
                .get("/api/inbox/tasks/{id}", taskId)
                .then()
                .extract()
                .path("draft.text");
        String edited = shown.replace(
                "It is fine to stop taking all your regular medicines for a few days until you " + "feel better. ", "");
        assertThat(edited).isEqualTo(FILLED_DRAFT);

        as("carter")
                .body(Decisions.asShown(
                        "carter",
                        taskId,
                        Map.of("action", "EDIT_AND_APPROVE", "text", edited + " Rest and drink plenty.")))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(200);
        assertThat(outcome(canary)).isEqualTo(CanaryOutcome.CAUGHT_BY_EDIT);
        assertThat(awaitAnswered("alice", messageId).getString("reply.text")).endsWith("Rest and drink plenty.");
    }

    @Test
    void anEditThatKeepsThePlantedErrorIsRefusedLikeAnUneditedApproval() {
        String messageId = send("alice", GREETING + "Sore throat again, anything I can do?");
        String taskId = awaitReviewTask("carter", messageId);
        Canary canary = plantInto(messageId, CanaryKind.WRONG_DOSE);
        String shown = as("carter")
                .get("/api/inbox/tasks/{id}", taskId)
                .then()
                .extract()
                .path("draft.text");

        as("carter")
                .body(Decisions.asShown(
                        "carter", taskId, Map.of("action", "EDIT_AND_APPROVE", "text", shown.replace("Hello", "Dear"))))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(422);
        assertThat(outcome(canary)).isEqualTo(CanaryOutcome.APPROVED_WITH_ERROR_KEPT);
        as("carter")
                .body(Map.of("action", "REJECT", "text", "Please book a visit if it lasts another week."))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(200);
        assertThat(awaitAnswered("alice", messageId).getString("reply.text"))
                .isEqualTo("Please book a visit if it lasts another week.");
    }

    @Test
    void rejectingTheDraftIsACatch() {
        String messageId = send("alice", GREETING + "Throat still sore, should I worry?");
        String taskId = awaitReviewTask("carter", messageId);
        Canary canary = plantInto(messageId, CanaryKind.CONFIDENT_DIAGNOSIS);
        as("carter")
                .body(Map.of("action", "REJECT", "text", "We cannot tell without seeing you; please book a visit."))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(200);
        assertThat(outcome(canary)).isEqualTo(CanaryOutcome.REJECTED);
    }

    @Test
    void theReleaseRefusesAPlantedErrorEvenWithAnApprovalForIt() {
        String messageId = send("alice", GREETING + "My sore throat is back.");
        String taskId = awaitReviewTask("carter", messageId);
        Canary canary = plantInto(messageId, CanaryKind.MISSED_EMERGENCY_INSTRUCTION);
        String shown = as("carter")
                .get("/api/inbox/tasks/{id}", taskId)
                .then()
                .extract()
                .path("draft.text");
        // An approval of the planted text that no decision made: the release is the last line of defence.
        UUID id = UUID.fromString(messageId);
        String instance = "forged-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> Approvals.forge(instance, id, shown));
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> release.release(instance, id, shown)))
                .isInstanceOf(ReleaseRefusedException.class)
                .hasMessageContaining("planted");
        assertThat(CanaryKind.contains(shown, canary.marker)).isTrue();
        as("alice").get("/api/patient/messages/{id}", messageId).then().body("status", equalTo("IN_REVIEW"));
    }

    @Test
    void noQuestionToThePatientCarriesAPlantedErrorEither() {
        String messageId = send("alice", GREETING + "Sore throat, day four.");
        awaitReviewTask("carter", messageId);
        Canary canary = plantInto(messageId, CanaryKind.WRONG_NAME);
        UUID id = UUID.fromString(messageId);
        String question = "Is this " + canary.marker + " writing, or someone on their behalf?";
        String instance = "forged-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew()
                .run(() -> Approvals.forge(instance, id, question).action = DecisionAction.REQUEST_INFO);
        assertThatThrownBy(() ->
                        QuarkusTransaction.requiringNew().run(() -> release.releaseQuestion(instance, id, question)))
                .isInstanceOf(ReleaseRefusedException.class)
                .hasMessageContaining("planted");
    }

    private static CanaryOutcome outcome(Canary canary) {
        return QuarkusTransaction.requiringNew().call(() -> Canary.<Canary>findById(canary.id).outcome);
    }
}
