package org.careloop.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.careloop.review.CareloopTestEnvironment.GREETING;
import static org.careloop.review.Users.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.careloop.bpmn.PatientReplyModel;
import org.careloop.review.process.ProcessVariables;
import org.junit.jupiter.api.Test;

/**
 * The run-time half of the invariant: the release publishes only text whose hash matches a clinician's approval
 * for the same process instance, whatever the process variables say; anything else is an incident at once.
 */
@QuarkusTest
@QuarkusTestResource(CareloopTestEnvironment.class)
class ReleaseGuardTest {

    @Inject
    RuntimeService runtimeService;

    @Test
    void shouldRefuseTextNoClinicianApprovedAndRaiseAnIncident() {
        String messageId = PatientReplyFlowTest.send("alice", GREETING + "When are you open on Saturday?");

        String instanceId =
                QuarkusTransaction.requiringNew().call(() -> startAtRelease(messageId, "Take twenty pills at once."));

        Incident incident = awaitIncident(instanceId);
        assertThat(incident.getActivityId()).isEqualTo(PatientReplyModel.TASK_RELEASE_REPLY);
        assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
        assertNothingReleased(messageId);
        assertThat(AuditEvents.count(messageId, "RELEASE_REFUSED")).isEqualTo(1);
    }

    @Test
    void shouldRefuseWhenTheApprovedHashDoesNotMatchTheText() {
        String messageId = PatientReplyFlowTest.send("alice", GREETING + "Do I need to fast before my blood test?");

        String instanceId = QuarkusTransaction.requiringNew().call(() -> {
            String id = startAtRelease(messageId, "You do not need to fast.");
            approve(id, messageId, "You need to fast for 12 hours.");
            return id;
        });

        awaitIncident(instanceId);
        assertNothingReleased(messageId);
    }

    @Test
    void shouldReleaseTextWhoseHashMatchesAnApprovalForTheSameInstance() {
        String messageId = PatientReplyFlowTest.send("alice", GREETING + "Can I take my tablets with food?");
        String text = "Yes, you can take them with food.";

        QuarkusTransaction.requiringNew().call(() -> {
            String id = startAtRelease(messageId, text);
            Approvals.route(id, UUID.fromString(messageId), false);
            approve(id, messageId, text);
            return id;
        });

        String reply = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> as("alice")
                                .get("/api/patient/messages/{id}", messageId)
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath()
                                .getString("reply.text"),
                        r -> r != null);
        assertThat(reply).isEqualTo(text);
    }

    @Test
    void shouldRefuseOneApprovalWhenTheRoutingRequiredTwoWhateverTheProcessVariableSays() {
        String messageId = PatientReplyFlowTest.send("alice", GREETING + "Can I stop my tablets now?");
        String text = "Yes, you can stop them today.";

        String instanceId = QuarkusTransaction.requiringNew().call(() -> {
            String id = runtimeService
                    .createProcessInstanceByKey(PatientReplyModel.PROCESS_ID)
                    .businessKey(messageId)
                    .setVariable(ProcessVariables.MESSAGE_ID, messageId)
                    .setVariable(ProcessVariables.REPLY_TEXT, text)
                    .setVariable(ProcessVariables.SECOND_REVIEW_REQUIRED, false)
                    .startBeforeActivity(PatientReplyModel.TASK_RELEASE_REPLY)
                    .execute()
                    .getId();
            Approvals.route(id, UUID.fromString(messageId), true);
            approve(id, messageId, text);
            return id;
        });

        awaitIncident(instanceId);
        assertNothingReleased(messageId);
        assertThat(AuditEvents.count(messageId, "RELEASE_REFUSED")).isEqualTo(1);
    }

    @Test
    void shouldRefuseAnApprovedTextWhoseReviewWasNeverRouted() {
        String messageId = PatientReplyFlowTest.send("alice", GREETING + "Is the clinic open on Monday?");
        String text = "Yes, from eight.";

        String instanceId = QuarkusTransaction.requiringNew().call(() -> {
            String id = startAtRelease(messageId, text);
            approve(id, messageId, text);
            return id;
        });

        awaitIncident(instanceId);
        assertNothingReleased(messageId);
    }

    @Test
    void shouldKeepTheAuditChainValidAcrossAllOfIt() {
        PatientReplyFlowTest.send("bob", GREETING + "Thank you for the advice.");
        as("root-admin")
                .get("/api/admin/audit/verify")
                .then()
                .statusCode(200)
                .body("valid", org.hamcrest.Matchers.equalTo(true))
                .body("events", org.hamcrest.Matchers.greaterThan(0));
    }

    /** A second instance for the message, placed straight at the release with the given text as a variable. */
    private String startAtRelease(String messageId, String replyText) {
        return runtimeService
                .createProcessInstanceByKey(PatientReplyModel.PROCESS_ID)
                .businessKey(messageId)
                .setVariable(ProcessVariables.MESSAGE_ID, messageId)
                .setVariable(ProcessVariables.REPLY_TEXT, replyText)
                .startBeforeActivity(PatientReplyModel.TASK_RELEASE_REPLY)
                .execute()
                .getId();
    }

    private void approve(String instanceId, String messageId, String approvedText) {
        Approvals.forge(instanceId, UUID.fromString(messageId), approvedText);
    }

    private Incident awaitIncident(String instanceId) {
        return await("incident on " + instanceId)
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> runtimeService
                                .createIncidentQuery()
                                .processInstanceId(instanceId)
                                .singleResult(),
                        i -> i != null);
    }

    private void assertNothingReleased(String messageId) {
        as("alice")
                .get("/api/patient/messages/{id}", messageId)
                .then()
                .statusCode(200)
                .body("reply", org.hamcrest.Matchers.nullValue())
                .body("status", org.hamcrest.Matchers.not("ANSWERED"));
    }
}
