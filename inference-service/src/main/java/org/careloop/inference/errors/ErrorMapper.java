package org.careloop.inference.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The error contract of docs/service-contracts.md ("Errors"): every error is {@code {"error","message","details"}},
 * with the same codes as review-service and policy-service. Messages and details never quote the request (Jackson's
 * own messages may), and 500s say nothing of the failure but a reference that is in the log.
 */
public class ErrorMapper {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);

    @ServerExceptionMapper
    public Response apiError(ApiException e) {
        return respond(e.status(), e.error(), e.getMessage(), e.details());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            if (v.getConstraintDescriptor().getPayload().contains(TooLarge.class)) {
                Object max = v.getConstraintDescriptor().getAttributes().get("max");
                int length = v.getInvalidValue() instanceof CharSequence s ? s.length() : -1;
                String field = field(v.getPropertyPath());
                return respond(
                        413,
                        "PAYLOAD_TOO_LARGE",
                        field + " is " + length + " characters; the limit is " + max,
                        Map.of("field", field, "length", length, "limit", max));
            }
        }
        List<Map<String, Object>> violations = new ArrayList<>();
        e.getConstraintViolations().stream()
                .sorted(Comparator.comparing((ConstraintViolation<?> v) -> field(v.getPropertyPath())))
                .forEach(v -> violations.add(Map.of("field", field(v.getPropertyPath()), "message", v.getMessage())));
        String message = violations.stream()
                .map(v -> v.get("field") + " " + v.get("message"))
                .reduce((a, b) -> a + "; " + b)
                .orElse("the request is not valid");
        return respond(400, "VALIDATION_FAILED", message, Map.of("violations", violations));
    }

    @ServerExceptionMapper
    public Response invalidJson(JsonProcessingException e) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            details.put("line", e.getLocation().getLineNr());
            details.put("column", e.getLocation().getColumnNr());
        }
        String field = e instanceof JsonMappingException m
                ? m.getPath().stream()
                        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                        .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                        .orElse("")
                : "";
        if (!field.isEmpty()) {
            details.put("field", field);
        }
        String where = details.containsKey("line")
                ? " (line " + details.get("line") + ", column " + details.get("column") + ")"
                : "";
        String message = field.isEmpty()
                ? "the request body is not valid JSON for this endpoint" + where
                : "field '" + field + "' has the wrong JSON type" + where;
        return respond(400, "INVALID_JSON", message, details);
    }

    /** Quarkus has its own mapper for exactly this type, with another body; this one wins. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return invalidJson(e);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return forbidden();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        JsonProcessingException json = find(e, JsonProcessingException.class);
        if (json != null) {
            return invalidJson(json);
        }
        int status = e.getResponse().getStatus();
        if (status < 400) {
            return e.getResponse();
        }
        if (status == 401) {
            return unauthenticated();
        }
        if (status == 403) {
            return forbidden();
        }
        if (status >= 500) {
            return unexpected(e);
        }
        return respond(status, codeFor(status), messageFor(status), Map.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        String reference = UUID.randomUUID().toString();
        // Type and frame only: exception messages may quote message text or a model's answer.
        StackTraceElement[] trace = e.getStackTrace();
        LOG.errorf(
                "unexpected %s at %s (reference %s)",
                e.getClass().getName(), trace.length > 0 ? trace[0] : "?", reference);
        return respond(
                500,
                "INTERNAL_ERROR",
                "the service failed; quote reference " + reference,
                Map.of("reference", reference));
    }

    private static Response unauthenticated() {
        return Response.fromResponse(respond(401, "UNAUTHORIZED", "a valid service token is required", Map.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    private static Response forbidden() {
        return respond(403, "FORBIDDEN", "the caller may not use this endpoint", Map.of());
    }

    static String codeFor(int status) {
        return switch (status) {
            case 400 -> "BAD_REQUEST";
            case 401 -> "UNAUTHORIZED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 409 -> "CONFLICT";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            default -> status >= 500 ? "INTERNAL_ERROR" : "HTTP_" + status;
        };
    }

    static String messageFor(int status) {
        return switch (status) {
            case 400 -> "the request is not valid";
            case 404 -> "there is no such resource";
            case 405 -> "this resource does not allow that HTTP method";
            case 406 -> "this resource answers application/json only";
            case 413 -> "the request body is larger than the service accepts";
            case 415 -> "send the request body as application/json";
            default -> "the request failed with HTTP status " + status;
        };
    }

    static Response respond(int status, String error, String message, Map<String, Object> details) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorResponse(error, message, details))
                .build();
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** "draft.request.messageText" becomes "messageText"; a violation on the body itself becomes "body". */
    private static String field(Path path) {
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
