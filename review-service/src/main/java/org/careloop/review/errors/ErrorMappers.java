package org.careloop.review.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every error of the service into {"error","message","details"}. Authentication and authorization
 * failures keep Quarkus' own handling (401 challenge, 403).
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return json(e.status(), e.toBody());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        Map<String, Object> violations = e.getConstraintViolations().stream()
                .collect(Collectors.toMap(v -> v.getPropertyPath().toString(), v -> v.getMessage(), (a, b) -> a));
        return json(400, new ApiError("VALIDATION_FAILED", "the request is not valid", violations));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        return json(
                400, new ApiError("INVALID_JSON", "the request body is not valid JSON for this endpoint", Map.of()));
    }

    @ServerExceptionMapper
    public Response alreadyClaimed(TaskAlreadyClaimedException e) {
        return json(409, new ApiError("CONFLICT", "the task is claimed by someone else", Map.of()));
    }

    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockingException e) {
        return json(409, new ApiError("CONFLICT", "the task was changed at the same time; reload it", Map.of()));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 401 || status == 403) {
            return e.getResponse();
        }
        String code =
                status == 400 && find(e, JsonProcessingException.class) != null ? "INVALID_JSON" : codeFor(status);
        return json(status, new ApiError(code, messageFor(e, status), Map.of()));
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(RuntimeException e) {
        if (e instanceof WebApplicationException wae) {
            return web(wae);
        }
        Throwable constraint = find(e, org.hibernate.exception.ConstraintViolationException.class);
        if (constraint != null) {
            return json(
                    409, new ApiError("CONFLICT", "the request conflicts with a decision already stored", Map.of()));
        }
        if (find(e, OptimisticLockingException.class) != null) {
            return concurrentChange(null);
        }
        // Only the type: exception messages may quote request content.
        LOG.errorf("unexpected %s", e.getClass().getName());
        LOG.debug("unexpected error", e);
        return json(500, new ApiError("INTERNAL_ERROR", "an unexpected error occurred", Map.of()));
    }

    private static Throwable find(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    private static String messageFor(WebApplicationException e, int status) {
        if (status == 400 && find(e, JsonProcessingException.class) != null) {
            return "the request body is not valid JSON for this endpoint";
        }
        return Response.Status.fromStatusCode(status) == null
                ? "request failed"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
    }

    private static String codeFor(int status) {
        return switch (status) {
            case 400 -> "BAD_REQUEST";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 409 -> "CONFLICT";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            default -> status >= 500 ? "INTERNAL_ERROR" : "REQUEST_FAILED";
        };
    }

    private static Response json(int status, ApiError body) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body)
                .build();
    }
}
