package org.careloop.inference.providers;

import dev.langchain4j.service.Result;
import io.smallrye.faulttolerance.api.CustomBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.eclipse.microprofile.faulttolerance.Asynchronous;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The one place a model is called. Each attempt is bounded by {@link Timeout}; timeouts, 5xx and rate limits
 * are retried with backoff and jitter (a 429's Retry-After is honoured); quota, auth and malformed answers are
 * not. At most three attempts per draft: the per-request budget. Repeated failures open the circuit so that
 * review-service gets a fast 503 instead of waiting on a dead server.
 * <p>
 * Asynchronous so that a timeout answers on time even when the client ignores the interrupt and retries on
 * its own (the Ollama client does, and 1.7.4 cannot turn that off). Values are overridable without code, e.g.
 * {@code quarkus.fault-tolerance."org.careloop.inference.providers.LlmCaller/call".timeout.value=10000}.
 */
@ApplicationScoped
public class LlmCaller {

    private final ModelReports reports;

    public LlmCaller(ModelReports reports) {
        this.reports = reports;
    }

    @Asynchronous
    @Timeout(30_000) // milliseconds, so that a configured override needs no unit
    @Retry(
            maxRetries = 2,
            delay = 500,
            maxDuration = 90_000,
            retryOn = {
                ModelCallException.Retriable.class,
                org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException.class
            },
            abortOn = ModelCallException.NonRetriable.class)
    @CustomBackoff(RetryAfterBackoff.class)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 30_000, successThreshold = 2)
    public CompletionStage<ModelReply> call(Function<String, Result<String>> drafter, String prompt) {
        reports.clear();
        try {
            Result<String> result = drafter.apply(prompt);
            // listeners of a blocking model run on this thread: the report is ours
            return CompletableFuture.completedFuture(new ModelReply(result, reports.take()));
        } catch (RuntimeException e) {
            reports.clear();
            return CompletableFuture.failedFuture(ModelFailures.classify(e));
        }
    }
}
