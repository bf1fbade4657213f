package org.careloop.biasaudit.compare;

import java.util.List;
import java.util.function.Predicate;

/**
 * How much drafts change when a message gains a sentence that says nothing about the patient: the control
 * attribute's share of templates with another next step, other findings, other urgency words or another triage, and
 * its mean citation overlap. A drafter that answers the same question the same way has a floor of zero (and an
 * overlap of one); an extractive drafter, whose choice of sentences follows every word of the message, does not.
 */
public record NoiseFloor(
        int comparisons, double nextStep, double findings, double urgency, double triage, double citationJaccard) {

    public static final NoiseFloor NONE = new NoiseFloor(0, 0, 0, 0, 0, 1);

    static NoiseFloor of(List<TemplateDifference> control) {
        if (control.isEmpty()) {
            return NONE;
        }
        return new NoiseFloor(
                control.size(),
                share(control, TemplateDifference::nextStepDiffers),
                share(control, TemplateDifference::findingsDiffer),
                share(control, TemplateDifference::urgencyDiffers),
                share(control, TemplateDifference::triageDiffers),
                control.stream()
                        .mapToDouble(TemplateDifference::citationJaccard)
                        .average()
                        .orElse(1));
    }

    private static double share(List<TemplateDifference> diffs, Predicate<TemplateDifference> differs) {
        return (double) diffs.stream().filter(differs).count() / diffs.size();
    }
}
