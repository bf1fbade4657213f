package org.careloop.inference.drafting;

import java.util.Locale;
import org.careloop.inference.providers.ModelCallException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/** Why a draft could not be had, as one of a few fixed words: the {@code error} label of the model's error count. */
final class ModelErrorKind {

    private ModelErrorKind() {}

    static String of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CircuitBreakerOpenException) {
                return "circuit_open";
            }
            if (t instanceof TimeoutException) {
                return "timeout";
            }
            if (t instanceof ModelCallException call) {
                return ofReason(call.reason());
            }
        }
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        return message.contains("empty reply") ? "empty_reply" : "other";
    }

    // The reasons ModelFailures gives: fixed sentences, never the server's body.
    private static String ofReason(String reason) {
        String r = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        if (r.contains("in time")) {
            return "timeout";
        }
        if (r.contains("cannot be reached")) {
            return "unreachable";
        }
        if (r.contains("quota")) {
            return "quota";
        }
        if (r.contains("rate limiting")) {
            return "rate_limited";
        }
        if (r.contains("server failed")) {
            return "server_error";
        }
        if (r.contains("credentials")) {
            return "auth";
        }
        if (r.contains("malformed")) {
            return "malformed";
        }
        if (r.contains("rejected")) {
            return "rejected";
        }
        return "other";
    }
}
