package org.careloop.policy.triage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.careloop.policy.policy.CurrentPolicy;
import org.careloop.policy.policy.PolicyManifest;

/** Red-flag triage of a patient message against the versioned catalogue. */
@Singleton
public class Triage {

    private record CompiledRule(RedFlagCatalogue.Rule rule, List<Pattern> patterns) {
    }

    private final RedFlagCatalogue catalogue;
    private final List<CompiledRule> rules;
    private final ClinicalContext context;

    @Inject
    public Triage(CurrentPolicy policy) {
        this(RedFlagCatalogue.load(policy.catalogue(PolicyManifest.RED_FLAGS)));
    }

    public Triage(RedFlagCatalogue catalogue) {
        this.catalogue = catalogue;
        this.context = new ClinicalContext(catalogue.context());
        this.rules = catalogue.rules().stream()
                .map(rule -> new CompiledRule(rule, rule.patterns().stream()
                        .map(p -> Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + p + ")(?![\\p{L}])",
                                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                        .toList()))
                .toList();
    }

    public static Triage fromClasspath() {
        return new Triage(CurrentPolicy.fromClasspath());
    }

    public String catalogueVersion() {
        return catalogue.version();
    }

    /** Red flags about the patient now, in text order, and the highest severity (ROUTINE when none). */
    public TriageResult assess(String text) {
        List<RedFlag> flags = new ArrayList<>();
        Severity highest = Severity.ROUTINE;
        for (RedFlagMatch match : matches(text)) {
            if (match.assertion() == Assertion.PRESENT) {
                flags.add(match.toRedFlag());
                highest = highest.max(match.rule().severity());
            }
        }
        return new TriageResult(List.copyOf(flags), highest);
    }

    /** Every catalogue phrase in the text with its assertion, one per category and span. */
    public List<RedFlagMatch> matches(String text) {
        String normalised = text.replace('’', '\'').replace('‘', '\'');
        List<RedFlagMatch> found = new ArrayList<>();
        for (CompiledRule compiled : rules) {
            for (Pattern pattern : compiled.patterns()) {
                Matcher m = pattern.matcher(normalised);
                while (m.find()) {
                    if (m.end() > m.start()) {
                        found.add(new RedFlagMatch(compiled.rule(), m.start(), m.end(),
                                context.assess(normalised, m.start(), m.end())));
                    }
                }
            }
        }
        // Within a category, overlapping phrases are one piece of evidence: keep the most severe, then longest.
        found.sort(Comparator.comparing((RedFlagMatch m) -> m.rule().severity()).reversed()
                .thenComparing(Comparator.comparingInt((RedFlagMatch m) -> m.end() - m.start()).reversed())
                .thenComparingInt(RedFlagMatch::start));
        List<RedFlagMatch> kept = new ArrayList<>();
        for (RedFlagMatch candidate : found) {
            boolean duplicate = kept.stream().anyMatch(k -> k.rule().category().equals(candidate.rule().category())
                    && k.start() < candidate.end() && candidate.start() < k.end());
            if (!duplicate) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(RedFlagMatch::start).thenComparing(m -> m.rule().id()));
        return kept;
    }
}
