package org.careloop.review.jobs;

import java.lang.reflect.Field;
import java.util.List;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.ExecuteJobsRunnable;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutorContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobFailureCollector;
import org.camunda.bpm.engine.impl.jobexecutor.RejectedJobsHandler;
import org.camunda.bpm.quarkus.engine.extension.impl.ManagedJobExecutor;
import org.eclipse.microprofile.context.ManagedExecutor;

/**
 * The Quarkus extension's job executor, keeping {@link JobsInFlight} up to date: a batch counts from its hand-over by
 * the acquisition, each job until its thread is done with it, failure handling included; a batch the full queue
 * refused counts a few seconds more, until the acquisition's next cycle submits it again (or has dropped it).
 */
public class TrackedJobExecutor extends ManagedJobExecutor {

    private final JobsInFlight inFlight;

    TrackedJobExecutor(ManagedExecutor taskExecutor, JobsInFlight inFlight) {
        super(taskExecutor);
        this.inFlight = inFlight;
    }

    /** The same executor as {@code configured}, with the settings the extension applied to it. */
    public static TrackedJobExecutor replacing(ManagedJobExecutor configured, JobsInFlight inFlight) {
        TrackedJobExecutor tracked = new TrackedJobExecutor(taskExecutorOf(configured), inFlight);
        tracked.setLockOwner(configured.getLockOwner());
        tracked.setLockTimeInMillis(configured.getLockTimeInMillis());
        tracked.setMaxJobsPerAcquisition(configured.getMaxJobsPerAcquisition());
        tracked.setWaitTimeInMillis(configured.getWaitTimeInMillis());
        tracked.setWaitIncreaseFactor(configured.getWaitIncreaseFactor());
        tracked.setMaxWait(configured.getMaxWait());
        tracked.setBackoffTimeInMillis(configured.getBackoffTimeInMillis());
        tracked.setMaxBackoff(configured.getMaxBackoff());
        tracked.setBackoffDecreaseThreshold(configured.getBackoffDecreaseThreshold());
        tracked.setAutoActivate(configured.isAutoActivate());
        tracked.setRejectedJobsHandler(configured.getRejectedJobsHandler());
        return tracked;
    }

    // The extension builds its thread pool from quarkus.camunda.job-executor.thread-pool.* and keeps it in a protected
    // field without a getter; reusing it keeps those settings.
    private static ManagedExecutor taskExecutorOf(ManagedJobExecutor configured) {
        try {
            Field field = ManagedJobExecutor.class.getDeclaredField("taskExecutor");
            field.setAccessible(true);
            return (ManagedExecutor) field.get(configured);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the Camunda extension's job executor changed: no taskExecutor", e);
        }
    }

    @Override
    public void setRejectedJobsHandler(RejectedJobsHandler handler) {
        super.setRejectedJobsHandler(
                handler == null
                        ? null
                        : (jobIds, engine, executor) -> {
                            inFlight.handedBack(jobIds);
                            handler.jobsRejected(jobIds, engine, executor);
                        });
    }

    @Override
    public Runnable getExecuteJobsRunnable(List<String> jobIds, ProcessEngineImpl processEngine) {
        inFlight.add(jobIds);
        return new TrackedRunnable(jobIds, processEngine, inFlight);
    }

    static class TrackedRunnable extends ExecuteJobsRunnable {

        private final JobsInFlight inFlight;

        TrackedRunnable(List<String> jobIds, ProcessEngineImpl processEngine, JobsInFlight inFlight) {
            super(jobIds, processEngine);
            this.inFlight = inFlight;
        }

        @Override
        protected void executeJob(String jobId, CommandExecutor commandExecutor, JobFailureCollector failures) {
            boolean failed = true;
            try {
                super.executeJob(jobId, commandExecutor, failures);
                failed = false;
            } finally {
                // The message's next exclusive job, locked for this thread in the job's own transaction.
                JobExecutorContext context = Context.getJobExecutorContext();
                if (context != null) {
                    inFlight.add(context.getCurrentProcessorJobQueue());
                }
                inFlight.done(jobId, failed);
            }
        }

        @Override
        protected void unlockJob(String jobId, CommandExecutor commandExecutor) {
            boolean failed = true;
            try {
                super.unlockJob(jobId, commandExecutor);
                failed = false;
            } finally {
                inFlight.done(jobId, failed);
            }
        }
    }
}
