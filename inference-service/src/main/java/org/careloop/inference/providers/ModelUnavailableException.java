package org.careloop.inference.providers;

import java.util.Map;
import org.careloop.inference.errors.ApiException;

/** The configured model could not produce a draft; review-service retries and then routes without one. */
public class ModelUnavailableException extends ApiException {

    public ModelUnavailableException(String provider, String reason, Throwable cause) {
        super(
                503,
                "MODEL_UNAVAILABLE",
                "the " + provider + " model could not draft a reply: " + reason,
                Map.of("provider", provider, "reason", reason),
                cause);
    }
}
