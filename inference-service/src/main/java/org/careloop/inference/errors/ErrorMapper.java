package org.careloop.inference.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every error into {@code {"error","message","details"}}. */
public class ErrorMapper {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return respond(e.status(), e.error(), e.getMessage(), e.details());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            if (v.getConstraintDescriptor().getPayload().contains(TooLarge.class)) {
                Object max = v.getConstraintDescriptor().getAttributes().get("max");
                int length = v.getInvalidValue() instanceof CharSequence s ? s.length() : -1;
                String field = leaf(v);
                return respond(
                        413,
                        "PAYLOAD_TOO_LARGE",
                        field + " is " + length + " characters; the limit is " + max,
                        Map.of("field", field, "length", length, "limit", max));
            }
        }
        // Field -> problem only: the rejected values could be message text.
        Map<String, Object> fields = new TreeMap<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            fields.merge(leaf(v), v.getMessage(), (a, b) -> a + "; " + b);
        }
        return respond(400, "VALIDATION_FAILED", "the request body is not valid", Map.of("fields", fields));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return invalidJson(e);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
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
        return respond(403, "FORBIDDEN", "the caller may not use this endpoint", Map.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 400 && causedByJson(e)) {
            return invalidJson(e);
        }
        String code = switch (status) {
            case 400 -> "BAD_REQUEST";
            case 401 -> "UNAUTHORIZED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            default -> status >= 500 ? "INTERNAL_ERROR" : "HTTP_" + status;
        };
        String message = status >= 500
                ? "internal error"
                : Response.Status.fromStatusCode(status) != null
                        ? Response.Status.fromStatusCode(status)
                                .getReasonPhrase()
                                .toLowerCase()
                        : "request failed";
        Response r = respond(status, code, message, Map.of());
        if (status == 401) {
            return Response.fromResponse(r).header("WWW-Authenticate", "Bearer").build();
        }
        return r;
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.errorf("unexpected %s", e.getClass().getName());
        LOG.debug("unexpected error", e);
        return respond(500, "INTERNAL_ERROR", "internal error", Map.of());
    }

    private static Response unauthenticated() {
        return Response.fromResponse(respond(401, "UNAUTHORIZED", "a valid service token is required", Map.of()))
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    private static Response invalidJson(Exception e) {
        // Jackson's message quotes the input, which may be message text: report the location only.
        Map<String, Object> details = new LinkedHashMap<>();
        Throwable t = e;
        while (t != null && !(t instanceof JsonProcessingException)) {
            t = t.getCause();
        }
        if (t instanceof JsonProcessingException j && j.getLocation() != null) {
            details.put("line", j.getLocation().getLineNr());
            details.put("column", j.getLocation().getColumnNr());
        }
        return respond(400, "INVALID_JSON", "the request body is not valid JSON for this endpoint", details);
    }

    private static boolean causedByJson(Throwable e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException) {
                return true;
            }
        }
        return false;
    }

    private static String leaf(ConstraintViolation<?> v) {
        String last = null;
        for (var node : v.getPropertyPath()) {
            if (node.getName() != null) {
                last = node.getName();
            }
        }
        return last == null ? "body" : last;
    }

    static Response respond(int status, String error, String message, Map<String, Object> details) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(new ErrorResponse(error, message, details))
                .build();
    }
}
