package org.careloop.system;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * Bursts of routine messages and what the clinicians' inboxes then show, for the tests that break something while
 * messages are on their way (RecoverySystemTest, ClusterSystemTest): every message must reach exactly one review task.
 */
final class Reviews {

    private Reviews() {}

    /**
     * Sends routine messages eight at a time through the review-service node at {@code reviewUrl}, like a burst of
     * patients writing; returns their ids once all are 202.
     */
    static List<String> sendAtOnce(String reviewUrl, String patient, int count) {
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> ids = IntStream.rangeClosed(1, count)
                    .mapToObj(i -> senders.submit(() -> Careloop.sendMessage(
                            reviewUrl,
                            patient,
                            "My knee has been sore for " + i + " days since I went running. What can I do?")))
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
     * Each message's distinct open review task ids in the inboxes of carter (the clinician group) or oncall (the
     * on-call group, and clinician too).
     */
    static Map<String, Set<String>> reviewTasks() {
        Map<String, Set<String>> tasks = new HashMap<>();
        for (String clinician : List.of("carter", "oncall")) {
            for (Map<String, Object> task : Careloop.openTasks(clinician)) {
                tasks.computeIfAbsent((String) task.get("messageId"), m -> new HashSet<>())
                        .add((String) task.get("id"));
            }
        }
        return tasks;
    }

    /** Each of bob's messages has exactly one open review task, and bob sees it in review. */
    static void assertExactlyOneReviewTaskEach(List<String> messageIds, Map<String, Set<String>> tasks) {
        for (String messageId : messageIds) {
            assertThat(tasks.get(messageId))
                    .as("review tasks of message %s", messageId)
                    .hasSize(1);
            assertThat(Careloop.message("bob", messageId).getString("status"))
                    .as("what the patient sees of message %s", messageId)
                    .isEqualTo("IN_REVIEW");
        }
    }

    /**
     * Waits until each message has a review task, at most {@code bound} after {@code from}, and prints when each got
     * it; a failed look (a service still coming back) counts as not yet.
     */
    static void awaitReviewArrivals(String event, List<String> messageIds, Instant from, Duration bound)
            throws InterruptedException {
        Map<String, Duration> arrived = new HashMap<>();
        Instant deadline = from.plus(bound);
        while (arrived.size() < messageIds.size() && Instant.now().isBefore(deadline)) {
            try {
                Set<String> inReview = reviewTasks().keySet();
                Duration at = Duration.between(from, Instant.now());
                for (String id : messageIds) {
                    if (inReview.contains(id)) {
                        arrived.putIfAbsent(id, at);
                    }
                }
            } catch (RuntimeException | AssertionError e) {
                // not answering yet
            }
            Thread.sleep(500);
        }
        List<String> times = arrived.values().stream()
                .sorted()
                .map(d -> String.format("%.1f", seconds(d)))
                .toList();
        System.out.printf(
                "%s: %d of %d messages in review, seconds after: %s%n",
                event, arrived.size(), messageIds.size(), String.join(" ", times));
        assertThat(messageIds)
                .as("messages with a review task within %s of %s", bound, event)
                .allMatch(arrived::containsKey);
    }

    static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
