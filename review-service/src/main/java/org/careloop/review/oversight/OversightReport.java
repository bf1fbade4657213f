package org.careloop.review.oversight;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The oversight figures over a period, per reviewer, per team (the review group a task was offered to) and per model. */
public record OversightReport(
        Instant from,
        Instant to,
        Thresholds thresholds,
        List<Figures> reviewers,
        List<Figures> teams,
        List<ModelFigures> models) {

    /** Under these a reviewer or team is flagged; the clinic sets them (careloop.oversight.*). */
    public record Thresholds(double minCatchRate, long minMedianTimeOnTaskMs) {}

    @Schema(
            description = "Planted errors met in the period: caught (edited away or rejected) out of met, with the 95% "
                    + "Wilson interval of the catch rate; rate and interval are absent when none was met.")
    public record Canaries(int met, int caught, Double catchRate, WilsonInterval interval95) {}

    @Schema(description = "One reviewer's or team's figures. Rates are absent when nothing was there to count.")
    public record Figures(
            @Schema(description = "username, or review group for a team")
            String name,

            @Schema(description = "every decision, both review stages and every channel")
            int decisions,

            @Schema(description = "median time from first opening the task to the decision")
            Long medianTimeOnTaskMs,

            @Schema(description = "the fastest tenth of decisions took at most this long")
            Long p10TimeOnTaskMs,

            @Schema(description = "decisions made without ever opening the task")
            int decidedWithoutOpening,

            @Schema(
                    description = "first-review decisions on a draft that released it exactly as drafted, out of those "
                            + "that released text")
            Double uneditedApprovalRate,

            @Schema(description = "first-review decisions on drafts with HIGH findings")
            int highFindingDrafts,

            @Schema(description = "of those, the share approved (as drafted or edited)")
            Double highFindingApprovalRate,

            @Schema(description = "HIGH findings whose text an approval left as drafted")
            int highFindingsApprovedUnchanged,

            @Schema(description = "page decisions where the end of the draft was never on screen")
            int draftEndNotSeen,

            Canaries canaries,

            @Schema(description = "what falls under the clinic's thresholds")
            List<String> flags) {}

    @Schema(description = "What reviewers did to one model version's drafts (first reviews that released text).")
    public record ModelFigures(
            String modelVersion,
            int decisions,
            int edited,
            Integer medianWordsChanged,
            int citations,
            int citationsDropped) {}
}
