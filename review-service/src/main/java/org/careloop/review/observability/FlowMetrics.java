package org.careloop.review.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * The flow's counters and timers (README "Operating careloop"). Every label value comes from a fixed set: no message
 * text, no identifier, nothing a patient or clinician wrote.
 */
@ApplicationScoped
public class FlowMetrics {

    static final String OTHER = "other";
    private static final Set<String> SEVERITIES = Set.of("emergency", "urgent", "routine", "none");
    private static final Set<String> RISK_LEVELS = Set.of("none", "low", "medium", "high");
    // An SLA is minutes to hours; the steps take milliseconds to a minute.
    private static final Duration[] STEP_BUCKETS = seconds(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120);
    private static final Duration[] FLOW_BUCKETS =
            seconds(1, 5, 10, 30, 60, 120, 300, 600, 1800, 3600, 4 * 3600, 8 * 3600, 24 * 3600, 72 * 3600);

    private final MeterRegistry registry;

    public FlowMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    // Every counter series from the start, at 0, so that a dashboard's rate and an alert's increase see the first
    // event.
    void onStart(@Observes StartupEvent start) {
        registry.counter("careloop.messages.received");
        SEVERITIES.forEach(severity -> registry.counter("careloop.messages.screened", "severity", severity));
        registry.counter("careloop.messages.drafted", "outcome", "drafted");
        registry.counter("careloop.messages.drafted", "outcome", "no_draft");
        RISK_LEVELS.forEach(risk -> registry.counter("careloop.drafts.checked", "risk", risk));
    }

    /** A patient's message was accepted and its process started. */
    public void received() {
        registry.counter("careloop.messages.received").increment();
    }

    /** A screening step ended with this highest severity (a red flag's, or none). */
    public void screened(Object highestSeverity) {
        registry.counter("careloop.messages.screened", "severity", oneOf(highestSeverity, SEVERITIES, "none"))
                .increment();
    }

    /** A drafting step ended, with a draft for the review or without one. */
    public void drafted(Object draftAvailable) {
        registry.counter(
                        "careloop.messages.drafted",
                        "outcome",
                        Boolean.TRUE.equals(draftAvailable) ? "drafted" : "no_draft")
                .increment();
    }

    /** A draft check ended with this risk level. */
    public void checked(Object riskLevel) {
        registry.counter("careloop.drafts.checked", "risk", oneOf(riskLevel, RISK_LEVELS, "none"))
                .increment();
    }

    /** How long one step's own work took (the job's run, not its wait in the queue), and whether it succeeded. */
    public void stepTook(FlowStep step, boolean succeeded, long nanos) {
        Timer.builder("careloop.flow.step")
                .description("Time of one step's work in review-service, remote calls included")
                .tags("step", step.label(), "outcome", succeeded ? "success" : "failure")
                .serviceLevelObjectives(STEP_BUCKETS)
                .register(registry)
                .record(Duration.ofNanos(nanos));
    }

    /** From the message's acceptance to a review task for a clinician. */
    public void acceptedToTask(FlowStep review, Duration took) {
        flowTimer("careloop.flow.accepted.to.task", "From the message's acceptance to its review task", review)
                .record(took);
    }

    /** From the message's first review task to the release of its reply. */
    public void taskToRelease(Duration took) {
        flowTimer("careloop.flow.task.to.release", "From the first review task to the reply's release", null)
                .record(took);
    }

    /** From the message's acceptance to the release of its reply. */
    public void acceptedToRelease(Duration took) {
        flowTimer("careloop.flow.accepted.to.release", "From the message's acceptance to the reply's release", null)
                .record(took);
    }

    private Timer flowTimer(String name, String description, FlowStep step) {
        Timer.Builder builder = Timer.builder(name).description(description).serviceLevelObjectives(FLOW_BUCKETS);
        if (step != null) {
            builder.tag("step", step.label());
        }
        return builder.register(registry);
    }

    /** The value lower-cased when it is one of {@code allowed}; else {@code fallback}: never free text in a label. */
    static String oneOf(Object value, Set<String> allowed, String fallback) {
        if (value == null) {
            return fallback;
        }
        String label = value.toString().toLowerCase(Locale.ROOT);
        return allowed.contains(label) ? label : OTHER;
    }

    private static Duration[] seconds(double... values) {
        Duration[] durations = new Duration[values.length];
        for (int i = 0; i < values.length; i++) {
            durations[i] = Duration.ofMillis(Math.round(values[i] * 1000));
        }
        return durations;
    }
}
