package org.careloop.review.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.careloop.review.release.ReleaseService;

/** Task_AskPatient: releases the clinician's question; the release checks the approval of exactly this text. */
@Named("askPatientDelegate")
@ApplicationScoped
public class AskPatientDelegate extends MessageDelegate {

    @Inject
    ReleaseService release;

    @Override
    protected void execute(DelegateExecution execution, UUID messageId) {
        release.releaseQuestion(execution.getProcessInstanceId(), messageId, (String)
                execution.getVariable(ProcessVariables.QUESTION_TEXT));
    }
}
