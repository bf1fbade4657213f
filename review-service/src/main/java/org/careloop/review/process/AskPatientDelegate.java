package org.careloop.review.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.careloop.review.release.ReleaseService;

/** Task_AskPatient: releases the clinician's question; the release checks the approval of exactly this text. */
@Named("askPatientDelegate")
@ApplicationScoped
public class AskPatientDelegate implements JavaDelegate {

  @Inject
  ReleaseService release;

  @Override
  public void execute(DelegateExecution execution) {
    AppClassLoader.run(() -> doExecute(execution));
  }

  private void doExecute(DelegateExecution execution) {
    release.releaseQuestion(execution.getProcessInstanceId(), UUID.fromString(execution.getProcessBusinessKey()),
        (String) execution.getVariable(ProcessVariables.QUESTION_TEXT));
  }
}
