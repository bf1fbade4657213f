package org.careloop.review.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.careloop.review.inbox.OverdueReviews;

/** Task_EscalateOverdueReview (the review's SLA timer fired): see {@link OverdueReviews}. */
@Named("escalateReviewDelegate")
@ApplicationScoped
public class EscalateReviewDelegate extends MessageDelegate {

    @Inject
    OverdueReviews overdue;

    @Override
    protected void execute(DelegateExecution execution, UUID messageId) {
        overdue.escalate(execution.getProcessInstanceId(), messageId);
    }
}
