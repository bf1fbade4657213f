package org.careloop.bpmn.gate;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.ConditionalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.careloop.bpmn.gate.Violation.Rule;

/**
 * The deploy-time half of careloop's invariant: no text reaches a patient unless a clinician approved it.
 * A model passes when every path to the release goes through a clinician's review after the last drafting step,
 * no decision reads the model's output, and it holds no scripts, classes or expressions outside the allow-lists.
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
            new ModelScan(policy, violations).scan(xml);
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            violations.add(Violation.of(
                    "(definitions)", Rule.MALFORMED, "The file is not a valid BPMN 2.0 model: " + rootMessage(e)));
            return violations;
        }
        if (model.getModelElementsByType(Process.class).stream().noneMatch(Process::isExecutable)) {
            violations.add(Violation.of("(definitions)", Rule.MALFORMED, "The model has no executable process."));
        }
        checkDecisions(model, violations);
        violations.addAll(new ReviewPathAnalysis(policy, model).run());
        return violations;
    }

    private void checkDecisions(BpmnModelInstance model, List<Violation> violations) {
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            ConditionExpression condition = flow.getConditionExpression();
            if (condition != null) {
                checkCondition(
                        flow.getId(),
                        "The condition on " + flow.getId() + " (leaving "
                                + flow.getSource().getId() + ")",
                        condition.getTextContent(),
                        violations);
            }
        }
        for (ConditionalEventDefinition conditional : model.getModelElementsByType(ConditionalEventDefinition.class)) {
            String owner = conditional.getParentElement().getAttributeValue("id");
            if (conditional.getCondition() != null) {
                checkCondition(
                        owner,
                        "The conditional event " + owner,
                        conditional.getCondition().getTextContent(),
                        violations);
            }
        }
    }

    private void checkCondition(String elementId, String what, String expression, List<Violation> violations) {
        ExpressionRules.variablesRead(expression).stream()
                .filter(policy.modelOutputVariables()::contains)
                .forEach(variable -> violations.add(Violation.of(
                        elementId,
                        Rule.DECISION_ON_MODEL_OUTPUT,
                        what + " decides on '" + variable + "', which the model's output sets: a model must never "
                                + "steer its own route")));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
