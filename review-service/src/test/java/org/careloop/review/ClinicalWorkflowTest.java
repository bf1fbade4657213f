package org.careloop.review;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.careloop.review.CareloopTestEnvironment.EMERGENCY_MARKER;
import static org.careloop.review.CareloopTestEnvironment.GREETING;
import static org.careloop.review.CareloopTestEnvironment.HIGH_RISK_MARKER;
import static org.careloop.review.CareloopTestEnvironment.SELF_HARM_MARKER;
import static org.careloop.review.PatientReplyFlowTest.FILLED_DRAFT;
import static org.careloop.review.PatientReplyFlowTest.awaitAnswered;
import static org.careloop.review.PatientReplyFlowTest.awaitOpenedReviewTask;
import static org.careloop.review.PatientReplyFlowTest.awaitReviewTask;
import static org.careloop.review.PatientReplyFlowTest.send;
import static org.careloop.review.PatientReplyFlowTest.taskIdFor;
import static org.careloop.review.Users.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.careloop.review.safety.SafetyMessages;
import org.junit.jupiter.api.Test;

/** Every path of issue 5 over HTTP: emergency, four eyes, request info, escalate, SLA escalation, routing. */
@QuarkusTest
@QuarkusTestResource(CareloopTestEnvironment.class)
class ClinicalWorkflowTest {

    @Inject
    ManagementService managementService;

    @Inject
    EntityManager em;

    @Inject
    SafetyMessages safetyMessages;

    @Test
    void emergencyShowsTheSafetyMessageAtOnceAndGivesOnCallAnUrgentReviewBeforeTheDraft() {
        String messageId = send("alice", GREETING + "Crushing chest pain since an hour. " + EMERGENCY_MARKER);

        String taskId = awaitOpenedReviewTask("oncall", messageId);
        JsonPath message = as("alice")
                .get("/api/patient/messages/{id}", messageId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(message.getBoolean("emergency")).isTrue();
        assertThat(message.getString("safetyMessage.category")).isEqualTo("CHEST_PAIN");
        assertThat(message.getString("safetyMessage.text"))
                .isEqualTo(safetyMessages.forCategory("CHEST_PAIN").text())
                .contains("emergency number");
        assertThat(message.getString("status")).isEqualTo("IN_REVIEW");
        assertThat(message.getString("reply")).isNull();

        // The review is open while the (slow) draft is still being written.
        JsonPath task = as("oncall")
                .get("/api/inbox/tasks/{id}", taskId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(task.getInt("priority")).isEqualTo(100);
        assertThat(task.getBoolean("emergency")).isTrue();
        assertThat(task.getString("draft.unavailableReason")).isEqualTo("no draft available yet");
        assertThat(taskIdFor("carter", messageId))
                .as("on-call only, not every clinician")
                .isNull();
        assertThat(Duration.between(java.time.Instant.now(), java.time.Instant.parse(task.getString("due"))))
                .isLessThanOrEqualTo(Duration.ofMinutes(15));

        // The draft arrives later, is checked, and is shown on the same review.
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> as("oncall")
                                .get("/api/inbox/tasks/{id}", taskId)
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath()
                                .getString("checks.status")
                        != null);
        // Approving a reply to an emergency means acknowledging its red flag.
        as("oncall")
                .get("/api/inbox/tasks/{id}", taskId)
                .then()
                .body("acknowledgementsRequired", equalTo(List.of("R1")))
                .body("redFlags[0].id", equalTo("R1"))
                .body("redFlags[0].acknowledgementRequired", equalTo(true));
        as("oncall")
                .body(Decisions.asShown("oncall", taskId, Map.of("action", "APPROVE")))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(400)
                .body("error", equalTo("ACKNOWLEDGEMENT_REQUIRED"))
                .body("message", containsString("R1 (EMERGENCY red flag CHEST_PAIN)"));
        as("oncall")
                .body(Decisions.asShown("oncall", taskId, Map.of("action", "APPROVE", "acknowledged", List.of("R1"))))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(200);

        JsonPath answered = awaitAnswered("alice", messageId);
        assertThat(answered.getString("reply.text")).isEqualTo(FILLED_DRAFT);
        assertThat(answered.getBoolean("emergency")).isTrue();
        assertThat(AuditEvents.count(messageId, "SAFETY_MESSAGE_SHOWN")).isEqualTo(1);
    }

    @Test
    void fourEyesRequiresASecondSeniorClinicianWhoIsNotTheFirstApprover() {
        String messageId = send("alice", GREETING + "What dose of ibuprofen can I take? " + HIGH_RISK_MARKER);
        String first = awaitReviewTask("lee", messageId);
        as("lee")
                .body(Decisions.asShown("lee", first, Map.of("action", "APPROVE", "acknowledged", List.of("F1"))))
                .post("/api/inbox/tasks/{id}/decision", first)
                .then()
                .statusCode(200);

        String second = awaitReviewTask("lee", messageId);
        assertThat(second).isNotEqualTo(first);
        as("lee")
                .get("/api/inbox/tasks/{id}", second)
                .then()
                .statusCode(200)
                .body("stage", equalTo("SECOND_REVIEW"))
                .body("approvedText.text", equalTo(FILLED_DRAFT))
                .body("approvedText.approvedBy", equalTo("lee"));
        assertThat(taskIdFor("carter", messageId)).as("senior clinicians only").isNull();

        as("lee")
                .body(Decisions.asShown("lee", second, Map.of("action", "APPROVE")))
                .post("/api/inbox/tasks/{id}/decision", second)
                .then()
                .statusCode(403)
                .body("error", equalTo("SECOND_REVIEWER_REQUIRED"))
                .body("message", containsString("another senior clinician"));
        as("lee").post("/api/inbox/tasks/{id}/claim", second).then().statusCode(403);
        as("alice").get("/api/patient/messages/{id}", messageId).then().body("status", equalTo("IN_REVIEW"));

        as("park")
                .body(Decisions.asShown("park", second, Map.of("action", "APPROVE")))
                .post("/api/inbox/tasks/{id}/decision", second)
                .then()
                .statusCode(200)
                .body("decidedBy", equalTo("park"));
        JsonPath answered = awaitAnswered("alice", messageId);
        assertThat(answered.getString("reply.text")).isEqualTo(FILLED_DRAFT);
        assertThat(answered.getString("reply.label"))
                .isEqualTo("Drafted with AI assistance and reviewed by Jordan Lee and Sam Park on " + LocalDate.now());
    }

    @Test
    void fourEyesSendsTheTextBackWhenTheSecondReviewerDoesNotConfirm() {
        String messageId = send("alice", GREETING + "I have been hurting myself again. " + SELF_HARM_MARKER);
        String first = awaitReviewTask("lee", messageId);
        assertThat(taskIdFor("carter", messageId))
                .as("self-harm goes to senior clinicians")
                .isNull();
        String own = "Thank you for telling us. Please call us today; we want to see you this week.";
        as("lee")
                .body(Map.of("action", "REJECT", "text", own))
                .post("/api/inbox/tasks/{id}/decision", first)
                .then()
                .statusCode(200);
        String second = awaitReviewTask("park", messageId);

        as("park")
                .body(Map.of("action", "REJECT"))
                .post("/api/inbox/tasks/{id}/decision", second)
                .then()
                .statusCode(400)
                .body("details.violations.find { it.field == 'reason' }.message", equalTo("must not be blank"));
        as("park")
                .body(Map.of("action", "REJECT", "reason", "Add the crisis line number."))
                .post("/api/inbox/tasks/{id}/decision", second)
                .then()
                .statusCode(200);

        String again = awaitReviewTask("lee", messageId);
        as("lee").get("/api/inbox/tasks/{id}", again).then().statusCode(200).body("stage", equalTo("REVIEW"));
        String better = own + " You can call or text 988 at any time.";
        as("lee")
                .body(Decisions.asShown("lee", again, Map.of("action", "EDIT_AND_APPROVE", "text", better)))
                .post("/api/inbox/tasks/{id}/decision", again)
                .then()
                .statusCode(200);
        String confirm = awaitReviewTask("park", messageId);
        as("park")
                .body(Decisions.asShown("park", confirm, Map.of("action", "APPROVE")))
                .post("/api/inbox/tasks/{id}/decision", confirm)
                .then()
                .statusCode(200);

        assertThat(awaitAnswered("alice", messageId).getString("reply.text")).isEqualTo(better);
    }

    @Test
    void requestInfoAsksThePatientAndScreensAndDraftsAgainWithTheAnswer() {
        String messageId = send("alice", GREETING + "My child has a fever.");
        String taskId = awaitReviewTask("carter", messageId);
        as("alice")
                .body(Map.of("text", "too early"))
                .post("/api/patient/messages/{id}/answer", messageId)
                .then()
                .statusCode(409)
                .body("error", equalTo("CONFLICT"));

        as("carter")
                .body(Map.of("action", "REQUEST_INFO"))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(400);
        String question = "How old is your child, and how high is the fever?";
        as("carter")
                .body(Map.of("action", "REQUEST_INFO", "text", question))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(200)
                .body("action", equalTo("REQUEST_INFO"));

        JsonPath waiting = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> as("alice")
                                .get("/api/patient/messages/{id}", messageId)
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath(),
                        m -> "AWAITING_PATIENT".equals(m.getString("status")));
        assertThat(waiting.getString("question.text")).isEqualTo(question);
        assertThat(waiting.getString("question.label")).isEqualTo("Written by Maya Carter");
        assertThat(waiting.getString("reply")).isNull();

        String answer = "She is 4 and it was 39.2 this morning. " + CareloopTestEnvironment.ANSWER_MARKER;
        as("bob")
                .body(Map.of("text", answer))
                .post("/api/patient/messages/{id}/answer", messageId)
                .then()
                .statusCode(404);
        as("alice")
                .body(Map.of("text", " "))
                .post("/api/patient/messages/{id}/answer", messageId)
                .then()
                .statusCode(400);
        as("alice")
                .body(Map.of("text", answer))
                .post("/api/patient/messages/{id}/answer", messageId)
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_REVIEW"))
                .body("question.answer", equalTo(answer));
        as("alice")
                .body(Map.of("text", answer))
                .post("/api/patient/messages/{id}/answer", messageId)
                .then()
                .statusCode(409);

        String next = awaitReviewTask("carter", messageId);
        assertThat(next).isNotEqualTo(taskId);
        JsonPath task = as("carter")
                .get("/api/inbox/tasks/{id}", next)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(task.getString("message.screenedText")).endsWith("\n\n" + answer);
        assertThat(task.getString("questions[0].answer")).isEqualTo(answer);
        CareloopTestEnvironment.wireMock.verify(postRequestedFor(urlEqualTo("/screen"))
                .withRequestBody(containing("My child has a fever.\\n\\n" + answer)));
        CareloopTestEnvironment.wireMock.verify(
                postRequestedFor(urlEqualTo("/drafts")).withRequestBody(containing(":Task_DraftReply:1")));

        as("carter")
                .body(Decisions.asShown("carter", next, Map.of("action", "APPROVE")))
                .post("/api/inbox/tasks/{id}/decision", next)
                .then()
                .statusCode(200);
        JsonPath answered = awaitAnswered("alice", messageId);
        assertThat(answered.getString("reply.text")).isEqualTo(FILLED_DRAFT);
        assertThat(answered.getString("question.text")).isEqualTo(question);
    }

    @Test
    void escalateHandsTheReviewToSeniorCliniciansWithTheReason() {
        String messageId = send("alice", GREETING + "My new tablets make me dizzy.");
        String taskId = awaitReviewTask("carter", messageId);
        as("carter").post("/api/inbox/tasks/{id}/claim", taskId).then().statusCode(200);

        as("carter")
                .body(Map.of("action", "ESCALATE"))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(400)
                .body("details.violations.find { it.field == 'reason' }.message", equalTo("must not be blank"));
        as("carter")
                .body(Map.of("action", "ESCALATE", "reason", "Possible interaction; needs a senior opinion."))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(200)
                .body("action", equalTo("ESCALATE"));

        as("carter").get("/api/inbox/tasks/{id}", taskId).then().statusCode(404);
        as("lee")
                .get("/api/inbox/tasks/{id}", taskId)
                .then()
                .statusCode(200)
                .body("escalation.by", equalTo("carter"))
                .body("escalation.reason", equalTo("Possible interaction; needs a senior opinion."))
                .body("assignee", org.hamcrest.Matchers.nullValue());
        assertThat(AuditEvents.count(messageId, "REVIEW_ESCALATED")).isEqualTo(1);

        as("lee")
                .body(Decisions.asShown("lee", taskId, Map.of("action", "APPROVE")))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(200);
        assertThat(awaitAnswered("alice", messageId).getString("reply.label")).contains("Jordan Lee");
    }

    @Test
    void anOverdueReviewIsEscalatedWhileThePatientStillSeesItInReview() {
        String messageId = send("alice", GREETING + "Can I travel after my vaccination?");
        String taskId = awaitReviewTask("carter", messageId);
        int priority = as("carter")
                .get("/api/inbox/tasks/{id}", taskId)
                .then()
                .extract()
                .path("priority");
        assertThat(taskIdFor("park", messageId))
                .as("park is a senior clinician, and a clinician")
                .isNotNull();

        String processInstanceId = QuarkusTransaction.requiringNew()
                .call(() ->
                        (String) em.createNativeQuery("SELECT process_instance_id FROM patient_message WHERE id = ?1")
                                .setParameter(1, UUID.fromString(messageId))
                                .getSingleResult());
        Job timer = managementService
                .createJobQuery()
                .processInstanceId(processInstanceId)
                .timers()
                .singleResult();
        // The SLA passes: the timer is due now.
        managementService.setJobDuedate(timer.getId(), new Date());

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> AuditEvents.count(messageId, "REVIEW_OVERDUE") == 1);
        as("carter")
                .get("/api/inbox/tasks/{id}", taskId)
                .then()
                .statusCode(200)
                .body("priority", equalTo(priority + 20));
        as("alice")
                .get("/api/patient/messages/{id}", messageId)
                .then()
                .body("status", equalTo("IN_REVIEW"))
                .body("reply", org.hamcrest.Matchers.nullValue());

        as("carter")
                .body(Decisions.asShown("carter", taskId, Map.of("action", "APPROVE")))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(200);
        awaitAnswered("alice", messageId);
    }

    @Test
    void routingComesFromTheTableAndIsAudited() {
        String messageId = send("bob", GREETING + "Please renew my sick note.");
        String taskId = awaitReviewTask("carter", messageId);
        JsonPath task = as("carter")
                .get("/api/inbox/tasks/{id}", taskId)
                .then()
                .extract()
                .jsonPath();
        assertThat(task.getInt("priority")).isEqualTo(30);
        // Routed when the review opened, and again in the check's transaction with the draft's risk level.
        assertThat(AuditEvents.count(messageId, "REVIEW_ROUTED")).isEqualTo(2);
        as("bob")
                .get("/api/patient/messages")
                .then()
                .body("id", hasItem(messageId))
                .body("find { it.id == '" + messageId + "' }.emergency", equalTo(false))
                .body("find { it.id == '" + messageId + "' }", not(org.hamcrest.Matchers.hasKey("safetyMessage")));
    }
}
