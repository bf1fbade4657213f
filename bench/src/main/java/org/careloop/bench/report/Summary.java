package org.careloop.bench.report;

import java.util.List;
import java.util.Map;

/**
 * A run's figures, as printed, written to the JSON summary and drawn in the HTML report. Latencies in milliseconds.
 *
 * @param conditions what was run, against what, and the machine's load before and after
 * @param api per operation of the APIs: latency of every answered call, as the client saw it
 * @param outcomes per operation: the count of each HTTP status (or exception, when nothing answered)
 * @param engine the engine's history of this run's messages; null when it was not read
 */
public record Summary(
        Map<String, Object> conditions,
        int sent,
        int accepted,
        double sendingSeconds,
        double acceptedPerSecond,
        double maxScheduleLagMillis,
        int inReviewSeenByPatients,
        Map<String, Percentiles> api,
        Map<String, Map<String, Long>> outcomes,
        Engine engine,
        String engineNotRead,
        Map<String, Long> decisions,
        Map<String, Long> drafters,
        List<Long> acceptedPerSecondSeries,
        List<Long> reachedTaskPerSecondSeries) {

    /**
     * @param toReviewTask accepted (process start) → review task created, every message
     * @param toReviewTaskRoutine the same without the messages sent as emergencies
     * @param throughputToTask messages that reached their task per second, first acceptance to last task
     */
    public record Engine(
            int messages,
            int withReviewTask,
            double throughputToTask,
            Percentiles toReviewTask,
            Percentiles toReviewTaskRoutine,
            Map<String, Percentiles> steps,
            Map<String, Percentiles> waits) {}
}
