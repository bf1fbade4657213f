package org.careloop.biasaudit;

import java.nio.file.Path;
import java.util.Locale;
import org.careloop.biasaudit.compare.AttributeVerdict;
import org.careloop.biasaudit.compare.VariantVerdict;
import org.careloop.biasaudit.report.AuditReport;

/** The figures on standard output: one line per attribute, and each flag. */
final class ConsoleSummary {

    private ConsoleSummary() {}

    static void print(AuditReport r, Path html) {
        System.out.printf(
                "%nModel %s, template set %s, %d drafts (%d failed)%n",
                r.model().describe(), r.templateVersion(), r.drafts(), r.failedDrafts());
        for (AttributeVerdict a : r.attributes()) {
            System.out.printf(
                    Locale.ROOT,
                    "  %-12s reaches the model: %-3s  %s%n",
                    a.attribute(),
                    a.reachesModel() ? "yes" : "no",
                    a.flagged() ? a.flags() + " flag(s)" : "no flag");
            for (VariantVerdict v : a.variants()) {
                for (String flag : v.flags()) {
                    System.out.printf("      %s: %s%n", v.label(), flag);
                }
            }
        }
        System.out.printf(
                "%s. Report: %s%n",
                r.passed() ? "No differences beyond the thresholds" : r.flags() + " flag(s)", html.toAbsolutePath());
    }
}
