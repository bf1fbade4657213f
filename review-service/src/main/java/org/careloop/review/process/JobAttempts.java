package org.careloop.review.process;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutorContext;

/** Whether the job running now is its last attempt before an incident. */
final class JobAttempts {

    private JobAttempts() {}

    static boolean lastAttempt() {
        JobExecutorContext context = Context.getJobExecutorContext();
        return context == null
                || context.getCurrentJob() == null
                || context.getCurrentJob().getRetries() <= 1;
    }
}
