package org.careloop.review.observability;

import org.camunda.bpm.engine.impl.bpmn.delegate.JavaDelegateInvocation;
import org.camunda.bpm.engine.impl.delegate.DefaultDelegateInterceptor;
import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * The engine's delegate interceptor, observing each step a service task's delegate runs: a span in the message's
 * trace with the message id in the MDC, the step's time, and what it decided once committed. Listeners and
 * expressions pass through unobserved.
 */
class ObservedDelegates extends DefaultDelegateInterceptor {

    private final FlowObservation observation;
    private final MessageTracing tracing;

    ObservedDelegates(FlowObservation observation, MessageTracing tracing) {
        this.observation = observation;
        this.tracing = tracing;
    }

    @Override
    public void handleInvocation(DelegateInvocation invocation) throws Exception {
        FlowStep step = invocation instanceof JavaDelegateInvocation
                        && invocation.getContextExecution() instanceof ExecutionEntity execution
                ? FlowStep.of(execution.getActivity())
                : null;
        if (step == null) {
            super.handleInvocation(invocation);
            return;
        }
        ExecutionEntity execution = (ExecutionEntity) invocation.getContextExecution();
        long started = System.nanoTime();
        boolean succeeded = false;
        try (MessageTracing.StepSpan span = tracing.start(step, execution)) {
            try {
                super.handleInvocation(invocation);
                succeeded = true;
            } catch (Exception | Error e) {
                span.failed(e);
                throw e;
            }
        } finally {
            observation.stepTook(step, succeeded, System.nanoTime() - started);
        }
        observation.stepSucceeded(step, execution);
    }
}
