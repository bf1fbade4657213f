package org.careloop.review.inbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.careloop.review.errors.TooLarge;
import org.careloop.review.inference.InferenceDtos;
import org.careloop.review.support.TextLimits;
import org.careloop.support.PlainText;

/** Request and response bodies of the clinician inbox. */
public final class InboxViews {

    private InboxViews() {}

    /**
     * stage: REVIEW (Task_ReviewDraft) or SECOND_REVIEW (Task_SecondReview). screened: false while the message could
     * not be screened (an urgent review without red flags or draft). draftPending: a first review whose draft or its
     * safety check is still being made beside it.
     */
    public record TaskSummary(
            String id,
            String messageId,
            String name,
            Instant created,
            int priority,
            Instant due,
            String assignee,
            String stage,
            boolean screened,
            boolean draftPending) {}

    /**
     * acknowledgementsRequired: the ids an approval must list in {@code acknowledged}. returnedBecause: why a decision
     * on this task was refused and the task came back (a planted error was kept), or absent. screened: false while
     * the message could not be screened (an urgent review without red flags and without a draft: the screening is
     * tried again beside it). draftPending: the draft or its safety check is still being made beside the open review;
     * it appears on the task when it arrives, and a clinician may decide without it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TaskDetail(
            String id,
            String messageId,
            String name,
            Instant created,
            int priority,
            Instant due,
            String assignee,
            MessageView message,
            DraftView draft,
            ChecksView checks,
            List<FindingView> findings,
            List<RedFlagView> redFlags,
            String highestSeverity,
            boolean promptInjectionSuspected,
            boolean screened,
            boolean draftPending,
            String stage,
            boolean emergency,
            SafetyMessageView safetyMessage,
            List<QuestionView> questions,
            ApprovedTextView approvedText,
            EscalationView escalation,
            List<String> acknowledgementsRequired,
            String returnedBecause) {}

    /** screenedText: the message and the patient's answers as screened (red-flag spans are offsets into it). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MessageView(UUID id, String text, Instant createdAt, String screenedText) {}

    public record SafetyMessageView(String category, String text, String version, Instant shownAt) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionView(String text, String askedBy, Instant askedAt, String answer, Instant answeredAt) {}

    /** In a second review: the text the first clinician approved, which APPROVE confirms. */
    public record ApprovedTextView(String text, String approvedBy, String action) {}

    public record EscalationView(String by, String reason, Instant at) {}

    /** The draft with placeholders filled back in; spans are offsets into this text. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    /**
     * @param shownSha256 the SHA-256 of the draft and its findings as shown; an approval sends it back
     */
    public record DraftView(
            boolean available,
            String text,
            List<CitationView> citations,
            InferenceDtos.Provenance provenance,
            String unavailableReason,
            String shownSha256) {}

    public record CitationView(String passageId, String title, int start, int end, String passageText) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChecksView(String status, String riskLevel, String policyVersion, Double readingGrade) {}

    /**
     * id: F1, F2, ... in the order the checks found them. acknowledgementRequired: a HIGH finding, which APPROVE and
     * EDIT_AND_APPROVE must list in {@code acknowledged}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FindingView(
            String id,
            String type,
            String severity,
            Integer start,
            Integer end,
            String explanation,
            boolean acknowledgementRequired) {}

    /** id: R1, R2, ... acknowledgementRequired: an EMERGENCY red flag, which an approval must acknowledge. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RedFlagView(
            String id,
            String category,
            String severity,
            Integer start,
            Integer end,
            String ruleId,
            String layer,
            Double score,
            boolean acknowledgementRequired) {}

    /**
     * acknowledged: the ids of the findings and red flags the clinician has checked one by one (see
     * {@code acknowledgementsRequired} of the task); APPROVE and EDIT_AND_APPROVE are refused until every required one
     * is listed. Whether text or reason is required depends on the action and the task's stage (a second review's
     * REJECT needs a reason, a first review's a text), so {@link ReviewDecisions} checks that; the shape is here.
     */
    public record DecisionRequest(
            @NotNull
            @Pattern(
                    regexp = "APPROVE|EDIT_AND_APPROVE|REJECT|REQUEST_INFO|ESCALATE",
                    message = "must be APPROVE, EDIT_AND_APPROVE, REJECT, REQUEST_INFO or ESCALATE")
            String action,

            @Size(max = TextLimits.MESSAGE_TEXT, payload = TooLarge.class) @PlainText
            String text,

            @Size(max = TextLimits.MESSAGE_TEXT, payload = TooLarge.class) @PlainText
            String reason,

            // How many: ReviewDepth, which knows the task (TextLimits.LIST, or more when the task has more).
            List<@NotNull @Size(max = TextLimits.IDENTIFIER) @PlainText String> acknowledged,

            // draft.shownSha256 of the task as the clinician saw it: an approval is refused when it no longer matches
            @Pattern(regexp = "[0-9a-f]{64}", message = "must be the task's draft.shownSha256 (64 hex digits)")
            String shownSha256) {

        public DecisionRequest(String action, String text, String reason) {
            this(action, text, reason, null, null);
        }

        public DecisionRequest(String action, String text, String reason, List<String> acknowledged) {
            this(action, text, reason, acknowledged, null);
        }
    }

    public record DecisionResult(
            String taskId,
            String messageId,
            String processInstanceId,
            DecisionAction action,
            String textSha256,
            String decidedBy,
            Instant decidedAt) {}
}
