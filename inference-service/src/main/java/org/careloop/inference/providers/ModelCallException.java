package org.careloop.inference.providers;

import java.util.OptionalLong;

/** A failed model call, classified so that fault tolerance knows whether another attempt can help. */
public class ModelCallException extends RuntimeException {

    private final String reason;

    ModelCallException(String reason, Throwable cause) {
        super(reason, cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    /** Timeouts, 5xx, connection failures and 429 rate limits: retried with backoff. */
    public static class Retriable extends ModelCallException {

        private final OptionalLong retryAfterMillis;

        Retriable(String reason, Throwable cause, OptionalLong retryAfterMillis) {
            super(reason, cause);
            this.retryAfterMillis = retryAfterMillis;
        }

        public OptionalLong retryAfterMillis() {
            return retryAfterMillis;
        }
    }

    /** Bad request, authentication, exhausted quota, malformed answers: another attempt would fail the same way. */
    public static class NonRetriable extends ModelCallException {

        NonRetriable(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
