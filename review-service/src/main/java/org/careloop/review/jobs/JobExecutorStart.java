package org.careloop.review.jobs;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.careloop.review.process.CareloopEngineConfiguration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Starts the job executor, which the engine leaves stopped ({@link CareloopEngineConfiguration}), once this node's
 * stale locks are released: after a crash the messages it held go on at once instead of after the lock time.
 */
@ApplicationScoped
public class JobExecutorStart {

    private static final Logger LOG = Logger.getLogger(JobExecutorStart.class);

    @Inject
    NodeId node;

    @Inject
    StaleLocks staleLocks;

    @Inject
    CareloopEngineConfiguration engine;

    @Inject
    LeftoverLocks leftoverLocks;

    // Off only for tools that run the application beside the service nodes (seeding.SeedInboxCommand).
    @ConfigProperty(name = "careloop.job-executor.start", defaultValue = "true")
    boolean startJobExecutor;

    void onStart(@Observes StartupEvent start) {
        if (!startJobExecutor) {
            LOG.info("job executor not started (careloop.job-executor.start=false)");
            return;
        }
        int released = staleLocks.release(node.value());
        if (released > 0) {
            LOG.infof("node %s: released %d job locks left by its previous run", node.value(), released);
        }
        engine.getJobExecutor().start();
        LOG.infof("job executor started as node %s", node.value());
        leftoverLocks.start();
    }
}
