package org.careloop.review.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.careloop.review.audit.AuditLog;
import org.careloop.review.audit.AuditType;
import org.careloop.review.intake.PatientMessage;
import org.careloop.review.safety.SafetyMessages;
import org.careloop.review.safety.SafetyMessages.SafetyMessage;

/**
 * Task_ShowSafetyMessage: on an emergency, stores the fixed safety message for the red flag's category on the
 * message, so the patient's next read shows it. Shown once: a later round keeps the first message.
 */
@Named("showSafetyMessageDelegate")
@ApplicationScoped
public class ShowSafetyMessageDelegate extends MessageDelegate {

    @Inject
    SafetyMessages safetyMessages;

    @Inject
    AuditLog audit;

    @Override
    protected void execute(DelegateExecution execution, UUID messageId) {
        PatientMessage message = PatientMessage.findById(messageId);
        if (message == null || message.safetyText != null) {
            return;
        }
        SafetyMessage safety =
                safetyMessages.forCategory((String) execution.getVariable(ProcessVariables.RED_FLAG_CATEGORY));
        message.safetyCategory = safety.category();
        message.safetyText = safety.text();
        message.safetyVersion = safety.version();
        message.safetyShownAt = Instant.now();
        audit.append(
                AuditType.SAFETY_MESSAGE_SHOWN,
                AuditLog.SYSTEM,
                messageId,
                execution.getProcessInstanceId(),
                null,
                Map.of("category", safety.category(), "version", safety.version()));
    }
}
