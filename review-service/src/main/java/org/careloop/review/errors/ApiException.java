package org.careloop.review.errors;

import java.util.Map;

/** An error the API answers on purpose, with its status and code. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String error;
    private final Map<String, Object> details;

    public ApiException(int status, String error, String message, Map<String, Object> details) {
        super(message);
        this.status = status;
        this.error = error;
        this.details = details == null ? Map.of() : details;
    }

    public ApiException(int status, String error, String message) {
        this(status, error, message, Map.of());
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, "VALIDATION_FAILED", message);
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, "NOT_FOUND", what + " not found");
    }

    public static ApiException conflict(String message) {
        return new ApiException(409, "CONFLICT", message);
    }

    public static ApiException tooLarge(String message) {
        return new ApiException(413, "PAYLOAD_TOO_LARGE", message);
    }

    public int status() {
        return status;
    }

    /** The machine-readable code, such as VALIDATION_FAILED. */
    public String error() {
        return error;
    }

    public ApiError toBody() {
        return new ApiError(error, getMessage(), details);
    }
}
