package org.careloop.review.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.task.Task;
import org.careloop.review.audit.AuditLog;
import org.careloop.review.audit.AuditType;
import org.careloop.review.security.CurrentUser;
import org.careloop.review.support.Sha256;

/**
 * Records a clinician's approval of a text with its SHA-256: the record the release checks again, and without which
 * nothing is released.
 */
@ApplicationScoped
class ApprovalRecorder {

    @Inject
    AuditLog audit;

    Approval approve(
            Task task,
            UUID messageId,
            DecisionAction action,
            String text,
            String reason,
            CurrentUser user,
            List<String> acknowledged) {
        Approval approval = new Approval();
        approval.id = UUID.randomUUID();
        approval.processInstanceId = task.getProcessInstanceId();
        approval.taskId = task.getId();
        approval.messageId = messageId;
        approval.clinicianUsername = user.username();
        approval.clinicianDisplayName = user.displayName();
        approval.action = action;
        approval.textSha256 = Sha256.hex(text);
        approval.reason = reason;
        approval.approvedAt = Instant.now();
        approval.persistAndFlush();
        audit.append(
                AuditType.DECISION_MADE,
                user.username(),
                messageId,
                task.getProcessInstanceId(),
                task.getId(),
                Map.of(
                        "action",
                        action.name(),
                        "approvalId",
                        approval.id.toString(),
                        "textSha256",
                        approval.textSha256,
                        "stage",
                        ReviewTasks.stage(task),
                        "acknowledged",
                        String.join(",", acknowledged)));
        return approval;
    }
}
