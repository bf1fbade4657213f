package org.careloop.review.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.careloop.bpmn.PatientReplyModel;
import org.careloop.review.audit.AuditLog;
import org.careloop.review.audit.AuditType;

/**
 * Task_EscalateOverdueReview (the review's SLA timer fired): the review stays open, its priority goes up and senior
 * clinicians are offered it too. Nothing is approved; the patient still sees IN_REVIEW.
 */
@Named("escalateReviewDelegate")
@ApplicationScoped
public class EscalateReviewDelegate extends MessageDelegate {

    /** How much an overdue review's priority rises. */
    static final int PRIORITY_STEP = 20;

    @Inject
    AuditLog audit;

    @Override
    protected void execute(DelegateExecution execution, UUID messageId) {
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        Task review = tasks.createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(PatientReplyModel.TASK_REVIEW_DRAFT)
                .active()
                .singleResult();
        if (review == null) {
            return;
        }
        int priority = review.getPriority() + PRIORITY_STEP;
        tasks.setPriority(review.getId(), priority);
        tasks.addCandidateGroup(review.getId(), PatientReplyModel.SENIOR_GROUP);
        audit.append(
                AuditType.REVIEW_OVERDUE,
                AuditLog.SYSTEM,
                messageId,
                execution.getProcessInstanceId(),
                review.getId(),
                Map.of(
                        "priority",
                        priority,
                        "addedGroup",
                        PatientReplyModel.SENIOR_GROUP,
                        "due",
                        String.valueOf(
                                review.getDueDate() == null
                                        ? ""
                                        : review.getDueDate().toInstant())));
    }
}
