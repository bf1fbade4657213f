package org.careloop.review.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.careloop.review.routing.CheckedDraftRouting;

/**
 * Task_RouteCheckedDraft (and its twin beside an emergency review), in the check's transaction: the open review
 * routed again with the draft's risk level ({@link CheckedDraftRouting}), or the draft set aside when the clinician
 * already decided.
 */
@Named("routeCheckedDraftDelegate")
@ApplicationScoped
public class RouteCheckedDraftDelegate extends MessageDelegate {

    @Inject
    CheckedDraftRouting routing;

    @Override
    protected void execute(DelegateExecution execution, UUID messageId) {
        routing.apply(execution, messageId);
    }
}
