package org.careloop.policy.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.careloop.policy.common.PolicyServiceConfig;
import org.careloop.policy.deid.Deidentifier;
import org.careloop.policy.deid.Detection;
import org.careloop.policy.policy.CurrentPolicy;
import org.careloop.policy.policy.PolicyManifest;
import org.careloop.policy.triage.Severity;

/**
 * Checks a drafted reply before a clinician sees it: phrase rules (dosing, medication changes, diagnoses,
 * discouraging care, guarantees), uncited claims, identifiers, reading level, stigmatising language and an
 * emergency left unaddressed. Every finding has a span in the draft and a plain explanation.
 */
@Singleton
public class DraftChecker {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[A-Z_]+_\\d+]");
    private static final int MIN_CLAIM_WORDS = 4;
    private static final int MIN_READING_WORDS = 12;

    private record CompiledRule(DraftRules.Rule rule, List<Pattern> patterns, List<Pattern> exceptions) {
    }

    private record CompiledTerm(StigmatisingTerms.Term term, Pattern pattern) {
    }

    private final String policyVersion;
    private final Deidentifier deidentifier;
    private final double readingGradeLimit;
    private final List<CompiledRule> rules;
    private final List<Pattern> emergencyAdvice;
    private final List<Pattern> nonClaims;
    private final List<CompiledTerm> terms;

    @Inject
    public DraftChecker(CurrentPolicy policy, Deidentifier deidentifier, PolicyServiceConfig config) {
        this(policy.version(), DraftRules.load(policy.catalogue(PolicyManifest.DRAFT_RULES)),
                StigmatisingTerms.load(policy.catalogue(PolicyManifest.STIGMATISING_TERMS)), deidentifier,
                config.readingGradeLimit());
    }

    public DraftChecker(String policyVersion, DraftRules rules, StigmatisingTerms terms, Deidentifier deidentifier,
                        double readingGradeLimit) {
        this.policyVersion = policyVersion;
        this.deidentifier = deidentifier;
        this.readingGradeLimit = readingGradeLimit;
        this.rules = rules.rules().stream()
                .map(r -> new CompiledRule(r, words(r.patterns()), words(r.exceptions() == null ? List.of() : r.exceptions())))
                .toList();
        this.emergencyAdvice = words(rules.emergencyAdvice());
        List<String> nonClaimPatterns = new ArrayList<>();
        nonClaimPatterns.addAll(rules.nonClaims().greetings());
        nonClaimPatterns.addAll(rules.nonClaims().signOffs());
        nonClaimPatterns.addAll(rules.nonClaims().careTeamGuidance());
        this.nonClaims = nonClaimPatterns.stream().map(p -> Pattern.compile(p, CI)).toList();
        this.terms = terms.terms().stream()
                .map(t -> new CompiledTerm(t, word(t.pattern())))
                .toList();
    }

    public static DraftChecker fromClasspath() {
        CurrentPolicy policy = CurrentPolicy.fromClasspath();
        return new DraftChecker(policy.version(), DraftRules.load(policy.catalogue(PolicyManifest.DRAFT_RULES)),
                StigmatisingTerms.load(policy.catalogue(PolicyManifest.STIGMATISING_TERMS)), new Deidentifier(policy), 8.0);
    }

    private static List<Pattern> words(List<String> patterns) {
        return patterns.stream().map(DraftChecker::word).toList();
    }

    private static Pattern word(String pattern) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + pattern + ")(?![\\p{L}\\p{N}])", CI);
    }

    public CheckDraftResponse check(CheckDraftRequest request) {
        String draft = request.draftText();
        List<Sentences.Sentence> sentences = Sentences.of(draft);
        List<Finding> findings = new ArrayList<>();
        findings.addAll(phraseFindings(draft, sentences));
        findings.addAll(uncitedClaims(sentences, request.citations()));
        findings.addAll(identifierLeaks(draft));
        double grade = Readability.grade(draft);
        // Flesch-Kincaid says little about a line or two; judge texts of some length only.
        if (grade > readingGradeLimit && Readability.words(draft) >= MIN_READING_WORDS) {
            findings.add(new Finding(FindingType.READING_LEVEL, RiskLevel.LOW, 0, draft.length(),
                    String.format(Locale.ROOT, "Reads at grade %.1f; patient replies should read at grade %.0f or below. "
                            + "Use shorter sentences and everyday words.", grade, readingGradeLimit)));
        }
        findings.addAll(stigmatisingLanguage(draft));
        findings.addAll(emergencyNotAddressed(draft, request.redFlags()));
        findings.sort(Comparator.comparingInt(Finding::start).thenComparing(Finding::type));
        RiskLevel risk = findings.stream().map(Finding::severity).max(Comparator.naturalOrder()).orElse(RiskLevel.LOW);
        return new CheckDraftResponse(policyVersion, risk, List.copyOf(findings), grade);
    }

    List<Finding> phraseFindings(String draft, List<Sentences.Sentence> sentences) {
        List<Finding> found = new ArrayList<>();
        for (CompiledRule compiled : rules) {
            List<Finding> ofType = new ArrayList<>();
            for (Pattern pattern : compiled.patterns()) {
                Matcher m = pattern.matcher(draft);
                while (m.find()) {
                    int start = m.start();
                    int end = m.end();
                    if (end <= start || excepted(compiled, sentences, start)) {
                        continue;
                    }
                    // Overlapping phrases of one type are one finding covering both ("Take 2" + "2 tablets").
                    Finding merged = new Finding(compiled.rule().type(), compiled.rule().severity(), start, end,
                            compiled.rule().explanation());
                    for (java.util.Iterator<Finding> it = ofType.iterator(); it.hasNext(); ) {
                        Finding f = it.next();
                        if (f.start() < merged.end() && merged.start() < f.end()) {
                            it.remove();
                            merged = new Finding(f.type(), f.severity(), Math.min(f.start(), merged.start()),
                                    Math.max(f.end(), merged.end()), f.explanation());
                        }
                    }
                    ofType.add(merged);
                }
            }
            found.addAll(ofType);
        }
        return found;
    }

    private static boolean excepted(CompiledRule rule, List<Sentences.Sentence> sentences, int at) {
        if (rule.exceptions().isEmpty()) {
            return false;
        }
        for (Sentences.Sentence s : sentences) {
            if (s.start() <= at && at < s.end()) {
                return rule.exceptions().stream().anyMatch(p -> p.matcher(s.text()).find());
            }
        }
        return false;
    }

    /** Sentences that state something but no citation covers (greetings, sign-offs, questions and care-team guidance aside). */
    List<Finding> uncitedClaims(List<Sentences.Sentence> sentences, List<Citation> citations) {
        List<Finding> found = new ArrayList<>();
        for (Sentences.Sentence s : sentences) {
            String text = PLACEHOLDER.matcher(s.text()).replaceAll("Sam");
            // A question asks and a sentence ending in a colon introduces what follows: neither states a claim.
            if (text.endsWith("?") || text.endsWith(":") || text.split("\\s+").length < MIN_CLAIM_WORDS
                    || nonClaims.stream().anyMatch(p -> p.matcher(s.text()).find())) {
                continue;
            }
            int covered = 0;
            for (Citation c : citations) {
                int from = Math.max(s.start(), Math.min(c.start(), c.end()));
                int to = Math.min(s.end(), Math.max(c.start(), c.end()));
                covered = Math.max(covered, to - from);
            }
            if (covered * 2 < s.end() - s.start()) {
                found.add(new Finding(FindingType.UNCITED_CLAIM, RiskLevel.MEDIUM, s.start(), s.end(),
                        "No cited passage supports this sentence. Check it against the clinic's material or remove it."));
            }
        }
        return found;
    }

    List<Finding> identifierLeaks(String draft) {
        List<Finding> found = new ArrayList<>();
        for (Detection d : deidentifier.detect(draft)) {
            if (!PLACEHOLDER.matcher(d.valueIn(draft)).matches()) {
                found.add(new Finding(FindingType.IDENTIFIER_LEAK, RiskLevel.HIGH, d.start(), d.end(),
                        "Looks like " + article(d.type().name()) + " that is not a placeholder. A draft must carry "
                                + "placeholders only; review-service fills them in after approval."));
            }
        }
        return found;
    }

    List<Finding> stigmatisingLanguage(String draft) {
        List<Finding> found = new ArrayList<>();
        for (CompiledTerm term : terms) {
            Matcher m = term.pattern().matcher(draft);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (found.stream().noneMatch(f -> f.start() < end && start < f.end())) {
                    found.add(new Finding(FindingType.STIGMATISING_LANGUAGE, RiskLevel.LOW, start, end,
                            "\"" + term.term().term() + "\" can stigmatise; say \"" + term.term().suggestion() + "\" instead.",
                            term.term().suggestion()));
                }
            }
        }
        return found;
    }

    List<Finding> emergencyNotAddressed(String draft, List<RedFlagRef> redFlags) {
        List<String> emergencies = redFlags.stream()
                .filter(f -> f.severity() == Severity.EMERGENCY)
                .map(f -> f.category() == null ? "EMERGENCY" : f.category())
                .distinct()
                .toList();
        if (emergencies.isEmpty() || emergencyAdvice.stream().anyMatch(p -> p.matcher(draft).find())) {
            return List.of();
        }
        return List.of(new Finding(FindingType.EMERGENCY_NOT_ADDRESSED, RiskLevel.HIGH, 0, draft.length(),
                "The message has emergency red flags (" + emergencies.stream().collect(Collectors.joining(", "))
                        + ") but the draft does not tell the patient to call emergency services (911) or go to "
                        + "the emergency department now."));
    }

    private static String article(String type) {
        String readable = type.toLowerCase(Locale.ROOT).replace('_', ' ');
        return ("aeiou".indexOf(readable.charAt(0)) >= 0 ? "an " : "a ") + readable;
    }
}
