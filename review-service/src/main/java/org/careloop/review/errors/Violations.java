package org.careloop.review.errors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Bean Validation violations as the error contract's answer: 413 for a text over its limit, else 400. */
public final class Violations {

    private Violations() {}

    /**
     * {@code 413 PAYLOAD_TOO_LARGE} (details field, length, limit) when a violated constraint carries {@link
     * TooLarge}; otherwise {@code 400 VALIDATION_FAILED} with details.violations [{field, message}] sorted by field.
     */
    public static ApiException toApiException(Collection<? extends ConstraintViolation<?>> constraintViolations) {
        for (ConstraintViolation<?> v : constraintViolations) {
            if (v.getConstraintDescriptor().getPayload().contains(TooLarge.class)) {
                Object limit = v.getConstraintDescriptor().getAttributes().get("max");
                int length = v.getInvalidValue() instanceof CharSequence s ? s.length() : -1;
                String field = field(v.getPropertyPath());
                return new ApiException(
                        413,
                        "PAYLOAD_TOO_LARGE",
                        field + " is " + length + " characters; the limit is " + limit,
                        Map.of("field", field, "length", length, "limit", limit));
            }
        }
        List<Map<String, Object>> violations = new ArrayList<>();
        constraintViolations.stream()
                .sorted(Comparator.comparing((ConstraintViolation<?> v) -> field(v.getPropertyPath())))
                .forEach(v -> violations.add(Map.of("field", field(v.getPropertyPath()), "message", v.getMessage())));
        String message = violations.stream()
                .map(v -> v.get("field") + " " + v.get("message"))
                .reduce((a, b) -> a + "; " + b)
                .orElse("the request is not valid");
        return new ApiException(400, ApiException.VALIDATION_FAILED, message, Map.of("violations", violations));
    }

    /**
     * "send.request.text" becomes "text", an element of a list "acknowledged[0]"; a violation on the body itself
     * becomes "body".
     */
    static String field(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, PARAMETER, RETURN_VALUE -> names.clear();
                default -> {
                    if (node.isInIterable() && !names.isEmpty()) {
                        String key = node.getIndex() != null
                                ? String.valueOf(node.getIndex())
                                : String.valueOf(node.getKey());
                        names.set(names.size() - 1, names.get(names.size() - 1) + "[" + key + "]");
                    }
                    // A list element's own node is named "<list element>": the index above names it.
                    if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                        names.add(node.getName());
                    }
                }
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }
}
