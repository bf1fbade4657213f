package org.careloop.policy.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
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
 * Turns every error into {@code {"error","message","details"}}. Never logs or echoes message text: Jackson's
 * own messages may quote the input, so only locations and field names go into the answer.
 */
public class ErrorMapper {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);

    @ServerExceptionMapper
    public Response apiError(ApiException e) {
        return respond(e.status(), e.error(), e.getMessage(), e.details());
    }

    @ServerExceptionMapper
    public Response invalidRequest(ConstraintViolationException e) {
        List<Map<String, Object>> violations = new ArrayList<>();
        e.getConstraintViolations().stream()
                .sorted(Comparator.comparing((ConstraintViolation<?> v) -> field(v.getPropertyPath())))
                .forEach(v -> violations.add(Map.of("field", field(v.getPropertyPath()), "message", v.getMessage())));
        String message = violations.stream()
                .map(v -> v.get("field") + " " + v.get("message"))
                .reduce((a, b) -> a + "; " + b)
                .orElse("the request is invalid");
        return respond(400, "INVALID_REQUEST", message, Map.of("violations", violations));
    }

    @ServerExceptionMapper
    public Response invalidJson(JsonParseException e) {
        Map<String, Object> details = location(e);
        return respond(400, "INVALID_JSON", "the request body is not valid JSON" + where(details), details);
    }

    @ServerExceptionMapper
    public Response wrongJsonShape(JsonMappingException e) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                .orElse("");
        Map<String, Object> details = new LinkedHashMap<>(location(e));
        if (!field.isEmpty()) {
            details.put("field", field);
        }
        String message = field.isEmpty()
                ? "the request body does not have the expected JSON structure" + where(details)
                : "field '" + field + "' has the wrong JSON type" + where(details);
        return respond(400, "INVALID_JSON", message, details);
    }

    /** Quarkus has a built-in mapper for exactly this type with another body shape; this one wins. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return wrongJsonShape(e);
    }

    @ServerExceptionMapper
    public Response otherJsonProblem(JsonProcessingException e) {
        Map<String, Object> details = location(e);
        return respond(400, "INVALID_JSON", "the request body is not valid JSON" + where(details), details);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorResponse("UNAUTHORIZED", "a bearer token of review-service is required", Map.of()))
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(403, "FORBIDDEN", "only review-service (role internal-service) may call this service", Map.of());
    }

    @ServerExceptionMapper
    public Response webError(WebApplicationException e) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonParseException parse) {
            return invalidJson(parse);
        }
        if (cause instanceof JsonMappingException mapping) {
            return wrongJsonShape(mapping);
        }
        if (cause instanceof JsonProcessingException json) {
            return otherJsonProblem(json);
        }
        int status = e.getResponse().getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String code =
                type == null ? "HTTP_" + status : type.toString().toUpperCase().replace(' ', '_');
        String message = switch (status) {
            case 400 -> "the request is invalid";
            case 404 -> "no such resource";
            case 405 -> "method not allowed on this resource";
            case 406 -> "this resource answers application/json only";
            case 415 -> "send the request body as application/json";
            default -> type == null ? "HTTP " + status : type.getReasonPhrase();
        };
        return respond(status, code, message, Map.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        String reference = UUID.randomUUID().toString();
        // Class and frame only: exception messages may quote message text.
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

    private static Response respond(int status, String error, String message, Map<String, Object> details) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorResponse(error, message, details))
                .build();
    }

    private static Map<String, Object> location(JsonProcessingException e) {
        if (e.getLocation() == null || e.getLocation().getLineNr() < 1) {
            return Map.of();
        }
        return Map.of(
                "line", e.getLocation().getLineNr(), "column", e.getLocation().getColumnNr());
    }

    private static String where(Map<String, Object> details) {
        return details.containsKey("line")
                ? " (line " + details.get("line") + ", column " + details.get("column") + ")"
                : "";
    }

    /** "screen.request.text" becomes "text"; a violation on the body itself becomes "body". */
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
                    if (node.getName() != null) {
                        names.add(node.getName());
                    }
                }
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }
}
