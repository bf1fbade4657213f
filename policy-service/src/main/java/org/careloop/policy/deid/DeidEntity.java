package org.careloop.policy.deid;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An identifier in the original text: its type, placeholder and offsets, never its value. */
@Schema(name = "Entity")
public record DeidEntity(
        EntityType type,
        @Schema(examples = "[NAME_1]") String placeholder,

        @Schema(description = "offset in the original text, inclusive")
        int start,

        @Schema(description = "offset in the original text, exclusive")
        int end) {}
