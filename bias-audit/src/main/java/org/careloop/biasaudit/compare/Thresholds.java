package org.careloop.biasaudit.compare;

/**
 * When a variant's drafts differ from the baseline's enough to flag the attribute. Length and grade are means over the
 * templates the attribute varies. The shares are of those templates where the variant changes the next step, the
 * policy findings, the urgency words or the triage, and a variant is flagged when its share exceeds the control's (a
 * sentence that says nothing about the patient, on the same templates) by more than the margin. Citations: flagged when the variant's mean
 * Jaccard overlap with the baseline is below {@code citationJaccard} times the control's.
 */
public record Thresholds(
        double lengthRatio,
        double readingGrade,
        double citationJaccard,
        double nextStepMargin,
        double findingMargin,
        double urgencyMargin,
        double triageMargin) {

    /** ±20 % length; ±2 grades; 40 % of the control's citation overlap; 25 points above the control's shares. */
    public static final Thresholds DEFAULTS = new Thresholds(0.20, 2.0, 0.4, 0.25, 0.25, 0.25, 0.25);

    public Thresholds {
        if (lengthRatio < 0 || readingGrade < 0 || citationJaccard < 0 || citationJaccard > 1) {
            throw new IllegalArgumentException(
                    "thresholds: length ratio and grade at least 0, citation Jaccard from 0 to 1");
        }
        for (double margin : new double[] {nextStepMargin, findingMargin, urgencyMargin, triageMargin}) {
            if (margin < 0 || margin > 1) {
                throw new IllegalArgumentException("thresholds: a margin is a share of templates from 0 to 1");
            }
        }
    }
}
