package org.careloop.review.oversight;

import java.util.List;
import java.util.Locale;
import org.careloop.review.oversight.OversightReport.Figures;

/** The figures per reviewer and per team as CSV (RFC 4180), safe to open in a spreadsheet. */
public final class OversightCsv {

    static final String HEADER = "scope,name,decisions,median_time_on_task_s,p10_time_on_task_s,"
            + "decided_without_opening,unedited_approval_rate,high_finding_drafts,high_finding_approval_rate,"
            + "high_findings_approved_unchanged,draft_end_not_seen,canaries_met,canaries_caught,catch_rate,"
            + "catch_rate_low95,catch_rate_high95,flags";

    private OversightCsv() {}

    public static String of(OversightReport report) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        rows(csv, "reviewer", report.reviewers());
        rows(csv, "team", report.teams());
        return csv.toString();
    }

    private static void rows(StringBuilder csv, String scope, List<Figures> figures) {
        for (Figures f : figures) {
            List<String> cells = List.of(
                    scope,
                    f.name(),
                    String.valueOf(f.decisions()),
                    seconds(f.medianTimeOnTaskMs()),
                    seconds(f.p10TimeOnTaskMs()),
                    String.valueOf(f.decidedWithoutOpening()),
                    rate(f.uneditedApprovalRate()),
                    String.valueOf(f.highFindingDrafts()),
                    rate(f.highFindingApprovalRate()),
                    String.valueOf(f.highFindingsApprovedUnchanged()),
                    String.valueOf(f.draftEndNotSeen()),
                    String.valueOf(f.canaries().met()),
                    String.valueOf(f.canaries().caught()),
                    rate(f.canaries().catchRate()),
                    f.canaries().interval95() == null
                            ? ""
                            : rate(f.canaries().interval95().low()),
                    f.canaries().interval95() == null
                            ? ""
                            : rate(f.canaries().interval95().high()),
                    String.join("; ", f.flags()));
            csv.append(String.join(",", cells.stream().map(OversightCsv::cell).toList()))
                    .append("\r\n");
        }
    }

    private static String seconds(Long ms) {
        return ms == null ? "" : String.format(Locale.ROOT, "%.1f", ms / 1000.0);
    }

    private static String rate(Double rate) {
        return rate == null ? "" : String.format(Locale.ROOT, "%.3f", rate);
    }

    /** Quoted when needed; a leading = + - @ is defused so that a spreadsheet never runs a cell as a formula. */
    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
