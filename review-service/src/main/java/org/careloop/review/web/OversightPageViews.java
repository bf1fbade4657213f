package org.careloop.review.web;

import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.Locale;
import org.careloop.review.oversight.OversightReport;
import org.careloop.review.oversight.OversightReport.Figures;

/** The oversight figures as the page shows them: seconds, percentages, intervals. */
public final class OversightPageViews {

    private OversightPageViews() {}

    @TemplateData
    public record Row(
            String name,
            int decisions,
            String medianTime,
            String p10Time,
            int decidedWithoutOpening,
            String uneditedApprovalRate,
            int highFindingDrafts,
            String highFindingApprovalRate,
            int highFindingsApprovedUnchanged,
            int draftEndNotSeen,
            String canaries,
            String catchRate,
            List<String> flags) {

        public boolean flagged() {
            return !flags.isEmpty();
        }
    }

    @TemplateData
    public record Thresholds(String minCatchRate, String minMedianTime) {}

    static List<Row> rows(List<Figures> figures) {
        return figures.stream()
                .map(f -> new Row(
                        f.name(),
                        f.decisions(),
                        seconds(f.medianTimeOnTaskMs()),
                        seconds(f.p10TimeOnTaskMs()),
                        f.decidedWithoutOpening(),
                        percent(f.uneditedApprovalRate()),
                        f.highFindingDrafts(),
                        percent(f.highFindingApprovalRate()),
                        f.highFindingsApprovedUnchanged(),
                        f.draftEndNotSeen(),
                        f.canaries().met() == 0
                                ? "none met"
                                : f.canaries().caught() + " of " + f.canaries().met(),
                        f.canaries().catchRate() == null
                                ? "–"
                                : percent(f.canaries().catchRate()) + " (95% CI "
                                        + percent(f.canaries().interval95().low()) + "–"
                                        + percent(f.canaries().interval95().high()) + ")",
                        f.flags()))
                .toList();
    }

    static Thresholds thresholds(OversightReport.Thresholds t) {
        return new Thresholds(percent(t.minCatchRate()), seconds(t.minMedianTimeOnTaskMs()));
    }

    static String seconds(Long ms) {
        return ms == null ? "–" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    static String percent(Double rate) {
        return rate == null ? "–" : String.format(Locale.ROOT, "%.0f%%", rate * 100);
    }
}
