package org.careloop.review.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.careloop.review.release.ReleaseService;

/** Task_ReleaseReply: hands the approved text to the release, which checks the approval(s) itself. */
@Named("releaseReplyDelegate")
@ApplicationScoped
public class ReleaseReplyDelegate extends MessageDelegate {

    @Inject
    ReleaseService release;

    @Override
    protected void execute(DelegateExecution execution, UUID messageId) {
        // How many approvals are needed is the release's own business (the routing record), not the model's.
        release.release(execution.getProcessInstanceId(), messageId, (String)
                execution.getVariable(ProcessVariables.REPLY_TEXT));
    }
}
