package org.careloop.policy.screening;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.careloop.policy.common.TextLimits;
import org.careloop.support.PlainText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A patient message to screen. The length limit (20 000) is checked by the resource to answer 413. */
@Schema(name = "ScreenRequest")
public record ScreenRequest(
        @NotBlank(message = "must not be blank")
        @Size(max = TextLimits.IDENTIFIER, message = "must be at most {max} characters")
        @PlainText
        @Schema(description = "id of the message in review-service", examples = "6f1c2d3e-8a41-4c1e-9a57-2f0d1b7c9e10")
        String messageId,

        @NotNull(message = "is required")
        @NotBlank(message = "must not be blank")
        @PlainText
        @Schema(description = "the patient's message, 1..20 000 characters")
        String text) {}
