package org.careloop.support.tracing;

import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.trace.Span;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * The message a call is about, for the logs and the trace: review-service puts the message id in the W3C baggage of
 * the calls its steps make; here it becomes the MDC's {@code messageId} and an attribute of the request's span. Only a
 * UUID is taken, so that a caller cannot write anything else into the logs.
 */
@Provider
public class MessageIdFromBaggage implements ContainerRequestFilter {

    /** The baggage entry and span attribute review-service sets. */
    public static final String MESSAGE_ID = "careloop.message_id";

    /** The MDC key, the same in the three services. */
    public static final String MDC_KEY = "messageId";

    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @Override
    public void filter(ContainerRequestContext request) {
        String messageId = Baggage.current().getEntryValue(MESSAGE_ID);
        if (messageId != null && UUID.matcher(messageId).matches()) {
            MDC.put(MDC_KEY, messageId);
            Span.current().setAttribute(MESSAGE_ID, messageId);
        }
    }
}
