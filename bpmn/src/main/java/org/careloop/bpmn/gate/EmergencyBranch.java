package org.careloop.bpmn.gate;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.careloop.bpmn.gate.Violation.Rule;

/**
 * The emergency branch is part of the invariant, not of the admins' routing: right after every screening step a
 * gateway sends {@code highestSeverity == 'EMERGENCY'} to the fixed safety message, in the screening's own
 * transaction (nothing asynchronous and no wait on the way), and from there straight to the routing step and a
 * review. The other way out of that gateway is its default flow, so no condition can come first.
 */
final class EmergencyBranch {

    private static final Set<String> EMERGENCY_CONDITIONS = Set.of(
            "${highestSeverity == 'EMERGENCY'}",
            "${highestSeverity == \"EMERGENCY\"}",
            "${highestSeverity eq 'EMERGENCY'}",
            "${highestSeverity eq \"EMERGENCY\"}",
            "${highestSeverity=='EMERGENCY'}",
            "${highestSeverity==\"EMERGENCY\"}");

    private final ReleaseGatePolicy policy;
    private final BpmnModelInstance model;
    private final List<Violation> violations;
    private final SequenceFlows flows;

    EmergencyBranch(ReleaseGatePolicy policy, BpmnModelInstance model, List<Violation> violations) {
        this.policy = policy;
        this.model = model;
        this.violations = violations;
        this.flows = new SequenceFlows(model);
    }

    void check() {
        List<ServiceTask> screenings = model.getModelElementsByType(ServiceTask.class).stream()
                .filter(t -> policy.screeningDelegate().equals(t.getCamundaDelegateExpression()))
                .toList();
        if (screenings.isEmpty()) {
            violations.add(Violation.of(
                    "(definitions)",
                    Rule.EMERGENCY_BRANCH,
                    "The model has no screening step (" + policy.screeningDelegate() + "): every message is screened"
                            + " for emergencies before anything else happens to it."));
        }
        screenings.forEach(this::checkAfter);
    }

    private void checkAfter(ServiceTask screening) {
        if (hasBoundary(screening)
                || flows.from(screening).size() != 1
                || !(flows.targets(screening).get(0) instanceof ExclusiveGateway gateway)) {
            fail(screening, "must have exactly one way out, to the emergency gateway, and no boundary events");
            return;
        }
        Optional<SequenceFlow> emergency = flows.from(gateway).stream()
                .filter(f -> f.getConditionExpression() != null
                        && EMERGENCY_CONDITIONS.contains(
                                f.getConditionExpression().getTextContent().strip()))
                .findFirst();
        boolean otherIsDefault = flows.from(gateway).size() == 2
                && flows.from(gateway).stream()
                        .filter(f -> emergency.isEmpty() || f != emergency.get())
                        .allMatch(f -> f == gateway.getDefault() && f.getConditionExpression() == null);
        if (emergency.isEmpty() || !otherIsDefault || hasBoundary(gateway)) {
            fail(
                    gateway,
                    "must have two ways out: a flow with the condition ${highestSeverity == 'EMERGENCY'} and"
                            + " the default flow for everything else");
            return;
        }
        Optional<ServiceTask> safety = findSafetyMessage(emergency.get().getTarget());
        if (safety.isEmpty()) {
            fail(
                    gateway,
                    "must lead an emergency, through parallel gateways only and without waiting, to the safety"
                            + " message (" + policy.safetyMessageDelegate() + ")");
            return;
        }
        checkSafetyMessageLeadsToReview(safety.get());
    }

    private Optional<ServiceTask> findSafetyMessage(FlowNode first) {
        Deque<FlowNode> queue = new ArrayDeque<>(List.of(first));
        Set<FlowNode> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            FlowNode node = queue.removeFirst();
            if (!seen.add(node) || isAsync(node)) {
                continue;
            }
            if (node instanceof ServiceTask task
                    && policy.safetyMessageDelegate().equals(task.getCamundaDelegateExpression())) {
                return Optional.of(task);
            }
            if (node instanceof ParallelGateway) {
                queue.addAll(flows.targets(node));
            }
        }
        return Optional.empty();
    }

    private void checkSafetyMessageLeadsToReview(ServiceTask safety) {
        if (hasBoundary(safety)
                || flows.from(safety).size() != 1
                || !(flows.targets(safety).get(0) instanceof BusinessRuleTask routing)) {
            fail(safety, "must go on, by one flow and with no boundary events, to the routing step");
            return;
        }
        if (hasBoundary(routing)
                || flows.from(routing).size() != 1
                || !(flows.targets(routing).get(0) instanceof UserTask)) {
            fail(routing, "must go on, by one flow and with no boundary events, to the review after an emergency");
        }
    }

    private boolean hasBoundary(FlowNode node) {
        return model.getModelElementsByType(BoundaryEvent.class).stream().anyMatch(b -> b.getAttachedTo() == node);
    }

    private static boolean isAsync(FlowNode node) {
        return "true".equals(node.getAttributeValueNs(ModelVocabulary.CAMUNDA, "asyncBefore"))
                || "true".equals(node.getAttributeValueNs(ModelVocabulary.CAMUNDA, "asyncAfter"));
    }

    private void fail(FlowNode node, String why) {
        violations.add(
                Violation.of(
                        node.getId(),
                        Rule.EMERGENCY_BRANCH,
                        node.getId() + " " + why
                                + ": the safety message and the on-call review for an emergency are not the admins' to change."));
    }
}
