package org.careloop.review;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.careloop.review.CareloopTestEnvironment.GREETING;
import static org.careloop.review.Users.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The spine over HTTP: patient → screen/draft/check jobs → clinician inbox → decision → release → patient. */
@QuarkusTest
@QuarkusTestResource(CareloopTestEnvironment.class)
public class PatientReplyFlowTest {

    static final String SORE_THROAT = GREETING + "I have had a sore throat and a mild fever for three days.";
    public static final String FILLED_DRAFT = CareloopTestEnvironment.DRAFT_TEXT.replace("[NAME_1]", "John Smith");

    @Test
    void shouldReleaseTheDraftACliniciansApprovedWithTheReviewLabel() {
        String messageId = send("alice", SORE_THROAT);

        String taskId = awaitReviewTask("carter", messageId);
        JsonPath inReview = as("alice")
                .get("/api/patient/messages/{id}", messageId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(inReview.getString("status")).isEqualTo("IN_REVIEW");
        assertThat(inReview.getString("reply")).isNull();
        assertThat(inReview.prettify()).doesNotContain("sore throat often gets better");

        JsonPath task = as("carter")
                .get("/api/inbox/tasks/{id}", taskId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(task.getString("messageId")).isEqualTo(messageId);
        assertThat(task.getString("message.text")).isEqualTo(SORE_THROAT);
        assertThat(task.getString("draft.text")).isEqualTo(FILLED_DRAFT);
        assertThat(task.getString("draft.provenance.model")).isEqualTo("offline-extractive");
        // "Hello [NAME_1], " is 16 chars, "Hello John Smith, " is 18: spans move with the filled-in name.
        assertThat(task.getInt("draft.citations[0].start")).isEqualTo(18);
        assertThat(task.getInt("draft.citations[0].end")).isEqualTo(64);
        assertThat(task.getString("draft.citations[0].passageText"))
                .isEqualTo(CareloopTestEnvironment.SORE_THROAT_PASSAGE);
        assertThat(task.getString("findings[0].type")).isEqualTo("READING_LEVEL");
        assertThat(task.getInt("findings[0].start")).isEqualTo(18);
        assertThat(task.getString("checks.riskLevel")).isEqualTo("LOW");
        assertThat(task.getString("checks.policyVersion")).isEqualTo("test-1");
        assertThat(task.getList("redFlags")).isEmpty();

        as("carter")
                .post("/api/inbox/tasks/{id}/claim", taskId)
                .then()
                .statusCode(200)
                .body("assignee", equalTo("carter"));
        as("carter")
                .body(Decisions.asShown("carter", taskId, Map.of("action", "APPROVE")))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(200)
                .body("action", equalTo("APPROVE"))
                .body("decidedBy", equalTo("carter"));

        JsonPath answered = awaitAnswered("alice", messageId);
        assertThat(answered.getString("reply.text")).isEqualTo(FILLED_DRAFT);
        assertThat(answered.getString("reply.label"))
                .isEqualTo("Drafted with AI assistance and reviewed by Maya Carter on " + LocalDate.now());
        assertThat(answered.getString("reply.releasedAt")).isNotBlank();

        // The message's audit trail, as an admin reads it: received first, released once, no text.
        JsonPath trail = as("root-admin")
                .queryParam("messageId", messageId)
                .get("/api/admin/audit/events")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> types = trail.getList("type", String.class);
        assertThat(types).first().isEqualTo("MESSAGE_RECEIVED");
        assertThat(types).containsOnlyOnce("REPLY_RELEASED").contains("DECISION_MADE");
        assertThat(trail.getList("messageId", String.class)).containsOnly(messageId);
        assertThat(trail.prettify()).doesNotContain("sore throat");

        // Only the de-identified text went to the model, with review-service's own token.
        CareloopTestEnvironment.wireMock.verify(postRequestedFor(urlEqualTo("/drafts"))
                .withRequestBody(containing("[NAME_1]"))
                .withRequestBody(notContaining("John Smith"))
                .withHeader(
                        "Authorization",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                                "Bearer " + CareloopTestEnvironment.SERVICE_TOKEN)));
        CareloopTestEnvironment.wireMock.verify(postRequestedFor(urlEqualTo("/screen"))
                .withHeader(
                        "Authorization",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                                "Bearer " + CareloopTestEnvironment.SERVICE_TOKEN)));
    }

    @Test
    void shouldAnswerASecondDecisionWithConflict() {
        String messageId = send("alice", GREETING + "Can I get a refill of my inhaler prescription?");
        String taskId = awaitReviewTask("lee", messageId);
        String edited = "We have sent the refill request to your pharmacy. It should be ready tomorrow.";
        as("lee")
                .body(Decisions.asShown("lee", taskId, Map.of("action", "EDIT_AND_APPROVE", "text", edited)))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(200);

        as("carter")
                .body(Decisions.asShown("carter", taskId, Map.of("action", "APPROVE")))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(409)
                .body("error", equalTo("CONFLICT"));

        JsonPath answered = awaitAnswered("alice", messageId);
        assertThat(answered.getString("reply.text")).isEqualTo(edited);
        assertThat(answered.getString("reply.label"))
                .startsWith("Drafted with AI assistance and reviewed by Jordan Lee on ");
    }

    @Test
    void shouldReleaseTheCliniciansOwnReplyAsWrittenByThemWhenTheyReject() {
        String messageId = send("alice", GREETING + "My knee has been swollen since I fell yesterday.");
        String taskId = awaitReviewTask("carter", messageId);

        as("carter")
                .body(Map.of("action", "REJECT", "reason", "The draft did not address the fall."))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(400)
                .body("error", equalTo("VALIDATION_FAILED"))
                .body("details.violations.field", hasItem("text"));

        String own = "Please book an appointment this week so we can examine your knee.";
        as("carter")
                .body(Map.of("action", "REJECT", "text", own, "reason", "The draft did not address the fall."))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(200);

        JsonPath answered = awaitAnswered("alice", messageId);
        assertThat(answered.getString("reply.text")).isEqualTo(own);
        assertThat(answered.getString("reply.label")).isEqualTo("Written by Maya Carter");
    }

    @Test
    void shouldOfferNoDraftWhenTheModelRefusesAndLetTheClinicianWriteTheReply() {
        String messageId = send("alice", GREETING + "Please call me back. " + CareloopTestEnvironment.NO_DRAFT_MARKER);
        String taskId = awaitReviewTask("carter", messageId);

        as("carter")
                .get("/api/inbox/tasks/{id}", taskId)
                .then()
                .statusCode(200)
                .body("draft.available", equalTo(false))
                .body("draft.text", nullValue())
                .body("checks.status", equalTo("NO_DRAFT"));
        as("carter")
                .body(Decisions.asShown("carter", taskId, Map.of("action", "APPROVE")))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(400)
                .body("error", equalTo("NO_DRAFT"));
        as("nameless")
                .body(Map.of("action", "REJECT", "text", "We will call you back today."))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(200);

        assertThat(awaitAnswered("alice", messageId).getString("reply.label")).isEqualTo("Written by nameless");
    }

    @Test
    void shouldGoOnWithoutADraftWhenDraftingStillFailsOnTheLastAttempt() {
        String messageId =
                send("alice", GREETING + "Is my prescription ready? " + CareloopTestEnvironment.NO_MODEL_MARKER);

        // The review opens at once; three job attempts, R3/PT5S apart, before "no draft available" shows on it.
        String taskId = awaitReviewTask("carter", messageId);
        as("carter")
                .get("/api/inbox/tasks/{id}", taskId)
                .then()
                .statusCode(200)
                .body("draft.available", equalTo(false))
                .body("draft.unavailableReason", org.hamcrest.Matchers.containsString("after retries"));
    }

    @Test
    void shouldNotLetAClinicianClaimATaskSomeoneElseClaimed() {
        String messageId = send("alice", GREETING + "Is it fine to exercise with a cold?");
        String taskId = awaitReviewTask("carter", messageId);
        as("carter").post("/api/inbox/tasks/{id}/claim", taskId).then().statusCode(200);
        as("carter").post("/api/inbox/tasks/{id}/claim", taskId).then().statusCode(200);

        as("lee")
                .post("/api/inbox/tasks/{id}/claim", taskId)
                .then()
                .statusCode(409)
                .body("error", equalTo("CONFLICT"));
        as("lee")
                .body(Decisions.asShown("lee", taskId, Map.of("action", "APPROVE")))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(409);
        as("lee")
                .get("/api/inbox/tasks?sort=created-desc&size=200")
                .then()
                .statusCode(200)
                .body("find { it.id == '" + taskId + "' }.assignee", equalTo("carter"));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownTask() {
        as("carter")
                .get("/api/inbox/tasks/{id}", "no-such-task")
                .then()
                .statusCode(404)
                .body("error", equalTo("NOT_FOUND"));
        as("carter")
                .body(Map.of("action", "APPROVE"))
                .post("/api/inbox/tasks/{id}/decision", "no-such-task")
                .then()
                .statusCode(404);
    }

    @Test
    void shouldShowAPatientOnlyTheirOwnMessages() {
        String messageId = send("alice", GREETING + "I have a question about my lab results.");

        as("bob")
                .get("/api/patient/messages/{id}", messageId)
                .then()
                .statusCode(404)
                .body("error", equalTo("NOT_FOUND"));
        as("bob").get("/api/patient/messages").then().statusCode(200).body("id", not(hasItem(messageId)));
        as("alice").get("/api/patient/messages").then().statusCode(200).body("id", hasItem(messageId));
    }

    public static String send(String patient, String text) {
        return as(patient)
                .body(Map.of("text", text))
                .post("/api/patient/messages")
                .then()
                .statusCode(202)
                .body("status", equalTo("RECEIVED"))
                .extract()
                .path("id");
    }

    /**
     * The message's review task once it is ready for a decision: its draft and the draft's check have arrived (or
     * drafting failed). The review itself opens earlier, right after screening ({@link #awaitOpenedReviewTask}).
     */
    public static String awaitReviewTask(String clinician, String messageId) {
        return await("review task with its draft for " + messageId)
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> taskIdFor(clinician, messageId, true), id -> id != null);
    }

    /** The message's review task as soon as it is open, whether or not its draft has arrived. */
    static String awaitOpenedReviewTask(String clinician, String messageId) {
        return await("review task for " + messageId)
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> taskIdFor(clinician, messageId), id -> id != null);
    }

    static String taskIdFor(String clinician, String messageId) {
        return taskIdFor(clinician, messageId, false);
    }

    /** The newest tasks come first: a test's task is among them however many older ones other tests left open. */
    private static String taskIdFor(String clinician, String messageId, boolean withDraft) {
        List<Map<String, Object>> tasks = as(clinician)
                .get("/api/inbox/tasks?sort=created-desc&size=200")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        return tasks.stream()
                .filter(t -> messageId.equals(t.get("messageId")))
                .filter(t -> !withDraft || Boolean.FALSE.equals(t.get("draftPending")))
                .map(t -> (String) t.get("id"))
                .findFirst()
                .orElse(null);
    }

    public static JsonPath awaitAnswered(String patient, String messageId) {
        return await("reply to " + messageId)
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> as(patient)
                                .get("/api/patient/messages/{id}", messageId)
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath(),
                        m -> "ANSWERED".equals(m.getString("status")));
    }
}
