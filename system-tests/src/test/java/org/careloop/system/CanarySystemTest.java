package org.careloop.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.careloop.system.Careloop.as;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's invariant through the running system: review-service restarted with the clinic's canary rate at 1, so
 * that every routine draft gets a planted error after the real policy checks. A clinician approves each draft
 * unedited: the decision is refused, the true draft comes back, and what is finally released holds no planted
 * error. Kinds are dealt from a shuffled deck, so five drafts meet all five.
 */
class CanarySystemTest {

    private static final Set<String> KINDS = Set.of(
            "WRONG_DOSE",
            "DANGEROUS_MEDICATION_CHANGE",
            "MISSED_EMERGENCY_INSTRUCTION",
            "WRONG_NAME",
            "CONFIDENT_DIAGNOSIS");
    private static final Pattern MARKER = Pattern.compile(": \"(.+)\"\\), and the decision kept it");

    @BeforeAll
    static void plantIntoEveryRoutineDraft() {
        Launcher.restart("review-service", Map.of("CARELOOP_CANARY_RATE", "1"));
    }

    @AfterAll
    static void backToTheDefault() {
        Launcher.restart("review-service");
    }

    @Test
    void everyKindOfPlantedErrorApprovedUneditedIsRefusedRestoredAndNeverReleased() {
        Set<String> met = new TreeSet<>();
        for (int i = 0; i < 2 * KINDS.size() && !met.containsAll(KINDS); i++) {
            String messageId = Careloop.sendMessage(
                    "alice",
                    "Hi, this is Alice Moreno. I have had a sore throat " + "for " + (i + 2)
                            + " days. Should I come in?");
            String taskId = Careloop.awaitReviewTask("carter", messageId);
            JsonPath task = Careloop.task("carter", taskId);
            String shown = task.getString("draft.text");
            Response refused = as("carter")
                    .body(Map.of(
                            "action",
                            "APPROVE",
                            "acknowledged",
                            task.getList("acknowledgementsRequired", String.class),
                            "shownSha256",
                            task.getString("draft.shownSha256")))
                    .post("/api/inbox/tasks/{id}/decision", taskId);
            assertThat(refused.statusCode())
                    .as("an unedited approval of a planted error")
                    .isEqualTo(422);
            assertThat(refused.jsonPath().getString("error")).isEqualTo("PLANTED_ERROR_NOT_CAUGHT");
            met.add(refused.jsonPath().getString("details.kind"));

            JsonPath back = Careloop.task("carter", taskId);
            Matcher marker = MARKER.matcher(back.getString("returnedBecause"));
            assertThat(marker.find()).as("the reason names the planted error").isTrue();
            String planted = marker.group(1).toLowerCase(Locale.ROOT);
            assertThat(normalised(shown)).contains(planted);
            String trueDraft = back.getString("draft.text");
            assertThat(normalised(trueDraft)).doesNotContain(planted);
            assertThat(Careloop.message("alice", messageId).getString("status")).isEqualTo("IN_REVIEW");

            Careloop.decide("carter", taskId, Map.of("action", "APPROVE"));
            String released = awaitRelease(messageId);
            assertThat(released).isEqualTo(trueDraft);
            assertThat(normalised(released)).doesNotContain(planted);
        }
        assertThat(met).containsExactlyInAnyOrderElementsOf(KINDS);
    }

    /** The released reply; a HIGH-risk draft first needs a second senior reviewer, who confirms it. */
    private static String awaitRelease(String messageId) {
        return await("release of " + messageId)
                .atMost(Careloop.PROCESS_WAIT)
                .pollInterval(Duration.ofSeconds(1))
                .until(
                        () -> {
                            JsonPath message = Careloop.message("alice", messageId);
                            if ("ANSWERED".equals(message.getString("status"))) {
                                return message.getString("reply.text");
                            }
                            String second = Careloop.taskIdFor("lee", messageId);
                            if (second != null) {
                                Careloop.decide("lee", second, Map.of("action", "APPROVE"));
                            }
                            return null;
                        },
                        text -> text != null);
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
