package org.careloop.policy.screening;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.regex.Pattern;
import org.careloop.policy.deid.DeidEntity;
import org.careloop.policy.triage.PromptInjection;
import org.careloop.policy.triage.RedFlag;
import org.careloop.policy.triage.Severity;

/**
 * What screening found, as counts only (README "Operating careloop"): messages per highest severity, red flags per
 * layer, category and severity, identifiers replaced per type, suspected prompt injection. Labels are the policy's own
 * names (categories from the red-flag catalogue and exemplars, entity types, layers), never text from a message.
 */
@ApplicationScoped
public class ScreeningMetrics {

    // A catalogue category: upper-case words. Anything else (there should be nothing) is counted as OTHER.
    private static final Pattern CATEGORY = Pattern.compile("[A-Z][A-Z0-9_]{0,47}");

    private final MeterRegistry registry;

    public ScreeningMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void onStart(@Observes StartupEvent start) {
        registry.counter("careloop.screening.messages", "severity", "none");
        for (Severity severity : Severity.values()) {
            registry.counter("careloop.screening.messages", "severity", label(severity));
        }
        registry.counter("careloop.screening.prompt.injection.suspected");
    }

    void screened(ScreenResponse screening) {
        registry.counter("careloop.screening.messages", "severity", label(screening.highestSeverity()))
                .increment();
        for (RedFlag flag : screening.redFlags()) {
            registry.counter(
                            "careloop.screening.flags",
                            "layer",
                            label(flag.layer()),
                            "category",
                            category(flag.category()),
                            "severity",
                            label(flag.severity()))
                    .increment();
        }
        for (DeidEntity entity : screening.entities()) {
            registry.counter("careloop.screening.identifiers", "type", label(entity.type()))
                    .increment();
        }
        PromptInjection cues = screening.promptInjection();
        if (cues != null && cues.suspected()) {
            registry.counter("careloop.screening.prompt.injection.suspected").increment();
        }
    }

    static String category(String category) {
        return category != null && CATEGORY.matcher(category).matches() ? category : "OTHER";
    }

    private static String label(Enum<?> value) {
        return value == null ? "none" : value.name().toLowerCase(Locale.ROOT);
    }
}
