package org.careloop.biasaudit.pipeline;

import java.util.List;

/** policy-service's /check-draft answer: the risk level and the type of each finding. */
public record Checked(String policyVersion, String riskLevel, List<String> findingTypes) {}
