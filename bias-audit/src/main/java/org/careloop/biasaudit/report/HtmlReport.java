package org.careloop.biasaudit.report;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.careloop.biasaudit.compare.AttributeVerdict;
import org.careloop.biasaudit.compare.NoiseFloor;
import org.careloop.biasaudit.compare.TemplateDifference;
import org.careloop.biasaudit.compare.Thresholds;
import org.careloop.biasaudit.compare.VariantVerdict;

/**
 * One self-contained HTML page, no script: the verdict, the thresholds, a table per attribute with each variant's
 * aggregated differences (flagged cells marked), then the flagged variants' template differences with both drafts.
 */
public final class HtmlReport {

    private static final int MAX_DETAILS_PER_VARIANT = 5;

    private HtmlReport() {}

    public static String render(AuditReport r) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>careloop bias audit ")
                .append(esc(r.startedAt().toString()))
                .append("</title>\n<style>")
                .append("body{font-family:sans-serif;margin:2em;max-width:1100px;color:#1a1a1a}")
                .append("table{border-collapse:collapse;margin:.6em 0 1.4em}td,th{border:1px solid #ccc;")
                .append(
                        "padding:3px 8px;text-align:right;font-size:14px}td:first-child,th:first-child{text-align:left}")
                .append("th{background:#f3f3f3}.flag{background:#fde2e1;font-weight:bold}.ok{color:#1b6e2e}")
                .append(
                        ".bad{color:#a4001d}.verdict{font-size:1.3em;padding:.5em 1em;border-radius:4px;display:inline-block}")
                .append(
                        ".verdict.ok{background:#e3f4e6}.verdict.bad{background:#fde2e1}.fine{color:#555;font-size:13px}")
                .append("pre{white-space:pre-wrap;background:#f7f7f7;padding:.5em;font-size:13px;margin:.2em 0}")
                .append("details{margin:.4em 0}.side{display:grid;grid-template-columns:1fr 1fr;gap:1em}")
                .append("</style>\n</head><body>\n<h1>careloop counterfactual bias audit</h1>\n");
        h.append("<p class=\"verdict ")
                .append(
                        r.passed()
                                ? "ok\">No differences beyond the thresholds"
                                : "bad\">" + r.flags() + " flag(s) on " + esc(String.join(", ", r.flaggedAttributes())))
                .append("</p>\n<table>");
        row(h, "drafting model", r.model().describe() + " (prompt " + r.model().promptTemplateVersion() + ")");
        row(
                h,
                "template set",
                r.templateVersion() + ": " + r.templates() + " templates, " + r.messages() + " messages");
        row(h, "repeats per message", r.repeats() + " (" + r.drafts() + " drafts, " + r.failedDrafts() + " failed)");
        row(h, "policy version", r.policyVersion());
        row(h, "run", r.runId() + ", " + r.startedAt() + " to " + r.finishedAt());
        if (r.note() != null && !r.note().isBlank()) {
            row(h, "note", r.note());
        }
        h.append("</table>\n");
        summary(h, r);
        thresholds(h, r.thresholds(), r.noiseFloor());
        for (AttributeVerdict a : r.attributes()) {
            attribute(h, a, r.thresholds(), a.noiseFloor());
        }
        h.append("<h2>Where drafts differ</h2>\n");
        boolean any = false;
        for (AttributeVerdict a : r.attributes()) {
            for (VariantVerdict v : a.variants()) {
                List<TemplateDifference> diffs = r.differences().stream()
                        .filter(d -> d.attribute().equals(a.attribute())
                                && d.variant().equals(v.variant()))
                        .toList();
                if (!v.flagged() || diffs.isEmpty()) {
                    continue;
                }
                any = true;
                h.append("<h3>")
                        .append(esc(a.label()))
                        .append(": ")
                        .append(esc(v.label()))
                        .append("</h3>\n");
                diffs.stream().limit(MAX_DETAILS_PER_VARIANT).forEach(d -> difference(h, d));
                if (diffs.size() > MAX_DETAILS_PER_VARIANT) {
                    h.append("<p class=\"fine\">")
                            .append(diffs.size() - MAX_DETAILS_PER_VARIANT)
                            .append(" more in report.json.</p>\n");
                }
            }
        }
        if (!any) {
            h.append("<p>No flagged variant: nothing to show.</p>\n");
        }
        h.append("<p class=\"fine\">Report format ")
                .append(esc(r.format()))
                .append(". Drafts are of synthetic, de-identified messages. The figures are in report.json beside this"
                        + " page.</p>\n</body></html>\n");
        return h.toString();
    }

    /** One line per attribute, so that what is flagged shows before the details. */
    private static void summary(StringBuilder h, AuditReport r) {
        h.append(
                "<table><tr><th>attribute</th><th>reaches the model</th><th>variants flagged</th><th>flags</th></tr>\n");
        for (AttributeVerdict a : r.attributes()) {
            long flagged = a.variants().stream().filter(VariantVerdict::flagged).count();
            h.append("<tr><td><a href=\"#")
                    .append(esc(a.attribute()))
                    .append("\">")
                    .append(esc(a.label()))
                    .append("</a></td><td>")
                    .append(a.reachesModel() ? "yes" : "no")
                    .append("</td>");
            if (a.control()) {
                h.append("<td colspan=\"2\" class=\"fine\">the noise floor</td></tr>\n");
                continue;
            }
            cell(h, flagged + " of " + a.variants().size(), flagged > 0);
            cell(h, Integer.toString(a.flags()), a.flagged());
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private static void thresholds(StringBuilder h, Thresholds t, NoiseFloor f) {
        h.append("<p>Noise floor over all templates (control: a sentence that says nothing about the patient, ")
                .append(f.comparisons())
                .append(" comparisons): next step differs in ")
                .append(pct(f.nextStep()))
                .append(", findings in ")
                .append(pct(f.findings()))
                .append(", urgency words in ")
                .append(pct(f.urgency()))
                .append(", triage in ")
                .append(pct(f.triage()))
                .append(" of templates; cited passages overlap ")
                .append(num(f.citationJaccard()))
                .append(".</p>\n<p class=\"fine\">Flags: mean length beyond ±")
                .append(pct(t.lengthRatio()))
                .append(" of the baseline's; mean reading grade beyond ±")
                .append(num(t.readingGrade()))
                .append("; a share of templates with another next step, other findings, other urgency words or another")
                .append(" triage more than ")
                .append(pct(t.nextStepMargin()))
                .append(", ")
                .append(pct(t.findingMargin()))
                .append(", ")
                .append(pct(t.urgencyMargin()))
                .append(", ")
                .append(pct(t.triageMargin()))
                .append(" above the control's on the same templates; cited passages' mean overlap below ")
                .append(pct(t.citationJaccard()))
                .append(" of the control's.</p>\n");
    }

    private static void attribute(StringBuilder h, AttributeVerdict a, Thresholds t, NoiseFloor f) {
        h.append("<h2 id=\"")
                .append(esc(a.attribute()))
                .append("\">")
                .append(esc(a.label()))
                .append(
                        a.control()
                                ? " <span class=\"fine\">(the noise floor)</span>"
                                : a.flagged()
                                        ? " <span class=\"bad\">flagged</span>"
                                        : " <span class=\"ok\">no flag</span>")
                .append("</h2>\n<p>Baseline: ")
                .append(esc(a.baseline()))
                .append(". Reaches the model: <b>")
                .append(a.reachesModel() ? "yes" : "no")
                .append("</b>")
                .append(a.reachesModel() ? "" : " (de-identification removes it)")
                .append(".")
                .append(a.note() == null ? "" : " <span class=\"fine\">" + esc(a.note()) + "</span>")
                .append(
                        a.control()
                                ? ""
                                : String.format(
                                        Locale.ROOT,
                                        " <span class=\"fine\">Control on the same templates: next step %s, findings"
                                                + " %s, urgency %s, triage %s, citation overlap %.2f.</span>",
                                        pct(f.nextStep()),
                                        pct(f.findings()),
                                        pct(f.urgency()),
                                        pct(f.triage()),
                                        f.citationJaccard()))
                .append("</p>\n<table><tr><th>variant</th><th>templates</th><th>reached model</th>")
                .append("<th>length ratio</th><th>grade diff</th><th>next step differs</th><th>findings differ</th>")
                .append(
                        "<th>urgency differs</th><th>triage differs</th><th>citation Jaccard</th><th>flags</th></tr>\n");
        for (VariantVerdict v : a.variants()) {
            h.append("<tr><td>").append(esc(v.label())).append("</td>");
            cell(h, Integer.toString(v.templates()), v.notCompared() > 0);
            cell(h, Integer.toString(v.reachedModel()), false);
            cell(h, num(v.meanLengthRatio()), Math.abs(v.meanLengthRatio() - 1) > t.lengthRatio());
            cell(
                    h,
                    String.format(Locale.ROOT, "%+.2f", v.meanGradeDifference()),
                    Math.abs(v.meanGradeDifference()) > t.readingGrade());
            cell(
                    h,
                    count(v, v.nextStepDifferences()),
                    !a.control() && v.share(v.nextStepDifferences()) - f.nextStep() > t.nextStepMargin() + 1e-9);
            cell(
                    h,
                    count(v, v.findingDifferences()),
                    !a.control() && v.share(v.findingDifferences()) - f.findings() > t.findingMargin() + 1e-9);
            cell(
                    h,
                    count(v, v.urgencyDifferences()),
                    !a.control() && v.share(v.urgencyDifferences()) - f.urgency() > t.urgencyMargin() + 1e-9);
            cell(
                    h,
                    count(v, v.triageDifferences()),
                    !a.control() && v.share(v.triageDifferences()) - f.triage() > t.triageMargin() + 1e-9);
            cell(
                    h,
                    num(v.meanCitationJaccard()),
                    !a.control() && v.meanCitationJaccard() < t.citationJaccard() * f.citationJaccard());
            h.append("<td style=\"text-align:left\">")
                    .append(esc(String.join("; ", v.flags())))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void difference(StringBuilder h, TemplateDifference d) {
        h.append("<details><summary>")
                .append(esc(d.template()))
                .append(": next step ")
                .append(esc(d.baselineNextStep().label()))
                .append(d.nextStepDiffers() ? " → " + esc(d.variantNextStep().label()) : " (same)")
                .append(", length ×")
                .append(num(d.lengthRatio()))
                .append(", urgency ")
                .append(set(d.baselineUrgency()))
                .append(d.urgencyDiffers() ? " → " + set(d.variantUrgency()) : " (same)")
                .append(", findings ")
                .append(set(d.baselineFindings()))
                .append(d.findingsDiffer() ? " → " + set(d.variantFindings()) : " (same)")
                .append(", citations J=")
                .append(num(d.citationJaccard()))
                .append("</summary>\n<div class=\"side\"><div><b>baseline</b><pre>")
                .append(esc(d.baselineDraft()))
                .append("</pre></div><div><b>variant</b><pre>")
                .append(esc(d.variantDraft()))
                .append("</pre></div></div></details>\n");
    }

    private static String count(VariantVerdict v, int differences) {
        return differences + " of " + v.compared();
    }

    private static void row(StringBuilder h, String k, String v) {
        h.append("<tr><td>")
                .append(esc(k))
                .append("</td><td style=\"text-align:left\">")
                .append(esc(v))
                .append("</td></tr>");
    }

    private static void cell(StringBuilder h, String value, boolean flagged) {
        h.append(flagged ? "<td class=\"flag\">" : "<td>").append(esc(value)).append("</td>");
    }

    private static String set(Set<String> values) {
        return esc(values.isEmpty() ? "none" : String.join(", ", values));
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.0f %%", v * 100);
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
