package org.careloop.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.careloop.system.Careloop.as;
import static org.hamcrest.Matchers.either;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The spine, on real parts: packaged services, real Keycloak tokens, PostgreSQL, the Camunda engine and
 * HTTP between the services; drafting by the offline grounded responder.
 */
class PatientReplyFlowTest {

    private static final String SORE_THROAT = "Hi, this is Alice Moreno. My phone is 555-201-3344. "
            + "I have had a sore throat and a mild fever for three days. Should I come in?";

    @Test
    void aliceGetsTheReplyCarterApprovedLabelledAsAiAssistedAndReviewed() {
        String messageId = Careloop.sendMessage("alice", SORE_THROAT);

        JsonPath received = Careloop.message("alice", messageId);
        assertThat(received.getString("status")).isIn("RECEIVED", "IN_REVIEW");
        assertThat(received.getString("reply"))
                .as("no reply before a clinician approved one")
                .isNull();

        String taskId = Careloop.awaitReviewTask("carter", messageId);
        JsonPath beforeRelease = Careloop.message("alice", messageId);
        assertThat(beforeRelease.getString("status")).isEqualTo("IN_REVIEW");
        assertThat(beforeRelease.getString("reply")).isNull();

        JsonPath task = Careloop.task("carter", taskId);
        assertThat(task.getString("message.text")).isEqualTo(SORE_THROAT);
        String draft = task.getString("draft.text");
        assertThat(draft).as("the offline responder drafted a reply").isNotBlank();
        assertThat(draft)
                .as("placeholders are filled back in for the clinician")
                .doesNotContain("[NAME_");
        assertThat(task.getString("draft.provenance.model")).isEqualTo("offline-extractive");
        assertThat(task.getList("draft.citations")).isNotEmpty();
        assertThat(task.getString("draft.citations[0].passageText"))
                .as("the clinician can open the cited passage")
                .isNotBlank();

        as("carter").post("/api/inbox/tasks/{id}/claim", taskId).then().statusCode(200);
        Careloop.decide("carter", taskId, Map.of("action", "APPROVE"));

        JsonPath answered = Careloop.awaitAnswered("alice", messageId);
        assertThat(answered.getString("reply.text")).isEqualTo(draft);
        assertThat(answered.getString("reply.label"))
                .isEqualTo("Drafted with AI assistance and reviewed by Maya Carter on " + LocalDate.now());
        assertThat(answered.getString("reply.releasedAt")).isNotBlank();
    }

    @Test
    void aClinicianWhoRejectsTheDraftReleasesTheirOwnReplyAsWrittenByThem() {
        String messageId = Careloop.sendMessage("alice", "My knee has been swollen since I fell yesterday.");
        String taskId = Careloop.awaitReviewTask("carter", messageId);

        String ownReply = "Please book an appointment this week so we can examine your knee. "
                + "Rest it, and call us at once if it becomes hot, very painful or you cannot walk.";
        Careloop.decide(
                "carter",
                taskId,
                Map.of("action", "REJECT", "text", ownReply, "reason", "The draft did not address the fall."));

        JsonPath answered = Careloop.awaitAnswered("alice", messageId);
        assertThat(answered.getString("reply.text")).isEqualTo(ownReply);
        assertThat(answered.getString("reply.label")).isEqualTo("Written by Maya Carter");
    }

    @Test
    void aSecondDecisionOnTheSameTaskIsAConflict() {
        String messageId = Careloop.sendMessage("alice", "Can I get a refill of my inhaler prescription?");
        String taskId = Careloop.awaitReviewTask("lee", messageId);
        Careloop.decide(
                "lee",
                taskId,
                Map.of(
                        "action",
                        "EDIT_AND_APPROVE",
                        "text",
                        "We have sent the refill request to your pharmacy. It should be ready tomorrow."));

        as("carter")
                .body(Map.of("action", "APPROVE"))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(409);

        JsonPath answered = Careloop.awaitAnswered("alice", messageId);
        assertThat(answered.getString("reply.text"))
                .isEqualTo("We have sent the refill request to your pharmacy. It should be ready tomorrow.");
        assertThat(answered.getString("reply.label"))
                .startsWith("Drafted with AI assistance and reviewed by Jordan Lee");
    }

    @Test
    void bobCannotReadAlicesMessage() {
        String messageId = Careloop.sendMessage("alice", "I have a question about my lab results.");

        as("bob").get("/api/patient/messages/{id}", messageId).then().statusCode(404);
        as("bob").get("/api/patient/messages").then().statusCode(200).body("id", not(hasItem(messageId)));
        as("alice").get("/api/patient/messages").then().statusCode(200).body("id", hasItem(messageId));
    }

    @Test
    void aPatientCannotReachTheClinicianInbox() {
        as("alice").get("/api/inbox/tasks").then().statusCode(403);
    }

    @Test
    void aClinicianCannotSendAMessageAsAPatient() {
        as("carter")
                .body(Map.of("text", "hello"))
                .post("/api/patient/messages")
                .then()
                .statusCode(403);
    }

    @Test
    void anAnonymousCallerIsRefused() {
        given().baseUri(SystemUnderTest.REVIEW_URL)
                .get("/api/patient/messages")
                .then()
                .statusCode(401);
    }

    @Test
    void policyAndInferenceServicesAcceptOnlyReviewServicesToken() {
        Map<String, String> screen = Map.of("messageId", "x", "text", "I have a headache.");
        Map<String, Object> draft = Map.of(
                "idempotencyKey",
                "system-test:" + System.nanoTime(),
                "messageText",
                "I have a headache.",
                "redFlagCategories",
                List.of());

        given().baseUri(SystemUnderTest.POLICY_URL)
                .contentType(ContentType.JSON)
                .body(screen)
                .post("/screen")
                .then()
                .statusCode(401);
        given().baseUri(SystemUnderTest.POLICY_URL)
                .auth()
                .oauth2(Tokens.of("alice"))
                .contentType(ContentType.JSON)
                .body(screen)
                .post("/screen")
                .then()
                .statusCode(equalTo401or403());
        given().baseUri(SystemUnderTest.INFERENCE_URL)
                .auth()
                .oauth2(Tokens.of("carter"))
                .contentType(ContentType.JSON)
                .body(draft)
                .post("/drafts")
                .then()
                .statusCode(equalTo401or403());

        given().baseUri(SystemUnderTest.POLICY_URL)
                .auth()
                .oauth2(Tokens.reviewServiceAccount())
                .contentType(ContentType.JSON)
                .body(screen)
                .post("/screen")
                .then()
                .statusCode(200);
        given().baseUri(SystemUnderTest.INFERENCE_URL)
                .auth()
                .oauth2(Tokens.reviewServiceAccount())
                .contentType(ContentType.JSON)
                .body(draft)
                .post("/drafts")
                .then()
                .statusCode(200);
    }

    private static Matcher<Integer> equalTo401or403() {
        return either(equalTo(401)).or(equalTo(403));
    }
}
