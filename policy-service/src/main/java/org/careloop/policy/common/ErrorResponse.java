package org.careloop.policy.common;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The one error shape of every careloop service. */
@Schema(name = "Error")
public record ErrorResponse(
        @Schema(examples = "PAYLOAD_TOO_LARGE") String error,

        @Schema(examples = "text is 20 513 characters; the limit is 20 000")
        String message,

        Map<String, Object> details) {

    public ErrorResponse {
        details = details == null ? Map.of() : details;
    }
}
