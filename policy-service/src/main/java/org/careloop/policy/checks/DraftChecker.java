package org.careloop.policy.checks;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.careloop.policy.common.Placeholders;
import org.careloop.policy.common.PolicyServiceConfig;
import org.careloop.policy.deid.DeidLexicon;
import org.careloop.policy.deid.Deidentifier;
import org.careloop.policy.deid.Detection;
import org.careloop.policy.deid.EntityType;
import org.careloop.policy.policy.CurrentPolicy;
import org.careloop.policy.policy.PolicyManifest;
import org.careloop.policy.triage.Severity;

/**
 * Checks a drafted reply before a clinician sees it: phrase rules (dosing, medication changes, diagnoses,
 * discouraging care, guarantees) and, for the same kinds in words no rule lists, a semantic layer that can only add
 * findings; uncited claims, identifiers, reading level, stigmatising language and an emergency left unaddressed.
 * Every finding has a span in the draft and a plain explanation.
 */
@Singleton
public class DraftChecker {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern ONE_WORD = Pattern.compile("\\p{L}+\\.?");
    private static final Pattern PLACEHOLDER = Placeholders.PATTERN;
    private static final int MIN_CLAIM_WORDS = 4;
    /** A capitalised word and a capitalised surname after it ("James Whitfield", "Mary O'Neil", "Ann Lee-Smith"). */
    private static final Pattern FULL_NAME = Pattern.compile(
            "(?<![\\p{L}\\[])(\\p{Lu}\\p{Ll}+)[ \\t]+((?:Mc|Mac|O['’])?\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)(?![\\p{L}\\]])");
    /** Words that follow a first name without making it a person's full name ("Grace Hospital", "Will Power"). */
    private static final java.util.Set<String> NOT_SURNAMES = java.util.Set.of(
            "hospital",
            "clinic",
            "street",
            "road",
            "avenue",
            "lane",
            "drive",
            "centre",
            "center",
            "health",
            "medical",
            "pharmacy",
            "care",
            "team",
            "house",
            "ward",
            "unit",
            "surgery",
            "practice",
            "group",
            "park",
            "hall",
            "school",
            "church",
            "day",
            "night");
    /** A run of digits with phone-style separators: "(617) 555-0142", "07700 900123", "555.201.7788". */
    private static final Pattern LONG_NUMBER =
            Pattern.compile("(?<![\\p{L}\\d_\\[])\\+?\\(?\\d[\\d \\t().-]{5,}\\d(?![\\p{L}\\d_\\]])");

    private static final int MIN_READING_WORDS = 12;
    private static final Pattern DAY_OF_MONTH =
            Pattern.compile("(?:(?:on|by|from|until|till|before|after)\\s+)?(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)", CI);

    /** A rule with its patterns expanded from the lexicon and compiled. */
    private record CompiledRule(
            DraftRules.Rule rule,
            List<Pattern> patterns,
            List<Pattern> exceptions,
            List<Pattern> clauseExceptions,
            List<Pattern> before,
            List<Pattern> requires) {

        CompiledRule(DraftRules.Rule rule, DraftLexicon lexicon) {
            this(
                    rule,
                    words(lexicon, rule.patterns()),
                    words(lexicon, rule.exceptions()),
                    words(lexicon, rule.clauseExceptions()),
                    endings(lexicon, rule.before()),
                    words(lexicon, rule.requires()));
        }

        /** Whether the phrase at [start, end) of the draft stands: no exception in its sentence or clause, nothing negating it. */
        boolean stands(String draft, Sentences.Sentence sentence, Clauses.Clause clause, int start) {
            if (excuses(draft, sentence, clause)) {
                return false;
            }
            String clauseText = draft.substring(clause.start(), clause.end());
            if (!requires.isEmpty()
                    && requires.stream().noneMatch(p -> p.matcher(clauseText).find())) {
                return false;
            }
            String beforeText = draft.substring(clause.start(), start);
            return before.stream().noneMatch(p -> p.matcher(beforeText).find());
        }

        /** A question the rule exempts, or a hedge or deferral in the sentence or clause. */
        boolean excuses(String draft, Sentences.Sentence sentence, Clauses.Clause clause) {
            if (rule.questionsExempt() && sentence.text().endsWith("?")) {
                return true;
            }
            String clauseText = draft.substring(clause.start(), clause.end());
            return exceptions.stream().anyMatch(p -> p.matcher(sentence.text()).find())
                    || clauseExceptions.stream()
                            .anyMatch(p -> p.matcher(clauseText).find());
        }
    }

    private record CompiledAdvice(
            List<Pattern> patterns, List<Pattern> exceptions, List<Pattern> before, List<Pattern> deferrals) {}

    private record CompiledTerm(StigmatisingTerms.Term term, Pattern pattern) {}

    private final String policyVersion;
    private final Deidentifier deidentifier;
    private final DeidLexicon names;
    private final double readingGradeLimit;
    private final List<CompiledRule> rules;
    private final CompiledAdvice emergencyAdvice;
    private final List<Pattern> nonClaims;
    private final List<CompiledTerm> terms;
    private final SemanticDraftCheck semantic;
    /** For each kind the semantic layer finds, what its sentence must mention (none: any sentence). */
    private final Map<FindingType, List<Pattern>> semanticSubjects = new EnumMap<>(FindingType.class);

    /** For each kind the semantic layer finds, what its own clause must mention (none: any clause). */
    private final Map<FindingType, List<Pattern>> semanticClauseSubjects = new EnumMap<>(FindingType.class);

    @Inject
    public DraftChecker(CurrentPolicy policy, Deidentifier deidentifier, PolicyServiceConfig config) {
        this(
                policy.version(),
                DraftRules.load(policy.catalogue(PolicyManifest.DRAFT_RULES)),
                DraftLexicon.load(policy.catalogue(PolicyManifest.DRAFT_LEXICON)),
                StigmatisingTerms.load(policy.catalogue(PolicyManifest.STIGMATISING_TERMS)),
                DraftExemplars.load(policy.catalogue(PolicyManifest.DRAFT_EXEMPLARS)),
                deidentifier,
                deidentifier.lexicon(),
                config.readingGradeLimit());
    }

    public DraftChecker(
            String policyVersion,
            DraftRules rules,
            DraftLexicon lexicon,
            StigmatisingTerms terms,
            DraftExemplars exemplars,
            Deidentifier deidentifier,
            DeidLexicon names,
            double readingGradeLimit) {
        this.policyVersion = policyVersion;
        this.deidentifier = deidentifier;
        this.names = names;
        this.readingGradeLimit = readingGradeLimit;
        this.rules =
                rules.rules().stream().map(r -> new CompiledRule(r, lexicon)).toList();
        DraftRules.EmergencyAdvice advice = rules.emergencyAdvice();
        this.emergencyAdvice = new CompiledAdvice(
                words(lexicon, advice.patterns()),
                words(lexicon, advice.exceptions()),
                endings(lexicon, advice.before()),
                words(lexicon, advice.deferrals()));
        List<String> nonClaimPatterns = new ArrayList<>();
        nonClaimPatterns.addAll(rules.nonClaims().greetings());
        nonClaimPatterns.addAll(rules.nonClaims().signOffs());
        nonClaimPatterns.addAll(rules.nonClaims().careTeamGuidance());
        this.nonClaims =
                nonClaimPatterns.stream().map(p -> Pattern.compile(p, CI)).toList();
        this.terms = terms.terms().stream()
                .map(t -> new CompiledTerm(t, word(t.pattern())))
                .toList();
        this.semantic = SemanticDraftCheck.of(exemplars);
        exemplars.kinds().forEach(k -> semanticSubjects.put(k.type(), words(lexicon, k.about())));
        exemplars.kinds().forEach(k -> semanticClauseSubjects.put(k.type(), words(lexicon, k.aboutInClause())));
    }

    public static DraftChecker fromClasspath() {
        CurrentPolicy policy = CurrentPolicy.fromClasspath();
        Deidentifier deidentifier = new Deidentifier(policy);
        return new DraftChecker(
                policy.version(),
                DraftRules.load(policy.catalogue(PolicyManifest.DRAFT_RULES)),
                DraftLexicon.load(policy.catalogue(PolicyManifest.DRAFT_LEXICON)),
                StigmatisingTerms.load(policy.catalogue(PolicyManifest.STIGMATISING_TERMS)),
                DraftExemplars.load(policy.catalogue(PolicyManifest.DRAFT_EXEMPLARS)),
                deidentifier,
                deidentifier.lexicon(),
                8.0);
    }

    private static List<Pattern> words(DraftLexicon lexicon, List<String> patterns) {
        return patterns.stream().map(p -> word(lexicon.expand(p))).toList();
    }

    /** Patterns that must match the very end of the text before a phrase ("do not " before "stop"). */
    private static List<Pattern> endings(DraftLexicon lexicon, List<String> patterns) {
        return patterns.stream()
                .map(p -> Pattern.compile("(?:" + lexicon.expand(p) + ")\\s*$", CI))
                .toList();
    }

    private static Pattern word(String pattern) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + pattern + ")(?![\\p{L}\\p{N}])", CI);
    }

    public CheckDraftResponse check(CheckDraftRequest request) {
        String draft = request.draftText();
        List<Sentences.Sentence> sentences = Sentences.of(draft);
        List<Finding> findings = new ArrayList<>();
        PhraseMatches phrases = phraseFindings(draft, sentences);
        findings.addAll(phrases.found());
        findings.addAll(semantic.findings(draft, sentences).stream()
                .filter(f -> !overruled(f, draft, sentences, phrases))
                .toList());
        findings.addAll(uncitedClaims(sentences, request.citations()));
        findings.addAll(identifierLeaks(draft));
        double grade = Readability.grade(draft);
        // Flesch-Kincaid says little about a line or two; judge texts of some length only.
        if (grade > readingGradeLimit && Readability.words(draft) >= MIN_READING_WORDS) {
            findings.add(new Finding(
                    FindingType.READING_LEVEL,
                    RiskLevel.LOW,
                    0,
                    draft.length(),
                    String.format(
                            Locale.ROOT,
                            "Reads at grade %.1f; patient replies should read at grade %.0f or below. "
                                    + "Use shorter sentences and everyday words.",
                            grade,
                            readingGradeLimit)));
        }
        findings.addAll(stigmatisingLanguage(draft));
        findings.addAll(emergencyNotAddressed(draft, sentences, request.redFlags()));
        findings.sort(Comparator.comparingInt(Finding::start).thenComparing(Finding::type));
        RiskLevel risk = findings.stream()
                .map(Finding::severity)
                .max(Comparator.naturalOrder())
                .orElse(RiskLevel.LOW);
        return new CheckDraftResponse(policyVersion, risk, List.copyOf(findings), grade);
    }

    /**
     * What the phrase rules found, and the clauses where a rule's phrase matched but its exceptions or negation
     * excused it ("please don't stop your metformin"): the semantic layer does not overrule them.
     */
    record PhraseMatches(List<Finding> found, List<Finding> excused) {

        /** Whether a semantic finding adds something: no rule found or excused the same kind in its span. */
        boolean leavesToSemantic(Finding semantic) {
            return Stream.concat(found.stream(), excused.stream())
                    .noneMatch(r ->
                            r.type() == semantic.type() && r.start() < semantic.end() && semantic.start() < r.end());
        }
    }

    /**
     * The phrase rules, clause by clause: a rule's frame must match inside one clause, and its exceptions are
     * judged on that sentence, that clause and the words just before the phrase.
     */
    PhraseMatches phraseFindings(String draft, List<Sentences.Sentence> sentences) {
        List<Finding> found = new ArrayList<>();
        List<Finding> excused = new ArrayList<>();
        Map<FindingType, List<Finding>> byType = new EnumMap<>(FindingType.class);
        // One matcher per pattern, moved from clause to clause: a draft has dozens of clauses and patterns.
        List<List<Matcher>> matchers = rules.stream()
                .map(r -> r.patterns().stream().map(p -> p.matcher(draft)).toList())
                .toList();
        for (Sentences.Sentence sentence : sentences) {
            for (Clauses.Clause clause : Clauses.of(sentence)) {
                for (int r = 0; r < rules.size(); r++) {
                    CompiledRule compiled = rules.get(r);
                    for (Matcher m : matchers.get(r)) {
                        m.region(clause.start(), clause.end());
                        while (m.find()) {
                            if (m.end() <= m.start()) {
                                continue;
                            }
                            if (!compiled.stands(draft, sentence, clause, m.start())) {
                                excused.add(new Finding(
                                        compiled.rule().type(),
                                        compiled.rule().severity(),
                                        clause.start(),
                                        clause.end(),
                                        compiled.rule().explanation()));
                                continue;
                            }
                            merge(
                                    byType.computeIfAbsent(compiled.rule().type(), t -> new ArrayList<>()),
                                    new Finding(
                                            compiled.rule().type(),
                                            compiled.rule().severity(),
                                            m.start(),
                                            m.end(),
                                            compiled.rule().explanation()));
                        }
                    }
                }
            }
        }
        byType.values().forEach(found::addAll);
        return new PhraseMatches(found, excused);
    }

    /**
     * Whether the rules overrule a semantic finding: a rule of its type found or excused the same span, or the rule's
     * hedges and deferrals ("could", "without talking to us first") excuse its clause. The model tells what a clause
     * is about; the rules still say when it is advice.
     */
    boolean overruled(Finding semantic, String draft, List<Sentences.Sentence> sentences, PhraseMatches phrases) {
        return !phrases.leavesToSemantic(semantic)
                || excused(semantic.type(), draft, sentences, semantic.start(), semantic.end())
                || offSubject(semantic, draft, sentences);
    }

    /**
     * Whether the finding's clause does not mention what its kind's clauses must, or neither the finding's sentence
     * nor the one before it mentions what a finding of its kind must be about (the sentence before: "Your
     * amlodipine. I'd leave it off for a week").
     */
    private boolean offSubject(Finding semantic, String draft, List<Sentences.Sentence> sentences) {
        String clause = draft.substring(semantic.start(), semantic.end());
        List<Pattern> clauseSubjects = semanticClauseSubjects.getOrDefault(semantic.type(), List.of());
        if (!clauseSubjects.isEmpty()
                && clauseSubjects.stream().noneMatch(p -> p.matcher(clause).find())) {
            return true;
        }
        List<Pattern> subjects = semanticSubjects.getOrDefault(semantic.type(), List.of());
        if (subjects.isEmpty()) {
            return false;
        }
        int at = sentences.indexOf(sentenceOf(sentences, semantic.start(), semantic.end()));
        String context = draft.substring(
                sentences.get(Math.max(0, at - 1)).start(), sentences.get(at).end());
        return subjects.stream().noneMatch(p -> p.matcher(context).find());
    }

    private static Sentences.Sentence sentenceOf(List<Sentences.Sentence> sentences, int start, int end) {
        return sentences.stream()
                .filter(s -> s.start() <= start && end <= s.end())
                .findFirst()
                .orElseThrow();
    }

    /** Whether a rule of {@code type} excuses the clause at [start, end): a hedge, a deferral, an exempt question. */
    private boolean excused(FindingType type, String draft, List<Sentences.Sentence> sentences, int start, int end) {
        Sentences.Sentence sentence = sentenceOf(sentences, start, end);
        Clauses.Clause clause = new Clauses.Clause(start, end);
        return rules.stream().anyMatch(r -> r.rule().type() == type && r.excuses(draft, sentence, clause));
    }

    /** Overlapping phrases of one type are one finding covering both ("Take 2" + "2 tablets"). */
    private static void merge(List<Finding> ofType, Finding finding) {
        Finding merged = finding;
        for (Iterator<Finding> it = ofType.iterator(); it.hasNext(); ) {
            Finding f = it.next();
            if (f.start() < merged.end() && merged.start() < f.end()) {
                it.remove();
                merged = new Finding(
                        f.type(),
                        f.severity(),
                        Math.min(f.start(), merged.start()),
                        Math.max(f.end(), merged.end()),
                        f.explanation());
            }
        }
        ofType.add(merged);
    }

    /** Sentences that state something but no citation covers (greetings, sign-offs, questions and care-team guidance aside). */
    List<Finding> uncitedClaims(List<Sentences.Sentence> sentences, List<Citation> citations) {
        List<Finding> found = new ArrayList<>();
        for (Sentences.Sentence s : sentences) {
            String text = PLACEHOLDER.matcher(s.text()).replaceAll("Sam");
            // A question asks and a sentence ending in a colon introduces what follows: neither states a claim.
            if (text.endsWith("?")
                    || text.endsWith(":")
                    || text.split("\\s+").length < MIN_CLAIM_WORDS
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
                found.add(
                        new Finding(
                                FindingType.UNCITED_CLAIM,
                                RiskLevel.MEDIUM,
                                s.start(),
                                s.end(),
                                "No cited passage supports this sentence. Check it against the clinic's material or remove it."));
            }
        }
        return found;
    }

    /**
     * Identifiers written out instead of placeholders: everything the de-identifier finds on the draft, plus what a
     * reply has and a patient's message rarely does: a full name with no cue before it ("James Whitfield in
     * pharmacy", a known first name and a capitalised surname) and a long run of digits in any phone-like format.
     */
    List<Finding> identifierLeaks(String draft) {
        List<int[]> spans = new ArrayList<>();
        List<Finding> found = new ArrayList<>();
        for (Detection d : deidentifier.detect(draft)) {
            if (!PLACEHOLDER.matcher(d.valueIn(draft)).matches()
                    && !monthAlone(d, draft)
                    && !dayOfMonthAlone(d, draft)
                    && !publicService(d, draft)) {
                spans.add(new int[] {d.start(), d.end()});
                found.add(leak(d.start(), d.end(), d.type().name()));
            }
        }
        Matcher m = FULL_NAME.matcher(draft);
        while (m.find()) {
            String first = m.group(1);
            String last = m.group(2);
            if (names.isFirstName(first)
                    && !names.isNotName(first)
                    // "In England, PrEP is free": a preposition that is also someone's name somewhere
                    && !names.endsLowerCaseName(first)
                    && !names.isNotName(last)
                    && !NOT_SURNAMES.contains(last.toLowerCase(Locale.ROOT))
                    && free(spans, m.start(), m.end())) {
                spans.add(new int[] {m.start(), m.end()});
                found.add(leak(m.start(), m.end(), "NAME"));
            }
        }
        m = LONG_NUMBER.matcher(draft);
        while (m.find()) {
            long digits = m.group().chars().filter(Character::isDigit).count();
            if (digits >= 7 && free(spans, m.start(), m.end()) && !PublicServiceContacts.isServiceNumber(m.group())) {
                spans.add(new int[] {m.start(), m.end()});
                found.add(leak(m.start(), m.end(), "NUMBER"));
            }
        }
        return found;
    }

    private static boolean free(List<int[]> spans, int start, int end) {
        return spans.stream().noneMatch(s -> s[0] < end && start < s[1]);
    }

    /** "Your blood test is due in March": a month the practice names is no one's identifier in a reply. */
    private static boolean monthAlone(Detection d, String draft) {
        return d.type() == EntityType.DATE && ONE_WORD.matcher(d.valueIn(draft)).matches();
    }

    /**
     * "Your injection is booked for the 14th": a day of the month without its month is no date of the patient's
     * (de-identification still takes it out of what patients write, with the words around it).
     */
    private static boolean dayOfMonthAlone(Detection d, String draft) {
        return d.type() == EntityType.DATE
                && DAY_OF_MONTH.matcher(d.valueIn(draft)).matches();
    }

    /** "Call Drinkline on 0300 123 1110": a helpline a careful reply names, not the patient's identifier. */
    private static boolean publicService(Detection d, String draft) {
        String value = d.valueIn(draft);
        return d.type() == EntityType.PHONE && PublicServiceContacts.isServiceNumber(value)
                || d.type() == EntityType.NAME && PublicServiceContacts.isHelplineName(value);
    }

    private static Finding leak(int start, int end, String type) {
        return new Finding(
                FindingType.IDENTIFIER_LEAK,
                RiskLevel.HIGH,
                start,
                end,
                "Looks like " + article(type) + " that is not a placeholder. A draft must carry "
                        + "placeholders only; review-service fills them in after approval.");
    }

    List<Finding> stigmatisingLanguage(String draft) {
        List<Finding> found = new ArrayList<>();
        for (CompiledTerm term : terms) {
            Matcher m = term.pattern().matcher(draft);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (found.stream().noneMatch(f -> f.start() < end && start < f.end())) {
                    found.add(new Finding(
                            FindingType.STIGMATISING_LANGUAGE,
                            RiskLevel.LOW,
                            start,
                            end,
                            "\"" + term.term().term() + "\" can stigmatise; say \""
                                    + term.term().suggestion() + "\" instead.",
                            term.term().suggestion()));
                }
            }
        }
        return found;
    }

    List<Finding> emergencyNotAddressed(String draft, List<Sentences.Sentence> sentences, List<RedFlagRef> redFlags) {
        List<String> emergencies = redFlags.stream()
                .filter(f -> f.severity() == Severity.EMERGENCY)
                .map(f -> f.category() == null ? "EMERGENCY" : f.category())
                .distinct()
                .toList();
        if (emergencies.isEmpty() || tellsToGetEmergencyCare(draft, sentences)) {
            return List.of();
        }
        List<Finding> found = new ArrayList<>();
        found.add(new Finding(
                FindingType.EMERGENCY_NOT_ADDRESSED,
                RiskLevel.HIGH,
                0,
                draft.length(),
                "The message has emergency red flags (" + emergencies.stream().collect(Collectors.joining(", "))
                        + ") but the draft does not tell the patient to call emergency services (911) or go to "
                        + "the emergency department now."));
        for (Pattern deferral : emergencyAdvice.deferrals()) {
            Matcher m = deferral.matcher(draft);
            while (m.find()) {
                found.add(new Finding(
                        FindingType.DISCOURAGES_CARE,
                        RiskLevel.HIGH,
                        m.start(),
                        m.end(),
                        "Puts off care for a message with emergency red flags. An emergency must not wait for "
                                + "the morning, a rest or an appointment."));
            }
        }
        return found;
    }

    /**
     * An instruction to call emergency services or go to the emergency department, not negated nor put off until "if
     * it gets worse". The condition counts up to the end of the instruction's own clause, so "drive him straight to
     * the emergency department, or call 911 if he gets worse on the way" still sends him now.
     */
    boolean tellsToGetEmergencyCare(String draft, List<Sentences.Sentence> sentences) {
        for (Sentences.Sentence sentence : sentences) {
            for (Clauses.Clause clause : Clauses.of(sentence)) {
                String upToClauseEnd = draft.substring(sentence.start(), clause.end());
                if (emergencyAdvice.exceptions().stream()
                        .anyMatch(p -> p.matcher(upToClauseEnd).find())) {
                    continue;
                }
                for (Pattern pattern : emergencyAdvice.patterns()) {
                    Matcher m = pattern.matcher(draft);
                    m.region(clause.start(), clause.end());
                    while (m.find()) {
                        String before = draft.substring(clause.start(), m.start());
                        if (emergencyAdvice.before().stream()
                                .noneMatch(p -> p.matcher(before).find())) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static String article(String type) {
        String readable = type.toLowerCase(Locale.ROOT).replace('_', ' ');
        return ("aeiou".indexOf(readable.charAt(0)) >= 0 ? "an " : "a ") + readable;
    }
}
