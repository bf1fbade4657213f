package org.careloop.policy.screening;

import java.util.List;
import org.careloop.policy.deid.DeidEntity;
import org.careloop.policy.triage.PromptInjection;
import org.careloop.policy.triage.RedFlag;
import org.careloop.policy.triage.Severity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScreenResponse")
public record ScreenResponse(
        @Schema(examples = "2026.11-1") String policyVersion,
        String deidentifiedText,
        List<DeidEntity> entities,
        List<RedFlag> redFlags,
        Severity highestSeverity,
        PromptInjection promptInjection) {}
