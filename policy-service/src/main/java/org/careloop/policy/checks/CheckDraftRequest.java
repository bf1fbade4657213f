package org.careloop.policy.checks;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.careloop.policy.common.TextLimits;
import org.careloop.support.PlainText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A drafted reply to check. Length limits (20 000) are checked by the resource to answer 413. */
@Schema(name = "CheckDraftRequest")
public record CheckDraftRequest(
        @PlainText @Schema(description = "the de-identified patient message the draft answers")
        String messageText,

        @NotNull(message = "is required")
        @NotBlank(message = "must not be blank")
        @PlainText
        @Schema(description = "the draft, with placeholders, 1..20 000 characters")
        String draftText,

        @Size(max = TextLimits.LIST, message = "must have at most {max} entries")
        List<@Valid @NotNull(message = "must not be null") Citation> citations,

        @Size(max = TextLimits.LIST, message = "must have at most {max} entries")
        List<@Valid @NotNull(message = "must not be null") RedFlagRef> redFlags) {

    public CheckDraftRequest {
        citations = citations == null ? List.of() : citations;
        redFlags = redFlags == null ? List.of() : redFlags;
    }
}
