package org.careloop.review.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.careloop.review.CareloopTestEnvironment.GREETING;
import static org.careloop.review.Users.as;
import static org.careloop.review.web.WebPagesTest.FILLED_DRAFT;
import static org.careloop.review.web.WebPagesTest.open;
import static org.careloop.review.web.WebPagesTest.taskRow;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import org.careloop.review.CareloopTestEnvironment;
import org.careloop.review.web.WebPagesTest.Browser;
import org.junit.jupiter.api.Test;

/** The pages' forms take the texts the API takes: up to 20 000 characters, and no control characters. */
@QuarkusTest
@QuarkusTestResource(CareloopTestEnvironment.class)
class FormLimitsTest {

    /** Far over Vert.x' default 2 KB per form field, and with line breaks as a browser sends them. */
    private static final String LONG_REPLY =
            "Thank you for your message. Rest, drink plenty of fluids and keep an eye on your temperature.\r\n"
                    .repeat(60);

    @Test
    void shouldShowAControlCharacterInAPortalMessageAsAFriendlyError() {
        Browser alice = open("alice", "/portal");
        Response response = alice.form("/portal/messages", Map.of("text", GREETING + "sore\u0000throat"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.asString()).contains("Your message contains control characters");
    }

    @Test
    void aDecisionWithALongReplyWorksFromThePageAndAControlCharacterIsRefusedNamingTheField() {
        assertThat(LONG_REPLY.length()).isGreaterThan(5_000);
        Browser alice = open("alice", "/portal");
        Response sent = alice.form("/portal/messages", Map.of("text", GREETING + "Fever since Monday."));
        String messageId = sent.getHeader("Location").replaceAll(".*sent=([0-9a-f-]+).*", "$1");
        String taskId = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> taskRow(
                                as("carter").get("/inbox?sort=created-desc").asString(), messageId),
                        id -> id != null);
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> as("carter").get("/inbox/tasks/{id}", taskId).asString(),
                        html -> html.contains("draft-view"));
        Browser carter = open("carter", "/inbox/tasks/" + taskId);
        String path = "/inbox/tasks/" + taskId + "/decision";

        Response refused = carter.form(
                path,
                Map.of(
                        "action", "EDIT_AND_APPROVE",
                        "text", LONG_REPLY,
                        "reason", "edited\u0000",
                        "draft", FILLED_DRAFT,
                        "reviewed", "yes"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("reason must not contain control characters");

        Response decided = carter.form(
                path,
                Map.of(
                        "action", "EDIT_AND_APPROVE",
                        "text", LONG_REPLY,
                        "draft", FILLED_DRAFT,
                        "reviewed", "yes",
                        "draftSeen", "yes"));
        assertThat(decided.statusCode()).isEqualTo(303);
        assertThat(decided.getHeader("Location")).endsWith("/inbox?decided=EDIT_AND_APPROVE");
        String released = LONG_REPLY.replace("\r\n", "\n");
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> as("alice")
                                .get("/api/patient/messages/{id}", messageId)
                                .jsonPath()
                                .getString("reply.text"),
                        released::equals);
    }

    @Test
    void aReplyOverTheTextLimitIsRefusedOnThePageByTheServiceNotTheHttpLayer() {
        Browser alice = open("alice", "/portal");
        Response response = alice.form("/portal/messages", Map.of("text", GREETING + "a".repeat(20_000)));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.asString()).contains("Your message is too long");
    }
}
