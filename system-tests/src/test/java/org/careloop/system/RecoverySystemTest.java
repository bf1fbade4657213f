package org.careloop.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, recovery: review-service killed -9, and PostgreSQL crashed, right after 31 messages were accepted, one of
 * them an emergency. Every message still reaches exactly one review task, as the clinicians' inboxes show, and the
 * patient sees the emergency's safety message. After review-service's restart the bounds hold, counted from
 * the moment the restarted service is ready (its own start-up is another figure): the safety message within 10 s,
 * every review within 60 s.
 */
class RecoverySystemTest {

    private static final int ROUTINE_MESSAGES = 30;
    private static final String EMERGENCY =
            "I have crushing chest pain spreading to my left arm and I am sweating and short of breath.";

    private static final Duration ALL_IN_REVIEW_AFTER_RESTART = Duration.ofSeconds(60);
    private static final Duration SAFETY_MESSAGE_AFTER_RESTART = Duration.ofSeconds(10);
    /**
     * A job whose failure could not be written while the database was down keeps its lock until the lock time
     * (150 s, review-service's application.properties) runs out; then it runs again.
     */
    private static final Duration ALL_IN_REVIEW_AFTER_DATABASE_CRASH = Duration.ofSeconds(150 + 60);
    /** Long enough for running jobs, acquisitions and requests to run into the outage. */
    private static final Duration DATABASE_OUTAGE = Duration.ofSeconds(5);

    @Test
    void aKilledReviewServiceLosesAndDuplicatesNoMessageAndShowsTheEmergencyAtOnceAfterItsRestart() {
        List<String> routine = sendAtOnce("bob", ROUTINE_MESSAGES);
        String emergency = Careloop.sendMessage("bob", EMERGENCY);

        Launcher.crash("review-service");
        Launcher.restart("review-service");
        Instant ready = Instant.now();

        await("safety message after the restart")
                .atMost(remaining(ready, SAFETY_MESSAGE_AFTER_RESTART))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> Careloop.message("bob", emergency).getBoolean("emergency"));
        assertThat(Careloop.message("bob", emergency).getString("safetyMessage.text"))
                .contains("emergency number");

        List<String> all = new ArrayList<>(routine);
        all.add(emergency);
        Map<String, Set<String>> tasks = awaitReviewTasks(all, remaining(ready, ALL_IN_REVIEW_AFTER_RESTART));
        assertExactlyOneReviewTaskEach(all, tasks);
        assertThat(Careloop.taskIdFor("oncall", emergency)).isNotNull();
    }

    @Test
    void aDatabaseCrashLosesNoMessageAndTheServicesRecoverWithoutARestart() throws InterruptedException {
        List<String> sent = sendAtOnce("bob", ROUTINE_MESSAGES);
        String emergency = Careloop.sendMessage("bob", EMERGENCY);
        sent.add(emergency);

        Launcher.crash("postgresql");
        try {
            Thread.sleep(DATABASE_OUTAGE.toMillis());
        } finally {
            Launcher.restart("postgresql");
        }

        Map<String, Set<String>> tasks = awaitReviewTasks(sent, ALL_IN_REVIEW_AFTER_DATABASE_CRASH);
        assertExactlyOneReviewTaskEach(sent, tasks);
        assertThat(Careloop.message("bob", emergency).getString("safetyMessage.text"))
                .contains("emergency number");

        // The same service processes take new work again: intake, screening, drafting and checks all need the database.
        String after = Careloop.sendMessage("bob", "My knee still hurts a little after the run last week.");
        Careloop.awaitReviewTask("carter", after);
        for (String url :
                List.of(SystemUnderTest.REVIEW_URL, SystemUnderTest.POLICY_URL, SystemUnderTest.INFERENCE_URL)) {
            RestAssured.given().baseUri(url).get("/q/health/ready").then().statusCode(200);
        }
    }

    /** Sends routine messages eight at a time, like a burst of patients writing; returns their ids once all are 202. */
    private static List<String> sendAtOnce(String patient, int count) {
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> ids = IntStream.rangeClosed(1, count)
                    .mapToObj(i -> senders.submit(() -> Careloop.sendMessage(
                            patient, "My knee has been sore for " + i + " days since I went running. What can I do?")))
                    .toList();
            List<String> sent = new ArrayList<>();
            for (Future<String> id : ids) {
                sent.add(id.get());
            }
            return sent;
        } catch (Exception e) {
            throw new IllegalStateException("sending the messages failed", e);
        } finally {
            senders.shutdownNow();
        }
    }

    /**
     * Waits until every message has a review task in the inboxes of carter (the clinician group) or oncall (the on-call
     * group, and clinician too); returns each message's distinct open review task ids.
     */
    private static Map<String, Set<String>> awaitReviewTasks(List<String> messageIds, Duration atMost) {
        await("a review task for each of " + messageIds.size() + " messages")
                .atMost(atMost)
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> withoutReviewTask(messageIds), List::isEmpty);
        return reviewTasks();
    }

    private static List<String> withoutReviewTask(List<String> messageIds) {
        Set<String> inReview = reviewTasks().keySet();
        return messageIds.stream().filter(id -> !inReview.contains(id)).toList();
    }

    private static Map<String, Set<String>> reviewTasks() {
        Map<String, Set<String>> tasks = new HashMap<>();
        for (String clinician : List.of("carter", "oncall")) {
            for (Map<String, Object> task : Careloop.openTasks(clinician)) {
                tasks.computeIfAbsent((String) task.get("messageId"), m -> new HashSet<>())
                        .add((String) task.get("id"));
            }
        }
        return tasks;
    }

    private static void assertExactlyOneReviewTaskEach(List<String> messageIds, Map<String, Set<String>> tasks) {
        for (String messageId : messageIds) {
            assertThat(tasks.get(messageId))
                    .as("review tasks of message %s", messageId)
                    .hasSize(1);
            assertThat(Careloop.message("bob", messageId).getString("status"))
                    .as("what the patient sees of message %s", messageId)
                    .isEqualTo("IN_REVIEW");
        }
    }

    private static Duration remaining(Instant from, Duration bound) {
        Duration left = Duration.between(Instant.now(), from.plus(bound));
        return left.compareTo(Duration.ofMillis(1)) < 0 ? Duration.ofMillis(1) : left;
    }
}
