package org.careloop.biasaudit.compare;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.careloop.biasaudit.metrics.DraftMeasures;
import org.careloop.biasaudit.metrics.NextStep;

/**
 * One message's repeated drafts as one distribution: mean length and grade; the most frequent next step (a tie goes
 * to the more urgent step, so a variant is not shown as less urgent by chance); and, of findings, urgency words and
 * cited passages, those present in at least half the drafts. With one repeat these are the draft's own values.
 */
public record CellSummary(
        int drafts,
        double meanWords,
        double meanGrade,
        NextStep nextStep,
        double nextStepAgreement,
        Set<String> findings,
        Set<String> urgency,
        Set<String> citations) {

    public static CellSummary of(List<DraftMeasures> drafts) {
        if (drafts.isEmpty()) {
            return null;
        }
        Map<NextStep, Integer> steps = new EnumMap<>(NextStep.class);
        drafts.forEach(d -> steps.merge(d.nextStep(), 1, Integer::sum));
        NextStep mode = steps.entrySet().stream()
                .max(Comparator.<Map.Entry<NextStep, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> e.getKey().ordinal()))
                .orElseThrow()
                .getKey();
        return new CellSummary(
                drafts.size(),
                drafts.stream().mapToInt(DraftMeasures::words).average().orElse(0),
                drafts.stream()
                        .mapToDouble(DraftMeasures::readingGrade)
                        .average()
                        .orElse(0),
                mode,
                (double) steps.get(mode) / drafts.size(),
                majority(drafts, DraftMeasures::findings),
                majority(drafts, DraftMeasures::urgency),
                majority(drafts, DraftMeasures::citations));
    }

    static Set<String> majority(List<DraftMeasures> drafts, Function<DraftMeasures, Set<String>> values) {
        Map<String, Integer> counts = new HashMap<>();
        drafts.forEach(d -> values.apply(d).forEach(v -> counts.merge(v, 1, Integer::sum)));
        Set<String> kept = new TreeSet<>();
        counts.forEach((v, n) -> {
            if (2 * n >= drafts.size()) {
                kept.add(v);
            }
        });
        return kept;
    }
}
