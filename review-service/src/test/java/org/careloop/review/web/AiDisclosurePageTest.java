package org.careloop.review.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careloop.review.Releases.released;
import static org.careloop.review.Users.as;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.careloop.review.CareloopTestEnvironment;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, part 3: the patient's reply says what its label means and links to the clinic's AI-use notice, on the page
 * and in the patient API.
 */
@QuarkusTest
@QuarkusTestResource(CareloopTestEnvironment.class)
class AiDisclosurePageTest {

    @Test
    void shouldExplainAnAiDraftedReplyAndLinkToTheNotice() {
        String messageId = released("alice", "carter", "My ears hurt when I fly.", Map.of("action", "APPROVE"));

        as("alice")
                .get("/api/patient/messages/{id}", messageId)
                .then()
                .statusCode(200)
                .body("reply.draftedWithAi", equalTo(true))
                .body("reply.aiUseNotice", equalTo("/portal/ai-use-notice"));

        String reply = replyOn(as("alice").get("/portal").asString(), messageId);
        assertThat(reply)
                .containsPattern("data-testid=\"reply-label\">Drafted with AI assistance and reviewed by Maya Carter")
                .contains("artificial intelligence (AI) wrote a")
                .contains("A clinician of your care team then read the draft")
                .contains("<a href=\"/portal/ai-use-notice\" data-testid=\"ai-use-notice-link\">");

        String notice = words(as("alice")
                .get("/portal/ai-use-notice")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(notice)
                .contains("\"Drafted with AI assistance and reviewed by …\"")
                .contains("\"Written by …\"")
                .contains("call the clinic during opening hours");
        as("carter").get("/portal/ai-use-notice").then().statusCode(403);
    }

    @Test
    void shouldSayAReplyTheClinicianWroteHadNoAiDraft() {
        String messageId = released(
                "alice",
                "carter",
                "My knee is swollen since I fell.",
                Map.of("action", "REJECT", "text", "Please come in this week so we can examine your knee."));

        as("alice")
                .get("/api/patient/messages/{id}", messageId)
                .then()
                .statusCode(200)
                .body("reply.draftedWithAi", equalTo(false));
        String reply = replyOn(as("alice").get("/portal").asString(), messageId);
        assertThat(reply).contains("wrote this answer themselves").doesNotContain("first draft");
    }

    /** The message's item on the portal, its words on one line (the template wraps long sentences). */
    private static String replyOn(String html, String messageId) {
        int start = html.indexOf("id=\"message-" + messageId + "\"");
        assertThat(start).as("message " + messageId + " on the portal").isPositive();
        return words(html.substring(start, html.indexOf("</li>", start)));
    }

    private static String words(String html) {
        return html.replaceAll("\\s+", " ");
    }
}
