package org.careloop.review.observability;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.quarkus.opentelemetry.runtime.QuarkusContextStorage;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * A step's calls to policy- and inference-service belong to the message's trace and carry its id as baggage. The REST
 * client's tracing filter takes its parent from the Vert.x context of the request (and, after the service token is
 * fetched, runs on an event-loop thread), not from the job executor's thread where the step's span is current. This
 * runs first, on the step's thread, and makes the step's context the request's; the response gives it back.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class StepTraceHeaders implements ClientRequestFilter, ClientResponseFilter {

    // Properties of the Quarkus REST client's request: its Vert.x context, and the scope this filter opened in it.
    private static final String VERTX_CONTEXT = "__context";
    private static final String SCOPE = StepTraceHeaders.class.getName() + ".scope";

    @Override
    public void filter(ClientRequestContext request) {
        Context current = Context.current();
        if (MessageTracing.isStepSpan(Span.fromContext(current))
                && request.getProperty(VERTX_CONTEXT) instanceof io.vertx.core.Context vertxContext) {
            request.setProperty(SCOPE, QuarkusContextStorage.INSTANCE.attach(vertxContext, current));
        }
    }

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) {
        if (request.getProperty(SCOPE) instanceof Scope scope) {
            request.removeProperty(SCOPE);
            scope.close();
        }
    }
}
