package org.careloop.review.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.careloop.bpmn.PatientReplyModel;
import org.careloop.review.audit.AuditLog;
import org.careloop.review.audit.AuditType;

/**
 * A review whose SLA timer fired: the review stays open, its priority goes up and senior clinicians are offered it
 * too. Nothing is approved; the patient still sees IN_REVIEW.
 */
@ApplicationScoped
public class OverdueReviews {

    /** How much an overdue review's priority rises. */
    static final int PRIORITY_STEP = 20;

    @Inject
    TaskService tasks;

    @Inject
    AuditLog audit;

    public void escalate(String processInstanceId, UUID messageId) {
        Task review = tasks.createTaskQuery()
                .processInstanceId(processInstanceId)
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
                processInstanceId,
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
