package org.careloop.policy.triage;

import java.util.List;
import java.util.Map;
import org.careloop.policy.policy.PolicyDocuments;

/**
 * The semantic layer's policy data ({@code policy/triage-exemplars.json}): patients' own words per red-flag
 * category, sentences that sound alarming but are not emergencies, the cues that negate a whole sentence, and
 * the thresholds, tuned on the development corpora only.
 */
public record TriageExemplars(
        String version,
        String description,
        Thresholds thresholds,
        List<String> negations,
        List<Category> categories,
        List<String> notEmergency,
        Assertions assertions) {

    /**
     * {@code resolvable} and {@code acute} as for a catalogue rule; a {@code reassurable} category has common mild
     * versions (a bump on the head, a local sting), so a message that says things are normal now
     * ({@link ClinicalContext#reassured}) raises it URGENT, not EMERGENCY.
     */
    public record Category(
            String category,
            Severity severity,
            boolean resolvable,
            boolean acute,
            boolean reassurable,
            List<String> exemplars) {}

    /**
     * A segment of at most {@code maxWords} words raises its most probable category at EMERGENCY when the
     * classifier's probability that it is an emergency reaches {@code emergency}, the mean similarity of its
     * {@code neighbours} closest exemplars of that category reaches {@code similarity} (it must resemble what
     * patients were seen to write) and beats that of its closest non-emergencies by at least {@code margin}; from
     * {@code urgent} up, or when the non-emergencies are as close, it is uncertain, and uncertain means URGENT,
     * never ROUTINE. {@code regularisation} is the classifier's L2 weight.
     */
    public record Thresholds(
            double emergency,
            double urgent,
            double similarity,
            double margin,
            int neighbours,
            int maxWords,
            double regularisation) {}

    /**
     * Sentences that describe an alarming symptom happening now ({@code present}) and, per kind, sentences that only
     * mention one ({@code notPresentKinds}: denied, over, someone else's, asked about, a figure of speech), for the
     * {@link AssertionModel}; an EMERGENCY whose sentence it gives a probability of {@code notPresent} or more of
     * being one of those kinds is raised URGENT instead. The {@code unweighedCategories} are left alone: their evidence is
     * an intent or a plan, not a symptom the sentences describe. Written for the model, never taken from a corpus.
     */
    public record Assertions(
            double notPresent,
            List<String> unweighedCategories,
            List<String> present,
            Map<String, List<String>> notPresentKinds) {}

    public static TriageExemplars load(String resource) {
        return PolicyDocuments.readJson(resource, TriageExemplars.class);
    }
}
