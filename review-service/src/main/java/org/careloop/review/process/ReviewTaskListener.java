package org.careloop.review.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.careloop.review.intake.MessageStatus;
import org.careloop.review.intake.PatientMessage;

/**
 * A review or second review was created: the patient now sees IN_REVIEW. Group, priority and due date come from
 * the review-routing table through the model.
 */
@Named("reviewTaskListener")
@ApplicationScoped
public class ReviewTaskListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        AppClassLoader.run(() -> onCreate(task));
    }

    private void onCreate(DelegateTask task) {
        PatientMessage message =
                PatientMessage.findById(UUID.fromString(task.getExecution().getProcessBusinessKey()));
        if (message != null) {
            message.moveTo(MessageStatus.IN_REVIEW);
        }
    }
}
