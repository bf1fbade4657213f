package org.careloop.policy.checks;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Something in a draft the reviewing clinician should look at; the span is an offset into draftText. */
@Schema(name = "Finding")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(
        FindingType type,
        RiskLevel severity,
        int start,
        int end,
        String explanation,

        @Schema(description = "a better wording, for STIGMATISING_LANGUAGE", nullable = true)
        String suggestion) {

    public Finding(FindingType type, RiskLevel severity, int start, int end, String explanation) {
        this(type, severity, start, end, explanation, null);
    }
}
