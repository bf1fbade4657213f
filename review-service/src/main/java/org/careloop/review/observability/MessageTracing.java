package org.careloop.review.observability;

import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.careloop.support.tracing.MessageIdFromBaggage;
import org.jboss.logging.MDC;

/**
 * One message's trace across its asynchronous steps. At intake the W3C {@code traceparent} of the request that
 * accepted the message is stored with the process instance; each job's step restores it as its span's parent, so the
 * steps and the calls they make to policy- and inference-service belong to the message's trace. The message id is a
 * span attribute, the MDC's {@code messageId} and W3C baggage for the services called (never the message's text).
 */
@ApplicationScoped
public class MessageTracing {

    /** Process variable: the W3C trace context of the request that accepted the message. */
    public static final String TRACE_PARENT_VARIABLE = "traceparent";

    /** Span attribute, baggage entry and (as {@code messageId}) MDC key carrying the message id. */
    public static final String MESSAGE_ID_ATTRIBUTE = MessageIdFromBaggage.MESSAGE_ID;

    public static final String MESSAGE_ID_MDC = MessageIdFromBaggage.MDC_KEY;

    private static final TextMapGetter<Map<String, String>> MAP_GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    // The step span current on this thread: non-recording spans (not sampled) have no name to tell them by.
    private static final ThreadLocal<Span> STEP_SPANS = new ThreadLocal<>();

    private final Tracer tracer;

    public MessageTracing(Tracer tracer) {
        this.tracer = tracer;
    }

    /** The current trace context as a W3C traceparent, or null outside a trace. */
    public String currentTraceParent() {
        if (!Span.current().getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return carrier.get("traceparent");
    }

    /** Whether {@code span} is the one a step of the flow started on this thread (not, say, an HTTP request's). */
    static boolean isStepSpan(Span span) {
        return span.getSpanContext().isValid() && STEP_SPANS.get() == span;
    }

    /**
     * A span for one step of the message's flow, current until closed: a child of the current span when there is one
     * (a step run in the same transaction as the one before it), else of the traceparent stored at intake.
     */
    public StepSpan start(FlowStep step, DelegateExecution execution) {
        String messageId = execution.getProcessBusinessKey();
        Context parent = Context.current();
        if (!Span.fromContext(parent).getSpanContext().isValid()
                && execution.getVariable(TRACE_PARENT_VARIABLE) instanceof String traceParent) {
            parent = W3CTraceContextPropagator.getInstance()
                    .extract(Context.root(), Map.of("traceparent", traceParent), MAP_GETTER);
        }
        Span span = tracer.spanBuilder("careloop " + step.label())
                .setParent(parent)
                .setAttribute("careloop.step", step.label())
                .setAttribute("camunda.activity_id", String.valueOf(execution.getCurrentActivityId()))
                .startSpan();
        Context context = parent.with(span);
        if (messageId != null) {
            span.setAttribute(MESSAGE_ID_ATTRIBUTE, messageId);
            context = Baggage.fromContext(context).toBuilder()
                    .put(MESSAGE_ID_ATTRIBUTE, messageId)
                    .build()
                    .storeInContext(context);
        }
        return new StepSpan(span, context.makeCurrent(), messageId);
    }

    /** A step's span, made current with the message id in the MDC; closing ends it and restores both. */
    public static final class StepSpan implements AutoCloseable {

        private final Span span;
        private final Scope scope;
        private final Object previousMessageId;

        private final Span previousStepSpan;

        StepSpan(Span span, Scope scope, String messageId) {
            this.span = span;
            this.scope = scope;
            this.previousStepSpan = STEP_SPANS.get();
            STEP_SPANS.set(span);
            this.previousMessageId = MDC.get(MESSAGE_ID_MDC);
            if (messageId != null) {
                MDC.put(MESSAGE_ID_MDC, messageId);
            }
        }

        /** The step failed: the span says so with the exception's type only (its message may quote a service). */
        public void failed(Throwable error) {
            span.setStatus(StatusCode.ERROR, error.getClass().getSimpleName());
            span.setAttribute("exception.type", error.getClass().getName());
        }

        @Override
        public void close() {
            try {
                scope.close();
            } finally {
                span.end();
                STEP_SPANS.set(previousStepSpan);
                if (previousMessageId == null) {
                    MDC.remove(MESSAGE_ID_MDC);
                } else {
                    MDC.put(MESSAGE_ID_MDC, previousMessageId);
                }
            }
        }
    }
}
