package org.careloop.review.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.careloop.review.screening.Screening;
import org.careloop.review.screening.ScreeningService;

/**
 * Task_ScreenBesideReview: a message that was not screened in time is screened now, beside its open urgent review.
 * Its red flags then show on that review, and the drafting after this step has de-identified text to work with. The
 * review is never re-routed downwards: it stays with on-call, urgent, with a second reviewer (RoutingFloor). A
 * failure retries (over minutes, and at once when policy-service is back); the review does not wait for it.
 */
@Named("screenBesideReviewDelegate")
@ApplicationScoped
public class ScreenBesideReviewDelegate extends MessageDelegate {

    @Inject
    ScreeningService screenings;

    @Override
    protected void execute(DelegateExecution execution, UUID messageId) {
        if (Screening.findById(messageId) == null) {
            screenings.screenOnce(messageId, execution.getProcessInstanceId());
        }
    }
}
