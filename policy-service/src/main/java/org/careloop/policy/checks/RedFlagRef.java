package org.careloop.policy.checks;

import org.careloop.policy.triage.Severity;

/** A red flag from the screening of the message the draft answers (other fields of it are ignored). */
public record RedFlagRef(String category, Severity severity) {}
