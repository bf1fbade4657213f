package org.careloop.policy.triage;

import io.quarkus.runtime.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.careloop.policy.policy.CurrentPolicy;
import org.careloop.policy.policy.PolicyManifest;

/**
 * Red-flag triage of a patient message in layers: the versioned catalogue with its context rules, the same
 * catalogue after spelling correction, the semantic layer, and the language screen. The highest severity any
 * layer gives wins; no layer can lower another's. Built at start (the sentence model and the exemplars' vectors take
 * seconds), so that the service is ready only once it can screen.
 */
@Startup
@Singleton
public class Triage {

    private record CompiledRule(RedFlagCatalogue.Rule rule, List<Pattern> patterns, List<Pattern> mentions) {}

    /** Semantic layers are costly to build (every exemplar is embedded): one per exemplar set and version. */
    private static final Map<String, SemanticTriage> SEMANTIC = new ConcurrentHashMap<>();

    private static final Map<String, AssertionModel> ASSERTIONS = new ConcurrentHashMap<>();

    private static final Map<Set<TriageLayer>, Triage> CLASSPATH = new ConcurrentHashMap<>();

    private final RedFlagCatalogue catalogue;
    private final List<CompiledRule> rules;
    private final ClinicalContext context;
    private final SemanticTriage semantic;
    private final AssertionModel assertions;
    private final SpellingCorrector spelling;
    private final LanguageScreen language;
    private final InfantFever infantFever = new InfantFever();
    private final PreEclampsiaSigns preEclampsia = new PreEclampsiaSigns();
    private final SignsTogether signsTogether = new SignsTogether();
    private final FinalArrangements finalArrangements = new FinalArrangements();
    private final Set<TriageLayer> layers;

    @Inject
    public Triage(CurrentPolicy policy) {
        this(policy, EnumSet.allOf(TriageLayer.class));
    }

    /** Only the given layers: to measure each layer on its own. */
    public Triage(CurrentPolicy policy, Set<TriageLayer> layers) {
        this(
                RedFlagCatalogue.load(policy.catalogue(PolicyManifest.RED_FLAGS)),
                TriageExemplars.load(policy.catalogue(PolicyManifest.TRIAGE_EXEMPLARS)),
                layers);
    }

    Triage(RedFlagCatalogue catalogue, TriageExemplars exemplars, Set<TriageLayer> layers) {
        this.catalogue = catalogue;
        this.layers = Collections.unmodifiableSet(EnumSet.copyOf(layers));
        this.context = new ClinicalContext(catalogue.context());
        this.rules = catalogue.rules().stream()
                .map(rule -> new CompiledRule(rule, compile(rule.patterns()), compile(rule.mentions())))
                .toList();
        this.semantic = layers.contains(TriageLayer.SEMANTIC)
                ? SEMANTIC.computeIfAbsent(
                        exemplars.version() + "/" + exemplars.hashCode(),
                        key -> new SemanticTriage(exemplars, SentenceEncoder.shared()))
                : null;
        this.assertions = exemplars.assertions() == null
                ? null
                // Keyed by the catalogue too: the model weighs only the catalogue's own phrases.
                : ASSERTIONS.computeIfAbsent(
                        exemplars.version() + "/" + exemplars.hashCode() + "/" + catalogue.version() + "/"
                                + catalogue.hashCode(),
                        key -> AssertionModel.forCatalogue(exemplars, catalogue));
        this.spelling = new SpellingCorrector(
                catalogue.rules().stream()
                        .flatMap(r -> Stream.concat(r.patterns().stream(), r.mentions().stream()))
                        .toList(),
                exemplars.categories().stream()
                        .flatMap(c -> c.exemplars().stream())
                        .toList());
        this.language = new LanguageScreen();
    }

    private static List<Pattern> compile(List<String> patterns) {
        return patterns.stream()
                .map(p -> Pattern.compile(
                        "(?<![\\p{L}\\p{N}])(?:" + p + ")(?![\\p{L}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
    }

    public static Triage fromClasspath() {
        return fromClasspath(EnumSet.allOf(TriageLayer.class));
    }

    public static Triage fromClasspath(Set<TriageLayer> layers) {
        return CLASSPATH.computeIfAbsent(Set.copyOf(layers), l -> new Triage(CurrentPolicy.fromClasspath(), l));
    }

    public String catalogueVersion() {
        return catalogue.version();
    }

    public Set<TriageLayer> layers() {
        return layers;
    }

    /** The red-flag categories of the catalogue, in catalogue order. */
    public List<String> categories() {
        return catalogue.rules().stream()
                .map(RedFlagCatalogue.Rule::category)
                .distinct()
                .toList();
    }

    /** {@code result} with another layer's flag added: the highest severity wins, nothing is lowered. */
    public static TriageResult withFlag(TriageResult result, RedFlag flag) {
        List<RedFlag> flags = new ArrayList<>(result.redFlags());
        flags.add(flag);
        return new TriageResult(List.copyOf(flags), result.highestSeverity().max(flag.severity()));
    }

    /** Red flags about the patient now, in text order, and the highest severity (ROUTINE when none). */
    public TriageResult assess(String text) {
        String normalised = text.replace('’', '\'').replace('‘', '\'');
        List<RedFlag> flags = new ArrayList<>();
        if (layers.contains(TriageLayer.RULES)) {
            present(matches(normalised)).stream()
                    // "my 7 week old's temperature is 37.1": a reading that is no fever is no infant fever.
                    .filter(m -> !m.rule().category().equals(InfantFever.CATEGORY)
                            || InfantFever.isFever(normalised.substring(m.end())))
                    .forEach(m -> flags.add(m.toRedFlag()));
            flags.addAll(infantFever.assess(normalised, context));
            flags.addAll(preEclampsia.assess(normalised, context));
            flags.addAll(signsTogether.assess(normalised, context));
            flags.addAll(finalArrangements.assess(normalised, context));
        }
        SpellingCorrector.Corrected corrected = spelling.correct(normalised);
        if (layers.contains(TriageLayer.SPELLING) && corrected.corrections() > 0) {
            for (RedFlagMatch m : present(matches(corrected.text()))) {
                flags.add(new RedFlagMatch(
                                m.rule(),
                                corrected.originalStart(m.start()),
                                corrected.originalEnd(m.end()),
                                m.assertion(),
                                m.severity())
                        .toRedFlag(TriageLayer.SPELLING));
            }
        }
        if (semantic != null) {
            for (RedFlag f : semantic.assess(corrected.text(), context)) {
                flags.add(new RedFlag(
                        f.category(),
                        f.severity(),
                        corrected.originalStart(f.start()),
                        corrected.originalEnd(f.end()),
                        f.ruleId(),
                        f.layer(),
                        f.score()));
            }
        }
        if (layers.contains(TriageLayer.LANGUAGE)) {
            flags.addAll(language.assess(text));
        }
        List<RedFlag> kept = withoutRepeats(assertions == null ? flags : assertions.weigh(normalised, flags));
        Severity highest = kept.stream().map(RedFlag::severity).reduce(Severity.ROUTINE, Severity::max);
        return new TriageResult(List.copyOf(kept), highest);
    }

    private static List<RedFlagMatch> present(List<RedFlagMatch> matches) {
        return matches.stream().filter(m -> m.assertion().raises()).toList();
    }

    /**
     * One flag per category and piece of evidence: among overlapping flags of a category the most severe stays,
     * and of equals the one from the earliest layer (a catalogue phrase before a similarity).
     */
    private static List<RedFlag> withoutRepeats(List<RedFlag> flags) {
        List<RedFlag> sorted = new ArrayList<>(flags);
        sorted.sort(Comparator.comparing(RedFlag::severity)
                .reversed()
                .thenComparing(RedFlag::layer)
                .thenComparingInt(RedFlag::start));
        List<RedFlag> kept = new ArrayList<>();
        for (RedFlag candidate : sorted) {
            boolean repeat = kept.stream()
                    .anyMatch(k -> k.category().equals(candidate.category())
                            && k.severity().compareTo(candidate.severity()) >= 0
                            && k.start() < candidate.end()
                            && candidate.start() < k.end());
            if (!repeat) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(RedFlag::start).thenComparing(RedFlag::category));
        return kept;
    }

    /** Every catalogue phrase in the text with its assertion, one per category and span. */
    public List<RedFlagMatch> matches(String text) {
        String normalised = text.replace('’', '\'').replace('‘', '\'');
        List<RedFlagMatch> found = new ArrayList<>();
        for (CompiledRule compiled : rules) {
            RedFlagCatalogue.Rule rule = compiled.rule();
            Severity forAge = olderThan(rule, normalised) ? rule.severity().min(Severity.URGENT) : rule.severity();
            for (Pattern pattern : compiled.patterns()) {
                find(pattern, normalised, (start, end) -> found.add(match(rule, normalised, start, end, forAge)));
            }
            for (Pattern pattern : compiled.mentions()) {
                find(
                        pattern,
                        normalised,
                        (start, end) -> found.add(match(
                                rule,
                                normalised,
                                start,
                                end,
                                context.attributed(normalised, start, end) ? forAge : forAge.min(Severity.URGENT))));
            }
        }
        // Within a category, overlapping phrases are one piece of evidence: keep the most severe, then longest.
        found.sort(Comparator.comparing(RedFlagMatch::severity)
                .reversed()
                .thenComparing(Comparator.comparingInt((RedFlagMatch m) -> m.end() - m.start())
                        .reversed())
                .thenComparingInt(RedFlagMatch::start));
        List<RedFlagMatch> kept = new ArrayList<>();
        for (RedFlagMatch candidate : found) {
            boolean duplicate = kept.stream()
                    .anyMatch(k -> k.rule().category().equals(candidate.rule().category())
                            && k.start() < candidate.end()
                            && candidate.start() < k.end());
            if (!duplicate) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(RedFlagMatch::start)
                .thenComparing(m -> m.rule().id()));
        return kept;
    }

    private RedFlagMatch match(RedFlagCatalogue.Rule rule, String text, int start, int end, Severity severity) {
        Assertion assertion = context.assess(text, start, end);
        return new RedFlagMatch(
                rule, start, end, assertion, assertion.raisedAt(severity, rule.resolvable(), rule.acute()));
    }

    /** Whether every age the message states is above the rule's limit ("a fever in my 7-month-old"). */
    private static boolean olderThan(RedFlagCatalogue.Rule rule, String text) {
        if (rule.maxAgeMonths() == null) {
            return false;
        }
        OptionalDouble youngest = StatedAge.youngestMonths(text);
        return youngest.isPresent() && youngest.getAsDouble() >= rule.maxAgeMonths();
    }

    private static void find(Pattern pattern, String text, BiConsumer<Integer, Integer> onMatch) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (m.end() > m.start()) {
                onMatch.accept(m.start(), m.end());
            }
        }
    }
}
