package org.careloop.review.errors;

import java.util.Map;

/** The one error shape of every careloop service. */
public record ApiError(String error, String message, Map<String, Object> details) {

    public ApiError {
        details = details == null ? Map.of() : details;
    }
}
