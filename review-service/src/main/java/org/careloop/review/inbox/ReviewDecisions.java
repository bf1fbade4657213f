package org.careloop.review.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.careloop.review.errors.ApiException;
import org.careloop.review.errors.RequestValidation;
import org.careloop.review.inbox.InboxViews.DecisionRequest;
import org.careloop.review.inbox.InboxViews.DecisionResult;
import org.careloop.review.oversight.DecisionMeasurer;
import org.careloop.review.oversight.DecisionSignals;
import org.careloop.review.oversight.canary.CanaryGuard;
import org.careloop.review.process.ProcessVariables;
import org.careloop.review.security.CurrentUser;
import org.jboss.logging.Logger;

/**
 * The clinician's decision on a review task, from the API or the inbox page: approve, edit and approve, reject and
 * write the reply, ask the patient, escalate, or in a second review confirm or send back. Every decision is measured
 * for oversight here, whichever channel it came through.
 */
@ApplicationScoped
public class ReviewDecisions {

    private static final Logger LOG = Logger.getLogger(ReviewDecisions.class);

    @Inject
    TaskService taskService;

    @Inject
    ReviewTasks reviewTasks;

    @Inject
    ApprovalRecorder approvals;

    @Inject
    SecondReviews secondReviews;

    @Inject
    Escalations escalations;

    @Inject
    DecisionMeasurer measurer;

    @Inject
    CanaryGuard canaries;

    @Inject
    RequestValidation requests;

    /** A decision through the API. */
    @Transactional
    public DecisionResult decide(String taskId, DecisionRequest request, CurrentUser user) {
        return decide(taskId, request, user, DecisionSignals.API);
    }

    /**
     * Records the clinician's decision with the SHA-256 of the text to release, then completes the task. The
     * release checks that hash again; this record is what makes a release possible. ESCALATE does not complete the
     * task: it hands it to the senior clinicians. Every decision is measured ({@link DecisionMeasurer}) in this
     * transaction; approving a draft with HIGH findings or an emergency needs each of them acknowledged.
     */
    @Transactional
    public DecisionResult decide(String taskId, DecisionRequest request, CurrentUser user, DecisionSignals signals) {
        // The API checked the record already (@Valid); the page builds one and gets the same rules here.
        DecisionAction action = DecisionAction.valueOf(requests.check(request).action());
        Task task = reviewTasks.visibleOpenTask(taskId, user);
        String me = user.username();
        if (task.getAssignee() != null && !task.getAssignee().equals(me)) {
            throw ApiException.conflict("the task is claimed by someone else");
        }
        UUID messageId = reviewTasks.messageId(task);
        DraftUnderReview review = DraftUnderReview.of(messageId);
        String team = reviewTasks.reviewGroup(task);
        if (ReviewTasks.isSecondReview(task)) {
            DecisionResult result = secondReviews.decide(task, action, request, user, messageId);
            measure(result, ReviewTasks.SECOND_REVIEW, team, null, List.of(), review, signals);
            return result;
        }
        validate(action, request);
        if (action == DecisionAction.ESCALATE) {
            DecisionResult result = escalations.escalate(task, request.reason(), me, messageId);
            measure(result, ReviewTasks.REVIEW, team, null, List.of(), review, signals);
            return result;
        }
        return review(task, action, request, user, messageId, review, team, signals);
    }

    /** A first review's decision that releases a text: the reply, or the question to the patient. */
    private DecisionResult review(
            Task task,
            DecisionAction action,
            DecisionRequest request,
            CurrentUser user,
            UUID messageId,
            DraftUnderReview review,
            String team,
            DecisionSignals signals) {
        String taskId = task.getId();
        String me = user.username();
        String text = action == DecisionAction.REQUEST_INFO ? request.text() : textToRelease(action, request, review);
        boolean approves = action == DecisionAction.APPROVE || action == DecisionAction.EDIT_AND_APPROVE;
        if (approves) {
            requireCheckedAsShown(review, request.shownSha256());
        }
        List<String> acknowledged = approves ? ReviewDepth.acknowledged(review, request.acknowledged()) : List.of();
        if (action != DecisionAction.REQUEST_INFO) {
            canaries.judge(
                    review.canary(), taskId, team, task.getProcessInstanceId(), approves, text, review.text(), me);
        }
        Approval approval = approvals.approve(task, messageId, action, text, request.reason(), user, acknowledged);

        if (task.getAssignee() == null) {
            taskService.setAssignee(taskId, me);
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.DECISION_ACTION, action.name());
        variables.put(ProcessVariables.APPROVAL_ID, approval.id.toString());
        variables.put(ProcessVariables.REVIEWED_BY, me);
        variables.put(
                action == DecisionAction.REQUEST_INFO ? ProcessVariables.QUESTION_TEXT : ProcessVariables.REPLY_TEXT,
                LongText.of(text));
        DecisionResult result = new DecisionResult(
                taskId,
                messageId.toString(),
                task.getProcessInstanceId(),
                action,
                approval.textSha256,
                me,
                approval.approvedAt);
        measure(
                result,
                ReviewTasks.REVIEW,
                team,
                action == DecisionAction.REQUEST_INFO ? null : text,
                acknowledged,
                review,
                signals);
        taskService.complete(taskId, variables);
        LOG.infof("task %s decided %s by %s", taskId, action, me);
        return result;
    }

    private void measure(
            DecisionResult result,
            String stage,
            String team,
            String releasedText,
            List<String> acknowledged,
            DraftUnderReview review,
            DecisionSignals signals) {
        measurer.record(
                new DecisionMeasurer.Decision(
                        result.taskId(),
                        UUID.fromString(result.messageId()),
                        result.processInstanceId(),
                        stage,
                        result.action().name(),
                        result.decidedBy(),
                        team,
                        result.decidedAt() == null ? Instant.now() : result.decidedAt(),
                        releasedText,
                        acknowledged),
                review,
                signals);
    }

    private static void validate(DecisionAction action, DecisionRequest request) {
        if (action == DecisionAction.ESCALATE) {
            if (request.reason() == null || request.reason().isBlank()) {
                throw new ApiException(
                        400, "VALIDATION_FAILED", "ESCALATE requires a reason", Map.of("reason", "must not be blank"));
            }
            return;
        }
        if (action != DecisionAction.APPROVE) {
            if (request.text() == null || request.text().isBlank()) {
                String what = action == DecisionAction.REQUEST_INFO ? "the question for the patient" : "the reply text";
                throw new ApiException(
                        400, "VALIDATION_FAILED", action + " requires " + what, Map.of("text", "must not be blank"));
            }
        }
    }

    /**
     * An approval of a draft needs its policy check to have run (an emergency's review opens before its draft is
     * checked), and the SHA-256 of what the clinician was shown, which must still be what there is.
     */
    private static void requireCheckedAsShown(DraftUnderReview review, String shownSha256) {
        if (!review.available()) {
            return;
        }
        if (!review.checked()) {
            throw new ApiException(
                    409,
                    "DRAFT_NOT_CHECKED",
                    "the draft's safety check has not run yet: reload the task when it has, or write the reply with"
                            + " REJECT");
        }
        if (shownSha256 == null) {
            throw new ApiException(
                    400,
                    "VALIDATION_FAILED",
                    "an approval says which draft was shown: send the task's draft.shownSha256",
                    Map.of("shownSha256", "must be the task's draft.shownSha256"));
        }
        if (!shownSha256.equals(review.shownSha256())) {
            throw new ApiException(
                    409,
                    "DRAFT_CHANGED",
                    "the draft or its safety check changed since the task was opened: reload it and review again");
        }
    }

    private static String textToRelease(DecisionAction action, DecisionRequest request, DraftUnderReview review) {
        if (action != DecisionAction.APPROVE) {
            return request.text();
        }
        if (!review.available()) {
            throw new ApiException(400, "NO_DRAFT", "there is no draft to approve; write the reply with REJECT");
        }
        return review.text();
    }
}
