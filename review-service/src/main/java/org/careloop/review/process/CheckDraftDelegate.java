package org.careloop.review.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.careloop.review.checks.DraftCheck;
import org.careloop.review.checks.DraftCheckService;

/** Task_CheckDraft: the draft's safety checks ({@link DraftCheckService}); their risk level goes to the routing. */
@Named("checkDraftDelegate")
@ApplicationScoped
public class CheckDraftDelegate extends MessageDelegate {

    @Inject
    DraftCheckService checks;

    @Override
    protected void execute(DelegateExecution execution, UUID messageId) {
        DraftCheck check = checks.checkOnce(messageId, execution.getProcessInstanceId());
        execution.setVariable(ProcessVariables.RISK_LEVEL, check.riskLevel);
    }
}
