package org.careloop.policy.triage;

import java.util.List;

public record TriageResult(List<RedFlag> redFlags, Severity highestSeverity) {}
