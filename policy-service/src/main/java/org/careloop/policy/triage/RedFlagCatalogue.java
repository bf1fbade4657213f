package org.careloop.policy.triage;

import java.util.List;

import org.careloop.policy.policy.PolicyDocuments;

/** The red-flag catalogue as kept in {@code policy/red-flags.json}. */
public record RedFlagCatalogue(String version, String description, Context context, List<Rule> rules) {

    /** Word lists (regular-expression fragments) that decide whether a match is about the patient, now. */
    public record Context(List<String> negations, List<String> pseudoNegations, List<String> clauseBreaks,
                          List<String> history, List<String> present, List<String> otherPeople, List<String> self,
                          List<String> pastForOthers, List<String> familyHistory, List<String> hypothetical,
                          List<String> afterMatchNotASymptom, List<String> afterMatchUndoesNegation,
                          List<String> recurrence) {
    }

    public record Rule(String id, String category, Severity severity, String description, List<String> patterns) {
    }

    public static RedFlagCatalogue load(String resource) {
        return PolicyDocuments.readJson(resource, RedFlagCatalogue.class);
    }
}
