package org.careloop.bench.history;

import java.time.Instant;
import java.util.List;

/**
 * One message's process instance as the engine's history records it (engine clock): when it started (the message
 * was accepted), when its first review task was created, and its activities.
 */
public record ProcessTimeline(String messageId, Instant started, Instant reviewTaskCreated, List<Step> steps) {

    /** One activity instance; {@code ended} is null while it runs (an open review task). */
    public record Step(String activityId, String type, Instant started, Instant ended) {}

    public Step first(String activityId) {
        return steps.stream()
                .filter(s -> s.activityId().equals(activityId))
                .findFirst()
                .orElse(null);
    }
}
