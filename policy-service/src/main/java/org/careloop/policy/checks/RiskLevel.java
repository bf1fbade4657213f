package org.careloop.policy.checks;

/** Severity of a finding and risk level of a draft, lowest first. */
public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH
}
