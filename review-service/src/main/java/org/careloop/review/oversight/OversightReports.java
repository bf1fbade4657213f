package org.careloop.review.oversight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.careloop.review.oversight.OversightReport.Canaries;
import org.careloop.review.oversight.OversightReport.Figures;
import org.careloop.review.oversight.OversightReport.ModelFigures;
import org.careloop.review.oversight.OversightReport.Thresholds;
import org.careloop.review.oversight.canary.Canary;
import org.careloop.review.support.ClinicZone;

/** Turns the period's decision measurements and canary outcomes into the oversight figures. */
@ApplicationScoped
public class OversightReports {

    static final String NO_TEAM = "(not offered to a group)";
    private static final Set<String> RELEASING = Set.of("APPROVE", "EDIT_AND_APPROVE", "REJECT");
    private static final Set<String> APPROVING = Set.of("APPROVE", "EDIT_AND_APPROVE");

    @Inject
    OversightConfig config;

    @Inject
    ClinicZone clinicZone;

    /** The days from {@code from} to {@code to} (ISO dates, both included) in the clinic's time zone. */
    public OversightPeriod period(String from, String to) {
        return OversightPeriod.parse(from, to, clinicZone.zone());
    }

    /** The figures of the period's days in the clinic's time zone. */
    @Transactional
    public OversightReport report(OversightPeriod period) {
        return report(period.start(clinicZone.zone()), period.end(clinicZone.zone()));
    }

    /** Decisions made and canaries met from {@code from} (inclusive) to {@code to} (exclusive). */
    @Transactional
    public OversightReport report(Instant from, Instant to) {
        List<DecisionMeasurement> decisions = DecisionMeasurement.list("decidedAt >= ?1 and decidedAt < ?2", from, to);
        List<Canary> canaries = Canary.list("outcomeAt >= ?1 and outcomeAt < ?2", from, to);
        Thresholds thresholds = new Thresholds(
                config.minCatchRate(), config.minMedianTimeOnTask().toMillis());
        return new OversightReport(
                from,
                to,
                thresholds,
                figures(decisions, canaries, m -> m.decidedBy, c -> c.decidedBy, thresholds),
                figures(decisions, canaries, m -> teamOf(m.team), c -> teamOf(c.team), thresholds),
                models(decisions));
    }

    private static String teamOf(String team) {
        return team == null ? NO_TEAM : team;
    }

    private static List<Figures> figures(
            List<DecisionMeasurement> decisions,
            List<Canary> canaries,
            Function<DecisionMeasurement, String> decisionKey,
            Function<Canary, String> canaryKey,
            Thresholds thresholds) {
        Map<String, List<DecisionMeasurement>> byName = new TreeMap<>();
        decisions.forEach(m -> byName.computeIfAbsent(decisionKey.apply(m), k -> new ArrayList<>())
                .add(m));
        Map<String, List<Canary>> canariesByName = new TreeMap<>();
        canaries.forEach(c -> canariesByName
                .computeIfAbsent(canaryKey.apply(c), k -> new ArrayList<>())
                .add(c));
        Set<String> names = new TreeSet<>(byName.keySet());
        names.addAll(canariesByName.keySet());
        List<Figures> out = new ArrayList<>();
        for (String name : names) {
            out.add(figures(
                    name,
                    byName.getOrDefault(name, List.of()),
                    canariesByName.getOrDefault(name, List.of()),
                    thresholds));
        }
        return out;
    }

    static Figures figures(
            String name, List<DecisionMeasurement> decisions, List<Canary> canaries, Thresholds thresholds) {
        long[] times = decisions.stream()
                .map(m -> m.timeOnTaskMs)
                .filter(Objects::nonNull)
                .mapToLong(Long::longValue)
                .sorted()
                .toArray();
        List<DecisionMeasurement> released = decisions.stream()
                .filter(m -> "REVIEW".equals(m.stage) && m.draftWords != null && RELEASING.contains(m.action))
                .toList();
        long unedited =
                released.stream().filter(m -> "APPROVE".equals(m.action)).count();
        List<DecisionMeasurement> high = decisions.stream()
                .filter(m -> "REVIEW".equals(m.stage) && m.highFindings > 0 && RELEASING.contains(m.action))
                .toList();
        long highApproved =
                high.stream().filter(m -> APPROVING.contains(m.action)).count();
        Canaries met = canaries(canaries);
        Long median = percentile(times, 50);
        List<String> flags = flags(met, median, thresholds);
        return new Figures(
                name,
                decisions.size(),
                median,
                percentile(times, 10),
                (int) decisions.stream().filter(m -> m.timeOnTaskMs == null).count(),
                released.isEmpty() ? null : (double) unedited / released.size(),
                high.size(),
                high.isEmpty() ? null : (double) highApproved / high.size(),
                decisions.stream().mapToInt(m -> m.highFindingsUnchanged).sum(),
                (int) decisions.stream()
                        .filter(m -> Boolean.FALSE.equals(m.draftSeenToEnd))
                        .count(),
                met,
                flags);
    }

    private static Canaries canaries(List<Canary> canaries) {
        int caught = (int) canaries.stream()
                .filter(c -> c.outcome != null && c.outcome.caught())
                .count();
        return canaries.isEmpty()
                ? new Canaries(0, 0, null, null)
                : new Canaries(
                        canaries.size(),
                        caught,
                        (double) caught / canaries.size(),
                        WilsonInterval.of(caught, canaries.size()));
    }

    /** The figures under the clinic's thresholds, in words. */
    private static List<String> flags(Canaries met, Long median, Thresholds thresholds) {
        List<String> flags = new ArrayList<>();
        if (met.catchRate() != null && met.catchRate() < thresholds.minCatchRate()) {
            flags.add(String.format(
                    Locale.ROOT,
                    "caught %d of %d planted errors, under the clinic's %.0f%%",
                    met.caught(),
                    met.met(),
                    thresholds.minCatchRate() * 100));
        }
        if (median != null && median < thresholds.minMedianTimeOnTaskMs()) {
            flags.add(String.format(
                    Locale.ROOT,
                    "median time on task %.1f s, under the clinic's %.0f s",
                    median / 1000.0,
                    thresholds.minMedianTimeOnTaskMs() / 1000.0));
        }
        return flags;
    }

    private static List<ModelFigures> models(List<DecisionMeasurement> decisions) {
        Map<String, List<DecisionMeasurement>> byModel = new TreeMap<>();
        decisions.stream()
                .filter(m -> "REVIEW".equals(m.stage) && m.wordsChanged != null)
                .forEach(m -> byModel.computeIfAbsent(
                                m.modelVersion == null ? "(unknown)" : m.modelVersion, k -> new ArrayList<>())
                        .add(m));
        List<ModelFigures> out = new ArrayList<>();
        byModel.forEach((model, list) -> {
            long[] words = list.stream().mapToLong(m -> m.wordsChanged).sorted().toArray();
            Long median = percentile(words, 50);
            out.add(new ModelFigures(
                    model,
                    list.size(),
                    (int) list.stream().filter(m -> m.wordsChanged > 0).count(),
                    median == null ? null : median.intValue(),
                    list.stream().mapToInt(m -> m.citations).sum(),
                    list.stream().mapToInt(m -> m.citationsDropped).sum()));
        });
        return out;
    }

    /** The nearest-rank percentile of sorted values; null when there are none. */
    static Long percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return null;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
