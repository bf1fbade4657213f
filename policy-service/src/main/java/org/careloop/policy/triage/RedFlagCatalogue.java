package org.careloop.policy.triage;

import java.util.List;
import org.careloop.policy.policy.PolicyDocuments;

/** The red-flag catalogue as kept in {@code policy/red-flags.json}. */
public record RedFlagCatalogue(String version, String description, Context context, List<Rule> rules) {

    /** Word lists (regular-expression fragments) that decide whether a match is about the patient, now. */
    public record Context(
            List<String> negations,
            List<String> pseudoNegations,
            List<String> clauseBreaks,
            List<String> history,
            List<String> present,
            List<String> otherPeople,
            List<String> self,
            List<String> pastForOthers,
            List<String> familyHistory,
            List<String> hypothetical,
            List<String> afterMatchNotASymptom,
            List<String> afterMatchUndoesNegation,
            List<String> recurrence,
            List<String> figurative,
            List<String> idioms,
            List<String> unchanged,
            List<String> worsening,
            List<String> resolvedBefore,
            List<String> resolvedAfter,
            List<String> notOver,
            List<String> gradual,
            List<String> genericQuestion,
            List<String> notNow,
            List<String> careReceived,
            List<String> reassurance) {}

    /**
     * {@code patterns} describe what someone has ("crushing pain in my chest"); {@code mentions} name a condition
     * ("sepsis", "overdose"), which is also how courses, forms and letters speak of it, so a mention raises the
     * rule's severity only when its clause names someone having it or says now, and URGENT otherwise. A
     * {@code resolvable} rule is URGENT when it nearly happened ("nearly passed out"); an {@code acute} rule is
     * URGENT when it came on gradually over weeks; a rule with {@code maxAgeMonths} is URGENT when every age the
     * message states is above it (a fever at seven months).
     */
    public record Rule(
            String id,
            String category,
            Severity severity,
            String description,
            List<String> patterns,
            List<String> mentions,
            boolean resolvable,
            boolean acute,
            Integer maxAgeMonths) {
        public Rule {
            mentions = mentions == null ? List.of() : List.copyOf(mentions);
        }
    }

    public static RedFlagCatalogue load(String resource) {
        return PolicyDocuments.readJson(resource, RedFlagCatalogue.class);
    }
}
