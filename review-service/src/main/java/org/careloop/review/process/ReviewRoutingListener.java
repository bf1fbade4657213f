package org.careloop.review.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.careloop.bpmn.gate.ReleaseGatePolicy;
import org.careloop.bpmn.routing.ReviewRouting;
import org.careloop.review.audit.AuditLog;
import org.careloop.review.audit.AuditType;
import org.careloop.review.routing.ReviewRoute;
import org.careloop.review.routing.RoutingFloor;
import org.careloop.review.screening.Screening;

/**
 * End of Task_RouteReview: takes the review-routing table's result (the engine's transient {@code decisionResult},
 * so no serialized map is stored), checks it, raises it to the {@link RoutingFloor}, records it as a
 * {@link ReviewRoute} (what the release trusts) and sets the flat variables the review task reads. A group that is
 * not clinical fails the job: an incident, never a review offered to the wrong people.
 */
@Named("reviewRoutingListener")
@ApplicationScoped
public class ReviewRoutingListener implements ExecutionListener {

    static final String DECISION_RESULT = "decisionResult";

    @Inject
    AuditLog audit;

    @Override
    public void notify(DelegateExecution execution) {
        AppClassLoader.run(() -> apply(execution));
    }

    private void apply(DelegateExecution execution) {
        DmnDecisionResult result = (DmnDecisionResult) execution.getVariableLocal(DECISION_RESULT);
        Map<String, Object> row = result == null || result.getSingleResult() == null
                ? null
                : result.getSingleResult().getEntryMap();
        UUID messageId = UUID.fromString(execution.getProcessBusinessKey());
        ReviewRouting table =
                ReviewRouting.of(row, ReleaseGatePolicy.careloopDefaults().reviewGroups());
        Screening screening = Screening.findById(messageId);
        ReviewRouting routing = RoutingFloor.apply(table, screening);
        ReviewRoute.record(execution.getProcessInstanceId(), messageId, routing, screening);
        var dueDate = routing.dueDate(ClockUtil.getCurrentTime());
        execution.setVariable(ProcessVariables.REVIEW_GROUP, routing.reviewGroup());
        execution.setVariable(ProcessVariables.REVIEW_PRIORITY, routing.priority());
        execution.setVariable(ProcessVariables.REVIEW_DUE_DATE, dueDate);
        execution.setVariable(ProcessVariables.SECOND_REVIEW_REQUIRED, routing.secondReviewRequired());
        audit.append(
                AuditType.REVIEW_ROUTED,
                AuditLog.SYSTEM,
                messageId,
                execution.getProcessInstanceId(),
                null,
                Map.of(
                        "reviewGroup", routing.reviewGroup(),
                        "priority", routing.priority(),
                        "dueIn", routing.dueIn().toString(),
                        "secondReviewRequired", routing.secondReviewRequired(),
                        "raisedAboveTable", !routing.equals(table)));
    }
}
