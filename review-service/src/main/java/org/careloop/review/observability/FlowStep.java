package org.careloop.review.observability;

import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;

/**
 * The steps of a message's flow, as metric labels and span names: a fixed set, whatever ids a deployed model gives its
 * elements. A service task is known by the delegate it names, a review by being a user task.
 */
public enum FlowStep {
    SCREEN,
    SAFETY_MESSAGE,
    DRAFT,
    CHECK,
    ROUTE,
    REVIEW,
    SECOND_REVIEW,
    ASK_PATIENT,
    RELEASE,
    ESCALATE,
    /** A service task whose delegate this list does not know (a model deployed since). */
    OTHER;

    private static final String PROPERTY = "careloopFlowStep";

    private static final Map<String, FlowStep> BY_DELEGATE = Map.of(
            "screenMessageDelegate", SCREEN,
            "showSafetyMessageDelegate", SAFETY_MESSAGE,
            "draftReplyDelegate", DRAFT,
            "checkDraftDelegate", CHECK,
            "askPatientDelegate", ASK_PATIENT,
            "releaseReplyDelegate", RELEASE,
            "escalateReviewDelegate", ESCALATE);

    /** The label value: lower case, as Prometheus labels usually are. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The step of a service task naming {@code delegateExpression} ({@code ${name}}). */
    static FlowStep ofDelegateExpression(String delegateExpression) {
        if (delegateExpression == null) {
            return OTHER;
        }
        String name = delegateExpression.replaceAll("^\\$\\{\\s*|\\s*}$", "");
        return BY_DELEGATE.getOrDefault(name, OTHER);
    }

    void tag(ActivityImpl activity) {
        activity.setProperty(PROPERTY, this);
    }

    /** The step an activity was tagged with when its model was parsed, or null for an untagged one. */
    static FlowStep of(ActivityImpl activity) {
        return activity == null ? null : (FlowStep) activity.getProperty(PROPERTY);
    }
}
