package org.careloop.bpmn.gate;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.careloop.bpmn.gate.Violation.Rule;
import org.careloop.bpmn.routing.ReviewRouting;

/**
 * Evaluates the review-routing table, with the engine's own DMN evaluator, for every severity triage produces, every
 * red-flag category (careloop's and any the table names) and every draft risk level. Each must reach exactly one
 * rule and a clinical group; an emergency must reach the on-call group, and self-harm a second reviewer, whatever
 * its severity. These are the routing's invariants: the rest is the admins' to decide.
 */
final class RoutingCompleteness {

    static final List<String> SEVERITIES = List.of(ReviewRouting.EMERGENCY_SEVERITY, "URGENT", "ROUTINE");
    static final List<String> RISK_LEVELS = List.of("HIGH", "MEDIUM", "LOW", "NONE");
    /** The red-flag categories policy-service reports (red-flags.json), and none at all. */
    static final List<String> CATEGORIES = List.of(
            "ANAPHYLAXIS",
            "BLOOD_CLOT",
            "BREATHING_DIFFICULTY",
            "CAUDA_EQUINA",
            "CHEST_PAIN",
            "DEHYDRATION",
            "DIABETIC_EMERGENCY",
            "HEAD_INJURY",
            "HIGH_FEVER",
            "INFANT_FEVER_LETHARGY",
            "MENINGITIS_SIGNS",
            "MENTAL_HEALTH_CRISIS",
            "OVERDOSE_POISONING",
            "PREGNANCY_EMERGENCY",
            "SAFETY_CONCERN",
            "SEPSIS",
            "SEVERE_ABDOMINAL_PAIN",
            "SEVERE_BLEEDING",
            "STROKE",
            ReviewRouting.SELF_HARM_CATEGORY,
            "TESTICULAR_TORSION",
            "UNCONSCIOUS_SEIZURE",
            "VISION_LOSS",
            "LANGUAGE_NOT_SCREENED",
            ReviewRouting.NOT_SCREENED_CATEGORY);

    private static final DmnEngine ENGINE =
            DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    private final ReleaseGatePolicy policy;

    RoutingCompleteness(ReleaseGatePolicy policy) {
        this.policy = policy;
    }

    void check(byte[] xml, List<Violation> violations) {
        DmnDecision decision;
        try {
            decision = ENGINE.parseDecisions(new ByteArrayInputStream(xml)).stream()
                    .filter(d -> policy.routingDecision().equals(d.getKey()))
                    .findFirst()
                    .orElse(null);
        } catch (RuntimeException e) {
            violations.add(Violation.of(
                    "(definitions)", Rule.MALFORMED, "The DMN engine cannot parse the model: " + e.getMessage()));
            return;
        }
        if (decision == null) {
            return; // not the routing table
        }
        Set<String> categories = new LinkedHashSet<>(CATEGORIES);
        categories.addAll(literalsIn(xml));
        categories.add(null);
        List<String> problems = new ArrayList<>();
        for (String severity : SEVERITIES) {
            for (String category : categories) {
                for (String risk : RISK_LEVELS) {
                    String problem = problem(decision, severity, category, risk);
                    if (problem != null && problems.size() < 5) {
                        problems.add(severity + "/" + category + "/" + risk + ": " + problem);
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            violations.add(Violation.of(
                    policy.routingDecision(),
                    Rule.ROUTING_NOT_ALLOWED,
                    policy.routingDecision()
                            + " does not route every case triage produces (severity/category/risk): "
                            + String.join("; ", problems)));
        }
    }

    private String problem(DmnDecision decision, String severity, String category, String risk) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("redFlagSeverity", severity);
        variables.put("redFlagCategory", category);
        variables.put("riskLevel", risk);
        DmnDecisionResult result;
        try {
            result = ENGINE.evaluateDecision(decision, variables);
        } catch (RuntimeException e) {
            return "the table cannot decide (" + e.getMessage() + ")";
        }
        if (result.size() != 1) {
            return result.isEmpty() ? "no rule matches" : "more than one result";
        }
        Map<String, Object> row = result.getSingleResult().getEntryMap();
        ReviewRouting routing;
        try {
            routing = ReviewRouting.of(row, policy.reviewGroups());
        } catch (IllegalStateException e) {
            return e.getMessage();
        }
        if (ReviewRouting.EMERGENCY_SEVERITY.equals(severity)
                && !ReviewRouting.EMERGENCY_GROUP.equals(routing.reviewGroup())) {
            return "an emergency goes to '" + routing.reviewGroup() + "', not to " + ReviewRouting.EMERGENCY_GROUP;
        }
        if (ReviewRouting.SELF_HARM_CATEGORY.equals(category) && !routing.secondReviewRequired()) {
            return "self-harm gets no second review";
        }
        return null;
    }

    /** String literals the table names anywhere, so that a category only the table knows is tried too. */
    private static Set<String> literalsIn(byte[] xml) {
        Set<String> literals = new LinkedHashSet<>();
        var matcher = java.util.regex.Pattern.compile("&quot;([A-Z_]{1,60})&quot;|\"([A-Z_]{1,60})\"")
                .matcher(new String(xml, java.nio.charset.StandardCharsets.UTF_8));
        while (matcher.find()) {
            literals.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        }
        return literals;
    }
}
