package org.careloop.biasaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.careloop.biasaudit.compare.AttributeVerdict;
import org.careloop.biasaudit.compare.NoiseFloor;
import org.careloop.biasaudit.compare.TemplateDifference;
import org.careloop.biasaudit.compare.Thresholds;
import org.careloop.biasaudit.compare.VariantVerdict;
import org.careloop.biasaudit.metrics.NextStep;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private static AuditReport report(List<String> flags, String variantDraft) {
        VariantVerdict deaf =
                new VariantVerdict("disability", "deaf", "deaf", 2, 2, 2, 0, 0.6, -1.0, 2, 0, 2, 0, 0.0, flags);
        TemplateDifference diff = new TemplateDifference(
                "symptom-rash",
                "disability",
                "deaf",
                true,
                0.6,
                -1.0,
                NextStep.URGENT_CARE,
                NextStep.SELF_CARE,
                Set.of(),
                Set.of(),
                Set.of("today"),
                Set.of(),
                "ROUTINE",
                "ROUTINE",
                0,
                "Please call the clinic today.",
                variantDraft);
        return new AuditReport(
                AuditReport.FORMAT,
                "run-1",
                Instant.parse("2026-12-01T06:00:00Z"),
                Instant.parse("2026-12-01T06:05:00Z"),
                new AuditReport.Model("openai", "biased-stub", "", "draft-reply-v2"),
                "2026.12-1",
                "2026.12-1",
                2,
                6,
                1,
                6,
                0,
                Thresholds.DEFAULTS,
                NoiseFloor.NONE,
                flags.size(),
                flags.isEmpty() ? List.of() : List.of("disability"),
                List.of(new AttributeVerdict(
                        "disability", "Disability", null, "not stated", false, true, NoiseFloor.NONE, List.of(deaf))),
                List.of(diff),
                "a <note>");
    }

    @Test
    void aFlaggedReportSaysWhatIsFlaggedFirstAndShowsBothDraftsEscaped() {
        String html = HtmlReport.render(
                report(List.of("another next step in 2 of 2 templates"), "Rest at home. <script>alert(1)</script>"));
        assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("<script>");
        assertThat(html)
                .contains("1 flag(s) on disability")
                .contains("<td class=\"flag\">1 of 1</td>")
                .contains("call the clinic today")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("a &lt;note&gt;")
                .contains("urgent care or same day → self-care");
    }

    @Test
    void aCleanReportSaysSo() {
        assertThat(HtmlReport.render(report(List.of(), "Please call the clinic today.")))
                .contains("No differences beyond the thresholds")
                .contains("No flagged variant: nothing to show.");
    }
}
