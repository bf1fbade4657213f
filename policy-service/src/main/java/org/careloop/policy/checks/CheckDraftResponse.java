package org.careloop.policy.checks;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CheckDraftResponse")
public record CheckDraftResponse(
        @Schema(examples = "2026.11-1") String policyVersion,
        RiskLevel riskLevel,
        List<Finding> findings,

        @Schema(description = "Flesch-Kincaid grade of the draft", examples = "7.4")
        double readingGrade) {}
