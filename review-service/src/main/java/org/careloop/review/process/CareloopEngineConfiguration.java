package org.careloop.review.process;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.quarkus.engine.extension.QuarkusProcessEngineConfiguration;
import org.camunda.bpm.quarkus.engine.extension.impl.ManagedJobExecutor;
import org.careloop.review.jobs.JobExecutorStart;
import org.careloop.review.jobs.JobsInFlight;
import org.careloop.review.jobs.NodeId;
import org.careloop.review.jobs.ScreeningFirst;
import org.careloop.review.jobs.TrackedJobExecutor;
import org.careloop.review.jobs.UnreachableServices;
import org.careloop.review.observability.FlowObservation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The process engine's configuration: the Quarkus extension's defaults and {@code quarkus.camunda.*} settings,
 * with expressions that cannot call into Java ({@link RestrictedExpressionManager}), screening jobs ahead of the
 * others ({@link ScreeningFirst}), a job executor that locks jobs in this node's name ({@link NodeId}), knows which
 * jobs it holds ({@link TrackedJobExecutor}) and is started by {@link JobExecutorStart}, and retries spread over
 * minutes for a job that could not reach a service ({@link UnreachableServices}), and the flow observed for metrics
 * and traces ({@link FlowObservation}), and the history without the rows nothing reads ({@link StoredHistory}). The extension uses a bean of this
 * type when there is one; a singleton, because the engine reads the configuration's fields directly and a client
 * proxy would hide them.
 */
@Singleton
public class CareloopEngineConfiguration extends QuarkusProcessEngineConfiguration {

    @Inject
    NodeId node;

    @Inject
    JobsInFlight inFlight;

    @Inject
    UnreachableServices unreachable;

    @Inject
    FlowObservation observation;

    @ConfigProperty(name = "careloop.history.job-log", defaultValue = "false")
    boolean historyJobLog;

    @ConfigProperty(name = "careloop.history.variable-details", defaultValue = "false")
    boolean historyVariableDetails;

    @Override
    protected void init() {
        List<BpmnParseListener> listeners = new ArrayList<>();
        if (getCustomPreBPMNParseListeners() != null) {
            listeners.addAll(getCustomPreBPMNParseListeners());
        }
        listeners.add(new ScreeningFirst());
        listeners.add(observation.parseListener());
        setCustomPreBPMNParseListeners(listeners);
        setJobExecutorAcquireByPriority(true);
        setFailedJobCommandFactory(unreachable.retries());
        // Metrics and traces of the flow (README "Operating careloop"), observed by the engine, not by the delegates.
        setDelegateInterceptor(observation.delegateInterceptor());
        setMetricsRegistry(observation.engineMeters());
        setHistoryEventHandler(new StoredHistory(historyJobLog, historyVariableDetails));
        super.init();
    }

    @Override
    protected void initExpressionManager() {
        super.initExpressionManager();
        // The CDI configuration this extends sets its own manager at init, unconditionally: replace it afterwards.
        // The engine's functions (now(), currentUser(), ...) are left out on purpose: no model may call them.
        expressionManager = new RestrictedExpressionManager();
    }

    @Override
    protected void initJobExecutor() {
        if (!(jobExecutor instanceof ManagedJobExecutor configured)) {
            throw new IllegalStateException("expected the Camunda extension's job executor, found " + jobExecutor);
        }
        jobExecutor = TrackedJobExecutor.replacing(configured, inFlight);
        super.initJobExecutor();
        jobExecutor.setLockOwner(node.value());
        // Not with the engine: first the locks this node's previous run left behind are released.
        jobExecutor.setAutoActivate(false);
    }
}
