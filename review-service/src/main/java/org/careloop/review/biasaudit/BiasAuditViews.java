package org.careloop.review.biasaudit;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.careloop.review.errors.TooLarge;
import org.careloop.review.support.TextLimits;
import org.careloop.support.PlainText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of {@code /api/admin/bias-audits}. */
public final class BiasAuditViews {

    /** The largest HTML page recorded, in characters: a report with every variant flagged stays well below it. */
    public static final int MAX_HTML = 2_000_000;

    /** The largest report JSON recorded, in characters once serialised. */
    public static final int MAX_REPORT = 4_000_000;

    private static final int SHORT = 64;

    private BiasAuditViews() {}

    @Schema(description = "One audit as ./careloop audit-bias sends it: the summary figures, the report and its page")
    public record RecordRequest(
            @NotBlank @Size(max = SHORT) @PlainText String runId,
            @NotNull Instant startedAt,
            @NotNull Instant finishedAt,

            @NotBlank @Size(max = TextLimits.IDENTIFIER) @PlainText
            String provider,

            @NotBlank @Size(max = TextLimits.IDENTIFIER) @PlainText
            String model,

            @Size(max = TextLimits.IDENTIFIER) @PlainText String modelVersion,
            @NotBlank @Size(max = SHORT) @PlainText String templateVersion,
            @Size(max = SHORT) @PlainText String policyVersion,
            @Min(1) @Max(50) int repeats,
            @Min(0) int drafts,
            @Min(0) int flags,

            @NotNull @Size(max = TextLimits.LIST)
            List<@NotBlank @Size(max = SHORT) @PlainText String> flaggedAttributes,

            @Schema(description = "The audit's report.json") @NotNull
            JsonNode report,

            @Schema(description = "The audit's self-contained report.html")
            @NotBlank
            @Size(max = MAX_HTML, payload = TooLarge.class)
            String html) {}

    @Schema(description = "A recorded bias audit, without its report")
    public record Summary(
            UUID id,
            String runId,
            Instant recordedAt,
            String recordedBy,
            Instant startedAt,
            Instant finishedAt,
            String provider,
            String model,
            String modelVersion,
            String templateVersion,
            String policyVersion,
            int repeats,
            int drafts,
            int flags,
            List<String> flaggedAttributes,

            @Schema(description = "The report's page, for an admin's browser session")
            String page) {

        static Summary of(BiasAuditReport r) {
            return new Summary(
                    r.id,
                    r.runId,
                    r.recordedAt,
                    r.recordedBy,
                    r.startedAt,
                    r.finishedAt,
                    r.provider,
                    r.model,
                    r.modelVersion,
                    r.templateVersion,
                    r.policyVersion,
                    r.repeats,
                    r.drafts,
                    r.flags,
                    r.flaggedAttributes.isEmpty() ? List.of() : Arrays.asList(r.flaggedAttributes.split(",")),
                    "/admin/bias-audits/" + r.id);
        }
    }

    @Schema(description = "A recorded bias audit with its report")
    public record Detail(Summary summary, JsonNode report) {}
}
