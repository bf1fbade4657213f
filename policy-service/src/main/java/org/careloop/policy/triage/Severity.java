package org.careloop.policy.triage;

/** Triage severity, lowest first. */
public enum Severity {
    ROUTINE,
    URGENT,
    EMERGENCY;

    public Severity max(Severity other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }

    public Severity min(Severity other) {
        return other != null && other.ordinal() < ordinal() ? other : this;
    }
}
