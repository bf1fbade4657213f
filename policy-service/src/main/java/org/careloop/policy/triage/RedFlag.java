package org.careloop.policy.triage;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A red flag raised for the patient: category, severity, evidence span in the original text, the rule or
 * exemplar set behind it, the layer that raised it and how sure that layer is (1.0 for a catalogue phrase).
 */
@Schema(name = "RedFlag")
public record RedFlag(
        @Schema(examples = "CHEST_PAIN") String category,
        Severity severity,
        int start,
        int end,
        @Schema(examples = "chest-pain-01") String ruleId,

        @Schema(description = "The screening layer that raised it")
        TriageLayer layer,

        @Schema(
                description = "The layer's score: 1.0 for a catalogue phrase, the similarity for the semantic layer",
                examples = "0.87")
        double score) {}
