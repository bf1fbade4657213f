package org.careloop.policy.checks;

import java.util.List;
import org.careloop.policy.policy.PolicyDocuments;

/** The draft checks kept as data in {@code policy/draft-rules.json}; {@code {NAME}} refers to a list of the draft lexicon. */
public record DraftRules(
        String version, String description, List<Rule> rules, EmergencyAdvice emergencyAdvice, NonClaims nonClaims) {

    /**
     * Phrases that give a finding of {@code type} when matched inside one clause, unless an exception matches the
     * sentence (hedges, deferral to the prescriber), a clause exception matches the clause, a {@code before} pattern
     * matches the clause text just before the phrase (negation, a condition, reported speech), the clause lacks what
     * {@code requires} asks for (a frequency needs something taken), or the sentence is a question and the rule
     * exempts questions.
     */
    public record Rule(
            FindingType type,
            RiskLevel severity,
            String explanation,
            List<String> patterns,
            List<String> exceptions,
            List<String> clauseExceptions,
            List<String> before,
            List<String> requires,
            Boolean questionsExempt) {

        public Rule {
            requires = requires == null ? List.of() : requires;
            exceptions = exceptions == null ? List.of() : exceptions;
            clauseExceptions = clauseExceptions == null ? List.of() : clauseExceptions;
            before = before == null ? List.of() : before;
            questionsExempt = questionsExempt != null && questionsExempt;
        }
    }

    /**
     * What counts as telling the patient to get emergency care now, with the same kinds of exceptions as a rule;
     * {@code deferrals} put care off ("see how she is in the morning", "book in after the weekend"), which in a reply to
     * an emergency that the draft does not send to emergency care discourages care.
     */
    public record EmergencyAdvice(
            List<String> patterns, List<String> exceptions, List<String> before, List<String> deferrals) {

        public EmergencyAdvice {
            exceptions = exceptions == null ? List.of() : exceptions;
            before = before == null ? List.of() : before;
            deferrals = deferrals == null ? List.of() : deferrals;
        }
    }

    /** Sentences that are not claims needing a citation. */
    public record NonClaims(List<String> greetings, List<String> signOffs, List<String> careTeamGuidance) {}

    public static DraftRules load(String resource) {
        return PolicyDocuments.readJson(resource, DraftRules.class);
    }
}
