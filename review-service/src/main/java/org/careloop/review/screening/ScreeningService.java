package org.careloop.review.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.careloop.review.audit.AuditLog;
import org.careloop.review.audit.AuditType;
import org.careloop.review.intake.PatientMessage;
import org.careloop.review.policy.PolicyDtos.ScreenRequest;
import org.careloop.review.policy.PolicyDtos.ScreenResponse;
import org.careloop.review.policy.PolicyServiceCalls;
import org.careloop.review.questions.PatientQuestion;
import org.jboss.logging.Logger;

/**
 * Screens a patient message with policy-service: de-identification and red flags. At most one screening per message
 * and round of questions; the placeholder-to-value map stays here.
 */
@ApplicationScoped
public class ScreeningService {

    private static final Logger LOG = Logger.getLogger(ScreeningService.class);

    @Inject
    PolicyServiceCalls policy;

    @Inject
    AuditLog audit;

    /** The message's screening: the stored one, else a new one from policy-service. */
    public Screening screenOnce(UUID messageId, String processInstanceId) {
        Screening screening = Screening.findById(messageId);
        return screening != null ? screening : screen(messageId, processInstanceId);
    }

    /**
     * Records that the message could not be screened in time and goes to an urgent review as not screened: the
     * failure's kind only, never the message.
     */
    public void notScreenedInTime(UUID messageId, String processInstanceId, RuntimeException failure) {
        LOG.warnf(
                "message %s not screened in time, urgent review without screening (%s)",
                messageId, failure.getClass().getSimpleName());
        audit.append(
                AuditType.SCREENING_NOT_IN_TIME,
                AuditLog.SYSTEM,
                messageId,
                processInstanceId,
                null,
                Map.of("failure", failure.getClass().getSimpleName()));
    }

    /** The category of the first red flag with the highest severity, or null without red flags. */
    public static String leadingCategory(Screening screening) {
        return screening.redFlags.stream()
                .filter(f -> screening.highestSeverity.equals(f.severity()))
                .map(f -> f.category())
                .findFirst()
                .orElse(null);
    }

    private Screening screen(UUID messageId, String processInstanceId) {
        PatientMessage message = PatientMessage.findById(messageId);
        if (message == null) {
            throw new IllegalStateException("message " + messageId + " does not exist");
        }
        // After the patient answered a question, the message and the answers are screened as one text.
        String text = PatientQuestion.screenedText(message.text, messageId);
        ScreenResponse result = policy.screen(new ScreenRequest(messageId.toString(), text));

        Screening screening = new Screening();
        screening.messageId = messageId;
        screening.policyVersion = result.policyVersion();
        screening.deidentifiedText = result.deidentifiedText();
        screening.entities = result.entities() == null ? List.of() : result.entities();
        screening.placeholderValues = Placeholders.valuesFrom(text, screening.entities);
        screening.redFlags = result.redFlags() == null ? List.of() : result.redFlags();
        screening.highestSeverity = result.highestSeverity() == null ? "ROUTINE" : result.highestSeverity();
        screening.promptInjectionSuspected =
                result.promptInjection() != null && result.promptInjection().suspected();
        screening.screenedAt = Instant.now();
        screening.persist();

        audit.append(
                AuditType.SCREENING_DONE,
                AuditLog.SYSTEM,
                messageId,
                processInstanceId,
                null,
                Map.of(
                        "policyVersion", String.valueOf(screening.policyVersion),
                        "entities", screening.entities.size(),
                        "redFlags", screening.redFlags.size(),
                        "highestSeverity", screening.highestSeverity,
                        "promptInjectionSuspected", screening.promptInjectionSuspected));
        return screening;
    }
}
