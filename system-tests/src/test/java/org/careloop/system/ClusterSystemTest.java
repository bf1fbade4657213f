package org.careloop.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careloop.system.Reviews.assertExactlyOneReviewTaskEach;
import static org.careloop.system.Reviews.awaitReviewArrivals;
import static org.careloop.system.Reviews.reviewTasks;
import static org.careloop.system.Reviews.sendAtOnce;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: review-service as a homogeneous Camunda 7 cluster on the one database. A second node, started here
 * through the launcher on a port of its own, takes messages and decisions like the first; every node runs the job
 * executor. Messages go in through both nodes at once, the second node is killed -9 while their jobs run, the first
 * carries on alone, the second comes back under its own node id (and gives back the locks its killed run left).
 * Every message reaches exactly one review task; clinicians decide through both nodes; each reply is released
 * exactly once, as the audit trail shows; and the audit chain, sealed by both nodes, still verifies on each.
 */
class ClusterSystemTest {

    private static final String SECOND_NODE = "review-service-2";
    private static final String FIRST = SystemUnderTest.REVIEW_URL;
    private static final String SECOND = SystemUnderTest.REVIEW_NODE_2_URL;

    private static final int PER_NODE = 8;
    private static final int WHILE_ONE_IS_DOWN = 4;
    /** Generous: the bound is not what this test is about (RecoverySystemTest times recovery). */
    private static final Duration ALL_IN_REVIEW = Duration.ofSeconds(180);

    @BeforeAll
    static void startTheSecondNode() {
        Launcher.start(SECOND_NODE);
    }

    @AfterAll
    static void stopTheSecondNode() {
        Launcher.stop(SECOND_NODE);
    }

    @Test
    void messagesThroughTwoNodesOneKilledMidRunReachOneReviewTaskEachAndAreReleasedOnceWithTheAuditChainWhole()
            throws InterruptedException {
        CompletableFuture<List<String>> throughFirst =
                CompletableFuture.supplyAsync(() -> sendAtOnce(FIRST, "bob", PER_NODE));
        CompletableFuture<List<String>> throughSecond =
                CompletableFuture.supplyAsync(() -> sendAtOnce(SECOND, "bob", PER_NODE));
        List<String> sent = new ArrayList<>(throughFirst.join());
        sent.addAll(throughSecond.join());

        // Mid-run: the messages' screening, drafting and checks are under way on both nodes.
        Launcher.crash(SECOND_NODE);
        Instant down = Instant.now();
        List<String> whileDown = sendAtOnce(FIRST, "bob", WHILE_ONE_IS_DOWN);
        awaitReviewArrivals("second node killed, through the first", whileDown, down, ALL_IN_REVIEW);

        Launcher.restart(SECOND_NODE);
        Instant back = Instant.now();
        sent.addAll(whileDown);
        awaitReviewArrivals("second node back", sent, back, ALL_IN_REVIEW);
        Map<String, Set<String>> tasks = reviewTasks();
        assertExactlyOneReviewTaskEach(sent, tasks);

        // Clinicians decide through both nodes; bob reads each reply through the other one.
        for (int i = 0; i < sent.size(); i++) {
            String messageId = sent.get(i);
            boolean first = i % 2 == 0;
            String clinician = first ? "carter" : "lee";
            Careloop.decide(
                    first ? FIRST : SECOND,
                    clinician,
                    tasks.get(messageId).iterator().next(),
                    Map.of(
                            "action", "REJECT",
                            "text", replyTo(messageId),
                            "reason", "Replying in my own words."));
        }
        for (int i = 0; i < sent.size(); i++) {
            String messageId = sent.get(i);
            JsonPath answered = Careloop.awaitAnswered(i % 2 == 0 ? SECOND : FIRST, "bob", messageId);
            assertThat(answered.getString("reply.text")).isEqualTo(replyTo(messageId));
        }

        for (String messageId : sent) {
            List<String> trail = Careloop.as("root-admin", SECOND)
                    .queryParam("messageId", messageId)
                    .get("/api/admin/audit/events")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("type", String.class);
            assertThat(trail)
                    .as("message %s's audit trail", messageId)
                    .containsOnlyOnce("MESSAGE_RECEIVED", "DECISION_MADE", "REPLY_RELEASED");
            // routed when the review opens, and again (never looser) when the draft's check arrives: never more
            assertThat(trail.stream().filter("REVIEW_ROUTED"::equals).count())
                    .as("message %s routed at the review's opening and after its check", messageId)
                    .isBetween(1L, 2L);
        }
        for (String node : List.of(FIRST, SECOND)) {
            JsonPath check = Careloop.as("root-admin", node)
                    .get("/api/admin/audit/verify")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(check.getBoolean("valid"))
                    .as("the audit check on %s: %s", node, check.prettify())
                    .isTrue();
        }
    }

    private static String replyTo(String messageId) {
        return "Rest the knee, keep it moving gently and call us if it swells. (Reply to " + messageId + ")";
    }
}
