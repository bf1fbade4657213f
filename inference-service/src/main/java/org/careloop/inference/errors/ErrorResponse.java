package org.careloop.inference.errors;

import java.util.Map;

/** The one error shape of every careloop service. */
public record ErrorResponse(String error, String message, Map<String, Object> details) {

    public ErrorResponse {
        details = details == null ? Map.of() : details;
    }
}
