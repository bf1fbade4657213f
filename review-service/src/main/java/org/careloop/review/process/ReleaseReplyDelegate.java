package org.careloop.review.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.careloop.review.release.ReleaseService;

/** Task_ReleaseReply: hands the approved text to the release, which checks the approval(s) itself. */
@Named("releaseReplyDelegate")
@ApplicationScoped
public class ReleaseReplyDelegate implements JavaDelegate {

  @Inject
  ReleaseService release;

  @Override
  public void execute(DelegateExecution execution) {
    AppClassLoader.run(() -> doExecute(execution));
  }

  private void doExecute(DelegateExecution execution) {
    int approvalsRequired = Boolean.TRUE.equals(execution.getVariable(ProcessVariables.SECOND_REVIEW_REQUIRED)) ? 2 : 1;
    release.release(execution.getProcessInstanceId(), UUID.fromString(execution.getProcessBusinessKey()),
        (String) execution.getVariable(ProcessVariables.REPLY_TEXT), approvalsRequired);
  }
}
