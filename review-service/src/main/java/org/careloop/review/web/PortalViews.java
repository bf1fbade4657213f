package org.careloop.review.web;

import io.quarkus.qute.TemplateData;
import java.time.ZoneId;
import java.util.List;
import org.careloop.review.intake.MessageStatus;
import org.careloop.review.intake.PatientMessageViews.PatientMessageView;

/** What the patient portal shows; built from the patient API's own views. */
public final class PortalViews {

    private PortalViews() {}

    @TemplateData
    public record MessageItem(
            String id,
            String text,
            String status,
            String statusText,
            String sentAt,
            boolean emergency,
            String safetyCategory,
            String safetyText,
            QuestionItem question,
            ReplyItem reply,
            boolean awaitingAnswer) {

        public String statusClass() {
            return status.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public String safetyTopic() {
            return safetyCategory == null ? "" : safetyCategory.toLowerCase(java.util.Locale.ROOT);
        }

        static MessageItem of(PatientMessageView m, ZoneId zone) {
            QuestionItem question = m.question() == null
                    ? null
                    : new QuestionItem(
                            m.question().text(),
                            m.question().label(),
                            Texts.when(m.question().askedAt(), zone),
                            m.question().answer(),
                            Texts.when(m.question().answeredAt(), zone));
            ReplyItem reply = m.reply() == null
                    ? null
                    : new ReplyItem(
                            m.reply().text(),
                            m.reply().label(),
                            Texts.when(m.reply().releasedAt(), zone),
                            m.reply().draftedWithAi(),
                            m.reply().aiUseNotice());
            return new MessageItem(
                    m.id().toString(),
                    m.text(),
                    m.status().name(),
                    Texts.status(m.status()),
                    Texts.when(m.createdAt(), zone),
                    m.emergency(),
                    m.safetyMessage() == null
                            ? null
                            : Texts.humanize(m.safetyMessage().category()),
                    m.safetyMessage() == null ? null : m.safetyMessage().text(),
                    question,
                    reply,
                    m.status() == MessageStatus.AWAITING_PATIENT
                            && m.question() != null
                            && m.question().answer() == null);
        }
    }

    @TemplateData
    public record QuestionItem(String text, String label, String askedAt, String answer, String answeredAt) {}

    /** draftedWithAi and aiUseNotice: what the reply's label means and where the clinic's AI-use notice is. */
    @TemplateData
    public record ReplyItem(String text, String label, String releasedAt, boolean draftedWithAi, String aiUseNotice) {}

    /** Small enough to poll: changes whenever the list on the page would change. */
    public record Updates(String version, List<String> emergencies) {}
}
