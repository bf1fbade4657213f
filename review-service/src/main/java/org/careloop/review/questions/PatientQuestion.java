package org.careloop.review.questions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.careloop.review.release.ReleasedText;

/** A question a clinician asked the patient (REQUEST_INFO), as released, and the patient's answer. */
@Entity
@Table(name = "patient_question")
public class PatientQuestion extends ReleasedText {

    @Id
    public UUID id;

    @Column(name = "message_id", nullable = false)
    public UUID messageId;

    @Column(name = "asked_at", nullable = false)
    public Instant askedAt;

    @Column(name = "answer_text")
    public String answerText;

    @Column(name = "answered_at")
    public Instant answeredAt;

    public static List<PatientQuestion> ofMessage(UUID messageId) {
        return list("messageId = ?1 order by askedAt", messageId);
    }

    public static PatientQuestion latest(UUID messageId) {
        return find("messageId = ?1 order by askedAt desc", messageId).firstResult();
    }

    public boolean pending() {
        return answeredAt == null;
    }

    /**
     * The text that is screened and drafted: the message and, after questions, the patient's answers. Offsets of
     * red flags and entities are into this text.
     */
    public static String screenedText(String messageText, UUID messageId) {
        StringBuilder text = new StringBuilder(messageText);
        for (PatientQuestion q : ofMessage(messageId)) {
            if (q.answerText != null) {
                text.append("\n\n").append(q.answerText);
            }
        }
        return text.toString();
    }

    /** How many answers the patient has given: the drafting round, so a new draft is not served from a cache. */
    public static long answers(UUID messageId) {
        return count("messageId = ?1 and answeredAt is not null", messageId);
    }
}
