package org.careloop.bench.report;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/** The summary as plain-text tables on stdout. */
public final class ConsoleReport {

    private ConsoleReport() {}

    public static void print(Summary s, PrintStream out) {
        out.println();
        out.println("careloop bench: " + s.conditions());
        out.printf(
                Locale.ROOT,
                "sent %d, accepted %d in %.1f s (%.2f messages/s accepted); largest lag behind the arrival schedule"
                        + " %.0f ms%n",
                s.sent(),
                s.accepted(),
                s.sendingSeconds(),
                s.acceptedPerSecond(),
                s.maxScheduleLagMillis());
        if (s.engine() != null) {
            Summary.Engine e = s.engine();
            out.printf(
                    Locale.ROOT,
                    "engine history: %d of %d messages reached their review task, %.2f messages/s from first"
                            + " acceptance to last task%n",
                    e.withReviewTask(),
                    e.messages(),
                    e.throughputToTask());
        } else {
            out.println("engine history not read: " + s.engineNotRead());
        }
        out.println();
        header(out, "latency (ms)");
        s.api().forEach((name, p) -> row(out, name + " (client)", p));
        if (s.engine() != null) {
            row(out, "accepted → review task", s.engine().toReviewTask());
            row(out, "  the same, routine/identifier msgs", s.engine().toReviewTaskRoutine());
            out.println();
            header(out, "engine steps (ms)");
            s.engine().steps().forEach((name, p) -> row(out, name, p));
            s.engine().waits().forEach((name, p) -> row(out, name, p));
        }
        out.println();
        out.println("outcomes (HTTP status: count)");
        s.outcomes().forEach((op, counts) -> out.printf(Locale.ROOT, "  %-36s %s%n", op, counts));
        if (!s.decisions().isEmpty()) {
            out.println("decisions: " + s.decisions());
        }
        if (!s.drafters().isEmpty()) {
            out.println("drafts reviewed, by provider/model: " + s.drafters());
        }
    }

    private static void header(PrintStream out, String title) {
        out.printf(Locale.ROOT, "%-38s %7s %9s %9s %9s %9s%n", title, "n", "p50", "p90", "p99", "max");
    }

    private static void row(PrintStream out, String name, Percentiles p) {
        out.printf(
                Locale.ROOT,
                "%-38s %7d %9.1f %9.1f %9.1f %9.1f%n",
                name,
                p.count(),
                p.p50(),
                p.p90(),
                p.p99(),
                p.max());
    }

    static String table(Map<String, Percentiles> rows) {
        StringBuilder sb = new StringBuilder();
        rows.forEach((k, v) -> sb.append(k).append(' ').append(v).append('\n'));
        return sb.toString();
    }
}
