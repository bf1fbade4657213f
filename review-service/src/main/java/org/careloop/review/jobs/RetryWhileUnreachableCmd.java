package org.careloop.review.jobs;

import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.careloop.review.errors.ServiceUnreachableException;
import org.careloop.review.screening.ScreeningDeadline;

/**
 * Camunda's handling of a failed job, except that a job that could not reach a service with a schedule of its own
 * waits by that schedule instead of the model's retry cycle, from its beginning when the job's last failure was of
 * another kind. The stored failure message is the ServiceUnreachableException's, which names the service
 * ({@link ServicesBack} reads it). A screening job is tried again no later than its screening deadline, whatever the
 * schedule says: that attempt sends a message still not screened to an urgent review (ScreenMessageDelegate). A job
 * that lost a deadlock does not use up an attempt the first time ({@link DatabaseConflicts}).
 */
class RetryWhileUnreachableCmd extends DefaultJobRetryCmd {

    private final Optional<ServiceUnreachableException> unreachable;
    private final FailedJobRetryConfiguration schedule;
    private final ScreeningDeadline screeningDeadline;
    /** Decided once, from the stored failure before this one is logged: see {@link DatabaseConflicts}. */
    private Boolean conflictAtNoCost;

    /** {@code schedule}: the unreachable service's, or null for the model's retry cycle. */
    RetryWhileUnreachableCmd(
            String jobId,
            Throwable exception,
            Optional<ServiceUnreachableException> unreachable,
            FailedJobRetryConfiguration schedule,
            ScreeningDeadline screeningDeadline) {
        super(jobId, exception);
        this.unreachable = unreachable;
        this.schedule = schedule;
        this.screeningDeadline = screeningDeadline;
    }

    @Override
    public Object execute(CommandContext commandContext) {
        Object result = super.execute(commandContext);
        JobEntity job = getJob();
        if (job != null
                && job.getRetries() > 0
                && job.getDuedate() != null
                && job.getCreateTime() != null
                && isScreening(getCurrentActivity(commandContext, job))) {
            Date dueBy = screeningDeadline.dueBy(job.getCreateTime());
            if (job.getDuedate().after(dueBy)) {
                job.setDuedate(dueBy);
            }
        }
        return result;
    }

    private static boolean isScreening(ActivityImpl activity) {
        return activity != null && Boolean.TRUE.equals(activity.getProperty(ScreeningFirst.SCREENING_PROPERTY));
    }

    @Override
    protected FailedJobRetryConfiguration getFailedJobRetryConfiguration(JobEntity job, ActivityImpl activity) {
        return schedule != null ? schedule : super.getFailedJobRetryConfiguration(job, activity);
    }

    @Override
    protected boolean isFirstJobExecution(JobEntity job) {
        if (super.isFirstJobExecution(job)) {
            return true;
        }
        // Only a job that starts waiting by the schedule starts it from the beginning; any other change of failure
        // counts on: drafting, which has no schedule, still runs out of its model's attempts and goes on without a
        // draft.
        Optional<String> before = ServiceUnreachableException.serviceIn(job.getExceptionMessage());
        Optional<String> now = unreachable.map(ServiceUnreachableException::service);
        return schedule != null && !Objects.equals(before, now);
    }

    @Override
    protected boolean shouldDecrementRetriesFor(Throwable failure) {
        return !conflictAtNoCost(getJob()) && super.shouldDecrementRetriesFor(failure);
    }

    @Override
    protected void logException(JobEntity job) {
        boolean atNoCost = conflictAtNoCost(job);
        super.logException(job);
        unreachable.ifPresent(e -> job.setExceptionMessage(e.getMessage()));
        if (atNoCost) {
            job.setExceptionMessage(DatabaseConflicts.MARKER + job.getExceptionMessage());
        }
    }

    private boolean conflictAtNoCost(JobEntity job) {
        if (conflictAtNoCost == null) {
            conflictAtNoCost = job != null
                    && DatabaseConflicts.isConflict(exception)
                    && !DatabaseConflicts.triedAgainBefore(job.getExceptionMessage());
        }
        return conflictAtNoCost;
    }
}
