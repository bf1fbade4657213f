package org.careloop.review.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.task.Task;
import org.careloop.review.audit.AuditLog;
import org.careloop.review.audit.AuditType;
import org.careloop.review.checks.DraftCheck;
import org.careloop.review.drafting.Draft;
import org.careloop.review.inbox.InboxViews.ApprovedTextView;
import org.careloop.review.inbox.InboxViews.ChecksView;
import org.careloop.review.inbox.InboxViews.DraftView;
import org.careloop.review.inbox.InboxViews.EscalationView;
import org.careloop.review.inbox.InboxViews.MessageView;
import org.careloop.review.inbox.InboxViews.QuestionView;
import org.careloop.review.inbox.InboxViews.SafetyMessageView;
import org.careloop.review.inbox.InboxViews.TaskDetail;
import org.careloop.review.intake.PatientMessage;
import org.careloop.review.oversight.DecisionMeasurer;
import org.careloop.review.oversight.canary.Canary;
import org.careloop.review.oversight.canary.CanaryGuard;
import org.careloop.review.questions.PatientQuestion;
import org.careloop.review.screening.Screening;
import org.careloop.review.security.CurrentUser;

/** A review task with everything the clinician needs to decide: the message, the draft under review, its checks. */
@ApplicationScoped
public class TaskDetails {

    @Inject
    ReviewTasks reviewTasks;

    @Inject
    SecondReviews secondReviews;

    @Inject
    Escalations escalations;

    @Inject
    AuditLog audit;

    @Inject
    DecisionMeasurer measurer;

    @Inject
    CanaryGuard canaries;

    /**
     * Reading a task is a PHI read and is audited, and the first reading by each clinician starts their time on task.
     */
    @Transactional
    public TaskDetail read(String taskId, CurrentUser user) {
        Task task = reviewTasks.visibleOpenTask(taskId, user);
        UUID messageId = reviewTasks.messageId(task);
        PatientMessage message = PatientMessage.findById(messageId);
        DraftUnderReview review = DraftUnderReview.of(messageId);
        DraftCheck check = DraftCheck.findById(messageId);
        Draft draft = Draft.findById(messageId);
        DraftView draftView = draftView(review, draft);
        ChecksView checks = check == null
                ? null
                : new ChecksView(check.status, check.riskLevel, check.policyVersion, check.readingGrade);
        boolean secondReview = ReviewTasks.isSecondReview(task);
        List<PatientQuestion> asked = PatientQuestion.ofMessage(messageId);
        SafetyMessageView safety = safetyMessage(message);
        ApprovedTextView approvedText = secondReview ? secondReviews.approvedText(task) : null;
        EscalationView escalation = escalations.of(task);

        audit.append(
                AuditType.TASK_VIEWED, user.username(), messageId, task.getProcessInstanceId(), task.getId(), Map.of());
        measurer.opened(task.getId(), user.username(), Instant.now());
        Screening screening = Screening.findById(messageId);
        return new TaskDetail(
                task.getId(),
                messageId.toString(),
                task.getName(),
                ReviewTasks.instant(task.getCreateTime()),
                task.getPriority(),
                ReviewTasks.instant(task.getDueDate()),
                task.getAssignee(),
                messageView(message, asked),
                draftView,
                checks,
                review.findings(),
                review.redFlags(),
                review.highestSeverity(),
                screening != null && screening.promptInjectionSuspected,
                screening != null,
                !secondReview && ReviewProgress.draftPending(draft, check),
                ReviewTasks.stage(task),
                safety != null,
                safety,
                questions(asked),
                approvedText,
                escalation,
                secondReview ? List.of() : review.acknowledgementsRequired(),
                Canary.missedOn(task.getId()).map(canaries::explanation).orElse(null));
    }

    private static DraftView draftView(DraftUnderReview review, Draft draft) {
        if (review.available()) {
            return new DraftView(
                    true, review.text(), review.citations(), review.provenance(), null, review.shownSha256());
        }
        return new DraftView(
                false,
                null,
                List.of(),
                review.provenance(),
                draft == null ? "no draft available yet" : "no draft available: " + draft.failureReason,
                null);
    }

    /** The message; once the patient answered a question, also the text that was screened with the answers. */
    private static MessageView messageView(PatientMessage message, List<PatientQuestion> asked) {
        if (message == null) {
            return null;
        }
        String screenedText = asked.stream().noneMatch(q -> q.answerText != null)
                ? null
                : PatientQuestion.screenedText(message.text, message.id);
        return new MessageView(message.id, message.text, message.createdAt, screenedText);
    }

    private static List<QuestionView> questions(List<PatientQuestion> asked) {
        return asked.stream()
                .map(q -> new QuestionView(q.text, q.clinicianDisplayName, q.askedAt, q.answerText, q.answeredAt))
                .toList();
    }

    private static SafetyMessageView safetyMessage(PatientMessage message) {
        return message == null || message.safetyText == null
                ? null
                : new SafetyMessageView(
                        message.safetyCategory, message.safetyText, message.safetyVersion, message.safetyShownAt);
    }
}
