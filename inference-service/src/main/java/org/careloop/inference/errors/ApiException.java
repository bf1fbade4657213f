package org.careloop.inference.errors;

import java.util.Map;

/** An error whose status, code and details are meant for the caller. Messages never hold message text. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String error;
    private final Map<String, Object> details;

    public ApiException(int status, String error, String message, Map<String, Object> details) {
        super(message);
        this.status = status;
        this.error = error;
        this.details = details == null ? Map.of() : Map.copyOf(details);
    }

    public ApiException(int status, String error, String message, Map<String, Object> details, Throwable cause) {
        this(status, error, message, details);
        initCause(cause);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public Map<String, Object> details() {
        return details;
    }
}
