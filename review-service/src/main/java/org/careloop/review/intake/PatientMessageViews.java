package org.careloop.review.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.careloop.review.errors.TooLarge;
import org.careloop.review.questions.PatientQuestion;
import org.careloop.review.release.Reply;
import org.careloop.review.support.TextLimits;
import org.careloop.support.PlainText;

/** Request and response bodies of the patient API. Drafts never appear here: only released replies. */
public final class PatientMessageViews {

    private PatientMessageViews() {}

    /** The patient's message: not blank, at most {@link TextLimits#MESSAGE_TEXT} characters (413 beyond). */
    public record SendMessageRequest(
            @NotBlank @Size(max = TextLimits.MESSAGE_TEXT, payload = TooLarge.class) @PlainText
            String text) {}

    public record MessageAccepted(UUID id, MessageStatus status) {}

    /**
     * emergency and safetyMessage: the fixed safety message shown at once on an emergency. question: the latest
     * question a clinician asked (status AWAITING_PATIENT while it is unanswered).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PatientMessageView(
            UUID id,
            String text,
            MessageStatus status,
            Instant createdAt,
            boolean emergency,
            SafetyMessageView safetyMessage,
            QuestionView question,
            ReplyView reply) {

        static PatientMessageView of(PatientMessage m, ReplyView reply, PatientQuestion question) {
            return new PatientMessageView(
                    m.id,
                    m.text,
                    m.status,
                    m.createdAt,
                    m.safetyText != null,
                    m.safetyText == null
                            ? null
                            : new SafetyMessageView(m.safetyCategory, m.safetyText, m.safetyShownAt),
                    question == null
                            ? null
                            : new QuestionView(
                                    question.text,
                                    question.label,
                                    question.askedAt,
                                    question.answerText,
                                    question.answeredAt),
                    reply);
        }
    }

    /**
     * The released reply. draftedWithAi: the text started as the model's draft (the label says "Drafted with AI
     * assistance and reviewed by ..."); aiUseNotice: the clinic's notice on how it uses AI, which the label links to.
     */
    public record ReplyView(String text, String label, Instant releasedAt, boolean draftedWithAi, String aiUseNotice) {

        static ReplyView of(Reply reply, boolean draftedWithAi, String aiUseNotice) {
            return new ReplyView(reply.text, reply.label, reply.releasedAt, draftedWithAi, aiUseNotice);
        }
    }

    public record SafetyMessageView(String category, String text, Instant shownAt) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionView(String text, String label, Instant askedAt, String answer, Instant answeredAt) {}

    /** The patient's answer to a question: the same rules as a message. */
    public record AnswerRequest(
            @NotBlank @Size(max = TextLimits.MESSAGE_TEXT, payload = TooLarge.class) @PlainText
            String text) {}
}
