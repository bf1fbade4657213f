package org.careloop.policy.checks;

import java.util.List;
import org.careloop.policy.policy.PolicyDocuments;

/** Stigmatising terms and person-first alternatives, kept in {@code policy/stigmatising-terms.json}. */
public record StigmatisingTerms(String version, String description, List<Term> terms) {

    public record Term(String pattern, String term, String suggestion) {}

    public static StigmatisingTerms load(String resource) {
        return PolicyDocuments.readJson(resource, StigmatisingTerms.class);
    }
}
