package org.careloop.review.process;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * A step of the patient-reply process, for the patient message that is the process's business key. It runs with
 * the application's class loader, because the job executor's threads cannot see the application's classes.
 */
abstract class MessageDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        AppClassLoader.run(() -> execute(execution, UUID.fromString(execution.getProcessBusinessKey())));
    }

    protected abstract void execute(DelegateExecution execution, UUID messageId);
}
