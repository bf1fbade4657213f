package org.careloop.review.safety;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.careloop.review.audit.AuditLog;
import org.careloop.review.audit.AuditType;
import org.careloop.review.intake.PatientMessage;
import org.careloop.review.safety.SafetyMessages.SafetyMessage;

/**
 * On an emergency, stores the fixed safety message for the red flag's category on the message, so the patient's
 * next read shows it. Shown once: a later round keeps the first message.
 */
@ApplicationScoped
public class SafetyMessageService {

    @Inject
    SafetyMessages safetyMessages;

    @Inject
    AuditLog audit;

    public void showOnce(UUID messageId, String processInstanceId, String redFlagCategory) {
        PatientMessage message = PatientMessage.findById(messageId);
        if (message == null || message.safetyText != null) {
            return;
        }
        SafetyMessage safety = safetyMessages.forCategory(redFlagCategory);
        message.safetyCategory = safety.category();
        message.safetyText = safety.text();
        message.safetyVersion = safety.version();
        message.safetyShownAt = Instant.now();
        audit.append(
                AuditType.SAFETY_MESSAGE_SHOWN,
                AuditLog.SYSTEM,
                messageId,
                processInstanceId,
                null,
                Map.of("category", safety.category(), "version", safety.version()));
    }
}
