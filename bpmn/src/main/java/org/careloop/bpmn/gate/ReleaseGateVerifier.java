package org.careloop.bpmn.gate;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.careloop.bpmn.gate.Violation.Rule;

/**
 * The deploy-time half of careloop's invariant: no text reaches a patient unless a clinician approved it.
 * A model passes when it uses only what {@link ModelVocabulary} allows, every delegate sits in its one place,
 * every message is screened first and an emergency gets the fixed safety message and a review at once, every
 * path to a release goes through a clinician's review after the last drafting step, and no decision reads the
 * model's output.
 */
public final class ReleaseGateVerifier {

    private static final String SECOND_REVIEW_VARIABLE = "secondReviewRequired";

    private final ReleaseGatePolicy policy;

    public ReleaseGateVerifier(ReleaseGatePolicy policy) {
        this.policy = policy;
    }

    public ReleaseGateVerifier() {
        this(ReleaseGatePolicy.careloopDefaults());
    }

    public List<Violation> verify(String xml) {
        return verify(xml.getBytes(StandardCharsets.UTF_8));
    }

    public List<Violation> verify(byte[] xml) {
        List<Violation> violations = new ArrayList<>();
        BpmnModelInstance model;
        try {
            new ModelAllowList(violations).check(xml);
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            violations.add(Violation.of(
                    "(definitions)", Rule.MALFORMED, "The file is not a valid BPMN 2.0 model: " + rootMessage(e)));
            return violations;
        }
        if (!violations.isEmpty()) {
            return violations; // the structure below assumes only allowed elements: fix these first
        }
        Collection<Process> processes = model.getModelElementsByType(Process.class);
        if (processes.size() != 1 || !processes.iterator().next().isExecutable()) {
            violations.add(Violation.of(
                    "(definitions)",
                    Rule.MALFORMED,
                    "The file must hold exactly one executable process; it holds " + processes.size()
                            + " process(es)."));
            return violations;
        }
        checkStartEvents(processes.iterator().next(), violations);
        checkEndEvents(model, violations);
        checkSecondReviews(model, violations);
        checkDecisions(model, violations);
        new DelegatePlacements(policy, model, violations).check();
        new EmergencyBranch(policy, model, violations).check();
        violations.addAll(new ReviewPathAnalysis(policy, model).run());
        return violations;
    }

    /** The names of the messages a model waits for; a name may belong to one process only. */
    public static Set<String> messageNames(byte[] xml) {
        return Bpmn.readModelFromStream(new ByteArrayInputStream(xml)).getModelElementsByType(Message.class).stream()
                .map(Message::getName)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    /** The key of the one process in a model that passed the gate. */
    public static String processKey(byte[] xml) {
        return Bpmn.readModelFromStream(new ByteArrayInputStream(xml)).getModelElementsByType(Process.class).stream()
                .map(Process::getId)
                .findFirst()
                .orElseThrow();
    }

    /** Only a release may end the whole instance: a terminate end event elsewhere cancels an open review. */
    private void checkEndEvents(BpmnModelInstance model, List<Violation> violations) {
        SequenceFlows flows = new SequenceFlows(model);
        for (EndEvent end : model.getModelElementsByType(EndEvent.class)) {
            boolean terminates =
                    end.getEventDefinitions().stream().anyMatch(TerminateEventDefinition.class::isInstance);
            boolean afterRelease = model.getModelElementsByType(SequenceFlow.class).stream()
                    .filter(f -> f.getTarget() == end)
                    .allMatch(f -> f.getSource() instanceof ServiceTask task
                            && policy.releaseDelegates().contains(task.getCamundaDelegateExpression())
                            && flows.from(task).size() == 1);
            if (terminates && !afterRelease) {
                violations.add(Violation.of(
                        end.getId(),
                        Rule.NOT_ALLOWED,
                        end.getId() + " terminates the instance"
                                + " after something other than a release: it would cancel an open review"));
            }
        }
    }

    /**
     * The flow taken when a second review is required leads straight to a review offered to senior clinicians only:
     * a second review by the first reviewer's own group is no second pair of senior eyes.
     */
    private void checkSecondReviews(BpmnModelInstance model, List<Violation> violations) {
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            ConditionExpression condition = flow.getConditionExpression();
            if (condition == null
                    || !Expressions.variablesRead(condition.getTextContent()).contains(SECOND_REVIEW_VARIABLE)) {
                continue;
            }
            boolean plain = condition.getTextContent().strip().equals("${" + SECOND_REVIEW_VARIABLE + "}");
            boolean toSenior = flow.getTarget() instanceof UserTask review
                    && policy.secondReviewGroup().equals(review.getCamundaCandidateGroups());
            if (!plain || !toSenior) {
                violations.add(Violation.of(
                        flow.getId(),
                        Rule.REVIEW_NOT_ALLOWED,
                        flow.getId()
                                + " decides on " + SECOND_REVIEW_VARIABLE + ": its condition must be exactly ${"
                                + SECOND_REVIEW_VARIABLE + "} and it must lead to a review offered to "
                                + policy.secondReviewGroup() + " only"));
            }
        }
    }

    private static void checkStartEvents(Process process, List<Violation> violations) {
        for (StartEvent start : process.getChildElementsByType(StartEvent.class)) {
            if (!start.getEventDefinitions().isEmpty()) {
                violations.add(Violation.of(
                        start.getId(),
                        Rule.NOT_ALLOWED,
                        start.getId() + " starts the process on an event: a patient-reply instance is started by"
                                + " review-service for one patient message, never by a message, timer or signal"));
            }
        }
    }

    private void checkDecisions(BpmnModelInstance model, List<Violation> violations) {
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            ConditionExpression condition = flow.getConditionExpression();
            if (condition == null) {
                continue;
            }
            if (Expressions.variablesRead(condition.getTextContent()).isEmpty()) {
                violations.add(Violation.of(
                        flow.getId(),
                        Rule.EXPRESSION_NOT_ALLOWED,
                        "The condition on " + flow.getId() + " reads no variable, so it always goes the same way:"
                                + " remove the flow, or decide on something the process knows"));
            }
            Expressions.variablesRead(condition.getTextContent()).stream()
                    .filter(policy.modelOutputVariables()::contains)
                    .forEach(variable -> violations.add(Violation.of(
                            flow.getId(),
                            Rule.DECISION_ON_MODEL_OUTPUT,
                            "The condition on " + flow.getId() + " (leaving "
                                    + flow.getSource().getId()
                                    + ") decides on '" + variable + "', which the model's output sets: a model must"
                                    + " never steer its own route")));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
