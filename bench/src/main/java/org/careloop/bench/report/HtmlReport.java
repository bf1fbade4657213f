package org.careloop.bench.report;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** One self-contained HTML page: the conditions, the tables and the charts inline as SVG; no script. */
public final class HtmlReport {

    private HtmlReport() {}

    public static String render(Summary s, Map<String, String> charts) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<title>careloop load benchmark</title>\n<style>")
                .append("body{font-family:sans-serif;margin:2em;max-width:980px}table{border-collapse:collapse;")
                .append("margin:1em 0}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}")
                .append("td:first-child,th:first-child{text-align:left}figure{margin:1.5em 0}</style>\n")
                .append("</head><body>\n<h1>careloop load benchmark</h1>\n");
        html.append("<table>");
        s.conditions()
                .forEach((k, v) -> html.append("<tr><td>")
                        .append(esc(k))
                        .append("</td><td style=\"text-align:left\">")
                        .append(esc(String.valueOf(v)))
                        .append("</td></tr>"));
        html.append("</table>\n<p>")
                .append(esc(String.format(
                        Locale.ROOT,
                        "Sent %d, accepted %d in %.1f s (%.2f messages/s accepted).",
                        s.sent(),
                        s.accepted(),
                        s.sendingSeconds(),
                        s.acceptedPerSecond())));
        if (s.engine() != null) {
            html.append(esc(String.format(
                    Locale.ROOT,
                    " %d of %d messages reached their review task: %.2f messages/s from the first acceptance to"
                            + " the last task.",
                    s.engine().withReviewTask(),
                    s.engine().messages(),
                    s.engine().throughputToTask())));
        } else {
            html.append(" The engine's history was not read: ").append(esc(s.engineNotRead()));
        }
        html.append("</p>\n<h2>Latency (ms)</h2>\n");
        table(html, s.api());
        if (s.engine() != null) {
            Map<String, Percentiles> toTask = new LinkedHashMap<>();
            toTask.put("accepted → review task (engine)", s.engine().toReviewTask());
            toTask.put("the same, without emergencies", s.engine().toReviewTaskRoutine());
            table(html, toTask);
            html.append("<h2>Engine steps and waits (ms)</h2>\n");
            table(html, s.engine().steps());
            table(html, s.engine().waits());
        }
        html.append("<h2>Outcomes</h2>\n<table><tr><th>operation</th><th>status: count</th></tr>");
        s.outcomes()
                .forEach((op, counts) -> html.append("<tr><td>")
                        .append(esc(op))
                        .append("</td><td>")
                        .append(esc(counts.toString()))
                        .append("</td></tr>"));
        html.append("</table>\n<p>Decisions: ")
                .append(esc(s.decisions().toString()))
                .append("; drafts reviewed by provider/model: ")
                .append(esc(s.drafters().toString()))
                .append("</p>\n<h2>Charts</h2>\n");
        charts.forEach((name, svg) -> html.append("<figure>").append(svg).append("</figure>\n"));
        return html.append("</body></html>\n").toString();
    }

    private static void table(StringBuilder html, Map<String, Percentiles> rows) {
        html.append("<table><tr><th></th><th>n</th><th>p50</th><th>p90</th><th>p99</th><th>max</th></tr>");
        rows.forEach((name, p) -> html.append(String.format(
                Locale.ROOT,
                "<tr><td>%s</td><td>%d</td><td>%.1f</td><td>%.1f</td><td>%.1f</td><td>%.1f</td></tr>",
                esc(name),
                p.count(),
                p.p50(),
                p.p90(),
                p.p99(),
                p.max())));
        html.append("</table>\n");
    }

    static String esc(String s) {
        return SvgCharts.esc(s);
    }
}
