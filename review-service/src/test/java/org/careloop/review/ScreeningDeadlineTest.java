package org.careloop.review;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.careloop.review.CareloopTestEnvironment.GREETING;
import static org.careloop.review.CareloopTestEnvironment.wireMock;
import static org.careloop.review.PatientReplyFlowTest.awaitAnswered;
import static org.careloop.review.PatientReplyFlowTest.awaitReviewTask;
import static org.careloop.review.PatientReplyFlowTest.send;
import static org.careloop.review.Users.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A message that policy-service cannot screen within the screening deadline (PT3S in tests) goes to an urgent on-call
 * review marked not screened, the patient sees the emergency guidance, and no model is asked for a draft. When
 * policy-service answers again, the screening beside the open review attaches its red flags and the draft follows on
 * the same review: one review for the message, one release.
 */
@QuarkusTest
@QuarkusTestResource(CareloopTestEnvironment.class)
class ScreeningDeadlineTest {

    private static final String MARKER = "my kettle broke and I burned my hand";
    private static final String SCENARIO = "policy-service failing for one message";
    private static final String BACK = "policy-service back";

    @Test
    void aMessageNotScreenedInTimeGoesToAnUrgentReviewWithoutADraftAndIsScreenedBesideItLater() {
        wireMock.stubFor(post(urlEqualTo("/screen"))
                .atPriority(1)
                .inScenario(SCENARIO)
                .whenScenarioStateIs(STARTED)
                .withRequestBody(containing(MARKER))
                .willReturn(aResponse().withStatus(500).withBody("{\"error\":\"INTERNAL\"}")));
        wireMock.stubFor(post(urlEqualTo("/screen"))
                .atPriority(1)
                .inScenario(SCENARIO)
                .whenScenarioStateIs(BACK)
                .withRequestBody(containing(MARKER))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                {"policyVersion": "test-1",
                 "deidentifiedText": "Hi, this is [NAME_1]. Yesterday my kettle broke and I burned my hand.",
                 "entities": [{"type": "NAME", "placeholder": "[NAME_1]", "start": 12, "end": 22}],
                 "redFlags": [], "highestSeverity": "ROUTINE",
                 "promptInjection": {"suspected": false, "spans": []}}
                """)));
        String messageId = send("alice", GREETING + "Yesterday " + MARKER + ", it blistered.");

        String taskId = PatientReplyFlowTest.awaitOpenedReviewTask("oncall", messageId);
        JsonPath task = task(taskId);
        assertThat(task.getBoolean("screened")).as("marked not screened").isFalse();
        assertThat(task.getBoolean("emergency")).isTrue();
        assertThat(task.getInt("priority")).isGreaterThanOrEqualTo(100);
        assertThat(task.getBoolean("draft.available")).isFalse();
        assertThat(task.getBoolean("draftPending")).isTrue();
        assertThat(task.getList("redFlags")).isEmpty();
        JsonPath patient = as("alice")
                .get("/api/patient/messages/{id}", messageId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(patient.getString("status")).isEqualTo("IN_REVIEW");
        assertThat(patient.getBoolean("emergency")).isTrue();
        assertThat(patient.getString("safetyMessage.text")).contains("could not check your message");
        assertThat(AuditEvents.count(messageId, "SCREENING_NOT_IN_TIME")).isEqualTo(1);
        // What on-call sees on the pages: marked not screened, the draft pending.
        String page = as("oncall")
                .get("/inbox/tasks/{id}", taskId)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page).contains("data-testid=\"not-screened\"").contains("data-testid=\"draft-pending\"");
        assertThat(as("oncall")
                        .get("/inbox?sort=created-desc")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .contains("not screened");
        wireMock.verify(0, postRequestedFor(urlEqualTo("/drafts")).withRequestBody(containing(MARKER)));
        wireMock.verify(0, postRequestedFor(urlEqualTo("/drafts")).withRequestBody(containing("kettle")));

        // policy-service answers again: the screening beside the review (retried after 10 s) attaches, then the draft.
        wireMock.setScenarioState(SCENARIO, BACK);
        JsonPath later = await("screening and draft on the open review")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> task(taskId), t -> t.getBoolean("screened") && !t.getBoolean("draftPending"));
        assertThat(later.getBoolean("draft.available")).isTrue();
        assertThat(PatientReplyFlowTest.taskIdFor("oncall", messageId)).isEqualTo(taskId);

        // Not screened in time: on-call and a second reviewer, whatever the later screening found.
        String own = "Cool the burn under running water for 20 minutes and come in today so we can look at it.";
        as("oncall")
                .body(Map.of("action", "REJECT", "text", own, "reason", "Burn needs to be seen."))
                .post("/api/inbox/tasks/{id}/decision", taskId)
                .then()
                .statusCode(200);
        String second = awaitReviewTask("lee", messageId);
        as("lee")
                .body(Decisions.asShown("lee", second, Map.of("action", "APPROVE")))
                .post("/api/inbox/tasks/{id}/decision", second)
                .then()
                .statusCode(200);
        JsonPath answered = awaitAnswered("alice", messageId);
        assertThat(answered.getString("reply.text")).isEqualTo(own);
        assertThat(AuditEvents.count(messageId, "REPLY_RELEASED")).isEqualTo(1);
    }

    private static JsonPath task(String taskId) {
        return as("oncall")
                .get("/api/inbox/tasks/{id}", taskId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
