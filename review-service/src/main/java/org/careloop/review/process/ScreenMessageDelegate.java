package org.careloop.review.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutorContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.careloop.bpmn.routing.ReviewRouting;
import org.careloop.review.screening.Screening;
import org.careloop.review.screening.ScreeningDeadline;
import org.careloop.review.screening.ScreeningService;

/**
 * Task_ScreenMessage: the message's screening ({@link ScreeningService}) and the routing table's inputs. A screening
 * that fails once the {@link ScreeningDeadline} has passed, or on the job's last attempt, does not fail the step: the
 * message leaves as an emergency that was not screened, so the patient sees the emergency safety message and on-call
 * an urgent review at once. Without de-identified text nothing is drafted; Task_ScreenBesideReview tries again.
 */
@Named("screenMessageDelegate")
@ApplicationScoped
public class ScreenMessageDelegate extends MessageDelegate {

    @Inject
    ScreeningService screenings;

    @Inject
    ScreeningDeadline deadline;

    @Override
    protected void execute(DelegateExecution execution, UUID messageId) {
        Screening screening;
        try {
            screening = screenings.screenOnce(messageId, execution.getProcessInstanceId());
        } catch (RuntimeException e) {
            if (!stopWaiting()) {
                throw e;
            }
            screenings.notScreenedInTime(messageId, execution.getProcessInstanceId(), e);
            execution.setVariable(ProcessVariables.HIGHEST_SEVERITY, ReviewRouting.EMERGENCY_SEVERITY);
            execution.setVariable(ProcessVariables.RED_FLAG_SEVERITY, ReviewRouting.EMERGENCY_SEVERITY);
            execution.setVariable(ProcessVariables.RED_FLAG_CATEGORY, ReviewRouting.NOT_SCREENED_CATEGORY);
            execution.setVariable(ProcessVariables.RISK_LEVEL, "NONE");
            return;
        }
        execution.setVariable(ProcessVariables.HIGHEST_SEVERITY, screening.highestSeverity);
        // The routing table's inputs. A new screening means the draft is still to come: no risk level yet.
        execution.setVariable(ProcessVariables.RED_FLAG_SEVERITY, screening.highestSeverity);
        execution.setVariable(ProcessVariables.RED_FLAG_CATEGORY, ScreeningService.leadingCategory(screening));
        execution.setVariable(ProcessVariables.RISK_LEVEL, "NONE");
    }

    /**
     * Whether this failed screening is the last one the message waits for: the deadline counted from the job's
     * creation (when the message or the answer was accepted) has passed, or no attempt is left. Outside a job (no
     * way to tell how long the message has waited) a human sees it now.
     */
    private boolean stopWaiting() {
        JobExecutorContext context = Context.getJobExecutorContext();
        JobEntity job = context == null ? null : context.getCurrentJob();
        return job == null
                || job.getCreateTime() == null
                || job.getRetries() <= 1
                || deadline.passed(job.getCreateTime(), ClockUtil.getCurrentTime());
    }
}
