package org.careloop.policy.triage;

/** A catalogue phrase found in the text and what its context says about it. */
public record RedFlagMatch(RedFlagCatalogue.Rule rule, int start, int end, Assertion assertion) {

    public RedFlag toRedFlag() {
        return toRedFlag(TriageLayer.RULES);
    }

    public RedFlag toRedFlag(TriageLayer layer) {
        return new RedFlag(rule.category(), rule.severity(), start, end, rule.id(), layer, 1.0);
    }
}
