package org.careloop.bpmn.gate;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.careloop.bpmn.gate.Violation.Rule;

/**
 * Every delegate in its one allowed place: careloop's steps on service tasks, the review listener on user tasks,
 * the routing listener on the routing task. A release or a drafting step can then only be a service task, which
 * is what {@link ReviewPathAnalysis} walks. Every user task is a review: offered to clinical groups only, never
 * to a named person, and with the review listener that records who was offered it.
 */
final class DelegatePlacements {

    private final ReleaseGatePolicy policy;
    private final BpmnModelInstance model;
    private final List<Violation> violations;

    DelegatePlacements(ReleaseGatePolicy policy, BpmnModelInstance model, List<Violation> violations) {
        this.policy = policy;
        this.model = model;
        this.violations = violations;
    }

    void check() {
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            String delegate = task.getCamundaDelegateExpression();
            if (delegate == null || !policy.serviceTaskDelegates().contains(delegate)) {
                add(
                        task,
                        Rule.EXPRESSION_NOT_ALLOWED,
                        "names the delegate " + delegate + ", which is not one of careloop's steps "
                                + sorted(policy.serviceTaskDelegates()));
            }
        }
        for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
            BaseElement owner = owner(listener);
            if (!(owner instanceof UserTask)
                    || !policy.reviewTaskListener().equals(listener.getCamundaDelegateExpression())
                    || !"create".equals(listener.getCamundaEvent())) {
                add(
                        owner,
                        Rule.EXPRESSION_NOT_ALLOWED,
                        "has a task listener other than " + policy.reviewTaskListener() + " on create");
            }
        }
        for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
            BaseElement owner = owner(listener);
            if (!(owner instanceof BusinessRuleTask)
                    || !policy.routingListener().equals(listener.getCamundaDelegateExpression())
                    || !"end".equals(listener.getCamundaEvent())) {
                add(
                        owner,
                        Rule.EXPRESSION_NOT_ALLOWED,
                        "has an execution listener: the only one allowed is " + policy.routingListener()
                                + " at the end of the routing task");
            }
        }
        model.getModelElementsByType(BusinessRuleTask.class).forEach(this::checkRouting);
        model.getModelElementsByType(UserTask.class).forEach(this::checkReview);
    }

    private void checkRouting(BusinessRuleTask task) {
        if (!policy.routingDecision().equals(task.getCamundaDecisionRef())) {
            add(
                    task,
                    Rule.ROUTING_NOT_ALLOWED,
                    "evaluates the decision '" + task.getCamundaDecisionRef()
                            + "': a business rule task may only evaluate " + policy.routingDecision());
        }
        if (!hasListener(task, CamundaExecutionListener.class, policy.routingListener())) {
            add(
                    task,
                    Rule.ROUTING_NOT_ALLOWED,
                    "has no " + policy.routingListener() + ", which checks the routing and sets the review's group");
        }
    }

    private void checkReview(UserTask task) {
        String groups = task.getCamundaCandidateGroups();
        if (groups == null
                || Arrays.stream(groups.split(",")).map(String::trim).anyMatch(g -> !policy.isReviewGroup(g))) {
            add(
                    task,
                    Rule.REVIEW_NOT_ALLOWED,
                    "is offered to " + (groups == null ? "no group" : "'" + groups + "'")
                            + ": every user task is a review, offered to " + sorted(policy.reviewGroups()) + " or "
                            + policy.reviewGroupVariables().stream()
                                    .map(v -> "${" + v + "}")
                                    .sorted()
                                    .toList());
        }
        if (!hasListener(task, CamundaTaskListener.class, policy.reviewTaskListener())) {
            add(
                    task,
                    Rule.REVIEW_NOT_ALLOWED,
                    "has no " + policy.reviewTaskListener()
                            + " on create, which records who the review was offered to");
        }
    }

    private static boolean hasListener(
            BaseElement element, Class<? extends ModelElementInstance> type, String delegate) {
        ExtensionElements extensions = element.getExtensionElements();
        if (extensions == null) {
            return false;
        }
        return extensions.getElementsQuery().filterByType(type).list().stream()
                .anyMatch(l -> delegate.equals(
                        l instanceof CamundaTaskListener t
                                ? t.getCamundaDelegateExpression()
                                : ((CamundaExecutionListener) l).getCamundaDelegateExpression()));
    }

    private static BaseElement owner(ModelElementInstance extension) {
        ModelElementInstance parent = extension.getParentElement();
        return (BaseElement) (parent instanceof ExtensionElements ? parent.getParentElement() : parent);
    }

    private static List<String> sorted(java.util.Set<String> values) {
        return values.stream().sorted().toList();
    }

    private void add(BaseElement element, Rule rule, String message) {
        String id = element == null || element.getId() == null ? "(definitions)" : element.getId();
        violations.add(Violation.of(id, rule, id + " " + message));
    }
}
