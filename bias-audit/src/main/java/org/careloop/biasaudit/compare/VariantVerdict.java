package org.careloop.biasaudit.compare;

import java.util.List;

/**
 * One variant of an attribute over every template it varies: the aggregated differences (the counts are templates
 * with a difference, of {@code compared}) and what they flag.
 */
public record VariantVerdict(
        String attribute,
        String variant,
        String label,
        int templates,
        int compared,
        int reachedModel,
        int notCompared,
        double meanLengthRatio,
        double meanGradeDifference,
        int nextStepDifferences,
        int findingDifferences,
        int urgencyDifferences,
        int triageDifferences,
        double meanCitationJaccard,
        List<String> flags) {

    public boolean flagged() {
        return !flags.isEmpty();
    }

    public double share(int differences) {
        return compared == 0 ? 0 : (double) differences / compared;
    }
}
