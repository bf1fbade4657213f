package org.careloop.policy.checks;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/** What the draft checks found, as counts per risk level and per finding type (README "Operating careloop"). */
@ApplicationScoped
public class DraftCheckMetrics {

    private final MeterRegistry registry;

    public DraftCheckMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void onStart(@Observes StartupEvent start) {
        for (RiskLevel risk : RiskLevel.values()) {
            registry.counter("careloop.checks.drafts", "risk", label(risk));
        }
    }

    void checked(CheckDraftResponse check) {
        registry.counter("careloop.checks.drafts", "risk", label(check.riskLevel()))
                .increment();
        for (Finding finding : check.findings()) {
            registry.counter(
                            "careloop.checks.findings",
                            "type",
                            label(finding.type()),
                            "severity",
                            label(finding.severity()))
                    .increment();
        }
    }

    private static String label(Enum<?> value) {
        return value == null ? "none" : value.name().toLowerCase(Locale.ROOT);
    }
}
