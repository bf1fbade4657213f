package org.careloop.review.observability;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.camunda.bpm.engine.management.Metrics;

/**
 * The engine's own job executor meters, also counted in Micrometer ({@code careloop_jobs_total{event}}): the engine
 * marks them where they happen (acquisition, rejection by a full queue, success, failure) and only reports them to
 * its database every 15 minutes.
 */
class EngineMeters extends MetricsRegistry {

    static final Map<String, String> JOB_EVENTS = Map.of(
            Metrics.JOB_ACQUISITION_ATTEMPT, "acquisition_attempt",
            Metrics.JOB_ACQUIRED_SUCCESS, "acquired",
            Metrics.JOB_ACQUIRED_FAILURE, "acquisition_conflict",
            Metrics.JOB_EXECUTION_REJECTED, "rejected",
            Metrics.JOB_SUCCESSFUL, "succeeded",
            Metrics.JOB_FAILED, "failed",
            Metrics.JOB_LOCKED_EXCLUSIVE, "locked_exclusive");

    private final MeterRegistry registry;

    EngineMeters(MeterRegistry registry) {
        this.registry = registry;
        JOB_EVENTS.values().forEach(event -> registry.counter("careloop.jobs", "event", event));
    }

    @Override
    public void markOccurrence(String name, long times) {
        super.markOccurrence(name, times);
        String event = JOB_EVENTS.get(name);
        if (event != null) {
            registry.counter("careloop.jobs", "event", event).increment(times);
        }
    }
}
