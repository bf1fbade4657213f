package org.careloop.review.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.resteasy.reactive.server.runtime.exceptionmappers.AuthenticationFailedExceptionMapper;
import io.quarkus.resteasy.reactive.server.runtime.exceptionmappers.UnauthorizedExceptionMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The error contract of docs/service-contracts.md ("Errors"): every error of the API is
 * {@code {"error","message","details"}}, with the same codes as policy-service and inference-service. Messages and
 * details never quote the request (it may hold patient text), and 500s say nothing of the failure but a reference
 * that is in the log.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return json(e.status(), e.toBody());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        ApiException answer = Violations.toApiException(e.getConstraintViolations());
        return json(answer.status(), answer.toBody());
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
        return json(400, new ApiError("INVALID_JSON", message, details));
    }

    /** Quarkus has its own mapper for exactly this type, with another body; this one wins. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return invalidJson(e);
    }

    /** The API answers 401 in the contract's shape; the pages keep Quarkus' challenge (the login redirect). */
    @ServerExceptionMapper
    public Uni<Response> unauthorized(UnauthorizedException e, RoutingContext context) {
        return isApi(context)
                ? Uni.createFrom().item(unauthenticated())
                : new UnauthorizedExceptionMapper().handle(context);
    }

    @ServerExceptionMapper
    public Uni<Response> authenticationFailed(AuthenticationFailedException e, RoutingContext context) {
        return isApi(context)
                ? Uni.createFrom().item(unauthenticated())
                : new AuthenticationFailedExceptionMapper().handle(context, e);
    }

    // ForbiddenException is mapped in web/PageErrors (a page for the pages), which answers the API with forbidden().

    @ServerExceptionMapper
    public Response alreadyClaimed(TaskAlreadyClaimedException e) {
        return json(409, new ApiError("CONFLICT", "the task is claimed by someone else", Map.of()));
    }

    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockingException e) {
        return json(409, new ApiError("CONFLICT", "the task was changed at the same time; reload it", Map.of()));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, RoutingContext context) {
        JsonProcessingException json = find(e, JsonProcessingException.class);
        if (json != null) {
            return invalidJson(json);
        }
        int status = e.getResponse().getStatus();
        if (status < 400 || (status == 401 || status == 403) && !isApi(context)) {
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
        return json(status, new ApiError(codeFor(status), messageFor(status), Map.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (find(e, org.hibernate.exception.ConstraintViolationException.class) != null) {
            return json(
                    409, new ApiError("CONFLICT", "the request conflicts with a decision already stored", Map.of()));
        }
        if (find(e, OptimisticLockingException.class) != null) {
            return concurrentChange(null);
        }
        String reference = UUID.randomUUID().toString();
        // Type and frame only: exception messages may quote patient text.
        StackTraceElement[] trace = e.getStackTrace();
        LOG.errorf(
                "unexpected %s at %s (reference %s)",
                e.getClass().getName(), trace.length > 0 ? trace[0] : "?", reference);
        LOG.debug("unexpected error", e);
        return json(
                500,
                new ApiError(
                        "INTERNAL_ERROR",
                        "the service failed; quote reference " + reference,
                        Map.of("reference", reference)));
    }

    public static Response unauthenticated() {
        return Response.fromResponse(json(
                        401, new ApiError("UNAUTHORIZED", "a valid bearer token from Keycloak is required", Map.of())))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    public static Response forbidden() {
        return json(403, new ApiError("FORBIDDEN", "your role may not use this endpoint", Map.of()));
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

    static Response json(int status, ApiError body) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body)
                .build();
    }

    private static boolean isApi(RoutingContext context) {
        return context.normalizedPath().startsWith("/api/");
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
