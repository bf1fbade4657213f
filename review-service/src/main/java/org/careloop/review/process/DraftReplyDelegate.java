package org.careloop.review.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.careloop.review.drafting.Draft;
import org.careloop.review.drafting.DraftRequester;

/**
 * Task_DraftReply (and the redraft after the patient's answer): the draft from {@link DraftRequester}; a failure
 * before the job's last attempt lets the job retry.
 */
@Named("draftReplyDelegate")
@ApplicationScoped
public class DraftReplyDelegate extends MessageDelegate {

    @Inject
    DraftRequester drafts;

    @Override
    protected void execute(DelegateExecution execution, UUID messageId) {
        Draft draft = drafts.draftOnce(
                messageId,
                execution.getProcessInstanceId(),
                execution.getCurrentActivityId(),
                JobAttempts::lastAttempt);
        execution.setVariable(ProcessVariables.DRAFT_AVAILABLE, draft.available());
    }
}
