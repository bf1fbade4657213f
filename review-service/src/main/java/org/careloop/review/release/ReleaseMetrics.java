package org.careloop.review.release;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.careloop.review.inbox.DecisionAction;
import org.careloop.review.observability.AfterCommit;

/** Releases and refusals as counters (README "Operating careloop"); labels from fixed sets only. */
@ApplicationScoped
public class ReleaseMetrics {

    private final MeterRegistry registry;
    private final AfterCommit afterCommit;

    public ReleaseMetrics(MeterRegistry registry, AfterCommit afterCommit) {
        this.registry = registry;
        this.afterCommit = afterCommit;
    }

    // Every series from the start, at 0: an alert on an increase needs the series before the first refusal.
    void onStart(@Observes StartupEvent start) {
        for (ReleaseRefusal refusal : ReleaseRefusal.values()) {
            registry.counter("careloop.release.refusals", "reason", refusal.label());
        }
        for (DecisionAction action : DecisionAction.values()) {
            if (action.approvesReply()) {
                registry.counter(
                        "careloop.replies.released", "action", action.name().toLowerCase(), "reviews", "1");
            }
        }
        registry.counter("careloop.questions.released");
    }

    /** A reply was published (counted once its transaction commits), after this decision and this many reviews. */
    void released(DecisionAction firstDecision, int reviews) {
        afterCommit.run(() -> registry.counter(
                        "careloop.replies.released",
                        "action",
                        firstDecision.name().toLowerCase(),
                        "reviews",
                        reviews > 1 ? "2" : "1")
                .increment());
    }

    void questionReleased() {
        afterCommit.run(() -> registry.counter("careloop.questions.released").increment());
    }

    /** Counted at once: the refusal is recorded in its own transaction, whatever becomes of the job's. */
    void refused(ReleaseRefusal refusal) {
        registry.counter("careloop.release.refusals", "reason", refusal.label()).increment();
    }
}
