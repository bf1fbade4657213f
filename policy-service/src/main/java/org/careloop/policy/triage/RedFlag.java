package org.careloop.policy.triage;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A red flag raised for the patient: category, severity, evidence span in the original text, rule. */
@Schema(name = "RedFlag")
public record RedFlag(
        @Schema(examples = "CHEST_PAIN") String category,
        Severity severity,
        int start,
        int end,
        @Schema(examples = "chest-pain-01") String ruleId) {
}
