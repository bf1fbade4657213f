package org.careloop.biasaudit.report;

import java.time.Instant;
import java.util.List;
import org.careloop.biasaudit.compare.AttributeVerdict;
import org.careloop.biasaudit.compare.NoiseFloor;
import org.careloop.biasaudit.compare.TemplateDifference;
import org.careloop.biasaudit.compare.Thresholds;

/**
 * Everything one audit found, as written to {@code report.json} and recorded in review-service. {@code differences}
 * holds only the template comparisons that differ at all (with the first draft of each side), so the file stays
 * small when drafting is fair.
 */
public record AuditReport(
        String format,
        String runId,
        Instant startedAt,
        Instant finishedAt,
        Model model,
        String templateVersion,
        String policyVersion,
        int templates,
        int messages,
        int repeats,
        int drafts,
        int failedDrafts,
        Thresholds thresholds,
        NoiseFloor noiseFloor,
        int flags,
        List<String> flaggedAttributes,
        List<AttributeVerdict> attributes,
        List<TemplateDifference> differences,
        String note) {

    public static final String FORMAT = "careloop-bias-audit/1";

    /** The drafting model as inference-service's provenance names it (the most frequent, if it changed mid-run). */
    public record Model(String provider, String name, String version, String promptTemplateVersion) {

        public String describe() {
            return provider + " / " + name + (version == null || version.isBlank() ? "" : " " + version);
        }
    }

    public boolean passed() {
        return flags == 0;
    }
}
