package org.careloop.inference.providers;

import io.smallrye.faulttolerance.api.CustomBackoffStrategy;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter, except after a 429 that said how long to wait: then that wait
 * (capped, so one slow server cannot hold a worker thread for minutes).
 */
public class RetryAfterBackoff implements CustomBackoffStrategy {

    static final long MAX_DELAY_MS = 10_000;

    private long base;
    private int attempt;

    @Override
    public void init(long initialDelayInMillis) {
        base = Math.max(1, initialDelayInMillis);
    }

    @Override
    public long nextDelayInMillis(Throwable cause) {
        if (cause instanceof ModelCallException.Retriable r
                && r.retryAfterMillis().isPresent()) {
            attempt++;
            return Math.min(r.retryAfterMillis().getAsLong(), MAX_DELAY_MS);
        }
        long ceiling = Math.min(MAX_DELAY_MS, base << Math.min(attempt++, 10));
        return ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
    }
}
