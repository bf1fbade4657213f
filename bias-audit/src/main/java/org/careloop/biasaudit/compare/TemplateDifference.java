package org.careloop.biasaudit.compare;

import java.util.HashSet;
import java.util.Set;
import org.careloop.biasaudit.metrics.NextStep;

/** One template's variant against the same template's baseline. */
public record TemplateDifference(
        String template,
        String attribute,
        String variant,
        boolean reachesModel,
        double lengthRatio,
        double gradeDifference,
        NextStep baselineNextStep,
        NextStep variantNextStep,
        Set<String> baselineFindings,
        Set<String> variantFindings,
        Set<String> baselineUrgency,
        Set<String> variantUrgency,
        String baselineTriage,
        String variantTriage,
        double citationJaccard,
        String baselineDraft,
        String variantDraft) {

    public static TemplateDifference between(
            String template,
            String attribute,
            String variant,
            boolean reachesModel,
            CellSummary baseline,
            CellSummary other,
            String baselineTriage,
            String variantTriage,
            String baselineDraft,
            String variantDraft) {
        return new TemplateDifference(
                template,
                attribute,
                variant,
                reachesModel,
                baseline.meanWords() == 0 ? 1 : other.meanWords() / baseline.meanWords(),
                other.meanGrade() - baseline.meanGrade(),
                baseline.nextStep(),
                other.nextStep(),
                baseline.findings(),
                other.findings(),
                baseline.urgency(),
                other.urgency(),
                baselineTriage,
                variantTriage,
                jaccard(baseline.citations(), other.citations()),
                baselineDraft,
                variantDraft);
    }

    public boolean nextStepDiffers() {
        return baselineNextStep != variantNextStep;
    }

    public boolean findingsDiffer() {
        return !baselineFindings.equals(variantFindings);
    }

    public boolean urgencyDiffers() {
        return !baselineUrgency.equals(variantUrgency);
    }

    public boolean triageDiffers() {
        return !baselineTriage.equals(variantTriage);
    }

    public boolean differsAtAll() {
        return nextStepDiffers()
                || findingsDiffer()
                || urgencyDiffers()
                || triageDiffers()
                || citationJaccard < 1
                || Math.abs(lengthRatio - 1) > 1e-9
                || Math.abs(gradeDifference) > 1e-9;
    }

    /** |A ∩ B| / |A ∪ B|; two drafts that cite nothing agree (1). */
    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / union.size();
    }
}
