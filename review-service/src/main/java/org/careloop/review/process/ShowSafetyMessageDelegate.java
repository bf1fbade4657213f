package org.careloop.review.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.careloop.review.safety.SafetyMessageService;

/** Task_ShowSafetyMessage: on an emergency, the safety message for the red flag's category, shown once. */
@Named("showSafetyMessageDelegate")
@ApplicationScoped
public class ShowSafetyMessageDelegate extends MessageDelegate {

    @Inject
    SafetyMessageService safetyMessages;

    @Override
    protected void execute(DelegateExecution execution, UUID messageId) {
        safetyMessages.showOnce(messageId, execution.getProcessInstanceId(), (String)
                execution.getVariable(ProcessVariables.RED_FLAG_CATEGORY));
    }
}
