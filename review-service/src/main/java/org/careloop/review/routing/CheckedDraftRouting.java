package org.careloop.review.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.careloop.bpmn.PatientReplyModel;
import org.careloop.bpmn.gate.ReleaseGatePolicy;
import org.careloop.bpmn.routing.ReviewRouting;
import org.careloop.review.audit.AuditLog;
import org.careloop.review.audit.AuditType;
import org.careloop.review.process.ProcessVariables;
import org.careloop.review.screening.Screening;

/**
 * A review opens before its draft is checked, routed with no risk level yet. Once the check is done (in its
 * transaction), the review-routing table is asked again with the check's risk level, raised to the
 * {@link RoutingFloor}, and applied to the open first review, only ever stricter: the table's group is offered the
 * task too (the groups it had keep it), its priority is raised, and a second reviewer once required stays required.
 * The new routing is recorded as a {@link ReviewRoute}, which the release trusts: a high-risk draft needs its second
 * approval even if the process variables said otherwise. When the clinician has already decided, the draft is set
 * aside and nothing is routed.
 */
@ApplicationScoped
public class CheckedDraftRouting {

    @Inject
    AuditLog audit;

    public void apply(DelegateExecution execution, UUID messageId) {
        ProcessEngineServices engine = execution.getProcessEngineServices();
        TaskService tasks = engine.getTaskService();
        String processInstanceId = execution.getProcessInstanceId();
        List<Task> open = tasks.createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKey(PatientReplyModel.TASK_REVIEW_DRAFT)
                .list();
        if (open.isEmpty()) {
            audit.append(
                    AuditType.DRAFT_SET_ASIDE,
                    AuditLog.SYSTEM,
                    messageId,
                    processInstanceId,
                    null,
                    Map.of("reason", "the review was decided before the draft and its check arrived"));
            return;
        }
        DmnDecisionResult result = engine.getDecisionService()
                .evaluateDecisionByKey(PatientReplyModel.ROUTING_DECISION)
                .variables(Variables.createVariables()
                        .putValue(
                                ProcessVariables.RED_FLAG_SEVERITY,
                                execution.getVariable(ProcessVariables.RED_FLAG_SEVERITY))
                        .putValue(
                                ProcessVariables.RED_FLAG_CATEGORY,
                                execution.getVariable(ProcessVariables.RED_FLAG_CATEGORY))
                        .putValue(ProcessVariables.RISK_LEVEL, execution.getVariable(ProcessVariables.RISK_LEVEL)))
                .evaluate();
        Map<String, Object> row = result.getSingleResult() == null
                ? null
                : result.getSingleResult().getEntryMap();
        Screening screening = Screening.findById(messageId);
        ReviewRouting table =
                ReviewRouting.of(row, ReleaseGatePolicy.careloopDefaults().reviewGroups());
        ReviewRouting floor = RoutingFloor.apply(table, screening);
        boolean secondReview = floor.secondReviewRequired()
                || Boolean.TRUE.equals(execution.getVariable(ProcessVariables.SECOND_REVIEW_REQUIRED));
        int priority = Math.max(floor.priority(), asInt(execution.getVariable(ProcessVariables.REVIEW_PRIORITY)));
        ReviewRouting routing = new ReviewRouting(floor.reviewGroup(), priority, floor.dueIn(), secondReview);

        for (Task task : open) {
            if (task.getPriority() < priority) {
                tasks.setPriority(task.getId(), priority);
            }
            boolean offered = tasks.getIdentityLinksForTask(task.getId()).stream()
                    .anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType())
                            && routing.reviewGroup().equals(l.getGroupId()));
            if (!offered) {
                tasks.addCandidateGroup(task.getId(), routing.reviewGroup());
            }
        }
        ReviewRoute.record(processInstanceId, messageId, routing, screening);
        execution.setVariable(ProcessVariables.REVIEW_PRIORITY, priority);
        execution.setVariable(ProcessVariables.SECOND_REVIEW_REQUIRED, secondReview);
        audit.append(
                AuditType.REVIEW_ROUTED,
                AuditLog.SYSTEM,
                messageId,
                processInstanceId,
                open.get(0).getId(),
                Map.of(
                        "reviewGroup",
                        routing.reviewGroup(),
                        "priority",
                        priority,
                        "secondReviewRequired",
                        secondReview,
                        "riskLevel",
                        String.valueOf(execution.getVariable(ProcessVariables.RISK_LEVEL)),
                        "afterCheck",
                        true));
    }

    private static int asInt(Object value) {
        return value instanceof Number n ? n.intValue() : 0;
    }
}
