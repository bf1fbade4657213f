package org.careloop.review.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.careloop.bpmn.PatientReplyModel;
import org.careloop.review.audit.AuditLog;
import org.careloop.review.audit.AuditType;
import org.careloop.review.inbox.InboxViews.DecisionResult;
import org.careloop.review.inbox.InboxViews.EscalationView;
import org.jboss.logging.Logger;

/** A clinician hands an open review to the senior clinicians (ESCALATE); the task page shows who did and why. */
@ApplicationScoped
class Escalations {

    static final String ESCALATED_BY = "escalatedBy";
    static final String ESCALATION_REASON = "escalationReason";
    static final String ESCALATED_AT = "escalatedAt";

    private static final Logger LOG = Logger.getLogger(Escalations.class);

    @Inject
    TaskService taskService;

    @Inject
    AuditLog audit;

    /** Hands the open review to the senior clinicians: their group only, unassigned, with the reason on the task. */
    DecisionResult escalate(Task task, String reason, String me, UUID messageId) {
        List<String> before = taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(l -> l.getGroupId())
                .toList();
        before.forEach(group -> taskService.deleteCandidateGroup(task.getId(), group));
        taskService.addCandidateGroup(task.getId(), PatientReplyModel.SENIOR_GROUP);
        if (task.getAssignee() != null) {
            taskService.setAssignee(task.getId(), null);
        }
        Instant at = Instant.now();
        taskService.setVariableLocal(task.getId(), ESCALATED_BY, me);
        taskService.setVariableLocal(task.getId(), ESCALATION_REASON, LongText.of(reason));
        taskService.setVariableLocal(task.getId(), ESCALATED_AT, Date.from(at));
        audit.append(
                AuditType.REVIEW_ESCALATED,
                me,
                messageId,
                task.getProcessInstanceId(),
                task.getId(),
                Map.of(
                        "fromGroups",
                        String.join(",", before),
                        "toGroup",
                        PatientReplyModel.SENIOR_GROUP,
                        "reasonLength",
                        reason.length()));
        LOG.infof("task %s escalated to %s by %s", task.getId(), PatientReplyModel.SENIOR_GROUP, me);
        return new DecisionResult(
                task.getId(), messageId.toString(), task.getProcessInstanceId(), DecisionAction.ESCALATE, null, me, at);
    }

    /** Who escalated the task, why and when; null when nobody did. */
    EscalationView of(Task task) {
        Object escalatedBy = taskService.getVariableLocal(task.getId(), ESCALATED_BY);
        if (escalatedBy == null) {
            return null;
        }
        return new EscalationView(
                escalatedBy.toString(),
                (String) taskService.getVariableLocal(task.getId(), ESCALATION_REASON),
                ReviewTasks.instant((Date) taskService.getVariableLocal(task.getId(), ESCALATED_AT)));
    }
}
