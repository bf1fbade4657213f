package org.careloop.review.errors;

import java.util.List;
import java.util.Map;

/** An error the API answers on purpose, with its status and code. */
public class ApiException extends RuntimeException {

    /** 400: details.violations lists [{field, message}], empty when the message names the problem on its own. */
    public static final String VALIDATION_FAILED = "VALIDATION_FAILED";

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
        return new ApiException(400, VALIDATION_FAILED, message);
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, "NOT_FOUND", what + " not found");
    }

    public static ApiException conflict(String message) {
        return new ApiException(409, "CONFLICT", message);
    }

    public int status() {
        return status;
    }

    /** The machine-readable code, such as VALIDATION_FAILED. */
    public String error() {
        return error;
    }

    public ApiError toBody() {
        if (VALIDATION_FAILED.equals(error) && !details.containsKey("violations")) {
            return new ApiError(error, getMessage(), Map.of("violations", violations(details)));
        }
        return new ApiError(error, getMessage(), details);
    }

    /** {"reason": "must not be blank"} becomes the contract's [{"field": "reason", "message": "must not be blank"}]. */
    private static List<Map<String, Object>> violations(Map<String, Object> fields) {
        return fields.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .<Map<String, Object>>map(f -> Map.of("field", f.getKey(), "message", String.valueOf(f.getValue())))
                .toList();
    }
}
