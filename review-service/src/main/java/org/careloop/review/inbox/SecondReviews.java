package org.careloop.review.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.careloop.review.audit.AuditLog;
import org.careloop.review.audit.AuditType;
import org.careloop.review.errors.ApiException;
import org.careloop.review.inbox.InboxViews.ApprovedTextView;
import org.careloop.review.inbox.InboxViews.DecisionRequest;
import org.careloop.review.inbox.InboxViews.DecisionResult;
import org.careloop.review.process.ProcessVariables;
import org.careloop.review.security.CurrentUser;
import org.jboss.logging.Logger;

/**
 * The four-eyes step: a senior clinician who did not approve the text confirms exactly that text (APPROVE) or sends
 * it back to the review (REJECT, with a reason). The release checks two different approvers again.
 */
@ApplicationScoped
class SecondReviews {

    private static final Logger LOG = Logger.getLogger(SecondReviews.class);

    @Inject
    TaskService taskService;

    @Inject
    ApprovalRecorder approvals;

    @Inject
    AuditLog audit;

    DecisionResult decide(Task task, DecisionAction action, DecisionRequest request, CurrentUser user, UUID messageId) {
        String me = user.username();
        requireSecondPairOfEyes(task, me);
        if (action != DecisionAction.APPROVE && action != DecisionAction.REJECT) {
            throw ApiException.badRequest(
                    "a second review can APPROVE (confirm the approved text) or REJECT (send it back "
                            + "to the review, with a reason)");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.DECISION_ACTION, action.name());
        variables.put(ProcessVariables.SECOND_REVIEWED_BY, me);
        String sha256 = null;
        Instant at = Instant.now();
        if (action == DecisionAction.APPROVE) {
            String text = (String) taskService.getVariable(task.getId(), ProcessVariables.REPLY_TEXT);
            Approval approval =
                    approvals.approve(task, messageId, DecisionAction.APPROVE, text, request.reason(), user, List.of());
            sha256 = approval.textSha256;
            at = approval.approvedAt;
        } else {
            sendBack(task, request, me, messageId);
        }
        if (task.getAssignee() == null) {
            taskService.setAssignee(task.getId(), me);
        }
        taskService.complete(task.getId(), variables);
        LOG.infof("second review %s decided %s by %s", task.getId(), action, me);
        return new DecisionResult(
                task.getId(), messageId.toString(), task.getProcessInstanceId(), action, sha256, me, at);
    }

    private void sendBack(Task task, DecisionRequest request, String me, UUID messageId) {
        if (request.reason() == null || request.reason().isBlank()) {
            throw new ApiException(
                    400,
                    "VALIDATION_FAILED",
                    "sending the text back requires a reason",
                    Map.of("reason", "must not be blank"));
        }
        audit.append(
                AuditType.DECISION_MADE,
                me,
                messageId,
                task.getProcessInstanceId(),
                task.getId(),
                Map.of("action", "SEND_BACK", "stage", ReviewTasks.SECOND_REVIEW));
    }

    /** The first approver may not do the second review, nor claim it. */
    void requireSecondPairOfEyes(Task task, String me) {
        Object firstApprover = taskService.getVariable(task.getId(), ProcessVariables.REVIEWED_BY);
        if (me.equals(firstApprover)) {
            throw new ApiException(
                    403,
                    "SECOND_REVIEWER_REQUIRED",
                    "you approved this text: the second review must be done by another senior clinician",
                    Map.of("firstApprover", me));
        }
    }

    /** What the second reviewer confirms: the text the first reviewer approved, by whom, how. */
    ApprovedTextView approvedText(Task task) {
        Object action = taskService.getVariable(task.getId(), ProcessVariables.DECISION_ACTION);
        return new ApprovedTextView(
                (String) taskService.getVariable(task.getId(), ProcessVariables.REPLY_TEXT),
                (String) taskService.getVariable(task.getId(), ProcessVariables.REVIEWED_BY),
                String.valueOf(action));
    }
}
