package org.careloop.review.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.careloop.review.intake.MessageStatus;
import org.careloop.review.intake.PatientMessage;

/**
 * Task_ReviewDraft created: the patient now sees IN_REVIEW, and the task gets a priority and due date from
 * the red flags and the draft's risk level (a stand-in until the DMN review-routing table decides this).
 */
@Named("reviewTaskListener")
@ApplicationScoped
public class ReviewTaskListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    AppClassLoader.run(() -> onCreate(task));
  }

  private void onCreate(DelegateTask task) {
    PatientMessage message = PatientMessage.findById(UUID.fromString(task.getExecution().getProcessBusinessKey()));
    if (message != null) {
      message.moveTo(MessageStatus.IN_REVIEW);
    }
    String severity = (String) task.getVariable(ProcessVariables.HIGHEST_SEVERITY);
    String risk = (String) task.getVariable(ProcessVariables.RISK_LEVEL);
    Urgency urgency = Urgency.of(severity, risk);
    task.setPriority(urgency.priority);
    task.setDueDate(Date.from(Instant.now().plus(urgency.within)));
  }

  enum Urgency {
    EMERGENCY(100, Duration.ofMinutes(15)),
    URGENT(80, Duration.ofHours(4)),
    ELEVATED(60, Duration.ofHours(24)),
    ROUTINE(50, Duration.ofHours(72));

    final int priority;
    final Duration within;

    Urgency(int priority, Duration within) {
      this.priority = priority;
      this.within = within;
    }

    static Urgency of(String severity, String risk) {
      if ("EMERGENCY".equals(severity)) {
        return EMERGENCY;
      }
      if ("URGENT".equals(severity) || "HIGH".equals(risk)) {
        return URGENT;
      }
      if ("MEDIUM".equals(risk)) {
        return ELEVATED;
      }
      return ROUTINE;
    }
  }
}
