package org.careloop.review.observability;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.DelegateInterceptor;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.careloop.review.process.ProcessVariables;

/**
 * What the process engine is given to observe the flow without touching the model or its delegates: a parse listener
 * ({@link FlowSteps}), a delegate interceptor ({@link ObservedDelegates}) and the engine's meters
 * ({@link EngineMeters}). The listeners and the interceptor call back here.
 */
@ApplicationScoped
public class FlowObservation {

    private final FlowMetrics metrics;
    private final MessageTracing tracing;
    private final AfterCommit afterCommit;
    private final MeterRegistry registry;

    public FlowObservation(
            FlowMetrics metrics, MessageTracing tracing, AfterCommit afterCommit, MeterRegistry registry) {
        this.metrics = metrics;
        this.tracing = tracing;
        this.afterCommit = afterCommit;
        this.registry = registry;
    }

    public BpmnParseListener parseListener() {
        return new FlowSteps(this);
    }

    public DelegateInterceptor delegateInterceptor() {
        return new ObservedDelegates(this, tracing);
    }

    public MetricsRegistry engineMeters() {
        return new EngineMeters(registry);
    }

    /** patient-reply started: the message was accepted. Its trace context is kept for the asynchronous steps. */
    void processStarted(DelegateExecution execution) {
        String traceParent = tracing.currentTraceParent();
        if (traceParent != null) {
            execution.setVariable(MessageTracing.TRACE_PARENT_VARIABLE, traceParent);
        }
        afterCommit.run(metrics::received);
    }

    void reviewTaskCreated(FlowStep step, DelegateTask task) {
        Date accepted = acceptedAt(task.getProcessInstanceId());
        if (accepted != null) {
            Duration took = Duration.ofMillis(ClockUtil.getCurrentTime().getTime() - accepted.getTime());
            afterCommit.run(() -> metrics.acceptedToTask(step, took));
        }
    }

    void stepTook(FlowStep step, boolean succeeded, long nanos) {
        metrics.stepTook(step, succeeded, nanos);
    }

    /** A step's work is done (its transaction still to commit): what it decided, counted once committed. */
    void stepSucceeded(FlowStep step, DelegateExecution execution) {
        switch (step) {
            case SCREEN -> {
                Object severity = execution.getVariable(ProcessVariables.HIGHEST_SEVERITY);
                afterCommit.run(() -> metrics.screened(severity));
            }
            case DRAFT -> {
                Object available = execution.getVariable(ProcessVariables.DRAFT_AVAILABLE);
                afterCommit.run(() -> metrics.drafted(available));
            }
            case CHECK -> {
                Object risk = execution.getVariable(ProcessVariables.RISK_LEVEL);
                afterCommit.run(() -> metrics.checked(risk));
            }
            case RELEASE -> released(execution.getProcessInstanceId());
            default -> {}
        }
    }

    private void released(String processInstanceId) {
        long now = ClockUtil.getCurrentTime().getTime();
        Date accepted = acceptedAt(processInstanceId);
        Date firstTask = firstTaskAt(processInstanceId);
        afterCommit.run(() -> {
            if (accepted != null) {
                metrics.acceptedToRelease(Duration.ofMillis(now - accepted.getTime()));
            }
            if (firstTask != null) {
                metrics.taskToRelease(Duration.ofMillis(now - firstTask.getTime()));
            }
        });
    }

    // From the engine's history (level full), in the step's own command context.
    private static Date acceptedAt(String processInstanceId) {
        HistoricProcessInstance instance = Context.getProcessEngineConfiguration()
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId)
                .singleResult();
        return instance == null ? null : instance.getStartTime();
    }

    private static Date firstTaskAt(String processInstanceId) {
        return Context.getProcessEngineConfiguration()
                .getHistoryService()
                .createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId)
                .orderByHistoricActivityInstanceStartTime()
                .asc()
                .listPage(0, 1)
                .stream()
                .map(HistoricTaskInstance::getStartTime)
                .findFirst()
                .orElse(null);
    }
}
