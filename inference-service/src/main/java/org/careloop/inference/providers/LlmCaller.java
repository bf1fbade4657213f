package org.careloop.inference.providers;

import java.time.temporal.ChronoUnit;
import java.util.function.Function;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import dev.langchain4j.service.Result;
import io.smallrye.faulttolerance.api.CustomBackoff;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one place a model is called. Each attempt is bounded by {@link Timeout}; timeouts, 5xx and rate limits
 * are retried with backoff and jitter (a 429's Retry-After is honoured); quota, auth and malformed answers are
 * not. At most three calls per draft: the per-request budget. Repeated failures open the circuit so that
 * review-service gets a fast 503 instead of waiting on a dead server. All values are overridable with
 * MicroProfile Fault Tolerance config, e.g. {@code org.careloop.inference.providers.LlmCaller/call/Timeout/value}.
 */
@ApplicationScoped
public class LlmCaller {

    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 500, maxDuration = 90, durationUnit = ChronoUnit.SECONDS,
            retryOn = {ModelCallException.Retriable.class, org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException.class},
            abortOn = ModelCallException.NonRetriable.class)
    @CustomBackoff(RetryAfterBackoff.class)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 2)
    public Result<String> call(Function<String, Result<String>> drafter, String prompt) {
        try {
            return drafter.apply(prompt);
        } catch (RuntimeException e) {
            throw ModelFailures.classify(e);
        }
    }
}
