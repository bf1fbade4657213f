package org.careloop.bench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careloop.bench.api.ReviewServiceApi;
import org.careloop.bench.history.FlowTimes;

/** The report's charts, by file name: each is written as an .svg beside the report and inlined in it. */
public final class Charts {

    private Charts() {}

    public static Map<String, String> draw(Summary summary, Measurements measurements, FlowTimes flow) {
        Map<String, String> charts = new LinkedHashMap<>();
        List<Series> throughput = new ArrayList<>();
        if (flow != null) {
            throughput.add(perSecond("accepted (engine: process started)", summary.acceptedPerSecondSeries()));
            throughput.add(perSecond("reached review task", summary.reachedTaskPerSecondSeries()));
        } else {
            throughput.add(perSecond("accepted (client)", summary.acceptedPerSecondSeries()));
        }
        charts.put(
                "cumulative.svg",
                SvgCharts.lines(
                        "Messages accepted and at their review task, cumulative",
                        "seconds since the first message",
                        "messages",
                        throughput.stream().map(Charts::cumulative).toList()));
        charts.put(
                "throughput.svg",
                SvgCharts.lines(
                        "Messages per second: accepted and reaching their review task",
                        "seconds since the first message",
                        "messages / s",
                        throughput));
        List<Series> curves = new ArrayList<>();
        curves.add(new Series(
                "accept (POST → 202)",
                measurements.latencies(ReviewServiceApi.SEND).curve()));
        if (flow != null) {
            curves.add(new Series("accepted → review task", flow.toReviewTask().curve()));
        }
        charts.put(
                "latency-percentiles.svg",
                SvgCharts.lines("Latency by percentile", "percentile", "milliseconds", curves));
        charts.put(
                "accept-histogram.svg",
                SvgCharts.histogram(
                        "Accept latency (POST /api/patient/messages → 202)",
                        "milliseconds",
                        measurements.latencies(ReviewServiceApi.SEND).bins(40)));
        if (flow != null) {
            charts.put(
                    "to-task-histogram.svg",
                    SvgCharts.histogram(
                            "Accepted → review task (engine history)",
                            "milliseconds",
                            flow.toReviewTask().bins(40)));
            Map<String, Percentiles> steps =
                    new LinkedHashMap<>(summary.engine().steps());
            steps.remove("review (clinician)");
            steps.putAll(summary.engine().waits());
            charts.put("steps.svg", percentileBars("Engine steps and the waits between them", steps));
        }
        charts.put("api.svg", percentileBars("API latency as the client saw it", summary.api()));
        return charts;
    }

    private static Series perSecond(String name, List<Long> counts) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            points.add(new double[] {i, counts.get(i)});
        }
        return new Series(name, points);
    }

    private static Series cumulative(Series perSecond) {
        List<double[]> points = new ArrayList<>();
        double sum = 0;
        for (double[] p : perSecond.points()) {
            sum += p[1];
            points.add(new double[] {p[0] + 1, sum});
        }
        return new Series(perSecond.name(), points);
    }

    private static String percentileBars(String title, Map<String, Percentiles> rows) {
        List<String> names = new ArrayList<>(rows.keySet());
        List<double[]> p50 = new ArrayList<>();
        List<double[]> p90 = new ArrayList<>();
        List<double[]> p99 = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Percentiles p = rows.get(names.get(i));
            p50.add(new double[] {i, p.p50()});
            p90.add(new double[] {i, p.p90()});
            p99.add(new double[] {i, p.p99()});
        }
        return SvgCharts.groupedBars(
                title,
                "milliseconds",
                names,
                List.of(new Series("p50", p50), new Series("p90", p90), new Series("p99", p99)));
    }
}
