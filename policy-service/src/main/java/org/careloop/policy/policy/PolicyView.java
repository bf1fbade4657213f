package org.careloop.policy.policy;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Policy", description = "The policy version in force and the version of each catalogue in it")
public record PolicyView(
        @Schema(examples = "2026.11-1") String version,
        @Schema(examples = "2026-11-27") String effectiveFrom,
        String description,

        @Schema(description = "catalogue name to catalogue version")
        Map<String, String> catalogues) {}
