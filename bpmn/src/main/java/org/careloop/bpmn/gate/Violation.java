package org.careloop.bpmn.gate;

import java.util.List;

/**
 * One reason a model may not be deployed.
 *
 * @param elementId the element an admin has to change
 * @param rule which rule of the release gate it breaks
 * @param message what is wrong, in words an admin understands
 * @param path for a path violation, the element ids from the start event (or the last drafting task) to the release
 */
public record Violation(String elementId, Rule rule, String message, List<String> path) {

    public enum Rule {
        /** A path reaches the release without a clinician's review after the last drafting step. */
        RELEASE_WITHOUT_REVIEW,
        /** A gateway or conditional event decides on a variable that the model's output sets. */
        DECISION_ON_MODEL_OUTPUT,
        /** Script tasks or scripts in listeners and mappings. */
        SCRIPT,
        /** A Java class named in the model that is not on the allow-list. */
        CLASS_NOT_ALLOWED,
        /** A delegate expression or an expression that is not on the allow-list. */
        EXPRESSION_NOT_ALLOWED,
        /** An element the verifier cannot see into, such as a call activity. */
        UNVERIFIABLE,
        /** An element, attribute or namespace that is not on the release gate's allow-list. */
        NOT_ALLOWED,
        /** A user task that is not a valid review: offered to a non-clinical group or a person, or unrecorded. */
        REVIEW_NOT_ALLOWED,
        /** Drafting, a review or a release can be reached before the message is screened. */
        SCREENING_SKIPPED,
        /** The emergency branch (safety message at once, then routing and review) is missing or changed. */
        EMERGENCY_BRANCH,
        /** A message name that another deployed process already uses. */
        MESSAGE_NOT_OWNED,
        /** A decision that is not a plain decision table the gate can evaluate (literal expressions, other hit policies, non-literal entries). */
        DECISION_NOT_ALLOWED,
        /** A decision table routes a review somewhere it may not go (a non-clinical group, no due time). */
        ROUTING_NOT_ALLOWED,
        /** The file is not a BPMN or DMN model the engine could deploy. */
        MALFORMED
    }

    public Violation {
        path = path == null ? List.of() : List.copyOf(path);
    }

    static Violation of(String elementId, Rule rule, String message) {
        return new Violation(elementId, rule, message, List.of());
    }
}
