package org.careloop.bench.report;

import java.util.List;
import java.util.Locale;

/** Small self-contained SVG charts (no script, no external resource) for the HTML report and the README. */
public final class SvgCharts {

    static final int WIDTH = 760;
    static final int HEIGHT = 320;
    private static final int LEFT = 64;
    private static final int RIGHT = 20;
    private static final int TOP = 34;
    private static final int BOTTOM = 48;
    private static final String[] COLORS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b"};

    private SvgCharts() {}

    /** Lines through each series' points. */
    public static String lines(String title, String xLabel, String yLabel, List<Series> series) {
        double xMax = max(series, 0);
        double yMax = max(series, 1);
        Frame f = new Frame(title, xLabel, yLabel, niceCeiling(xMax), niceCeiling(yMax));
        StringBuilder svg = f.open();
        for (int i = 0; i < series.size(); i++) {
            StringBuilder path = new StringBuilder();
            for (double[] p : series.get(i).points()) {
                path.append(path.length() == 0 ? "M" : " L")
                        .append(num(f.x(p[0])))
                        .append(',')
                        .append(num(f.y(p[1])));
            }
            if (path.length() > 0) {
                svg.append("<path d=\"")
                        .append(path)
                        .append("\" fill=\"none\" stroke=\"")
                        .append(color(i))
                        .append("\" stroke-width=\"2\"/>\n");
            }
        }
        legend(svg, series);
        return svg.append("</svg>\n").toString();
    }

    /**
     * One row per category with a horizontal bar per series (labels stay readable however long); series points are
     * (category index, value).
     */
    public static String groupedBars(String title, String xLabel, List<String> categories, List<Series> series) {
        int labelWidth = 230;
        int barHeight = 7;
        int rowHeight = barHeight * series.size() + 8;
        int height = TOP + 20 + rowHeight * categories.size() + BOTTOM;
        double xMax = niceCeiling(max(series, 1));
        double plotLeft = labelWidth;
        double plotWidth = WIDTH - labelWidth - RIGHT;
        double plotTop = TOP + 20;
        double plotBottom = plotTop + rowHeight * categories.size();
        StringBuilder svg = opening(height, title);
        double step = niceStep(xMax / 8);
        for (double v = 0; v <= xMax + step / 1000; v += step) {
            double x = plotLeft + v / xMax * plotWidth;
            svg.append(line(x, plotTop, x, plotBottom, "#e5e5e5"));
            svg.append(text(x, plotBottom + 14, "middle", num(v), ""));
        }
        svg.append(text(plotLeft + plotWidth / 2, plotBottom + 32, "middle", xLabel, ""));
        for (int c = 0; c < categories.size(); c++) {
            double rowTop = plotTop + c * rowHeight;
            svg.append(text(plotLeft - 6, rowTop + rowHeight / 2.0 + 4, "end", categories.get(c), ""));
        }
        for (int s = 0; s < series.size(); s++) {
            for (double[] p : series.get(s).points()) {
                double y = plotTop + p[0] * rowHeight + 4 + s * barHeight;
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s %s: %s</title></rect>%n",
                        plotLeft,
                        y,
                        Math.max(p[1] / xMax * plotWidth, 0.5),
                        barHeight - 1,
                        color(s),
                        esc(series.get(s).name()),
                        esc(categories.get((int) p[0])),
                        num(p[1])));
            }
        }
        svg.append(line(plotLeft, plotTop, plotLeft, plotBottom, "#333"));
        double x = WIDTH - RIGHT - 60.0 * series.size();
        for (int i = 0; i < series.size(); i++) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>%n",
                    x,
                    TOP - 4,
                    color(i)));
            svg.append(text(x + 14, TOP + 5, "start", series.get(i).name(), ""));
            x += 60;
        }
        return svg.append("</svg>\n").toString();
    }

    /** A histogram of equal-width bins starting at 0. */
    public static String histogram(String title, String xLabel, Latencies.Histogram1D bins) {
        long[] counts = bins.counts();
        double top = 0;
        for (long c : counts) {
            top = Math.max(top, c);
        }
        double xMax = bins.binMillis() * counts.length;
        Frame f = new Frame(title, xLabel, "messages", xMax <= 0 ? 1 : xMax, niceCeiling(top));
        StringBuilder svg = f.open();
        for (int i = 0; i < counts.length; i++) {
            double x0 = f.x(i * bins.binMillis());
            double x1 = f.x((i + 1) * bins.binMillis());
            double y = f.y(counts[i]);
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s–%s ms: %d</title></rect>%n",
                    x0,
                    y,
                    Math.max(x1 - x0 - 1, 1),
                    Math.max(f.y(0) - y, 0),
                    COLORS[0],
                    num(i * bins.binMillis()),
                    num((i + 1) * bins.binMillis()),
                    counts[i]));
        }
        return svg.append("</svg>\n").toString();
    }

    /** Axes, grid, tick labels and titles around a plot area scaled to [0, xMax] × [0, yMax]. */
    private static final class Frame {
        final String title;
        final String xLabel;
        final String yLabel;
        final double xMax;
        final double yMax;

        Frame(String title, String xLabel, String yLabel, double xMax, double yMax) {
            this.title = title;
            this.xLabel = xLabel;
            this.yLabel = yLabel;
            this.xMax = xMax > 0 ? xMax : 1;
            this.yMax = yMax > 0 ? yMax : 1;
        }

        double plotWidth() {
            return WIDTH - LEFT - RIGHT;
        }

        double plotHeight() {
            return HEIGHT - TOP - BOTTOM;
        }

        double x(double value) {
            return LEFT + value / xMax * plotWidth();
        }

        double y(double value) {
            return TOP + plotHeight() - value / yMax * plotHeight();
        }

        StringBuilder open() {
            StringBuilder svg = opening(HEIGHT, title);
            double step = niceStep(yMax / 5);
            for (double v = 0; v <= yMax + step / 1000; v += step) {
                svg.append(line(LEFT, y(v), WIDTH - RIGHT, y(v), "#e5e5e5"));
                svg.append(text(LEFT - 6, y(v) + 4, "end", num(v), ""));
            }
            double xStep = niceStep(xMax / 8);
            for (double v = 0; v <= xMax + xStep / 1000; v += xStep) {
                svg.append(line(x(v), HEIGHT - BOTTOM, x(v), HEIGHT - BOTTOM + 4, "#333"));
                svg.append(text(x(v), HEIGHT - BOTTOM + 16, "middle", num(v), ""));
            }
            svg.append(line(LEFT, TOP, LEFT, HEIGHT - BOTTOM, "#333"));
            svg.append(line(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, "#333"));
            svg.append(text(LEFT + plotWidth() / 2, HEIGHT - 8, "middle", xLabel, ""));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"14\" y=\"%.1f\" text-anchor=\"middle\" transform=\"rotate(-90 14 %.1f)\">%s</text>%n",
                    TOP + plotHeight() / 2,
                    TOP + plotHeight() / 2,
                    esc(yLabel)));
            return svg;
        }
    }

    private static void legend(StringBuilder svg, List<Series> series) {
        double x = LEFT + 10;
        for (int i = 0; i < series.size(); i++) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>%n",
                    x,
                    TOP + 4,
                    color(i)));
            svg.append(text(x + 14, TOP + 13, "start", series.get(i).name(), ""));
            x += 24 + 6.5 * series.get(i).name().length();
        }
    }

    static double niceCeiling(double value) {
        if (value <= 0) {
            return 1;
        }
        double step = niceStep(value / 5);
        return Math.ceil(value / step) * step;
    }

    /** 1, 2 or 5 times a power of ten, at least {@code rough}. */
    static double niceStep(double rough) {
        if (rough <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    private static double max(List<Series> series, int axis) {
        double max = 0;
        for (Series s : series) {
            for (double[] p : s.points()) {
                max = Math.max(max, p[axis]);
            }
        }
        return max;
    }

    private static String line(double x1, double y1, double x2, double y2, String stroke) {
        return String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>%n",
                x1,
                y1,
                x2,
                y2,
                stroke);
    }

    /** An SVG document of the charts' width and this height: white background, the title centred on top. */
    private static StringBuilder opening(int height, String title) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "font-family=\"sans-serif\" font-size=\"11\">%n",
                WIDTH,
                height,
                WIDTH,
                height));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(text(WIDTH / 2.0, 18, "middle", title, "font-size=\"14\" font-weight=\"bold\""));
        return svg;
    }

    private static String text(double x, double y, String anchor, String content, String extra) {
        return String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" %s>%s</text>%n",
                x,
                y,
                anchor,
                extra,
                esc(content));
    }

    private static String color(int i) {
        return COLORS[i % COLORS.length];
    }

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 10 ? "%.0f" : "%.1f", v);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
