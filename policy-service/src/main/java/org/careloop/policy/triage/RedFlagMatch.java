package org.careloop.policy.triage;

/**
 * A catalogue phrase found in the text, what its context says about it, and the severity it raises: the rule's, or
 * URGENT for a condition named without anyone having it.
 */
public record RedFlagMatch(RedFlagCatalogue.Rule rule, int start, int end, Assertion assertion, Severity severity) {

    public RedFlag toRedFlag() {
        return toRedFlag(TriageLayer.RULES);
    }

    public RedFlag toRedFlag(TriageLayer layer) {
        return new RedFlag(rule.category(), severity, start, end, rule.id(), layer, 1.0);
    }
}
