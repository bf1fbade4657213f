package org.careloop.inference.drafting;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;
import org.careloop.inference.providers.DraftOutput;

/**
 * Model calls per provider and model, as the drafting sees them (README "Operating careloop"): one per draft,
 * retries inside it included; its outcome, latency and tokens. The model label is the model's name as configured or
 * reported (e.g. {@code gpt-4o-mini}, {@code offline-extractive}); no text and no id is a label.
 */
@ApplicationScoped
public class DraftMetrics {

    private static final Pattern MODEL_NAME = Pattern.compile("[A-Za-z0-9._:/-]{1,80}");

    private final MeterRegistry registry;

    public DraftMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void drafted(String provider, DraftOutput output, long nanos) {
        String model = model(output.model());
        timer(provider, model, "success").record(Duration.ofNanos(nanos));
        registry.counter("careloop.model.tokens", "provider", provider, "model", model, "direction", "input")
                .increment(output.inputTokens());
        registry.counter("careloop.model.tokens", "provider", provider, "model", model, "direction", "output")
                .increment(output.outputTokens());
    }

    /** A draft that could not be had after the attempts: {@code error} is the failure's kind, from a fixed set. */
    void failed(String provider, String configuredModel, String error, long nanos) {
        timer(provider, model(configuredModel), "error").record(Duration.ofNanos(nanos));
        registry.counter("careloop.model.errors", "provider", provider, "model", model(configuredModel), "error", error)
                .increment();
    }

    private Timer timer(String provider, String model, String outcome) {
        return Timer.builder("careloop.model.calls")
                .description("Drafts asked of a model (retries included), by outcome, with their latency")
                .tags("provider", provider, "model", model, "outcome", outcome)
                .serviceLevelObjectives(seconds(0.1, 0.5, 1, 2, 5, 10, 20, 30, 60, 90))
                .register(registry);
    }

    static String model(String name) {
        return name != null && MODEL_NAME.matcher(name).matches() ? name.toLowerCase(Locale.ROOT) : "unknown";
    }

    private static Duration[] seconds(double... values) {
        Duration[] durations = new Duration[values.length];
        for (int i = 0; i < values.length; i++) {
            durations[i] = Duration.ofMillis(Math.round(values[i] * 1000));
        }
        return durations;
    }
}
