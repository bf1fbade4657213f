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
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.careloop.bpmn.gate.Violation.Rule;

/**
 * The deploy-time half of careloop's invariant: no text reaches a patient unless a clinician approved it.
 * A model passes when it uses only what {@link ModelVocabulary} allows, every delegate sits in its one place,
 * every message is screened first and an emergency gets the fixed safety message and a review at once, every
 * path to a release goes through a clinician's review after the last drafting step, and no decision reads the
 * model's output.
 */
public final class ReleaseGateVerifier {

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
