package org.careloop.policy.checks;

import java.util.List;

import org.careloop.policy.policy.PolicyDocuments;

/** The draft checks kept as data in {@code policy/draft-rules.json}. */
public record DraftRules(String version, String description, List<Rule> rules, List<String> emergencyAdvice,
                         NonClaims nonClaims) {

    /** Phrases that give a finding of {@code type}, unless an exception matches in the same sentence. */
    public record Rule(FindingType type, RiskLevel severity, String explanation, List<String> patterns,
                       List<String> exceptions) {
    }

    /** Sentences that are not claims needing a citation. */
    public record NonClaims(List<String> greetings, List<String> signOffs, List<String> careTeamGuidance) {
    }

    public static DraftRules load(String resource) {
        return PolicyDocuments.readJson(resource, DraftRules.class);
    }
}
